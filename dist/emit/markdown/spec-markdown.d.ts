/** A description as Markdown blocks, for a page's body. */
export declare function specMarkdown(text: string): string;
/** A description inside a table cell: inline Markdown on one line, line breaks as `<br>`, every `|` escaped. */
export declare function specMarkdownCell(text: string): string;
/** Relative, or http(s)/mailto, once escapes, entities, whitespace and control characters are taken out. */
export declare function safeDestination(destination: string): boolean;
