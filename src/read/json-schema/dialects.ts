/**
 * JSON Schema dialects: which draft's rules read a schema. A resource says so with `$schema` (the
 * document's root, or an embedded resource with an `$id`); the `dialect` option replaces the input
 * document's own; without either, 2020-12. OpenAPI 3.1 schemas follow 2020-12; OpenAPI 3.0 has its own
 * rules (`ReadContext.dialect`).
 *
 * Where the drafts differ (and structgen reads it):
 * - draft-07: `$ref` stands alone (its siblings are ignored, and a sibling `$id` does not change the
 *   base URI); `$id: "#name"` is a plain-name anchor; `items` may be an array, with `additionalItems`
 *   for the rest; `dependencies` holds both `dependentRequired` (arrays) and `dependentSchemas`.
 * - 2019-09: `$recursiveRef`/`$recursiveAnchor`; `items` arrays with `additionalItems`.
 * - 2020-12: `prefixItems`; `$dynamicRef`/`$dynamicAnchor`.
 * `dependencies` is read in 2019-09 and 2020-12 too, as the suite's compatibility tests and Ajv do.
 */
export const jsonSchemaDialects = ['draft-07', '2019-09', '2020-12'] as const;
export type JsonSchemaDialect = (typeof jsonSchemaDialects)[number];

const byUri: [RegExp, JsonSchemaDialect][] = [
  [/^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/, '2020-12'],
  [/^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/, '2019-09'],
  // Drafts 4 to 6 share draft-07's rules where structgen reads them.
  [/^https?:\/\/json-schema\.org\/draft-0[4-7]\/schema#?$/, 'draft-07'],
];

/** The dialect a `$schema` value names, or undefined for one structgen does not know. */
export function dialectOf(schemaUri: string): JsonSchemaDialect | undefined {
  return byUri.find(([pattern]) => pattern.test(schemaUri))?.[1];
}
