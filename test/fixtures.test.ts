/**
 * Every fixture folder through every target: file snapshots of each output under test/snapshots/<case>/,
 * then behaviour: valid/*.json must pass and invalid/*.json must fail under both the generated Zod
 * validator and Ajv on the generated JSON Schema. Regenerate snapshots with `npx vitest run -u`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, writeFiles, type GenerateOptions, type GenerateResult } from '../src/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { runPasses } from '../src/passes/index.js';
import { compileJsonSchema, instances, root, type ZodModule } from './support.js';

const fixturesDir = path.join(root, 'test/fixtures');
const cases = readdirSync(fixturesDir)
  .filter((name) => !name.startsWith('.'))
  .sort();

/** The fixture's input document: `input.json`, `input.yaml` or `input.yml`, relative to the project. */
function inputOf(name: string): string {
  const file = readdirSync(path.join(fixturesDir, name)).find((f) => /^input\.(json|ya?ml)$/.test(f));
  if (!file) throw new Error(`fixture ${name} has no input file`);
  return `test/fixtures/${name}/${file}`;
}

/**
 * Optional `fixture.json`: `{ "validate": "<definition name>" }` picks the definition instances are checked
 * against; `"options"` are generate options the fixture shows (`{ "directions": true }`).
 */
function fixtureOptions(name: string): { validate?: string; options?: Partial<GenerateOptions> } {
  const file = path.join(fixturesDir, name, 'fixture.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { validate?: string; options?: Partial<GenerateOptions> }) : {};
}

describe.each(cases)('%s', (name) => {
  const dir = path.join(fixturesDir, name);
  const snapshotDir = path.join(root, 'test/snapshots', name);
  let result: GenerateResult;

  beforeAll(async () => {
    result = await generate({ ...fixtureOptions(name).options, input: inputOf(name), cwd: root, outDir: `test/snapshots/${name}` });
  });

  it('generates without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'docs-index.json',
      'llms.txt',
      'schema.json',
      'types.ts',
      'zod.ts',
    ]);
  });

  it('matches the file snapshots', async () => {
    for (const file of result.files) await expect(file.contents).toMatchFileSnapshot(path.join(snapshotDir, file.path));
  });

  it('is deterministic', async () => {
    const again = await generate({ ...fixtureOptions(name).options, input: inputOf(name), cwd: root, outDir: `test/snapshots/${name}` });
    expect(again.files).toEqual(result.files);
  });

  describe('instances', async () => {
    const valid = instances(dir, 'valid');
    const invalid = instances(dir, 'invalid');
    let zodValidate: (data: unknown) => boolean;
    let ajvValidate: (data: unknown) => boolean;

    beforeAll(async () => {
      const loaded = await loadDocument(inputOf(name), root);
      if (!loaded.ok) throw new Error('fixture does not load');
      const read = (await readDocument(loaded.document, { cwd: root, location: inputOf(name) })).model!;
      // Instances are checked against the named definition, the document's root, or its first definition.
      const target = fixtureOptions(name).validate ?? read.roots[0] ?? read.definitions[0]!.name;
      const model = runPasses(read);
      const rootDef = model.definitions.find((d) => d.name === target)!;
      // Run what was generated now, from a scratch folder inside the project so `zod` resolves.
      const scratch = path.join(root, 'test/.tmp/fixtures', name);
      await writeFiles(scratch, result.files);
      const zod = (await import(pathToFileURL(path.join(scratch, 'zod.ts')).href)) as ZodModule;
      // Hostile fixtures plant code in descriptions and enum values; importing must run none of it.
      expect((globalThis as Record<string, unknown>)['__structgenPwned']).toBeUndefined();
      const schema = zod[`${rootDef.typeName}Schema`]!;
      zodValidate = (data) => schema.safeParse(data).success;
      const json = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as Record<string, unknown>;
      ajvValidate = compileJsonSchema({
        ...json,
        $ref: `#/$defs/${encodeURIComponent(target.replaceAll('~', '~0').replaceAll('/', '~1'))}`,
      });
    });

    it.each([...valid.map((i) => ['valid', i] as const), ...invalid.map((i) => ['invalid', i] as const)])('%s %o', (kind, instance) => {
      const want = kind === 'valid';
      expect({ file: instance.file, zod: zodValidate(instance.data), ajv: ajvValidate(instance.data) }).toEqual({
        file: instance.file,
        zod: want,
        ajv: want,
      });
    });
  });
});
