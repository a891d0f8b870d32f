/**
 * What a project written against openapi-typescript 7's output reads of `types.ts` (docs/openapi-typescript.md):
 * the `components` table (`components["schemas"]["Pet"]`), the four tables present in every OpenAPI
 * document's output, and operations and path items given by `$ref`. Each is checked by compiling code
 * that uses it, under `tsc --strict`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, type GenerateOptions } from '../src/index.js';
import { root, typecheck } from './support.js';

const scratch = path.join(root, 'test/.tmp/openapi-typescript-compat');

/** Generates types.ts for `document` into a scratch folder and type-checks `usage` (which imports it as `./types.js`). */
async function compiles(name: string, document: Record<string, unknown>, usage: string, options: Partial<GenerateOptions> = {}) {
  const result = await generate({ input: { document, name: `${name}.json` }, cwd: root, targets: ['ts'], ...options });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const types = result.files[0]!.contents;
  writeFileSync(path.join(dir, 'types.ts'), types);
  writeFileSync(path.join(dir, 'usage.ts'), usage);
  return { types, errors: await typecheck([path.join(dir, 'usage.ts')], { noUnusedLocals: false }) };
}

const assertions = `
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<X extends true> = X;
`;

const petstore = {
  openapi: '3.1.0',
  info: { title: 'Pets', version: '1' },
  paths: {
    '/pets': { $ref: '#/components/pathItems/Pets' },
  },
  components: {
    schemas: {
      Pet: { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, name: { type: 'string' } } },
      'Pet-List': { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
    },
    responses: {
      NotFound: {
        description: 'Not found.',
        headers: { 'X-Request-Id': { required: true, schema: { type: 'string' } } },
        content: { 'application/json': { schema: { type: 'object', properties: { message: { type: 'string' } } } } },
      },
      Empty: { description: 'Nothing.' },
    },
    parameters: { limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } },
    requestBodies: { NewPet: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
    headers: { Total: { schema: { type: 'integer' } } },
    pathItems: {
      Pets: {
        get: {
          operationId: 'listPets',
          parameters: [{ $ref: '#/components/parameters/limit' }],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet-List' } } } },
            '404': { $ref: '#/components/responses/NotFound' },
          },
        },
      },
      Unused: { post: { requestBody: { $ref: '#/components/requestBodies/NewPet' }, responses: { '204': { description: 'done' } } } },
    },
  },
};

describe('components, in openapi-typescript 7’s shape', () => {
  it('lists every kind, each entry over the named types', async () => {
    const { types, errors } = await compiles(
      'components',
      petstore,
      `import type { components, paths, operations, webhooks, Pet, PetList } from "./types.js";
${assertions}
export type Schemas = Expect<Equal<components["schemas"]["Pet"], Pet>>;
export type Quoted = Expect<Equal<components["schemas"]["Pet-List"], PetList>>;
export type Parameter = Expect<Equal<components["parameters"]["limit"], number>>;
export type Header = Expect<Equal<components["headers"]["Total"], number>>;
export type Body = Expect<Equal<components["requestBodies"]["NewPet"]["content"]["application/json"], Pet>>;
export type NotFoundMessage = Expect<Equal<components["responses"]["NotFound"]["content"]["application/json"]["message"], string | undefined>>;
export type NotFoundHeader = Expect<Equal<components["responses"]["NotFound"]["headers"]["X-Request-Id"], string>>;
export type EmptyContent = Expect<Equal<components["responses"]["Empty"]["content"], undefined>>;
// A path item component used by a path is that path's entry; one no path uses is written where it is.
export type Used = Expect<Equal<components["pathItems"]["Pets"], paths["/pets"]>>;
export type UnusedBody = Expect<Equal<components["pathItems"]["Unused"]["post"]["requestBody"]["content"]["application/json"], Pet>>;
export type ListPets = Expect<Equal<paths["/pets"]["get"], operations["listPets"]>>;
export type NoWebhooks = Expect<Equal<webhooks, Record<string, never>>>;
`,
    );
    expect(errors).toEqual([]);
    expect(types).toMatch(/^export interface components \{$/m);
  });

  it('writes paths, webhooks, components and operations for a document with schemas only', async () => {
    const { types, errors } = await compiles(
      'schemas-only',
      { openapi: '3.0.3', info: { title: 'x', version: '1' }, paths: {}, components: { schemas: { A: { type: 'string' } } } },
      `import type { components, paths, operations, webhooks } from "./types.js";
${assertions}
export type A = Expect<Equal<components["schemas"]["A"], string>>;
export type Responses = Expect<Equal<components["responses"], never>>;
export type Paths = Expect<Equal<paths, Record<string, never>>>;
export type Webhooks = Expect<Equal<webhooks, Record<string, never>>>;
export type Operations = Expect<Equal<operations, Record<string, never>>>;
`,
    );
    expect(errors).toEqual([]);
    expect(types).toContain('export type paths = Record<string, never>;');
  });

  it('lists only the components a selection reaches', async () => {
    const result = await generate({ input: { document: petstore, name: 'pets.json' }, cwd: root, targets: ['ts'], entities: ['Pet'] });
    const types = result.files[0]!.contents;
    const schemas = /^ {2}schemas: \{\n([\s\S]*?)\n {2}\};/m.exec(types)?.[1];
    expect(schemas?.trim()).toBe('Pet: Pet;');
    expect(types).toContain('  responses: never;');
  });
});

describe('operations and path items given by $ref', () => {
  it('follows them, in the same document and in another file (DigitalOcean’s layout)', async () => {
    const dir = path.join(scratch, 'split');
    mkdirSync(path.join(dir, 'resources'), { recursive: true });
    writeFileSync(
      path.join(dir, 'resources/droplets_list.yml'),
      [
        'operationId: droplets_list',
        'parameters:',
        '  - in: query',
        '    name: per_page',
        '    schema: { type: integer }',
        'responses:',
        "  '200':",
        '    description: ok',
        '    content:',
        '      application/json:',
        '        schema:',
        '          $ref: models/droplet.yml',
        '',
      ].join('\n'),
    );
    mkdirSync(path.join(dir, 'resources/models'), { recursive: true });
    writeFileSync(path.join(dir, 'resources/models/droplet.yml'), 'type: object\nrequired: [id]\nproperties:\n  id: { type: integer }\n');
    writeFileSync(
      path.join(dir, 'api.yaml'),
      [
        'openapi: 3.0.0',
        'info: { title: split, version: "1" }',
        'paths:',
        '  /v2/droplets:',
        '    get:',
        "      $ref: 'resources/droplets_list.yml'",
        '    delete:',
        "      $ref: '#/x-operations/remove'",
        'x-operations:',
        '  remove:',
        '    operationId: droplets_destroy',
        "    responses: { '204': { description: gone } }",
        '',
      ].join('\n'),
    );
    const result = await generate({ input: path.relative(root, path.join(dir, 'api.yaml')), cwd: root, targets: ['ts'] });
    expect(result.diagnostics).toEqual([]);
    writeFileSync(path.join(dir, 'types.ts'), result.files[0]!.contents);
    writeFileSync(
      path.join(dir, 'usage.ts'),
      `import type { paths } from "./types.js";
${assertions}
type List = paths["/v2/droplets"]["get"];
export type Id = Expect<Equal<List["responses"][200]["content"]["application/json"]["id"], number>>;
export type PerPage = Expect<Equal<NonNullable<List["parameters"]["query"]>["per_page"], number | undefined>>;
export type Remove = Expect<Equal<paths["/v2/droplets"]["delete"]["responses"][204]["content"], undefined>>;
`,
    );
    expect(await typecheck([path.join(dir, 'usage.ts')], { noUnusedLocals: false })).toEqual([]);
  });
});
