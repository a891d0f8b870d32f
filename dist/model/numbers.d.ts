/**
 * Numeric kinds and what they mean on the wire. JSON Structure sends int64, uint64, int128, uint128 and
 * decimal as JSON strings, because JSON numbers lose precision beyond 2^53; the smaller integers travel
 * as JSON numbers within their ranges. Emitters read ranges and encodings from here, never guess.
 */
import type { NumberKind } from './types.js';
export interface IntegerRange {
    /** Decimal strings: int128 bounds do not fit in a JS number. */
    min: string;
    max: string;
}
/** The inclusive range of a fixed-width integer kind, or undefined for unbounded and non-integer kinds. */
export declare function integerRange(kind: NumberKind): IntegerRange | undefined;
/** Whether values of this kind are whole numbers. */
export declare function isIntegerKind(kind: NumberKind): boolean;
/** The JSON Structure kinds whose values travel as JSON strings. */
export declare const stringEncodedKinds: ReadonlySet<NumberKind>;
/**
 * The exact shape of a string-encoded number: for fixed-width integers, a regular expression that
 * accepts exactly the canonical decimal numerals in the kind's range (no leading zeros, no "-0"), so
 * JSON Schema can say what a BigInt range check would; for decimals, at most `precision - scale`
 * digits before the point and `scale` after it (SQL DECIMAL(p, s)).
 */
export declare function wirePattern(kind: NumberKind, precision?: number, scale?: number): string;
