/**
 * JSON Structure conformance (needs ../shared/data): the primer's samples generate, their examples pass
 * and the SDK's invalid instances fail under both the generated Zod and Ajv; the SDK's invalid schemas
 * are rejected, its warning cases warn where the MANIFEST says, its validation instances fail, and no
 * adversarial schema crashes or hangs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import { runPasses } from '../src/passes/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { compileJsonSchema, root, sharedData, sharedDataMissing, type ZodModule } from './support.js';

const skip = sharedDataMissing('json-structure.test.ts: the JSON Structure samples and SDK test assets');
const data = path.join(sharedData, 'json-structure');
const assets = path.join(data, 'test-assets');
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

/** Generates a schema into test/.tmp and returns validators for its root (or named) definition. */
async function validators(schemaFile: string, out: string) {
  const result = await generate({ input: schemaFile, cwd: root });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${schemaFile} did not generate: ${errors.map((e) => e.message).join('; ')}`);
  const dir = path.join(root, 'test/.tmp/json-structure', out);
  await writeFiles(dir, result.files);
  const loaded = await loadDocument(schemaFile, root);
  if (!loaded.ok) throw new Error('unreadable');
  const model = runPasses((await readDocument(loaded.document, { cwd: root, location: schemaFile })).model!);
  const target = model.definitions.find((d) => d.name === model.roots[0]) ?? model.definitions[0]!;
  const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as ZodModule;
  const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as Record<string, unknown>;
  const ajv = compileJsonSchema({
    ...schema,
    $ref: `#/$defs/${encodeURIComponent(target.name.replaceAll('~', '~0').replaceAll('/', '~1'))}`,
  });
  return {
    verdict: (data: unknown) => ({ zod: zod[`${target.typeName}Schema`]!.safeParse(data).success, ajv: ajv(data) }),
    diagnostics: result.diagnostics,
    target,
  };
}

/** Test-asset instances carry `_description`-style metadata keys; both with and without them must fail. */
function withoutMetadata(instance: unknown): unknown {
  if (typeof instance !== 'object' || instance === null || Array.isArray(instance)) return instance;
  return Object.fromEntries(Object.entries(instance).filter(([k]) => !k.startsWith('_')));
}

describe.skipIf(skip !== undefined)('JSON Structure samples', () => {
  const samples = [
    ...list(path.join(data, 'samples/core')).map((s) => `core/${s}`),
    ...list(path.join(data, 'samples/import')).map((s) => `import/${s}`),
  ];

  it('has the primer samples', () => expect(samples.length).toBeGreaterThanOrEqual(16));

  it.each(samples)('%s: examples pass, invalid instances fail', async (sample) => {
    const dir = path.join(data, 'samples', sample);
    const { verdict } = await validators(path.join(dir, 'schema.struct.json'), sample);
    for (const example of list(dir).filter((f) => f.startsWith('example'))) {
      expect({ example, ...verdict(readJson(path.join(dir, example))) }).toEqual({ example, zod: true, ajv: true });
    }
    const invalidDir = path.join(assets, 'instances/invalid', path.basename(sample));
    for (const file of sample.startsWith('core/') ? list(invalidDir) : []) {
      const instance = readJson(path.join(invalidDir, file));
      expect({ file, ...verdict(instance) }).toEqual({ file, zod: false, ajv: false });
      expect({ file, stripped: true, ...verdict(withoutMetadata(instance)) }).toEqual({ file, stripped: true, zod: false, ajv: false });
    }
  });
});

describe.skipIf(skip !== undefined)('JSON Structure SDK test assets', () => {
  it.each(list(path.join(assets, 'schemas/invalid')))('invalid schema %s is rejected with a located error', async (file) => {
    const result = await generate({ input: path.join(assets, 'schemas/invalid', file), cwd: root });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length, file).toBeGreaterThan(0);
    expect(errors[0]!.pointer).toBeDefined();
    expect(result.files).toEqual([]);
  });

  it.each(list(path.join(assets, 'schemas/warnings')))('%s warns about validation keywords exactly without $uses', async (file) => {
    const result = await generate({ input: path.join(assets, 'schemas/warnings', file), cwd: root });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const warned = result.diagnostics.some((d) => d.code === 'validation-without-uses');
    expect(warned).toBe(file.includes('without-uses'));
  });

  it.each(list(path.join(assets, 'schemas/validation')))('%s: its instances fail', async (file) => {
    const name = file.replace(/\.struct\.json$/, '');
    const { verdict, target } = await validators(path.join(assets, 'schemas/validation', file), `validation/${name}`);
    const dir = path.join(assets, 'instances/validation', name);
    const instances = list(dir);
    expect(instances.length).toBeGreaterThan(0);
    for (const instanceFile of instances) {
      let instance = withoutMetadata(readJson(path.join(dir, instanceFile)));
      // A primitive, array or set root is wrapped as {"value": x} in the assets.
      if (target.type.kind !== 'object' && typeof instance === 'object' && instance !== null && 'value' in instance)
        instance = (instance as { value: unknown }).value;
      expect({ instanceFile, ...verdict(instance) }).toEqual({ instanceFile, zod: false, ajv: false });
    }
  });

  const mustFail = ['ref-to-nowhere', 'malformed-json-pointer', 'self-referencing-extends', 'extends-circular-chain'];
  it.each(list(path.join(assets, 'schemas/adversarial')))(
    'adversarial %s neither crashes nor hangs',
    async (file) => {
      const started = Date.now();
      const result = await generate({ input: path.join(assets, 'schemas/adversarial', file), cwd: root });
      expect(Date.now() - started).toBeLessThan(10_000);
      const failed = result.diagnostics.some((d) => d.severity === 'error');
      if (mustFail.some((name) => file.startsWith(name))) expect(failed, file).toBe(true);
    },
    20_000,
  );
});

describe.skipIf(skip !== undefined)('JSON Structure outputs', () => {
  it('every generated types.ts and zod.ts compiles under --strict', async () => {
    const { tsFilesBelow, typecheck } = await import('./support.js');
    const files = tsFilesBelow(path.join(root, 'test/.tmp/json-structure'));
    expect(files.length).toBeGreaterThanOrEqual(32);
    expect(await typecheck(files)).toEqual([]);
  }, 120_000);
});
