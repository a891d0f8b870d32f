/**
 * The keywords structgen knows in a JSON Schema (or OpenAPI Schema Object), by what their value holds:
 * a subschema, a list of subschemas, or a map of names to subschemas. Identifiers (`$id`, anchors) count
 * only inside these: an `$id` inside an unknown keyword is data, not an identifier (JSON Schema 2020-12
 * §9.4.2). The reading of each keyword lives in the file that converts it (see schema.ts).
 */
import { type At, type ReadContext, type SchemaObject } from './context.js';
import { type JsonSchemaDialect } from './dialects.js';
/** The subschemas a schema object holds, with the path segments that lead to each. */
export declare function subschemas(schema: Record<string, unknown>): {
    segments: (string | number)[];
    schema: unknown;
}[];
/**
 * Keywords that only annotate, identify or organise: reading them changes no verdict, so the
 * "nothing dropped in silence" rule does not ask for them to be carried.
 */
export declare const annotationKeywords: ReadonlySet<string>;
/** Whether a word is a JSON Schema keyword at all (`x-` extensions are the document's own, and not asked about). */
export declare function isJsonSchemaKeyword(keyword: string): boolean;
/** Keywords that exist in a dialect (others are unknown there and annotate at most). */
export declare function knownIn(keyword: string, dialect: JsonSchemaDialect): boolean;
/**
 * The schema without the keywords its dialect does not have (`prefixItems` in a 2019-09 resource,
 * `$recursiveRef` in 2020-12, `unevaluatedProperties` in draft-07), each named by a warning: they are
 * unknown keywords there, which only annotate. Words that are no keyword at all are named too.
 */
export declare function ofDialect(ctx: ReadContext, schema: SchemaObject, at: At): SchemaObject;
