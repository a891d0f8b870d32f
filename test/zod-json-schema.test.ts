/**
 * Validators that carry their schema: `z.toJSONSchema` of every definition's validator in zod.ts, for
 * the Letta spec and every document of the OpenAPI corpus (needs ../shared/data), accepts exactly what
 * the definition in schema.json accepts, judged by Ajv on seeded sample values; and it says what the
 * issue asked for (integer, format, description, default) where Letta's Job has them.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generate, writeFiles } from '../src/index.js';
import type { JsonValue } from '../src/model/index.js';
import { random, root, sharedData, sharedDataMissing } from './support.js';
import { Sampler } from './sampler.js';
import { runPasses } from '../src/passes/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';

const skip = sharedDataMissing('the z.toJSONSchema agreement tests');
const documents = skip
  ? []
  : [
      path.join(sharedData, 'letta-openapi.json'),
      ...readdirSync(path.join(sharedData, 'openapi-corpus'))
        .sort()
        .map((f) => path.join(sharedData, 'openapi-corpus', f)),
    ];
const fixturesDir = path.join(root, 'test/fixtures');
// The fixtures hold what the specs rarely do (not, if/then/else, unevaluated*, patternProperties, `__proto__`).
const fixtures = readdirSync(fixturesDir)
  .filter((n) => !n.startsWith('.'))
  .sort()
  .map((n) =>
    path.join(
      fixturesDir,
      n,
      readdirSync(path.join(fixturesDir, n)).find((f) => /^input\.(json|ya?ml)$/.test(f))!,
    ),
  );
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const newAjv = () => addFormats(new Ajv2020({ strict: false, allErrors: false }));

type Schemas = Record<string, z.ZodType>;

const cache = new Map<string, ReturnType<typeof generatedOnce>>();
const generated = (input: string, mapped = false) =>
  cache.get(`${mapped}:${input}`) ?? cache.set(`${mapped}:${input}`, generatedOnce(input, mapped)).get(`${mapped}:${input}`)!;

/** `mapped`: with dates as Date and int64 as bigint (docs/type-mappings.md), whose codecs must describe the wire. */
async function generatedOnce(input: string, mapped: boolean) {
  const name = path.basename(path.dirname(input)) + '-' + path.basename(input) + (mapped ? '-mapped' : '');
  const mappings = mapped ? ({ dates: 'Date', int64: 'bigint' } as const) : {};
  const result = await generate({ input, cwd: root, targets: ['ts', 'json-schema', 'zod'], ...mappings });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const dir = path.join(root, 'test/.tmp/zod-json-schema', name);
  rmSync(dir, { recursive: true, force: true });
  await writeFiles(dir, result.files);
  const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Schemas;
  const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as Record<string, JsonValue>;
  const loaded = await loadDocument(input, root);
  if (!loaded.ok) throw new Error('unreadable');
  const model = runPasses((await readDocument(loaded.document, { cwd: root, location: input })).model!);
  return { zod, schema, model };
}

// With type mappings, on the documents that have date-time, date or int64 values: the codecs' z.toJSONSchema is the wire's.
const mappedDocuments = documents
  .filter((d) => /letta|discord|twilio|petstore/.test(d))
  .map((d) => [`${path.basename(d)} (dates: Date, int64: bigint)`, d, true] as const);

describe('z.toJSONSchema of the generated validators', () => {
  it.each([
    ...fixtures.map((d) => [path.basename(path.dirname(d)), d, false] as const),
    ...documents.map((d) => [path.basename(d), d, false] as const),
    ...mappedDocuments,
  ])(
    '%s: accepts what schema.json accepts, for every definition',
    async (_name, input, mapped) => {
      const { zod, schema, model } = await generated(input, mapped);
      const reference = newAjv();
      reference.addSchema({ ...schema, $id: 'https://structgen.test/schema.json' });
      const expectedOf = (name: string) =>
        reference.getSchema(
          `https://structgen.test/schema.json#/$defs/${encodeURIComponent(name.replaceAll('~', '~0').replaceAll('/', '~1'))}`,
        )!;
      // Every validator converted in one pass (a registry: each definition's schema once, the others
      // `$ref`s to it), and the first few alone, as a user calls it.
      const registry = z.registry<{ id: string }>();
      const idOf = new Map<z.ZodType, string>();
      for (const def of model.definitions) {
        const validator = zod[`${def.typeName}Schema`]!;
        if (idOf.has(validator)) continue; // an alias: the same constant
        idOf.set(validator, def.name);
        registry.add(validator, { id: def.name });
      }
      const uri = (id: string) => `https://zod.test/${encodeURIComponent(id)}`;
      const converted = (['output', 'input'] as const).map((io) => {
        const { schemas } = z.toJSONSchema(registry, { io, uri });
        const ajv = newAjv();
        for (const [id, document] of Object.entries(schemas)) ajv.addSchema(document, id === '__shared' ? uri(id) : undefined);
        return { io, of: (name: string) => ajv.getSchema(uri(name))! };
      });
      const sampler = new Sampler(random(17), new Map(model.definitions.map((d) => [d.name, d])));
      const disagreements: unknown[] = [];
      let samples = 0;
      for (const [index, def] of model.definitions.entries()) {
        const validator = zod[`${def.typeName}Schema`]!;
        const expected = expectedOf(def.name);
        const judges = converted.map(({ io, of }) => ({ io, accepts: of(idOf.get(validator)!) }));
        if (index < 25) judges.push({ io: 'output', accepts: newAjv().compile(z.toJSONSchema(validator)) });
        for (let i = 0; i < 12; i++) {
          const shaped = sampler.value(def.type);
          const value = i % 3 === 2 ? sampler.mutate(shaped) : i % 6 === 5 ? sampler.json() : shaped;
          samples++;
          const verdict = expected(value);
          for (const { io, accepts } of judges)
            if (accepts(value) !== verdict)
              disagreements.push({ definition: def.name, io, value, schemaJson: verdict, zod: validator.safeParse(value).success });
        }
      }
      expect(disagreements.slice(0, 5)).toEqual([]);
      expect(samples).toBe(model.definitions.length * 12);
    },
    600_000,
  );

  it.skipIf(skip !== undefined)(
    "Letta's Job says what the spec says: integer, format, descriptions, defaults",
    async () => {
      const { zod } = await generated(path.join(sharedData, 'letta-openapi.json'));
      const job = z.toJSONSchema(zod['JobSchema']!) as { properties: Record<string, Record<string, unknown>> };
      const { ttft_ns, created_at, status, completed_at } = job.properties;
      expect(ttft_ns).toMatchObject({ type: ['integer', 'null'], title: 'Ttft Ns' });
      expect(created_at).toMatchObject({
        type: 'string',
        format: 'date-time',
        description: 'The unix timestamp of when the job was created.',
      });
      expect(status).toMatchObject({ default: 'created', description: 'The status of the job.' });
      expect(completed_at!['anyOf']).toEqual([{ type: 'string', format: 'date-time' }, { type: 'null' }]);
    },
    300_000,
  );
});
