/** The one set of prettier options every output is laid out with, whatever a user's prettier config says. */
export const printWidth = 100;

export const prettierOptions = { printWidth, proseWrap: 'preserve', endOfLine: 'lf' } as const;
