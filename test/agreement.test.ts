/**
 * Cross-target agreement: for every fixture, values sampled from its Model (most shaped like the type,
 * some mutated, some arbitrary JSON) get the same verdict from the generated Zod validator and from Ajv
 * on the generated JSON Schema. A seeded generator keeps runs repeatable.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import type { JsonValue, Model } from '../src/model/index.js';
import { runPasses } from '../src/passes/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { compileJsonSchema, instances, random, root, type ZodModule } from './support.js';
import { Sampler } from './sampler.js';

const fixturesDir = path.join(root, 'test/fixtures');
const cases = readdirSync(fixturesDir)
  .filter((n) => !n.startsWith('.'))
  .sort();
const inputOf = (name: string) =>
  `test/fixtures/${name}/${readdirSync(path.join(fixturesDir, name)).find((f) => /^input\.(json|ya?ml)$/.test(f))}`;

describe.each(cases)('%s: Zod and Ajv agree', (name) => {
  it('on sampled values', async () => {
    const input = inputOf(name);
    const result = await generate({ input, cwd: root });
    const dir = path.join(root, 'test/.tmp/agreement', name);
    await writeFiles(dir, result.files);
    const loaded = await loadDocument(input, root);
    if (!loaded.ok) throw new Error('unreadable');
    const model: Model = runPasses((await readDocument(loaded.document, { cwd: root, location: input })).model!);
    const options = path.join(fixturesDir, name, 'fixture.json');
    const wanted = existsSync(options) ? (JSON.parse(readFileSync(options, 'utf8')) as { validate?: string }).validate : undefined;
    const target = model.definitions.find((d) => d.name === (wanted ?? model.roots[0])) ?? model.definitions[0]!;
    const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as ZodModule;
    const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as Record<string, unknown>;
    const ajv = compileJsonSchema({
      ...schema,
      $ref: `#/$defs/${encodeURIComponent(target.name.replaceAll('~', '~0').replaceAll('/', '~1'))}`,
    });
    const sampler = new Sampler(random(name.length * 7919), new Map(model.definitions.map((d) => [d.name, d])));
    const disagreements: unknown[] = [];
    const seen = { valid: 0, invalid: 0 };
    // The fixture's own valid instances seed mutations too: a pattern or format the sampler cannot
    // produce is then still met, and near misses of it are tried.
    const seeds = instances(path.join(fixturesDir, name), 'valid').map((i) => i.data as JsonValue);
    for (let i = 0; i < 150; i++) {
      const shaped = seeds.length > 0 && i % 4 === 3 ? sampler.pick(seeds) : sampler.value(target.type);
      const value = i % 3 === 2 ? sampler.mutate(shaped) : i % 10 === 9 ? sampler.json() : shaped;
      const verdicts = { zod: zod[`${target.typeName}Schema`]!.safeParse(value).success, ajv: ajv(value) };
      if (verdicts.zod !== verdicts.ajv) disagreements.push({ value, ...verdicts });
      seen[verdicts.ajv ? 'valid' : 'invalid']++;
    }
    expect(disagreements).toEqual([]);
    // The samples exercise both verdicts, or agreement would prove little (a type nothing is valid against has one).
    if (target.type.kind !== 'never') expect(seen.valid, 'valid samples').toBeGreaterThan(5);
    expect(seen.invalid, 'invalid samples').toBeGreaterThan(5);
  }, 60_000);
});
