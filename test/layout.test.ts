/**
 * structgen lays out its Markdown, TypeScript and Zod output itself, in prettier's exact layout, and
 * runs prettier only where its own layout declines. These tests hold it to that: every file structgen
 * writes (snapshots, generated/, the whole Letta spec, fuzzed spec text) is left unchanged by prettier,
 * and the layouts do not decline on any of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format, util } from 'prettier';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { layoutMarkdown } from '../src/layout/markdown.js';
import { root, sharedData, sharedDataMissing } from './support.js';

const parsers = { '.md': 'markdown', '.ts': 'typescript' } as const;

const viaPrettier = (text: string, parser: string) => format(text, { parser, printWidth: 100, proseWrap: 'preserve', endOfLine: 'lf' });

function outputFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /^(README\.md|types\.ts|zod\.ts)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

describe('every written file is already in prettier’s layout', () => {
  const files = [...outputFiles(path.join(root, 'test/snapshots')), ...outputFiles(path.join(root, 'generated'))];
  it.each(files)('%s', async (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(await viaPrettier(text, parsers[path.extname(file) as keyof typeof parsers])).toBe(text);
    if (file.endsWith('.md')) expect(layoutMarkdown(text, util.getStringWidth)).toBe(text);
  });
});

describe('layoutMarkdown', () => {
  const width = (s: string) => util.getStringWidth(s);
  it('aligns tables as prettier does, counting wide characters twice', async () => {
    const text = '# T\n\n| a | b |\n| --- | --- |\n| 中文 | `x \\| y` |\n| 😀 |  |\n';
    const laidOut = layoutMarkdown(text, width);
    expect(laidOut).toBe(await viaPrettier(text, 'markdown'));
    expect(laidOut).toContain('| 中文 | `x \\| y` |');
  });

  it.each([
    ['a list', '- a\n- b\n'],
    ['emphasis with one star', 'a *b* c\n'],
    ['emphasis with underscores', 'a _b_ c\n'],
    ['a setext heading', 'Title\n---\n'],
    ['an aligned table column', '| a |\n| :-: |\n| b |\n'],
    ['a ragged table', '| a | b |\n| --- | --- |\n| c |\n'],
    ['an indented line', 'a\n    b\n'],
    ['trailing spaces (a hard break)', 'a  \nb\n'],
  ])('declines %s (prettier formats it instead)', (_, text) => {
    expect(layoutMarkdown(text, width)).toBeUndefined();
  });
});

/** Spec text of every awkward kind, through the view model's escaping, into paragraphs and table cells. */
describe('Markdown from fuzzed spec text', () => {
  const pieces = ['a', 'Z', '1', ' ', '  ', '\t', '\n', '\n\n', '\n \n', '*', '_', '-', '+', '#', '[', ']', '(', ')', '<', '>', '|', '`'];
  pieces.push('~', '&', '\\', '!', '.', ':', '"', '$', '$$', 'é', '中', '😀', '\u0301', 'http://x.y', 'a@b.co', '1.', '2)', '---');
  pieces.push('***', '___', '    x', '&amp;', '<br>', '\u00a0', '\u2003', '\u200b', '\r', '\r\n', '\u2028', '\f');
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
  const text = () => Array.from({ length: 1 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join('');

  it('is laid out without prettier, and prettier would not change it', async () => {
    const descriptions = Array.from({ length: 300 }, text);
    const document = {
      $schema: 'https://json-structure.org/meta/core/v0/#',
      $id: 'https://example.com/fuzz',
      name: 'Fuzz',
      type: 'object',
      description: descriptions[0],
      properties: Object.fromEntries(descriptions.map((d, i) => [`p${i}`, { type: 'string', description: d }])),
      definitions: Object.fromEntries(descriptions.map((d, i) => [`D${i}`, { type: 'string', description: d }])),
    };
    const result = await generate({ input: { name: 'fuzz.json', document }, targets: ['docs'], cwd: root });
    const markdown = result.files[0]!.contents;
    expect(markdown).toContain('## D299');
    expect(layoutMarkdown(markdown, util.getStringWidth)).toBe(markdown);
    expect(await viaPrettier(markdown, 'markdown')).toBe(markdown);
  });
});

describe.skipIf(sharedDataMissing() !== undefined)('the whole Letta spec', () => {
  it('is written in prettier’s layout without prettier', async () => {
    const result = await generate({ input: path.join(sharedData, 'letta-openapi.json'), targets: ['docs'], cwd: root });
    for (const file of result.files) {
      const parser = parsers[path.extname(file.path) as keyof typeof parsers];
      expect(await viaPrettier(file.contents, parser)).toBe(file.contents);
      if (parser === 'markdown') expect(layoutMarkdown(file.contents, util.getStringWidth)).toBe(file.contents);
    }
  }, 60_000);
});
