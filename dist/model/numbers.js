const ranges = {
    int8: { min: '-128', max: '127' },
    uint8: { min: '0', max: '255' },
    int16: { min: '-32768', max: '32767' },
    uint16: { min: '0', max: '65535' },
    int32: { min: '-2147483648', max: '2147483647' },
    uint32: { min: '0', max: '4294967295' },
    int64: { min: '-9223372036854775808', max: '9223372036854775807' },
    uint64: { min: '0', max: '18446744073709551615' },
    int128: { min: '-170141183460469231731687303715884105728', max: '170141183460469231731687303715884105727' },
    uint128: { min: '0', max: '340282366920938463463374607431768211455' },
};
/** The inclusive range of a fixed-width integer kind, or undefined for unbounded and non-integer kinds. */
export function integerRange(kind) {
    return ranges[kind];
}
/** Whether values of this kind are whole numbers. */
export function isIntegerKind(kind) {
    return kind === 'integer' || ranges[kind] !== undefined;
}
/** The JSON Structure kinds whose values travel as JSON strings. */
export const stringEncodedKinds = new Set(['int64', 'uint64', 'int128', 'uint128', 'decimal']);
/**
 * The exact shape of a string-encoded number: for fixed-width integers, a regular expression that
 * accepts exactly the canonical decimal numerals in the kind's range (no leading zeros, no "-0"), so
 * JSON Schema can say what a BigInt range check would; for decimals, at most `precision - scale`
 * digits before the point and `scale` after it (SQL DECIMAL(p, s)).
 */
export function wirePattern(kind, precision, scale) {
    const range = integerRange(kind);
    if (range) {
        const positive = atMost(range.max, true);
        const negative = range.min.startsWith('-') ? `|-(?:${atMost(range.min.slice(1), false)})` : '';
        return `^(?:${positive}${negative})$`;
    }
    const whole = precision !== undefined ? precision - (scale ?? 0) : undefined;
    // With as many fractional digits as digits in all, only 0 may stand before the point.
    const wholePart = whole === undefined ? '(?:0|[1-9][0-9]*)' : whole <= 0 ? '0' : whole === 1 ? '[0-9]' : `(?:0|[1-9][0-9]{0,${whole - 1}})`;
    const fraction = scale === 0 ? '' : scale !== undefined ? `(?:\\.[0-9]{1,${scale}})?` : '(?:\\.[0-9]+)?';
    return `^-?${wholePart}${fraction}$`;
}
/** Alternatives matching canonical numerals from 1 (or 0, with `zero`) up to `bound`, inclusive. */
function atMost(bound, zero) {
    const n = bound.length;
    const alternatives = zero ? ['0'] : [];
    if (n >= 2)
        alternatives.push(n === 2 ? '[1-9]' : `[1-9][0-9]{0,${n - 2}}`);
    for (let i = 0; i < n; i++) {
        const digit = Number(bound[i]);
        const lowest = i === 0 ? 1 : 0;
        if (digit > lowest) {
            const range = digit - 1 === lowest ? String(lowest) : `[${lowest}-${digit - 1}]`;
            const rest = n - i - 1;
            alternatives.push(`${bound.slice(0, i)}${range}${rest === 0 ? '' : rest === 1 ? '[0-9]' : `[0-9]{${rest}}`}`);
        }
    }
    if (bound !== '0')
        alternatives.push(bound);
    return alternatives.join('|');
}
//# sourceMappingURL=numbers.js.map