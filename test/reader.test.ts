/** The flat reader alone: the Model it builds (dumped and compared) and the diagnostics it reports. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, readDocument } from '../src/read/index.js';
import type { Diagnostic } from '../src/index.js';
import { root } from './support.js';

async function read(document: unknown) {
  const loaded = await loadDocument(
    { document: typeof document === 'string' ? document : JSON.stringify(document, null, 2), name: 'doc.json' },
    root,
  );
  if (!loaded.ok) return { model: undefined, diagnostics: loaded.diagnostics };
  return readDocument(loaded.document, { cwd: root });
}

const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.severity} ${d.code} ${d.pointer ?? ''}`);
const flat = (fields: unknown[], extra: Record<string, unknown> = {}) => ({
  jsonStructure: '0.1',
  name: 'doc',
  entity: 'Doc',
  fields,
  ...extra,
});

describe('readFlatStructure', () => {
  it('reads schemas/letta-job.json into the model on file', async () => {
    const loaded = await loadDocument('schemas/letta-job.json', root);
    if (!loaded.ok) throw new Error('default input does not load');
    const { model, diagnostics } = await readDocument(loaded.document, { cwd: root });
    expect(codes(diagnostics)).toEqual(['warning lossy-field /fields']);
    await expect(JSON.stringify(model, null, 2) + '\n').toMatchFileSnapshot(path.join(root, 'test/snapshots/letta-job.model.json'));
  });

  it('maps every field type', async () => {
    const types = [
      'string',
      'integer',
      'number',
      'boolean',
      'object',
      'array<string>',
      'array<integer>',
      'array<number>',
      'array<boolean>',
      'array<object>',
    ];
    const { model } = await read(flat(types.map((type, i) => ({ name: `f${i}`, type }))));
    const root = model!.definitions[0]!.type;
    expect(root.kind === 'object' && root.properties.map((p) => p.type)).toEqual([
      { kind: 'string' },
      { kind: 'number', numberKind: 'integer' },
      { kind: 'number', numberKind: 'number' },
      { kind: 'boolean' },
      { kind: 'any' },
      { kind: 'array', items: { kind: 'string' } },
      { kind: 'array', items: { kind: 'number', numberKind: 'integer' } },
      { kind: 'array', items: { kind: 'number', numberKind: 'number' } },
      { kind: 'array', items: { kind: 'boolean' } },
      { kind: 'array', items: { kind: 'any' } },
    ]);
  });

  it('names enums after entity and field, without repeating the entity', async () => {
    const { model } = await read(
      flat([
        { name: 'status', type: 'string', enum: ['a'] },
        { name: 'doc_type', type: 'string', enum: ['b'] },
        { name: 'Status', type: 'string', enum: ['c'] },
      ]),
    );
    expect(model!.definitions.map((d) => d.name)).toEqual(['Doc', 'DocStatus', 'DocType', 'DocStatus2']);
  });

  it('keeps going after a defect and reports each one with its pointer', async () => {
    const { diagnostics } = await read(
      flat(
        [
          { name: 'a', type: 'string', enum: ['x', 'x'] },
          { name: 'a', type: 'string' },
          { name: 'n', type: 'integer', format: 'date-time' },
          { name: 'e', type: 'boolean', enum: ['true'] },
          { name: 'r', type: 'string', requird: true },
        ],
        { fieldCount: 4, requiredCount: 1, extra: 1 },
      ),
    );
    expect(codes(diagnostics)).toEqual([
      'warning unknown-key /extra',
      'warning duplicate-enum-value /fields/0/enum',
      'error duplicate-field /fields/1/name',
      'warning format-on-non-string /fields/2/format',
      'error enum-on-non-string /fields/3/enum',
      'warning unknown-key /fields/4/requird',
      'warning count-mismatch /fieldCount',
      'warning count-mismatch /requiredCount',
    ]);
    expect(diagnostics.find((d) => d.code === 'duplicate-field')).toMatchObject({ file: 'doc.json', line: 15, column: 7 });
  });

  it('locates JSON syntax errors by line and column', async () => {
    const { diagnostics } = await read('{\n  "a": 1,\n  "b": tru\n}');
    expect(diagnostics).toMatchObject([{ code: 'invalid-json', file: 'doc.json', line: 3, column: 8 }]);
  });

  it('reports schema violations with their pointer and position', async () => {
    const { diagnostics } = await read(
      flat(
        [
          { name: 'a', type: 'list' },
          { name: '', type: 'string' },
        ],
        { jsonStructure: '0.2' },
      ),
    );
    expect(codes(diagnostics)).toEqual([
      'error flat-schema-violation /jsonStructure',
      'error unknown-field-type /fields/0/type',
      'error flat-schema-violation /fields/1/name',
    ]);
    expect(diagnostics[1]!.hint).toContain('array<object>');
    expect(diagnostics[1]).toMatchObject({ line: 8, column: 7 });
  });

  it('treats a document without fields as an error, an empty field list as fine', async () => {
    expect(codes((await read({ jsonStructure: '0.1', name: 'doc', entity: 'Doc' })).diagnostics)).toEqual(['error flat-schema-violation ']);
    expect(codes((await read(flat([]))).diagnostics)).toEqual([]);
  });

  it('reads __proto__ and other hostile names as data', async () => {
    const { model } = await read(
      JSON.parse(
        '{"jsonStructure":"0.1","name":"doc","entity":"__proto__","fields":[{"name":"__proto__","type":"string"},{"name":"constructor","type":"integer"}]}',
      ),
    );
    const def = model!.definitions[0]!;
    expect(def.name).toBe('__proto__');
    expect(def.type.kind === 'object' && def.type.properties.map((p) => p.name)).toEqual(['__proto__', 'constructor']);
  });
});
