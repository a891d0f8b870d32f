/** The one set of prettier options every output is laid out with, whatever a user's prettier config says. */
export const printWidth = 100;
/**
 * `proseWrap: never` (it only concerns Markdown): a paragraph is one line, and a table too wide for the
 * print width is written compact rather than padded to its widest cell.
 */
export const prettierOptions = { printWidth, proseWrap: 'never', endOfLine: 'lf' };
//# sourceMappingURL=options.js.map