/**
 * The real public specs (needs ../shared/data): every document of openapi-corpus generates without an
 * error and its output compiles under `tsc --strict`, with and without exactOptionalPropertyTypes; and
 * each of the Letta spec's 302 operations appears in types.ts (paths and operations), in zod.ts's
 * `operations` and in the docs.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, writeFiles, type GenerateResult } from '../src/index.js';
import { root, sharedData, sharedDataMissing, typecheck } from './support.js';

const skip = sharedDataMissing('the OpenAPI corpus and Letta operation tests');
const corpus = skip ? [] : readdirSync(path.join(sharedData, 'openapi-corpus')).sort();
const scratch = path.join(root, 'test/.tmp/corpus');

describe.skipIf(skip !== undefined)('the OpenAPI corpus', () => {
  const written: string[] = [];

  it.each(corpus)(
    '%s generates',
    async (file) => {
      const result = await generate({ input: path.join(sharedData, 'openapi-corpus', file), cwd: root });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.files.slice(0, 4).map((f) => f.path)).toEqual(['types.ts', 'schema.json', 'zod.ts', 'README.md']);
      // Large documents get their docs as pages besides the README index; the agents' index comes last.
      expect(result.files.slice(-2).map((f) => f.path)).toEqual(['llms.txt', 'docs-index.json']);
      expect(result.files.slice(4, -2).every((f) => /^docs\/.+\.md$/.test(f.path))).toBe(true);
      expect(result.entryPoints!.length).toBeGreaterThan(0);
      const dir = path.join(scratch, file);
      await writeFiles(dir, result.files);
      written.push(path.join(dir, 'types.ts'), path.join(dir, 'zod.ts'));
    },
    120_000,
  );

  it('compiles under --strict, with and without exactOptionalPropertyTypes', async () => {
    expect(written.length).toBe(corpus.length * 2);
    expect(await typecheck(written)).toEqual([]);
    expect(await typecheck(written, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 300_000);

  it('the webhooks-only and the OpenAPI 3.2 examples have what they describe', async () => {
    const webhooks = await generate({
      input: path.join(sharedData, 'openapi-corpus/oai31-webhook-example.yaml'),
      cwd: root,
      targets: ['ts'],
    });
    expect(webhooks.entryPoints!.map((e) => ('operation' in e ? `${e.kind} ${e.operation}` : e.definition))).toEqual([
      'webhook postNewPet',
    ]);
    expect(webhooks.files[0]!.contents).toContain('export type paths = Record<string, never>;');
    expect(webhooks.files[0]!.contents).toContain('post: operations["postNewPet"];');
    const tags = await generate({ input: path.join(sharedData, 'openapi-corpus/oai32-tags-example.yaml'), cwd: root, targets: ['docs'] });
    expect(tags.diagnostics).toEqual([]);
    expect(tags.files[0]!.contents).toContain(
      '### International (international)\n\nFlights that cross country borders\n\nPart of [flights](#flights-flights). Kind: `nav`.',
    );
  });
});

describe.skipIf(skip !== undefined)('the Letta spec’s operations', () => {
  let result: GenerateResult;
  const file = (name: string) => result.files.find((f) => f.path === name)!.contents;

  beforeAll(async () => {
    result = await generate({ input: path.join(sharedData, 'letta-openapi.json'), cwd: root });
  }, 120_000);

  it('are 302, in every target', () => {
    const operations = result.entryPoints!.filter((e) => e.kind === 'operation');
    expect(operations.length).toBe(302);
    const types = file('types.ts');
    const zod = file('zod.ts');
    const docs = result.files
      .filter((f) => f.path.endsWith('.md'))
      .map((f) => f.contents)
      .join('\n');
    expect(zod).toContain('\nexport const operations = operationsTable();\n');
    const zodTable = zod.slice(zod.indexOf('function operationsTable() {\n  return {'));
    for (const e of operations) {
      if (!('operation' in e)) continue;
      const key = /^[A-Za-z_$][\w$]*$/.test(e.operation) ? e.operation : JSON.stringify(e.operation);
      expect(types).toContain(`  ${e.method}: operations[${JSON.stringify(e.operation)}];`);
      expect(types).toContain(`\n  ${key}: {\n    parameters: {`);
      expect(zodTable).toContain(`\n    ${key}: {\n      method: ${JSON.stringify(e.method)},\n      path: ${JSON.stringify(e.path)},`);
      expect(docs).toContain(`Operation id: \`${e.operation}\`.`);
    }
  });
});
