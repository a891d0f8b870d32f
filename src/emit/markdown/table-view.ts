/**
 * Tables as the templates receive them: a header and rows of cells, every cell already Markdown for a
 * cell (see ../escape.ts and ./spec-markdown.ts). A column that no row fills is left out, so a reader
 * never scans an empty "Description" or "Constraints" column; the first `keep` columns always stay.
 */
export interface TableView {
  columns: string[];
  rows: { cells: string[] }[];
}

export function tableView(columns: string[], rows: string[][], keep = 1): TableView | null {
  if (rows.length === 0) return null;
  const kept = columns.map((_, c) => c < keep || rows.some((row) => row[c] !== '' && row[c] !== undefined));
  return {
    columns: columns.filter((_, c) => kept[c]),
    rows: rows.map((row) => ({ cells: row.filter((_, c) => kept[c]).map((cell) => cell ?? '') })),
  };
}
