/**
 * structgen's own exponential-backtracking analysis (src/read/backtracking.ts), which replaced recheck
 * (52 MB installed). Each exponential pattern below was also exponential for recheck 4.5 (the two it
 * could not decide, a lookahead and a back reference, take doubling time in V8: 22 characters 85-131 ms,
 * two more about twice that); each pattern said not to be was not reported by recheck either. The
 * attack the analysis gives must be one the pattern rejects, or the matcher would stop at its first
 * success instead of trying every path.
 */
import { describe, expect, it } from 'vitest';
import { exponentialBacktracking } from '../src/read/backtracking.js';
import { slowPatternWarning } from '../src/read/patterns.js';

const exponential = [
  '^(a+)+$',
  '^(a|a)*$',
  '(x+x+)+y',
  '^(\\w+\\s?)*$',
  '^(\\d+\\.\\d+)*$',
  '(a*)*b',
  '^(a|aa)+$',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  '(\\w+\\d+)+c',
  '(.*)*x',
  '^(\\s*,?\\s*)*$',
  '^(a|b|ab)*c$',
  '^((ab)*)+$',
  '(a|a?)+$',
  '^(a+?)+$',
  '^(\\d+|\\d+\\.\\d+)*$',
  '^(a{1,2})+$',
  '^(?:a|a)+b',
  '^(\\p{L}+\\s?)*$',
  '^([\\p{L}\\d]+|\\d)*$',
  '^(a|\\u0061)*$',
  '^(?<x>a+)+$',
  '^(\\w|\\d)+$',
  '^([a-z]|[0-9a-f])+$',
  '^(\\.|[^\\\\])*$',
  '^([a-z]+\\s*)+$',
  '^([a-zA-Z0-9]+)*$',
  '^(?=a)(a+)+$',
  '^(a+)+\\1$',
];

const notExponential = [
  '^[a-z]+(-[a-z]+)*$',
  '^(a|b)*$',
  '^([a-z0-9]+\\.)*[a-z]+$',
  '^.*a.*$',
  '^user-[0-9a-f]{8}$',
  '^#(([0-9a-f]{2}){3})$',
  // Always matched at once: nothing after the loop can fail.
  '^(a+)+',
  '(a|a)*',
  '^(\\s+|\\S+)*$',
  '(application|audio|image|text|video|message|multipart|model)/.+(;\\s*.+=.+)*',
  // Unambiguous loops.
  '^(ab|a)*c$',
  '^(a|ab)(c|bcd)*$',
  '^(\\\\.|[^\\\\"])*"$',
  '\\w+@(\\w+\\.)+\\w+',
  '^([a-zA-Z0-9_\\-\\.]+)@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.)|(([a-zA-Z0-9\\-]+\\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\\]?)$',
  '^(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)$',
  '^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$',
  '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$',
];

describe('exponential backtracking', () => {
  it.each(exponential)('%s is exponential, with an attack it rejects', (pattern) => {
    const verdict = exponentialBacktracking(pattern);
    expect(verdict).toBeTruthy();
    const { prefix, pump, suffix, attack } = verdict!;
    expect(pump.length).toBeGreaterThan(0);
    expect(attack.startsWith(prefix) && attack.endsWith(suffix)).toBe(true);
    // Three repetitions keep the run short. The first try, at the start, must fail: that is what makes
    // the matcher try every path (an unanchored pattern may match later on, after that).
    expect(new RegExp(`^(?:${pattern})`, 'u').test(prefix + pump.repeat(3) + suffix)).toBe(false);
    expect(slowPatternWarning(pattern)).toContain(JSON.stringify(attack));
  });

  it.each(notExponential)('%s is not', (pattern) => {
    expect(exponentialBacktracking(pattern)).toBeNull();
    expect(slowPatternWarning(pattern)).toBeUndefined();
  });

  it('gives no verdict on what is not a pattern, and stays within its budget on a large one', () => {
    for (const bad of ['[\\w- ]', '(a', 'a)', '[a', '\\p{Nope}', 'a{2', '(?<n>a']) expect(exponentialBacktracking(bad)).toBeUndefined();
    const large = `^(${Array.from({ length: 400 }, (_, i) => `a${i}`).join('|')})*(b+)+$`;
    const started = performance.now();
    expect(exponentialBacktracking(large)).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
