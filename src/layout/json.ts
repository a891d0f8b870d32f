/**
 * JSON printed exactly as prettier's json parser prints what structgen emits (objects broken over lines;
 * arrays on one line when they fit in 100 columns, one item per line otherwise), so the largest outputs
 * skip a full prettier pass. Where prettier's layout would need more than this knows (numbers filling
 * lines, non-ASCII widths, empty containers inside arrays), it returns undefined and prettier runs.
 * A test checks the result against prettier on every JSON Schema structgen writes.
 */
import { jsonNumber } from './number.js';
import { printWidth } from './options.js';

class Unsupported extends Error {}

export function printJson(value: unknown): string | undefined {
  try {
    const out: string[] = [];
    chunks = [];
    print(value, 0, 0, 0, out);
    out.push('\n');
    chunks.push(out.join(''));
    return chunks.join('');
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  } finally {
    chunks = [];
    keyPrefixes.clear();
  }
}

const isPrimitive = (value: unknown) => value === null || typeof value !== 'object';

/**
 * A primitive as prettier prints it; numbers in its normal form (`1e+21` → `1e21`). What JSON text
 * cannot hold (undefined, NaN, functions: a value that was not parsed from JSON) is declined, so that
 * the caller prints the parsed text instead.
 */
function primitive(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Unsupported('not JSON');
    return jsonNumber(value);
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  throw new Unsupported('not JSON');
}

/** An array of primitives and arrays on one line. */
function flatArray(value: unknown[]): string {
  return `[${value.map((v) => (Array.isArray(v) ? flatArray(v) : primitive(v))).join(', ')}]`;
}

/**
 * The text printed so far, joined a few thousand pieces at a time: holding every piece of a large
 * document until the end took more memory than the text itself.
 */
let chunks: string[] = [];
const flushAt = 4096;

/** `"key": ` for each key met, made once each (schema.json repeats a few hundred keys thousands of times). */
const keyPrefixes = new Map<string, string>();

/** Padding by width, made once each. */
const pads: string[] = [];
const padOf = (n: number) => (pads[n] ??= ' '.repeat(n));

/**
 * Appends the value's text to `out` (one array for the whole document, flushed to `chunks`: no level's
 * text is copied into the next one's). `column`: characters already on the line; `after`: characters
 * that follow on it (a comma).
 */
function print(value: unknown, indent: number, column: number, after: number, out: string[]): void {
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
    if (value.some((v) => !isPrimitive(v) && Object.keys(v as object).length === 0)) throw new Unsupported('empty container in an array');
    // Objects are always broken (written broken), and a broken item breaks the array. Otherwise the
    // array stays on one line when it fits, unless (prettier's rule) every item is an array of two or more.
    const hasObject = value.some((v) => !isPrimitive(v) && !Array.isArray(v));
    const forced = value.length > 1 && value.every((v) => Array.isArray(v) && v.length > 1);
    if (!hasObject && !forced) {
      const flat = flatArray(value);
      if (/[^\x20-\x7e]/.test(flat)) throw new Unsupported('visual width');
      if (column + flat.length + after <= printWidth) {
        out.push(flat);
        return;
      }
      if (value.every((v) => typeof v === 'number')) throw new Unsupported('numbers fill lines');
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
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw new Unsupported('not JSON');
  const keys = Object.keys(value as Record<string, unknown>);
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{\n');
  keys.forEach((key, i) => {
    const v = (value as Record<string, unknown>)[key];
    let prefix = keyPrefixes.get(key);
    if (prefix === undefined) keyPrefixes.set(key, (prefix = `${JSON.stringify(key)}: `));
    // The key's width counts when an array after it is measured; non-ASCII widths are prettier's to judge.
    if (Array.isArray(v) && /[^\x20-\x7e]/.test(prefix)) throw new Unsupported('visual width');
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
