/** `tsc --strict` over the checked-in output and every snapshot, with and without exactOptionalPropertyTypes. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tsFilesBelow, typecheck } from './support.js';

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
