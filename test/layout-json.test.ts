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
  ];
  it.each(edges)('%s: same as prettier, or declines', async (_, value) => {
    const printed = printJson(value);
    if (printed !== undefined) expect(printed).toBe(await viaPrettier(value));
  });
});

const sharedMissing = sharedDataMissing('layout-json.test.ts: printJson on the Letta spec');
describe.skipIf(sharedMissing !== undefined)('printJson on the whole Letta spec', () => {
  it('prints its JSON Schema as prettier does', async () => {
    const result = await generate({ input: path.join(sharedData, 'letta-openapi.json'), targets: ['json-schema'], cwd: root });
    const text = result.files[0]!.contents;
    expect(await viaPrettier(JSON.parse(text))).toBe(text);
  }, 60_000);
});
