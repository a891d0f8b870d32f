/**
 * Limits that hold on every input (issue 24): standard input is read only up to --max-input-bytes, and
 * hostile-but-small documents (an amplifying allOf, a quadratic escape, deep nesting) finish in
 * time and space proportional to their size. Time bounds are generous: the test machine is shared.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import {
  escapeMarkdownText,
  htmlCommentText,
  jsDocText,
  lineCommentText,
  markdownCell,
  markdownHeading,
  markdownText,
} from '../src/emit/escape.js';
import { cli, scratchProject } from './cli-support.js';
import { root, typecheck, type ZodModule } from './support.js';

describe('standard input is bounded while it is read', () => {
  it('an endless stream of zeros is refused at --max-input-bytes, fast, having read little more than the limit', async () => {
    const dir = scratchProject('stdin-endless', false);
    const limit = 1_000_000;
    const started = Date.now();
    // The writer counts what the pipe took from it: structgen must stop reading near the limit.
    const writer = spawn(process.execPath, [
      '-e',
      `const b = Buffer.alloc(65536); let n = 0;
       process.stdout.on('error', () => { process.stderr.write(String(n)); process.exit(0); });
       const pump = () => { while (process.stdout.write(b)) { n += b.length; if (n > 256e6) { process.stderr.write(String(n)); process.exit(0); } } n += b.length; process.stdout.once('drain', pump); };
       pump();`,
    ]);
    const child = spawn(process.execPath, [cli, 'generate', '-', '--out', 'out', '--max-input-bytes', String(limit)], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    writer.stdout.pipe(child.stdin);
    child.stdin.on('error', () => {});
    let stderr = '';
    let written = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    writer.stderr.on('data', (d: Buffer) => (written += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    writer.stdout.unpipe(child.stdin);
    writer.stdout.destroy();
    await new Promise<void>((resolve) => (writer.exitCode !== null ? resolve() : writer.on('close', () => resolve())));
    const seconds = (Date.now() - started) / 1000;
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/^stdin error too-large {2}stdin holds more than the 1000000 bytes structgen reads/m);
    expect(seconds).toBeLessThan(15);
    // What the writer got rid of: the limit, plus what the pipes buffer (well under 16 MB).
    expect(Number(written)).toBeLessThan(limit + 16 * 1024 * 1024);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  }, 30_000);
});

describe('escaping is linear in the text', () => {
  const breaks = '\n'.repeat(100_000);
  const hostile = [
    `@${breaks}`,
    `@${breaks}x`,
    `${breaks}@`,
    `${'\n \t'.repeat(50_000)}@x`,
    `-${breaks}`,
    `1.${breaks}2`,
    `${breaks}- item`,
    `${breaks}12. item`,
    `${' '.repeat(100_000)}\n#`,
    `${'\r\n'.repeat(50_000)}@`,
  ];

  it('each escaper takes well under a second on 100,000 line breaks around a tag or block marker', () => {
    for (const text of hostile) {
      for (const escape of [jsDocText, markdownText, escapeMarkdownText, markdownCell, markdownHeading, lineCommentText, htmlCommentText]) {
        const started = performance.now();
        escape(text);
        expect(performance.now() - started, `${escape.name} on ${JSON.stringify(text.slice(-8))}`).toBeLessThan(1000);
      }
    }
    // Still escaped: a tag after blank lines, a list marker after indentation.
    expect(jsDocText('a\n\n  @b')).toBe('a\n\n  \\@b');
    expect(escapeMarkdownText('a\n\n- b')).toBe('a\n\n\\- b');
  });

  it('a document whose descriptions hold them generates every target in seconds', async () => {
    const properties = Object.fromEntries(hostile.map((description, i) => [`p${i}`, { type: 'string', description, title: description }]));
    const document = JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Hostile',
      type: 'object',
      description: hostile[0],
      properties,
    });
    const started = performance.now();
    const result = await generate({ input: { document, name: 'hostile.json' }, targets: ['ts', 'zod', 'json-schema', 'docs'] });
    const seconds = (performance.now() - started) / 1000;
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files.find((f) => f.path === 'types.ts')?.contents).toContain('\\@');
    expect(seconds).toBeLessThan(10);
  }, 60_000);
});

/** Every file below `dir`, its bytes summed. */
function bytesBelow(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

/** The CLI on `file` with a 1 GB heap: what it wrote and how long it took. */
async function generateBounded(
  dir: string,
  file: string,
): Promise<{ code: number | null; stderr: string; seconds: number; written: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--max-old-space-size=1024', cli, 'generate', file, '--out', 'out', '-q'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const seconds = (Date.now() - started) / 1000;
  return { code, stderr, seconds, written: existsSync(path.join(dir, 'out')) ? bytesBelow(path.join(dir, 'out')) : 0 };
}

/** OpenAPI components: `Big` of `props` string properties, and `count` schemas `allOf: [{$ref: Big}, {extra own}]`. */
function amplifying(count: number, props: number, extra = 1): string {
  const big = { type: 'object', properties: Object.fromEntries(Array.from({ length: props }, (_, i) => [`p${i}`, { type: 'string' }])) };
  const schemas: Record<string, unknown> = { Big: big };
  for (let i = 0; i < count; i++) {
    const own = Object.fromEntries(Array.from({ length: extra }, (_, j) => [`x${i}_${j}`, { type: 'integer' }]));
    schemas[`D${i}`] = { allOf: [{ $ref: '#/components/schemas/Big' }, { type: 'object', properties: own }] };
  }
  return JSON.stringify({ openapi: '3.1.0', info: { title: 'amplifying', version: '1' }, paths: {}, components: { schemas } });
}

describe('output stays in proportion to the input', () => {
  // 48 s, 784 MB and 163 MB written before: each allOf copied Big's 2,000 properties.
  const cases = [
    { name: '500 × allOf [Big of 2,000]', text: amplifying(500, 2000) },
    { name: '1,000 × allOf [Big of 8,000]', text: amplifying(1000, 8000) },
    { name: '1,500 × allOf [Big of 2,000, 10 own]', text: amplifying(1500, 2000, 10) },
  ];
  for (const { name, text } of cases) {
    it(`${name} (${Math.round(text.length / 1024)} KB) finishes in seconds with a 1 GB heap and writes a few times its size`, async () => {
      const dir = scratchProject('amplify', false);
      writeFileSync(path.join(dir, 'api.json'), text);
      const r = await generateBounded(dir, 'api.json');
      expect(r.code, r.stderr).toBe(0);
      // 10 s is the promise; the test machine is shared, so the bound here is looser.
      expect(r.seconds).toBeLessThan(30);
      expect(r.written).toBeLessThan(25 * text.length);
      // Still one type per schema, referring to Big rather than copying it.
      const types = readFileSync(path.join(dir, 'out/types.ts'), 'utf8');
      expect(types).toMatch(/^export type D499 = Big & \{$/m);
      expect(types.match(/\bp1999\?: string;/g)?.length ?? 0).toBeLessThan(50);
    }, 120_000);
  }

  it('a 3,000-long chain of allOf [previous, own] (quadratic when each copies the last) stays linear', async () => {
    const schemas: Record<string, unknown> = {
      D0: { type: 'object', properties: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`p${i}`, { type: 'string' }])) },
    };
    for (let i = 1; i < 3000; i++)
      schemas[`D${i}`] = {
        allOf: [{ $ref: `#/components/schemas/D${i - 1}` }, { type: 'object', properties: { [`x${i}`]: { type: 'integer' } } }],
      };
    const text = JSON.stringify({ openapi: '3.1.0', info: { title: 'chain', version: '1' }, paths: {}, components: { schemas } });
    const dir = scratchProject('amplify-chain', false);
    writeFileSync(path.join(dir, 'api.json'), text);
    const r = await generateBounded(dir, 'api.json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.seconds).toBeLessThan(30);
    expect(r.written).toBeLessThan(25 * text.length);
  }, 120_000);

  it('JSON Structure: $extends copying a base out of proportion is refused, located at the $extends that passes the budget', async () => {
    const definitions: Record<string, unknown> = {
      Big: {
        type: 'object',
        abstract: true,
        properties: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`p${i}`, { type: 'string' }])),
      },
    };
    for (let i = 0; i < 100; i++)
      definitions[`D${i}`] = { type: 'object', $extends: '#/definitions/Big', properties: { [`x${i}`]: { type: 'int32' } } };
    const document = JSON.stringify({
      $schema: 'https://json-structure.org/meta/core/v0/#',
      $id: 'https://example.com/amp',
      name: 'Amp',
      definitions,
      type: 'object',
      properties: { a: { type: { $ref: '#/definitions/D0' } } },
    });
    const started = performance.now();
    const result = await generate({ input: { document, name: 'amp.struct.json' } });
    expect(performance.now() - started).toBeLessThan(10_000);
    // 33 MB written from 60 KB before.
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toMatchObject([
      { code: 'expansion-limit', file: 'amp.struct.json', pointer: expect.stringMatching(/^\/definitions\/D\d+\/\$extends$/), line: 1 },
    ]);
    // A few types extending the same base are copied as before.
    const few = document.replace(/,"D(?:[3-9]|\d\d)":\{[^}]*\}[^}]*\}\}/g, '');
    const ok = await generate({ input: { document: few, name: 'few.struct.json' }, targets: ['ts'] });
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ok.files[0]!.contents).toMatch(/export interface D2 \{[^}]*p1999\?: string;/);
  });

  it('a merge that copies little still reads as one object', async () => {
    const result = await generate({ input: { document: amplifying(3, 5), name: 'small.json' }, targets: ['ts'] });
    const types = result.files.find((f) => f.path === 'types.ts')!.contents;
    expect(types).toMatch(/^export interface D2 \{$/m);
    expect(types).not.toContain('Big &');
  });
});

describe('deep nesting compiles', () => {
  /** `levels` of `wrap` around `inner`, as one JSON Schema document. */
  function nested(levels: number, wrap: (inner: object, level: number) => object, inner: object): string {
    let schema: object = inner;
    for (let i = 0; i < levels; i++) schema = wrap(schema, i);
    return JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Deep', ...schema });
  }
  const cases = {
    // TS2589 in zod.ts before (30 levels compiled).
    'arrays-35-ref-root': nested(35, (items) => ({ type: 'array', items }), { $ref: '#' }),
    'arrays-200': nested(190, (items) => ({ type: 'array', items }), { type: 'string' }),
    'objects-60': nested(60, (p, i) => ({ type: 'object', properties: { [`l${i}`]: p }, required: [`l${i}`] }), { type: 'integer' }),
    'unions-40': nested(40, (v) => ({ anyOf: [{ type: 'array', items: v }, { type: 'boolean' }] }), { $ref: '#' }),
  };

  it('types.ts and zod.ts (with the type proof) of deeply nested documents compile, and validate the same values', async () => {
    const files: string[] = [];
    for (const [name, document] of Object.entries(cases)) {
      const result = await generate({ input: { document, name: `${name}.json` }, targets: ['ts', 'zod'], typeProof: true });
      expect(
        result.diagnostics.filter((d) => d.severity === 'error'),
        name,
      ).toEqual([]);
      const out = path.join(root, 'test/.tmp/deep', name);
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      for (const file of result.files) writeFileSync(path.join(out, file.path), file.contents);
      files.push(...result.files.map((f) => path.join(out, f.path)));
    }
    expect(await typecheck(files)).toEqual([]);
    // Behaviour kept: 35 nested arrays around the root hold themselves, and nothing else.
    const zod = (await import(path.join(root, 'test/.tmp/deep/arrays-35-ref-root/zod.ts'))) as ZodModule;
    let value: unknown = [];
    for (let i = 0; i < 35; i++) value = [value];
    expect(zod['DeepSchema']!.safeParse(value).success).toBe(true);
    expect(zod['DeepSchema']!.safeParse([[[1]]]).success).toBe(false);
  }, 180_000);
});
