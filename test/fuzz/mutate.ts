/**
 * A seeded mutation fuzzer for structgen's inputs. Seeds are real documents of all four formats (every
 * fixture, the default input, and ../shared/data when it is there); each case takes one seed, applies a
 * few mutations of the kinds that once broke structgen (deep nesting, huge arrays and strings, odd keys,
 * wrong types for keywords, refs to odd places, cycles, hostile patterns), and writes it as JSON or
 * YAML, sometimes with YAML's own constructs or a damaged text. The same seed gives the same cases.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify as yamlStringify } from 'yaml';
import type { GenerateOptions } from '../../src/index.js';
import { random } from '../support.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Seed {
  /** Where it came from, for the report. */
  source: string;
  value: Json;
  /** Component names, for OpenAPI seeds too large to generate whole in a case (`--entity`). */
  entities?: string[];
}

export interface FuzzCase {
  index: number;
  seed: string;
  mutations: string[];
  options: Pick<GenerateOptions, 'input' | 'format' | 'entities' | 'targets'>;
  /** The input as text, to save when the case fails. */
  text: string;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Json;

/** Every seed document: fixtures and the default input always; the shared data when present. */
export async function loadSeeds(root: string, sharedData: string | undefined): Promise<Seed[]> {
  const { parse } = await import('yaml');
  const seeds: Seed[] = [];
  const fixtures = path.join(root, 'test/fixtures');
  for (const name of readdirSync(fixtures).sort()) {
    const file = readdirSync(path.join(fixtures, name)).find((f) => /^input\.(json|ya?ml)$/.test(f))!;
    const text = readFileSync(path.join(fixtures, name, file), 'utf8');
    seeds.push({ source: `fixtures/${name}`, value: (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Json });
  }
  seeds.push({ source: 'schemas/letta-job.json', value: readJson(path.join(root, 'schemas/letta-job.json')) });
  if (!sharedData) return seeds;

  const add = (source: string, value: Json) => {
    const schemas = (value as { components?: { schemas?: Record<string, Json> } } | null)?.components?.schemas;
    // Big specs are generated one entity (and what it references) at a time, as --entity does.
    const big = JSON.stringify(value).length > 100_000 && schemas && typeof schemas === 'object';
    seeds.push(big ? { source, value, entities: Object.keys(schemas) } : { source, value });
  };
  add('letta-openapi.json', readJson(path.join(sharedData, 'letta-openapi.json')));
  const corpus = path.join(sharedData, 'openapi-corpus');
  for (const file of readdirSync(corpus).sort()) {
    const text = readFileSync(path.join(corpus, file), 'utf8');
    add(`openapi-corpus/${file}`, (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Json);
  }
  const catalog = path.join(sharedData, 'letta-catalog');
  for (const file of readdirSync(catalog).sort()) add(`letta-catalog/${file}`, readJson(path.join(catalog, file)));
  const structure = path.join(sharedData, 'json-structure');
  const structureFiles = readdirSync(structure, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.struct.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of structureFiles) add(`json-structure/${path.relative(structure, file)}`, readJson(file));
  const suite = path.join(sharedData, 'json-schema-test-suite/draft2020-12');
  if (existsSync(suite)) {
    for (const file of readdirSync(suite)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const groups = readJson(path.join(suite, file)) as { schema: Json }[];
      groups.forEach((g, i) => add(`json-schema-test-suite/${file}#${i}`, g.schema));
    }
  }
  return seeds;
}

const oddKeys = [
  '__proto__',
  'constructor',
  'toString',
  '\ud800',
  '\udfff\ud800',
  '*/',
  '/*',
  '${x}',
  '`',
  '\'"\\',
  '</script>',
  '',
  ' ',
  '#',
  '~0~1/',
  '%',
  '\u2028',
  '\u0000',
  'a'.repeat(5000),
  '0',
  '-1',
  '$ref',
  '$defs',
  'type',
];
const oddStrings = [
  ...oddKeys,
  'null',
  '🙂'.repeat(3),
  'x'.repeat(100_000),
  '\n\n# h\n| a | b |\n',
  '<!-- -->',
  '[x](javascript:alert(1))',
];
const oddValues: Json[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  1e21,
  -1e308,
  2 ** 53 + 2,
  '',
  'x',
  [],
  [null],
  {},
  { type: 'string' },
  [1, 'a', {}],
];
const keywords = [
  'type',
  'properties',
  'required',
  'items',
  'prefixItems',
  'enum',
  'const',
  '$ref',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxItems',
  'additionalProperties',
  'patternProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'discriminator',
  'nullable',
  'default',
  'examples',
  'dependentRequired',
  'dependentSchemas',
  'propertyNames',
  'contains',
  '$defs',
  'definitions',
  'components',
  'schemas',
  'openapi',
  '$schema',
  '$id',
  '$anchor',
  'fields',
  'name',
  'entity',
  'jsonStructure',
  '$root',
  '$extends',
  '$import',
  '$importdefs',
  'choices',
  'selector',
  'values',
  'tuple',
  'precision',
  'scale',
  'altnames',
  'unevaluatedProperties',
  '$dynamicRef',
  'uniqueItems',
];
// Relative refs resolve when a case runs from a file (the fuzz test writes some beside `other.json`).
const refs = [
  'other.json',
  'other.json#/$defs/A',
  './sub/../other.json#/$defs/B',
  '%E0%A4%A.json',
  'other.json#/%zz',
  'missing.yaml',
  'case.json',
  '#',
  '#/',
  '#/components',
  '#/components/schemas',
  '#/paths',
  '#/definitions',
  '#/$defs/',
  '#/$defs/%',
  '#/$defs/%E0%A4%A',
  '#/definitions/a~2b',
  '#/0',
  '#foo',
  '../x.json',
  '/etc/passwd',
  'file:///etc/passwd',
  'http://127.0.0.1:9/x.json',
  'https://example.invalid/s.json',
  'x.yaml#/a',
  'urn:x:y',
  ':',
  '#/$defs/\ud800',
  'a'.repeat(3000),
  '#/components/schemas/' + 'y'.repeat(3000),
  '#/properties/p/items',
];
const patterns = [
  '^(a+)+$',
  '(x+x+)+y',
  '^(\\w+\\s?)*$',
  '(',
  '[',
  '\\',
  '(?<n>a)\\k<n>',
  '(?<=a)b',
  '\\p{L}+',
  '\\p{Nope}',
  '^a\\|b$',
  '[\\u{1F600}-\\u{1F64F}]',
  '(a|a)*',
  '.*'.repeat(50),
  '\\d{99999}',
  'a{2,1}',
  '(?:)',
  '$^',
  '*',
  '\\1',
];
const formats = [
  'date-time',
  'date',
  'time',
  'uuid',
  'uri',
  'email',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'regex',
  'x'.repeat(300),
  '',
];

type Mutation = (value: Json, rnd: () => number) => [Json, string];

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

/** Every container (object or array) in the document with the path to it, for mutations to pick from. */
function containers(root: Json): { node: Json[] | { [key: string]: Json }; path: (string | number)[] }[] {
  const found: { node: Json[] | { [key: string]: Json }; path: (string | number)[] }[] = [];
  const stack: { node: Json; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0 && found.length < 20_000) {
    const { node, path: at } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    found.push({ node, path: at });
    if (Array.isArray(node)) node.forEach((child, i) => stack.push({ node: child, path: [...at, i] }));
    else for (const key of Object.keys(node)) stack.push({ node: node[key]!, path: [...at, key] });
  }
  return found;
}

const pointer = (at: (string | number)[]) => at.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');

/** Sets `key` of an object (or index of an array) as an own property, even `__proto__`. */
function put(node: Json[] | { [key: string]: Json }, key: string | number, value: Json): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function randomKey(node: Json[] | { [key: string]: Json }, rnd: () => number): string | number | undefined {
  const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  return keys.length === 0 ? undefined : pick(rnd, keys);
}

function nest(inner: Json, depth: number, rnd: () => number): Json {
  const shape = pick(rnd, ['anyOf', 'nullable', 'items', 'array', 'properties', 'allOf', 'oneOf', 'not']);
  let value = inner;
  for (let i = 0; i < depth; i++) {
    if (shape === 'anyOf') value = { anyOf: [value, { type: 'null' }] };
    else if (shape === 'nullable') value = { anyOf: [value, { type: 'string' }] };
    else if (shape === 'items') value = { type: 'array', items: value };
    else if (shape === 'array') value = [value];
    else if (shape === 'properties') value = { type: 'object', properties: { a: value } };
    else value = { [shape]: shape === 'not' ? value : [value, { type: 'integer' }] };
  }
  return value;
}

const mutations: Record<string, Mutation> = {
  'deep nesting': (root, rnd) => {
    const depth = pick(rnd, [8, 20, 30, 60, 99, 140, 250]);
    const target = pick(rnd, containers(root));
    const key = randomKey(target.node, rnd);
    if (key === undefined) return [nest(root, depth, rnd), `root nested ${depth} deep`];
    put(target.node, key, nest(Array.isArray(target.node) ? target.node[key as number]! : target.node[key]!, depth, rnd));
    return [root, `${pointer([...target.path, key])} nested ${depth} deep`];
  },
  'huge array': (root, rnd) => {
    const kind = pick(rnd, ['enum', 'required', 'anyOf', 'properties', 'copies', 'dependentRequired']);
    // Copies of a whole subtree multiply the output; lists of names stay one line each.
    // Sizes stay where a case's output is a few megabytes at most, so that the 5 s bound measures
    // structgen's growth, not the size of its output; hostile-input.test.ts has the 20,000-name cases.
    const size = kind === 'copies' ? pick(rnd, [20, 100, 300]) : pick(rnd, [200, 1000, 3000]);
    const target = pick(rnd, containers(root));
    const names = Array.from({ length: size }, (_, i) => `p${i}`);
    const value: Json =
      kind === 'enum'
        ? names
        : kind === 'required'
          ? names
          : kind === 'anyOf'
            ? names.map(() => ({ type: 'string' }))
            : kind === 'properties'
              ? Object.fromEntries(names.map((n) => [n, { type: 'string' }]))
              : kind === 'dependentRequired'
                ? { a: names }
                : Array.from({ length: size }, () => structuredClone(target.node) as Json);
    const key = kind === 'copies' ? (randomKey(target.node, rnd) ?? 'x') : kind;
    if (Array.isArray(target.node) && typeof key === 'string') target.node.push(value);
    else put(target.node, key, value);
    return [root, `${kind} of ${size} at ${pointer(target.path)}`];
  },
  'huge string': (root, rnd) => {
    // Up to 30,000 characters: hostile text much longer than that (100,000 characters of `|`*_`) makes
    // prettier's Markdown parser, which formats what structgen's own Markdown layout declines, take
    // seconds; that is a known limit, not something this fuzzer should rediscover on every run.
    const size = pick(rnd, [3_000, 10_000, 30_000]);
    const target = pick(rnd, containers(root));
    const key = Array.isArray(target.node) ? 0 : pick(rnd, ['description', 'title', 'name', 'type', '$ref', 'pattern', 'entity', 'x']);
    put(target.node, key, pick(rnd, ['x', 'ab', '\\', '|`*_', '中', '\ud800']).repeat(size / 2));
    return [root, `${size}-character ${key} at ${pointer(target.path)}`];
  },
  'odd key': (root, rnd) => {
    const target = pick(rnd, containers(root));
    if (Array.isArray(target.node)) return [root, 'odd key skipped (array)'];
    const old = randomKey(target.node, rnd);
    const name = pick(rnd, oddKeys);
    const value = old === undefined ? { type: 'string' } : target.node[old]!;
    if (old !== undefined && rnd() < 0.5) delete target.node[old];
    put(target.node, name, value);
    return [root, `key ${JSON.stringify(name).slice(0, 40)} at ${pointer(target.path)}`];
  },
  'wrong type': (root, rnd) => {
    const target = pick(rnd, containers(root));
    const key = rnd() < 0.7 && !Array.isArray(target.node) ? pick(rnd, keywords) : randomKey(target.node, rnd);
    if (key === undefined) return [root, 'wrong type skipped'];
    const value = rnd() < 0.7 ? pick(rnd, oddValues) : pick(rnd, oddStrings);
    put(target.node, key, structuredClone(value));
    return [root, `${String(key)} = ${JSON.stringify(value).slice(0, 40)} at ${pointer(target.path)}`];
  },
  'odd ref': (root, rnd) => {
    const all = containers(root);
    const target = pick(
      rnd,
      all.filter((c) => !Array.isArray(c.node)),
    );
    if (!target) return [root, 'odd ref skipped'];
    // A ref to a random place of the document (often an ancestor: a cycle), or to an odd place.
    const ref = rnd() < 0.5 ? '#' + encodeURI(pointer(pick(rnd, all).path)) : pick(rnd, refs);
    if (rnd() < 0.5 && Array.isArray(root) === false) put(target.node, '$ref', ref);
    else put(target.node, 'type', { $ref: ref });
    return [root, `$ref ${JSON.stringify(ref).slice(0, 60)} at ${pointer(target.path)}`];
  },
  cycle: (root, rnd) => {
    const all = containers(root).filter((c) => !Array.isArray(c.node) && c.path.length > 0);
    if (all.length === 0) return [root, 'cycle skipped'];
    const inner = pick(rnd, all);
    const ancestor = inner.path.slice(0, Math.floor(rnd() * inner.path.length));
    const keyword = pick(rnd, ['allOf', 'anyOf', '$extends', 'items', 'not', 'additionalProperties']);
    const ref = { $ref: '#' + pointer(ancestor) };
    put(
      inner.node as { [key: string]: Json },
      keyword,
      keyword === 'allOf' || keyword === 'anyOf' ? [ref] : keyword === '$extends' ? ref.$ref : ref,
    );
    return [root, `${keyword} back to ${pointer(ancestor) || '#'} from ${pointer(inner.path)}`];
  },
  'odd pattern': (root, rnd) => {
    const target = pick(
      rnd,
      containers(root).filter((c) => !Array.isArray(c.node)),
    );
    if (!target) return [root, 'odd pattern skipped'];
    const pattern = pick(rnd, patterns);
    if (rnd() < 0.3) put(target.node, 'patternProperties', { [pattern]: { type: 'string' } });
    else {
      put(target.node, 'type', 'string');
      put(target.node, 'pattern', pattern);
    }
    return [root, `pattern ${JSON.stringify(pattern).slice(0, 40)} at ${pointer(target.path)}`];
  },
  'odd number': (root, rnd) => {
    const target = pick(
      rnd,
      containers(root).filter((c) => !Array.isArray(c.node)),
    );
    if (!target) return [root, 'odd number skipped'];
    const key = pick(rnd, [
      'minimum',
      'maximum',
      'exclusiveMinimum',
      'multipleOf',
      'minLength',
      'maxLength',
      'minItems',
      'maxProperties',
      'precision',
      'scale',
      'minContains',
    ]);
    const value = pick(rnd, [0, -1, 1e-320, 1e308, 2 ** 64, 0.1, -0, 3.5, 1e21]);
    put(target.node, key, value);
    if (rnd() < 0.5) put(target.node, 'format', pick(rnd, formats));
    return [root, `${key} = ${value} at ${pointer(target.path)}`];
  },
  'delete or copy': (root, rnd) => {
    const all = containers(root);
    const target = pick(rnd, all);
    const key = randomKey(target.node, rnd);
    if (key === undefined) return [root, 'delete skipped'];
    if (rnd() < 0.5) {
      if (Array.isArray(target.node)) target.node.splice(key as number, 1);
      else delete target.node[key];
      return [root, `deleted ${pointer([...target.path, key])}`];
    }
    const source = pick(rnd, all);
    put(target.node, key, structuredClone(source.node) as Json);
    return [root, `copied ${pointer(source.path)} to ${pointer([...target.path, key])}`];
  },
  'whole document': (_root, rnd) => {
    const value = pick(rnd, oddValues);
    return [structuredClone(value), `document replaced by ${JSON.stringify(value)}`];
  },
};
const mutationNames = Object.keys(mutations);
// The whole-document replacement is rare: it ends most cases at once.
const weights = mutationNames.map((name) => (name === 'whole document' ? 0.2 : 1));

function pickMutation(rnd: () => number): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rnd() * total;
  for (let i = 0; i < mutationNames.length; i++) if ((r -= weights[i]!) < 0) return mutationNames[i]!;
  return mutationNames[0]!;
}

/** YAML's own constructs, written into the text: anchors and aliases, tags, merge keys, odd scalars. */
const yamlTails = [
  '\nx-anchor: &a {type: string}\nx-alias: *a\n',
  '\nx-bomb: &b [*b]\n',
  '\nx-tag: !!binary aGVsbG8=\n',
  '\nx-custom: !custom value\n',
  '\n<<: {merged: true}\n',
  '\nx-inf: .inf\nx-nan: .nan\n',
  '\nx-dup: 1\nx-dup: 2\n',
  '\n---\nsecond: document\n',
  '\nx-date: 2026-01-27\nx-on: on\nx-hex: 0x1F\nx-null: ~\nx-big: 1e400\n',
  '\n\tx-tab: 1\n',
  '\nx-flow: ' + '['.repeat(300) + ']'.repeat(300) + '\n',
  '\nx-block:\n' + Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i + 1)}- a`).join('\n') + '\n',
];

/** Damage to the text itself: cut short, a stray byte, a BOM, a control character. */
function damage(text: string, rnd: () => number): [string, string] {
  const at = Math.floor(rnd() * text.length);
  const kind = pick(rnd, ['truncate', 'insert', 'bom', 'control']);
  if (kind === 'truncate') return [text.slice(0, at), `truncated at ${at}`];
  if (kind === 'bom') return ['\uFEFF' + text, 'BOM'];
  const insert = kind === 'control' ? '\u0000' : pick(rnd, ['{', '}', ']', ',', '"', ':', '\\', '\ud800', '#']);
  return [text.slice(0, at) + insert + text.slice(at), `${JSON.stringify(insert)} inserted at ${at}`];
}

const formatsOf = ['flat-structure', 'openapi', 'json-structure', 'json-schema'] as const;

/** The `index`-th case of a run: deterministic in (seed, index). */
export function makeCase(seeds: Seed[], seed: number, index: number): FuzzCase {
  const rnd = random(seed * 1_000_003 + index);
  const source = pick(rnd, seeds);
  let value = structuredClone(source.value);
  const applied: string[] = [];
  const count = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < count; i++) {
    // A document that is no longer an object or array has nowhere to mutate but the whole.
    const name = typeof value === 'object' && value !== null ? pickMutation(rnd) : 'whole document';
    const [next, what] = mutations[name]!(value, rnd);
    value = next;
    applied.push(`${name}: ${what}`);
  }
  const asYaml = rnd() < 0.35;
  let text: string;
  try {
    text = asYaml ? yamlStringify(value, { aliasDuplicateObjects: false, lineWidth: 0 }) : JSON.stringify(value, null, rnd() < 0.5 ? 1 : 0);
  } catch {
    text = JSON.stringify(value);
  }
  if (asYaml && rnd() < 0.3 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const tail = pick(rnd, yamlTails);
    text += tail;
    applied.push(`yaml: ${JSON.stringify(tail.slice(0, 30))}`);
  }
  if (rnd() < 0.1) {
    const [damaged, what] = damage(text, rnd);
    text = damaged;
    applied.push(`text: ${what}`);
  }
  const options: FuzzCase['options'] = { input: { document: text, name: asYaml ? 'case.yaml' : 'case.json' } };
  if (rnd() < 0.1) options.format = pick(rnd, formatsOf);
  if (source.entities && source.entities.length > 0) options.entities = [pick(rnd, source.entities)];
  return { index, seed: source.source, mutations: applied, options, text };
}
