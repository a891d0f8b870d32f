/**
 * Nothing dropped in silence, JSON Structure: every keyword of every primer sample and SDK test-asset
 * schema is carried (removing it changes what structgen reads) or named by an `unsupported-keyword`
 * warning at its pointer. Keywords that only annotate (name, $id, $comment, contentMediaType,
 * contentCompression) are exempt. Needs ../shared/data. Cost: about 15 s (one read per keyword).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPointer, pointerSegments } from '../src/diagnostics/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { schemaKeywords } from '../src/read/json-structure/keywords.js';
import { droppedInSilence, type Occurrence } from './keyword-coverage.js';
import { root, sharedData, sharedDataMissing } from './support.js';

const skip = sharedDataMissing('the JSON Structure keyword coverage tests');
const data = path.join(sharedData, 'json-structure');

function schemaFiles(): string[] {
  if (!existsSync(data)) return [];
  const samples = ['core', 'import'].flatMap((group) =>
    readdirSync(path.join(data, 'samples', group)).map((s) => path.join('samples', group, s, 'schema.struct.json')),
  );
  const assets = ['invalid', 'warnings', 'validation', 'adversarial'].flatMap((group) =>
    readdirSync(path.join(data, 'test-assets/schemas', group))
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join('test-assets/schemas', group, f)),
  );
  return [...samples, ...assets].sort();
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Maps from names to schemas (their keys are names, not keywords). */
const schemaMaps = new Set(['properties', 'choices', 'patternProperties', 'patternKeys']);
/** Keywords whose value is one schema, or a list of schemas. */
const schemaValued = new Set([
  'items',
  'values',
  'keys',
  'keyNames',
  'propertyNames',
  'contains',
  'has',
  'not',
  'if',
  'then',
  'else',
  'additionalProperties',
]);
const schemaLists = new Set(['allOf', 'anyOf', 'oneOf']);

/** Every keyword occurrence in schemas of the document, with the pointer of the schema holding it. */
function occurrences(document: unknown): Occurrence[] {
  const found: Occurrence[] = [];
  const schema = (node: unknown, at: string): void => {
    if (!isObject(node)) return;
    for (const [keyword, value] of Object.entries(node)) {
      found.push({ at, keyword });
      const below = (...segments: (string | number)[]) => jsonPointer([...pointerSegments(at), keyword, ...segments]);
      if (schemaMaps.has(keyword) && isObject(value)) for (const [name, sub] of Object.entries(value)) schema(sub, below(name));
      else if (schemaValued.has(keyword)) schema(value, below());
      else if (schemaLists.has(keyword) && Array.isArray(value)) value.forEach((sub, i) => schema(sub, below(i)));
      else if (keyword === 'definitions' || keyword === '$defs') namespace(value, below());
    }
  };
  const namespace = (node: unknown, at: string): void => {
    if (!isObject(node)) return;
    for (const [name, sub] of Object.entries(node)) {
      const subAt = jsonPointer([...pointerSegments(at), name]);
      if (isObject(sub) && ['type', '$ref', 'properties', 'enum', 'const', 'allOf', 'anyOf', 'oneOf', 'not', 'if'].some((k) => k in sub))
        schema(sub, subAt);
      else namespace(sub, subAt);
    }
  };
  schema(document, '');
  return found;
}

/**
 * Annotations, and `$uses` in a schema document: structgen applies every add-in it knows whether or
 * not the document lists it (with a warning where the validation add-in is not listed).
 */
const annotations = new Set(['name', '$id', '$comment', 'contentMediaType', 'contentCompression', '$uses']);

/** What another keyword already says: `type` beside an `enum`/`const` of that type, `uniqueItems` on a set. */
function redundancy(document: unknown) {
  return ({ at, keyword }: Occurrence): boolean => {
    let node: unknown = document;
    for (const segment of pointerSegments(at)) node = (node as Json)[segment];
    const schema = node as Json;
    if (keyword === 'type') return 'enum' in schema || 'const' in schema;
    return keyword === 'uniqueItems' && schema['type'] === 'set';
  };
}

describe.skipIf(skip !== undefined)('JSON Structure: nothing dropped in silence', () => {
  const files = schemaFiles();

  it('walks the samples and the SDK assets', () => expect(files.length).toBeGreaterThanOrEqual(110));

  it.each(files)('%s', async (file) => {
    const location = path.join(data, file);
    const document = JSON.parse(readFileSync(location, 'utf8')) as unknown;
    const relative = path.relative(root, location);
    const read = async (value: unknown) => {
      const loaded = await loadDocument({ document: value, name: relative }, root);
      if (!loaded.ok) return { diagnostics: loaded.diagnostics };
      return readDocument(loaded.document, { cwd: root, location: relative, format: 'json-structure' });
    };
    expect(await droppedInSilence(document, occurrences(document), read, annotations, redundancy(document))).toEqual([]);
  });

  it('knows every keyword it names as carried', () => {
    // The table is the reader's own list; a keyword in it that no sample uses is still covered by the fixtures.
    expect(schemaKeywords.size).toBeGreaterThan(60);
  });
});
