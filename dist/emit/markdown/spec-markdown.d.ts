/**
 * Spec descriptions as the CommonMark they are (OpenAPI 3.x: "CommonMark syntax MAY be used for rich
 * text representation"), made safe to place in a generated page. What is kept: emphasis, code spans,
 * fenced and indented code, lists, block quotes, GFM tables and strikethrough, and links and images whose
 * destination is relative or http(s)/mailto. What is neutralised, so that spec text can neither run code
 * in a reader's browser nor change the page around it:
 *
 * - raw HTML of any kind (`<script>`, `<img onerror>`, comments): every `<` outside code is escaped,
 *   except a `<https://…>` autolink; `<br>` becomes a line break;
 * - links, images and reference definitions whose destination has any scheme but http, https or mailto
 *   (`javascript:`, `data:`, `vbscript:`, `file:`, with entities and escapes decoded first): the link is
 *   left as literal text;
 * - headings (ATX `#` and setext underlines) and `---` lines, which would enter the page's outline or
 *   read as front matter: written as text;
 * - fenced code is re-fenced at the left margin with a fence longer than any run inside it and closed
 *   even where the spec left it open, so a description cannot swallow the page after it; an info string
 *   that GitHub renders as a diagram or a map (`mermaid`, `geojson`, `topojson`, `stl`, `math`) or that is
 *   not a plain language name is dropped, so spec text never reaches Mermaid;
 * - `$`, which Markdown with math support reads as a formula.
 *
 * The decision is made per line with the CommonMark rules that matter for it; where this reading and a
 * renderer's could differ, the text is escaped (shown with a visible backslash at worst), never left raw.
 * A test renders every page of the corpus and hostile inputs with a GFM parser and checks both
 * directions.
 */
/** A description as Markdown blocks, for a page's body. */
export declare function specMarkdown(text: string): string;
/** A description inside a table cell: inline Markdown on one line, line breaks as `<br>`, every `|` escaped. */
export declare function specMarkdownCell(text: string): string;
/** Relative, or http(s)/mailto, once escapes, entities, whitespace and control characters are taken out. */
export declare function safeDestination(destination: string): boolean;
