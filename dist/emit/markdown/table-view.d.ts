/**
 * Tables as the templates receive them: a header and rows of cells, every cell already Markdown for a
 * cell (see ../escape.ts and ./spec-markdown.ts). A column that no row fills is left out, so a reader
 * never scans an empty "Description" or "Constraints" column; the first `keep` columns always stay.
 */
export interface TableView {
    columns: string[];
    rows: {
        cells: string[];
    }[];
}
export declare function tableView(columns: string[], rows: string[][], keep?: number): TableView | null;
