/**
 * structgen's document printer (src/layout/printer.ts) against prettier's `printDocToString`: the same
 * text for seeded random documents built from every builder the layouts use, at several widths, and
 * for what it declines (fill, line suffixes, text outside printable ASCII), which prettier prints.
 */
import { builders, printer } from 'prettier/doc';
import { describe, expect, it } from 'vitest';
import { printDocument } from '../src/layout/printer.js';
import { random } from './support.js';

const b = builders;
type Doc = builders.Doc;

/** A random document of bounded depth; groups with ids are remembered so that if-breaks can name them. */
function randomDoc(next: () => number, depth: number, ids: symbol[]): Doc {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const words = ['a', 'bb', 'ccc', 'name', 'value: string', '{', '}', '', ' ', 'x  ', '=> ', '|', 'longer-word-here'];
  if (depth <= 0 || next() < 0.2) return pick([...words, b.line, b.softline, b.hardline]);
  const child = () => randomDoc(next, depth - 1, ids);
  const children = () => Array.from({ length: 1 + Math.floor(next() * 4) }, child);
  switch (Math.floor(next() * 14)) {
    case 0:
    case 1:
      return children();
    case 2:
    case 3: {
      const id = next() < 0.4 ? Symbol('g') : undefined;
      const doc = b.group(children(), { shouldBreak: next() < 0.1, ...(id ? { id } : {}) });
      if (id) ids.push(id);
      return doc;
    }
    case 4:
      return b.indent(children());
    case 5:
      return b.align(pick([0, 1, 2, 4, -1, '> ', Number.NEGATIVE_INFINITY]), children());
    case 6:
      return b.ifBreak(child(), child(), ids.length > 0 && next() < 0.5 ? { groupId: pick(ids) } : {});
    case 7:
      return ids.length > 0 ? b.indentIfBreak(child(), { groupId: pick(ids), negate: next() < 0.3 }) : b.indent(child());
    case 8:
      return b.conditionalGroup([child(), child(), child()]);
    case 9:
      return b.join([',', b.line], children());
    case 10:
      return b.markAsRoot([child(), b.literalline, child()]);
    case 11:
      return b.label('member-chain', child());
    case 12:
      return [child(), b.breakParent];
    default:
      return [child(), b.lineSuffixBoundary, child()];
  }
}

const prettierText = (doc: Doc, printWidth: number) => printer.printDocToString(doc, { printWidth, tabWidth: 2, useTabs: false }).formatted;

describe('the document printer', () => {
  it('prints 3,000 random documents as prettier’s printer does, at widths 10, 40 and 100', () => {
    const next = random(20261202);
    let compared = 0;
    for (let i = 0; i < 1000; i++) {
      for (const width of [10, 40, 100]) {
        // Each side gets its own copy: both printers mark the groups they find broken.
        const seed = Math.floor(next() * 2 ** 31);
        const ours = printDocument(randomDoc(random(seed), 6, []), width);
        const theirs = prettierText(randomDoc(random(seed), 6, []), width);
        expect(ours).toBe(theirs);
        compared++;
      }
    }
    expect(compared).toBe(3000);
  });

  it('measures a group with what follows it, and breaks groups for a break in either branch, as prettier does', () => {
    const cases: [Doc, number][] = [
      [b.group(['const a = ', b.group(['f(', b.indent([b.softline, 'x']), b.softline, ')']), ';']), 100],
      // Two groups outside all others: the first is measured with what the second prints broken (its
      // if-break's broken branch, a conditional group's last state), which can be wider than its flat text.
      [[b.group('aaaa'), b.group([b.ifBreak('a long text when broken', ''), b.line, 'b'])], 10],
      [[b.group('x'), b.conditionalGroup(['}', 'longer-word-here'])], 10],
      [b.group(['x', b.conditionalGroup(['}', 'longer-word-here'])]), 10],
      // A break in the branch not taken still breaks the groups around it.
      [b.group(['a', b.ifBreak([b.hardline, 'b'], 'c'), b.line, 'd']), 100],
      [b.group(['a', b.ifBreak('b', 'c', { groupId: Symbol('later') }), b.line, 'd']), 100],
      [['a', b.line, 'b'], 100],
      [b.group(['a', b.line, 'b']), 3],
    ];
    for (const [doc, width] of cases) expect(printDocument(doc, width)).toBe(prettierText(doc, width));
  });

  it('prints a group that fits flat but holds a hard line in a conditional group’s state as prettier does', () => {
    // The flat pass gives up at the hard line and the group is printed by the main loop instead; the
    // ids it had recorded as flat are taken back, so an if-break naming a later group prints nothing.
    const id = Symbol('later');
    const cases: Doc[] = [
      b.group(['a', b.line, b.conditionalGroup([['b', b.hardline, 'c'], 'd']), b.line, 'e']),
      b.group([
        'a',
        b.group(['q', b.line, 'r'], { id }),
        b.conditionalGroup([['b', b.hardline, 'c'], 'd']),
        b.ifBreak('B', 'F', { groupId: id }),
      ]),
      [
        b.group(['x', b.ifBreak('B', 'F', { groupId: id }), b.conditionalGroup([['b', b.hardline], 'd']), b.group('q', { id })]),
        b.ifBreak('1', '2', { groupId: id }),
      ],
      // The flat pass records the group as flat before it meets the hard line; printed again, the
      // if-break before that group must find no mode for it (prettier prints neither branch).
      b.group(['x', b.ifBreak('B', 'F', { groupId: id }), b.group('q', { id }), b.conditionalGroup([['b', b.hardline], 'd'])]),
    ];
    for (const doc of cases) expect(printDocument(doc, 40)).toBe(prettierText(doc, 40));
  });

  it('hands what it does not print to prettier’s printer', () => {
    const docs: Doc[] = [
      b.group(['const a = ', b.indent([b.softline, 'é'.repeat(95)])]),
      b.group(['中文', b.line, 'x'.repeat(96)]),
      b.fill(['a', b.line, 'b', b.line, 'c'.repeat(99)]),
      ['a', b.lineSuffix(' // note'), b.hardline, 'b'],
      ['a  ', b.trim, 'b'],
    ];
    for (const doc of docs) expect(printDocument(doc, 100)).toBe(prettierText(doc, 100));
  });
});
