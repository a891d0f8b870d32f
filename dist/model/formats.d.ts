/**
 * What a `format` on a string or number node means to structgen's validators, in one table both code
 * targets read, so that Zod and JSON Schema (as Ajv with ajv-formats runs it) always give one verdict.
 *
 * A format is *asserted* when structgen knows it: every format ajv-formats defines (full mode) is
 * checked exactly as ajv-formats checks it, and where that check accepts what the format's RFC rejects,
 * structgen adds a `refinement`: a regular expression the value must also match, written into JSON
 * Schema as a `pattern` beside the `format`, so Ajv applies it too. A few formats ajv-formats does not
 * know (iri, iri-reference) are asserted by their refinement alone. Any other format name only
 * annotates: no validator checks it.
 *
 * Refinements are ECMA-262 sources for Unicode mode (`u`), as JSON Schema patterns are compiled; they
 * are derived from the grammars (RFC 3339 Appendix A, RFC 4122 §3, RFC 1123 §2.1, RFC 3987 §2.2).
 */
export interface FormatDefinition {
    /** The JSON type the format constrains; values of other types pass, as in JSON Schema. */
    appliesTo: 'string' | 'number';
    /** ajv-formats (full mode) defines it, and the Zod target mirrors ajv-formats' check. */
    ajv: boolean;
    /** A Unicode-mode regex the value must also match: structgen's check beyond ajv-formats'. */
    refinement?: string;
}
/** The definition of a format structgen asserts, or undefined for one that only annotates. */
export declare function assertedFormat(name: string | undefined): FormatDefinition | undefined;
/** Every format structgen asserts, in a fixed order (for tests and docs). */
export declare const assertedFormatNames: readonly string[];
/** The format a reader records for a name, and the name it stood for when it was an alias. */
export declare function canonicalFormat(name: string): {
    format: string;
    aliasOf?: string;
};
