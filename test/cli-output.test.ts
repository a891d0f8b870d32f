/**
 * What a run leaves in the output folder and says about it: stale files of the same document removed
 * (and only those), standard input as the document, the zod checks on the project that holds the
 * output, and banners that are portable and whose "Regenerate" command reproduces the same bytes.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { filesBelow, runSync, scratchProject } from './cli-support.js';
import { root } from './support.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function project(installed = true): string {
  const dir = scratchProject('output', installed);
  made.push(dir);
  mkdirSync(path.join(dir, 'schemas'));
  cpSync(path.join(root, 'schemas/letta-job.json'), path.join(dir, 'schemas/letta-job.json'));
  return dir;
}
/** A folder's files, without structgen's own record (`.structgen-manifest.json`). */
const folder = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name !== '.structgen-manifest.json')
    .sort();

const petApi = JSON.stringify(
  {
    openapi: '3.1.0',
    info: { title: 'pets', version: '1' },
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          tags: ['pets'],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Owner' } } } } },
        },
      },
      '/audit': { get: { operationId: 'audit', tags: ['admin'], responses: { '204': { description: 'done' } } } },
    },
    components: {
      schemas: {
        Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { $ref: 'common.json#/Tag' } } },
        Owner: { type: 'object', properties: { pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } },
      },
    },
  },
  null,
  2,
);
const common = JSON.stringify({ Tag: { type: 'object', properties: { label: { type: 'string' } } } });

describe('stale files', () => {
  it('files the same document no longer produces are removed and listed; other files are never touched', () => {
    const dir = project();
    expect(runSync(['generate', 'schemas/letta-job.json', '--out', 'out', '-q'], dir).code).toBe(0);
    writeFileSync(path.join(dir, 'out/notes.md'), '# my notes\n');
    writeFileSync(path.join(dir, 'api.json'), petApi);
    writeFileSync(path.join(dir, 'common.json'), common);
    // A file structgen wrote for another document, in the same folder.
    expect(runSync(['generate', 'api.json', '--out', 'other', '--targets', 'ts', '-q'], dir).code).toBe(0);
    cpSync(path.join(dir, 'other/types.ts'), path.join(dir, 'out/pets.ts'));
    const earlierDocs = readFileSync(path.join(dir, 'out/README.md'), 'utf8');

    // --check counts a file the document no longer produces as stale.
    const check = runSync(['generate', 'schemas/letta-job.json', '--out', 'out', '--targets', 'ts,json-schema', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^out\/README\.md error stale-output {2}out\/README\.md is no longer generated$/m);

    const r = runSync(['generate', 'schemas/letta-job.json', '--out', 'out', '--targets', 'ts,json-schema', '--verbose'], dir);
    expect(r.code).toBe(0);
    // One summary line, then (--verbose) the files.
    expect(r.stdout).toContain(
      'structgen: wrote 2 files in out (2 changed, 4 removed).\n  wrote out/types.ts\n  wrote out/schema.json\n  removed out/README.md (no longer generated)\n  removed out/docs-index.json (no longer generated)\n  removed out/llms.txt (no longer generated)\n  removed out/zod.ts (no longer generated)\n',
    );
    expect(folder(path.join(dir, 'out'))).toEqual(['notes.md', 'pets.ts', 'schema.json', 'types.ts']);
    expect(readFileSync(path.join(dir, 'out/notes.md'), 'utf8')).toBe('# my notes\n');
    expect(runSync(['generate', 'schemas/letta-job.json', '--out', 'out', '--targets', 'ts,json-schema', '--check'], dir).code).toBe(0);

    // A copy of the earlier docs put back by hand is the user's (the folder's record no longer lists it):
    // left alone, and --check passes.
    writeFileSync(path.join(dir, 'out/README.md'), earlierDocs);
    expect(runSync(['generate', 'schemas/letta-job.json', '--out', 'out', '--targets', 'ts,json-schema', '--check'], dir).code).toBe(0);
    expect(runSync(['generate', 'schemas/letta-job.json', '--out', 'out', '--targets', 'ts,json-schema', '-q'], dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/README.md'), 'utf8')).toBe(earlierDocs);
  });
});

describe('summary lines and ignored warnings', () => {
  it("one line per document; a warning silenced with --ignore or a config's ignore is counted there, never printed", () => {
    const dir = project();
    const first = runSync(['generate', 'schemas/letta-job.json', '--out', 'out'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('structgen: wrote 6 files in out (6 changed).\n');
    expect(first.stderr).toContain('warning lossy-field');
    const one = runSync(['generate', 'schemas/letta-job.json', '--out', 'one', '--targets', 'ts', '--ignore', 'lossy-field'], dir);
    expect(one.stdout).toBe('structgen: wrote 1 file in one (1 changed; ignored 1 lossy-field).\n');

    const again = runSync(['generate', 'schemas/letta-job.json', '--out', 'out', '--ignore', 'lossy-field'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('structgen: out is up to date (6 files; ignored 1 lossy-field).\n');
    expect(again.stderr).not.toContain('lossy-field');
    // The banner's command does not carry --ignore: it changes what is printed, not what is written.
    expect(readFileSync(path.join(dir, 'out/types.ts'), 'utf8')).not.toContain('--ignore');

    const error = runSync(['generate', 'schemas/letta-job.json', '--out', 'out', '--ignore', 'unresolved-ref'], dir);
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/error invalid-option .*ignore lists "unresolved-ref", which is not a warning code/);

    writeFileSync(
      path.join(dir, 'structgen.config.json'),
      JSON.stringify({ documents: [{ input: 'schemas/*.json', out: 'gen/[name]', ignore: ['lossy-field'] }] }),
    );
    const config = runSync(['generate'], dir);
    expect(config.code).toBe(0);
    expect(config.stderr).not.toContain('lossy-field');
    expect(config.stdout).toBe(
      'structgen: wrote 6 files in gen/letta-job (6 changed; ignored 1 lossy-field).\nstructgen: 1 document: 6 files written, 0 unchanged; 1 warning ignored.\n',
    );
    writeFileSync(
      path.join(dir, 'structgen.config.json'),
      JSON.stringify({ documents: [{ input: 'schemas/*.json', out: 'gen/[name]', ignore: ['no-such-code'] }] }),
    );
    expect(runSync(['generate'], dir).stderr).toMatch(/structgen\.config\.json:1:\d+ error invalid-config #\/documents\/0\/ignore\/0/);
  });
});

describe('standard input', () => {
  it('`-` reads the document from stdin; the banner says so and its command reproduces the bytes', () => {
    const dir = project();
    const text = readFileSync(path.join(dir, 'schemas/letta-job.json'), 'utf8');
    const r = runSync(['generate', '-', '--out', 'out', '--targets', 'ts,zod'], dir, text);
    expect(r.code, r.stderr).toBe(0);
    const types = readFileSync(path.join(dir, 'out/types.ts'), 'utf8');
    expect(types.split('\n').slice(0, 2)).toEqual([
      '// Generated by structgen from stdin (TypeScript types). Do not edit by hand.',
      '// Regenerate: npx structgen generate - --out out --targets ts,zod',
    ]);
    // The same as from the file, but for the banner.
    expect(runSync(['generate', 'schemas/letta-job.json', '--out', 'from-file', '--targets', 'ts,zod', '-q'], dir).code).toBe(0);
    const body = (t: string) => t.split('\n').slice(2).join('\n');
    expect(body(types)).toBe(body(readFileSync(path.join(dir, 'from-file/types.ts'), 'utf8')));
    expect(runSync(['generate', '-', '--out', 'out', '--targets', 'ts,zod', '--check'], dir, text).code).toBe(0);
  });

  it('relative refs resolve against the working directory; errors name stdin with line:column', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'common.json'), common);
    const ok = runSync(['generate', '-', '--out', 'out', '--targets', 'ts'], dir, petApi);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'out/types.ts'), 'utf8')).toContain('label?: string;');
    const bad = runSync(['generate', '-', '--out', 'bad'], dir, '{\n  "openapi": 3.1,\n  oops\n}\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^stdin:3:3 error invalid-json/m);
    expect(existsSync(path.join(dir, 'bad'))).toBe(false);
  });

  it('--watch cannot follow stdin (usage)', () => {
    expect(runSync(['generate', '-', '--watch'], project(), '{}').code).toBe(2);
  });
});

describe('zod in the project that holds the output', () => {
  it("zod-missing, with the install command for the project's package manager", () => {
    const dir = project(false);
    const r = runSync(['generate', 'schemas/letta-job.json', '--out', 'out'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^out\/zod\.ts warning zod-missing {2}out\/zod\.ts imports "zod", which is not installed in out or any folder above it\n {2}hint: install it in the project that holds the output: npm install zod@\^4\.3$/m,
    );
    writeFileSync(path.join(dir, 'pnpm-lock.yaml'), 'lockfileVersion: 9.0\n');
    expect(runSync(['generate', 'schemas/letta-job.json', '--out', 'out'], dir).stderr).toContain('pnpm add zod@^4.3');
    // No zod.ts written, nothing to say.
    expect(runSync(['generate', 'schemas/letta-job.json', '--out', 'types-only', '--targets', 'ts'], dir).stderr).not.toContain(
      'zod-missing',
    );
  });

  it('zod-too-old names the version found; a recent zod says nothing', () => {
    const dir = project(false);
    mkdirSync(path.join(dir, 'node_modules/zod'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/zod/package.json'), JSON.stringify({ name: 'zod', version: '3.23.8' }));
    mkdirSync(path.join(dir, 'app'));
    const old = runSync(['generate', 'schemas/letta-job.json', '--out', 'app/generated'], dir);
    expect(old.stderr).toMatch(
      /^app\/generated\/zod\.ts warning zod-too-old {2}app\/generated\/zod\.ts needs zod 4\.3 or later, but node_modules\/zod is 3\.23\.8\n {2}hint: upgrade it: npm install zod@\^4\.3$/m,
    );
    // A nearer node_modules wins, as it does for Node and TypeScript.
    mkdirSync(path.join(dir, 'app/node_modules'));
    symlinkSync(path.join(root, 'node_modules/zod'), path.join(dir, 'app/node_modules/zod'));
    const recent = runSync(['generate', 'schemas/letta-job.json', '--out', 'app/generated'], dir);
    expect(recent.stderr).not.toMatch(/zod-(missing|too-old)/);
  });
});

/** POSIX shell words (the banner quotes with single quotes only). */
function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const match of command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g))
    words.push(match[1] !== undefined ? match[1].replaceAll("'\\''", "'") : match[2]!);
  return words;
}

describe('banners', () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
    writeFileSync(path.join(dir, 'api.json'), petApi);
    writeFileSync(path.join(dir, 'common.json'), common);
    mkdirSync(path.join(dir, 'structure'));
    writeFileSync(
      path.join(dir, 'structure/shapes.struct.json'),
      JSON.stringify({
        $schema: 'https://json-structure.org/meta/core/v0/#',
        $id: 'https://example.com/shapes',
        name: 'Shape',
        type: 'object',
        properties: { side: { type: 'int32' } },
      }),
    );
    writeFileSync(
      path.join(dir, 'upstream.json'),
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'jobs', version: '1' },
        paths: {},
        components: { schemas: { Job: { type: 'object', properties: { id: { type: 'string' }, status: { type: ['string', 'null'] } } } } },
      }),
    );
  });

  const cases: string[][] = [
    ['generate', 'schemas/letta-job.json', '--out', 'a', '--targets', 'ts,zod', '--type-proof'],
    ['generate', 'api.json', '--out', "odd folder/it's", '--entity', 'Owner', '--format', 'openapi', '--allow-remote-refs'],
    ['generate', 'api.json', '--out', 'ops', '--operation', 'listPets', '--tag', 'pets', '--tag', 'admin', '--targets', 'json-schema'],
    ['generate', 'structure/shapes.struct.json', '--out', 'c', '--strict', '--import-root', '.'],
    ['generate', 'schemas/letta-job.json', '--upstream', 'upstream.json', '--out', 'd'],
    ['generate', 'schemas/letta-job.json'],
  ];

  it.each(cases.map((c) => [c.slice(1).join(' '), c]))('%s: the Regenerate line reproduces the same bytes', (_name, args) => {
    const first = runSync([...args, '-q'], dir);
    expect(first.code, first.stderr).toBe(0);
    const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : 'generated/letta-job';
    const written = filesBelow(path.join(dir, out));
    const command =
      /^\/\/ Regenerate: (.*)$/m.exec(written.get('types.ts') ?? '')?.[1] ?? /Regenerate: (.*?)"/.exec(written.get('schema.json')!)![1]!;
    const words = shellWords(command);
    expect(words.slice(0, 2)).toEqual(['npx', 'structgen']);
    // Every option given is in the command (a path spelled relative to where it is run).
    for (const flag of args.filter((a) => a.startsWith('--'))) expect(words).toContain(flag);
    rmSync(path.join(dir, out), { recursive: true });
    expect(runSync([...words.slice(2), '-q'], dir).code).toBe(0);
    expect(filesBelow(path.join(dir, out))).toEqual(written);
  });

  it('generate() from code with absolute paths writes no absolute path into a file', async () => {
    const result = await generate({ input: path.join(dir, 'api.json'), cwd: dir, outDir: path.join(dir, 'gen/pets') });
    for (const file of result.files) expect(file.contents.includes(dir), file.path).toBe(false);
    expect(result.files[0]!.contents.split('\n').slice(0, 2)).toEqual([
      '// Generated by structgen from api.json (TypeScript types). Do not edit by hand.',
      '// Regenerate: npx structgen generate api.json --out gen/pets',
    ]);
    // An input outside cwd is still relative (never absolute), and so is the rest.
    const outside = await generate({ input: path.join(dir, 'api.json'), cwd: path.join(dir, 'structure'), outDir: path.join(dir, 'gen') });
    expect(outside.files[0]!.contents.split('\n')[1]).toBe('// Regenerate: npx structgen generate ../api.json --out ../gen');
    for (const file of outside.files) expect(file.contents.includes(dir), file.path).toBe(false);
    expect(result.reads.sort()).toEqual([path.join(dir, 'api.json'), path.join(dir, 'common.json')]);
  });
});
