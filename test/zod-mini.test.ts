/**
 * The `zod-mini` target (zod.mini.ts, importing `zod/mini`) is held to the same fixtures as `zod`: its
 * file snapshot per fixture (compiled under --strict with the other snapshots by typecheck.test.ts, and
 * held to prettier's layout by layout.test.ts), the type proof against types.ts, and, for every
 * definition of every fixture, the Letta spec and the OpenAPI corpus, the same verdict as zod.ts on
 * seeded sample values and the same `z.toJSONSchema`.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generate, writeFiles, type GenerateOptions } from '../src/index.js';
import { sourceRewrites } from '../src/emit/zod-mini/dialect.js';
import { helperDeclarations } from '../src/emit/zod/helpers.js';
import { mappingHelpers } from '../src/emit/zod/mappings.js';
import { runPasses, splitDirections } from '../src/passes/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { random, root, sharedData, sharedDataMissing, typecheck } from './support.js';
import { Sampler } from './sampler.js';

const fixturesDir = path.join(root, 'test/fixtures');
const fixtures = readdirSync(fixturesDir)
  .filter((n) => !n.startsWith('.'))
  .sort()
  .map(
    (n) =>
      [
        n,
        path.join(
          fixturesDir,
          n,
          readdirSync(path.join(fixturesDir, n)).find((f) => /^input\.(json|ya?ml)$/.test(f))!,
        ),
      ] as const,
  );
const skip = sharedDataMissing('zod-mini.test.ts: zod.mini.ts against zod.ts on the Letta spec and the OpenAPI corpus');
const documents = skip
  ? []
  : [
      path.join(sharedData, 'letta-openapi.json'),
      ...readdirSync(path.join(sharedData, 'openapi-corpus')).map((f) => path.join(sharedData, 'openapi-corpus', f)),
    ]
      .sort()
      .map((d) => [path.basename(d), d] as const);

type Schemas = Record<string, z.ZodType>;

/** `"options"` in a fixture's fixture.json: the generate options it shows (`{ "directions": true }`). */
function fixtureOptions(input: string): Partial<GenerateOptions> {
  const file = path.join(path.dirname(input), 'fixture.json');
  return existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { options?: Partial<GenerateOptions> }).options ?? {}) : {};
}

async function generated(name: string, input: string, typeProof = false) {
  const result = await generate({ ...fixtureOptions(input), input, cwd: root, targets: ['ts', 'zod', 'zod-mini'], typeProof });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.files.map((f) => f.path)).toEqual(['types.ts', 'zod.ts', 'zod.mini.ts']);
  const dir = path.join(root, 'test/.tmp/zod-mini', `${name}${typeProof ? '-proof' : ''}`);
  rmSync(dir, { recursive: true, force: true });
  await writeFiles(dir, result.files);
  return { result, dir };
}

describe('zod.mini.ts', () => {
  it.each(fixtures)('%s: matches its snapshot, imports zod/mini, and uses none of the classic API', async (name, input) => {
    const { result } = await generated(name, input);
    const mini = result.files.find((f) => f.path === 'zod.mini.ts')!.contents;
    await expect(mini).toMatchFileSnapshot(path.join(root, 'test/snapshots', name, 'zod.mini.ts'));
    if (mini.includes('import { z }')) expect(mini).toContain('import { z } from "zod/mini";');
    expect(mini).not.toMatch(
      /\)\s*\.(?:refine|superRefine|pipe|transform|extend|exactOptional|optional|nullable|catchall|gte|lte|gt|lt|min|max|regex)\(/,
    );
    expect(mini).not.toMatch(/z\.(?:preprocess|ZodType|ZodObject|ZodPipe|ZodTransform|ZodUnknown|ZodError|ZodSafeParseResult)\b/);
  });

  it('has a Mini form for every classic form its helpers are rewritten from', () => {
    // Each rewrite's classic text occurs in some zod.ts: a helper changed in zod.ts cannot slip through unconverted.
    // The type mappings' codecs are declared only where a run maps types (test/type-mappings.test.ts runs them).
    const classic = [
      ...fixtures.map(([name]) => readFileSync(path.join(root, 'test/snapshots', name, 'zod.ts'), 'utf8')),
      ...helperDeclarations(new Set(mappingHelpers.keys())),
    ].join('\n');
    expect(sourceRewrites.filter(([from]) => !classic.includes(from)).map(([from]) => from)).toEqual([]);
  });

  it('validates exactly the types in types.ts (the type proof compiles) for every fixture', async () => {
    const files: string[] = [];
    for (const [name, input] of fixtures) {
      const { dir } = await generated(name, input, true);
      files.push(path.join(dir, 'types.ts'), path.join(dir, 'zod.mini.ts'));
    }
    expect(readFileSync(files[1]!, 'utf8')).toContain('export type SchemasMatchTypes = [');
    expect(await typecheck(files)).toEqual([]);
    expect(await typecheck(files, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 240_000);

  it.each([...fixtures, ...documents])(
    '%s: gives zod.ts’s verdict on seeded samples and the same z.toJSONSchema, for every definition',
    async (name, input) => {
      const { dir } = await generated(name, input);
      const classic = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Schemas;
      const mini = (await import(pathToFileURL(path.join(dir, 'zod.mini.ts')).href)) as Schemas;
      const loaded = await loadDocument(input, root);
      if (!loaded.ok) throw new Error('unreadable');
      const passed = runPasses((await readDocument(loaded.document, { cwd: root, location: input })).model!);
      const model = fixtureOptions(input).directions === true ? splitDirections(passed) : passed;
      const sampler = new Sampler(random(23), new Map(model.definitions.map((d) => [d.name, d])));
      const disagreements: unknown[] = [];
      let samples = 0;
      for (const def of model.definitions) {
        const [a, b] = [classic[`${def.typeName}Schema`]!, mini[`${def.typeName}Schema`]!];
        expect(b, def.name).toBeDefined();
        for (const io of ['input', 'output'] as const)
          expect(z.toJSONSchema(b, { io, unrepresentable: 'any' }), `${def.name} (${io})`).toEqual(
            z.toJSONSchema(a, { io, unrepresentable: 'any' }),
          );
        for (let i = 0; i < 8; i++) {
          const shaped = sampler.value(def.type);
          const value = i % 3 === 2 ? sampler.mutate(shaped) : i % 4 === 3 ? sampler.json() : shaped;
          samples++;
          const [left, right] = [a.safeParse(value), b.safeParse(value)];
          if (left.success !== right.success || (left.success && JSON.stringify(left.data) !== JSON.stringify(right.data)))
            disagreements.push({ definition: def.name, value, zod: left.success, mini: right.success });
        }
      }
      expect(disagreements.slice(0, 5)).toEqual([]);
      expect(samples).toBe(model.definitions.length * 8);
    },
    600_000,
  );
});
