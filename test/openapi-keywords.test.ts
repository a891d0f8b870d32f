/**
 * Nothing dropped in silence, OpenAPI: every keyword of the corpus's component schemas (and their
 * subschemas) is carried (removing it changes what structgen reads of that component: the model or the
 * diagnostics) or named by an `unsupported-keyword` warning at its pointer. Each component is read alone
 * (`entities: [name]`, with what it references), so a read costs what the component costs. Sampled: the
 * small documents whole; in spotify, twilio and discord, 8 components each, picked by a seeded shuffle.
 * Exempt: annotations and identifiers (the reader's list, plus OpenAPI's `example`, `externalDocs`, `xml`),
 * `x-` extensions, `discriminator` (read with the polymorphism it names, tested there), keywords the
 * specification gives no effect where they stand (as in the JSON Schema test), `type` where `properties`,
 * `items` or an `allOf` of objects imply it (OpenAPI's reading), `nullable` on a schema that takes
 * anything, `format` on an object or array (formats apply to strings and numbers), and value checks beside an `enum`/`const` (the values are
 * listed). Needs ../shared/data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonPointer, pointerSegments } from '../src/diagnostics/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { annotationKeywords, subschemas } from '../src/read/json-schema/keywords.js';
import { droppedInSilence, type Occurrence, type Read } from './keyword-coverage.js';
import { random, root, sharedData, sharedDataMissing } from './support.js';

const skip = sharedDataMissing('the OpenAPI keyword coverage tests');
const corpus = path.join(sharedData, 'openapi-corpus');
const sampled = new Set(['spotify.yml', 'twilio_messaging_v1.json', 'discord.json']);
const perSampledDocument = 8;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function occurrences(schema: unknown, at: string): Occurrence[] {
  if (!isObject(schema)) return [];
  return [
    ...Object.keys(schema).map((keyword) => ({ at, keyword })),
    ...subschemas(schema).flatMap((sub) => occurrences(sub.schema, jsonPointer([...pointerSegments(at), ...sub.segments]))),
  ];
}

const exempt = new Set([...annotationKeywords, 'example', 'externalDocs', 'xml', 'discriminator']);

function noEffect(document: unknown, { at, keyword }: Occurrence): boolean {
  let node = document;
  for (const segment of pointerSegments(at)) node = (node as Json)[segment];
  const schema = node as Json;
  const value = schema[keyword];
  if (keyword.startsWith('x-')) return true;
  switch (keyword) {
    case 'then':
    case 'else':
      return !('if' in schema);
    case 'type':
      // Beside an enum or const of that type; or, as API authors mean it, implied by properties or items.
      return (
        'enum' in schema ||
        'const' in schema ||
        (value === 'object' && ['properties', 'additionalProperties', 'required', 'allOf'].some((k) => k in schema)) ||
        (value === 'array' && 'items' in schema)
      );
    case 'format':
      // Formats apply to strings and numbers; on an object or array it annotates.
      if (schema['type'] === 'object' || schema['type'] === 'array') return true;
      return 'enum' in schema || 'const' in schema;
    case 'pattern':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'multipleOf':
      // The values are listed: a listed value that breaks a bound or length is dropped with a warning.
      return 'enum' in schema || 'const' in schema;
    case 'required':
      return Array.isArray(value) && value.length === 0;
    case 'uniqueItems':
      return value === false;
    case 'nullable':
      // false, or beside no type (the schema already takes anything, null included).
      return (
        value === false ||
        !('type' in schema || '$ref' in schema || 'enum' in schema || 'allOf' in schema || 'anyOf' in schema || 'oneOf' in schema)
      );
    default:
      return false;
  }
}

/** The components to check in a document: all of them, or a seeded sample of the large documents'. */
function components(file: string, document: Json): string[] {
  const schemas = isObject(document['components']) && isObject((document['components'] as Json)['schemas']);
  const names = schemas ? Object.keys((document['components'] as Json)['schemas'] as Json) : [];
  if (!sampled.has(file)) return names;
  const next = random(names.length);
  const shuffled = [...names].sort().map((n) => [next(), n] as const);
  return shuffled
    .sort((a, b) => a[0] - b[0])
    .slice(0, perSampledDocument)
    .map(([, n]) => n);
}

describe.skipIf(skip !== undefined)('OpenAPI: nothing dropped in silence', () => {
  const files = skip === undefined ? readdirSync(corpus).sort() : [];
  it.each(files)(
    '%s',
    async (file) => {
      const text = readFileSync(path.join(corpus, file), 'utf8');
      const document = (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Json;
      const silent: string[] = [];
      for (const name of components(file, document)) {
        const read: Read = async (value) => {
          const loaded = await loadDocument({ document: value, name: file }, root);
          if (!loaded.ok) return { diagnostics: loaded.diagnostics };
          return readDocument(loaded.document, { cwd: root, format: 'openapi', entities: [name] });
        };
        const at = jsonPointer(['components', 'schemas', name]);
        const found = occurrences(((document['components'] as Json)['schemas'] as Json)[name], at);
        silent.push(...(await droppedInSilence(document, found, read, exempt, (o) => noEffect(document, o))));
      }
      expect(silent).toEqual([]);
    },
    300_000,
  );
});
