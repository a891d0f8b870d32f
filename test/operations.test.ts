/**
 * Operations through every target: the `operations` lookup of zod.ts (parameter validators that take
 * text as a server receives it, bodies and responses by status and media type), the paths/operations
 * types, the docs' Operations part; selection by operation id and tag; and the warnings a document
 * without anything to generate, or with defects in its operations, gets.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, writeFiles, type GenerateResult } from '../src/index.js';
import { root, typecheck } from './support.js';

interface Validator {
  safeParse(data: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[] }[] } };
}
interface OperationEntry {
  method: string;
  path: string;
  parameters: Record<string, Validator>;
  body?: Record<string, Validator>;
  responses: Record<string, Record<string, Validator>>;
  callbacks?: Record<string, string[]>;
}
interface OperationsModule {
  operations: Record<string, OperationEntry>;
  webhooks: Record<string, OperationEntry>;
}

const input = 'test/fixtures/openapi-operations/input.yaml';
const scratch = path.join(root, 'test/.tmp/operations');
let result: GenerateResult;
let zod: OperationsModule;
const file = (name: string) => result.files.find((f) => f.path === name)!.contents;

beforeAll(async () => {
  result = await generate({ input, cwd: root });
  await writeFiles(scratch, result.files);
  zod = (await import(pathToFileURL(path.join(scratch, 'zod.ts')).href)) as OperationsModule;
});

/** Runs a parameter validator: the typed value on success, `false` on failure. */
function parse(validator: Validator | undefined, input: unknown): unknown {
  expect(validator).toBeDefined();
  const parsed = validator!.safeParse(input);
  return parsed.success ? parsed.data : false;
}

describe('parameter validators take what a server receives', () => {
  const query = () => zod.operations['listPets']!.parameters['query'];

  it.each<[string, unknown, unknown]>([
    ['an integer', { limit: '20' }, { limit: 20 }],
    ['a fractional number for an integer', { limit: '5.5' }, false],
    ['text for an integer', { limit: 'twenty' }, false],
    ['an integer out of range', { limit: '101' }, false],
    ['an exploded form list', { tags: ['a', 'b'] }, { tags: ['a', 'b'] }],
    ['an exploded form list of one', { tags: 'a' }, { tags: ['a'] }],
    ['a form list, not exploded', { ids: '1,2,3' }, { ids: [1, 2, 3] }],
    ['a form list with a non-integer', { ids: '1,x' }, false],
    ['a boolean', { include_deleted: 'true' }, { include_deleted: true }],
    ['false', { include_deleted: 'false' }, { include_deleted: false }],
    ['text for a boolean', { include_deleted: 'yes' }, false],
    ['an enum value', { sort: 'asc' }, { sort: 'asc' }],
    ['a value the enum lacks', { sort: 'up' }, false],
    ['a number in exponent form', { score: '1.5e2' }, { score: 150 }],
    ['a repeated key for a single value', { limit: ['1', '2'] }, false],
    ['unknown keys (accepted)', { utm_source: 'mail' }, {}],
    ['nothing', {}, {}],
  ])('query: %s', (_, given, want) => {
    expect(parse(query(), given)).toEqual(want);
  });

  it('query: URLSearchParams and a whole query string', () => {
    expect(parse(query(), new URLSearchParams('limit=5&tags=a&tags=b&ids=4,5'))).toEqual({ limit: 5, tags: ['a', 'b'], ids: [4, 5] });
    expect(parse(query(), 'include_deleted=false&score=-0.5')).toEqual({ include_deleted: false, score: -0.5 });
  });

  it('header: names in any case, integers parsed, the path-level header merged in', () => {
    const header = zod.operations['listPets']!.parameters['header'];
    expect(parse(header, { 'x-rate-limit': '7', 'x-trace-id': '0b7a3e0e-8d5e-4b9a-9d38-0b5e0b8f9e21' })).toEqual({
      'X-Rate-Limit': 7,
      'X-Trace-Id': '0b7a3e0e-8d5e-4b9a-9d38-0b5e0b8f9e21',
    });
    expect(parse(header, { 'X-Rate-Limit': '7.5' })).toBe(false);
    expect(parse(header, new Headers({ 'X-Rate-Limit': '3' }))).toEqual({ 'X-Rate-Limit': 3 });
  });

  it('header: a required header must be there', () => {
    const header = zod.operations['getPetsByPetId']!.parameters['header'];
    expect(parse(header, { 'x-request-id': 'r1' })).toEqual({ 'X-Request-Id': 'r1' });
    expect(parse(header, {})).toBe(false);
  });

  it('path: integers parsed, text rejected', () => {
    const pathParameters = zod.operations['getPetsByPetId']!.parameters['path'];
    expect(parse(pathParameters, { petId: '12' })).toEqual({ petId: 12 });
    expect(parse(pathParameters, { petId: '12abc' })).toBe(false);
    expect(parse(pathParameters, {})).toBe(false);
  });

  it('cookie and pipe-delimited lists of enum values', () => {
    const { parameters } = zod.operations['getPetsByPetId']!;
    expect(parse(parameters['cookie'], { session: 's1' })).toEqual({ session: 's1' });
    expect(parse(parameters['query'], { fields: 'id|name' })).toEqual({ fields: ['id', 'name'] });
    expect(parse(parameters['query'], { fields: 'id|age' })).toBe(false);
  });

  it('matrix style in a path; a union of integer and boolean', () => {
    const { parameters } = zod.operations['getMap']!;
    expect(parse(parameters['path'], { coords: ';coords=1.5;coords=-2' })).toEqual({ coords: [1.5, -2] });
    expect(parse(parameters['path'], { coords: ';coords=north' })).toBe(false);
    expect(parse(parameters['query'], { zoom: '3' })).toEqual({ zoom: 3 });
    expect(parse(parameters['query'], { zoom: 'true' })).toEqual({ zoom: true });
    expect(parse(parameters['query'], { zoom: '3.5' })).toBe(false);
  });

  it('deepObject, space- and pipe-delimited lists, and a JSON-encoded parameter', () => {
    const query = zod.operations['search']!.parameters['query'];
    expect(parse(query, { 'filter[min]': '1', 'filter[max]': '9.5' })).toEqual({ filter: { min: 1, max: 9.5 } });
    // qs (Express) parses deepObject keys into an object of strings.
    expect(parse(query, { filter: { min: '2' } })).toEqual({ filter: { min: 2 } });
    expect(parse(query, { 'filter[min]': 'low' })).toBe(false);
    expect(parse(query, { words: 'big dog', codes: '1|2' })).toEqual({ words: ['big', 'dog'], codes: [1, 2] });
    expect(parse(query, { codes: '1|b' })).toBe(false);
    expect(parse(query, { where: '{"near":"Berlin"}' })).toEqual({ where: { near: 'Berlin' } });
    expect(parse(query, { where: '{"near":1}' })).toBe(false);
  });
});

describe('the operations lookup', () => {
  it('holds every operation, callbacks included, with method and path', () => {
    expect(Object.keys(zod.operations)).toEqual([
      'listPets',
      'createPet',
      'createPetOnAdoptedPost',
      'getPetsByPetId',
      'deletePet',
      'getMap',
      'search',
    ]);
    expect(zod.operations['getPetsByPetId']).toMatchObject({ method: 'get', path: '/pets/{petId}' });
    expect(zod.operations['createPet']!.callbacks).toEqual({ onAdopted: ['createPetOnAdoptedPost'] });
    expect(zod.operations['createPetOnAdoptedPost']).toMatchObject({ method: 'post', path: '{$request.body#/callbackUrl}' });
  });

  it('validates bodies and responses by status and media type', () => {
    const { body, responses } = zod.operations['createPet']!;
    expect(body!['application/json']!.safeParse({ id: 1, name: 'Rex' }).success).toBe(true);
    expect(body!['application/x-www-form-urlencoded']!.safeParse({ id: 1 }).success).toBe(false);
    expect(responses['201']!['application/json']!.safeParse({ id: 1, name: 'Rex' }).success).toBe(true);
    expect(responses['4XX']!['application/json']!.safeParse({ code: 400, message: 'bad' }).success).toBe(true);
    expect(zod.operations['listPets']!.responses['200']!['application/json']!.safeParse([{ id: 1, name: 'a' }, { id: 2 }]).success).toBe(
      false,
    );
    expect(zod.operations['listPets']!.responses['default']!['application/json']!.safeParse({ code: 1, message: 'x' }).success).toBe(true);
  });

  it('says that a response without a body validates nothing', () => {
    expect(zod.operations['deletePet']!.responses['204']).toEqual({});
    expect(file('zod.ts')).toContain('/** No such pet: no body, so nothing to validate. */');
  });

  it('has webhooks, keyed by an id derived from method and name', () => {
    expect(Object.keys(zod.webhooks)).toEqual(['postPetAdopted']);
    expect(zod.webhooks['postPetAdopted']).toMatchObject({ method: 'post', path: 'petAdopted' });
  });
});

describe('types, JSON Schema and docs', () => {
  it('types.ts: paths, webhooks and operations in openapi-typescript’s shape, over the named types', async () => {
    const usage = path.join(scratch, 'usage.ts');
    // Written beside the output by hand: it is not structgen output, so not through writeFiles (which
    // keeps a folder to one document's files).
    writeFileSync(
      usage,
      `import type { paths, operations, webhooks, Pet, ListPetsQuery, Error as ApiError } from './types.js';
type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Is<paths['/pets']['get'], operations['listPets']>,
  Is<operations['listPets']['parameters']['query'], ListPetsQuery | undefined>,
  Is<operations['listPets']['responses'][200]['content']['application/json'], Pet[]>,
  Is<operations['listPets']['responses']['default']['content']['application/json'], ApiError>,
  Is<operations['getPetsByPetId']['parameters']['path'], { petId: number }>,
  Is<operations['createPet']['requestBody']['content']['application/x-www-form-urlencoded'], Pet>,
  Is<paths['/pets']['put'], undefined>,
  Is<webhooks['petAdopted']['post'], operations['postPetAdopted']>,
  Is<operations['deletePet']['responses'][204]['content'], undefined>,
  Is<paths['/pets']['parameters']['header'], { 'X-Trace-Id'?: string } | undefined>,
] = [true, true, true, true, true, true, true, true, true, true];
export default checks;
`,
    );
    expect(await typecheck([usage])).toEqual([]);
  }, 60_000);

  it('schema.json: every definition an operation introduced is in $defs under the same name', () => {
    const defs = Object.keys((JSON.parse(file('schema.json')) as { $defs: object }).$defs);
    for (const name of [
      'ListPetsQuery',
      'ListPetsHeaders',
      'ListPetsResponse200',
      'ListPetsResponse200Headers',
      'CreatePetOnAdoptedPostBody',
      'SearchResponse200',
    ])
      expect(defs).toContain(name);
    expect(file('types.ts')).toContain('export interface ListPetsResponse200Headers {');
    expect(file('zod.ts')).toContain('export const ListPetsResponse200HeadersSchema = ');
  });

  it('docs: an Operations part by tag with parameters and responses, linked both ways', () => {
    const docs = file('README.md');
    expect(docs).toMatch(/## Operations\n\n### pets\n\nPets and their photos\.\n\n#### GET \/pets\n/);
    // The parameter's description, then its constraints and example from its schema.
    expect(docs).toContain('| `limit` | query | integer | no | How many pets to return.<br>≥ 1; ≤ 100; Example: `20`. |');
    expect(docs).toMatch(
      /\| `4XX` +\| `application\/json`: \[Error\]\(#error\) +\| The request was wrong\.<br>Headers: `X-Error-Code`\. \|/,
    );
    expect(docs).toContain('#### DELETE /pets/{petId}\n\n**Deprecated.**');
    expect(docs).toContain(
      '| `onAdopted` | `POST {$request.body#/callbackUrl}` | [createPetOnAdoptedPost](#post-requestbodycallbackurl) |',
    );
    expect(docs).toContain('## Webhooks');
    // Pet is used by operations (and by the response definitions of others), and says so.
    expect(docs).toMatch(
      /## Pet\n[\s\S]*?Used by:\n\n- \[ListPetsResponse200\]\(#listpetsresponse200\)\n[\s\S]*?- \[POST \/pets\]\(#post-pets\)\n/,
    );
    // Parameter sets are shown in their operation's table, not as sections of their own.
    expect(docs).not.toContain('## ListPetsQuery');
  });
});

describe('selection, names and warnings', () => {
  const api = (paths: object, extra: object = {}) => ({
    document: { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, ...extra },
    name: 'api.json',
  });

  it('--operation and --tag pick operations and what they reference', async () => {
    const byId = await generate({ input, cwd: root, operations: ['deletePet'], targets: ['ts'] });
    expect(byId.entryPoints?.filter((e) => e.kind === 'operation').map((e) => 'operation' in e && e.operation)).toEqual(['deletePet']);
    expect(byId.files[0]!.contents).not.toContain('export interface Pet ');
    const byTag = await generate({ input, cwd: root, tags: ['search'], targets: ['ts'] });
    expect(byTag.entryPoints?.map((e) => ('operation' in e ? e.operation : e.definition))).toEqual(['getMap', 'search']);
    expect(byTag.files[0]!.contents).toContain('export interface Pet ');
  });

  it('names an unknown operation or tag, with a did-you-mean', async () => {
    const wrong = await generate({ input, cwd: root, operations: ['listPet'], tags: ['serach'] });
    expect(wrong.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['unknown-operation', `${input} has no operation "listPet"; did you mean "listPets"?`],
      ['unknown-tag', `${input} has no operation tagged "serach"; did you mean "search"?`],
    ]);
  });

  it('generates the schemas a document reaches only from its paths, inline and in files beside it', async () => {
    const read = await generate({ input: 'test/fixtures/openapi-external-paths/input.yaml', cwd: root, targets: ['json-schema'] });
    expect(read.diagnostics).toEqual([]);
    const defs = Object.keys((JSON.parse(read.files[0]!.contents) as { $defs: object }).$defs);
    expect(defs.sort()).toEqual(['CreatePetBody', 'CreatePetBodyOwner', 'ListPetsQuery', 'ListPetsResponse200', 'error', 'pet']);
  });

  it('warns nothing-generated for a document without schemas or operations', async () => {
    const empty = await generate({ input: api({}) });
    expect(empty.diagnostics.map((d) => d.code)).toEqual(['nothing-generated']);
    expect(empty.files.length).toBe(6); // the docs add llms.txt and docs-index.json
  });

  it('derives ids from method and path, keeps repeated operationIds apart, and adds template parameters a path lacks', async () => {
    const read = await generate({
      input: api({
        '/a/{id}/b': { get: { responses: {} }, post: { operationId: 'same', responses: {} } },
        '/c': { get: { operationId: 'same', responses: {} } },
      }),
      targets: ['ts'],
    });
    expect(read.entryPoints?.map((e) => 'operation' in e && e.operation)).toEqual(['getAByIdB', 'same', 'same2']);
    expect(read.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual([
      'schema-defect /paths/~1a~1{id}~1b/get',
      'schema-defect /paths/~1a~1{id}~1b/post',
      'schema-defect /paths/~1c/get/operationId',
    ]);
    expect(read.diagnostics[0]!.message).toContain('{id} but no parameter of that name');
    expect(read.diagnostics[2]!.message).toBe('operationId "same" is used by another operation too; this one is "same2"');
    expect(read.files[0]!.contents).toContain('export interface GetAByIdBPath {\n  id: string;\n}');
  });

  it('reads OpenAPI 3.2: the query method, additionalOperations, querystring and itemSchema', async () => {
    const read = await generate({
      input: {
        document: {
          openapi: '3.2.0',
          info: { title: 't', version: '1' },
          $self: 'https://example.com/api.json',
          paths: {
            '/items': {
              query: {
                operationId: 'queryItems',
                parameters: [
                  {
                    name: 'q',
                    in: 'querystring',
                    content: {
                      'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { page: { type: 'integer' } } } },
                    },
                  },
                ],
                requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
                responses: { '200': { description: 'ok', content: { 'application/jsonl': { itemSchema: { type: 'integer' } } } } },
              },
              additionalOperations: { COPY: { operationId: 'copyItems', responses: { '204': { description: 'copied' } } } },
            },
          },
        },
        name: 'api32.json',
      },
    });
    expect(read.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual(['unsupported-keyword /$self']);
    const types = read.files.find((f) => f.path === 'types.ts')!.contents;
    expect(types).toContain('query: operations["queryItems"];');
    expect(types).toContain('COPY: operations["copyItems"];');
    expect(types).toContain('query?: QueryItemsQuerystring["q"];');
    expect(types).toContain('"application/jsonl": QueryItemsResponse200Item[];');
  });
});
