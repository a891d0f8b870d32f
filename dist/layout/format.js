import { printJson } from './json.js';
import { layoutMarkdown } from './markdown.js';
import { prettierOptions, printWidth } from './options.js';
import { joinSegments } from './segment.js';
const parsers = {
    typescript: 'typescript',
    json: 'json',
    markdown: 'markdown',
};
export async function formatFile(file, options = {}) {
    const done = await laidOut(file, options);
    return { ...done, contents: withoutControls(done.contents, file.language, file.path) };
}
/**
 * The last word on control characters. A generated file holds none besides tab and newline: the
 * escapers write them as `\uXXXX` in comments and Markdown, string literals and JSON as escapes. JSON
 * may still hold DEL and C1 controls raw (JSON.stringify leaves them), and only ever inside strings, so
 * they become escapes here. Any other raw control would be an escaper missing one: a bug, said so.
 */
function withoutControls(text, language, path) {
    const escaped = language === 'json' ? text.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
    // eslint-disable-next-line no-control-regex
    const raw = /[\u0000-\u0008\u000b-\u001f]/.exec(escaped);
    if (raw)
        throw new Error(`internal error: ${path} would hold the control character U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} at offset ${raw.index}`);
    return escaped;
}
async function laidOut(file, options) {
    const { segments, path, language } = file;
    const rest = { path, language };
    if (options.prettierOnly)
        return { ...rest, contents: await prettier(file.contents, language, path) };
    if (segments)
        return { ...rest, contents: await layOut(segments, language, path) };
    // JSON has one layout prettier would give it; printing it directly saves a parse and print of the largest file.
    if (file.language === 'json') {
        const printed = (file.value !== undefined ? printJson(file.value) : undefined) ?? printJson(JSON.parse(file.contents));
        if (printed !== undefined)
            return { ...rest, contents: printed };
    }
    if (file.language === 'markdown') {
        const width = await stringWidth(file.contents);
        const laidOut = layoutMarkdown(file.contents, width) ?? (await layOutPieces(file.contents, width, path));
        if (laidOut !== undefined)
            return { ...rest, contents: laidOut };
    }
    return { ...rest, contents: await prettier(file.contents, file.language, path) };
}
/**
 * A page the Markdown layout declines as a whole (spec text with nested lists, emphasis, ragged tables…)
 * is laid out piece by piece, each piece on its own, and only what is still declined is given to
 * prettier: a table whose cells alone are declined keeps its layout with those cells as prettier prints
 * them, and the other declined pieces go to prettier in one call per page. Formatting a 200 KB page
 * with prettier took a second or more, and a large spec has dozens; most of a page needs none of it.
 *
 * A piece starts at a line at the left margin that no block before it can take in: an ATX heading
 * (which interrupts a paragraph, a table and every container), or a line after a blank line that opens
 * neither a list item (so list markers, which prettier alternates between adjacent lists, and numbering
 * stay within one piece) nor a link reference definition. Prettier prints blocks independently of what
 * lies past such a line and separates them with one blank line, so the pieces join to the page prettier
 * would print; the tests hold them to it on generated pages and on seeded random tables and lists.
 * Undefined (the whole page to prettier) when the page cannot be split safely: an unclosed fence, an
 * HTML block (it may run past a blank line; spec text has its `<` escaped, so only a user's template
 * writes one) or a `prettier-ignore` comment.
 */
async function layOutPieces(text, width, path) {
    const pieces = markdownPieces(text);
    if (pieces === undefined)
        return undefined;
    // The caches are bounded between pages, never while one is laid out (it reads back what it put in).
    for (const map of [pieceCache, cellCache])
        if (map.size > 20_000)
            map.clear();
    const formats = { formatted: cellCache, missing: new Set() };
    const laidOut = pieces.map((piece) => layoutMarkdown(piece, width, formats));
    if (formats.missing.size > 0) {
        await formatCells([...formats.missing], path);
        formats.missing.clear();
        laidOut.forEach((done, i) => (laidOut[i] = done ?? layoutMarkdown(pieces[i], width, formats)));
    }
    const declined = [...new Set(pieces.filter((piece, i) => laidOut[i] === undefined && !pieceCache.has(piece)))];
    if (declined.length > 0) {
        // One prettier call for the page: the pieces apart, each after an HTML comment of its own that no
        // piece holds (prettier prints a comment as it is, and a comment between blocks changes nothing
        // about them), so the output splits back into the pieces.
        const separator = `\n\n<!-- structgen-piece ${declined.length} -->\n\n`;
        const joined = declined.some((piece) => piece.includes(separator.trim()))
            ? undefined
            : (await prettier(declined.join(separator), 'markdown', path)).trimEnd().split(separator);
        for (let i = 0; i < declined.length; i++) {
            const piece = declined[i];
            pieceCache.set(piece, joined?.length === declined.length ? joined[i] : await prettier(piece, 'markdown', path));
        }
    }
    return `${pieces.map((piece, i) => (laidOut[i] ?? pieceCache.get(piece)).trimEnd()).join('\n\n')}\n`;
}
/** A page's pieces, as `layOutPieces` says; undefined when it cannot be split safely. */
function markdownPieces(text) {
    if (text.includes('prettier-ignore'))
        return undefined;
    const lines = text.split('\n');
    // Front matter stays with the first piece.
    const first = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
    if (lines[0] === '---' && first === 0)
        return undefined;
    const pieces = [lines.slice(0, first)];
    let fence;
    let previousBlank = false;
    let empty = first === 0;
    for (let i = first; i < lines.length; i++) {
        const line = lines[i];
        if (fence === undefined) {
            if (/^ {0,3}</.test(line) && !/^<!--(?:(?!-->).)*-->$/.test(line))
                return undefined;
            // (Not before a link reference definition: prettier writes consecutive definitions on consecutive
            // lines, whatever blank lines the source had between them.)
            const starts = /^[^\s[]/.test(line) && (/^#{1,6}(?:[ \t]|$)/.test(line) || (previousBlank && !/^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)));
            if (starts && !empty) {
                pieces.push([]);
                empty = true;
            }
            const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
            if (open)
                fence = new RegExp(`^ {0,3}${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}\\s*$`);
        }
        else if (fence.test(line))
            fence = undefined;
        pieces[pieces.length - 1].push(line);
        previousBlank = line.trim() === '';
        if (!previousBlank)
            empty = false;
    }
    if (fence !== undefined)
        return undefined;
    return pieces
        .filter((piece) => piece.some((line) => line.trim() !== ''))
        .map((piece) => `${piece
        .join('\n')
        .replace(/^(?:[ \t]*\n)+/, '')
        .trimEnd()}\n`);
}
/**
 * Cells as prettier prints them, formatted in one call as the rows of a one-column table whose header is
 * wider than the print width, so that prettier writes the table compact and each row is `| cell |`.
 */
async function formatCells(cells, path) {
    const header = `| ${'x'.repeat(printWidth)} |\n| --- |\n`;
    const rows = (await prettier(`${header}${cells.map((cell) => `| ${cell} |`).join('\n')}\n`, 'markdown', path)).split('\n');
    // Should prettier read the rows otherwise, the cells stay unformatted and their tables go to it whole.
    if (rows.length !== cells.length + 3)
        return;
    cells.forEach((cell, i) => {
        const row = rows[i + 2];
        if (row.startsWith('| ') && row.endsWith(' |'))
            cellCache.set(cell, row.slice(2, -2));
    });
}
/**
 * What prettier made of pieces and cells, kept across files (large specs repeat their descriptions from
 * page to page and in the README); prettier's output depends on nothing but the text and fixed options.
 */
const pieceCache = new Map();
const cellCache = new Map();
const marker = '// @structgen-segment';
/**
 * Segments are top-level statements, which prettier formats independently of their neighbours; the
 * declined ones are formatted in one prettier call, separated by a marker comment, and put back in place.
 */
async function layOut(segments, language, path) {
    const declined = segments.filter((s) => s.laidOut === undefined);
    let formatted = [];
    if (declined.length > 0) {
        const text = await prettier(declined.map((s) => s.source()).join(`\n\n${marker}\n\n`), language, path);
        formatted = text.trimEnd().split(`\n\n${marker}\n\n`);
        if (formatted.length !== declined.length)
            throw new Error('internal error: formatted segments do not match');
    }
    let next = 0;
    return joinSegments(segments, (s) => s.laidOut ?? formatted[next++]);
}
/** Characters one column wide in prettier's count, besides printable ASCII (© and ® are emoji, so not here). */
export const narrow = '\\u00a0-\\u00a8\\u00aa-\\u00ad\\u00af-\\u00ff\\u2010-\\u2027\\u2030-\\u203b\\u2260\\u2264\\u2265';
const wideTableLine = new RegExp(`^\\|[^\\n]*[^\\x20-\\x7e\\n${narrow}]`, 'm');
async function prettier(text, language, path) {
    // Loaded on first use: a run that stops at an input error never pays for prettier.
    const { format } = await import('prettier');
    // The file name tells prettier's TypeScript parser the text is not TSX; without it, prettier guesses
    // with a regular expression that is quadratic in the text (4 s on a 150 KB file of long unions).
    return format(text, { ...prettierOptions, parser: parsers[language], filepath: path });
}
/**
 * Columns a string takes, as prettier counts them (wide East Asian characters 2, combining marks 0).
 * Only table cells are measured, and a table row is a line that starts with `|`: unless one of those
 * holds a character outside `narrow` (printable ASCII, and the Latin-1 letters, dashes, quotes, `…`,
 * `≤`, `≥` and `≠` the docs write, each one column), a cell's width is its length, and prettier (whose
 * width function this is) is not loaded. A test holds every character of `narrow` to prettier's width.
 */
async function stringWidth(text) {
    if (!wideTableLine.test(text))
        return (s) => s.length;
    const { util } = await import('prettier');
    return (s) => util.getStringWidth(s);
}
//# sourceMappingURL=format.js.map