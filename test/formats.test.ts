/**
 * Formats: every format structgen asserts gets one verdict from the generated Zod validator and from Ajv
 * with ajv-formats (full mode) on the generated JSON Schema, on every string of the JSON Schema Test
 * Suite's format tests (all three drafts) and on 1,200 seeded near misses per format; the mirrored
 * expressions are ajv-formats' own; formats that only annotate are checked by neither target.
 * Cost: about 2 s (one model of 30 definitions, ~40,000 strings through both validators).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import { emitJsonSchema } from '../src/emit/json-schema/emit-json-schema.js';
import { emitZod } from '../src/emit/zod/emit-zod.js';
import { targetNamed } from '../src/emit/targets.js';
import { mirroredAjvPatterns } from '../src/emit/zod/formats.js';
import { assertedFormat, assertedFormatNames } from '../src/model/formats.js';
import type { Definition } from '../src/model/index.js';
import { runPasses } from '../src/passes/index.js';
import { compileJsonSchema, random, root, sharedData, sharedDataMissing, type ZodModule } from './support.js';

const stringFormats = assertedFormatNames.filter((f) => assertedFormat(f)!.appliesTo === 'string');
const numberFormats = assertedFormatNames.filter((f) => assertedFormat(f)!.appliesTo === 'number');

/** One definition per asserted format, emitted straight from a Model (readers map `url` to `uri`). */
async function validators() {
  const definitions: Definition[] = assertedFormatNames.map((format) => ({
    name: `f-${format}`,
    type: assertedFormat(format)!.appliesTo === 'string' ? { kind: 'string', format } : { kind: 'number', numberKind: 'number', format },
    docs: {},
    origin: { document: 'formats', pointer: '' },
  }));
  const model = runPasses({
    documents: [{ uri: 'formats', format: 'json-schema' }],
    name: 'formats',
    docs: {},
    definitions,
    roots: [],
    operations: [],
    webhooks: [],
    tags: [],
  });
  const context = { banner: () => [], targets: ['zod', 'json-schema'] as const };
  const zodFile = emitZod(model, { ...context, target: targetNamed('zod') }).files[0]!;
  const dir = path.join(root, 'test/.tmp/formats');
  await writeFiles(dir, [{ path: 'zod.ts', contents: zodFile.contents }]);
  const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as ZodModule;
  const emitted = emitJsonSchema(model, { ...context, target: targetNamed('json-schema') });
  expect(emitted.diagnostics).toEqual([]);
  const schema = JSON.parse(emitted.files[0]!.contents) as Record<string, unknown>;
  return (format: string) => {
    const def = model.definitions.find((d) => d.name === `f-${format}`)!;
    const ajv = compileJsonSchema({ ...schema, $ref: `#/$defs/f-${format}` });
    const validator = zod[`${def.typeName}Schema`]!;
    return (value: unknown) => ({ zod: validator.safeParse(value).success, ajv: ajv(value) });
  };
}

/** Every string the suite's optional/format tests hold, of every draft. */
function suiteStrings(): string[] {
  if (sharedDataMissing("formats.test.ts: the suite's format strings (the seeded samples still run)")) return [];
  const strings = new Set<string>();
  for (const draft of ['draft7', 'draft2019-09', 'draft2020-12']) {
    const dir = path.join(sharedData, 'json-schema-test-suite', draft, 'optional/format');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir))
      for (const group of JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { tests: { data: unknown }[] }[])
        for (const test of group.tests) if (typeof test.data === 'string') strings.add(test.data);
  }
  return [...strings];
}

/** Valid and almost-valid examples each format's near misses grow from. */
const seeds: Record<string, string[]> = {
  date: ['2024-02-29', '2023-12-31', '1999-01-01', '2000-02-29', '1900-02-28'],
  time: ['23:59:60Z', '00:00:00Z', '12:34:56.789+05:30', '23:59:59-00:00', '08:30:06z', '22:59:60-01:00'],
  'date-time': ['2026-01-27T09:00:00Z', '1990-12-31T23:59:60Z', '2026-01-27 09:00:00+01:00', '2026-01-27t09:00:00.5-08:00'],
  'iso-time': ['23:59:59', '10:00:00+05:30', '10:00:00.1z'],
  'iso-date-time': ['2026-01-27T09:00:00', '2026-01-27 09:00:00.25+0100'],
  duration: ['P4DT12H30M5S', 'P1Y2M', 'PT36H', 'P2W', 'P1M', 'PT0.5S', 'P1Y2D'],
  uri: ['http://example.com/a?b=c#d', 'urn:isbn:0451450523', 'mailto:a@b.c', 'http://[::1]:80/', 'ftp://u:p@host/%20x'],
  'uri-reference': ['/a/b?c#d', '../x', '#frag', 'http://example.com', '//host/p', ''],
  'uri-template': ['http://example.com/{id}', '/users/{user}/repos{?page,per_page}', '{+path}/x', '{a:3}'],
  url: ['https://example.com/path', 'http://1.2.3.4:8080/', 'ftp://files.example.org', 'http://localhost/', 'http://10.0.0.1/'],
  email: ['a@b.c', 'joe.bloggs@example.com', 'te~st@example.com', '"joe bloggs"@example.com', 'a@[127.0.0.1]'],
  hostname: ['www.example.com', 'a', 'xn--4gbwdl.xn--wgbh1c', 'example.', 'a-b.c-d', '1host'],
  ipv4: ['192.168.0.1', '0.0.0.0', '255.255.255.255', '127.0.0.01', '1.2.3'],
  ipv6: ['::1', '2001:db8::8a2e:370:7334', '::ffff:192.168.0.1', '1:2:3:4:5:6:7:8', 'fe80::1%eth0'],
  regex: ['^a+$', '([a-z]{2,})\\1', '(?<name>x)\\k<name>', '\\Z', '[', 'a{1,2}'],
  uuid: ['123e4567-e89b-12d3-a456-426614174000', 'urn:uuid:123e4567-e89b-12d3-a456-426614174000', '00000000-0000-0000-0000-000000000000'],
  'json-pointer': ['', '/a/b', '/a~0b/~1c', '/', '/~2'],
  'json-pointer-uri-fragment': ['#', '#/a/b', '#/a%20b', '#/~0'],
  'relative-json-pointer': ['0', '1/a', '2#', '0/~1', '-1'],
  byte: ['aGVsbG8=', 'YQ==', '', 'abcd\n!!', 'a=b='],
  password: ['hunter2', ''],
  binary: ['\u0000\u0001', 'x'],
  iri: ['http://ƒøø.ßår/?∂éœ=πîx#πîüx', 'urn:ietf:rfc:3987', 'http://[::1]/', 'http://example.com:abc/'],
  'iri-reference': ['//ƒøø.ßår/?∂éœ=πîx#πîüx', '#ƒrägmênt', '../a', 'âππ'],
};

/** Characters and pieces near misses are made of: syntax of every format, case, space, controls, non-ASCII. */
const alphabet = [...'azAZ09:/?#[]@!$&\'()*+,;=%-._~{}|\\^`"<> TtZz\n\t\u00a0\u2028üé€𝒳\u0000'];
const tokens = [
  '::',
  '//',
  '%zz',
  '%41',
  'xn--',
  '..',
  '+01:00',
  '+0100',
  '+01',
  ':60',
  '24',
  '-',
  'urn:uuid:',
  '{',
  '}',
  '@',
  '#',
  '?',
  '0',
];

function nearMisses(format: string, count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const mutate = (text: string): string => {
    const at = Math.floor(next() * (text.length + 1));
    switch (Math.floor(next() * 8)) {
      case 0:
        return text.slice(0, at) + pick(alphabet) + text.slice(at);
      case 1:
        return text.slice(0, at) + text.slice(at + 1);
      case 2:
        return text.slice(0, at) + pick(alphabet) + text.slice(at + 1);
      case 3:
        return text.slice(0, at) + pick(tokens) + text.slice(at);
      case 4: {
        // A digit one up or down: 23 → 24, 59 → 60, 255 → 256.
        const digits = [...text.matchAll(/\d/g)];
        if (digits.length === 0) return text + pick(tokens);
        const d = pick(digits);
        const bumped = (Number(d[0]) + (next() < 0.5 ? 1 : 9)) % 10;
        return text.slice(0, d.index) + bumped + text.slice(d.index! + 1);
      }
      case 5:
        return text.slice(0, at);
      case 6:
        return at < text.length ? text.slice(0, at) + text[at]!.toUpperCase() + text.slice(at + 1).toLowerCase() : text + text;
      default:
        return text.slice(0, at) + text.slice(Math.floor(next() * (text.length + 1)));
    }
  };
  const pool = seeds[format] ?? ['x'];
  return Array.from({ length: count }, (_, i) => {
    let text = pick(pool);
    // Mostly one or two edits (near misses), a few untouched seeds and a few heavier rewrites.
    const edits = i % 10 === 0 ? 0 : i % 10 === 9 ? 4 : 1 + Math.floor(next() * 2);
    for (let e = 0; e < edits; e++) text = mutate(text);
    return text;
  });
}

function numberSamples(count: number, seed: number): number[] {
  const next = random(seed);
  const edges = [0, -0, 1, -1, 0.5, -0.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, 1e21, -1e308, 5e-324];
  return Array.from({ length: count }, (_, i) => {
    if (i < edges.length) return edges[i]!;
    const scale = 10 ** Math.floor(next() * 12);
    const n = (next() - 0.5) * scale * 2;
    return next() < 0.6 ? Math.round(n) : n;
  });
}

describe('formats: Zod and Ajv with ajv-formats agree', async () => {
  const verdictsFor = await validators();
  const fromSuite = suiteStrings();
  const figures: string[] = [];

  it.each(stringFormats)('%s', (format) => {
    const verdict = verdictsFor(format);
    const samples = [...fromSuite, ...(seeds[format] ?? []), ...nearMisses(format, 1200, format.length * 104729 + format.charCodeAt(0))];
    const disagreements = samples.map((s) => ({ value: s, ...verdict(s) })).filter((v) => v.zod !== v.ajv);
    const accepted = samples.filter((s) => verdict(s).ajv).length;
    figures.push(`${format}: ${samples.length} strings, ${accepted} accepted, ${disagreements.length} disagreements`);
    expect(disagreements).toEqual([]);
    if (format !== 'password' && format !== 'binary') {
      // The samples exercise both verdicts, or agreement would prove little.
      expect(accepted, 'accepted').toBeGreaterThan(20);
      expect(samples.length - accepted, 'rejected').toBeGreaterThan(200);
    }
  });

  it.each(numberFormats)('%s (numbers)', (format) => {
    const verdict = verdictsFor(format);
    const samples = numberSamples(1200, format.length * 7);
    const disagreements = samples.map((n) => ({ value: n, ...verdict(n) })).filter((v) => v.zod !== v.ajv);
    figures.push(`${format}: ${samples.length} numbers, ${disagreements.length} disagreements`);
    expect(disagreements).toEqual([]);
  });

  it('reports its figures', () => {
    console.log(figures.join('\n'));
    expect(figures.length).toBe(assertedFormatNames.length);
  });
});

describe('formats: the mirrored expressions', () => {
  it("are ajv-formats' own, source and flags", () => {
    for (const [name, [source, flags]] of Object.entries(mirroredAjvPatterns)) {
      if (name === 'uri') continue; // a constant inside ajv-formats' uri function: compared by behaviour above
      const ajv = (fullFormats as Record<string, unknown>)[name];
      const expected = ajv instanceof RegExp ? ajv : (ajv as { validate: unknown } | undefined)?.validate;
      if (name === 'byte')
        expect(flags).toBe('m'); // ajv-formats: `gm`, the same for a test from index 0
      else expect({ name, source, flags }).toEqual({ name, source: (expected as RegExp).source, flags: (expected as RegExp).flags });
    }
  });

  it('refinements are valid Unicode-mode expressions that a regex literal can hold', () => {
    for (const format of assertedFormatNames) {
      const refinement = assertedFormat(format)!.refinement;
      if (refinement === undefined) continue;
      expect(() => new RegExp(refinement, 'u'), format).not.toThrow();
      // An unescaped slash would end the literal in zod.ts.
      expect(refinement.replace(/\\./g, ''), format).not.toContain('/');
    }
  });
});

describe('formats from JSON Schema input', () => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { mail: { type: 'string', format: 'email' }, link: { format: 'url' }, odd: { type: 'string', format: 'phone' } },
  };
  async function run(assertFormats: boolean) {
    const result = await generate({ input: { document: schema, name: 'contact.json' }, format: 'json-schema', cwd: root, assertFormats });
    const dir = path.join(root, `test/.tmp/formats-input-${assertFormats}`);
    await writeFiles(dir, result.files);
    const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as ZodModule;
    const json = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as {
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    const ajv = compileJsonSchema(json);
    const entry = result.entryPoints!.find((e) => e.kind === 'definition')!;
    if (entry.kind !== 'definition') throw new Error('no root definition');
    const verdict = (value: unknown) => ({ zod: zod[entry.zodSchema]!.safeParse(value).success, ajv: ajv(value) });
    return { result, json: json.$defs[entry.definition]!, verdict };
  }

  it('only annotate by default: neither target checks them, and schema.json keeps them as comments', async () => {
    const { result, json, verdict } = await run(false);
    expect(verdict({ mail: 'not an email', link: 'not a url' })).toEqual({ zod: true, ajv: true });
    expect(json.properties['mail']).toEqual({
      $comment: 'format "email" is an annotation here, not checked (structgen --assert-formats checks it)',
      type: 'string',
    });
    // A format no validator knows stays a format: nothing checks it either way.
    expect(json.properties['odd']).toEqual({ format: 'phone', type: 'string' });
    expect(result.files.find((f) => f.path === 'types.ts')!.contents).toContain('@format email');
    expect(result.diagnostics.filter((d) => d.code === 'format-alias')).toEqual([]);
  });

  it('assert with assertFormats; url is read as uri, with a warning at its pointer', async () => {
    const { result, json, verdict } = await run(true);
    expect(verdict({ mail: 'a@b.c', link: 'http://localhost/x' })).toEqual({ zod: true, ajv: true });
    expect(verdict({ mail: 'not an email' })).toEqual({ zod: false, ajv: false });
    expect(verdict({ link: 'http://x/%zz' })).toEqual({ zod: false, ajv: false });
    // Without a type, the format applies to strings only.
    expect(verdict({ link: 42 })).toEqual({ zod: true, ajv: true });
    expect(json.properties['mail']).toEqual({ type: 'string', format: 'email' });
    const alias = result.diagnostics.filter((d) => d.code === 'format-alias');
    expect(alias.map((d) => [d.pointer, d.message])).toEqual([['/properties/link/format', 'format "url" is read as "uri"']]);
    expect(result.files.find((f) => f.path === 'zod.ts')!.contents).toContain(
      'Regenerate: npx structgen generate contact.json --format json-schema --assert-formats',
    );
  });
});
