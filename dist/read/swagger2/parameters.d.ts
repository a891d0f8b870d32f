/**
 * Swagger 2.0 parameters (2.0 §Parameter Object, §Items Object, §Header Object). A parameter that is not
 * in the body carries its type in its own fields (`type`, `format`, `items`, `enum`, bounds…), which mean
 * what the same JSON Schema keywords mean; they are read as a schema at the parameter's own place, so a
 * diagnostic points into the document where the keyword is written. What is not a schema keyword is read
 * here: `collectionFormat` (how an array is written into one value: `csv`, `ssv`, `tsv`, `pipes`, `multi`)
 * becomes the parameter's style, `allowEmptyValue` is kept, `type: file` is a binary string (`schema.ts`).
 */
import type { ParameterStyle } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from '../json-schema/context.js';
export type SwaggerLocation = 'path' | 'query' | 'header' | 'formData' | 'body';
export declare const swaggerLocations: readonly SwaggerLocation[];
/**
 * The schema a non-body parameter (or an Items or Header Object) describes, keyed as in the document so
 * that pointers stay true: its schema fields, `items` read the same way, and `x-nullable`.
 */
export declare function simpleSchema(ctx: ReadContext, value: SchemaObject, at: At): SchemaObject;
/** How `collectionFormat` writes an array, as the style OpenAPI 3 and the Model name it (2.0's default is csv). */
export declare function collectionStyle(ctx: ReadContext, value: SchemaObject, at: At, location: 'path' | 'query' | 'header'): {
    style: ParameterStyle;
    explode: boolean;
};
