/**
 * Objects: `properties`, `required`, `additionalProperties` (or `unevaluatedProperties` standing for it),
 * `patternProperties`, counts, `dependentRequired`, `dependentSchemas` (and draft-07 `dependencies`),
 * `propertyNames`.
 */
import type { JsonValue, NodeOf } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from './context.js';
/**
 * `dependentSchemas`, and the schema form of draft-07's `dependencies` (its array form is
 * `dependentRequired`, read with the object's checks); 2019-09 and 2020-12 documents still use it.
 */
export declare function dependentSchemas(schema: SchemaObject): {
    key: string;
    dependent: JsonValue;
    keyword: string;
}[];
export declare const objectKeywords: string[];
export declare function objectNode(ctx: ReadContext, schema: SchemaObject, at: At, name: string): NodeOf<'object'>;
