/**
 * Every Markdown table structgen writes must have as many cells in each row as in its header when a
 * GitHub-flavoured renderer reads it: a pipe that splits a cell shifts every column after it. Checked
 * with micromark's GFM table parser (what remark and many renderers use) on every generated README.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { root, sharedData, sharedDataMissing } from './support.js';

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** Rows whose cell count differs from their table's header, as `line: cells/header`. */
function raggedRows(markdown: string): string[] {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as MdNode;
  const ragged: string[] = [];
  let tables = 0;
  const visit = (node: MdNode) => {
    if (node.type === 'table') {
      tables++;
      const [header, ...rows] = node.children ?? [];
      const width = header?.children?.length ?? 0;
      for (const row of rows) {
        const cells = row.children?.length ?? 0;
        if (cells !== width) ragged.push(`line ${row.position?.start.line}: ${cells} cells, header ${width}`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  if (tables === 0 && markdown.includes('\n| ')) ragged.push('no table parsed');
  return ragged;
}

/** The docs of a document: its README.md, and for a large document the pages README.md indexes too. */
async function readmeOf(input: string | { name: string; document: unknown }): Promise<string> {
  const result = await generate({ input, cwd: root, targets: ['docs'] });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files.map((f) => f.contents).join('\n');
}

describe('hostile text in table cells keeps every row as wide as its header', () => {
  const texts = ['^a\\|b$', 'a|b', '\\', '\\\\|', '`|`', '``|', '<b>|</b>', '*a|b*', 'a | b  c', ' |', '| ', '$|$', '&#124;|', '[x](y)|'];
  it.each(texts)('%s as a pattern, an enum value, a description and a property name', async (text) => {
    const document = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: {
        O: {
          type: 'object',
          description: text,
          properties: {
            [text]: { type: 'string', pattern: text.replace(/\\$/, '\\\\'), description: text },
            e: { enum: [text, 'x'] },
            c: { const: text },
          },
        },
      },
    };
    const markdown = await readmeOf({ name: 'cells.json', document });
    expect(raggedRows(markdown)).toEqual([]);
  });

  it('the issue’s case renders the pattern as one cell holding it exactly', async () => {
    const markdown = await readmeOf({
      name: 'p.json',
      document: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { p: { type: 'string', pattern: '^a\\|b$' } },
      },
    });
    expect(raggedRows(markdown)).toEqual([]);
    expect(markdown).toContain('<code>^a\\\\&#124;b\\$</code>');
  });
});

describe('every generated README', () => {
  const fixtures = readdirSync(path.join(root, 'test/fixtures')).map((name) => {
    const file = readdirSync(path.join(root, 'test/fixtures', name)).find((f) => /^input\.(json|ya?ml)$/.test(f))!;
    return `test/fixtures/${name}/${file}`;
  });
  it.each(fixtures)('%s', async (input) => expect(raggedRows(await readmeOf(input))).toEqual([]));

  it('generated/ and every snapshot README', () => {
    const files = ['generated', 'test/snapshots'].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name === 'README.md')
        .map((e) => path.join(e.parentPath, e.name)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(raggedRows(readFileSync(file, 'utf8')), file).toEqual([]);
  });

  const sharedMissing = sharedDataMissing('markdown-tables.test.ts: the Letta spec and catalog READMEs');
  describe.skipIf(sharedMissing !== undefined)('on the shared data', () => {
    it('the Letta spec', async () => expect(raggedRows(await readmeOf(path.join(sharedData, 'letta-openapi.json')))).toEqual([]), 60_000);
    const catalog = () => readdirSync(path.join(sharedData, 'letta-catalog')).filter((f) => f.endsWith('.json'));
    it('the 14 catalog documents', async () => {
      expect(catalog().length).toBe(14);
      for (const file of catalog()) expect(raggedRows(await readmeOf(path.join(sharedData, 'letta-catalog', file))), file).toEqual([]);
    });
  });
});
