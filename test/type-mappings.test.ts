/**
 * Type mappings (docs/type-mappings.md): every built-in mapping round-trips through JSON (JSON.parse →
 * z.decode → the mapped type → z.encode → JSON.stringify gives the wire text back), the types in
 * types.ts equal z.output of the validators (the type proof, compiled), schema.json keeps the wire
 * schema and so does z.toJSONSchema of a codec, a custom mapping imports a user's module, nothing
 * rounds silently, and mistakes in the options are diagnostics. Inputs: test/type-mappings/.
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { generate, writeFiles, type GenerateOptions } from '../src/index.js';
import { format } from 'prettier';
import { helperDeclarations } from '../src/emit/zod/helpers.js';
import { mappingHelpers } from '../src/emit/zod/mappings.js';
import { miniDialect } from '../src/emit/zod-mini/dialect.js';
import { prettierOptions } from '../src/layout/options.js';
import { run, scratchProject } from './cli-support.js';
import { compileJsonSchema, root, typecheck } from './support.js';

const inputs = path.join(root, 'test/type-mappings');
const custom: GenerateOptions['typeMappings'] = [
  { format: 'decimal', type: './test/type-mappings/money.js#Money', zod: './test/type-mappings/money.js#MoneySchema' },
  { 'x-kind': 'user-id', type: './test/type-mappings/money.js#UserId', zod: './test/type-mappings/money.js#UserIdSchema' },
];

type Schema = z.ZodType;

/** Generates `input` with `options` into test/.tmp/type-mappings/<name> and imports its validators (zod.ts, or zod.mini.ts for zod-mini alone). */
async function generated(name: string, input: string, options: Partial<GenerateOptions> = {}) {
  const outDir = `test/.tmp/type-mappings/${name}`;
  const result = await generate({ input: path.join('test/type-mappings', input), cwd: root, outDir, typeProof: true, ...options });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const dir = path.join(root, outDir);
  await writeFiles(dir, result.files);
  const file = (f: string) => result.files.find((g) => g.path === f)!.contents;
  const validators = options.targets?.includes('zod-mini') && !options.targets.includes('zod') ? 'zod.mini.ts' : 'zod.ts';
  const zod = (await import(pathToFileURL(path.join(dir, validators)).href)) as Record<string, Schema>;
  return { dir, file, zod, files: result.files };
}

/** JSON text → decode → check the decoded value → encode → the same JSON text. */
function roundTrip(schema: Schema, text: string, check: (decoded: never) => void): void {
  const decoded = z.decode(schema, JSON.parse(text) as never);
  check(decoded as never);
  expect(JSON.stringify(z.encode(schema, decoded as never))).toBe(JSON.stringify(JSON.parse(text)));
}

describe('OpenAPI: dates as Date, int64 as bigint, a decimal as Money, an x-kind as UserId', async () => {
  const { dir, file, zod, files } = await generated('openapi', 'openapi.json', { dates: 'Date', int64: 'bigint', typeMappings: custom });
  const Event = zod['EventSchema']!;

  it('types.ts uses the mapped types and imports the user module from where it is written', () => {
    const types = file('types.ts');
    expect(types).toContain('import type { Money, UserId } from "../../../type-mappings/money.js";');
    expect(types).toMatch(/^ {2}at: globalThis\.Date;$/m); // a schema is called Date here
    expect(types).toMatch(/^ {2}count\?: bigint;$|^ {2}count: bigint;$/m);
    expect(types).toMatch(/^ {2}price: Money;$/m);
    expect(types).toMatch(/^ {2}owner\?: UserId;$/m);
    expect(types).toMatch(/^ {2}days\?: globalThis\.Date\[\];$/m);
    expect(file('zod.ts')).toContain('import { MoneySchema, UserIdSchema } from "../../../type-mappings/money.js";');
  });

  it('types.ts equals z.output of every validator: the type proof compiles under --strict', async () => {
    expect(file('zod.ts')).toContain('export type SchemasMatchTypes');
    const names = ['types.ts', 'zod.ts'].map((f) => path.join(dir, f));
    expect(await typecheck(names)).toEqual([]);
    expect(await typecheck(names, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 60_000);

  it('round-trips every mapped property through JSON', () => {
    const text =
      '{"at":"2024-01-15T10:30:00.000Z","day":"2024-02-29","ended":null,"count":9007199254740991,"price":"-12.05","owner":"u-1","days":["0050-06-01","1999-12-31"]}';
    roundTrip(Event, text, (e: { at: Date; day: Date; count: bigint; price: { cents: bigint }; owner: string; days: Date[] }) => {
      expect(e.at).toBeInstanceOf(Date);
      expect(e.at.getTime()).toBe(Date.UTC(2024, 0, 15, 10, 30));
      expect(e.day.toISOString()).toBe('2024-02-29T00:00:00.000Z');
      expect(e.count).toBe(9007199254740991n);
      expect(e.price.cents).toBe(-1205n);
      expect(e.owner).toBe('u-1');
      expect(e.days[0]!.getUTCFullYear()).toBe(50);
    });
    roundTrip(
      Event,
      '{"at":"2024-01-15T10:30:00.000Z","day":"2024-01-01","ended":"1970-01-01T00:00:00.000Z","count":0,"price":"0.00"}',
      (e: { ended: Date }) => expect(e.ended.getTime()).toBe(0),
    );
  });

  it('decodes every date-time form the format allows to its instant; encodes it as UTC', () => {
    const at = (text: string) => (z.decode(Event, { at: text, day: '2024-01-01', count: 1, price: '1' } as never) as { at: Date }).at;
    expect(at('2024-01-15T12:30:00+02:00').toISOString()).toBe('2024-01-15T10:30:00.000Z');
    expect(at('2024-01-15t10:30:00.123456z').toISOString()).toBe('2024-01-15T10:30:00.123Z');
    expect(at('2024-12-31 23:30:00-01:00').toISOString()).toBe('2025-01-01T00:30:00.000Z');
    expect(at('0099-03-01T00:00:00Z').getUTCFullYear()).toBe(99);
    // A leap second is a valid date-time, but no Date holds it: an issue, not the next minute.
    const leap = z.safeDecode(Event, { at: '2016-12-31T23:59:60Z', day: '2024-01-01', count: 1, price: '1' } as never);
    expect(leap.success).toBe(false);
    expect(leap.error!.issues[0]!.message).toBe('A leap second has no Date');
    // The wire check still runs first.
    expect(z.safeDecode(Event, { at: '2024-02-30T00:00:00Z', day: '2024-01-01', count: 1, price: '1' } as never).success).toBe(false);
  });

  it('never rounds a bigint: one no JSON number is exactly fails to encode', () => {
    const event = z.decode(Event, { at: '2024-01-15T10:30:00Z', day: '2024-01-01', count: 1, price: '1' } as never) as Record<
      string,
      unknown
    >;
    expect(z.encode(Event, { ...event, count: 2n ** 60n } as never)).toMatchObject({ count: 2 ** 60 });
    const beyond = z.safeEncode(Event, { ...event, count: 2n ** 53n + 1n } as never);
    expect(beyond.success).toBe(false);
    expect(beyond.error!.issues[0]!.message).toMatch(/9007199254740993 is not exactly a JavaScript number/);
    expect(z.safeEncode(Event, { ...event, count: -1n } as never).success).toBe(false); // minimum 0, checked on the wire
  });

  it('schema.json keeps the wire schema: the same as without the mappings', async () => {
    const plain = await generate({ input: 'test/type-mappings/openapi.json', cwd: root, targets: ['json-schema'] });
    const defs = (text: string) => (JSON.parse(text) as { $defs: unknown }).$defs;
    expect(defs(files.find((f) => f.path === 'schema.json')!.contents)).toEqual(defs(plain.files[0]!.contents));
  });

  it('z.toJSONSchema of a codec describes the wire, with io "input" and "output"', () => {
    const wire = JSON.parse(file('schema.json')) as Record<string, unknown>;
    const accepts = compileJsonSchema({ ...wire, $ref: '#/$defs/Event' });
    for (const io of ['input', 'output'] as const) {
      const json = z.toJSONSchema(Event, { io }) as { properties: Record<string, Record<string, unknown>> };
      expect(json.properties['at']).toMatchObject({ type: 'string', format: 'date-time', description: 'When it happened' });
      expect(json.properties['day']).toMatchObject({ type: 'string', format: 'date' });
      expect(json.properties['count']).toMatchObject({ type: 'integer', format: 'int64', minimum: 0 });
      expect(json.properties['price']).toMatchObject({ type: 'string', format: 'decimal', pattern: '^-?[0-9]+(\\.[0-9]+)?$' });
      const zodSays = compileJsonSchema(json);
      for (const value of [
        { at: '2024-01-15T10:30:00Z', day: '2024-01-01', count: 3, price: '1.5' },
        { at: 'yesterday', day: '2024-01-01', count: 3, price: '1.5' },
        { at: '2024-01-15T10:30:00Z', day: '2024-01-01', count: 1.5, price: '1.5' },
        { at: '2024-01-15T10:30:00Z', day: '2024-01-01', count: 3, price: 'one' },
      ])
        expect(zodSays(value), `${io} ${JSON.stringify(value)}`).toBe(accepts(value));
    }
  });

  it('the docs name the wire type and the mapped type', () => {
    const readme = file('README.md');
    expect(readme).toContain('| `at` | string (date-time) → `Date` |');
    expect(readme).toContain('| `count` | integer → `bigint` |');
    expect(readme).toContain('| `price` | string (decimal) → `Money` |');
  });

  it('operation parameters decode too (a path int64, a query date-time)', () => {
    const ops = zod['operations'] as unknown as Record<string, { parameters: { path: Schema; query: Schema } }>;
    const params = ops['getEvent']!.parameters;
    expect(z.decode(params.path, { id: '42' } as never)).toEqual({ id: 42n });
    expect((z.decode(params.query, { since: '2024-01-15T10:30:00Z' } as never) as { since: Date }).since).toBeInstanceOf(Date);
  });
});

describe('JSON Structure: int64 and uint64 travel as strings', async () => {
  const wire = '{"total":"9223372036854775807","unsigned":"18446744073709551615","at":"2024-01-15T10:30:00.000Z","day":"2024-01-15"}';

  it('int64: "bigint" keeps integers beyond 2 ** 53 exact, both ways', async () => {
    const { zod, file } = await generated('structure-bigint', 'structure.json', { int64: 'bigint', dates: 'Date' });
    expect(file('types.ts')).toMatch(/^ {2}total: bigint;\n {2}unsigned: bigint;$/m);
    roundTrip(zod['CounterSchema']!, wire, (c: { total: bigint; unsigned: bigint; at: Date }) => {
      expect(c.total).toBe(2n ** 63n - 1n);
      expect(c.unsigned).toBe(2n ** 64n - 1n);
      expect(c.at).toBeInstanceOf(Date);
    });
    // The range is the wire's: one past int64 does not encode.
    const counter = z.decode(zod['CounterSchema']!, JSON.parse(wire) as never) as Record<string, unknown>;
    expect(z.safeEncode(zod['CounterSchema']!, { ...counter, total: 2n ** 63n } as never).success).toBe(false);
  });

  it('int64: "number" decodes the digits a double holds exactly, and refuses the others', async () => {
    const { zod, file } = await generated('structure-number', 'structure.json', { int64: 'number' });
    expect(file('types.ts')).toMatch(/^ {2}total: number;$/m);
    const Counter = zod['CounterSchema']!;
    roundTrip(
      Counter,
      '{"total":"-12345","unsigned":"9007199254740992","at":"2024-01-15T10:30:00Z","day":"2024-01-15"}',
      (c: { total: number }) => expect(c.total).toBe(-12345),
    );
    const lossy = z.safeDecode(Counter, JSON.parse(wire) as never);
    expect(lossy.success).toBe(false);
    expect(lossy.error!.issues[0]!.message).toMatch(/is not exactly a JavaScript number/);
  });

  it('int64: "string" and dates: "string" are what the wire is: the same files as without them', async () => {
    const a = await generate({ input: 'test/type-mappings/structure.json', cwd: root, int64: 'string', dates: 'string' });
    const b = await generate({ input: 'test/type-mappings/structure.json', cwd: root });
    const body = (files: typeof a.files) => files.map((f) => f.contents.replace(/Regenerate: .*/g, ''));
    expect(body(a.files)).toEqual(body(b.files));
  });
});

it('JSON Schema, where formats only annotate: a mapped format is checked, since its value must decode', async () => {
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $defs: {
      Stamp: { type: 'object', properties: { at: { type: 'string', format: 'date-time' }, n: { type: 'integer', format: 'int64' } } },
    },
  };
  const r = await generate({ input: { document, name: 'stamp.json' }, cwd: root, dates: 'Date', int64: 'bigint', targets: ['ts', 'zod'] });
  const types = r.files.find((f) => f.path === 'types.ts')!.contents;
  expect(types).toMatch(/^ {2}at\?: Date;\n[\s\S]*^ {2}n\?: bigint;$/m);
  expect(r.files.find((f) => f.path === 'zod.ts')!.contents).toMatch(/dateTime\(formatted\("date-time", isDateTime\)\)/);
});

it('a package is imported as named; a default export, or one named like a schema, under a name of its own', async () => {
  const r = await generate({
    input: 'test/type-mappings/openapi.json',
    cwd: root,
    targets: ['ts', 'zod'],
    typeMappings: [
      { format: 'decimal', type: 'decimal.js#default', zod: '@acme/money#EventSchema' },
      { 'x-kind': 'user-id', type: '../ids.js#Event', zod: '../ids.js#UserIdSchema' },
    ],
  });
  const file = (f: string) => r.files.find((g) => g.path === f)!.contents;
  expect(file('types.ts')).toContain(
    'import type { default as Default } from "decimal.js";\nimport type { Event as Event_2 } from "../../../ids.js";',
  );
  expect(file('types.ts')).toMatch(/^ {2}price: Default;\n[\s\S]*^ {2}owner\?: Event_2;$/m);
  expect(file('zod.ts')).toContain(
    'import { EventSchema as EventSchema_2 } from "@acme/money";\nimport { UserIdSchema } from "../../../ids.js";',
  );
});

it('with --directions: the views hold the mapped types and compile; request views with one are left out of the proof', async () => {
  const { dir, file } = await generated('directions', 'directions.json', { directions: true, dates: 'Date', int64: 'bigint' });
  expect(file('types.ts')).toMatch(/^export interface PetWritable \{\n(?:.*\n)*? {2}due\?: Date;/m);
  expect(file('zod.ts')).toContain('Expect<Equals<z.output<typeof PetReadableSchema>, T.PetReadable>>');
  expect(file('zod.ts')).not.toContain('typeof PetWritableSchema>, T.PetWritable>');
  expect(
    await typecheck(
      ['types.ts', 'zod.ts'].map((f) => path.join(dir, f)),
      { exactOptionalPropertyTypes: true },
    ),
  ).toEqual([]);
}, 60_000);

describe('OpenAPI: int64 as string', () => {
  it('a JSON integer decodes into its digits and encodes back', async () => {
    const { zod, file } = await generated('openapi-string', 'openapi.json', { int64: 'string', typeMappings: custom });
    expect(file('types.ts')).toMatch(/^ {2}count\??: string;$/m);
    roundTrip(
      zod['EventSchema']!,
      '{"at":"2024-01-15T10:30:00Z","day":"2024-01-15","count":9007199254740991,"price":"1.00"}',
      (e: { count: string; at: string }) => {
        expect(e.count).toBe('9007199254740991');
        expect(e.at).toBe('2024-01-15T10:30:00Z');
      },
    );
  });
});

describe('Zod Mini: zod.mini.ts maps the same values with the same codecs', async () => {
  const targets: GenerateOptions['targets'] = ['ts', 'zod-mini'];
  const { dir, file, zod } = await generated('mini', 'openapi.json', { dates: 'Date', int64: 'bigint', typeMappings: custom, targets });
  const Event = zod['EventSchema']!;

  it('imports the user module and proves types.ts equals z.output under --strict', async () => {
    expect(file('zod.mini.ts')).toContain('import { z } from "zod/mini";');
    expect(file('zod.mini.ts')).toContain('import { MoneySchema, UserIdSchema } from "../../../type-mappings/money.js";');
    expect(file('zod.mini.ts')).toContain('export type SchemasMatchTypes');
    const names = ['types.ts', 'zod.mini.ts'].map((f) => path.join(dir, f));
    expect(await typecheck(names, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 60_000);

  it('round-trips every mapped property through JSON with zod/mini', () => {
    const text = '{"at":"2024-01-15T12:30:00+02:00","day":"2024-02-29","count":9007199254740991,"price":"-12.05","owner":"u-1"}';
    const e = zm.decode(Event, JSON.parse(text) as never) as { at: Date; day: Date; count: bigint; price: { cents: bigint } };
    expect(e.at.toISOString()).toBe('2024-01-15T10:30:00.000Z');
    expect(e.day.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect([e.count, e.price.cents]).toEqual([9007199254740991n, -1205n]);
    expect(zm.encode(Event, e as never)).toEqual({ ...(JSON.parse(text) as object), at: '2024-01-15T10:30:00.000Z' });
    expect(zm.safeEncode(Event, { ...e, count: 2n ** 53n + 1n } as never).success).toBe(false);
    expect(zm.safeDecode(Event, { ...(JSON.parse(text) as object), at: '2016-12-31T23:59:60Z' } as never).success).toBe(false);
  });

  it('z.toJSONSchema of a codec describes the wire', () => {
    for (const io of ['input', 'output'] as const) {
      const json = zm.toJSONSchema(Event, { io }) as { properties: Record<string, Record<string, unknown>> };
      expect(json.properties['at']).toMatchObject({ type: 'string', format: 'date-time', description: 'When it happened' });
      expect(json.properties['count']).toMatchObject({ type: 'integer', format: 'int64', minimum: 0 });
    }
  });

  it('int64 as a string or as a number: the checks in Mini’s API', async () => {
    const digits = await generated('mini-string', 'openapi.json', { int64: 'string', typeMappings: custom, targets });
    expect(digits.file('zod.mini.ts')).toContain('z.string().check(z.regex(/^-?(?:0|[1-9][0-9]*)$/))');
    const wire = '{"at":"2024-01-15T10:30:00Z","day":"2024-01-15","count":9007199254740991,"price":"1.00"}';
    const decoded = zm.decode(digits.zod['EventSchema']!, JSON.parse(wire) as never) as { count: string };
    expect(decoded.count).toBe('9007199254740991');
    expect(JSON.stringify(zm.encode(digits.zod['EventSchema']!, decoded as never))).toBe(JSON.stringify(JSON.parse(wire)));
    const numbers = await generated('mini-number', 'structure.json', { int64: 'number', targets });
    expect(numbers.file('zod.mini.ts')).toContain('z.number().check(z.refine(Number.isInteger, "Expected an integer"))');
    const Counter = numbers.zod['CounterSchema']!;
    const counter = '{"total":"-12345","unsigned":"9007199254740992","at":"2024-01-15T10:30:00Z","day":"2024-01-15"}';
    expect((zm.decode(Counter, JSON.parse(counter) as never) as { total: number }).total).toBe(-12345);
    expect(zm.safeDecode(Counter, { ...(JSON.parse(counter) as object), total: '9007199254740993' } as never).success).toBe(false);
    for (const { dir } of [digits, numbers]) expect(await typecheck(['types.ts', 'zod.mini.ts'].map((f) => path.join(dir, f)))).toEqual([]);
  }, 60_000);
});

it('the codec helpers zod.ts and zod.mini.ts declare are in prettier’s layout', async () => {
  const source = helperDeclarations(new Set(mappingHelpers.keys())).join('\n\n') + '\n';
  expect(source).toBe(await format(source, { ...prettierOptions, parser: 'typescript' }));
  const mini = miniDialect.source(source);
  expect(mini).not.toBe(source);
  expect(mini).toBe(await format(mini, { ...prettierOptions, parser: 'typescript' }));
});

it('a custom mapping that maps nothing is a warning (a typo such as format: datetime)', async () => {
  const r = await generate({
    input: 'test/type-mappings/openapi.json',
    cwd: root,
    targets: ['ts', 'zod'],
    typeMappings: [
      { format: 'datetime', type: './m.js#M', zod: './m.js#S' },
      { format: 'decimal', type: './m.js#M', zod: './m.js#S' },
      { 'x-kind': 5, type: './m.js#N', zod: './m.js#T' },
    ],
  });
  expect(r.files.length).toBe(2);
  expect(r.diagnostics.filter((d) => d.code === 'unused-type-mapping').map((d) => [d.severity, d.message])).toEqual([
    ['warning', 'typeMappings/0 (format: datetime) maps nothing: no string or number schema generated from the document has this format'],
    ['warning', 'typeMappings/2 (x-kind: 5) maps nothing: no string or number schema generated from the document has this value'],
  ]);
});

it('components the operations do not use are mapped too, as openapi-typescript users read them (components["parameters"])', async () => {
  const dateTime = { type: 'string', format: 'date-time' };
  const document = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/a': {
        get: {
          parameters: [{ $ref: '#/components/parameters/Since' }],
          responses: { '200': { description: 'ok', headers: { 'X-Reset': { schema: dateTime } } } },
        },
      },
    },
    components: {
      parameters: {
        Since: { name: 'since', in: 'query', schema: dateTime },
        Unused: { name: 'until', in: 'query', schema: dateTime },
        Price: { name: 'price', in: 'query', schema: { type: 'string', format: 'decimal' } },
      },
      headers: { Stamp: { schema: dateTime } },
    },
  };
  const r = await generate({
    input: { document, name: 'components.json' },
    cwd: root,
    targets: ['ts', 'zod'],
    dates: 'Date',
    typeMappings: [{ format: 'decimal', type: './m.js#Money', zod: './m.js#MoneySchema' }],
  });
  expect(r.diagnostics.filter((d) => d.severity !== 'warning' || d.code === 'unused-type-mapping')).toEqual([]);
  const types = r.files.find((f) => f.path === 'types.ts')!.contents;
  expect(types).toMatch(/^ {4}Since: Date;\n {4}Unused: Date;\n {4}Price: Money;$/m);
  expect(types).toMatch(/^ {4}Stamp: Date;$/m);
  expect(types).toContain('import type { Money } from');
});

describe('mistakes in the mapping options are diagnostics; nothing is generated', () => {
  const input = 'test/type-mappings/openapi.json';
  const messages = async (options: Partial<GenerateOptions>) => {
    const r = await generate({ input, cwd: root, ...options });
    expect(r.files).toEqual([]);
    return r.diagnostics.map((d) => `${d.code} ${d.message}`);
  };

  it('from the API', async () => {
    expect(await messages({ typeMappings: [{ format: 'decimal', type: './money.js' }] })).toEqual([
      'invalid-option typeMappings/0/type is "./money.js", not "specifier#Export"',
      'invalid-option typeMappings/0 (format: decimal) names no zod schema, which zod.ts needs to decode the values it maps',
    ]);
    expect(await messages({ typeMappings: [{ type: './m.js#M', zod: './m.js#S' }] })).toEqual([
      'invalid-option typeMappings/0 matches nothing: it names neither a format nor an x- keyword',
    ]);
    expect(await messages({ dates: 'Date', typeMappings: [{ format: 'date', type: './m.js#M', zod: './m.js#S' }] })).toEqual([
      'invalid-option typeMappings/0 maps format: date, which the dates option maps already',
    ]);
    expect(await messages({ typeMappings: [{ format: 'decimal', type: './m.js#M' }] })).toEqual([
      'invalid-option typeMappings/0 (format: decimal) names no zod schema, which zod.ts needs to decode the values it maps',
    ]);
    expect(await messages({ int64: 'long' as never })).toEqual(['invalid-option int64 is "long", not one of number, bigint, string']);
    expect(await messages({ targets: ['ts', 'zod', 'zod-mini'], typeMappings: [{ format: 'decimal', type: './m.js#M' }] })).toEqual([
      'invalid-option typeMappings/0 (format: decimal) names no zod schema, which zod.ts and zod.mini.ts need to decode the values it maps',
    ]);
  });

  it('from a config: located at the key, line and column', async () => {
    const dir = scratchProject('type-mappings-config');
    try {
      writeFileSync(path.join(dir, 'api.json'), readFileSync(path.join(inputs, 'openapi.json')));
      const config = {
        documents: [{ input: 'api.json', typeMappings: [{ 'x-kind': 'user-id', format: 'decimal', type: 'money#not an identifier' }] }],
      };
      writeFileSync(path.join(dir, 'structgen.config.json'), JSON.stringify(config, null, 2));
      const r = await run(['generate', '--reporter', 'json'], dir);
      expect(r.code).toBe(1);
      const found = (JSON.parse(r.stdout) as { code: string; pointer: string; line?: number; message: string }[]).map((d) => [
        d.code,
        d.pointer,
        d.line,
        d.message,
      ]);
      expect(found).toEqual([
        [
          'invalid-config',
          '/documents/0/typeMappings/0',
          6,
          'documents/0: typeMappings/0 matches on x-kind and format: a mapping matches on one of them',
        ],
        [
          'invalid-config',
          '/documents/0/typeMappings/0/type',
          9,
          'documents/0: typeMappings/0/type is "money#not an identifier", not "specifier#Export"',
        ],
        [
          'invalid-config',
          '/documents/0/typeMappings/0',
          6,
          'documents/0: typeMappings/0 names no zod schema, which zod.ts needs to decode the values it maps',
        ],
      ]);
      // An output file holds types.ts alone: a mapping without zod is fine there.
      const typesOnly = {
        documents: [{ input: 'api.json', out: 'gen/types.ts', typeMappings: [{ format: 'decimal', type: './m.js#M' }] }],
      };
      writeFileSync(path.join(dir, 'structgen.config.json'), JSON.stringify(typesOnly, null, 2));
      const file = await run(['generate'], dir);
      expect([file.code, file.stdout]).toEqual([
        0,
        'structgen: wrote gen/types.ts.\nstructgen: 1 document: 1 file written, 0 unchanged.\n',
      ]);
      // A key a mapping does not take: the hint lists what a mapping takes.
      const typo = { documents: [{ input: 'api.json', typeMappings: [{ format: 'decimal', type: './m.js#M', zdo: './m.js#S' }] }] };
      writeFileSync(path.join(dir, 'structgen.config.json'), JSON.stringify(typo, null, 2));
      const t = await run(['generate', '--reporter', 'json'], dir);
      expect(t.code).toBe(1);
      expect((JSON.parse(t.stdout) as { message: string; hint: string; line: number }[]).map((d) => [d.line, d.message, d.hint])).toEqual([
        [
          9,
          'unknown key "zdo" in /documents/0/typeMappings/0; did you mean "zod"?',
          '/documents/0/typeMappings/0 takes: format, type, zod, x- keywords',
        ],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('from the command line: a --type-mapping that is not key=value pairs', async () => {
    mkdirSync(path.join(root, 'test/.tmp'), { recursive: true });
    const r = await run(['generate', input, '--type-mapping', 'decimal', '-o', 'test/.tmp/type-mappings/cli'], root);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/expected key=value pairs separated by commas/);
  });

  it('from the command line: shown at the input the options were given for, with how to add zod there', async () => {
    const out = 'test/.tmp/type-mappings/cli-zod';
    const r = await run(['generate', input, '--type-mapping', 'format=decimal,type=./m.js#M', '-o', out], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${input} error invalid-option  typeMappings/0 (format: decimal) names no zod schema, which zod.ts needs to decode the values it maps\n  hint: add zod=specifier#Export to the --type-mapping`,
    );
    const typo = await run(['generate', input, '--targets', 'ts', '--type-mapping', 'format=decimel,type=./m.js#M', '-o', out], root);
    expect(typo.code).toBe(0);
    expect(typo.stderr).toContain(`${input} warning unused-type-mapping  typeMappings/0 (format: decimel) maps nothing`);
  });
});
