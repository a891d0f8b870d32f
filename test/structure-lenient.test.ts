/** Core-like JSON Structure documents: read with a located warning per deviation, refused under --strict. */
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { root } from './support.js';

const input = 'test/fixtures/structure-core-like/input.json';

describe('Core-like JSON Structure', () => {
  it('warns once per deviation, each with its pointer, and still generates', async () => {
    const result = await generate({ input, cwd: root });
    const deviations = result.diagnostics.filter((d) => d.code === 'structure-deviation').map((d) => d.pointer);
    expect(deviations).toEqual(
      expect.arrayContaining([
        '/$schema',
        '/title',
        '/definitions/Pet/properties/id/example',
        '/definitions/Pet/properties/owner/$ref',
        '/definitions/Pet/properties/extra/properties',
        '/definitions/Owner',
      ]),
    );
    expect(result.files.map((f) => f.path)).toEqual(['types.ts', 'schema.json', 'zod.ts', 'README.md', 'llms.txt', 'docs-index.json']);
  });

  it('turns deviations into errors under strict, writing nothing', async () => {
    const result = await generate({ input, cwd: root, strict: true });
    expect(result.diagnostics.some((d) => d.code === 'structure-deviation-strict' && d.severity === 'error')).toBe(true);
    expect(result.files).toEqual([]);
  });

  it('is detected without --format, and --format can force it', async () => {
    const forced = await generate({
      input: { document: { name: 'T', type: 'string', maxLength: 3 }, name: 't.json' },
      format: 'json-structure',
      cwd: root,
    });
    expect(forced.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(forced.files.find((f) => f.path === 'types.ts')!.contents).toContain('export type T = string;');
  });
});
