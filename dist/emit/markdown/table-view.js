export function tableView(columns, rows, keep = 1) {
    if (rows.length === 0)
        return null;
    const kept = columns.map((_, c) => c < keep || rows.some((row) => row[c] !== '' && row[c] !== undefined));
    return {
        columns: columns.filter((_, c) => kept[c]),
        rows: rows.map((row) => ({ cells: row.filter((_, c) => kept[c]).map((cell) => cell ?? '') })),
    };
}
//# sourceMappingURL=table-view.js.map