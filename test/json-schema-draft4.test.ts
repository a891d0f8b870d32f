/**
 * JSON Schema draft 4 and 6 as dialects of their own (docs/json-schema-dialects.md): draft 4's `id` sets
 * the base URI (a document that `$ref`s itself by its own id is read, as SchemaStore's ninjs and tsoa
 * schemas do), boolean exclusive bounds, and keywords a draft lacks are named and ignored.
 */
import { describe, expect, it } from 'vitest';
import { generate, type JsonSchemaDialect } from '../src/index.js';
import { compileJsonSchema, root } from './support.js';

async function validator(document: unknown, dialect?: JsonSchemaDialect) {
  const result = await generate({
    input: { document, name: 'schema.json' },
    cwd: root,
    targets: ['json-schema'],
    ...(dialect ? { dialect } : {}),
  });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { validate: compileJsonSchema(JSON.parse(result.files[0]!.contents) as object), diagnostics: result.diagnostics };
}

describe('draft 4', () => {
  it('resolves a $ref by the document’s own id', async () => {
    const { validate } = await validator({
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'http://example.com/ninjs.json',
      type: 'object',
      properties: { uri: { $ref: 'http://example.com/ninjs.json#/definitions/uri' }, n: { $ref: '#count' } },
      definitions: { uri: { type: 'string', minLength: 3 }, count: { id: '#count', type: 'integer' } },
    });
    expect([validate({ uri: 'abc', n: 1 }), validate({ uri: 'a' }), validate({ n: 1.5 })]).toEqual([true, false, false]);
  });

  it('reads boolean exclusiveMinimum/exclusiveMaximum beside minimum/maximum', async () => {
    const { validate } = await validator({
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 10,
      exclusiveMaximum: false,
    });
    expect([0, 0.1, 10, 10.1].map(validate)).toEqual([false, true, true, false]);
  });

  it('names keywords draft 4 lacks and ignores them', async () => {
    const { validate, diagnostics } = await validator({ type: 'string', const: 'a' }, 'draft-04');
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([['unsupported-keyword', '/const']]);
    expect(validate('b')).toBe(true);
  });
});

describe('draft 6', () => {
  it('is named by its $schema and has const and numeric exclusive bounds', async () => {
    const { validate, diagnostics } = await validator({
      $schema: 'http://json-schema.org/draft-06/schema#',
      type: 'object',
      properties: { a: { const: 1 }, b: { exclusiveMinimum: 2 } },
      if: { required: ['a'] },
    });
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([['unsupported-keyword', '/if']]);
    expect([validate({ a: 1, b: 3 }), validate({ a: 2 }), validate({ b: 2 })]).toEqual([true, false, false]);
  });
});
