/**
 * The characters the Markdown layout counts as one column without asking prettier (src/layout/format.ts
 * `narrow`): prettier's own width function says the same of every one of them.
 */
import { util } from 'prettier';
import { expect, it } from 'vitest';
import { narrow } from '../src/layout/format.js';

it('every character of `narrow` is one column wide for prettier', () => {
  const pattern = new RegExp(`[${narrow}]`);
  const chars: string[] = [];
  for (let code = 0x80; code <= 0xffff; code++) if (pattern.test(String.fromCharCode(code))) chars.push(String.fromCharCode(code));
  expect(chars.length).toBe(133);
  expect(chars.filter((c) => util.getStringWidth(`|${c}|`) !== 3)).toEqual([]);
  expect(util.getStringWidth(`| ${chars.join('')} |`)).toBe(chars.length + 4);
});
