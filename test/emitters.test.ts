/** Emitters alone, on Models built by hand: given a node, want this text in each target. */
import { describe, expect, it } from 'vitest';
import type { TypeNode } from '../src/model/index.js';
import { typeText } from '../src/emit/typescript/emit-typescript.js';
import { zodExpression } from '../src/emit/zod/expression.js';
import { sourceText } from '../src/layout/js.js';
import type { HelperName } from '../src/emit/zod/helpers.js';
import type { BuilderName } from '../src/emit/zod/builders.js';
import { schemaOf, refTo } from '../src/emit/json-schema/emit-json-schema.js';

const nameOf = (name: string) => `T_${name}`;
const zodCtx = () => ({
  schemaNameOf: (name: string) => `${name}Schema`,
  definitionOf: () => undefined,
  declared: new Set(['Pet']),
  helpers: new Set<HelperName>(),
  builders: new Set<BuilderName>(),
  keywordObjects: new Map(),
  unevaluatedKeys: new Map(),
});
const str: TypeNode = { kind: 'string' };
const int: TypeNode = { kind: 'number', numberKind: 'integer' };

const table: { given: TypeNode; ts: string; zod: string; json: unknown }[] = [
  { given: str, ts: 'string', zod: 'string()', json: { type: 'string' } },
  {
    given: { kind: 'string', format: 'date-time', checks: { minLength: 1, pattern: '^a/b' } },
    ts: 'string',
    zod: 'meta(formatted("date-time", isDateTime).refine(minLength(1), "Too short").regex(pattern("^a/b")), { minLength: 1 })',
    json: { type: 'string', format: 'date-time', minLength: 1, pattern: '^a/b' },
  },
  { given: int, ts: 'number', zod: 'integer()', json: { type: 'integer' } },
  {
    given: { kind: 'number', numberKind: 'number', checks: { minimum: 0, exclusiveMaximum: 1, multipleOf: 0.5 } },
    ts: 'number',
    zod: 'meta(number().gte(0).lt(1).refine(multipleOf(0.5), "Expected a multiple of 0.5"), { multipleOf: 0.5 })',
    json: { type: 'number', minimum: 0, exclusiveMaximum: 1, multipleOf: 0.5 },
  },
  { given: { kind: 'any' }, ts: 'unknown', zod: 'unknown()', json: {} },
  { given: { kind: 'never' }, ts: 'never', zod: 'never()', json: false },
  { given: { kind: 'null' }, ts: 'null', zod: '_null()', json: { type: 'null' } },
  { given: { kind: 'literal', value: '' }, ts: '""', zod: 'literal("")', json: { const: '' } },
  { given: { kind: 'literal', value: 0 }, ts: '0', zod: 'literal(0)', json: { const: 0 } },
  { given: { kind: 'literal', value: false }, ts: 'false', zod: 'literal(false)', json: { const: false } },
  { given: { kind: 'literal', value: null }, ts: 'null', zod: '_null()', json: { const: null } },
  {
    given: { kind: 'enum', members: [{ value: 'a' }, { value: '*/' }] },
    ts: '"a" | "*/"',
    zod: '_enum(["a", "*/"])',
    json: { type: 'string', enum: ['a', '*/'] },
  },
  {
    given: { kind: 'enum', members: [{ value: 1 }, { value: 'one' }, { value: null }] },
    ts: '1 | "one" | null',
    zod: 'union([literal(1), literal("one"), _null()])',
    json: { enum: [1, 'one', null] },
  },
  {
    given: { kind: 'nullable', inner: str },
    ts: 'string | null',
    zod: 'string().nullable()',
    json: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  },
  {
    given: { kind: 'array', items: { kind: 'nullable', inner: { kind: 'ref', target: 'Pet' } }, checks: { minItems: 1 } },
    ts: '(T_Pet | null)[]',
    zod: 'array(PetSchema.nullable()).min(1)',
    json: { type: 'array', items: { anyOf: [{ $ref: '#/$defs/Pet' }, { type: 'null' }] }, minItems: 1 },
  },
  {
    given: { kind: 'union', variants: [str, int] },
    ts: 'string | number',
    zod: 'union([string(), integer()])',
    json: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
  },
  {
    given: { kind: 'object', properties: [{ name: 'a-b', type: str, required: true, docs: {} }], additional: { mode: 'forbid' } },
    ts: '{\n"a-b": string;\n}',
    zod: 'strictObject({\n"a-b": string(),\n})',
    json: { type: 'object', properties: { 'a-b': { type: 'string' } }, required: ['a-b'], additionalProperties: false },
  },
  {
    given: { kind: 'object', properties: [{ name: 'n', type: int, required: false, docs: {} }], additional: { mode: 'schema', type: str } },
    ts: '{\nn?: number;\n[key: string]: string | number | undefined;\n}',
    // catchall skips an undeclared __proto__, so extra keys are also checked on the raw input.
    zod: 'objectKeys({ named: ["n"], rest: string() }, object({\nn: integer().exactOptional(),\n}).catchall(union([string(), integer(), _undefined()])))',
    json: { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: { type: 'string' } },
  },
  {
    given: { kind: 'object', properties: [], additional: { mode: 'allow', explicit: true } },
    ts: '{\n[key: string]: unknown;\n}',
    zod: 'looseObject({})',
    json: { type: 'object', additionalProperties: true },
  },
  // Without properties, `{}` would mean "any non-null value" to TypeScript: the keys are stated instead.
  {
    given: { kind: 'object', properties: [], additional: { mode: 'allow', explicit: false } },
    ts: '{\n[key: string]: unknown;\n}',
    zod: 'looseObject({})',
    json: { type: 'object' },
  },
  {
    given: { kind: 'object', properties: [], additional: { mode: 'forbid' } },
    ts: '{\n[key: string]: never;\n}',
    zod: 'strictObject({})',
    json: { type: 'object', additionalProperties: false },
  },
];

describe.each(table)('$ts', ({ given, ts, zod, json }) => {
  it('TypeScript', () => expect(typeText(given, nameOf)).toBe(ts));
  it('Zod', () => expect(sourceText(zodExpression(given, zodCtx()))).toBe(zod));
  it('JSON Schema', () => expect(schemaOf(given)).toEqual(json));
});

describe('refTo', () => {
  it('escapes names as JSON pointer and URI fragment', () => {
    expect(refTo('Job')).toBe('#/$defs/Job');
    expect(refTo('a/b~c')).toBe('#/$defs/a~1b~0c');
    expect(refTo('CompactionSettings-Input')).toBe('#/$defs/CompactionSettings-Input');
    expect(refTo('has space%')).toBe('#/$defs/has%20space%25');
  });
});

describe('objects with inherited member names', () => {
  const node: TypeNode = {
    kind: 'object',
    properties: [
      { name: '__proto__', type: str, required: false, docs: {} },
      { name: 'constructor', type: str, required: false, docs: {} },
    ],
    additional: { mode: 'allow', explicit: false },
  };
  it('Zod reads own keys only, checks __proto__ on the raw input and keeps it in the result', () => {
    const ctx = zodCtx();
    expect(sourceText(zodExpression(node, ctx))).toBe(
      'withOwnProto(objectKeys({ named: ["__proto__", "constructor"], own: [["__proto__", string(), false]] }, ownProperties(openObject({\nconstructor: string().exactOptional(),\n}))))',
    );
    expect([...ctx.helpers]).toEqual(['openObject', 'ownPropertiesOnly', 'objectKeys', 'withOwnProto']);
  });
  it('JSON Schema lists them as exact patternProperties', () => {
    expect(schemaOf(node)).toMatchObject({ patternProperties: { '^__proto__$': { type: 'string' }, '^constructor$': { type: 'string' } } });
  });
});
