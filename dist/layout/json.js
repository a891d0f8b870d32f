/**
 * JSON printed exactly as prettier's json parser prints what structgen emits (objects broken over lines;
 * arrays on one line when they fit in 100 columns, one item per line otherwise), so the largest outputs
 * skip a full prettier pass. Where prettier's layout would need more than this knows (numbers filling
 * lines, non-ASCII widths, empty containers inside arrays), it returns undefined and prettier runs.
 * A document in printable ASCII without exponents is printed by JSON.stringify, its arrays then laid
 * out on the text (`layOutArrays`); others by a walk over the value (`print`), which the text path
 * follows rule for rule. Tests check both against prettier on every JSON Schema structgen writes, on
 * random documents and at the width's edges.
 */
import { jsonNumber } from './number.js';
import { printWidth } from './options.js';
class Unsupported extends Error {
}
export function printJson(value) {
    // JSON.stringify writes objects broken as prettier keeps them, keys and strings as prettier writes
    // them; only arrays (and numbers with an exponent, and widths outside printable ASCII) differ. For a
    // document without the latter two, its text with the arrays laid out is the answer: what the walk
    // below prints, without visiting each value in JavaScript. (It writes NaN as null and drops
    // undefined, which the walk declines and its caller then prints from the parsed text: the same.)
    const text = JSON.stringify(value, null, 2);
    if (text !== undefined && Buffer.byteLength(text) === text.length && !text.includes('\x7f') && !text.includes('e+'))
        return layOutArrays(text);
    try {
        const out = [];
        chunks = [];
        print(value, 0, 0, 0, out);
        out.push('\n');
        chunks.push(out.join(''));
        return chunks.join('');
    }
    catch (error) {
        if (error instanceof Unsupported)
            return undefined;
        throw error;
    }
    finally {
        chunks = [];
        keyPrefixes.clear();
    }
}
const isPrimitive = (value) => value === null || typeof value !== 'object';
/**
 * A primitive as prettier prints it; numbers in its normal form (`1e+21` → `1e21`). What JSON text
 * cannot hold (undefined, NaN, functions: a value that was not parsed from JSON) is declined, so that
 * the caller prints the parsed text instead.
 */
function primitive(value) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new Unsupported('not JSON');
        return jsonNumber(value);
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return JSON.stringify(value);
    throw new Unsupported('not JSON');
}
/** An array of primitives and arrays on one line. */
function flatArray(value) {
    return `[${value.map((v) => (Array.isArray(v) ? flatArray(v) : primitive(v))).join(', ')}]`;
}
/**
 * The text printed so far, joined a few thousand pieces at a time: holding every piece of a large
 * document until the end took more memory than the text itself.
 */
let chunks = [];
const flushAt = 4096;
/** `"key": ` for each key met, made once each (schema.json repeats a few hundred keys thousands of times). */
const keyPrefixes = new Map();
/** Padding by width, made once each. */
const pads = [];
const padOf = (n) => (pads[n] ??= ' '.repeat(n));
/**
 * Appends the value's text to `out` (one array for the whole document, flushed to `chunks`: no level's
 * text is copied into the next one's). `column`: characters already on the line; `after`: characters
 * that follow on it (a comma).
 */
function print(value, indent, column, after, out) {
    if (isPrimitive(value)) {
        out.push(primitive(value));
        return;
    }
    const pad = padOf(indent + 2);
    if (Array.isArray(value)) {
        if (value.length === 0) {
            out.push('[]');
            return;
        }
        if (value.some((v) => !isPrimitive(v) && Object.keys(v).length === 0))
            throw new Unsupported('empty container in an array');
        // Objects are always broken (written broken), and a broken item breaks the array. Otherwise the
        // array stays on one line when it fits, unless (prettier's rule) every item is an array of two or more.
        const hasObject = value.some((v) => !isPrimitive(v) && !Array.isArray(v));
        const forced = value.length > 1 && value.every((v) => Array.isArray(v) && v.length > 1);
        if (!hasObject && !forced) {
            const flat = flatArray(value);
            if (/[^\x20-\x7e]/.test(flat))
                throw new Unsupported('visual width');
            if (column + flat.length + after <= printWidth) {
                out.push(flat);
                return;
            }
            if (value.every((v) => typeof v === 'number'))
                throw new Unsupported('numbers fill lines');
        }
        out.push('[\n');
        value.forEach((v, i) => {
            out.push(pad);
            print(v, indent + 2, indent + 2, i < value.length - 1 ? 1 : 0, out);
            out.push(i < value.length - 1 ? ',\n' : '\n');
        });
        out.push(padOf(indent), ']');
        return;
    }
    if (typeof value.toJSON === 'function')
        throw new Unsupported('not JSON');
    const keys = Object.keys(value);
    if (keys.length === 0) {
        out.push('{}');
        return;
    }
    out.push('{\n');
    keys.forEach((key, i) => {
        const v = value[key];
        let prefix = keyPrefixes.get(key);
        if (prefix === undefined)
            keyPrefixes.set(key, (prefix = `${JSON.stringify(key)}: `));
        // The key's width counts when an array after it is measured; non-ASCII widths are prettier's to judge.
        if (Array.isArray(v) && /[^\x20-\x7e]/.test(prefix))
            throw new Unsupported('visual width');
        out.push(pad, prefix);
        print(v, indent + 2, indent + 2 + prefix.length, i < keys.length - 1 ? 1 : 0, out);
        out.push(i < keys.length - 1 ? ',\n' : '\n');
        if (out.length > flushAt) {
            chunks.push(out.join(''));
            out.length = 0;
        }
    });
    out.push(padOf(indent), '}');
}
/**
 * JSON.stringify's text (two-space indents, printable ASCII) with each array laid out as `print` lays
 * it out: on one line when it holds no object, is not all arrays of two or more, and fits; broken, as
 * written, otherwise. In that text a line break is never inside a string, so `[` followed by one opens
 * a non-empty array, and the line `<its indent>]` closes it. Undefined where `print` declines.
 */
function layOutArrays(text) {
    const pieces = [];
    let copied = 0;
    let open = text.indexOf('[\n');
    while (open >= 0) {
        const lineStart = text.lastIndexOf('\n', open) + 1;
        let indent = 0;
        while (text.charCodeAt(lineStart + indent) === 0x20)
            indent++;
        const closing = `\n${padOf(indent)}]`;
        const close = text.indexOf(closing, open);
        const end = close + closing.length;
        const items = arrayItems(text, open, close, indent + 2);
        if (items === undefined)
            return undefined;
        if (!items.hasObject && !items.allLongArrays) {
            const block = text.slice(open, end);
            // An object inside a nested array: `print` declines (its one-line form holds primitives and arrays).
            if (/\{\n|\n *\{\}/.test(block))
                return undefined;
            const flat = block
                .replace(/\[\n */g, '[')
                .replace(/,\n */g, ', ')
                .replace(/\n *\]/g, ']');
            const after = text.charCodeAt(end) === 0x2c /* , */ ? 1 : 0;
            if (open - lineStart + flat.length + after <= printWidth) {
                pieces.push(text.slice(copied, open), flat);
                copied = end;
                open = text.indexOf('[\n', end);
                continue;
            }
            if (items.allNumbers)
                return undefined;
        }
        open = text.indexOf('[\n', open + 2);
    }
    pieces.push(text.slice(copied), '\n');
    return pieces.join('');
}
/**
 * What `print` asks of an array's items, read from the text between its `[` and its closing line:
 * each item starts a line `depth` spaces deep. Undefined for an empty object or array among them.
 */
function arrayItems(text, open, close, depth) {
    const start = `\n${padOf(depth)}`;
    let hasObject = false;
    let allLongArrays = true;
    let allNumbers = true;
    let count = 0;
    for (let at = text.indexOf(start, open); at >= 0 && at < close; at = text.indexOf(start, at + start.length)) {
        const item = at + start.length;
        const c = text.charCodeAt(item);
        if (c === 0x20 || c === 0x5d || c === 0x7d)
            continue; // a line deeper inside an item, or one closing an item
        count++;
        const empty = text.charCodeAt(item + 1) === (c === 0x7b ? 0x7d : 0x5d);
        if ((c === 0x7b /* { */ || c === 0x5b) /* [ */ && empty)
            return undefined;
        if (c === 0x7b)
            hasObject = true;
        if (c !== 0x5b || !hasSecondItem(text, item, depth + 2))
            allLongArrays = false;
        if (c !== 0x2d /* - */ && (c < 0x30 || c > 0x39))
            allNumbers = false;
    }
    return { hasObject, allLongArrays: allLongArrays && count > 1, allNumbers };
}
/** Whether the array opening at `open` (its items `depth` deep) has two items or more. */
function hasSecondItem(text, open, depth) {
    const close = text.indexOf(`\n${padOf(depth - 2)}]`, open);
    const start = `\n${padOf(depth)}`;
    let count = 0;
    for (let at = text.indexOf(start, open); at >= 0 && at < close; at = text.indexOf(start, at + start.length)) {
        const c = text.charCodeAt(at + start.length);
        if (c !== 0x20 && c !== 0x5d && c !== 0x7d && ++count > 1)
            return true;
    }
    return false;
}
//# sourceMappingURL=json.js.map