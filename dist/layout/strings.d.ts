/** String literals as structgen writes them; the escapers (src/emit/escape.ts) and the layout's measure share it. */
/**
 * A TypeScript/JavaScript string literal. JSON escapes quotes, backslashes and C0 controls; U+2028/9,
 * DEL and the C1 controls are escaped too here, so that no control character stands raw in a file.
 */
export declare function tsStringLiteral(value: string): string;
