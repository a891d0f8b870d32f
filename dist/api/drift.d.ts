import { type Diagnostic } from '../diagnostics/index.js';
import { type DriftReport } from '../drift/compare-summary.js';
import { type DocumentInput } from '../read/index.js';
export interface DriftOptions {
    /** The flat summary (path or in-memory). */
    input: DocumentInput;
    /** Its upstream OpenAPI document (path, URL or in-memory). */
    upstream: DocumentInput;
    cwd?: string;
    allowRemoteRefs?: boolean;
}
export interface DriftResult {
    report?: DriftReport;
    /** Display names of the two documents. */
    summaryUri?: string;
    upstreamUri?: string;
    diagnostics: Diagnostic[];
}
/** Compares a flat summary with the upstream schema of its entity. Writes nothing, never exits. */
export declare function drift(options: DriftOptions): Promise<DriftResult>;
