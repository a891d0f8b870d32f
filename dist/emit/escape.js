/**
 * One escaper per output context. Spec text (descriptions, enum values, names) is untrusted: it reaches
 * generated source code, comments and Markdown only through these functions.
 */
import { isIdentifierName } from '../model/index.js';
const lineTerminators = /\r\n|[\r\u2028\u2029]/g;
const needsWhitespaceWork = /[\n\r\u2028\u2029\t]| {2}/;
// eslint-disable-next-line no-control-regex
const jsDocSpecial = /[\r\u2028\u2029@\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\*\//;
/**
 * Control characters other than tab and the line breaks: C0, DEL and C1. In a comment or in Markdown they
 * are written as visible `\uXXXX` text: a NUL makes git call the file binary, an ESC drives the terminal
 * that shows it, and neither means anything there. (String literals and JSON escape them as such.)
 */
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const hasControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** `text` with each control character (see `controls`) spelled as `\uXXXX`. */
export function visibleControls(text) {
    if (!hasControl.test(text))
        return text;
    return text.replace(controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
export { tsStringLiteral } from '../layout/strings.js';
import { tsStringLiteral } from '../layout/strings.js';
/** A TypeScript literal for a JSON primitive. */
export function tsLiteral(value) {
    if (typeof value === 'string')
        return tsStringLiteral(value);
    if (typeof value === 'number')
        return Object.is(value, -0) ? '0' : String(value);
    return String(value);
}
/** A property key: bare when it is an identifier name, a string literal otherwise. */
export function tsPropertyKey(name) {
    return isIdentifierName(name) && name !== '__proto__' ? name : tsStringLiteral(name);
}
/**
 * Text inside a `/** ... *\/` block. `*\/` would end the comment early; a line-leading `@` would start a
 * tag; every line terminator (including U+2028/9) becomes `\n` so the comment keeps its ` * ` margin.
 */
export function jsDocText(text) {
    // Most descriptions hold none of what this rewrites.
    if (!jsDocSpecial.test(text))
        return text;
    return visibleControls(text)
        .replace(lineTerminators, '\n')
        .replaceAll('*/', '*\\/')
        .replace(/^([^\S\n]*)@/gm, '$1\\@');
}
/**
 * Text inside a template literal (type): a backslash, a backtick and `${` would end or change it, and a
 * control character or line break would hide in it, so each is escaped (`${name}` parts are the caller's).
 */
export function templateLiteralText(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\\`]|\$\{|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => c === '\\' || c === '`' ? `\\${c}` : c === '${' ? '\\${' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Text inside a `//` line comment: a line terminator would end it, so each becomes a space. */
export function lineCommentText(text) {
    return visibleControls(text).replace(/[\n\r\u2028\u2029]/g, ' ');
}
/** Text inside an HTML comment (`<!-- ... -->`): without `>`, neither `-->` nor `--!>` can end it early. */
export function htmlCommentText(text) {
    return visibleControls(text)
        .replace(/[\n\r\u2028\u2029]/g, ' ')
        .replaceAll('>', '&gt;');
}
/**
 * Spec text's whitespace in the one form Markdown renders it (and prettier prints it): each line trimmed,
 * runs of spaces and tabs one space, runs of blank lines one. Indentation would otherwise turn a line
 * into a code block, and two trailing spaces into a hard break.
 */
function markdownWhitespace(text) {
    // One line without tabs, double spaces or space at its ends is already in that form.
    if (!needsWhitespaceWork.test(text) && text.trim() === text)
        return visibleControls(text);
    // Controls are spelled out last: the ones that are whitespace (vertical tab, form feed) trim away first.
    return visibleControls(text
        .replace(lineTerminators, '\n')
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim());
}
/**
 * Inline Markdown text: no emphasis, code, link, HTML, entity, heading, list or table syntax can come out
 * of spec text. Brackets are escaped, so `(`, `)` and `!` cannot form a link and stay as they are. `$` is
 * escaped too: Markdown with math support (GitHub's, prettier's) reads `$...$` and `$$` as formulas.
 */
export function markdownText(text) {
    // Most spec text is one line of words and punctuation that nothing here changes.
    if (plainText.test(text) && !text.includes('  '))
        return text;
    return escapeMarkdownText(text);
}
/** `markdownText` without its shortcut for plain text (exported for the test that holds the two equal). */
export function escapeMarkdownText(text) {
    const inline = markdownWhitespace(text)
        .replaceAll('&', '&amp;')
        .replace(/[\\`*_[\]<>|~$]/g, '\\$&');
    // A line that starts like a heading, list item or setext underline; most text has none.
    if (!blockStart.test(inline))
        return inline;
    return inline.replace(/^([^\S\n]*)([-=+#])/gm, '$1\\$2').replace(/^([^\S\n]*\d+)([.)])/gm, '$1\\$2');
}
/**
 * Patterns anchored at each line (`/m`) match leading whitespace with `[^\S\n]*`, never `\s*`: `\s` also
 * matches line breaks, so from every line start it would scan all the blank lines after it, and text of
 * one `@` after 100,000 line breaks took 20 s (quadratic). A line's own indentation is all that counts.
 */
const blockStart = /^[^\S\n]*(?:[-=+#]|\d+[.)])/m;
/** Text that starts with a letter, ends without a space and holds no character Markdown could read as syntax. */
const plainText = /^[A-Za-z](?:[A-Za-z0-9 ,.'"():;/?!%=+-]*[A-Za-z0-9,.'"():;/?!%=+-])?$/;
/** A Markdown table cell: inline text on one line (line breaks become `<br>`). */
export function markdownCell(text) {
    const escaped = markdownText(text);
    return escaped.includes('\n') ? escaped.replace(/\n/g, '<br>') : escaped;
}
/**
 * A Markdown code span holding `text` verbatim, in the form prettier prints: fenced with the shortest run
 * of backticks the text does not contain, padded with a space where the text starts or ends with a
 * backtick, or starts and ends with a space (Markdown strips one space from each end of such a span).
 *
 * A GFM table splits its rows at pipes before it reads code spans, so a pipe is escaped even here (`\|`;
 * tables unescape it inside code). A backslash right before a pipe cannot be written that way:
 * renderers disagree on `\\|` (GitHub reads a backslash and an escaped pipe, micromark and marked an
 * escaped backslash and a cell boundary: the pattern `^a\|b$` became two cells). Such text is written as
 * an HTML `<code>` element, where `&#124;` holds no pipe for any renderer to split at; inside the
 * element the text is Markdown again, so its syntax characters are escaped.
 */
export function markdownCode(text) {
    // No backtick, pipe or line break, and no leading space: one backtick each side, as it is.
    if (text !== '' && text[0] !== ' ' && !/[`|\n\r\u2028\u2029]/.test(text) && !hasControl.test(text))
        return `\`${text}\``;
    return codeSpanOf(text);
}
/** `markdownCode` without its shortcut (exported for the test that holds the two equal). */
export function codeSpanOf(text) {
    const spaced = visibleControls(text).replace(/[\n\r\u2028\u2029]/g, ' ');
    if (spaced.includes('\\|'))
        return `<code>${codeElementText(spaced)}</code>`;
    const code = spaced.replaceAll('|', '\\|');
    if (code === '')
        return '` `';
    const runs = new Set((code.match(/`+/g) ?? []).map((run) => run.length));
    let length = 1;
    while (runs.has(length))
        length++;
    const fence = '`'.repeat(length);
    const pad = code.startsWith('`') || code.endsWith('`') || (/^ /.test(code) && / $/.test(code) && /[^ ]/.test(code)) ? ' ' : '';
    return `${fence}${pad}${code}${pad}${fence}`;
}
/** Text inside `<code>…</code>`: HTML's specials as entities, Markdown's inline syntax escaped, spaces kept. */
function codeElementText(text) {
    return text
        .replace(/[&<>|]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;' })[c])
        .replace(/[\\`*_[\]~$]/g, '\\$&')
        .replace(/ {2,}|^ | $/g, (spaces) => '&#32;'.repeat(spaces.length));
}
/** Text for a Markdown heading: a trailing run of `#` would read as the heading's closing sequence. */
export function markdownHeading(text) {
    return markdownText(text).replace(/(^|\s)(#+)$/, '$1\\$2');
}
/**
 * Names every plain object inherits (`constructor`, `toString`, `__proto__`, ...). Validators that read
 * `data[name]` see the inherited member when the key is absent, so emitters treat these names specially.
 */
export const inheritedMemberNames = new Set(Object.getOwnPropertyNames(Object.prototype));
/** A regular expression source matching exactly `text`. */
export function exactRegexSource(text) {
    return `^${text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$`;
}
//# sourceMappingURL=escape.js.map