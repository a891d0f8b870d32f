import type { Diagnostic } from './diagnostic.js';
/**
 * One diagnostic as terminal text:
 * `schemas/a.json:12:5 error duplicate-field #/fields/3/name  field "id" appears twice`, then `  hint: ...`.
 */
export declare function formatDiagnostic(d: Diagnostic): string;
/** Diagnostics grouped by file (first-seen order), errors before warnings within a file. */
export declare function formatDiagnostics(diagnostics: readonly Diagnostic[]): string;
/**
 * A line for a terminal or a CI log: no control characters (see `oneLine`), and it cannot start a GitHub
 * Actions workflow command (`::error ...`, `::stop-commands::...`), which the runner reads from any line
 * of output that starts with `::`. Such a line (a file named `::error::x`) is printed with a `./` before it.
 */
export declare function terminalLine(text: string): string;
/** Spec text may hold newlines or terminal escapes; a diagnostic stays on its line and prints no controls. */
export declare function oneLine(text: string): string;
