/**
 * schema.json's meta-schema check (src/emit/json-schema/meta-schema.ts) against Ajv, as the oracle,
 * compiling the 2020-12 meta-schema's seven vocabularies merged into one schema with plain `$ref`s (so
 * every nested schema is checked against every vocabulary): the same verdict on every schema of the
 * JSON Schema Test Suite (drafts 2020-12, 2019-09 and 7) and on seeded variants with a keyword given a wrong value.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { metaSchemaProblem } from '../src/emit/json-schema/meta-schema.js';
import { random, sharedData, sharedDataMissing } from './support.js';

const require = createRequire(import.meta.url);
const vocabularies = ['core', 'applicator', 'unevaluated', 'validation', 'meta-data', 'format-annotation', 'content'].map(
  (name) => require(`ajv/dist/refs/json-schema-2020-12/meta/${name}.json`) as { properties: object; $defs?: object },
);
const root = require('ajv/dist/refs/json-schema-2020-12/schema.json') as { properties: object };

/** The meta-schema's constraints as one schema: `$dynamicRef: "#meta"` is `$ref: "#"`, the vocabularies' `$defs` are local. */
const merged = JSON.parse(
  JSON.stringify({
    type: ['object', 'boolean'],
    properties: Object.assign({}, ...vocabularies.map((v) => v.properties), root.properties),
    $defs: Object.assign({}, ...vocabularies.map((v) => v.$defs ?? {})),
  })
    .replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#"}')
    .replaceAll('"meta/validation#/$defs/', '"#/$defs/')
    .replaceAll('"meta/core#/$defs/', '"#/$defs/'),
) as object;
const oracle = new Ajv2020({ strict: false, validateFormats: false }).compile(merged);

function suiteSchemas(): unknown[] {
  const suite = path.join(sharedData, 'json-schema-test-suite');
  const files = (d: string): string[] =>
    readdirSync(d).flatMap((f) =>
      statSync(path.join(d, f)).isDirectory() ? files(path.join(d, f)) : f.endsWith('.json') ? [path.join(d, f)] : [],
    );
  // Every draft's schemas: the older ones bring `definitions`, `dependencies` and other shapes 2020-12 still constrains.
  return ['draft2020-12', 'draft2019-09', 'draft7']
    .flatMap((d) => files(path.join(suite, d)))
    .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { schema: unknown }[]).map((c) => c.schema));
}

const keywordsOf = (m: object) => Object.keys(m);
const constrained = [...new Set([...vocabularies.flatMap((v) => keywordsOf(v.properties)), ...keywordsOf(root.properties)])];
const wrongValues: unknown[] = [
  -1,
  0,
  1.5,
  'x',
  'not an anchor!',
  '#frag',
  [],
  ['a', 'a'],
  ['string', 'string'],
  ['a'],
  [1],
  {},
  { a: 1 },
  { a: ['b'] },
  null,
  true,
  'integer',
  ['null', 'string'],
];

/** Every object (sub)schema position in a schema, found by walking all of it. */
function objectsIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (typeof value !== 'object' || value === null) return out;
  if (!Array.isArray(value)) out.push(value as Record<string, unknown>);
  for (const child of Object.values(value)) objectsIn(child, out);
  return out;
}

const verdict = (schema: unknown) => ({ ours: metaSchemaProblem(schema) === undefined, ajv: oracle(schema) });

const skip = sharedDataMissing('meta-schema.test.ts: the JSON Schema Test Suite and its variants');

describe('the meta-schema check', () => {
  const schemas = skip ? [] : suiteSchemas();

  it.skipIf(skip !== undefined)('agrees with Ajv on every schema of the JSON Schema Test Suite', () => {
    expect(schemas.length).toBeGreaterThan(1200);
    let invalid = 0;
    for (const schema of schemas) {
      const v = verdict(schema);
      if (!v.ajv) invalid++;
      expect({ schema, ...v }).toEqual({ schema, ours: v.ajv, ajv: v.ajv });
    }
    // The suite holds a few schemas the meta-schema rejects on purpose.
    expect(invalid).toBeLessThan(schemas.length / 10);
  });

  it.skipIf(skip !== undefined)('agrees with Ajv on 20,000 variants with one keyword set to a wrong (or right) value', () => {
    const next = random(2026);
    let rejected = 0;
    for (let n = 0; n < 20_000; n++) {
      const schema = structuredClone(schemas[Math.floor(next() * schemas.length)]);
      const places = objectsIn(schema);
      if (places.length === 0) continue;
      const place = places[Math.floor(next() * places.length)]!;
      const keyword = constrained[Math.floor(next() * constrained.length)]!;
      place[keyword] = structuredClone(wrongValues[Math.floor(next() * wrongValues.length)]);
      const v = verdict(schema);
      if (!v.ajv) rejected++;
      expect({ schema, ...v }).toEqual({ schema, ours: v.ajv, ajv: v.ajv });
    }
    expect(rejected).toBeGreaterThan(5000);
  });

  it('says where and what', () => {
    expect(metaSchemaProblem({ $defs: { A: { properties: { a: { type: 'text' } } } } })).toEqual({
      pointer: '/$defs/A/properties/a/type',
      message: 'must be a JSON Schema type name',
    });
    expect(metaSchemaProblem({ anyOf: [] })).toEqual({ pointer: '/anyOf', message: 'must have at least 1 item' });
    expect(metaSchemaProblem({ required: ['a/b', 'a/b'] })?.pointer).toBe('/required');
  });

  it("judges each $ref with the caller's check, in schema places only", () => {
    const known = (ref: string) => (ref === '#/$defs/A' ? undefined : 'names no definition');
    const schema = {
      $defs: { A: { type: 'string' }, B: { properties: { x: { $ref: '#/$defs/A' }, y: { items: { $ref: '#/$defs/C' } } } } },
    };
    expect(metaSchemaProblem(schema, known)).toEqual({ pointer: '/$defs/B/properties/y/items/$ref', message: 'names no definition' });
    expect(metaSchemaProblem(schema)).toBeUndefined();
    // Data is not a schema: a `$ref` key under `const` or an annotation is not a reference.
    expect(metaSchemaProblem({ const: { $ref: '#/nowhere' }, 'x-note': { $ref: '#/nowhere' } }, known)).toBeUndefined();
  });
});
