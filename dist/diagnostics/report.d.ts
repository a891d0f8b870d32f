/**
 * Diagnostics for machines: `json` (one JSON array, each diagnostic as the API returns it) and `github`
 * (GitHub Actions workflow commands, which the runner turns into annotations on the lines they name).
 * `text` is `formatDiagnostics` (print.ts).
 */
import type { Diagnostic } from './diagnostic.js';
export declare const reporterNames: readonly ["text", "json", "github"];
export type ReporterName = (typeof reporterNames)[number];
/** The diagnostics in the reporter's form; `''` when there are none (except json: `[]`). */
export declare function formatReport(reporter: ReporterName, diagnostics: readonly Diagnostic[]): string;
/**
 * `::error file=a.json,line=3,col=5,title=unknown-type::message`. The runner reads the properties up to
 * `::` and the message after it, so both are escaped as the Actions toolkit does (`%`, CR, LF; in
 * properties also `:` and `,`); other control characters in spec text are spelled out, as in text output.
 */
export declare function workflowCommand(d: Diagnostic): string;
