/**
 * The pieces every code layout shares: prettier's own document builders (the small `prettier/doc`
 * module, not the formatter; `group` and `conditionalGroup` rebuilt to settle breaks as they are built)
 * and a printer that prints their documents as prettier's does (./printer.ts), the literal forms
 * prettier prints (quotes, numbers, keys, block comments), and `Unsupported`, which a layout throws where
 * it does not know prettier's choice so that prettier formats that statement instead.
 */
import { builders as prettierBuilders, utils } from 'prettier/doc';
import { numberLiteral } from './number.js';
import { willBreak } from './printer.js';
export { willBreak };
export { numberLiteral };
export type Doc = prettierBuilders.Doc;
interface GroupOptions {
    shouldBreak?: boolean;
    id?: symbol;
}
/**
 * prettier's `group`, the same object, with its breaks propagated as it is built: whether anything inside
 * breaks it is known the moment it is made, so the printer's `propagateBreaks` and the layouts' `willBreak`
 * stop at it instead of walking its contents again (those walks were a fifth of laying out zod.ts).
 */
declare function group(contents: Doc, options?: GroupOptions): Doc;
/** prettier's `conditionalGroup`: a group of states, which what is inside them does not break. */
declare function conditionalGroup(states: Doc[], options?: GroupOptions): Doc;
/** prettier's builders, with `group` and `conditionalGroup` that settle their breaks as they are built. */
export declare const builders: {
    group: typeof group;
    conditionalGroup: typeof conditionalGroup;
    addAlignmentToDoc(doc: prettierBuilders.Doc, size: number, tabWidth: number): prettierBuilders.Doc;
    align(widthOrString: prettierBuilders.Align["n"], doc: prettierBuilders.Doc): prettierBuilders.Align;
    dedent(doc: prettierBuilders.Doc): prettierBuilders.Align;
    dedentToRoot(doc: prettierBuilders.Doc): prettierBuilders.Align;
    fill(docs: prettierBuilders.Doc[]): prettierBuilders.Fill;
    ifBreak(ifBreak: prettierBuilders.Doc, noBreak?: prettierBuilders.Doc, options?: {
        groupId?: symbol | undefined;
    }): prettierBuilders.IfBreak;
    indent(doc: prettierBuilders.Doc): prettierBuilders.Indent;
    indentIfBreak(doc: prettierBuilders.Doc, opts: {
        groupId: symbol;
        negate?: boolean | undefined;
    }): prettierBuilders.IndentIfBreak;
    join(sep: prettierBuilders.Doc, docs: prettierBuilders.Doc[]): prettierBuilders.Doc[];
    label(label: any | undefined, contents: prettierBuilders.Doc): prettierBuilders.Doc;
    lineSuffix(suffix: prettierBuilders.Doc): prettierBuilders.LineSuffix;
    markAsRoot(doc: prettierBuilders.Doc): prettierBuilders.Align;
    breakParent: prettierBuilders.BreakParent;
    hardline: prettierBuilders.Hardline;
    hardlineWithoutBreakParent: prettierBuilders.HardlineWithoutBreakParent;
    line: prettierBuilders.Line;
    lineSuffixBoundary: prettierBuilders.LineSuffixBoundary;
    literalline: prettierBuilders.LiteralLine;
    literallineWithoutBreakParent: prettierBuilders.LiterallineWithoutBreakParent;
    softline: prettierBuilders.Softline;
    trim: prettierBuilders.Trim;
    cursor: prettierBuilders.Cursor;
};
export { utils };
export declare class Unsupported extends Error {
}
/**
 * A cache that lives while one top-level piece (a declaration, a statement) is laid out, and is emptied
 * when the piece has been printed (`forgetPiece`, called by `segment`): the documents of a piece are
 * garbage once it is text. Weak maps kept them as long as the expressions they came from (the whole
 * file's), which doubled the live heap while zod.ts was written and made every collection slower.
 */
export declare function pieceCache<K extends object, V>(): Map<K, V>;
export declare function forgetPiece(): void;
export declare function printDoc(doc: Doc): string;
/**
 * The lines of a broken block whose items each end where the block puts a hard line break (an
 * interface's members, a broken object's properties with their commas), printed one item at a time,
 * `depth` indents deep, and joined by line breaks: the text printing the whole block gives, since what
 * follows an item is a line break, which is all prettier's `fits` looks for after it. A table of
 * thousands of operations is then never one document in memory (one such was 400 KB of text).
 */
export declare function printItems(items: readonly (() => Doc)[], depth: number): string;
/**
 * Whether a line can be written as text where the printer would print it flat: it fits in the line
 * width, and it is printable ASCII, whose width the printer measures as its length.
 */
export declare const fitsAsText: (line: string) => boolean;
/**
 * The items' texts joined by `separator` (the flat texts' lists), or undefined if one of them has none
 * or the text is already wider than a line: a flat text is only used where it fits, so a long union or
 * argument list that cannot is given up on at the width instead of being written out whole.
 */
export declare function joinTexts<T>(list: readonly T[], text: (item: T) => string | undefined, separator: string): string | undefined;
/**
 * A string literal as prettier prints the one structgen writes (`tsStringLiteral`: JSON escapes):
 * double quotes unless the text holds more `"` than `'`, then single quotes, with the quote escapes moved.
 */
export declare function stringLiteral(value: string): string;
/** The source text structgen writes for a number. */
export declare function numberText(value: number): string;
/**
 * A property key as prettier prints it with `quoteProps: "as-needed"`: bare when it is an identifier
 * (`"__proto__"` included: prettier unquotes it), quoted otherwise. Prettier also unquotes non-ASCII
 * identifiers, which this does not decide.
 */
export declare function propertyKey(name: string): string;
/**
 * A `/** … *\/` comment as prettier prints it: a one-line comment as written; in a multi-line one whose
 * every line starts with `*`, each line trimmed and re-indented under the opening `/`, except that a
 * JSDoc line ending in two spaces (a Markdown line break) keeps them.
 */
export declare function blockComment(text: string): Doc;
/**
 * What the printer makes of `blockComment(text)` on a line indented by `indent`, as text; undefined for
 * a comment with a line kept as written (the Markdown line break), which only the printer lays out.
 */
export declare function blockCommentText(text: string, indent: string): string | undefined;
