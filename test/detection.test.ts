/**
 * Format detection reads a document's structure, never its data: `examples`, `default`, `const` and
 * `enum` hold values, and a `"type": "float"` among them says nothing about the format (SchemaStore's
 * venvironment schemas were taken for JSON Structure). A document that is only a `$ref` is JSON Schema,
 * read by what the ref names: local refs are followed, remote ones refused as everywhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { compileJsonSchema, root } from './support.js';

async function formatOf(document: unknown): Promise<string | undefined> {
  const loaded = await loadDocument({ document, name: 'doc.json' }, root);
  if (!loaded.ok) throw new Error('does not load');
  const read = await readDocument(loaded.document, { cwd: root });
  return read.model?.documents[0]?.format ?? read.diagnostics[0]?.code;
}

describe('detection', () => {
  it.each(['examples', 'default', 'const', 'enum'])('does not read inside %s', async (keyword) => {
    const value = { type: 'float', precision: 2 };
    const data = keyword === 'examples' || keyword === 'enum' ? [value] : value;
    expect(
      await formatOf({
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        properties: { setting: { type: 'object', [keyword]: data } },
      }),
    ).toBe('json-schema');
  });

  it('still finds JSON Structure’s own type names where a type is written', async () => {
    expect(
      await formatOf({
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        properties: { n: { type: ['int32', 'null'] } },
      }),
    ).toBe('json-structure');
  });

  it('reads a document that is a $ref and definitions as JSON Schema (not JSON Structure’s definitions)', async () => {
    const result = await generate({
      input: {
        document: {
          $ref: '#/definitions/Config',
          definitions: { Config: { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } } },
        },
        name: 'config.json',
      },
      cwd: root,
      targets: ['json-schema'],
    });
    expect(result.diagnostics).toEqual([]);
    const validate = compileJsonSchema(JSON.parse(result.files[0]!.contents) as object);
    expect([validate({ a: 1 }), validate({})]).toEqual([true, false]);
  });

  it('follows a root $ref to a local file, and refuses a remote one with ref-refused', async () => {
    const dir = path.join(root, 'test/.tmp/detection');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'base.json'), JSON.stringify({ type: 'string', minLength: 2 }));
    writeFileSync(path.join(dir, 'alias.json'), JSON.stringify({ $ref: 'base.json' }));
    writeFileSync(path.join(dir, 'remote.json'), JSON.stringify({ $ref: 'https://json.schemastore.org/base.json' }));
    const local = await generate({ input: path.join(dir, 'alias.json'), cwd: root, targets: ['json-schema'] });
    expect(local.diagnostics).toEqual([]);
    const validate = compileJsonSchema(JSON.parse(local.files[0]!.contents) as object);
    expect([validate('ab'), validate('a')]).toEqual([true, false]);
    const remote = await generate({ input: path.join(dir, 'remote.json'), cwd: root, targets: ['json-schema'] });
    expect(remote.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['ref-refused', '/$ref']]);
  });
});
