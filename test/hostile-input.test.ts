/**
 * Hostile and pathological inputs (issue 10): each case a review found becomes a test here. No input may
 * make structgen throw (exit 70) or report `invalid-output`; small inputs either generate or are refused
 * with a limit diagnostic, quickly.
 */
import { describe, expect, it } from 'vitest';
import { generate, type Diagnostic, type GenerateOptions } from '../src/index.js';
import { root } from './support.js';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
const inMemory = (document: unknown, name = 'input.json') => ({ document, name });
const run = (input: GenerateOptions['input'], options: Partial<GenerateOptions> = {}) => generate({ input, cwd: root, ...options });

describe('bad input is an input error, never an internal one', () => {
  it('the document null, read as OpenAPI', async () => {
    const result = await run(inMemory(null), { format: 'openapi' });
    expect(codes(result.diagnostics)).toEqual(['not-openapi']);
  });

  it.each(['flat-structure', 'openapi', 'json-structure', 'json-schema'] as const)('null, 1, "x", [] and true read as %s', async (format) => {
    for (const document of [null, 1, 'x', [], true]) {
      const result = await run(inMemory(document), { format });
      expect(result.diagnostics.every((d) => d.code !== 'invalid-output')).toBe(true);
    }
  });

  it('a definition named by a lone surrogate', async () => {
    const result = await run(inMemory({ $ref: '#/$defs/\ud800', $defs: { '\ud800': { type: 'string' } } }));
    expect(result.diagnostics).toEqual([]);
    const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toContain('\ufffd');
  });
});
