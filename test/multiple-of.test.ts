/**
 * multipleOf is exact: the helper zod.ts declares agrees with exact rational arithmetic on 24,000
 * seeded (factor, value) pairs, multiples and near misses, integers beyond 2^53 and decimal factors
 * included. "Exact" is defined on the decimal String() prints for each double (the JSON text's number
 * whenever it had at most 15 significant digits). Ajv divides in floating point; the pairs where it
 * disagrees with the exact answer are counted and shown, not asserted (README, Numbers). Cost: ~1 s.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import { numberHelpers } from '../src/emit/zod/numbers.js';
import { random, root, type ZodModule } from './support.js';

/** The oracle: a double as the exact fraction its shortest decimal denotes, reduced. */
function fraction(n: number): [bigint, bigint] {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!match) throw new Error(`not a finite number: ${n}`);
  const [, sign, whole, decimals = '', exponent = '0'] = match;
  let numerator = BigInt(`${sign}${whole}${decimals}`);
  let denominator = 10n ** BigInt(decimals.length);
  const e = Number(exponent);
  if (e >= 0) numerator *= 10n ** BigInt(e);
  else denominator *= 10n ** BigInt(-e);
  return [numerator, denominator];
}

function exactlyMultiple(value: number, factor: number): boolean {
  const [vn, vd] = fraction(value);
  const [fn, fd] = fraction(factor);
  // value / factor = (vn * fd) / (vd * fn): whole when the denominator divides the numerator.
  return (vn * fd) % (vd * fn) === 0n;
}

/** The helper exactly as zod.ts declares it, as a module. */
async function helper(): Promise<(factor: number) => (value: number) => boolean> {
  const dir = path.join(root, 'test/.tmp/multiple-of');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'helper.ts');
  writeFileSync(file, `${numberHelpers.get('multipleOf')!.source}\nexport { multipleOf };\n`);
  return ((await import(pathToFileURL(file).href)) as { multipleOf: (factor: number) => (value: number) => boolean }).multipleOf;
}

function pairs(count: number, seed: number): [number, number][] {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * max);
  const factor = (): number => {
    switch (int(6)) {
      case 0:
        return 1 + int(1000);
      case 1:
        return 10 ** (int(17) - 8);
      case 2:
        return Number(`${1 + int(9999)}e-${int(9)}`);
      case 3:
        return 2 ** (int(70) - 10);
      case 4:
        return Number(`${1 + int(99)}e${int(20)}`);
      default:
        return [0.01, 0.1, 0.25, 0.3, 3, 7, 1e-8, 0.0001, 0.123456789][int(9)]!;
    }
  };
  return Array.from({ length: count }, (_, i): [number, number] => {
    const f = factor();
    const [fn, fd] = fraction(f);
    // An exact multiple q × f, written as a decimal and read back as JSON would read it.
    const q = i % 4 === 0 ? BigInt(int(1e6)) : BigInt(`${1 + int(9)}${'0'.repeat(int(25))}`) + BigInt(int(1000));
    const multiple = Number(decimalString(q * fn, fd));
    switch (i % 6) {
      case 0:
      case 1:
        return [f, multiple];
      case 2: // a near miss: the next double up or down
        return [f, nextDouble(multiple, next() < 0.5 ? 1 : -1)];
      case 3: // off by one unit of the factor's last decimal, or by one
        return [f, multiple + (next() < 0.5 ? 1 : Number(`1e-${decimalDigits(f) + 1}`)) * (next() < 0.5 ? 1 : -1)];
      case 4: // integers past 2^53, where a double no longer holds every integer
        return [
          f,
          [2 ** 53, 2 ** 53 + 2, 2 ** 50 + 1, 1e16, 1e308, 2 ** 64, 9007199254740993, 1e21, 3e21][int(9)]! * (next() < 0.5 ? 1 : -1),
        ];
      default:
        return [f, (next() - 0.5) * 10 ** (int(40) - 20)];
    }
  });
}

/** `numerator / denominator` (denominator a power of ten) as a decimal string. */
function decimalString(numerator: bigint, denominator: bigint): string {
  const digits = denominator.toString().length - 1;
  if (digits === 0) return numerator.toString();
  const text = (numerator < 0n ? -numerator : numerator).toString().padStart(digits + 1, '0');
  return `${numerator < 0n ? '-' : ''}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

function decimalDigits(n: number): number {
  const [, fd] = fraction(n);
  return fd.toString().length - 1;
}

function nextDouble(n: number, direction: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, n === 0 ? 1n : n > 0 === direction > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

describe('multipleOf', () => {
  it('agrees with exact arithmetic on 24,000 seeded pairs', async () => {
    const multipleOf = await helper();
    const wrong: string[] = [];
    const verdicts = { multiple: 0, not: 0 };
    const ajvDiffers: string[] = [];
    let checked = 0;
    const ajv = new Ajv2020({ strict: false });
    const compiled = new Map<number, (value: number) => boolean>();
    const ajvVerdict = (factor: number, value: number) => {
      if (!compiled.has(factor)) compiled.set(factor, ajv.compile({ multipleOf: factor }) as (value: number) => boolean);
      return compiled.get(factor)!(value);
    };
    for (const [factor, value] of pairs(24_000, 20260127)) {
      if (!Number.isFinite(value)) continue;
      const want = exactlyMultiple(value, factor);
      verdicts[want ? 'multiple' : 'not']++;
      if (multipleOf(factor)(value) !== want) wrong.push(`${value} multipleOf ${factor}: want ${want}`);
      // Ajv compiles a validator per factor: the first 3,000 pairs show where float division differs.
      if (checked++ < 3000 && ajvVerdict(factor, value) !== want) ajvDiffers.push(`${value} / ${factor} (exact: ${want})`);
    }
    expect(wrong).toEqual([]);
    expect(verdicts.multiple).toBeGreaterThan(5000);
    expect(verdicts.not).toBeGreaterThan(5000);
    console.log(
      `multipleOf: ${verdicts.multiple + verdicts.not} pairs, ${verdicts.multiple} multiples; Ajv (float division) differs on ${ajvDiffers.length} of the first 3000, e.g.\n  ${ajvDiffers.slice(0, 6).join('\n  ')}`,
    );
  }, 30_000);

  it('rejects what float division accepted, and accepts decimal multiples, in the generated zod.ts', async () => {
    const document = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { byThree: { type: 'number', multipleOf: 3 }, cents: { type: 'number', multipleOf: 0.01 } },
    };
    const result = await generate({ input: { document, name: 'numbers.json' }, format: 'json-schema', cwd: root });
    const dir = path.join(root, 'test/.tmp/multiple-of/generated');
    await writeFiles(dir, result.files);
    const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as ZodModule;
    const validator = zod[result.entryPoints![0]!.zodSchema]!;
    const byThree = (n: number) => validator.safeParse({ byThree: n }).success;
    const cents = (n: number) => validator.safeParse({ cents: n }).success;
    expect([2 ** 50 + 1, 1e16, 2 ** 53, 1e308].map(byThree)).toEqual([false, false, false, false]);
    expect([3, -9, 2 ** 53 + 4 /* 9007199254740996 */, 3e21, 0].map(byThree)).toEqual([true, true, true, true, true]);
    expect([0.07, 19.99, 1e-2, -0.3].map(cents)).toEqual([true, true, true, true]);
    expect([0.001, 0.075, 5e-324].map(cents)).toEqual([false, false, false]);
  });
});
