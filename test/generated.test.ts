/**
 * The checked-in generated/letta-job/ is current, and what it holds accepts real Letta Job payloads:
 * strings and nulls in the fields the summary lost, `+00:00` offsets, integers in lossy fields.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, staleFiles } from '../src/index.js';
import { compileJsonSchema, instances, root, type ZodModule } from './support.js';

const outDir = path.join(root, 'generated/letta-job');

describe('generated/letta-job', () => {
  it('is what `npm run generate` produces now', async () => {
    const result = await generate({ input: 'schemas/letta-job.json', cwd: root });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['lossy-field']);
    expect(await staleFiles(outDir, result.files)).toEqual([]);
  });

  describe('accepts real Job payloads', async () => {
    const zod = (await import(pathToFileURL(path.join(outDir, 'zod.ts')).href)) as ZodModule;
    const ajv = compileJsonSchema(JSON.parse(readFileSync(path.join(outDir, 'schema.json'), 'utf8')) as object);
    const payloads = instances(path.join(root, 'test/fixtures-payloads/letta-job'), 'valid');

    it('has payloads to check', () => expect(payloads.length).toBeGreaterThanOrEqual(5));
    it.each(payloads)('$file', ({ data }) => {
      expect({ zod: zod['JobSchema']!.safeParse(data).success, ajv: ajv(data) }).toEqual({ zod: true, ajv: true });
    });
  });

  it('rejects what the summary does know is wrong', async () => {
    const zod = (await import(pathToFileURL(path.join(outDir, 'zod.ts')).href)) as ZodModule;
    const ajv = compileJsonSchema(JSON.parse(readFileSync(path.join(outDir, 'schema.json'), 'utf8')) as object);
    for (const bad of [{ status: 'paused' }, { job_type: 'cron' }, { created_at: 'yesterday' }, { id: 7 }, []]) {
      expect({ bad, zod: zod['JobSchema']!.safeParse(bad).success, ajv: ajv(bad) }).toEqual({ bad, zod: false, ajv: false });
    }
  });
});
