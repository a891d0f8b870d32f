import { type Model, type TypeNode } from '../model/index.js';
export type DriftKind = 'lost-type' | 'lost-null' | 'lost-integer' | 'lost-format' | 'lost-enum' | 'lost-pattern' | 'lost-default' | 'type-differs' | 'enum-differs' | 'format-differs' | 'required-differs' | 'description-differs' | 'only-in-summary' | 'only-upstream' | 'closed-as-open';
export interface DriftItem {
    /** The field (property) name, or `''` for the object itself. */
    field: string;
    kind: DriftKind;
    summary: string;
    upstream: string;
    /** Whether a validator built from the summary gives a different verdict than one built from upstream. */
    affectsValidation: boolean;
}
export interface DriftReport {
    entity: string;
    differences: DriftItem[];
    affectsValidation: boolean;
}
/**
 * `typeText` prints a type as TypeScript (the TypeScript target's mapping; passed in so that reading
 * this module does not load the TypeScript compiler).
 */
export declare function compareSummary(summary: Model, upstream: Model, typeText: (node: TypeNode) => string): DriftReport;
/** The report as text for a terminal: one line a difference, then a summary line. */
export declare function formatDriftReport(report: DriftReport, summaryUri: string, upstreamUri: string): string;
