/**
 * Nothing dropped in silence, JSON Schema: every keyword of every schema in the JSON Schema Test Suite
 * (drafts 7, 2019-09 and 2020-12; core, optional and optional/format) is carried (removing it changes
 * what structgen reads: the model or the diagnostics) or named by an `unsupported-keyword` warning at
 * its pointer. Exempt: keywords that only annotate or identify (the reader's own list), keywords the
 * specification gives no effect where they stand (`then` without `if`, `additionalItems` without an
 * `items` array, ...), and keywords of schemas never applied to any instance (see neverApplied). The
 * walk uses the reader's own table of which keywords hold subschemas.
 * Needs ../shared/data. Cost: one read per keyword occurrence, about 4,000 reads, under 30 s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPointer, pointerSegments } from '../src/diagnostics/index.js';
import { loadDocument, readDocument, type JsonSchemaDialect } from '../src/read/index.js';
import { annotationKeywords, subschemas } from '../src/read/json-schema/keywords.js';
import { droppedInSilence, outcome, type Occurrence, type Read } from './keyword-coverage.js';
import { root, sharedData, sharedDataMissing, suiteRemotes } from './support.js';

const skip = sharedDataMissing('the JSON Schema keyword coverage tests');
const suite = path.join(sharedData, 'json-schema-test-suite');
const drafts: [string, JsonSchemaDialect][] = [
  ['draft7', 'draft-07'],
  ['draft2019-09', '2019-09'],
  ['draft2020-12', '2020-12'],
];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function files(draft: string): string[] {
  const list = (folder: string) =>
    readdirSync(path.join(suite, draft, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join(folder, f));
  return [...list('.'), ...list('optional'), ...list('optional/format')].sort();
}

/** Every keyword occurrence in the schema and its subschemas, with the pointer of the schema holding it. */
function occurrences(schema: unknown, at = ''): Occurrence[] {
  if (!isObject(schema)) return [];
  return [
    ...Object.keys(schema).map((keyword) => ({ at, keyword })),
    ...subschemas(schema).flatMap((sub) => occurrences(sub.schema, jsonPointer([...pointerSegments(at), ...sub.segments]))),
  ];
}

/** Identifiers beside the annotations: removing an anchor no reference uses changes nothing. */
const exempt = new Set([...annotationKeywords, '$dynamicAnchor', '$recursiveAnchor']);

/** Keywords the specification gives no effect where they stand, or whose meaning another keyword already states. */
function noEffect(document: unknown, { at, keyword }: Occurrence): boolean {
  const schema = nodeAt(document, at) as Json;
  const value = schema[keyword];
  switch (keyword) {
    case 'then':
    case 'else':
      return !('if' in schema);
    case 'additionalItems':
      return !Array.isArray(schema['items']);
    case 'minContains':
    case 'maxContains':
      return !('contains' in schema);
    case 'type':
      // Beside an enum or const of that type.
      return 'enum' in schema || 'const' in schema;
    case 'required':
      return Array.isArray(value) && value.length === 0;
    case 'uniqueItems':
      return value === false;
    case 'allOf':
      return Array.isArray(value) && value.every((m) => m === true || (isObject(m) && Object.keys(m).length === 0));
    default:
      return false;
  }
}

function nodeAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of pointerSegments(pointer)) node = (node as Json)[segment];
  return node;
}

const pointerOf = ({ at, keyword }: Occurrence) => jsonPointer([...pointerSegments(at), keyword]);
const inside = (at: string, pointer: string) => at === pointer || at.startsWith(`${pointer}/`);

/** Keywords that identify or hold subschemas, kept when a schema's own keywords are taken away. */
const structure = new Set(['$id', '$schema', '$anchor', '$dynamicAnchor', '$recursiveAnchor', '$defs', 'definitions']);

/**
 * Whether the schema at `at` is never applied to any instance: making it reject everything (keeping
 * identifiers and `$defs`, which other places may reach) changes nothing. Keywords there cannot be
 * dropped into an output, since nothing reads them (a `$defs` entry no reference reaches; the first stop
 * of a `$dynamicRef` that resolves elsewhere).
 */
async function neverApplied(document: unknown, at: string, read: Read, baseline: string): Promise<boolean> {
  if (at === '') return false;
  const copy = structuredClone(document);
  const schema = nodeAt(copy, at);
  if (!isObject(schema)) return false;
  for (const key of Object.keys(schema)) if (!structure.has(key)) delete schema[key];
  // Rejecting everything instead: were the schema applied anywhere, the read would change.
  schema['not'] = {};
  return outcome(await read(copy)) === baseline;
}

/** The occurrences `noEffect` names, and everything inside them or inside a `contentSchema` (an annotation). */
function notAsked(document: unknown, found: Occurrence[]): (o: Occurrence) => boolean {
  const skipped = found.filter((o) => noEffect(document, o) || o.keyword === 'contentSchema').map(pointerOf);
  return (o) => noEffect(document, o) || skipped.some((p) => inside(o.at, p));
}

describe.skipIf(skip !== undefined)('JSON Schema: nothing dropped in silence', () => {
  const remoteDocuments = skip === undefined ? suiteRemotes() : {};
  describe.each(drafts)('%s', (draft, dialect) => {
    const list = skip === undefined ? files(draft) : [];
    it('walks the suite', () => expect(list.length).toBeGreaterThan(50));
    it.each(list)('%s', async (file) => {
      const groups = JSON.parse(readFileSync(path.join(suite, draft, file), 'utf8')) as { description: string; schema: unknown }[];
      const silent: string[] = [];
      for (const group of groups) {
        const read: Read = async (value: unknown) => {
          const loaded = await loadDocument({ document: value, name: 'schema.json' }, root);
          if (!loaded.ok) return { diagnostics: loaded.diagnostics };
          return readDocument(loaded.document, { cwd: root, format: 'json-schema', dialect, remoteDocuments });
        };
        const found = occurrences(group.schema);
        const dropped = await droppedInSilence(group.schema, found, read, exempt, notAsked(group.schema, found));
        if (dropped.length === 0) continue;
        const baseline = outcome(await read(group.schema));
        for (const pointer of dropped) {
          const at = jsonPointer(pointerSegments(pointer).slice(0, -1));
          if (!(await neverApplied(group.schema, at, read, baseline))) silent.push(`${group.description}: ${pointer}`);
        }
      }
      expect(silent).toEqual([]);
    });
  });
});
