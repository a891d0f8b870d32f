/**
 * The pieces every code layout shares: prettier's own document builders (the small `prettier/doc`
 * module, not the formatter; `group` and `conditionalGroup` rebuilt to settle breaks as they are built)
 * and a printer that prints their documents as prettier's does (./printer.ts), the literal forms
 * prettier prints (quotes, numbers, keys, block comments), and `Unsupported`, which a layout throws where
 * it does not know prettier's choice so that prettier formats that statement instead.
 */
import { builders as prettierBuilders, utils } from 'prettier/doc';
import { isIdentifierName } from '../model/index.js';
import { tsStringLiteral } from './strings.js';
import { numberLiteral } from './number.js';
import { printWidth } from './options.js';
import { printDocument, propagateBreaks, willBreak } from './printer.js';
export { willBreak };
export { numberLiteral };
/**
 * prettier's `group`, the same object, with its breaks propagated as it is built: whether anything inside
 * breaks it is known the moment it is made, so the printer's `propagateBreaks` and the layouts' `willBreak`
 * stop at it instead of walking its contents again (those walks were a fifth of laying out zod.ts).
 */
function group(contents, options = {}) {
    const doc = {
        type: 'group',
        id: options.id,
        contents,
        break: Boolean(options.shouldBreak),
        expandedStates: undefined,
        /** Its `break` is final: the printer's `propagateBreaks` stops here. */
        settled: true,
        /** Its `willBreak`, kept once asked. */
        willBreak: undefined,
    };
    if (propagateBreaks(contents, undefined) && !doc.break)
        doc.break = 'propagated';
    return doc;
}
/** prettier's `conditionalGroup`: a group of states, which what is inside them does not break. */
function conditionalGroup(states, options = {}) {
    for (const state of states)
        propagateBreaks(state, undefined);
    return {
        type: 'group',
        id: options.id,
        contents: states[0],
        break: Boolean(options.shouldBreak),
        expandedStates: states,
        settled: true,
        /** Its `willBreak`, kept once asked. */
        willBreak: undefined,
    };
}
/** prettier's builders, with `group` and `conditionalGroup` that settle their breaks as they are built. */
export const builders = { ...prettierBuilders, group, conditionalGroup };
export { utils };
export class Unsupported extends Error {
}
const pieceCaches = [];
/**
 * A cache that lives while one top-level piece (a declaration, a statement) is laid out, and is emptied
 * when the piece has been printed (`forgetPiece`, called by `segment`): the documents of a piece are
 * garbage once it is text. Weak maps kept them as long as the expressions they came from (the whole
 * file's), which doubled the live heap while zod.ts was written and made every collection slower.
 */
export function pieceCache() {
    const cache = new Map();
    pieceCaches.push(cache);
    return cache;
}
export function forgetPiece() {
    for (const cache of pieceCaches)
        if (cache.size > 0)
            cache.clear();
}
export function printDoc(doc) {
    return printDocument(doc, printWidth);
}
/**
 * The lines of a broken block whose items each end where the block puts a hard line break (an
 * interface's members, a broken object's properties with their commas), printed one item at a time,
 * `depth` indents deep, and joined by line breaks: the text printing the whole block gives, since what
 * follows an item is a line break, which is all prettier's `fits` looks for after it. A table of
 * thousands of operations is then never one document in memory (one such was 400 KB of text).
 */
export function printItems(items, depth) {
    const lines = [];
    for (const item of items) {
        let doc = [builders.hardline, item()];
        for (let i = 0; i < depth; i++)
            doc = builders.indent(doc);
        lines.push(printDoc(doc).slice(1));
        forgetPiece();
    }
    return lines.join('\n');
}
/**
 * Whether a line can be written as text where the printer would print it flat: it fits in the line
 * width, and it is printable ASCII, whose width the printer measures as its length.
 */
export const fitsAsText = (line) => line.length <= printWidth && !/[^\x20-\x7e]/.test(line);
/**
 * The items' texts joined by `separator` (the flat texts' lists), or undefined if one of them has none
 * or the text is already wider than a line: a flat text is only used where it fits, so a long union or
 * argument list that cannot is given up on at the width instead of being written out whole.
 */
export function joinTexts(list, text, separator) {
    let joined = '';
    for (let i = 0; i < list.length; i++) {
        const t = text(list[i]);
        if (t === undefined)
            return undefined;
        joined += i === 0 ? t : separator + t;
        if (joined.length > printWidth)
            return undefined;
    }
    return joined;
}
const plainString = /^[\x20-\x21\x23-\x26\x28-\x5b\x5d-\x7e]*$/;
/**
 * A string literal as prettier prints the one structgen writes (`tsStringLiteral`: JSON escapes):
 * double quotes unless the text holds more `"` than `'`, then single quotes, with the quote escapes moved.
 */
export function stringLiteral(value) {
    // Most strings are printable ASCII without quotes or backslashes: nothing to escape or choose.
    if (plainString.test(value))
        return `"${value}"`;
    const raw = tsStringLiteral(value).slice(1, -1);
    const doubles = raw.split('"').length - 1;
    const singles = raw.split("'").length - 1;
    const quote = doubles > singles ? "'" : '"';
    const other = quote === '"' ? "'" : '"';
    const body = raw.replace(/\\(.)|(["'])/gsu, (match, escaped, bare) => {
        if (escaped === other)
            return escaped;
        if (bare === quote)
            return `\\${bare}`;
        if (bare)
            return bare;
        return /^[^\n\r"'0-7\\bfnrt-vx\u2028\u2029]$/u.test(escaped) ? escaped : match;
    });
    return quote + body + quote;
}
/** The source text structgen writes for a number. */
export function numberText(value) {
    if (!Number.isFinite(value))
        throw new Error(`non-finite number ${value}`);
    return Object.is(value, -0) ? '0' : String(value);
}
/**
 * A property key as prettier prints it with `quoteProps: "as-needed"`: bare when it is an identifier
 * (`"__proto__"` included: prettier unquotes it), quoted otherwise. Prettier also unquotes non-ASCII
 * identifiers, which this does not decide.
 */
export function propertyKey(name) {
    if (isIdentifierName(name))
        return name;
    if (/[^\x20-\x7e]/.test(name))
        throw new Unsupported('non-ASCII key');
    return stringLiteral(name);
}
/**
 * A `/** … *\/` comment as prettier prints it: a one-line comment as written; in a multi-line one whose
 * every line starts with `*`, each line trimmed and re-indented under the opening `/`, except that a
 * JSDoc line ending in two spaces (a Markdown line break) keeps them.
 */
export function blockComment(text) {
    if (!text.includes('\n'))
        return text;
    const { lines, jsDoc } = commentLines(text);
    return [
        '/',
        lines.map((line, i) => {
            if (i === 0)
                return [line.trimEnd(), builders.hardline];
            if (i === lines.length - 1)
                return [' ', line];
            const trimmed = line.trimEnd();
            if (jsDoc && keepsBreak(trimmed, line))
                return [' ', trimmed, '  ', builders.markAsRoot(builders.literalline)];
            return [' ', trimmed, builders.hardline];
        }),
        '/',
    ];
}
/**
 * What the printer makes of `blockComment(text)` on a line indented by `indent`, as text; undefined for
 * a comment with a line kept as written (the Markdown line break), which only the printer lays out.
 */
export function blockCommentText(text, indent) {
    if (!text.includes('\n'))
        return text;
    const { lines, jsDoc } = commentLines(text);
    let printed = `/${lines[0].trimEnd()}`;
    for (let i = 1; i < lines.length - 1; i++) {
        const trimmed = lines[i].trimEnd();
        if (jsDoc && keepsBreak(trimmed, lines[i]))
            return undefined;
        printed += `\n${indent} ${trimmed}`;
    }
    return `${printed}\n${indent} ${lines.at(-1)}/`;
}
function commentLines(text) {
    const value = text.slice(2, -2);
    const lines = `*${value}*`.split('\n').map((l) => l.trimStart());
    if (!lines.every((l) => l.startsWith('*')))
        throw new Unsupported('comment that prettier keeps as written');
    return { lines, jsDoc: value[0] === '*' && value[1] !== '*' };
}
const keepsBreak = (trimmed, line) => trimmed !== '*' && line.endsWith('  ');
//# sourceMappingURL=doc.js.map