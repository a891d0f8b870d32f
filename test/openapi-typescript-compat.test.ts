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

describe('unresolvedRefs', () => {
  // Where the in-memory document stands, so that `missing.json` is a file that is not there.
  const location = path.relative(root, path.join(scratch, 'broken.json'));
  const broken = {
    openapi: '3.1.0',
    info: { title: 'broken', version: '1' },
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          parameters: [{ $ref: '#/components/parameters/missing' }],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pets' } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Pet: { type: 'object', properties: { owner: { $ref: '#/components/schemas/Ownr' }, file: { $ref: 'missing.json' } } },
        Pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
      },
    },
  };

  it('refuses a document with a $ref that names nothing by default', async () => {
    const result = await generate({ input: { document: broken, name: 'broken.json' }, location, cwd: root });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.pointer}`)).toEqual([
      'file-not-found /components/schemas/Pet/properties/file/$ref',
      'unresolved-ref /components/schemas/Pet/properties/owner/$ref',
      'unresolved-ref /paths/~1pets/get/parameters/0/$ref',
    ]);
  });

  it('with "unknown", warns at each and reads what it names as any value in every target', async () => {
    const result = await generate({ input: { document: broken, name: 'broken.json' }, location, cwd: root, unresolvedRefs: 'unknown' });
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`).sort()).toEqual([
      'warning file-not-found /components/schemas/Pet/properties/file/$ref',
      'warning unresolved-ref /components/schemas/Pet/properties/owner/$ref',
      'warning unresolved-ref /paths/~1pets/get/parameters/0/$ref',
    ]);
    const file = (name: string) => result.files.find((f) => f.path === name)!.contents;
    expect(file('types.ts')).toMatch(/owner\?: unknown;/);
    expect(file('zod.ts')).toMatch(/owner: unknown\(\)/);
    const schema = JSON.parse(file('schema.json')) as { $defs: Record<string, { properties: Record<string, unknown> }> };
    expect(schema.$defs['Pet']!.properties['owner']).toEqual({});
  });
});

describe('openapi-typescript’s options, with its names and meanings', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 'options', version: '1' },
    paths: {
      '/pets/{id}': {
        get: {
          operationId: 'getPet',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
        },
      },
      '/old': { get: { operationId: 'oldThing', deprecated: true, responses: { '204': { description: 'gone' } } } },
    },
    components: {
      schemas: {
        Pet: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string' },
            status: { $ref: '#/components/schemas/Status' },
            age: { type: 'integer', default: 1 },
            legacy: { type: 'string', deprecated: true },
            tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
            extra: { type: 'object' },
          },
        },
        Status: { type: 'string', enum: ['available', 'sold out'] },
      },
    },
  };
  const typesWith = async (options: Partial<GenerateOptions>) => {
    const result = await generate({ input: { document, name: 'options.json' }, cwd: root, targets: ['ts'], ...options });
    expect(result.diagnostics).toEqual([]);
    return result.files[0]!.contents;
  };
  const petOf = (types: string) => /^export (?:interface Pet \{|type Pet = \{)\n([\s\S]*?)\n\}/m.exec(types)![1]!;

  it('defaultNonNullable: a property with a default is required (structgen: optional, by default)', async () => {
    expect(petOf(await typesWith({}))).toMatch(/^ {2}age\?: number;$/m);
    expect(petOf(await typesWith({ defaultNonNullable: true }))).toMatch(/^ {2}age: number;$/m);
  });

  it('exportType: type aliases instead of interfaces, the tables too', async () => {
    const types = await typesWith({ exportType: true });
    expect(types).not.toMatch(/^export interface/m);
    expect(types).toMatch(/^export type Pet = \{$/m);
    expect(types).toMatch(/^export type paths = \{$/m);
    expect(types).toMatch(/^export type components = \{$/m);
  });

  it('immutable: readonly properties, index signatures and arrays', async () => {
    const types = await typesWith({ immutable: true });
    expect(petOf(types)).toMatch(/^ {2}readonly name: string;$/m);
    expect(petOf(types)).toMatch(/^ {2}readonly tags\?: ReadonlyArray<string>;$/m);
    expect(petOf(types)).toMatch(/^ {4}readonly \[key: string\]: unknown;$/m);
    expect(types).toMatch(/^ +readonly \[name: string\]: unknown;$/m);
    expect(types).toMatch(/^ {2}readonly "\/pets\/\{id\}": \{$/m);
  });

  it('alphabetize: properties and table entries in alphabetical order', async () => {
    const types = await typesWith({ alphabetize: true });
    const keys = [...petOf(types).matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]);
    expect(keys).toEqual(['age', 'extra', 'legacy', 'name', 'status', 'tags']);
    expect(types.indexOf('  "/old": {')).toBeLessThan(types.indexOf('  "/pets/{id}": {'));
  });

  it('excludeDeprecated: deprecated properties and operations are left out; the method stays `?: never`', async () => {
    const types = await typesWith({ excludeDeprecated: true });
    expect(petOf(types)).not.toContain('legacy');
    expect(types).not.toContain('oldThing');
    // As openapi-typescript writes it: the path stays, its deprecated method is `?: never`.
    expect(types).toMatch(/^ {2}"\/old": \{\n {4}parameters: \{[^}]*\};\n {4}get\?: never;$/m);
  });

  it('rootTypes: each component under a name of its own; with rootTypesNoSchemaPrefix, none repeated', async () => {
    const types = await typesWith({ rootTypes: true });
    expect(types).toContain('export type SchemaPet = components["schemas"]["Pet"];');
    expect(types).toContain('export type SchemaStatus = components["schemas"]["Status"];');
    const unprefixed = await typesWith({ rootTypes: true, rootTypesNoSchemaPrefix: true });
    expect(unprefixed).not.toContain('= components["schemas"]');
  });

  it('additionalProperties: objects that do not say so accept other keys; emptyObjectsUnknown: false closes empty ones', async () => {
    expect(petOf(await typesWith({}))).not.toMatch(/^ {2}\[key: string\]/m);
    expect(petOf(await typesWith({ additionalProperties: true }))).toMatch(/^ {2}\[key: string\]: unknown;$/m);
    expect(petOf(await typesWith({}))).toMatch(/^ {2}extra\?: \{\n {4}\[key: string\]: unknown;\n {2}\};$/m);
    expect(petOf(await typesWith({ emptyObjectsUnknown: false }))).toMatch(/^ {2}extra\?: Record<string, never>;$/m);
  });

  it('arrayLength: minItems/maxItems as tuples', async () => {
    expect(petOf(await typesWith({ arrayLength: true }))).toMatch(/^ {2}tags\?: \[string\] \| \[string, string\];$/m);
  });

  it('enum, enumValues: a TypeScript enum and the list of its values', async () => {
    const types = await typesWith({ enum: true, enumValues: true });
    expect(types).toMatch(/^export enum Status \{\n {2}Available = "available",\n {2}SoldOut = "sold out",\n\}$/m);
    expect(types).toContain('export const statusValues: ReadonlyArray<Status> = [Status.Available, Status.SoldOut];');
    const unions = await typesWith({ enumValues: true });
    expect(unions).toContain('export const statusValues: ReadonlyArray<Status> = ["available", "sold out"];');
  });

  it('makePathsEnum: one member per operation, valued its path', async () => {
    expect(await typesWith({ makePathsEnum: true })).toMatch(
      /^export enum ApiPaths \{\n {2}getPet = "\/pets\/\{id\}",\n {2}oldThing = "\/old",\n\}$/m,
    );
  });

  it('all of them together compile under --strict, and openapi-fetch-style lookups keep working', async () => {
    const options: Partial<GenerateOptions> = {
      exportType: true,
      immutable: true,
      alphabetize: true,
      rootTypes: true,
      defaultNonNullable: true,
      additionalProperties: true,
      arrayLength: true,
      enum: true,
      enumValues: true,
      makePathsEnum: true,
    };
    const { errors } = await compiles(
      'all-options',
      document,
      `import { ApiPaths, Status, statusValues, type paths, type SchemaPet } from "./types.js";
${assertions}
type Got = paths["/pets/{id}"]["get"]["responses"][200]["content"]["application/json"];
export type Same = Expect<Equal<Got, SchemaPet>>;
export const pet: Got = { name: "x", age: 1, status: Status.SoldOut, tags: ["a"] };
export const path: string = ApiPaths.getPet;
export const first: Status | undefined = statusValues[0];
`,
      options,
    );
    expect(errors).toEqual([]);
  });
});
