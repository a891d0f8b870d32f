/**
 * The Letta yardstick (needs ../shared/data): the Job summary generated with --upstream gives the
 * upstream verdict on payloads, drift names what the summary lost, and the whole 347-schema spec
 * generates, compiles under --strict, and exports one Zod schema per definition.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { drift, generate, writeFiles, type GenerateResult } from '../src/index.js';
import { compileJsonSchema, instances, root, sharedData, sharedDataMissing, typecheck, type ZodModule } from './support.js';

const skip = sharedDataMissing('letta-upstream.test.ts: the Job summary with --upstream, drift, the whole Letta spec');
const upstream = path.join(sharedData, 'letta-openapi.json');
const scratch = path.join(root, 'test/.tmp/letta');

describe.skipIf(skip !== undefined)('schemas/letta-job.json --upstream letta-openapi.json', () => {
  let result: GenerateResult;
  let zod: ZodModule;
  let ajv: (data: unknown) => boolean;

  beforeAll(async () => {
    result = await generate({ input: 'schemas/letta-job.json', upstream, cwd: root });
    await writeFiles(path.join(scratch, 'job'), result.files);
    zod = (await import(pathToFileURL(path.join(scratch, 'job/zod.ts')).href)) as ZodModule;
    ajv = compileJsonSchema(JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as object);
  });

  it('generates without errors, under the summary name', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.name).toBe('letta-job');
  });

  it('takes both documents in memory too, naming the upstream in the banner as it names the input (the API threw building the banner)', async () => {
    const { readFile } = await import('node:fs/promises');
    const read = async (file: string) => JSON.parse(await readFile(path.resolve(root, file), 'utf8')) as unknown;
    const inMemory = await generate({
      input: { document: await read('schemas/letta-job.json'), name: 'letta-job.json' },
      upstream: { document: await read(upstream), name: 'letta-openapi.json' },
      cwd: root,
    });
    expect(inMemory.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const types = inMemory.files.find((f) => f.path === 'types.ts')!.contents;
    expect(types).toContain('npx structgen generate letta-job.json --upstream letta-openapi.json');
  });

  it('types Job with every field optional and | null on exactly the 14 nullable fields', async () => {
    const ts = (await import('typescript')).default;
    const types = result.files.find((f) => f.path === 'types.ts')!.contents;
    const file = ts.createSourceFile('types.ts', types, ts.ScriptTarget.ES2022, true);
    const job = file.statements.find(
      (s): s is import('typescript').InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Job',
    )!;
    const fields = job.members.filter(ts.isPropertySignature).map((m) => ({
      name: m.name.getText(file),
      optional: m.questionToken !== undefined,
      type: m.type!.getText(file).replace(/\s+/g, ' '),
    }));
    expect(fields).toHaveLength(18);
    expect(fields.every((f) => f.optional)).toBe(true);
    expect(fields.filter((f) => f.type.endsWith('| null')).map((f) => f.name)).toHaveLength(14);
    expect(fields.find((f) => f.name === 'status')!.type).toBe('JobStatus');
    expect(fields.find((f) => f.name === 'job_type')!.type).toBe('JobType');
    expect(fields.find((f) => f.name === 'stop_reason')!.type).toBe('StopReasonType | null');
    for (const name of ['JobStatus', 'JobType', 'StopReasonType']) expect(types).toMatch(new RegExp(`export type ${name} =\\s*\\|?\\s*"`));
  });

  const dir = path.join(root, 'test/fixtures-payloads/letta-job-upstream');
  it.each([...instances(dir, 'valid').map((i) => ['valid', i] as const), ...instances(dir, 'invalid').map((i) => ['invalid', i] as const)])(
    '%s %s',
    (kind, instance) => {
      const want = kind === 'valid';
      expect({ file: instance.file, zod: zod['JobSchema']!.safeParse(instance.data).success, ajv: ajv(instance.data) }).toEqual({
        file: instance.file,
        zod: want,
        ajv: want,
      });
    },
  );
});

describe.skipIf(skip !== undefined)('structgen drift', () => {
  it('names every lossy field and both description differences', async () => {
    const result = await drift({ input: 'schemas/letta-job.json', upstream, cwd: root });
    const report = result.report!;
    expect(report.affectsValidation).toBe(true);
    const lostTypes = report.differences.filter((d) => d.kind === 'lost-type').map((d) => d.field);
    expect(lostTypes).toHaveLength(14);
    expect(report.differences.filter((d) => d.kind === 'description-differs').map((d) => d.field)).toEqual(['status', 'job_type']);
    expect(report.differences.some((d) => d.kind === 'closed-as-open')).toBe(true);
    expect(report.differences.find((d) => d.kind === 'lost-pattern')?.field).toBe('id');
    expect(report.differences.find((d) => d.field === 'stop_reason' && d.kind === 'lost-enum')).toBeDefined();
  });

  it('exits 1 from the CLI, and prints JSON with --json', () => {
    const text = spawnSync(process.execPath, ['dist/cli/main.js', 'drift', 'schemas/letta-job.json', '--upstream', upstream], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('callback_status_code');
    const json = spawnSync(process.execPath, ['dist/cli/main.js', 'drift', 'schemas/letta-job.json', '--upstream', upstream, '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as { differences: unknown[] }).differences.length).toBeGreaterThan(20);
  });
});

describe.skipIf(skip !== undefined)('the whole Letta spec', () => {
  let result: GenerateResult;
  beforeAll(async () => {
    rmSync(path.join(scratch, 'all'), { recursive: true, force: true });
    result = await generate({ input: upstream, cwd: root });
    await writeFiles(path.join(scratch, 'all'), result.files);
  }, 120_000);

  it('generates with no error into at least 347 definitions that Ajv compiles', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs).length).toBeGreaterThanOrEqual(347);
    expect(() => compileJsonSchema(schema)).not.toThrow();
  });

  it('compiles under tsc --strict', async () => {
    expect(await typecheck([path.join(scratch, 'all/types.ts'), path.join(scratch, 'all/zod.ts')])).toEqual([]);
  }, 120_000);

  it('imports, exporting one Zod schema per definition', async () => {
    const zod = (await import(pathToFileURL(path.join(scratch, 'all/zod.ts')).href)) as ZodModule;
    const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as { $defs: Record<string, unknown> };
    const exported = Object.keys(zod).filter((k) => k.endsWith('Schema'));
    expect(exported.length).toBe(Object.keys(schema.$defs).length);
    for (const name of exported) expect(typeof zod[name]!.safeParse).toBe('function');
  }, 60_000);
});
