/**
 * Schema Objects → TypeNodes: JSON Schema 2020-12, 2019-09 and draft-07 (`ctx.draftAt`, see dialects.ts),
 * OpenAPI 3.1 (which is JSON Schema) and OpenAPI 3.0 (its own subset); `ctx.dialect` says which rules
 * apply where they differ. This file dispatches and holds what sits beside every type (`$ref`, `const`,
 * `enum`, `not`, `if`); the keywords of each concern are read in their own file: types.ts (`type`, and
 * schemas without it), primitives.ts (strings, numbers), objects.ts, arrays.ts, compositions.ts (anyOf,
 * oneOf, allOf, discriminator), refs.ts (`$ref`, `$dynamicRef`, `$recursiveRef`), unevaluated.ts,
 * defaults.ts; keywords.ts lists them all.
 *
 * Null has many spellings and all fold into `nullable`: 3.0 `nullable: true` (also found inside 3.1
 * documents), 3.1 type arrays with "null", `anyOf`/`oneOf` with a null branch, `enum` with null.
 * `oneOf` + `discriminator` becomes a tagged union; `allOf` merges into one object where that keeps its
 * meaning, an intersection where it cannot. Inline objects with properties become named definitions.
 * Spec defects are warnings with a pointer, never crashes.
 */
import { type Definition, type Docs, type TypeNode } from '../../model/index.js';
import { type At, type ReadContext } from './context.js';
/** Keywords that only annotate: beside a `$ref` they are docs, not constraints. */
export declare const annotationKeys: Set<string>;
export interface Converted {
    type: TypeNode;
    docs: Docs;
}
/** The definition for a queued schema location: what `ReadContext.convertPending` does for both readers. */
export declare function definitionAt(ctx: ReadContext, pending: {
    name: string;
    at: At;
}): Definition;
/** Converts a schema that is the body of a definition (objects stay inline there). */
export declare function convertDefinition(ctx: ReadContext, schema: unknown, at: At, name: string): Converted;
export declare function docsOf(ctx: ReadContext, schema: unknown, at: At): Docs;
/**
 * The TypeNode for a schema. `name` names inline types found inside it; `top` is true for a
 * definition's own body (an object there is the definition, not something to hoist).
 */
export declare function convert(ctx: ReadContext, schema: unknown, at: At, name: string, top?: boolean): TypeNode;
