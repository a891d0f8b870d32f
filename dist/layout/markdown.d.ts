export type StringWidth = (text: string) => number;
/**
 * Table cells the layout cannot vouch for (emphasis, math, escapes it does not know), as prettier prints
 * them: a table whose only declined parts are cells is laid out here with the cells as `formatted` holds
 * them, and a cell `formatted` lacks is added to `missing` (the table is declined this time) so that the
 * caller can have prettier format it and try again. Prettier prints a cell's inline content on its own,
 * whatever the table, and aligns the printed cells as `table` does.
 */
export interface CellFormats {
    formatted: Map<string, string>;
    missing: Set<string>;
}
export declare function layoutMarkdown(text: string, width: StringWidth, cells?: CellFormats): string | undefined;
/**
 * Info strings of fenced code that prettier prints as written: no language, and languages it has no
 * parser for (a test holds each to prettier). Any other fence is declined, but `json` in prettier's
 * JSON layout.
 */
export declare const verbatimLanguages: ReadonlySet<string>;
