/**
 * What an adversarial review of the dialect and polymorphism work found, each held as it is now: a
 * malformed keyword is named, a mistyped anchor gets a did-you-mean, draft-07's `$ref`-siblings warning
 * names only what is ignored, an unknown dialect is refused, a wrong tag deep in a recursive tree names
 * the tags allowed, and `--check` from another folder says when only the banner differs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles, type GenerateOptions } from '../src/index.js';
import { runSync, scratchProject } from './cli-support.js';
import { root } from './support.js';

const read = async (document: unknown, options: Partial<GenerateOptions> = {}) => {
  const result = await generate({ input: { document, name: 'input.json' }, cwd: root, targets: ['ts'], ...options });
  return result.diagnostics.map((d) => `${d.code} ${d.pointer ?? ''} ${d.message}`);
};

describe('the review of the dialect work', () => {
  it('names malformed keyword values instead of ignoring them in silence', async () => {
    const diagnostics = await read({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      properties: { a: { allOf: 5 }, b: { $ref: 5 }, c: { items: [] }, d: { pattern: 1 } },
    });
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        'schema-defect /properties/a/allOf allOf must be a list of schemas; it is ignored',
        'schema-defect /properties/b/$ref $ref must be a string; it is ignored',
        'schema-defect /properties/c/items items must be a schema; it is ignored',
        'schema-defect /properties/d/pattern pattern must be a string; it is ignored',
      ]),
    );
    // The empty list is named once, as malformed, not also as a list read as prefixItems.
    expect(diagnostics.filter((d) => d.includes('/properties/c/items'))).toHaveLength(1);
  });

  it('names a discriminator without its propertyName', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { A: { oneOf: [{ type: 'string' }, { type: 'number' }], discriminator: { mapping: {} } } } },
    };
    expect(await read(document)).toContain(
      'schema-defect /components/schemas/A/discriminator discriminator must be an object with a propertyName string; it is ignored',
    );
  });

  it('offers the anchor meant for a mistyped one', async () => {
    const diagnostics = await read({
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { a: { $id: '#anc', type: 'integer' } },
      properties: { p: { $ref: '#anc' }, q: { $ref: '#ancc' } },
    });
    expect(diagnostics).toEqual([
      expect.stringMatching(/^unresolved-ref \/properties\/q\/\$ref .*names no anchor .*did you mean "#anc"\?$/),
    ]);
  });

  it("leaves $schema and definitions out of draft-07's $ref-siblings warning (they still work)", async () => {
    const layout = { $ref: '#/definitions/a', definitions: { a: { type: 'object', properties: { b: { type: 'integer' } } } } };
    expect(await read({ $schema: 'http://json-schema.org/draft-07/schema#', ...layout })).toEqual([]);
    expect(await read({ $schema: 'http://json-schema.org/draft-07/schema#', ...layout, minProperties: 1 })).toEqual([
      expect.stringMatching(/^ref-siblings-ignored .*keywords beside \$ref: minProperties$/),
    ]);
  });

  it('refuses an unknown dialect given through the API', async () => {
    expect(await read({ type: 'string' }, { dialect: 'draft-05' as never })).toEqual([
      'invalid-option  dialect "draft-05" is not one structgen reads (draft-04, draft-06, draft-07, 2019-09, 2020-12)',
    ]);
  });
});

describe('the review of the polymorphism work', () => {
  it('names the tags allowed for a wrong tag deep in a recursive tree', async () => {
    const result = await generate({ input: 'test/fixtures/openapi-recursive-tags/input.yaml', cwd: root, targets: ['zod'] });
    const scratch = path.join(root, 'test/.tmp/review-regressions');
    await writeFiles(scratch, result.files);
    type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
    const zod = (await import(pathToFileURL(path.join(scratch, 'zod.ts')).href)) as Record<string, { safeParse(v: unknown): Parsed }>;
    const issues = (schema: string, value: unknown) =>
      zod[schema]!.safeParse(value).error?.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`) ?? [];
    expect(issues('ExprSchema', { op: 'add', l: { op: 'num', v: 1 }, r: { op: 'mul' } })).toEqual([
      "r.op: Invalid discriminator value. Expected 'num' | 'add'",
    ]);
    expect(issues('NodeSchema', { kind: 'Branch', children: [{ kind: 'Twig' }] })).toEqual([
      "children.0.kind: Invalid discriminator value. Expected 'Leaf' | 'Branch'",
    ]);
  });
});

describe('--check from another folder', () => {
  it('says when a file differs in its banner only', () => {
    const dir = scratchProject('banner-only');
    mkdirSync(path.join(dir, 'api'));
    writeFileSync(path.join(dir, 'api/schema.json'), JSON.stringify({ type: 'object', properties: { a: { type: 'string' } } }));
    expect(runSync(['generate', 'api/schema.json', '--out', 'api/out', '--targets', 'ts'], dir).code).toBe(0);
    const check = runSync(['generate', 'schema.json', '--out', 'out', '--targets', 'ts', '--check'], path.join(dir, 'api'));
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('out/types.ts differs from what structgen generates now in its banner only');
    expect(check.stderr).toContain('run --check from the folder the output was generated from');
  });
});
