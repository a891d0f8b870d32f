/**
 * All 14 flat documents of the Letta catalog generate, type-check and validate. Payloads are built from
 * each summary the way the real API fills them: strings, nulls, numbers and objects in the fields the
 * summary lost, so a validator that rejects them would reject real data.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, writeFiles, type GenerateResult } from '../src/index.js';
import { compileJsonSchema, root, sharedData, sharedDataMissing, typecheck, type ZodModule } from './support.js';

const skip = sharedDataMissing('catalog.test.ts: the 14 Letta catalog documents');
const catalogDir = path.join(sharedData, 'letta-catalog');
const documents = skip
  ? []
  : readdirSync(catalogDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
const scratch = path.join(root, 'test/.tmp/catalog');

interface FlatField {
  name: string;
  type: string;
  required: boolean;
  enum: string[] | null;
  format: string | null;
}

const lossyValues: unknown[] = [null, 'agent-1234', 42, { nested: [1, 'two'] }, ['x'], true];

function sampleValue(field: FlatField, i: number): unknown {
  if (field.enum) return field.enum[i % field.enum.length];
  switch (field.type) {
    case 'string':
      return field.format === 'date-time' ? '2025-06-12T09:41:07.512813+00:00' : `value-${i}`;
    case 'integer':
      return 100000 + i;
    case 'number':
      return 0.7;
    case 'boolean':
      return i % 2 === 0;
    case 'object':
      return lossyValues[i % lossyValues.length];
    case 'array<string>':
      return ['a', 'b'];
    case 'array<object>':
      return [{ id: 'x' }, null, 'y'];
    default:
      return [1, 2];
  }
}

describe.skipIf(skip !== undefined)('the Letta catalog', () => {
  const results = new Map<string, GenerateResult>();

  beforeAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    for (const file of documents) {
      const result = await generate({ input: path.join(catalogDir, file), cwd: root });
      results.set(file, result);
      if (result.name) await writeFiles(path.join(scratch, result.name), result.files);
    }
  }, 120_000);

  it('has 14 documents', () => expect(documents).toHaveLength(14));

  it.each(documents)('%s generates with no error and at most the lossy warning', (file) => {
    const result = results.get(file)!;
    expect(result.diagnostics.filter((d) => d.code !== 'lossy-field')).toEqual([]);
    expect(result.files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'docs-index.json',
      'llms.txt',
      'schema.json',
      'types.ts',
      'zod.ts',
    ]);
  });

  it('type-checks under --strict', async () => {
    const files = [...results.values()].flatMap((r) => ['types.ts', 'zod.ts'].map((f) => path.join(scratch, r.name!, f)));
    expect(files).toHaveLength(28);
    expect(await typecheck(files)).toEqual([]);
  }, 120_000);

  it.each(documents)('%s validates API-like payloads in Zod and Ajv', async (file) => {
    const { readFileSync } = await import('node:fs');
    const doc = JSON.parse(readFileSync(path.join(catalogDir, file), 'utf8')) as { name: string; entity: string; fields: FlatField[] };
    const result = results.get(file)!;
    const zod = (await import(pathToFileURL(path.join(scratch, result.name!, 'zod.ts')).href)) as ZodModule;
    const schemaName = Object.keys(zod).find((k) => k.endsWith('Schema') && k.toLowerCase() === `${doc.entity.toLowerCase()}schema`)!;
    const ajv = compileJsonSchema(JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as object);
    const verdict = (data: unknown) => ({ zod: zod[schemaName]!.safeParse(data).success, ajv: ajv(data) });

    for (let shift = 0; shift < lossyValues.length; shift++) {
      const full = Object.fromEntries(doc.fields.map((f, i) => [f.name, sampleValue(f, i + shift)]));
      expect(verdict(full)).toEqual({ zod: true, ajv: true });
      const requiredOnly = Object.fromEntries(doc.fields.filter((f) => f.required).map((f, i) => [f.name, sampleValue(f, i + shift)]));
      expect(verdict(requiredOnly)).toEqual({ zod: true, ajv: true });
    }
    const required = doc.fields.filter((f) => f.required);
    if (required.length > 0) expect(verdict({})).toEqual({ zod: false, ajv: false });
    const typed = doc.fields.find((f) => f.type === 'string' || f.type === 'boolean' || f.type === 'integer');
    if (typed) expect(verdict({ [typed.name]: [] })).toEqual({ zod: false, ajv: false });
  });
});
