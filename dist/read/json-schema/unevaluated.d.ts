/**
 * `unevaluatedProperties` and `unevaluatedItems` (JSON Schema 2019-09 and 2020-12 §11): read as
 * `additionalProperties`/`items` where no applicator stands beside them, else as an `unevaluated` node
 * that the validators check at run time.
 */
import type { TypeNode } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from './context.js';
export declare const applicatorKeywords: string[];
/**
 * `unevaluatedProperties`/`unevaluatedItems` beside applicators: what the rest of the schema leaves
 * unevaluated must match them, checked at run time (see the model's `unevaluated` node). Without an
 * applicator they are read as `additionalProperties`/`items` by objectNode and arrayNode.
 */
export declare function withUnevaluated(ctx: ReadContext, schema: SchemaObject, at: At, name: string, type: TypeNode): TypeNode;
/**
 * With no applicator beside it, `unevaluatedProperties` means what `additionalProperties` means (only
 * this schema's properties and patternProperties evaluate anything), and `unevaluatedItems` what `items`
 * after `prefixItems` means; those cases are read as such.
 */
export declare function unevaluatedIsAdditional(schema: SchemaObject, keyword: 'unevaluatedProperties' | 'unevaluatedItems'): boolean;
