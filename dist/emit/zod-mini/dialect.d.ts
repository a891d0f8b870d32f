import type { ZodDialect } from '../zod/dialect.js';
/**
 * The declared source text's classic forms and Mini's, each replaced wherever it occurs; every one
 * occurs in some helper (test/zod-mini.test.ts checks, so a helper changed in the classic form cannot
 * slip through unconverted), and the results are in prettier's layout (test/layout.test.ts).
 */
export declare const sourceRewrites: readonly (readonly [string, string])[];
export declare const miniDialect: ZodDialect;
