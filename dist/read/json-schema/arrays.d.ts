/**
 * Arrays: `items` (a schema, or in draft-07 and 2019-09 a list with `additionalItems` for the rest),
 * `prefixItems`, counts, `uniqueItems`, `contains` with `minContains`/`maxContains`.
 */
import type { TypeNode } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from './context.js';
export declare const arrayKeywords: string[];
export declare function arrayNode(ctx: ReadContext, schema: SchemaObject, at: At, name: string): TypeNode;
