/**
 * Every keyword a JSON Structure specification defines for schemas (Core, Validation, Conditional
 * Composition, Import, Alternate Names, Units), with what structgen does with it, so that nothing is
 * dropped in silence: a keyword structgen does not carry, or one written where its type gives it no
 * meaning, is named by an `unsupported-keyword` warning at its pointer. Keywords no specification
 * defines are custom annotations (Core §3.1 allows them) and are named the same way, which also
 * catches a misspelt keyword.
 */
import { type Json, type Reader } from './reader.js';
/**
 * `carried`: read into the model (where `types` says it applies); `annotation`: documentation that
 * does not change what is valid and that the outputs need not show; `uncarried`: defined by a
 * specification but not carried into the outputs yet.
 */
type Use = {
    use: 'carried';
    types?: readonly string[];
} | {
    use: 'annotation';
} | {
    use: 'uncarried';
};
export declare const schemaKeywords: ReadonlyMap<string, Use>;
/** Keywords of the document itself (the root object), read by read-json-structure.ts and imports.ts. */
export declare const documentKeywords: ReadonlySet<string>;
/** Names each keyword of `schema` that structgen does not carry there, with a warning at its pointer. */
export declare function checkKeywords(r: Reader, schema: Json, at: string, document: boolean): void;
export {};
