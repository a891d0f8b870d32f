/**
 * `tsc --strict` over the checked-in output and every snapshot, with and without exactOptionalPropertyTypes;
 * and every fixture (and the Letta spec) generated with `typeProof`, whose zod.ts then proves at compile
 * time that each schema validates exactly the type of the same name in types.ts.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { root, sharedData, sharedDataMissing, tsFilesBelow, typecheck } from './support.js';

const files = [...tsFilesBelow(path.join(root, 'generated')), ...tsFilesBelow(path.join(root, 'test/snapshots'))];

describe('generated TypeScript compiles', () => {
  it('finds the files', () => {
    expect(files.some((f) => f.endsWith('generated/letta-job/zod.ts'))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it('under --strict', async () => {
    expect(await typecheck(files)).toEqual([]);
  }, 60_000);

  it('under --strict --exactOptionalPropertyTypes', async () => {
    expect(await typecheck(files, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 60_000);
});

/** Generates `input` with the type proof into test/.tmp/proof/<name>/ and returns the files written. */
async function withProof(name: string, input: string): Promise<string[]> {
  const out = path.join(root, 'test/.tmp/proof', name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await generate({ input, cwd: root, targets: ['ts', 'zod'], typeProof: true });
  expect(result.files.map((f) => f.path)).toEqual(['types.ts', 'zod.ts']);
  for (const file of result.files) writeFileSync(path.join(out, file.path), file.contents);
  expect(result.files[1]!.contents).toContain('export type SchemasMatchTypes = [');
  return result.files.map((f) => path.join(out, f.path));
}

describe('zod.ts validates exactly the types in types.ts (the type proof compiles)', () => {
  const fixtures = readdirSync(path.join(root, 'test/fixtures')).map((name) => {
    const file = readdirSync(path.join(root, 'test/fixtures', name)).find((f) => /^input\.(json|ya?ml)$/.test(f))!;
    return [name, `test/fixtures/${name}/${file}`] as const;
  });

  it('for every fixture and the default input', async () => {
    const proven = [...(await withProof('letta-job', 'schemas/letta-job.json'))];
    for (const [name, input] of fixtures) proven.push(...(await withProof(name, input)));
    expect(await typecheck(proven)).toEqual([]);
    expect(await typecheck(proven, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 120_000);

  it('for a document of operations without any schema (nothing to prove: no proof, no unused names)', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'No schemas', version: '1' },
      paths: { '/ping': { get: { operationId: 'ping', responses: { '204': { description: 'pong' } } } } },
    };
    const out = path.join(root, 'test/.tmp/proof/no-schemas');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const result = await generate({ input: { name: 'no-schemas.json', document }, cwd: root, targets: ['ts', 'zod'], typeProof: true });
    for (const file of result.files) writeFileSync(path.join(out, file.path), file.contents);
    expect(result.files.find((f) => f.path === 'zod.ts')!.contents).not.toContain('SchemasMatchTypes');
    expect(await typecheck(result.files.map((f) => path.join(out, f.path)))).toEqual([]);
  }, 60_000);

  it.skipIf(sharedDataMissing('typecheck.test.ts: the Letta spec with the type proof') !== undefined)(
    'for the whole Letta spec',
    async () => {
      const proven = await withProof('letta-openapi', path.join(sharedData, 'letta-openapi.json'));
      expect(await typecheck(proven)).toEqual([]);
      expect(await typecheck(proven, { exactOptionalPropertyTypes: true })).toEqual([]);
    },
    240_000,
  );
});
