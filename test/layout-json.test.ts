/**
 * printJson must print exactly what prettier prints, or decline: checked on every JSON Schema in the
 * snapshots and generated/, on the whole Letta spec's, and on layouts at the edges of its rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { printJson } from '../src/layout/json.js';
import { root, sharedData, sharedDataMissing } from './support.js';
import { readdirSync } from 'node:fs';

const viaPrettier = (value: unknown) =>
  format(JSON.stringify(value, null, 2), { parser: 'json', printWidth: 100, proseWrap: 'preserve', endOfLine: 'lf' });

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'schema.json')
    .map((e) => path.join(e.parentPath, e.name));
}

describe('printJson', () => {
  const files = [...schemaFiles(path.join(root, 'test/snapshots')), ...schemaFiles(path.join(root, 'generated'))];

  it.each(files.map((f) => path.relative(root, f)))('prints %s as prettier did', async (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const printed = printJson(JSON.parse(text));
    if (printed !== undefined) expect(printed).toBe(text);
    expect(await viaPrettier(JSON.parse(text))).toBe(text);
  });

  const edges: [string, unknown][] = [
    ['short array', { required: ['a', 'b'] }],
    ['array exactly at the width', { k: ['x'.repeat(92)] }],
    ['array one past the width', { k: ['x'.repeat(93)] }],
    ['array last in object (no comma)', { a: 1, k: ['y'.repeat(60), 'z'.repeat(28)] }],
    ['array not last in object', { k: ['y'.repeat(60), 'z'.repeat(27)], a: 1 }],
    ['nested objects in arrays', { anyOf: [{ type: 'string' }, { type: 'null' }] }],
    ['long numbers', { enum: Array.from({ length: 40 }, (_, i) => i * 1000) }],
    ['unicode', { enum: ['😀', 'é', '中文'] }],
    ['empty containers', { a: {}, b: [], c: [{}, []] }],
    ['escapes', { d: 'quote " backslash \\ newline \n tab \t \u2028' }],
    [
      'arrays of two or more arrays (always broken)',
      {
        a: [
          [1, 2],
          ['x', 'y'],
        ],
        b: [[1], [2, 3]],
      },
    ],
    ['an object inside a nested array', { a: [[{ b: 1 }]], c: [[{}]] }],
    // Every length around the width, with and without the comma after, at two depths.
    ...Array.from({ length: 8 }, (_, i): [string, unknown] => [
      `arrays ${i} characters either side of the width`,
      { k: ['x'.repeat(86 + i)], o: { k: ['x'.repeat(84 + i)], last: 1 }, m: [['x'.repeat(88 + i)], 1], last: ['x'.repeat(87 + i)] },
    ]),
  ];
  it.each(edges)('%s: same as prettier, or declines', async (_, value) => {
    const printed = printJson(value);
    if (printed !== undefined) expect(printed).toBe(await viaPrettier(value));
  });

  // Arrays are laid out on JSON.stringify's text: random documents of nested arrays and objects, with
  // strings whose lengths put arrays at, under and over the width at every depth.
  it('random nested arrays and objects: same as prettier, or declines', async () => {
    let seed = 2026;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const value = (depth: number): unknown => {
      const kind = random(depth > 3 ? 4 : 7);
      if (kind === 0) return 'x'.repeat(random(45));
      if (kind === 1) return random(3) === 0 ? -random(1000) / 8 : random(100000);
      if (kind === 2) return [true, false, null][random(3)];
      if (kind === 3) return Array.from({ length: random(5) }, () => `s${'y'.repeat(random(30))}`);
      if (kind <= 5) return Array.from({ length: 1 + random(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: 1 + random(4) }, (_, i) => [`k${i}${'z'.repeat(random(20))}`, value(depth + 1)]));
    };
    let printedCount = 0;
    for (let i = 0; i < 300; i++) {
      const doc = { root: value(0), list: value(1) };
      const printed = printJson(doc);
      if (printed === undefined) continue;
      printedCount++;
      expect(printed).toBe(await viaPrettier(doc));
    }
    // Most are printed; the rest hold what printJson leaves to prettier (an empty container or an object
    // inside an array of arrays, numbers filling lines).
    expect(printedCount).toBeGreaterThan(150);
  }, 60_000);
});

const sharedMissing = sharedDataMissing('layout-json.test.ts: printJson on the Letta spec');
describe.skipIf(sharedMissing !== undefined)('printJson on the whole Letta spec', () => {
  it('prints its JSON Schema as prettier does', async () => {
    const result = await generate({ input: path.join(sharedData, 'letta-openapi.json'), targets: ['json-schema'], cwd: root });
    const text = result.files[0]!.contents;
    expect(await viaPrettier(JSON.parse(text))).toBe(text);
  }, 60_000);
});
