/**
 * The examples documents give for request bodies, parameters and responses (`example`, `examples`,
 * `components.examples`, and those of the payload's own schema), in the Letta spec and every document of
 * openapi-corpus (needs ../shared/data): the operation's Zod validator and Ajv on the matching
 * schema.json definition must give each the same verdict. Examples can be wrong; the two targets must
 * still agree on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generate, writeFiles } from '../src/index.js';
import type { Model, Operation, Parameter, ParameterGroup } from '../src/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { root, sharedData, sharedDataMissing } from './support.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Ajv 2020 with ajv-formats (as test/support.ts compiles schemas), the document added once and its pointers compiled on demand. */
function ajvFor(schema: Json): (pointer: string, data: unknown) => boolean {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...schema, $id: 'urn:structgen:examples' });
  return (pointer, data) => ajv.getSchema(`urn:structgen:examples${pointer}`)!(data) as boolean;
}

const skip = sharedDataMissing('the operation examples tests');
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Validator {
  safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
}
interface Entry {
  parameters: Record<string, Validator>;
  body?: Record<string, Validator>;
  responses: Record<string, Record<string, Validator>>;
}

/** `example`, the values of `examples` (Example Objects, through `$ref`s to components.examples), or a schema's own examples. */
function examplesOf(node: unknown, document: Json): unknown[] {
  if (!isObject(node)) return [];
  if (Object.hasOwn(node, 'example')) return [node['example']];
  const examples = node['examples'];
  if (Array.isArray(examples)) return examples;
  if (!isObject(examples)) return [];
  return Object.values(examples).flatMap((entry) => {
    const example = deref(entry, document);
    return isObject(example) && Object.hasOwn(example, 'value') ? [example['value']] : [];
  });
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

/** A typed example written as a server receives it: text, or a list of texts for an exploded list. */
function asReceived(value: unknown, parameter: Parameter): unknown {
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  if (parameter.mediaType !== undefined) return typeof value === 'string' ? value : JSON.stringify(value);
  if (!Array.isArray(value)) return text(value);
  const separator = {
    form: ',',
    cookie: ',',
    simple: ',',
    spaceDelimited: ' ',
    pipeDelimited: '|',
    tabDelimited: '\t',
    label: ',',
    matrix: ',',
    deepObject: ',',
  }[parameter.style];
  return parameter.explode && parameter.style === 'form' ? value.map(text) : value.map(text).join(separator);
}

interface Case {
  where: string;
  example: unknown;
  zod: (example: unknown) => boolean;
  /** The schema.json pointer Ajv validates against. */
  pointer: string;
}

function cases(document: Json, model: Model, operations: Record<string, Entry>): Case[] {
  const found: Case[] = [];
  const ref = (t: { kind: string; target?: string }) =>
    t.kind === 'ref' ? `#/$defs/${encodeURIComponent(t.target!.replaceAll('~', '~0').replaceAll('/', '~1'))}` : undefined;
  const raw = (operation: Operation): Json | undefined => {
    const item = deref((document['paths'] as Json | undefined)?.[operation.path], document);
    const value = isObject(item) ? item[operation.method] : undefined;
    return isObject(value) ? value : undefined;
  };
  for (const operation of model.operations) {
    const source = raw(operation);
    const entry = operations[operation.id];
    if (!source || !entry) continue;
    const here = `${operation.method.toUpperCase()} ${operation.path}`;
    const body = deref(source['requestBody'], document);
    for (const media of operation.requestBody?.content ?? []) {
      const pointer = ref(media.type);
      const raw = isObject(body) && isObject(body['content']) ? deref(body['content'][media.mediaType], document) : undefined;
      const schema = isObject(raw) ? deref(raw['schema'], document) : undefined;
      if (!pointer) continue;
      for (const example of [...examplesOf(raw, document), ...examplesOf(schema, document)])
        found.push({
          where: `${here} body ${media.mediaType}`,
          example,
          zod: (e) => entry.body![media.mediaType]!.safeParse(e).success,
          pointer,
        });
    }
    for (const response of operation.responses) {
      const rawResponses = isObject(source['responses']) ? source['responses'] : {};
      const rawResponse = deref(rawResponses[response.status] ?? rawResponses[response.status.toLowerCase()], document);
      for (const media of response.content) {
        const pointer = ref(media.type);
        const raw =
          isObject(rawResponse) && isObject(rawResponse['content']) ? deref(rawResponse['content'][media.mediaType], document) : undefined;
        const schema = isObject(raw) ? deref(raw['schema'], document) : undefined;
        if (!pointer) continue;
        for (const example of [...examplesOf(raw, document), ...examplesOf(schema, document)])
          found.push({
            where: `${here} ${response.status} ${media.mediaType}`,
            example,
            zod: (e) => entry.responses[response.status]![media.mediaType]!.safeParse(e).success,
            pointer,
          });
      }
    }
    const rawParameters = [
      ...(((deref((document['paths'] as Json)[operation.path], document) as Json)['parameters'] as unknown[] | undefined) ?? []),
      ...((source['parameters'] as unknown[] | undefined) ?? []),
    ].map((p) => deref(p, document));
    for (const group of operation.parameters as ParameterGroup[]) {
      const groupPointer = ref(group.type);
      for (const parameter of group.parameters) {
        const rawParameter = rawParameters.find((p) => isObject(p) && p['name'] === parameter.name && p['in'] === group.in);
        if (!isObject(rawParameter) || !groupPointer) continue;
        const examples = [...examplesOf(rawParameter, document), ...examplesOf(deref(rawParameter['schema'], document), document)];
        for (const example of examples) {
          found.push({
            where: `${here} ${group.in} parameter ${parameter.name}`,
            example,
            // The parameter's own verdict: no issue under its name when it is received alone.
            zod: (e) => {
              const result = entry.parameters[group.in]!.safeParse({ [parameter.name]: asReceived(e, parameter) });
              return result.success || !result.error!.issues.some((i) => i.path[0] === parameter.name);
            },
            pointer: `${groupPointer}/properties/${encodeURIComponent(parameter.name.replaceAll('~', '~0').replaceAll('/', '~1'))}`,
          });
        }
      }
    }
  }
  return found;
}

const documents = skip
  ? []
  : [
      path.join(sharedData, 'letta-openapi.json'),
      ...readdirSync(path.join(sharedData, 'openapi-corpus'))
        .sort()
        .map((f) => path.join(sharedData, 'openapi-corpus', f)),
    ];

describe.skipIf(skip !== undefined)('examples get the same verdict from Zod and from Ajv', () => {
  it.each(documents.map((d) => [path.basename(d), d]))(
    '%s',
    async (_, file) => {
      const text = readFileSync(file, 'utf8');
      // A document with no example anywhere (discord.json) has nothing to compare: say so without generating it.
      if (!/["']?\bexamples?["']?\s*:/.test(text)) {
        expect({ file: path.basename(file), cases: 0, valid: 0, invalid: 0 }).toMatchSnapshot();
        return;
      }
      const result = await generate({ input: file, cwd: root, targets: ['json-schema', 'zod'] });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const scratch = path.join(root, 'test/.tmp/examples', path.basename(file));
      await writeFiles(scratch, result.files);
      const zod = (await import(pathToFileURL(path.join(scratch, 'zod.ts')).href)) as { operations: Record<string, Entry> };
      const loaded = await loadDocument(file, root);
      if (!loaded.ok) throw new Error('the document does not load');
      const { model } = await readDocument(loaded.document, { cwd: root, location: file });
      const document = (file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { version: '1.2' })) as Json;
      const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as Json;
      const disagreements: string[] = [];
      const list = cases(document, model!, zod.operations);
      // One Ajv (as a user runs it, with ajv-formats) holding the whole schema; each case is one of its pointers.
      const ajv = ajvFor(schema);
      const verdicts = { valid: 0, invalid: 0 };
      for (const c of list) {
        const [zodVerdict, ajvVerdict] = [c.zod(c.example), ajv(c.pointer, c.example)];
        verdicts[zodVerdict ? 'valid' : 'invalid']++;
        if (zodVerdict !== ajvVerdict)
          disagreements.push(`${c.where}: Zod ${zodVerdict}, Ajv ${ajvVerdict} on ${JSON.stringify(c.example)?.slice(0, 120)}`);
      }
      expect(disagreements).toEqual([]);
      // How many examples each document gives, and how many of them its own schemas reject.
      expect({ file: path.basename(file), cases: list.length, ...verdicts }).toMatchSnapshot();
    },
    180_000,
  );
});
