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
import { integerRange, isIntegerKind, wirePattern } from '../../model/index.js';
import { assertedFormat } from '../../model/formats.js';
import { call, id, method, num } from '../../layout/js.js';
import { pattern, refine } from './refine.js';
import { z } from './expression.js';
const multipleOfSource = `/**
 * JSON Schema \`multipleOf\`, exact for every JSON number: \`value / factor\` must be a whole number,
 * computed on the decimals that String() prints for both (the number as written in the JSON text,
 * whenever that had at most 15 significant digits), in BigInt arithmetic. Floating-point division
 * would accept 2 ** 53 as a multiple of 3 and reject 0.07 as one of 0.01.
 */
function multipleOf(factor: number) {
  const [factorDigits, factorExponent] = decimalOf(factor);
  return (value: number): boolean => {
    if (Number.isSafeInteger(value) && Number.isSafeInteger(factor)) return value % factor === 0;
    const [digits, exponent] = decimalOf(value);
    const shift = exponent - factorExponent;
    return shift >= 0
      ? (digits * powerOfTen(shift)) % factorDigits === BigInt(0)
      : digits % (factorDigits * powerOfTen(-shift)) === BigInt(0);
  };
}

/** A finite number as digits × 10^exponent, read from the decimal String() prints for it. */
function decimalOf(n: number): [bigint, number] {
  const [mantissa = "", exponent = "0"] = String(n).split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  return [BigInt(whole + fraction), Number(exponent) - fraction.length];
}

function powerOfTen(n: number): bigint {
  return BigInt("1" + "0".repeat(n));
}`;
/**
 * A function, not `Number.isInteger` at each use: tsc follows a reference to a global or module-level
 * variable back over every declaration before it, a function declaration it does not.
 */
const isIntegerSource = `/** A whole number: JSON integers are unbounded, and Zod's \`.int()\` stops at 2 ** 53. */
function isInteger(value: number): boolean {
  return Number.isInteger(value);
}`;
/** Number helpers zod.ts declares when used (see helpers.ts). */
export const numberHelpers = new Map([
    ['isInteger', { source: isIntegerSource, requires: [] }],
    ['multipleOf', { source: multipleOfSource, requires: [] }],
]);
export function numberExpression(node, ctx) {
    if (node.wire === 'string')
        return stringNumberExpression(node, ctx);
    const use = (helper) => ctx.helpers.add(helper);
    // Number formats as ajv-formats checks them: int32 is whole and in range, int64 whole (JSON numbers
    // cannot go beyond a double anyway), float and double any number.
    const format = assertedFormat(node.format)?.appliesTo === 'number' ? node.format : undefined;
    // `integer()` checks with isInteger and tells z.toJSONSchema `type: "integer"` (helpers.ts); the
    // bounds chained after it keep that (Zod's registry passes metadata on to a schema's copies).
    const integral = isIntegerKind(node.numberKind) || format === 'int32' || format === 'int64';
    if (integral)
        use('integer');
    let s = integral ? call(id('integer')) : z(ctx, 'number');
    const c = node.checks ?? {};
    if (c.minimum !== undefined)
        s = method(s, 'gte', num(c.minimum));
    if (c.maximum !== undefined)
        s = method(s, 'lte', num(c.maximum));
    if (c.exclusiveMinimum !== undefined)
        s = method(s, 'gt', num(c.exclusiveMinimum));
    if (c.exclusiveMaximum !== undefined)
        s = method(s, 'lt', num(c.exclusiveMaximum));
    if (c.multipleOf !== undefined) {
        use('multipleOf');
        s = refine(s, call(id('multipleOf'), num(c.multipleOf)), `Expected a multiple of ${c.multipleOf}`);
    }
    const range = integerRange(node.numberKind) ?? (format === 'int32' ? integerRange('int32') : undefined);
    if (range)
        s = method(method(s, 'gte', num(range.min)), 'lte', num(range.max));
    return s;
}
/** int64, decimal and friends: a string whose exact shape (range, digits) one pattern states. */
function stringNumberExpression(node, ctx) {
    return method(z(ctx, 'string'), 'regex', pattern(ctx.helpers, wirePattern(node.numberKind, node.precision, node.scale)));
}
//# sourceMappingURL=numbers.js.map