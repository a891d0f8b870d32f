/**
 * structgen lays out its Markdown, TypeScript and Zod output itself, in prettier's exact layout, and
 * runs prettier only where its own layout declines. These tests hold it to that: for the fixtures, the
 * whole Letta spec, the catalog and randomly generated schemas, every file is byte-identical to what
 * prettier makes of the same source (`prettierOnly`), and the committed outputs are prettier-stable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format, util } from 'prettier';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { formatFile } from '../src/layout/format.js';
import { layoutMarkdown, verbatimLanguages } from '../src/layout/markdown.js';
import { prettierOptions } from '../src/layout/options.js';
import { root, sharedData, sharedDataMissing } from './support.js';

const parsers = { '.md': 'markdown', '.ts': 'typescript' } as const;

const viaPrettier = (text: string, parser: string) => format(text, { ...prettierOptions, parser });

function outputFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /^(README\.md|types\.ts|zod\.ts|zod\.mini\.ts)$/.test(e.name))
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

  it('leaves code spans holding emphasis, math and tabs as they are, and so does prettier', async () => {
    const cells = ['`updated_at`', '`*a*`', '`_b_` and `$c$`', '`x\ty`', 'a `__init__` b', '`a_b` c_d', '`a` *b*', '` a `'];
    const text = `| a | b |\n| --- | --- |\n${cells.map((c) => `| ${c} | x |`).join('\n')}\n`;
    const accepted = cells.filter((c) => layoutMarkdown(`| ${c} |\n| --- |\n`, width) !== undefined);
    // Outside the spans, `c_d` alone is no emphasis, but `*b*` is and ` a ` is unpadded: prettier's to decide.
    expect(accepted).toEqual(['`updated_at`', '`*a*`', '`_b_` and `$c$`', '`x\ty`', 'a `__init__` b', '`a_b` c_d']);
    for (const cell of accepted) {
      const one = `| ${cell} | x |\n| --- | --- |\n| y | z |\n`;
      expect(layoutMarkdown(one, width), cell).toBe(await viaPrettier(one, 'markdown'));
    }
    expect(layoutMarkdown(text, width)).toBeUndefined();
  });

  it('keeps emphasis written with underscores between non-word characters, as prettier prints it', async () => {
    const text = 'a _b_ c and (_d e_), snake_case\n';
    expect(layoutMarkdown(text, width)).toBe(await viaPrettier(text, 'markdown'));
  });

  it('lays out a list of one-line items, and a paragraph on one line, as prettier (proseWrap never) does', async () => {
    const text = '# T\n\nOne of:\n\n- [A](#a)\n- `b`\n\nText\nmore `x`\n\n> quote\n> more\n';
    const laidOut = layoutMarkdown(text, width);
    expect(laidOut).toBe(await viaPrettier(text, 'markdown'));
    expect(laidOut).toContain('Text more `x`\n\n> quote more\n');
  });

  it('writes a table too wide for 100 columns compact, as prettier does', async () => {
    const text = `| a | b |\n| --- | --- |\n| ${'x'.repeat(91)} | y |\n| z |  |\n`;
    const laidOut = layoutMarkdown(text, width);
    expect(laidOut).toBe(await viaPrettier(text, 'markdown'));
    expect(laidOut).toBe(`| a | b |\n| --- | --- |\n| ${'x'.repeat(91)} | y |\n| z |  |\n`);
    const fits = `| a | b |\n| --- | --- |\n| ${'x'.repeat(90)} | y |\n`;
    expect(layoutMarkdown(fits, width)).toBe(await viaPrettier(fits, 'markdown'));
  });

  it('aligns the columns of a table whose delimiter row says so, as prettier does', async () => {
    const rows = '| 中文 | b | c | d |\n| x | yyyyy | zzzzzz | 😀 |\n| long text here | s | t | uu |\n';
    for (const delimiter of ['| :-- | --: | :-: | --- |', '| :-: | :-- | --: | :--: |', '|:---|---:|:---:|----|']) {
      const text = `| A | B | C | D |\n${delimiter}\n${rows}`;
      const laidOut = layoutMarkdown(text, width);
      expect(laidOut, delimiter).toBe(await viaPrettier(text, 'markdown'));
      const wide = `| A | B |\n${delimiter.split('|').slice(0, 3).join('|')}|\n| ${'x'.repeat(95)} | y |\n`;
      expect(layoutMarkdown(wide, width), `${delimiter} compact`).toBe(await viaPrettier(wide, 'markdown'));
    }
  });

  it.each([
    ['an ordered list in a list item', '- a\n  1. b\n'],
    ['list items apart by two blank lines', '- a\n\n\n- b\n'],
    ['emphasis with one star', 'a *b* c\n'],
    ['a setext heading', 'Title\n---\n'],
    ['a delimiter row of one dash', '| a |\n| - |\n| b |\n'],
    ['indented code', 'a\n\n    b\n'],
    ['code in a list item', '- a\n\n      b\n'],
    ['a second paragraph in an ordered list item', '1. a\n\n   b\n'],
    ['trailing spaces (a hard break)', 'a  \nb\n'],
    ['link reference definitions apart (prettier writes them on consecutive lines)', '[a]: /x\n\n[b]: /y\n'],
    ['a link reference definition with a title', '[a]: /x "t"\n'],
    ['JSON in a fence not in prettier’s JSON layout', '```json\n{\n  "a": [\n    1\n  ]\n}\n```\n'],
    ['code prettier formats (JavaScript)', '```js\nconst a = 1;\n```\n'],
  ])('declines %s (prettier formats it instead)', (_, text) => {
    expect(layoutMarkdown(text, width)).toBeUndefined();
  });

  it('lays out tables whose rows have fewer or more cells than the header, as prettier does', async () => {
    // Seeded: rows of 1 to 5 cells under headers of 1 to 3, cells of 0 to 60 characters (some wide,
    // some emphasised, left to prettier by cell), every alignment; aligned and compact.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), (seed >>> 15) % n);
    const cell = () => ['', 'x'.repeat(next(60)), '中'.repeat(next(8)), `*e${next(9)}*`, '`c`'][next(5)]!;
    let laidOut = 0;
    for (let t = 0; t < 200; t++) {
      const columns = 1 + next(3);
      const header = `| ${Array.from({ length: columns }, () => cell() || 'h').join(' | ')} |`;
      const delimiter = `| ${Array.from({ length: columns }, () => ['---', ':--', '--:', ':-:'][next(4)]).join(' | ')} |`;
      const rows = Array.from({ length: 1 + next(4) }, () => `| ${Array.from({ length: 1 + next(5) }, cell).join(' | ')} |`);
      const text = `${[header, delimiter, ...rows].join('\n')}\n`;
      const page = await formatFile({ path: 'page.md', language: 'markdown', contents: text });
      expect(page.contents, text).toBe(await viaPrettier(text, 'markdown'));
      if (layoutMarkdown(text, width) !== undefined) laidOut++;
    }
    expect(laidOut).toBeGreaterThan(30);
  });

  it('lays out lists whose items run over several lines, with blank lines between some, as prettier does', async () => {
    // Seeded: bullet and ordered lists indented 0 to 3 spaces, of 1 to 4 items, each of 1 to 3 lines
    // continued at 0 to 5 spaces and sometimes a second paragraph, with 0, 1 or 2 blank lines between items, some text that prettier
    // rewrites (emphasis, a nested marker), and a paragraph (indented or not) or another list after them.
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), (seed >>> 15) % n);
    const word = () => ['alpha', 'beta gamma', '`code`', '*em*', '- nested', 'x_y', '中文', '#', '1. one'][next(9)]!;
    let laidOut = 0;
    for (let t = 0; t < 600; t++) {
      const ordered = next(2) === 0;
      const indent = ' '.repeat([0, 0, 1, 2, 3][next(5)]!);
      const items = Array.from({ length: 1 + next(4) }, (_, k) => {
        const continued = Array.from({ length: next(3) }, () => `${' '.repeat(next(6))}${word()}`);
        // Sometimes a paragraph more, indented 1 to 6 spaces past the marker.
        const more = next(3) === 0 ? `\n\n${' '.repeat(indent.length + 1 + next(6))}${word()}\n${' '.repeat(next(4))}${word()}` : '';
        return [`${indent}${ordered ? `${k + 1}. ` : '- '}${word()}`, ...continued].join('\n') + more;
      });
      const gaps = items.map(() => '\n'.repeat(1 + [0, 0, 1, 1, 2][next(5)]!));
      const after = ['', '\nSome text.\n', '\n- another\n', '\n1. another\n', `\n${' '.repeat(1 + next(5))}Indented *text*\n  more\n`][
        next(5)
      ]!;
      const text = `${items.map((item, k) => (k > 0 ? gaps[k] : '') + item).join('')}\n${after}`;
      const page = await formatFile({ path: 'page.md', language: 'markdown', contents: text });
      expect(page.contents, JSON.stringify(text)).toBe(await viaPrettier(text, 'markdown'));
      const direct = layoutMarkdown(text, width);
      if (direct !== undefined) {
        expect(direct, JSON.stringify(text)).toBe(page.contents);
        laidOut++;
      }
    }
    expect(laidOut).toBeGreaterThan(12);
  });

  it('lays out nested bullet lists, with paragraphs and blank lines in their items, as prettier does', async () => {
    // Seeded: bullet lists 1 to 3 deep, each item's first line, continuations (indented or lazy), a
    // nested list with or without a blank line before it, further paragraphs; mostly plain words, some
    // that open a block or that prettier rewrites.
    let seed = 13;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), (seed >>> 15) % n);
    const word = () =>
      next(5)
        ? ['alpha', 'beta gamma', '`code`', 'x_y', 'text.', 'b'][next(6)]!
        : ['*em*', '中文', '1. one', '# h', '| t |', '- d', '> q'][next(7)]!;
    const listText = (col: number, depth: number): string => {
      const items: string[] = [];
      for (let k = 0, m = 1 + next(3); k < m; k++) {
        const lines = [`${' '.repeat(col)}- ${word()}`];
        for (let c = 0, cm = next(3); c < cm; c++) lines.push(`${' '.repeat(next(2) ? col + 2 + next(3) : next(col + 2))}${word()}`);
        if (depth < 3 && next(2)) lines.push((next(3) === 0 ? '\n' : '') + listText(col + 2 + next(2), depth + 1));
        if (next(3) === 0) lines.push(`\n${' '.repeat(col + 2 + next(3))}${word()}`);
        if (next(5) === 0) lines.push(`\n${' '.repeat(col + 2)}See ${word()}`);
        items.push(lines.join('\n'));
      }
      return items.join(next(3) === 0 ? '\n\n' : '\n');
    };
    let laidOut = 0;
    for (let t = 0; t < 500; t++) {
      const text = `${['', 'Intro.\n', 'Intro.\n\n'][next(3)]}${listText(next(3), 1)}\n${['', '\nafter\n', '\n- z\n'][next(3)]}`;
      const page = await formatFile({ path: 'page.md', language: 'markdown', contents: text });
      expect(page.contents, JSON.stringify(text)).toBe(await viaPrettier(text, 'markdown'));
      if (layoutMarkdown(text, width) !== undefined) laidOut++;
    }
    expect(laidOut).toBeGreaterThan(25);
  });

  it('prints link reference definitions one a line, as prettier does', async () => {
    const text = 'See [the guide][g].\n\n[g]: https://x.test/a_b?c=1#d\n[Other Name]: /docs/x.html\n';
    expect(layoutMarkdown(text, width)).toBe(text);
    expect(await viaPrettier(text, 'markdown')).toBe(text);
  });

  it('prints JSON in a fence as it is when it is in prettier’s JSON layout, as prettier does', async () => {
    const text = 'Example:\n\n```json\n{\n  "a": [1, "b"],\n  "c": {\n    "d": null\n  }\n}\n```\n';
    expect(layoutMarkdown(text, width)).toBe(text);
    expect(await viaPrettier(text, 'markdown')).toBe(text);
  });

  it.each([...verbatimLanguages])('prints code in a `%s` fence as written, and so does prettier', async (language) => {
    // Code that every formatter prettier has would change: spacing, quotes, a short array broken over lines.
    const text = `\`\`\`${language}\nconst  a = 'x' ;\n{"a":[\n1]}\nb:   [ 1 ]\n\`\`\`\n`;
    expect(layoutMarkdown(text, width)).toBe(text);
    expect(await viaPrettier(text, 'markdown')).toBe(text);
  });
});

/**
 * A page the layout declines as a whole is laid out in pieces, with only the declined ones (and declined
 * table cells) formatted by prettier: the page is still the one prettier prints.
 */
describe('Markdown pages in pieces', () => {
  const page = (text: string) => formatFile({ path: 'page.md', language: 'markdown', contents: text }).then((f) => f.contents);
  const cases: [string, string][] = [
    [
      'declined blocks between laid-out ones',
      '# T\n\nSome text.\n\n- a\n  continued\n- b\n\nMore *text*.\n\n| a | b |\n| --- | --- |\n| `x` | y |\n\n## S\n\n1. one\n2. two\n',
    ],
    [
      'a table with emphasis in some cells',
      '# T\n\n| Field | Description |\n| --- | --- |\n| `a` | When *true*, x |\n| `b` | plain |\n| `c` | __strong__ and a_b_c |\n',
    ],
    ['a wide table with a declined cell', `| a | b |\n| --- | --- |\n| *x* | ${'long '.repeat(30)}|\n\ntext *y*\n`],
    ['lists apart by a paragraph and lists in a row', '- a\n  b\n\ntext\n\n- c\n\n- d\n  e\n\n* f\n\n1) g\n\n2) h\n'],
    [
      'reference definitions apart by blank lines and text',
      '[a]: /x\n\ntext *a* [a] [b]\n\n[b]: /y\n\n[c]: https://z.test/a_b\n\n- [c]\n  d\n',
    ],
    ['reference definitions prettier rewrites', '[a  b]: /x\n[c]: <d e>\n[f]: /g "title"\n\n- h\n  i\n'],
    [
      'reference definitions used in other pieces',
      'See [the guide][g] and [x].\n\n## A\n\n- [g] here\n  too\n\n[g]: /guide\n[x]: https://x.test/a_b_\n',
    ],
    ['thematic breaks in a list and out of it', '- a\n\n  ***\n\n- b\n\n***\n\n- c\n  d\n'],
    ['front matter', '---\ntitle: "T"\n---\n\n# T\n\n- a\n  b\n\ntext\n'],
    ['the separator’s own text in the page', '<!-- structgen-piece 2 -->\n\n- a\n  b\n\nc *d*\n'],
    ['an HTML block (the page whole to prettier)', '<div>\n\n- a\n  b\n\n</div>\n\n# T\n\nc *d*\n'],
    ['indented code after a list', '- a\n  b\n\n      code\n\ntext\n'],
  ];
  it.each(cases)('%s', async (_, text) => {
    expect(await page(text)).toBe(await viaPrettier(text, 'markdown'));
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

  it('is laid out as prettier lays it out (or left to prettier), and prettier would not change it', async () => {
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
    // 301 definitions: an index and pages.
    expect(result.files.map((f) => f.path)).toEqual([
      'README.md',
      'docs/definitions/d.md',
      'docs/definitions/f.md',
      'llms.txt',
      'docs-index.json',
    ]);
    expect(result.files[1]!.contents).toContain('## D299');
    // Spec text is CommonMark now: what the layout cannot print as prettier does (odd list markers,
    // nested lists, stray delimiters) is left to prettier, section by section; every page laid out whole
    // is prettier's, and so is every page (formatting from source with prettier gives the same bytes).
    let laidOut = 0;
    for (const { path: file, contents: markdown } of result.files) {
      if (!file.endsWith('.md')) continue;
      const layout = layoutMarkdown(markdown, util.getStringWidth);
      if (layout !== undefined) laidOut++;
      if (layout !== undefined) expect(layout).toBe(markdown);
      expect(await viaPrettier(markdown, 'markdown')).toBe(markdown);
    }
    expect(laidOut).toBeGreaterThan(0);
    const viaPrettierOnly = await generate({ input: { name: 'fuzz.json', document }, targets: ['docs'], cwd: root, prettierOnly: true });
    expect(viaPrettierOnly.files.map((f) => f.contents)).toEqual(result.files.map((f) => f.contents));
  }, 120_000);
});

/** Both ways of formatting give the same bytes. */
async function expectSameAsPrettier(input: string | { name: string; document: unknown }, typeProof = false) {
  const options = { input, cwd: root, typeProof };
  const direct = await generate(options);
  const viaPrettierOnly = await generate({ ...options, prettierOnly: true });
  expect(direct.files.map((f) => f.path)).toEqual(viaPrettierOnly.files.map((f) => f.path));
  direct.files.forEach((file, i) => expect(file.contents, file.path).toBe(viaPrettierOnly.files[i]!.contents));
}

describe('the same bytes as prettier makes of the source', () => {
  const fixtures = readdirSync(path.join(root, 'test/fixtures')).map((name) => {
    const file = readdirSync(path.join(root, 'test/fixtures', name)).find((f) => /^input\.(json|ya?ml)$/.test(f))!;
    return `test/fixtures/${name}/${file}`;
  });
  it.each(fixtures)('%s', (input) => expectSameAsPrettier(input), 60_000);
  it.each(fixtures)('%s with the type proof', (input) => expectSameAsPrettier(input, true), 60_000);

  it('random JSON Schemas (long names, quotes, unions, tuples, nesting at the width limit)', async () => {
    for (let i = 0; i < 40; i++) await expectSameAsPrettier({ name: 'random.json', document: randomDocument() });
  }, 120_000);
});

/** Inputs an adversarial review found where the layouts and prettier once differed. */
describe('edge cases a review found', () => {
  const $schema = 'https://json-schema.org/draft/2020-12/schema';
  const wide = '中'.repeat(30);
  const cases: [string, Record<string, unknown>][] = [
    ['a JSDoc line ending in two spaces (kept as a line break)', { $defs: { D: { type: 'string', description: 'a  \nb' } } }],
    [
      'interface members with comments of several lines, one with a kept line break',
      {
        $defs: {
          O: {
            type: 'object',
            properties: {
              a: { type: 'string', description: 'first\n\n  second \nthird' },
              b: { type: 'string', description: 'a  \nb' },
              c: { type: 'string', description: '* starred\n*/ closes? no: */' },
            },
          },
        },
      },
    ],
    ['a code span with a run of backticks (shortest fence it lacks)', { $defs: { E: { enum: ['a``b', '`x', 'y`', ' z ', '  '] } } }],
    [
      'a code span starting and ending with a space',
      { $defs: { O: { type: 'object', properties: { ' x ': { type: 'string', pattern: ' x ' } } } } },
    ],
    [
      'a backslash before a pipe in a code span (an HTML code element)',
      { $defs: { O: { type: 'object', properties: { p: { type: 'string', pattern: '^a\\|b$ *x* `y`  <z> &amp; _w_ [l](m) ' } } } } },
    ],
    ['a title ending in # (no closing sequence)', { title: 'C ##', $defs: { D: { type: 'string' } } }],
    ['a title of only spaces (no empty heading)', { title: ' ', $defs: { D: { type: 'string' } } }],
    ['nested arrays in defaults', { $defs: { O: { type: 'object', properties: { p: { type: 'array', default: [[1, 2], [3]] } } } } }],
    [
      'arrays of arrays of two or more (always broken)',
      {
        $defs: {
          O: {
            type: 'array',
            default: [
              [1, 2],
              [3, 4],
            ],
          },
        },
      },
    ],
    ['a wide key before an array', { $defs: { O: { type: 'object', default: { [wide]: ['b', 'c', 'bbbbbbbbbbbbbbbb'] } } } }],
    [
      'a combining-mark key before an array',
      { $defs: { O: { type: 'object', default: { ['e\u0301'.repeat(30)]: ['b', 'c', 'bbbbbbbbbbbbbbbb'] } } } },
    ],
  ];
  it.each(cases)('%s', (_, document) => expectSameAsPrettier({ name: 'edge.json', document: { $schema, ...document } }, true));

  // zod.ts and types.ts write a declaration, a broken object's property and an interface member as text
  // when it fits on its line: names of every length in a range put each kind of line at, just under and
  // just over the line width.
  it('declarations and members (Zod and TypeScript) of every length around the line width', () => {
    const lengths = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const name = (n: number) => `N${'a'.repeat(n - 1)}`;
    const properties = Object.fromEntries(
      lengths(30, 95).flatMap((n) => [
        [`p${'x'.repeat(n)}`, { type: 'string', description: 'One line.' }],
        [`q${'x'.repeat(n - 25)}`, { type: 'string', format: 'date-time', minLength: 3 }],
        [`r${'x'.repeat(n)}`, { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }],
        [`s${'x'.repeat(n - 10)}`, { type: ['string', 'null'], description: 'Two\nlines.' }],
      ]),
    );
    const $defs = Object.fromEntries([
      ...lengths(60, 80).map((n) => [name(n), { type: 'object', properties: { a: { type: 'string' } } }]),
      ...lengths(45, 80).map((n) => [`${name(n)}List`, { type: 'array', items: { type: ['string', 'null'] } }]),
      ['Wide', { type: 'object', description: 'Two\nlines.', properties }],
    ]);
    return expectSameAsPrettier({ name: 'edge.json', document: { $schema, $defs } }, true);
  });

  // The operations tables nest objects (zod.ts) and object types (types.ts) five deep, written as text
  // line by line: operation ids and media types of every length put lines under and over the width, and
  // a response's comment of two lines sits three deep.
  it('members nested in the operations tables, of every length around the line width', () => {
    const paths = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `/p${i}`,
        {
          get: {
            operationId: `g${'o'.repeat(84 + i)}`,
            responses: {
              200: {
                description: 'OK.\nTwo lines.',
                content: { [`application/vnd.${'x'.repeat(55 + i)}+json`]: { schema: { type: ['string', 'null'] } } },
              },
            },
          },
        },
      ]),
    );
    return expectSameAsPrettier({ name: 'nested.json', document: { openapi: '3.1.0', info: { title: 'N', version: '1' }, paths } }, true);
  });
});

const sharedMissing = sharedDataMissing('layout.test.ts: the Letta spec, the JSON Schema Test Suite and the catalog');
describe.skipIf(sharedMissing !== undefined)('on the shared data', () => {
  it('the whole Letta spec, with the type proof', () => expectSameAsPrettier(path.join(sharedData, 'letta-openapi.json'), true), 120_000);

  it('every schema of the JSON Schema Test Suite (draft 2020-12)', async () => {
    const suite = path.join(sharedData, 'json-schema-test-suite/draft2020-12');
    let count = 0;
    for (const file of readdirSync(suite).filter((f) => f.endsWith('.json'))) {
      const cases = JSON.parse(readFileSync(path.join(suite, file), 'utf8')) as { schema: unknown }[];
      for (const { schema } of cases) {
        if (typeof schema !== 'object' || schema === null) continue;
        await expectSameAsPrettier({ name: 'case.json', document: { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema } });
        count++;
      }
    }
    expect(count).toBeGreaterThan(300);
  }, 300_000);

  // Vitest collects the tests of a skipped block too: the folder is listed only when it is there.
  const catalog = sharedMissing ? [] : readdirSync(path.join(sharedData, 'letta-catalog')).filter((f) => f.endsWith('.json'));
  it.each(catalog)('letta-catalog/%s', (file) => expectSameAsPrettier(path.join(sharedData, 'letta-catalog', file)), 60_000);
});

/** A JSON Schema built from a seeded generator: every construct the emitters lay out, at awkward widths. */
let schemaSeed = 11;
const random = () => ((schemaSeed = (schemaSeed * 1103515245 + 12345) & 0x7fffffff), schemaSeed / 0x7fffffff);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const keys = [
  'id',
  'a',
  'created_at',
  'very_long_property_name_that_goes_on',
  'with-dash',
  'quote"d',
  "it's",
  '__proto__',
  'constructor',
  '1st',
];
keys.push('café', 'key with spaces', 'tool_call_id_for_the_message_that_was_sent_by_the_agent');
const texts = [
  'a',
  'say "hi"',
  "it's",
  'both \' and "',
  'back\\slash',
  'line\nbreak',
  'x'.repeat(40),
  'y'.repeat(95),
  '😀',
  'ünïcode',
  '',
  '${x}',
];
const definitionNames = [
  'Pet',
  'VeryLongDefinitionNameForTestingLayoutWidthBoundariesInPrettier',
  'A',
  'Job_Status',
  'MessageCreateRequest',
];

function randomSchema(depth: number): Record<string, unknown> {
  const r = random();
  if (depth > 3 || r < 0.25) {
    return pick<Record<string, unknown>>([
      { type: 'string' },
      { type: 'integer' },
      { type: 'number', minimum: -1.5, maximum: 1e21 },
      { type: 'boolean' },
      { type: 'null' },
      { type: 'string', format: pick(['date-time', 'uuid', 'uri', 'email', 'date', 'byte']) },
      { type: 'string', pattern: pick(['^a"b$', "^it's$", '^[a-z]{2,}$', '\\d+']) },
      { type: 'string', minLength: 1, maxLength: 99 },
      { const: pick(texts) },
      { enum: Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(texts)) },
      { enum: [1, 2, 3, -4, 5.5] },
      { enum: ['a', 1, null, true] },
      { $ref: `#/$defs/${pick(definitionNames)}` },
      {},
    ]);
  }
  if (r < 0.45) {
    const properties: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 6); i > 0; i--) properties[pick(keys) + (random() < 0.3 ? `_${i}` : '')] = randomSchema(depth + 1);
    const object: Record<string, unknown> = { type: 'object', properties, required: Object.keys(properties).filter(() => random() < 0.5) };
    if (random() < 0.2) object['additionalProperties'] = random() < 0.5 ? false : randomSchema(depth + 1);
    if (random() < 0.1) object['patternProperties'] = { '^x-': randomSchema(depth + 1) };
    if (random() < 0.1) object['minProperties'] = 1;
    if (random() < 0.1) object['description'] = pick(texts);
    return object;
  }
  if (r < 0.6) return { type: 'array', items: randomSchema(depth + 1), ...(random() < 0.3 ? { minItems: 1, uniqueItems: true } : {}) };
  if (r < 0.72) return { [pick(['anyOf', 'oneOf'])]: Array.from({ length: 2 + Math.floor(random() * 5) }, () => randomSchema(depth + 1)) };
  if (r < 0.78) return { allOf: [randomSchema(depth + 1), randomSchema(depth + 1)] };
  if (r < 0.82) return { type: ['string', 'null'], maxLength: 5 };
  if (r < 0.86)
    return {
      type: 'array',
      prefixItems: [randomSchema(depth + 1), randomSchema(depth + 1)],
      items: random() < 0.5 ? false : randomSchema(depth + 1),
    };
  if (r < 0.9) return { not: randomSchema(depth + 1) };
  if (r < 0.94) return { if: randomSchema(depth + 1), then: randomSchema(depth + 1) };
  return { type: 'array', contains: randomSchema(depth + 1), minContains: 2 };
}

function randomDocument(): Record<string, unknown> {
  const $defs = Object.fromEntries(definitionNames.map((name) => [name, randomSchema(0)]));
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Random', ...randomSchema(0), $defs };
}
