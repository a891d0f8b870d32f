/**
 * JSON Schema dialects: which draft's rules read a schema. A resource says so with `$schema` (the
 * document's root, or an embedded resource with an `$id`); the `dialect` option replaces the input
 * document's own; without either, 2020-12. OpenAPI 3.1 schemas follow 2020-12; OpenAPI 3.0 has its own
 * rules (`ReadContext.dialect`).
 *
 * Where the drafts differ (and structgen reads it):
 * - draft-04: `id` (not `$id`) sets the base URI, `"id": "#name"` is a plain-name anchor;
 *   `exclusiveMinimum`/`exclusiveMaximum` are booleans that make `minimum`/`maximum` exclusive; no
 *   `const`, `contains`, `propertyNames`, `examples`, `if`/`then`/`else` (unknown words there);
 * - draft-06: `$id`; the exclusive bounds are numbers; `const`, `contains`, `propertyNames`; no `if`;
 * - draft-04, 06 and 07 alike: `$ref` stands alone (its siblings are ignored, and a sibling `$id` does not change the
 *   base URI); `$id: "#name"` is a plain-name anchor; `items` may be an array, with `additionalItems`
 *   for the rest; `dependencies` holds both `dependentRequired` (arrays) and `dependentSchemas`.
 * - 2019-09: `$recursiveRef`/`$recursiveAnchor`; `items` arrays with `additionalItems`.
 * - 2020-12: `prefixItems`; `$dynamicRef`/`$dynamicAnchor`.
 * `dependencies` is read in 2019-09 and 2020-12 too, as the suite's compatibility tests and Ajv do.
 */
export declare const jsonSchemaDialects: readonly ["draft-04", "draft-06", "draft-07", "2019-09", "2020-12"];
export type JsonSchemaDialect = (typeof jsonSchemaDialects)[number];
/** Drafts 4, 6 and 7: `$ref` stands alone (its siblings are ignored), `items` arrays with `additionalItems`, `dependencies`. */
export declare function isLegacyDraft(dialect: JsonSchemaDialect): boolean;
/** The keyword that gives a schema its URI: draft 4's `id`, `$id` from draft 6 on. */
export declare function idKeyword(dialect: JsonSchemaDialect): 'id' | '$id';
/** The dialect a `$schema` value names, or undefined for one structgen does not know. */
export declare function dialectOf(schemaUri: string): JsonSchemaDialect | undefined;
