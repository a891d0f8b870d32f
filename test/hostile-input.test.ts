/**
 * Hostile and pathological inputs (issue 10): each case a review found becomes a test here. No input may
 * make structgen throw (exit 70) or report `invalid-output`; small inputs either generate or are refused
 * with a limit diagnostic, quickly.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, writeFiles, type Diagnostic, type GenerateOptions } from '../src/index.js';
import { compileJsonSchema, root, typecheck } from './support.js';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
const inMemory = (document: unknown, name = 'input.json') => ({ document, name });
const run = (input: GenerateOptions['input'], options: Partial<GenerateOptions> = {}) => generate({ input, cwd: root, ...options });

describe('bad input is an input error, never an internal one', () => {
  it('the document null, read as OpenAPI', async () => {
    const result = await run(inMemory(null), { format: 'openapi' });
    expect(codes(result.diagnostics)).toEqual(['not-openapi']);
  });

  it.each(['flat-structure', 'openapi', 'json-structure', 'json-schema'] as const)(
    'null, 1, "x", [] and true read as %s',
    async (format) => {
      for (const document of [null, 1, 'x', [], true]) {
        const result = await run(inMemory(document), { format });
        expect(result.diagnostics.every((d) => d.code !== 'invalid-output')).toBe(true);
      }
    },
  );

  it('a one-variant union inside an intersection (found by the fuzzer: "unexpected parentheses")', async () => {
    const result = await run(inMemory({ $schema, enum: [{ type: 'string' }], $ref: '#/enum/0' }));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files.length).toBe(6); // types.ts, schema.json, zod.ts, and the docs: README.md, llms.txt, docs-index.json
  });

  it('a definition named by a lone surrogate', async () => {
    const result = await run(inMemory({ $ref: '#/$defs/\ud800', $defs: { '\ud800': { type: 'string' } } }));
    expect(result.diagnostics).toEqual([]);
    const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toContain('\ufffd');
  });
});

/** A folder of real files and symbolic links in the system's temp dir, removed after the tests. */
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'structgen-confine-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const write = (file: string, value: unknown) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 1));
};
const $schema = 'https://json-schema.org/draft/2020-12/schema';
const secret = { type: 'object', properties: { leaked: { type: 'string', description: 'SECRET TEXT' } } };

describe('reads stay inside the allowed folder by real path', () => {
  const dir = scratch();
  const input = path.join(dir, 'in');
  write(path.join(dir, 'secret.json'), secret);
  write(path.join(dir, 'outside/x.json'), secret);
  write(path.join(input, 'sub/ok.json'), { type: 'integer' });
  symlinkSync('../secret.json', path.join(input, 'link.json'));
  symlinkSync('../outside', path.join(input, 'dirlink'));
  symlinkSync('sub', path.join(input, 'insidelink'));
  symlinkSync('sub/ok.json', path.join(input, 'oklink.json'));

  const refDocument = (ref: string) => ({ $schema, type: 'object', properties: { p: { $ref: ref } } });
  const generateRef = async (ref: string) => {
    write(path.join(input, 'api.json'), refDocument(ref));
    return generate({ input: 'in/api.json', cwd: dir });
  };
  const leaks = (files: { contents: string }[]) => files.some((f) => f.contents.includes('SECRET TEXT'));

  it.each([
    ['a file symlink', './link.json', 'in/link.json is a symbolic link to'],
    ['a folder symlink', 'dirlink/x.json', 'in/dirlink is a symbolic link to'],
  ])('%s leading outside is refused with ref-refused at the $ref, naming the link', async (_, ref, named) => {
    const result = await generateRef(ref);
    expect(leaks(result.files)).toBe(false);
    const refused = result.diagnostics.find((d) => d.code === 'ref-refused')!;
    expect(refused).toMatchObject({ file: 'in/api.json', pointer: '/properties/p/$ref', line: expect.any(Number) });
    expect(refused.message).toContain(named);
    expect(refused.message).toContain(realpathSync(dir));
  });

  it.each([
    ['a folder symlink', 'insidelink/ok.json'],
    ['a file symlink', 'oklink.json'],
  ])('%s that stays inside keeps working', async (_, ref) => {
    const result = await generateRef(ref);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files.length).toBe(6); // types.ts, schema.json, zod.ts, and the docs: README.md, llms.txt, docs-index.json
  });

  it('refs that leave by their text stay refused: ../, absolute, file: and URLs', async () => {
    for (const ref of [
      '../secret.json',
      path.join(dir, 'secret.json'),
      `file://${path.join(dir, 'secret.json')}`,
      'http://127.0.0.1:9/x.json',
    ]) {
      const result = await generateRef(ref);
      expect(codes(result.diagnostics), ref).toContain('ref-refused');
      expect(leaks(result.files)).toBe(false);
    }
  });

  it('a symlink out in a referenced document (a ref from a ref) is refused too', async () => {
    write(path.join(input, 'middle.json'), refDocument('./link.json'));
    const result = await generateRef('./middle.json');
    expect(result.diagnostics.find((d) => d.code === 'ref-refused')).toMatchObject({
      file: 'in/middle.json',
      pointer: '/properties/p/$ref',
    });
  });

  it('a missing referenced file is file-not-found at the $ref that names it', async () => {
    const result = await generateRef('./missing.json');
    expect(result.diagnostics).toMatchObject([
      { code: 'file-not-found', file: 'in/api.json', pointer: '/properties/p/$ref', line: expect.any(Number) },
    ]);
    expect(result.diagnostics[0]!.message).toContain('in/missing.json');
  });

  it('refs inside an --upstream document are confined to its folder by real path', async () => {
    write(path.join(input, 'upstream.json'), {
      openapi: '3.1.0',
      info: { title: 'u', version: '1' },
      components: { schemas: { Job: { type: 'object', properties: { p: { $ref: './link.json' } } } } },
    });
    const summary = JSON.parse(readFileSync(path.join(root, 'schemas/letta-job.json'), 'utf8')) as Record<string, unknown>;
    write(path.join(dir, 'summary.json'), summary);
    const result = await generate({ input: 'summary.json', upstream: 'in/upstream.json', cwd: dir });
    expect(leaks(result.files)).toBe(false);
    expect(result.diagnostics.find((d) => d.code === 'ref-refused')).toMatchObject({ file: 'in/upstream.json' });
  });

  describe('JSON Structure $import', () => {
    const importRoot = path.join(dir, 'lib-root');
    const library = {
      $schema: 'https://json-structure.org/meta/core/v0/#',
      $id: 'https://example.com/lib',
      definitions: { T: { type: 'string', description: 'SECRET TEXT' } },
    };
    write(path.join(dir, 'library.json'), library);
    write(path.join(importRoot, 'in/real.json'), library);
    symlinkSync('../../library.json', path.join(importRoot, 'in/link.json'));
    symlinkSync('real.json', path.join(importRoot, 'in/inlink.json'));
    const importing = (keyword: string, file: string) => {
      write(path.join(importRoot, 'in/main.json'), {
        $schema: 'https://json-structure.org/meta/core/v0/#',
        $id: 'https://example.com/main',
        [keyword]: file,
        name: 'Main',
        type: 'object',
        properties: { t: { type: { $ref: '#/definitions/T' } } },
      });
      return generate({ input: 'lib-root/in/main.json', cwd: dir });
    };

    it.each(['$import', '$importdefs'])('%s of a symlink leading outside the import root is refused, naming the link', async (keyword) => {
      const result = await importing(keyword, './link.json');
      expect(leaks(result.files)).toBe(false);
      const refused = result.diagnostics.find((d) => d.code === 'import-refused')!;
      expect(refused).toMatchObject({ file: 'lib-root/in/main.json', pointer: `/${keyword}`, line: expect.any(Number) });
      expect(refused.message).toContain('lib-root/in/link.json is a symbolic link to');
    });

    it('a symlink inside the import root keeps working', async () => {
      const result = await importing('$import', './inlink.json');
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    it('a missing imported file is file-not-found at the $import', async () => {
      const result = await importing('$import', './nothere.json');
      expect(result.diagnostics.find((d) => d.code === 'file-not-found')).toMatchObject({
        file: 'lib-root/in/main.json',
        pointer: '/$import',
        line: expect.any(Number),
        column: expect.any(Number),
      });
    });
  });
});

/** Small inputs that once took minutes or gigabytes (issue 10, item 5); each must finish well within 10 s. */
describe('small inputs generate quickly or are refused with a limit diagnostic', () => {
  const timed = async (input: GenerateOptions['input'], options: Partial<GenerateOptions> = {}) => {
    const start = performance.now();
    const result = await run(input, options);
    return { result, seconds: (performance.now() - start) / 1000 };
  };
  const names = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('dependentRequired with 20,000 names (was 35 s and 4.2 GB, then an abort)', async () => {
    const { result, seconds } = await timed(inMemory({ $schema, dependentRequired: { a: names(20_000) } }));
    expect(result.diagnostics).toEqual([]);
    expect(seconds).toBeLessThan(10);
  });

  it('JSON Structure: 28 nested {"anyOf": [X, {"type": "null"}]} (was about x2 per level, 82 s)', async () => {
    let nested: unknown = { type: 'string' };
    for (let i = 0; i < 28; i++) nested = { anyOf: [nested, { type: 'null' }] };
    const document = {
      $schema: 'https://json-structure.org/meta/core/v0/#',
      $id: 'https://example.com/n',
      name: 'N',
      type: 'object',
      properties: { p: nested },
    };
    const { result, seconds } = await timed(inMemory(document));
    expect(result.diagnostics).toEqual([]);
    expect(seconds).toBeLessThan(10);
    // The same model as OpenAPI and JSON Schema give: one nullable string.
    expect(result.files.find((f) => f.path === 'types.ts')!.contents).toContain('p?: string | null;');
  });

  it('a oneOf of 5,000 branches (was invalid-output: Ajv overflowed compiling it)', async () => {
    const { result, seconds } = await timed(inMemory({ $schema, oneOf: Array.from({ length: 5000 }, () => ({ type: 'string' })) }));
    expect(result.diagnostics).toEqual([]);
    expect(seconds).toBeLessThan(10);
  });

  it('a 1,000,000-character unknown type name (was 17.8 s of "did you mean")', async () => {
    const document = {
      $schema: 'https://json-structure.org/meta/core/v0/#',
      $id: 'https://e.com/x',
      name: 'N',
      type: 'x'.repeat(1_000_000),
    };
    const { result, seconds } = await timed(inMemory(document));
    expect(codes(result.diagnostics)).toEqual(['unknown-type']);
    expect(seconds).toBeLessThan(2);
  });

  it('a $ref to a 100,000-character name among 300 schemas (was 17 s)', async () => {
    const schemas: Record<string, unknown> = Object.fromEntries(names(300, 'Schema').map((n) => [n, { type: 'string' }]));
    schemas['A'] = { $ref: `#/components/schemas/${'y'.repeat(100_000)}` };
    const { result, seconds } = await timed(inMemory({ openapi: '3.1.0', info: { title: 't', version: '1' }, components: { schemas } }));
    expect(codes(result.diagnostics)).toEqual(['unresolved-ref']);
    expect(seconds).toBeLessThan(2);
  });

  it('did-you-mean still finds typos', async () => {
    const { nearestName } = await import('../src/diagnostics/index.js');
    expect(nearestName('strnig', ['string', 'integer'])).toBe('string');
    expect(nearestName('Owner', ['PetOwner', 'Pet'])).toBe('PetOwner');
    expect(nearestName('x'.repeat(200) + 'a', ['x'.repeat(200) + 'b'])).toBeUndefined();
  });

  it('a file over the size cap is too-large, naming the limit and how to raise it; the cap can be raised', async () => {
    const dir = scratch();
    write(path.join(dir, 'big.json'), { $schema, type: 'string', description: 'd'.repeat(2000) });
    const refused = await generate({ input: 'big.json', cwd: dir, maxInputBytes: 1000 });
    expect(refused.diagnostics).toMatchObject([{ code: 'too-large', file: 'big.json' }]);
    expect(refused.diagnostics[0]!.message).toContain('1000 bytes');
    expect(refused.diagnostics[0]!.hint).toContain('--max-input-bytes');
    const raised = await generate({ input: 'big.json', cwd: dir, maxInputBytes: 10_000 });
    expect(raised.diagnostics).toEqual([]);
  });

  it('the CLI raises the cap with --max-input-bytes', async () => {
    const { runCli } = await import('../src/cli/program.js');
    const dir = scratch();
    write(path.join(dir, 'big.json'), { $schema, type: 'string', description: 'd'.repeat(2000) });
    const errors: string[] = [];
    const io = { stdout: () => {}, stderr: (text: string) => void errors.push(text), cwd: dir };
    expect(await runCli(['generate', 'big.json', '--out', 'out', '--max-input-bytes', '1000'], io)).toBe(1);
    expect(errors.join('')).toContain('too-large');
    expect(await runCli(['generate', 'big.json', '--out', 'out', '--max-input-bytes', '10000', '-q'], io)).toBe(0);
    expect(await runCli(['generate', 'big.json', '--max-input-bytes', 'lots'], io)).toBe(2);
  });

  it('a referenced file over the cap is too-large at the $ref', async () => {
    const dir = scratch();
    write(path.join(dir, 'big.json'), { type: 'string', description: 'd'.repeat(2000) });
    write(path.join(dir, 'api.json'), { $schema, type: 'object', properties: { p: { $ref: './big.json' } } });
    const result = await generate({ input: 'api.json', cwd: dir, maxInputBytes: 1000 });
    expect(result.diagnostics).toMatchObject([
      { code: 'too-large', file: 'api.json', pointer: '/properties/p/$ref', line: expect.any(Number) },
    ]);
  });

  it('the default cap is 32 MiB: a 50 MB description is refused before it is read', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'huge.json'), `{"type": "string", "description": "${'d'.repeat(50 * 1024 * 1024)}"}`);
    const { result, seconds } = await timed('huge.json', { cwd: dir });
    expect(codes(result.diagnostics)).toEqual(['too-large']);
    expect(seconds).toBeLessThan(2);
  });
});

describe('whatever generates compiles under tsc --strict', () => {
  // 12,000 values is past TypeScript's 100,000-member cross-product limit (as 20,000 was; 3,000 is not)
  // and type-checks in less time. types.ts is where TS2590 was; zod.ts has no intersection type to expand.
  it('an enum of 12,000 strings beside an allOf of two objects (was TS2590: union too complex)', async () => {
    const document = {
      $schema,
      enum: Array.from({ length: 12_000 }, (_, i) => `v${i}`),
      allOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'string' } } }],
    };
    const result = await run(inMemory(document, 'big-enum.json'));
    expect(result.diagnostics).toEqual([]);
    // Inside the project, so that zod.ts finds zod.
    const dir = path.join(root, 'test/.tmp/hostile-input/big-enum');
    await writeFiles(dir, result.files);
    expect(await typecheck([path.join(dir, 'types.ts')])).toEqual([]);
  }, 60_000);

  it('values beside a union keep only the variants that can hold them, in every target', async () => {
    const result = await run(inMemory({ $schema, enum: ['a', 1], anyOf: [{ type: 'object' }, { type: 'string' }, { type: 'integer' }] }));
    expect(result.diagnostics).toEqual([]);
    const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as { $defs: Record<string, unknown> };
    expect(Object.values(schema.$defs)[0]).toEqual({ allOf: [{ enum: ['a', 1] }, { anyOf: [{ type: 'string' }, { type: 'integer' }] }] });
  });
});

describe('a required __proto__ beside other keys (the WeirdKeys fixture)', () => {
  it('parses into an object that keeps __proto__ as an own property, prototype untouched', async () => {
    const result = await run('test/fixtures/openapi-proto-required/input.json');
    const dir = path.join(root, 'test/.tmp/hostile-input/proto');
    await writeFiles(dir, result.files);
    const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Record<string, { parse(data: unknown): unknown }>;
    const parsed = zod['WeirdKeysSchema']!.parse(JSON.parse('{"__proto__": "x", "derp-derp": true}')) as Record<string, unknown>;
    expect(Object.hasOwn(parsed, '__proto__') && parsed['__proto__']).toBe('x');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(parsed['derp-derp']).toBe(true);
  });
});

describe('uniqueItems and contains judge the items as received', () => {
  it('two items an open object parses alike are still different (sublime-syntax: a union member stripped them to {})', async () => {
    const document = {
      $schema,
      type: 'array',
      uniqueItems: true,
      contains: { required: ['x'] },
      items: { anyOf: [{ type: 'object', properties: { include: { type: 'string' } } }, { type: 'string' }] },
    };
    const result = await run(inMemory(document, 'unique-open.json'), { targets: ['zod', 'json-schema'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dir = path.join(root, 'test/.tmp/hostile-input/unique-open');
    await writeFiles(dir, result.files);
    const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Record<
      string,
      { safeParse(data: unknown): { success: boolean } }
    >;
    const schema = zod['RootSchema']!;
    const ajv = compileJsonSchema(JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as object);
    for (const value of [
      [
        { include: 'a', x: 1 },
        { include: 'a', x: 2 },
      ],
      [
        { include: 'a', x: 1 },
        { include: 'a', x: 1 },
      ],
      [{ include: 'a' }, 'b'],
      ['b', { x: 1 }],
    ])
      expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(ajv(value));
    expect(
      schema.safeParse([
        { include: 'a', x: 1 },
        { include: 'a', x: 2 },
      ]).success,
    ).toBe(true);
  });
});

describe('slow-pattern', () => {
  const slow = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'slow-pattern');
  // As text, so that diagnostics get line:column.
  const asText = (document: unknown) => inMemory(JSON.stringify(document, null, 1));

  it.each(['^(a+)+$', '^(a|a)*$', '(x+x+)+y', '^(\\w+\\s?)*$', '^(\\d+\\.\\d+)*$'])('%s is reported with its pointer', async (pattern) => {
    const result = await run(asText({ $schema, type: 'object', properties: { p: { type: 'string', pattern } } }));
    expect(slow(result.diagnostics)).toMatchObject([{ severity: 'warning', pointer: '/properties/p/pattern', line: expect.any(Number) }]);
    expect(slow(result.diagnostics)[0]!.message).toContain(JSON.stringify(pattern));
    expect(result.files.length).toBe(6); // types.ts, schema.json, zod.ts, and the docs: README.md, llms.txt, docs-index.json
  });

  it.each(['^[a-z]+(-[a-z]+)*$', '^(a|b)*$', '^([a-z0-9]+\\.)*[a-z]+$', '^.*a.*$', '^user-[0-9a-f]{8}$', '^#(([0-9a-f]{2}){3})$'])(
    '%s (linear, or only polynomial) is not',
    async (pattern) => {
      const result = await run(asText({ $schema, type: 'string', pattern }));
      expect(slow(result.diagnostics)).toEqual([]);
    },
  );

  it('in OpenAPI patternProperties and in JSON Structure too', async () => {
    const openapi = await run(
      asText({
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        components: { schemas: { M: { type: 'object', patternProperties: { '^(a+)+$': { type: 'string' } } } } },
      }),
    );
    expect(slow(openapi.diagnostics)).toMatchObject([{ pointer: '/components/schemas/M/patternProperties/^(a+)+$' }]);
    const structure = await run(
      asText({
        $schema: 'https://json-structure.org/meta/validation/v0/#',
        $id: 'https://example.com/p',
        name: 'P',
        type: 'object',
        properties: { p: { type: 'string', pattern: '^(a+)+$' } },
      }),
    );
    expect(slow(structure.diagnostics)).toMatchObject([{ pointer: '/properties/p/pattern', line: expect.any(Number) }]);
  });

  it('is not run on a long required name while generating, and the validator still judges that key by it', async () => {
    // V8 takes minutes on ^(a+)+$ against 40 a's and a "!"; a required name that only a patternProperties covers was tested so.
    const name = `${'a'.repeat(40)}!`;
    const started = performance.now();
    const result = await run(
      inMemory({
        $schema,
        type: 'object',
        patternProperties: { '^(a+)+$': { type: 'integer' } },
        additionalProperties: false,
        required: [name],
      }),
      { targets: ['ts', 'zod'] },
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(codes(result.diagnostics)).toEqual(expect.arrayContaining(['slow-pattern', 'required-not-in-properties']));
    const dir = path.join(root, 'test/.tmp/hostile-input/slow-required');
    await writeFiles(dir, result.files);
    const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Record<
      string,
      { safeParse(data: unknown): { success: boolean } }
    >;
    const schema = Object.values(zod)[0]!;
    // The name does not match ^(a+)+$, so additionalProperties: false forbids it: no object is valid.
    expect(schema.safeParse({ [name]: 1 }).success).toBe(false);
    expect(schema.safeParse({ [name]: 'x' }).success).toBe(false);
  }, 60_000);
});

describe('every diagnostic about a place in a file has file:line:col', () => {
  it('YAML nested 5,000 deep is too-deep, with a position (was invalid-yaml: Maximum call stack size exceeded)', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}-`).join('\n') + ' x\n';
    const result = await run(inMemory(text, 'deep.yaml'));
    expect(result.diagnostics).toMatchObject([
      { code: 'too-deep', file: 'deep.yaml', line: expect.any(Number), column: expect.any(Number) },
    ]);
  });

  it('JSON nested too deep is too-deep at the first value too deep', async () => {
    const text = '{"a":' + '['.repeat(300) + ']'.repeat(300) + '}';
    const result = await run(inMemory(text, 'deep.json'));
    expect(result.diagnostics).toMatchObject([
      { code: 'too-deep', line: 1, column: expect.any(Number), pointer: expect.stringMatching(/^\/a\/0/) },
    ]);
  });

  it('circular-ref points at the definition that reaches itself', async () => {
    const text =
      '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$ref": "#/$defs/a",\n  "$defs": {\n    "a": { "$ref": "#/$defs/a" }\n  }\n}\n';
    const result = await run(inMemory(text, 'loop.json'), { strict: true });
    expect(result.diagnostics).toMatchObject([
      { code: 'circular-ref', file: 'loop.json', pointer: '/$defs/a', line: 5, column: expect.any(Number) },
    ]);
    expect(result.files).toEqual([]);
  });

  it('without --strict, a circular definition is left out and the rest generates (was: the whole document refused)', async () => {
    const text = JSON.stringify(
      {
        $defs: {
          loop: { anyOf: [{ $ref: '#/$defs/loop' }, { type: 'null' }] },
          pair: { $ref: '#/$defs/other' },
          other: { $ref: '#/$defs/pair' },
          config: { type: 'object', properties: { name: { type: 'string' }, odd: { $ref: '#/$defs/loop' } }, required: ['name'] },
        },
      },
      null,
      2,
    );
    const result = await run(inMemory(text, 'cloudify.json'), { targets: ['ts', 'json-schema', 'zod'] });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.pointer, d.line])).toEqual([
      ['circular-ref-skipped', 'warning', '/$defs/loop', 3],
      ['circular-ref-skipped', 'warning', '/$defs/pair', 13],
      ['circular-ref-skipped', 'warning', '/$defs/other', 16],
    ]);
    const types = result.files.find((f) => f.path === 'types.ts')!.contents;
    expect(types).toContain('export interface Config {\n  name: string;\n  odd?: unknown;\n}');
    expect(types).not.toMatch(/(Loop|Pair|Other)/);
    const validate = compileJsonSchema(JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as object);
    expect(validate({ name: 'x', odd: [1] })).toBe(true);
  });

  it('in OpenAPI, a circular schema left out is unknown in the components table too (was an internal error)', async () => {
    // The mutation fuzzer's case: a schema whose allOf refers back to it, listed under components.schemas.
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Bike: { allOf: [{ $ref: '#/components/schemas/Bike' }, { type: 'object', properties: { gears: { type: 'integer' } } }] },
          Rack: { type: 'object', properties: { bike: { $ref: '#/components/schemas/Bike' } } },
        },
      },
    };
    const result = await run(inMemory(JSON.stringify(document, null, 2), 'bike.json'));
    expect(result.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['circular-ref-skipped', '/components/schemas/Bike']]);
    const types = result.files.find((f) => f.path === 'types.ts')!.contents;
    expect(types).toMatch(/^ {4}Bike: unknown;$/m);
    expect(types).toContain('export interface Rack {\n  bike?: unknown;\n}');
  });

  it('a tuple of no leading elements is written without an empty prefixItems (was invalid-output)', async () => {
    const text = JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      prefixItems: [],
      contains: { type: 'string' },
      unevaluatedItems: false,
    });
    const result = await run(inMemory(text, 'empty-prefix.json'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('unknown-format points at the document', async () => {
    const result = await run(inMemory('{"hello": 1}', 'odd.json'));
    expect(result.diagnostics).toMatchObject([{ code: 'unknown-format', file: 'odd.json', line: 1, column: 1 }]);
  });
});
