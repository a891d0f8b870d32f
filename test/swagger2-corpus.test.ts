/**
 * The 57 Swagger 2.0 documents of ../shared/data/swagger2-corpus (Google, AWS, Azure, …; needs
 * ../shared/data) read natively: each generates every target without an error, the TypeScript and Zod
 * outputs compile under `tsc --strict`, and the examples the documents give (a definition's `example`, a
 * body's or response's schema `example`, a response's `examples` per media type) get the same verdict
 * from the generated Zod validators and from Ajv on the generated schema.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { generate, writeFiles, type Model } from '../src/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { root, sharedData, sharedDataMissing, typecheck } from './support.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const skip = sharedDataMissing('the Swagger 2.0 corpus tests');
const folder = path.join(sharedData, 'swagger2-corpus');
const corpus = skip ? [] : readdirSync(folder).sort();
const scratch = path.join(root, 'test/.tmp/swagger2-corpus');

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Validator {
  safeParse(data: unknown): { success: boolean };
}
interface Entry {
  body?: Record<string, Validator>;
  responses: Record<string, Record<string, Validator>>;
}

function deref(value: unknown, document: Json): unknown {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current['$ref'] === 'string' && current['$ref'].startsWith('#/') && hops < 16; hops++) {
    current = (current['$ref'] as string)
      .slice(2)
      .split('/')
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((n, k) => (isObject(n) ? n[k] : undefined), document);
  }
  return current;
}

const schemaExample = (schema: unknown, document: Json): unknown[] => {
  const resolved = deref(schema, document);
  return isObject(resolved) && Object.hasOwn(resolved, 'example') ? [resolved['example']] : [];
};

interface Case {
  where: string;
  example: unknown;
  zod: (example: unknown) => boolean;
  pointer: string;
}

const defPointer = (name: string) => `#/$defs/${encodeURIComponent(name.replaceAll('~', '~0').replaceAll('/', '~1'))}`;

/** The examples of request bodies and responses, each with the operation's validator and the schema.json pointer of its type. */
function operationCases(document: Json, model: Model, operations: Record<string, Entry>): Case[] {
  const found: Case[] = [];
  for (const operation of model.operations) {
    const item = deref((document['paths'] as Json)[operation.path], document) as Json;
    const source = item[operation.method] as Json;
    const entry = operations[operation.id];
    if (!entry) continue;
    const here = `${operation.method.toUpperCase()} ${operation.path}`;
    const parameters = [...((item['parameters'] as unknown[]) ?? []), ...((source['parameters'] as unknown[]) ?? [])].map((p) =>
      deref(p, document),
    );
    const body = parameters.find((p) => isObject(p) && p['in'] === 'body') as Json | undefined;
    for (const media of operation.requestBody?.content ?? []) {
      if (media.type.kind !== 'ref' || !body) continue;
      for (const example of schemaExample(body['schema'], document))
        found.push({
          where: `${here} body ${media.mediaType}`,
          example,
          zod: (e) => entry.body![media.mediaType]!.safeParse(e).success,
          pointer: defPointer(media.type.target),
        });
    }
    const responses = isObject(source['responses']) ? source['responses'] : {};
    for (const response of operation.responses) {
      const raw = deref(responses[response.status], document);
      if (!isObject(raw)) continue;
      for (const media of response.content) {
        if (media.type.kind !== 'ref') continue;
        const given =
          isObject(raw['examples']) && Object.hasOwn(raw['examples'], media.mediaType) ? [raw['examples'][media.mediaType]] : [];
        for (const example of [...given, ...schemaExample(raw['schema'], document)])
          found.push({
            where: `${here} ${response.status} ${media.mediaType}`,
            example,
            zod: (e) => entry.responses[response.status]![media.mediaType]!.safeParse(e).success,
            pointer: defPointer(media.type.target),
          });
      }
    }
  }
  return found;
}

describe.skipIf(skip !== undefined)('the Swagger 2.0 corpus', () => {
  const written: string[] = [];

  it('has its 57 documents', () => {
    expect(corpus.length).toBe(57);
  });

  it.each(corpus)(
    '%s generates every target, natively',
    async (file) => {
      const result = await generate({ input: path.join(folder, file), cwd: root });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.files.slice(0, 4).map((f) => f.path)).toEqual(['types.ts', 'schema.json', 'zod.ts', 'README.md']);
      const dir = path.join(scratch, file);
      await writeFiles(dir, result.files);
      written.push(path.join(dir, 'types.ts'), path.join(dir, 'zod.ts'));
    },
    120_000,
  );

  it('compiles under --strict', async () => {
    expect(written.length).toBe(corpus.length * 2);
    expect(await typecheck(written)).toEqual([]);
  }, 300_000);

  const withExamples = corpus.filter((file) => /"examples?"\s*:/.test(readFileSync(path.join(folder, file), 'utf8')));

  it.each(withExamples)(
    '%s: its examples get the same verdict from Zod and Ajv',
    async (file) => {
      const input = path.join(folder, file);
      const document = JSON.parse(readFileSync(input, 'utf8')) as Json;
      const definitions = isObject(document['definitions']) ? document['definitions'] : {};
      const exemplified = Object.keys(definitions).filter(
        (name) => isObject(definitions[name]) && Object.hasOwn(definitions[name], 'example'),
      );
      const cases: Case[] = [];
      const ajvOf = (schema: Json) => {
        // Quiet: the documents' unknown formats (`dateTime`) only annotate, and Ajv would log each.
        const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
        addFormats(ajv);
        ajv.addSchema({ ...schema, $id: 'urn:structgen:examples' });
        return (pointer: string, data: unknown) => ajv.getSchema(`urn:structgen:examples${pointer}`)!(data) as boolean;
      };
      const run = async (label: string, entities?: string[]) => {
        const result = await generate({ input, cwd: root, targets: ['json-schema', 'zod'], ...(entities ? { entities } : {}) });
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const dir = path.join(scratch, `${file}-${label}`);
        await writeFiles(dir, result.files);
        const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Record<string, unknown>;
        const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as Json;
        return { result, zod, ajv: ajvOf(schema) };
      };
      const verdicts = { valid: 0, invalid: 0 };
      const disagreements: string[] = [];
      const judge = (list: Case[], ajv: (pointer: string, data: unknown) => boolean) => {
        for (const c of list) {
          const [zodVerdict, ajvVerdict] = [c.zod(c.example), ajv(c.pointer, c.example)];
          verdicts[zodVerdict ? 'valid' : 'invalid']++;
          if (zodVerdict !== ajvVerdict)
            disagreements.push(`${c.where}: Zod ${zodVerdict}, Ajv ${ajvVerdict} on ${JSON.stringify(c.example)?.slice(0, 120)}`);
        }
        cases.push(...list);
      };

      const all = await run('operations');
      const loaded = await loadDocument(input, root);
      if (!loaded.ok) throw new Error('the document does not load');
      const { model } = await readDocument(loaded.document, { cwd: root, location: input });
      judge(operationCases(document, model!, (all.zod as { operations: Record<string, Entry> }).operations), all.ajv);

      if (exemplified.length > 0) {
        // Named definitions are entry points, each with its Zod schema's name.
        const selected = await run('definitions', exemplified);
        const list: Case[] = [];
        for (const point of selected.result.entryPoints!) {
          if (point.kind !== 'definition') continue;
          const validator = selected.zod[point.zodSchema] as Validator;
          list.push({
            where: `definitions.${point.definition}`,
            example: (definitions[point.definition] as Json)['example'],
            zod: (e) => validator.safeParse(e).success,
            pointer: defPointer(point.definition),
          });
        }
        judge(list, selected.ajv);
      }
      expect(disagreements).toEqual([]);
      expect({ file, cases: cases.length, ...verdicts }).toMatchSnapshot();
    },
    180_000,
  );
});
