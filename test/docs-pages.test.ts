/**
 * Docs that scale: a document of more than 1,000 definitions (the seeded synthetic spec the bench uses)
 * gets a README.md index and pages. Each page is at most 300 KB, every link resolves to a file of the
 * docs and every anchor to a heading there (GitHub's slugs, via github-slugger, on each heading's text
 * as a Markdown parser reads it), and every definition and operation is reachable from the index in two
 * clicks. Long cells do not pad whole columns: no line is longer than its longest cell needs.
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
    for (const file of files) pages.set(file.path, readPage(file.contents));
  }, 120_000);

  it('are an index and pages, none over 300 KB', () => {
    expect(files[0]!.path).toBe('README.md');
    expect(files.length).toBeGreaterThan(20);
    const sizes = files.map((f) => Buffer.byteLength(f.contents));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(300 * 1024);
    expect(files.every((f) => f.path === 'README.md' || /^docs\/(operations\/[\w-]+|definitions\/[\w-]+|webhooks)\.md$/.test(f.path))).toBe(
      true,
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
        if (!to) broken.push(`${file}: ${link} (no such page)`);
        else if (anchor !== undefined && !to.anchors.has(anchor)) broken.push(`${file}: ${link} (no such heading)`);
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(broken).toEqual([]);
  });

  it('reach every definition and operation from the index in two clicks', () => {
    // A click follows any link of the page it stands on; a page's sections are its level-2 headings.
    const reached = new Set<string>();
    let frontier = new Set(['README.md']);
    for (let click = 1; click <= 2; click++) {
      const next = new Set<string>();
      for (const place of frontier) {
        const file = place.split('#')[0]!;
        for (const link of pages.get(file)!.links) {
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
      if (file === 'README.md') continue;
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
