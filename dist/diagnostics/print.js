/**
 * One diagnostic as terminal text:
 * `schemas/a.json:12:5 error duplicate-field #/fields/3/name  field "id" appears twice`, then `  hint: ...`.
 */
export function formatDiagnostic(d) {
    const place = terminalLine([oneLine(d.file ?? '<input>'), d.line, d.column].filter((x) => x !== undefined).join(':'));
    const pointer = d.pointer !== undefined ? ` #${oneLine(d.pointer)}` : '';
    const message = oneLine(d.message);
    const hint = d.hint ? `\n  hint: ${oneLine(d.hint)}` : '';
    return `${place} ${d.severity} ${d.code}${pointer}  ${message}${hint}`;
}
/** Diagnostics grouped by file (first-seen order), errors before warnings within a file. */
export function formatDiagnostics(diagnostics) {
    const byFile = new Map();
    for (const d of diagnostics) {
        const key = d.file ?? '<input>';
        const list = byFile.get(key) ?? [];
        list.push(d);
        byFile.set(key, list);
    }
    const rank = (d) => (d.severity === 'error' ? 0 : 1);
    return [...byFile.values()].flatMap((list) => [...list].sort((a, b) => rank(a) - rank(b)).map(formatDiagnostic)).join('\n');
}
/**
 * A line for a terminal or a CI log: no control characters (see `oneLine`), and it cannot start a GitHub
 * Actions workflow command (`::error ...`, `::stop-commands::...`), which the runner reads from any line
 * of output that starts with `::`. Such a line (a file named `::error::x`) is printed with a `./` before it.
 */
export function terminalLine(text) {
    const line = oneLine(text);
    return /^\s*::/.test(line) ? `./${line}` : line;
}
/** Spec text may hold newlines or terminal escapes; a diagnostic stays on its line and prints no controls. */
export function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
//# sourceMappingURL=print.js.map