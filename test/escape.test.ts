/** One escaper per output context: each given hostile text, want text that stays inert in that context. */
import { describe, expect, it } from 'vitest';
import {
  codeSpanOf,
  escapeMarkdownText,
  exactRegexSource,
  htmlCommentText,
  jsDocText,
  lineCommentText,
  markdownCell,
  markdownCode,
  markdownText,
  tsPropertyKey,
  tsStringLiteral,
} from '../src/emit/escape.js';
import { pascalCase } from '../src/model/index.js';
import { random } from './support.js';

describe('escapers', () => {
  it('tsStringLiteral round-trips through the JS parser', () => {
    for (const text of ['plain', '"double" \'single\'', '`${x}`', 'line\u2028sep\u2029', 'back\\slash', '\u0000\n\t', '</script>']) {
      const literal = tsStringLiteral(text);
      expect(literal).not.toMatch(/[\u2028\u2029\n]/);
      expect(JSON.parse(literal)).toBe(text);
    }
  });

  it('tsPropertyKey quotes what is not an identifier, and __proto__', () => {
    expect(tsPropertyKey('name')).toBe('name');
    expect(tsPropertyKey('class')).toBe('class');
    expect(tsPropertyKey('a-b')).toBe('"a-b"');
    expect(tsPropertyKey('3d')).toBe('"3d"');
    expect(tsPropertyKey('__proto__')).toBe('"__proto__"');
  });

  it('jsDocText cannot end the comment or start a tag', () => {
    expect(jsDocText('a */ b')).toBe('a *\\/ b');
    expect(jsDocText('x\u2028@param y')).toBe('x\n\\@param y');
    expect(jsDocText('a\r\nb')).toBe('a\nb');
  });

  it('comments stay on their line', () => {
    expect(lineCommentText('a\nb\u2028c')).toBe('a b c');
    expect(htmlCommentText('a --> b')).toBe('a --&gt; b');
  });

  it('markdown text makes no markup', () => {
    expect(markdownText('[x](javascript:alert(1)) <img> *b* _i_ `c` a|b &amp;')).toBe(
      '\\[x\\](javascript:alert(1)) \\<img\\> \\*b\\* \\_i\\_ \\`c\\` a\\|b &amp;amp;',
    );
    expect(markdownText('# heading\n- item\n1. item')).toBe('\\# heading\n\\- item\n1\\. item');
    expect(markdownCell('a\nb|c')).toBe('a<br>b\\|c');
  });

  it('markdownCode fences around backticks', () => {
    expect(markdownCode('a')).toBe('`a`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`a')).toBe('`` `a ``');
  });

  it('exactRegexSource matches the text and nothing else', () => {
    const source = exactRegexSource('a.b*c');
    expect(new RegExp(source, 'u').test('a.b*c')).toBe(true);
    expect(new RegExp(source, 'u').test('aXbbc')).toBe(false);
  });
});

describe('pascalCase', () => {
  it.each([
    ['Job', 'Job'],
    ['job_type', 'JobType'],
    ['LLMConfig', 'LLMConfig'],
    ['CompactionSettings-Input', 'CompactionSettingsInput'],
    ['letta__schemas__message__ToolReturn-Output', 'LettaSchemasMessageToolReturnOutput'],
    ['3DModel', '_3DModel'],
    ['default', 'Default'],
    ['*/', 'Type'],
    ['__proto__', 'Proto'],
  ])('%s → %s', (given, want) => expect(pascalCase(given)).toBe(want));

  it('names ASCII text as the Unicode rule does, on 20,000 random names', () => {
    // The rule as written for any text; pascalCase scans ASCII names without the regex.
    const byRule = (name: string) => {
      const joined = (name.match(/[\p{L}\p{Nd}]+/gu) ?? []).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
      if (joined === '') return 'Type';
      return /^\p{L}/u.test(joined) ? joined : `_${joined}`;
    };
    const next = random(7);
    const alphabet = 'aZz09_-. /$~`AzéΣ';
    for (let n = 0; n < 20_000; n++) {
      let name = '';
      for (let i = Math.floor(next() * 12); i > 0; i--) name += alphabet[Math.floor(next() * alphabet.length)];
      expect(pascalCase(name), JSON.stringify(name)).toBe(byRule(name));
    }
  });
});

describe('the shortcuts for plain text', () => {
  it('give what the full escapers give, on 20,000 random strings', () => {
    const next = random(2026);
    const alphabet = [
      'a',
      'Z',
      '7',
      ' ',
      '  ',
      '-',
      '=',
      '+',
      '#',
      '.',
      ')',
      '(',
      ',',
      "'",
      '"',
      ':',
      '!',
      '?',
      '/',
      '%',
      '*',
      '_',
      '`',
      '|',
      '\\',
      '\n',
      '\t',
      '<',
      '&',
      '$',
      '~',
      'é',
      '1.',
      '\r',
      '\u2028',
      '\u00a0',
      '\v',
    ];
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(next() * 8);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('');
      expect(markdownText(text)).toBe(escapeMarkdownText(text));
      expect(escapeMarkdownText(text)).toBe(escapedByRule(text));
      expect(markdownCode(text)).toBe(codeSpanOf(text));
    }
  });
});

/** Markdown text escaping as the rule reads, every step on every text (escapeMarkdownText skips steps that change nothing). */
function escapedByRule(text: string): string {
  return (
    text
      .replace(/\r\n|[\r\u2028\u2029]/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .replace(/[\\`*_[\]<>|~&$]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`))
      .replace(/^(\s*)([-=+#])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}
