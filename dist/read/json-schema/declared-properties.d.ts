/**
 * Where a `required` name is declared, when not in the same schema's `properties`. JSON Schema lets
 * `required` name a property that a sibling composition defines (`{allOf: [{$ref: Base}], required:
 * [id]}` with `id` in Base), or that an enclosing schema defines (`{properties: {id}, oneOf: [{required:
 * [id]}, ...]}`, or `if`/`then` inside it). Such a name is no defect: the `required-not-in-properties` warning is for names that no
 * schema of the composition declares. The required key still reads as "present, any value" where it is
 * written; the object merge (`mergedProperty`) gives it the declared type where the parts merge.
 */
import { type Property } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from './context.js';
/**
 * The property names that the schema at `at` and the schemas it composes with declare: its own
 * `properties`, its `$ref` target's, its `allOf`/`anyOf`/`oneOf` branches' (refs followed), and, where
 * it is itself a branch of a composition, the enclosing schema's (with that schema's other branches).
 */
export declare function declaredInComposition(ctx: ReadContext, schema: SchemaObject, at: At): Set<string>;
/**
 * One property from the same name in two object parts of an `allOf` (or of a schema and its
 * compositions), or undefined when they cannot merge. A part that only requires the name (type `any`,
 * from a `required` list) adds nothing but the requirement: `any` meets any type as that type; a
 * constant meets the plain type that holds it as the constant.
 */
export declare function mergedProperty(seen: Property, property: Property): Property | undefined;
