/**
 * YAML's fast path (src/read/yaml-fast.ts) reads what the `yaml` package reads, value for value, and
 * declines what it would read differently, which then goes through `yaml` as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadDocument } from '../src/read/index.js';
import { loadYamlFast } from '../src/read/yaml-fast.js';
import { root, sharedData, sharedDataMissing } from './support.js';

const byYaml = (text: string) =>
  parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false }).toJS({ maxAliasCount: 1000 }) as unknown;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !e.parentPath.includes('.tmp'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the YAML fast path', () => {
  it('reads every YAML file of the corpora and fixtures as `yaml` does', (context) => {
    const why = sharedDataMissing('openapi-corpus');
    if (why) return context.skip(why);
    const files = [...yamlFiles(path.join(sharedData)), ...yamlFiles(path.join(root, 'test/fixtures'))];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = loadYamlFast(text);
      expect(fast, file).not.toBeUndefined();
      expect(fast, file).toStrictEqual(byYaml(text));
    }
  }, 120_000);

  it('reads YAML 1.2 core scalars as `yaml` does (1_000, 0b11, 012, yes, on and dates stay strings)', () => {
    const text = [
      'v: [0x10, 0o17, 012, 1_000, 1e3, .NaN, -.inf, +.inf, Null, NULL, True, TRUE, yes, on, 2026-01-27, 1.0, 0b11, +12, .5, 5., 0x_1, 12e, -0, 1.5e+3, 9007199254740993]',
      '__proto__: {a: 1}',
      'folded: >\n  two\n  lines\n',
      'literal: |\n  keep\n   this\n',
      "quoted: \"\\u00e9\\t\", single: 'it''s'",
      '"1": string key',
      '2: number key',
      'true: boolean key',
      'empty:',
    ].join('\n');
    const fast = loadYamlFast(text.replace('quoted: "\\u00e9\\t", single', 'quoted: "\\u00e9\\t"\nsingle'));
    expect(fast).toStrictEqual(byYaml(text.replace('quoted: "\\u00e9\\t", single', 'quoted: "\\u00e9\\t"\nsingle')));
    expect(Object.hasOwn(fast as object, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(fast)).toBe(Object.prototype);
  });

  it.each([
    ['an alias of a map', 'a: &x {b: 1}\nc: *x\n'],
    ['a null key', 'null: 1\n'],
    ['an empty key', ': 1\n'],
    ['a complex key', '? [a, b]\n: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tag outside the core schema', 'a: !!binary aGVsbG8=\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a bare scalar', 'hello\n'],
  ])('declines %s', (_, text) => {
    expect(loadYamlFast(text)).toBeUndefined();
  });

  it('still locates a pointer in a document it read (through `yaml`, on the first ask)', async () => {
    const text = 'openapi: 3.0.0\ninfo:\n  title: t\ncomponents:\n  schemas:\n    Pet:\n      type: object\n';
    const loaded = await loadDocument({ document: text, name: 'pet.yaml' }, root);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.document.locate('/components/schemas/Pet/type')).toEqual({ line: 7, column: 13 });
  });

  it('a document with aliases keeps the alias limit', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const loaded = await loadDocument({ document: lines.join('\n'), name: 'laughs.yaml' }, root);
    expect(loaded.ok).toBe(false);
  });
});
