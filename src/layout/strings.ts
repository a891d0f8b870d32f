/** String literals as structgen writes them; the escapers (src/emit/escape.ts) and the layout's measure share it. */

/** A TypeScript/JavaScript string literal. JSON escapes quotes, backslashes and controls; U+2028/9 too here. */
export function tsStringLiteral(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}
