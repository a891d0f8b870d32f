/**
 * JSON Schema dialects: detected from `$schema` (per resource), 2020-12 without one, replaced by the
 * `dialect` option; the rules that differ (draft-07 `$ref` siblings and `$id` anchors, keywords a draft
 * does not have, unknown words), and verdicts of the generated validators where the drafts disagree.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles, type JsonSchemaDialect } from '../src/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { root, type ZodModule } from './support.js';

async function read(document: unknown, dialect?: JsonSchemaDialect) {
  const loaded = await loadDocument({ document, name: 'schema.json' }, root);
  if (!loaded.ok) throw new Error('does not load');
  return readDocument(loaded.document, { cwd: root, format: 'json-schema', ...(dialect ? { dialect } : {}) });
}

const warnings = (ds: { code: string; pointer?: string }[]) => ds.map((d) => `${d.code} ${d.pointer ?? ''}`);

let scratchCount = 0;
/** The generated Zod validator of the document's root, as a function from data to a verdict. */
async function zodOf(document: unknown, dialect?: JsonSchemaDialect): Promise<(data: unknown) => boolean> {
  const result = await generate({
    input: { document, name: 'schema.json' },
    format: 'json-schema',
    targets: ['ts', 'zod'],
    cwd: root,
    ...(dialect ? { dialect } : {}),
  });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const dir = path.join(root, 'test/.tmp/json-schema-dialects', `d${scratchCount++}`);
  await writeFiles(dir, result.files);
  const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as ZodModule;
  const schema = zod[result.entryPoints![0]!.zodSchema]!;
  return (data) => schema.safeParse(data).success;
}

const refWithSibling = {
  $defs: { Short: { type: 'string', maxLength: 3 } },
  properties: { name: { $ref: '#/$defs/Short', minLength: 2 } },
};

describe('JSON Schema dialects', () => {
  it('draft-07 (from $schema) ignores keywords beside $ref and says so; 2020-12 applies them', async () => {
    const draft7 = await read({ $schema: 'http://json-schema.org/draft-07/schema#', ...refWithSibling });
    expect(warnings(draft7.diagnostics)).toEqual(['ref-siblings-ignored /properties/name']);
    const modern = await read({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...refWithSibling });
    expect(warnings(modern.diagnostics)).toEqual([]);
    expect(await (await zodOf({ $schema: 'http://json-schema.org/draft-07/schema#', ...refWithSibling }))({ name: 'a' })).toBe(true);
    expect(await (await zodOf(refWithSibling))({ name: 'a' })).toBe(false);
  });

  it('the dialect option replaces the document’s own $schema', async () => {
    const forced = await read({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...refWithSibling }, 'draft-07');
    expect(warnings(forced.diagnostics)).toEqual(['ref-siblings-ignored /properties/name']);
    expect((await read(refWithSibling, 'draft-07')).diagnostics.map((d) => d.code)).toEqual(['ref-siblings-ignored']);
  });

  it('draft-07 "$id": "#name" is an anchor, and dependencies hold both forms', async () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      properties: { code: { $ref: '#code' } },
      dependencies: { a: ['b'], c: { required: ['d'] } },
      definitions: { Code: { $id: '#code', type: 'integer' } },
    };
    const valid = await zodOf(schema);
    expect(valid({ code: 1 })).toBe(true);
    expect(valid({ code: 'x' })).toBe(false);
    expect(valid({ a: 1 })).toBe(false);
    expect(valid({ a: 1, b: 1 })).toBe(true);
    expect(valid({ c: 1 })).toBe(false);
    expect(valid({ c: 1, d: 1 })).toBe(true);
  });

  it('a keyword the draft does not have is ignored with unsupported-keyword, as is a word no draft has', async () => {
    const { diagnostics } = await read({
      $schema: 'https://json-schema.org/draft/2019-09/schema',
      type: 'array',
      prefixItems: [{ type: 'string' }],
      colour: 'red',
    });
    expect(warnings(diagnostics).sort()).toEqual(['unsupported-keyword /colour', 'unsupported-keyword /prefixItems']);
    const valid = await zodOf({
      $schema: 'https://json-schema.org/draft/2019-09/schema',
      type: 'array',
      prefixItems: [{ type: 'string' }],
    });
    expect(valid([1])).toBe(true);
  });

  it('an $id inside an unknown keyword is not an identifier', async () => {
    // The unknown keyword comes last in the walk of the whole document, so it would win were it searched.
    const schema = {
      'x-data': { $id: 'https://example.com/thing', type: 'integer' },
      $defs: { real: { $id: 'https://example.com/thing', type: 'string' } },
      $ref: 'https://example.com/thing',
    };
    const valid = await zodOf(schema);
    expect(valid('text')).toBe(true);
    expect(valid(1)).toBe(false);
  });

  it('unevaluatedProperties: false without type rejects what nothing evaluates', async () => {
    expect(await (await zodOf({ unevaluatedProperties: false }))({ foo: 'foo' })).toBe(false);
    const withAllOf = await zodOf({ allOf: [{ properties: { foo: {} } }], unevaluatedProperties: false });
    expect(withAllOf({ foo: 1 })).toBe(true);
    expect(withAllOf({ foo: 1, bar: 2 })).toBe(false);
  });
});
