/**
 * Regex safety at run time: a pattern the readers report as `slow-pattern` is tested by zod.ts's
 * `linearPattern` (an automaton, linear in the string) instead of the engine's backtracking RegExp, with
 * the same verdicts; and no generated validator spends more than 50 ms on a 2 KB string.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { linearPatternHelper } from '../src/emit/zod/linear-pattern.js';
import { generate, writeFiles } from '../src/index.js';
import { random, root, sharedData, sharedDataMissing } from './support.js';

const slowPatterns = [
  '^(a+)+$',
  '^(a|a)*$',
  '(x+x+)+y',
  '^(\\w+\\s?)*$',
  '^(\\d+\\.\\d+)*$',
  // The URL shape specs write (and that hung a validator on the spec's own example URL).
  '^(https?:\\/\\/)?([\\da-z.-]+)\\.([a-z.]{2,6})([\\/\\w .-]*)*\\/?$',
  '^([a-zA-Z0-9_\\-\\.]+)@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.)|(([a-zA-Z0-9\\-]+\\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\\]?)$',
  '^(?:[a-z0-9]+(?:-[a-z0-9]+)*\\.?)+[a-z]$',
  '^(\\p{L}+\\s?)+$',
  '^(a+)+\\b(?=b)',
];

type Tester = (source: string) => RegExp;
let linearPattern: Tester;

beforeAll(async () => {
  // The helper exactly as zod.ts declares it, in a module of its own.
  const dir = path.join(root, 'test/.tmp/pattern-safety');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'linear.ts'), `${linearPatternHelper}\nexport { linearPattern };\n`);
  ({ linearPattern } = (await import(pathToFileURL(path.join(dir, 'linear.ts')).href)) as { linearPattern: Tester });
});

/** Strings built from the pattern's own characters and a few others, short enough for the engine to judge. */
function samples(source: string, seed: number, count: number): string[] {
  const next = random(seed);
  const alphabet = [
    ...new Set([
      ...source.replace(/\\[pPdwsbB]|[\\^$()|*+?{}[\]]/g, ''),
      'a',
      'b',
      'x',
      'y',
      '1',
      '.',
      ' ',
      '-',
      '/',
      '@',
      'é',
      '😀',
      '\n',
    ]),
  ];
  const out = ['', 'a', 'aaaa', 'aaaab', 'xxxxy', 'hello world', '1.5.2.5', 'https://example.com/a/b c', 'me@example.com', 'foo-bar.baz'];
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 14);
    out.push(Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
  }
  return out;
}

/**
 * The time a parse takes after a first one: the least of five, since the machine running the tests is
 * shared (a load of 10 on 2 cores was seen) and a slower run measures the other jobs, not the validator.
 */
function parseMs(parse: () => void): number {
  parse();
  let least = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    parse();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

/** Every distinct pattern of the shared OpenAPI and Swagger corpora (JSON files). */
function corpusPatterns(): string[] {
  const patterns = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'pattern' && typeof inner === 'string') patterns.add(inner);
        else collect(inner);
      }
  };
  for (const folder of ['openapi-corpus', 'openapi-corpus-large', 'swagger2-corpus']) {
    const dir = path.join(sharedData, folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) collect(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  }
  return [...patterns].filter((source) => {
    try {
      return new RegExp(source, 'u') !== undefined;
    } catch {
      return false; // not a valid pattern: structgen leaves it out
    }
  });
}

describe('linearPattern agrees with the engine', () => {
  it.each(slowPatterns)('%s', (source) => {
    const engine = new RegExp(source, 'u');
    const linear = linearPattern(source);
    expect(linear.source).toBe(engine.source);
    for (const text of samples(source, source.length, 400)) expect(linear.test(text), JSON.stringify(text)).toBe(engine.test(text));
  });

  it('on every pattern of the OpenAPI corpus', async (context) => {
    const why = sharedDataMissing('openapi-corpus');
    if (why) return context.skip(why);
    const patterns = corpusPatterns();
    let compared = 0;
    for (const source of patterns) {
      const engine = new RegExp(source, 'u');
      const linear = linearPattern(source);
      for (const text of samples(source, compared, 30))
        expect(linear.test(text), `${source} on ${JSON.stringify(text)}`).toBe(engine.test(text));
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  }, 60_000);
});

describe('generated validators on 2 KB strings', () => {
  const formats = [
    'date-time',
    'date',
    'time',
    'duration',
    'uri',
    'uri-reference',
    'uri-template',
    'email',
    'hostname',
    'ipv4',
    'ipv6',
    'uuid',
    'json-pointer',
    'relative-json-pointer',
    'regex',
    'byte',
  ];
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      ...Object.fromEntries(slowPatterns.map((pattern, i) => [`slow${i}`, { type: 'string', pattern }])),
      ...Object.fromEntries(formats.map((format) => [format, { type: 'string', format }])),
    },
    patternProperties: { '^(a+)+$': { type: 'string' } },
  };
  const long = [
    'a'.repeat(2048) + '!',
    'x'.repeat(2048),
    'ab '.repeat(700) + '!',
    '1.1'.repeat(700) + 'x',
    'https://example.com/' + 'a/'.repeat(1000) + '!',
    'a@' + 'b.'.repeat(1020) + '!',
    '-'.repeat(2048),
    '1'.repeat(2048),
    ':/'.repeat(1024),
    '0'.repeat(2040) + 'T00:00Z',
  ];

  it('every corpus pattern, as zod.ts tests it', async (context) => {
    const why = sharedDataMissing('openapi-corpus');
    if (why) return context.skip(why);
    const patterns = corpusPatterns();
    const properties = Object.fromEntries(patterns.map((pattern, i) => [`p${i}`, { type: 'string', pattern }]));
    const result = await generate({ input: { document: { ...document, properties }, name: 'corpus.json' }, cwd: root, targets: ['zod'] });
    const dir = path.join(root, 'test/.tmp/pattern-safety/corpus');
    await writeFiles(dir, result.files);
    const module = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Record<
      string,
      { safeParse(v: unknown): { success: boolean } }
    >;
    const validator = Object.entries(module).find(([name]) => name.endsWith('Schema'))![1];
    let worst = { ms: 0, key: '', text: '' };
    for (const text of long)
      for (const key of Object.keys(properties)) {
        const value = { [key]: text };
        const ms = parseMs(() => validator.safeParse(value));
        if (ms > worst.ms) worst = { ms, key: patterns[Number(key.slice(1))]!, text: text.slice(0, 30) };
      }
    expect(worst.ms, JSON.stringify(worst)).toBeLessThan(50);
  }, 120_000);

  it('slow patterns go through linearPattern, and each string is judged within 50 ms as the engine judges a short one', async () => {
    const result = await generate({ input: { document, name: 'slow.json' }, cwd: root, targets: ['zod'], assertFormats: true });
    expect(result.files[0]!.contents).toContain('isDateTime');
    const dir = path.join(root, 'test/.tmp/pattern-safety/generated');
    await writeFiles(dir, result.files);
    const zod = result.files.find((f) => f.path === 'zod.ts')!.contents;
    const squeezed = (text: string) => text.replace(/\s+/g, '');
    for (const pattern of slowPatterns) expect(squeezed(zod)).toContain(squeezed(`linearPattern(${JSON.stringify(pattern)}`));
    const module = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Record<
      string,
      { safeParse(v: unknown): { success: boolean } }
    >;
    const validator = Object.entries(module).find(([name]) => name.endsWith('Schema'))![1];
    const keys = [...Object.keys(document.properties), 'a'.repeat(2048) + '!'];
    let worst = { ms: 0, key: '', text: '' };
    for (const text of long) {
      for (const key of keys) {
        const value = { [key]: text };
        const ms = parseMs(() => validator.safeParse(value));
        if (ms > worst.ms) worst = { ms, key, text: text.slice(0, 30) };
      }
    }
    expect(worst.ms, JSON.stringify(worst)).toBeLessThan(50);
  }, 120_000);
});
