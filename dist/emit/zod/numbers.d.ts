/**
 * Numbers in the Zod target: bounds, the fixed-width kinds' ranges, whole numbers, number formats and
 * an exact `multipleOf`.
 *
 * Zod's own `.multipleOf` divides in floating point (`{"multipleOf": 3}` then accepts 2^53 and 1e308),
 * and `.int()` rejects integers beyond 2^53, which JSON allows. So whole numbers are
 * `Number.isInteger`, and multipleOf is a helper that divides exactly: a JSON number reaches the
 * validator as a double, and the helper takes each double as the decimal that `String()` prints for it
 * (the shortest decimal that reads back as the same double: the number as written in the JSON text
 * whenever that had at most 15 significant digits), then checks that value / factor is an integer in
 * BigInt arithmetic. So 0.07 is a multiple of 0.01, and 2^50 + 1, 1e16 and 1e308 are not multiples of 3.
 */
import { type NodeOf } from '../../model/index.js';
import { type Expr } from '../../layout/js.js';
import { type ZodContext } from './expression.js';
/** Number helpers zod.ts declares when used (see helpers.ts). */
export declare const numberHelpers: ReadonlyMap<string, {
    source: string;
    requires: string[];
}>;
export declare function numberExpression(node: NodeOf<'number'>, ctx: ZodContext): Expr;
