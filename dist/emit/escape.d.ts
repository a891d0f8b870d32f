/** `text` with each control character (see `controls`) spelled as `\uXXXX`. */
export declare function visibleControls(text: string): string;
export { tsStringLiteral } from '../layout/strings.js';
/** A TypeScript literal for a JSON primitive. */
export declare function tsLiteral(value: string | number | boolean | null): string;
/** A property key: bare when it is an identifier name, a string literal otherwise. */
export declare function tsPropertyKey(name: string): string;
/**
 * Text inside a `/** ... *\/` block. `*\/` would end the comment early; a line-leading `@` would start a
 * tag; every line terminator (including U+2028/9) becomes `\n` so the comment keeps its ` * ` margin.
 */
export declare function jsDocText(text: string): string;
/**
 * Text inside a template literal (type): a backslash, a backtick and `${` would end or change it, and a
 * control character or line break would hide in it, so each is escaped (`${name}` parts are the caller's).
 */
export declare function templateLiteralText(text: string): string;
/** Text inside a `//` line comment: a line terminator would end it, so each becomes a space. */
export declare function lineCommentText(text: string): string;
/** Text inside an HTML comment (`<!-- ... -->`): without `>`, neither `-->` nor `--!>` can end it early. */
export declare function htmlCommentText(text: string): string;
/**
 * Inline Markdown text: no emphasis, code, link, HTML, entity, heading, list or table syntax can come out
 * of spec text. Brackets are escaped, so `(`, `)` and `!` cannot form a link and stay as they are. `$` is
 * escaped too: Markdown with math support (GitHub's, prettier's) reads `$...$` and `$$` as formulas.
 */
export declare function markdownText(text: string): string;
/** `markdownText` without its shortcut for plain text (exported for the test that holds the two equal). */
export declare function escapeMarkdownText(text: string): string;
/** A Markdown table cell: inline text on one line (line breaks become `<br>`). */
export declare function markdownCell(text: string): string;
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
export declare function markdownCode(text: string): string;
/** `markdownCode` without its shortcut (exported for the test that holds the two equal). */
export declare function codeSpanOf(text: string): string;
/** Text for a Markdown heading: a trailing run of `#` would read as the heading's closing sequence. */
export declare function markdownHeading(text: string): string;
/**
 * Names every plain object inherits (`constructor`, `toString`, `__proto__`, ...). Validators that read
 * `data[name]` see the inherited member when the key is absent, so emitters treat these names specially.
 */
export declare const inheritedMemberNames: ReadonlySet<string>;
/** A regular expression source matching exactly `text`. */
export declare function exactRegexSource(text: string): string;
