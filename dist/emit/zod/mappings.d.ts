/**
 * Type mappings in the Zod target (docs/type-mappings.md): a mapped value's validator is a Zod 4 codec
 * from the wire schema (what schema.json says travels) to the mapped type, so `z.decode` (and `parse`)
 * gives a `Date`, a `bigint`, the user's `Money`, and `z.encode` gives the wire value back.
 *
 * - the wire schema checks first, as without the mapping (the format, the digits' range, the bounds),
 *   then the value is decoded; encoding checks the value, encodes it and checks the result as wire;
 * - `z.toJSONSchema` writes the wire schema for the codec in both directions (`io: "input"` and
 *   `"output"`): the JSON a value travels as is the wire's, and a `Date` or `bigint` has no JSON Schema;
 * - nothing rounds silently: a `bigint` no JSON number is exactly, a string of digits no double is, a
 *   leap second (no `Date` has one) are issues, not approximations;
 * - a custom mapping pipes the wire schema into the user's schema (usually a `z.codec` from the wire
 *   value to their type): its decode and encode are theirs.
 */
import type { ModuleExport, NodeOf } from '../../model/index.js';
import { type Expr } from '../../layout/js.js';
import type { ZodContext } from './expression.js';
/** The helpers a mapped validator uses, for helpers.ts: name → source and the helpers it calls. */
export declare const mappingHelpers: ReadonlyMap<string, {
    source: string;
    requires: string[];
}>;
/** The validator of a mapped string or number node: a codec from `wire` (its validator as sent) to the mapped type. */
export declare function mappedExpression(node: NodeOf<'string'> | NodeOf<'number'>, wire: Expr, ctx: ZodContext): Expr;
/** The local name of a user's export zod.ts imports (see mapped-imports.ts). */
export type MappedName = (e: ModuleExport) => string;
