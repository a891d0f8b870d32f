/**
 * Patterns valid ECMA-262 only without the `u` flag (Annex B identity escapes such as `\-`, `\:`, `\_`,
 * lone braces) are kept, written as the same pattern for Unicode mode, so that Zod and Ajv (which compile
 * in Unicode mode) both check them; what only the legacy mode can mean stays refused.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { unicodeModeSource } from '../src/read/patterns.js';
import { compileJsonSchema, root } from './support.js';

describe('unicodeModeSource', () => {
  it.each([
    ['^[a-z]\\-[0-9]$', '^[a-z]-[0-9]$'],
    ['^\\w+\\:\\d+$', '^\\w+:\\d+$'],
    ['^a\\_b$', '^a_b$'],
    ["[0-9A-Za-z!\\-_.*\\'()]+", "[0-9A-Za-z!\\-_.*'()]+"],
    ['[\\w+=,.@\\:-]*', '[\\w+=,.@:-]*'],
    ['^a{$', '^a\\{$'],
    ['^a{2}b}$', '^a{2}b\\}$'],
    ['^\\/x\\.y\\u0041\\x41$', '^\\/x\\.y\\u0041\\x41$'],
    ['^(a)\\1$', '^(a)\\1$'],
  ])('%s → %s', (legacy, unicode) => {
    expect(unicodeModeSource(legacy)).toBe(unicode);
    // The same strings match before and after (ASCII text, where the two modes agree).
    for (const text of ['a-1', 'ab:12', 'a_b', "A-_'", 'a{', 'aab}', '/x.yAA', 'aa', 'a\\-1', 'ab\\:12'])
      expect([text, new RegExp(unicode, 'u').test(text)]).toEqual([text, new RegExp(legacy).test(text)]);
  });

  it.each(['\\p{Print}+', '\\1', '[\\1]', '\\c', '(', 'a**'])('leaves %s refused', (pattern) => {
    expect(unicodeModeSource(pattern)).toBeUndefined();
  });
});

describe('a pattern valid only without u', () => {
  it('is kept, with a warning that shows it rewritten, and Zod and Ajv agree on it', async () => {
    const result = await generate({
      input: {
        document: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', pattern: '^[a-z]+\\-\\d+\\:\\_$' },
        name: 'code.json',
      },
      cwd: root,
      targets: ['json-schema', 'zod'],
    });
    expect(result.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['pattern-rewritten', '/pattern']]);
    const schema = JSON.parse(result.files[0]!.contents) as { $defs: Record<string, { pattern?: string }> };
    expect(Object.values(schema.$defs)[0]!.pattern).toBe('^[a-z]+-\\d+:_$');
    expect(result.files[1]!.contents).toContain('pattern("^[a-z]+-\\\\d+:_$")');
    const ajv = compileJsonSchema(schema);
    expect([ajv('ab-12:_'), ajv('ab12:_'), ajv('ab-12\\:_')]).toEqual([true, false, false]);
  });
});
