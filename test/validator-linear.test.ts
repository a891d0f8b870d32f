/**
 * Generated validators run in time linear in the value and the schema: a member of an allOf, anyOf,
 * oneOf or not is parsed a constant number of times per value, whatever the nesting depth. Each case
 * nests a composition 1 to 16 levels deep around a definition (`Leaf`) whose parses are counted, and
 * SchemaStore-like config schemas (a root allOf of 10, as tsconfig's) validate a real file quickly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import { compileJsonSchema, root } from './support.js';

type Schema = Record<string, unknown>;
interface Runnable {
  safeParse(value: unknown): { success: boolean };
  _zod: { run: (payload: unknown, ctx: unknown) => unknown };
}

const depths = [1, 2, 4, 8, 12, 16];
const deepest = Math.max(...depths);
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

/** Level `d` of a nesting: a composition around level `d - 1`. */
const levels: Record<string, (inner: Schema, d: number) => Schema> = {
  // minProperties keeps the passes from folding the members into one object.
  allOf: (inner, d) => ({ allOf: [inner, { type: 'object', properties: { [`p${d}`]: { type: 'integer' } }, minProperties: 1 }] }),
  anyOf: (inner) => ({ anyOf: [{ type: 'string' }, inner] }),
  oneOf: (inner) => ({ oneOf: [inner, { type: 'array' }] }),
  not: (inner) => ({ not: { anyOf: [{ not: inner }, { type: 'string' }] } }),
  'if/then': (inner, d) => ({ if: inner, then: { type: 'object', properties: { [`p${d}`]: { type: 'integer' } }, minProperties: 1 } }),
  // unevaluatedProperties learns what the branch that matched evaluates, which takes a parse of the branch.
  'unevaluated over anyOf': (inner, d) => ({
    anyOf: [inner, { type: 'string' }],
    properties: { [`p${d}`]: { type: 'integer' } },
    unevaluatedProperties: { type: 'integer' },
  }),
  'unevaluated over oneOf': (inner, d) => ({
    oneOf: [inner, { type: 'array' }],
    properties: { [`p${d}`]: { type: 'integer' } },
    unevaluatedProperties: { type: 'integer' },
  }),
  mixed: (inner, d) => {
    const kinds = ['allOf', 'anyOf', 'oneOf', 'not'] as const;
    return levels[kinds[d % kinds.length]!]!(inner, d);
  },
};

/** One document per kind: `Leaf`, then `Level1` … `Level16`, each nesting the one before inline or by reference. */
function nestingDocument(kind: string, inline: boolean): Schema {
  const defs: Record<string, Schema> = {
    Leaf: { type: 'object', properties: { v: { type: 'string' } }, required: ['v'], additionalProperties: false },
    Level0: { type: 'object', properties: { x: ref('Leaf') }, required: ['x'] },
  };
  let inner: Schema = ref('Level0');
  for (let d = 1; d <= deepest; d++) {
    inner = levels[kind]!(inline ? inner : ref(`Level${d - 1}`), d);
    defs[`Level${d}`] = inner;
  }
  // Every depth measured is a root, so each is a definition of its own.
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs, anyOf: depths.map((d) => ref(`Level${d}`)) };
}

async function loadValidators(name: string, document: Schema) {
  const result = await generate({ input: { document, name: `${name}.json` }, cwd: root, targets: ['zod', 'json-schema'] });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const dir = path.join(root, 'test/.tmp/validator-linear', name);
  await writeFiles(dir, result.files);
  const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Record<string, Runnable>;
  const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as Schema;
  return { zod, ajv: (definition: string) => compileJsonSchema({ ...schema, $ref: `#/$defs/${definition}` }) };
}

/** How many times `schema` runs while `parse` does. */
function countRuns(schema: Runnable, parse: () => void): number {
  const run = schema._zod.run;
  let runs = 0;
  schema._zod.run = (payload, ctx) => {
    runs++;
    return run(payload, ctx);
  };
  try {
    parse();
  } finally {
    schema._zod.run = run;
  }
  return runs;
}

/** The least time of `times` parses after a first one: the machine running the tests is shared, and slower runs measure the other jobs. */
function parseMs(parse: () => void, times = 15): number {
  parse();
  let least = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    parse();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

const value = { x: { v: 'a' }, ...Object.fromEntries(Array.from({ length: deepest }, (_, i) => [`p${i + 1}`, i])) };
const invalidValue = { ...value, x: { v: 'a', extra: true } };

const ways: [string, boolean][] = [
  ['by reference', false],
  ['inline', true],
];

describe.each(Object.keys(levels))('%s nested 1-16 levels', (kind) => {
  it.each(ways)(
    'parses the innermost member a constant number of times (%s)',
    async (_, inline) => {
      const { zod, ajv } = await loadValidators(
        `${kind.replace(/[/ ]/g, '-')}-${inline ? 'inline' : 'ref'}`,
        nestingDocument(kind, inline),
      );
      const runs: number[] = [];
      for (const d of depths) {
        const level = zod[`Level${d}Schema`]!;
        const leaf = zod.LeafSchema!;
        for (const v of [value, invalidValue]) {
          let verdict = false;
          runs.push(countRuns(leaf, () => (verdict = level.safeParse(v).success)));
          expect(verdict, `Level${d} on ${JSON.stringify(v)}`).toBe(ajv(`Level${d}`)(v));
        }
      }
      // One parse per value, two where a check and its branch both read it (if/then): never 2^depth.
      expect(Math.max(...runs)).toBeLessThanOrEqual(2);
    },
    60_000,
  );
});

describe('time per level stays flat', () => {
  it('allOf: 16 levels cost about twice 8 levels, not 256 times', async () => {
    const { zod } = await loadValidators('allOf-timing', nestingDocument('allOf', true));
    const eight = parseMs(() => zod.Level8Schema!.safeParse(value));
    const sixteen = parseMs(() => zod.Level16Schema!.safeParse(value));
    // Linear: ~2x. Exponential was 256x. A loose bound for a busy machine.
    expect(sixteen / eight).toBeLessThan(8);
    expect(sixteen).toBeLessThan(50);
  }, 60_000);
});

describe('SchemaStore-like config files', () => {
  const folder = path.join(root, 'test/fixtures-validation');
  it.each([['tsconfig-like', 'tsconfig.json', 'TsconfigLike']])(
    '%s: a root allOf of 10 validates %s within 50 ms, as Ajv judges it',
    async (name, instance, typeName) => {
      const document = JSON.parse(readFileSync(path.join(folder, name, 'schema.json'), 'utf8')) as Schema;
      const { zod, ajv } = await loadValidators(name, document);
      const config = JSON.parse(readFileSync(path.join(folder, name, instance), 'utf8')) as Schema;
      const validator = zod[`${typeName}Schema`]!;
      const agree = ajv(name);
      const compilerOptions = config.compilerOptions as Schema;
      const variants = [
        config,
        { ...config, compilerOptions: { ...compilerOptions, target: 'es2022' } },
        { ...config, compilerOptions: { ...compilerOptions, target: 'ES1999' } },
        { ...config, compilerOptions: { ...compilerOptions, strict: 'yes' } },
        { ...config, compilerOptions: { ...compilerOptions, lib: ['ES2022', 'ES2022'] } },
        {},
      ];
      for (const v of variants) expect(validator.safeParse(v).success, JSON.stringify(v).slice(0, 200)).toBe(agree(v));
      expect(validator.safeParse(config).success).toBe(true);
      expect(parseMs(() => validator.safeParse(config), 9)).toBeLessThan(50);
    },
    60_000,
  );
});
