/**
 * Docs that scale: a document of more than 1,000 definitions (the seeded synthetic spec the bench uses)
 * gets a README.md index and pages. Each page, and llms.txt, is at most 300 KB (docs-index.json, one
 * file for programs, is the stated exception), every link resolves to a file of the docs and every
 * anchor to a heading there (GitHub's slugs, via github-slugger, on each heading's text as a Markdown
 * parser reads it), and every definition and operation is reachable from the index and from llms.txt in
 * two clicks. Long cells do not pad whole columns: no line is longer than its longest cell needs.
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GeneratedFile } from '../src/index.js';
import { grouped, naturalOrder } from '../src/emit/markdown/view-model.js';
// @ts-expect-error: a plain ES module without types, shared with the bench
import { syntheticSpec } from './bench/synthetic.mjs';

interface MdNode {
  type: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

/** A page's links (`[text](target)`) and its headings' anchors, as GitHub computes them. */
function readPage(markdown: string): { links: string[]; anchors: Set<string>; headings: { depth: number; text: string }[] } {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as MdNode;
  const links: string[] = [];
  const headings: { depth: number; text: string }[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'link') links.push(node.url!);
    if (node.type === 'heading') headings.push({ depth: node.depth!, text: toString(node as never) });
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  const slugger = new GithubSlugger();
  return { links, headings, anchors: new Set(headings.map((h) => slugger.slug(h.text))) };
}

describe('the docs of a document of more than 1,000 definitions', () => {
  let files: GeneratedFile[];
  const pages = new Map<string, ReturnType<typeof readPage>>();

  beforeAll(async () => {
    const result = await generate({ input: { document: syntheticSpec({ schemas: 1200 }), name: 'synthetic.json' }, targets: ['docs'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    files = result.files;
    for (const file of files) if (file.path !== 'docs-index.json') pages.set(file.path, readPage(file.contents));
  }, 120_000);

  it('are an index and pages, none over 300 KB, and llms.txt keeps to it too', () => {
    expect(files[0]!.path).toBe('README.md');
    expect(files.length).toBeGreaterThan(20);
    expect(files.slice(-2).map((f) => f.path)).toEqual(['llms.txt', 'docs-index.json']);
    const read = files.slice(0, -1);
    expect(
      read.every(
        (f) =>
          f.path === 'README.md' || f.path === 'llms.txt' || /^docs\/(operations\/[\w-]+|definitions\/[\w-]+|webhooks)\.md$/.test(f.path),
      ),
    ).toBe(true);
    const sizes = read.map((f) => Buffer.byteLength(f.contents));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(300 * 1024);
    // The machine index is one file for programs: past the budget, llms.txt says so, and its size stays
    // proportional to the operations and definitions it lists.
    const index = files.at(-1)!;
    const entries = JSON.parse(index.contents) as { operations: unknown[]; webhooks: unknown[]; definitions: unknown[] };
    const count = entries.operations.length + entries.webhooks.length + entries.definitions.length;
    expect(count).toBeGreaterThan(1000);
    expect(Buffer.byteLength(index.contents) / count).toBeLessThan(600);
    if (Buffer.byteLength(index.contents) > 300 * 1024)
      expect(files.at(-2)!.contents).toMatch(
        /\(about [\d,]+ KB: one file for programs, the one file of the docs not held to the page budget of 300 KB\)/,
      );
  });

  it('link to files of the docs and to headings that exist there', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [file, page] of pages) {
      for (const link of page.links) {
        const [target, anchor] = link.split('#') as [string, string | undefined];
        const resolved = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
        const to = pages.get(resolved);
        checked++;
        if (!to) {
          // llms.txt links the JSON index too: a file of the docs, without headings.
          if (anchor !== undefined || !files.some((f) => f.path === resolved)) broken.push(`${file}: ${link} (no such page)`);
        } else if (anchor !== undefined && !to.anchors.has(anchor)) broken.push(`${file}: ${link} (no such heading)`);
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(broken).toEqual([]);
  });

  it.each(['README.md', 'llms.txt'])('reach every definition and operation from %s in two clicks', (start) => {
    // A click follows any link of the page it stands on; a page's sections are its level-2 headings.
    const reached = new Set<string>();
    let frontier = new Set([start]);
    for (let click = 1; click <= 2; click++) {
      const next = new Set<string>();
      // A page's links are the same whichever of its headings a click lands on: each page is read once.
      for (const file of new Set([...frontier].map((place) => place.split('#')[0]!))) {
        for (const link of pages.get(file)?.links ?? []) {
          const [target, anchor] = link.split('#') as [string, string | undefined];
          const resolved = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
          const key = anchor === undefined ? resolved : `${resolved}#${anchor}`;
          if (!reached.has(key)) next.add(key);
          reached.add(key);
        }
      }
      frontier = next;
    }
    const missing: string[] = [];
    let sections = 0;
    for (const [file, page] of pages) {
      if (file === 'README.md' || file === 'llms.txt') continue;
      const slugger = new GithubSlugger();
      for (const heading of page.headings) {
        const anchor = slugger.slug(heading.text);
        if (heading.depth !== 2) continue;
        sections++;
        if (!reached.has(`${file}#${anchor}`)) missing.push(`${file}#${anchor}`);
      }
    }
    expect(sections).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });

  it('list definitions in natural alphabetical order on each page', () => {
    for (const [file, page] of pages) {
      if (!file.startsWith('docs/definitions/')) continue;
      const names = page.headings.filter((h) => h.depth === 2).map((h) => h.text);
      expect([...names].sort(naturalOrder)).toEqual(names);
      expect(new Set(names.map((n) => n[0]!.toUpperCase())).size).toBe(1);
    }
  });

  it('have no line longer than its longest table cell or paragraph needs (no padding to the widest cell)', () => {
    for (const file of files) {
      for (const line of file.contents.split('\n')) {
        if (!line.startsWith('|') || line.length <= 300) continue;
        const cells = line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.trim());
        // A long row is long because of one long cell, not because short cells were padded.
        expect(cells.join(' | ').length + 4).toBe(line.length);
      }
    }
  });
});

describe('naturalOrder', () => {
  it('sorts digit runs by value, letters case-insensitively, and ties by the exact text', () => {
    expect(['D10', 'd2', 'D2', 'B', 'a', 'D1', 'D01'].sort(naturalOrder)).toEqual(['a', 'B', 'D1', 'D01', 'D2', 'd2', 'D10']);
  });
});

describe('grouped', () => {
  it("writes counts as toLocaleString('en-US') does", () => {
    for (const n of [0, 1, 12, 999, 1000, 19_500, 123_456, 1_000_000, 12_345_678, 2 ** 31])
      expect(grouped(n)).toBe(n.toLocaleString('en-US'));
  });
});
