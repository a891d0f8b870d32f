/**
 * Requests apart from responses (docs/directions.md), on the openapi-directions fixture: with `directions`,
 * request types reject readOnly properties and response types lack writeOnly ones, at any depth and
 * through recursion; defaults are optional in requests and present in responses; `z.input`/`z.output` of
 * the validators agree with those types (tsc, with the type proof) and parsing does what they say.
 * openapi-typescript's `--read-write-markers` output works with openapi-fetch's Readable/Writable and
 * agrees with openapi-typescript's own. And the real specs (needs ../shared/data) still compile.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, writeFiles, type GenerateOptions } from '../src/index.js';
import { runSync, scratchProject } from './cli-support.js';
import { root, sharedData, sharedDataMissing, typecheck } from './support.js';

const fixture = 'test/fixtures/openapi-directions/input.yaml';
const scratch = path.join(root, 'test/.tmp/directions');

async function generated(name: string, options: Partial<GenerateOptions>): Promise<string> {
  const result = await generate({ input: fixture, cwd: root, ...options });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const dir = path.join(scratch, name);
  await writeFiles(dir, result.files);
  return dir;
}

const types = `import type * as T from "./types.js";
import type { z } from "zod";
import type { CategoryReadableSchema, CategoryWritableSchema, PetReadableSchema, PetWritable2Schema } from "./zod.js";

type Is<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
type Body<P extends keyof T.paths, M extends keyof T.paths[P]> = NonNullable<T.paths[P][M] extends { requestBody?: infer B } ? B : never> extends { content: { "application/json": infer C } } ? C : never;

// A request type rejects a readOnly property: its own, one by a $ref with readOnly beside it, a nested one.
// @ts-expect-error id is readOnly
export const withId: T.PetWritable2 = { id: 1, name: "Rex" };
// @ts-expect-error created is readOnly (beside its $ref)
export const withCreated: T.PetWritable2 = { name: "Rex", created: "2026-01-01" };
// @ts-expect-error the owner's id is readOnly
export const nested: T.PetWritable2 = { name: "Rex", owner: { id: "o1" } };
// @ts-expect-error recursion: a child category's id is readOnly
export const child: T.CategoryWritable = { name: "a", children: [{ name: "b", id: 2 }] };
export const request: T.PetWritable2 = { name: "Rex", password: "s3cret", owner: { name: "Ann" }, note: "both marks: neither" };

// A response type lacks writeOnly properties.
export const noPassword: Is<"password" extends keyof T.PetReadable ? true : false, false> = true;
export const noToken: Is<"token" extends keyof T.SecretReadable ? true : false, false> = true;
export const keepsId: Is<T.PetReadable["id"], number> = true;

// Defaults: optional in a request, present in a response; a default that is no value of the type is left as written.
// (\`| undefined\`: the validator's default takes undefined as absent, as JSON.stringify leaves it out.)
export const statusIn: Is<Pick<T.PetWritable2, "status">, { status?: "available" | "sold" | undefined }> = true;
export const statusOut: Is<Pick<T.PetReadable, "status">, { status: "available" | "sold" }> = true;
export const childrenOut: Is<Pick<T.CategoryReadable, "children">, { children: T.CategoryReadable[] }> = true;
export const legsOut: Is<Pick<T.PetReadable, "legs">, { legs?: number }> = true;

// z.input is what a client sends, z.output what parsing gives: the request validator fills defaults in.
export const requestInput: Is<z.input<typeof PetWritable2Schema>, T.PetWritable2> = true;
export const requestOutput: Is<z.output<typeof PetWritable2Schema>["status"], "available" | "sold"> = true;
export const responseOutput: Is<z.output<typeof PetReadableSchema>, T.PetReadable> = true;
export const responseInput: Is<z.input<typeof PetReadableSchema>["status"], "available" | "sold" | undefined> = true;
export const recursiveInput: Is<z.input<typeof CategoryWritableSchema>, T.CategoryWritable> = true;
export const recursiveOutput: Is<z.output<typeof CategoryReadableSchema>, T.CategoryReadable> = true;

// paths and operations use the views; components keeps the schemas as written.
export const body: Is<Body<"/pets", "post">, T.PetWritable2> = true;
export const created: Is<T.operations["createPet"]["responses"][201]["content"]["application/json"], T.PetReadable> = true;
export const shared: Is<T.components["responses"]["PetResponse"]["content"]["application/json"], T.PetReadable> = true;
export const component: Is<T.components["schemas"]["Pet"], T.Pet> = true;
export const secretBody: Is<Body<"/secrets", "post">, T.Secret> = true;
// A webhook's body is sent by the API: what it sends.
export const webhook: Is<NonNullable<T.operations["petAdopted"]["requestBody"]>["content"]["application/json"], T.PetReadable> = true;
`;

describe('directions on the openapi-directions fixture', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await generated('views', { directions: true, typeProof: true, targets: ['ts', 'zod'] });
    writeFileSync(path.join(dir, 'types-check.ts'), types);
  }, 120_000);

  it('types and validators agree: the type proof and the checks compile', async () => {
    const files = ['types.ts', 'zod.ts', 'types-check.ts'].map((f) => path.join(dir, f));
    expect(await typecheck(files, { noUnusedLocals: false })).toEqual([]);
    expect(await typecheck(files, { noUnusedLocals: false, exactOptionalPropertyTypes: true })).toEqual([]);
  }, 120_000);

  it('parses as the types say', async () => {
    const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as Record<
      string,
      { parse(v: unknown): unknown; safeParse(v: unknown): { success: boolean } }
    > & {
      parseRequest: (id: string, received: Record<string, unknown>) => { success: boolean; data?: Record<string, unknown> };
      operations: Record<string, { body?: Record<string, unknown>; responses: Record<string, Record<string, unknown>> }>;
    };
    // A request: readOnly left out (an open object strips it), the default filled in.
    expect(zod['PetWritable2Schema']!.parse({ id: 1, name: 'Rex' })).toEqual({ name: 'Rex', status: 'available' });
    // A response: writeOnly left out, the default filled in, readOnly kept.
    expect(zod['PetReadableSchema']!.parse({ id: 1, name: 'Rex', password: 'x' })).toEqual({ id: 1, name: 'Rex', status: 'available' });
    // A closed object's response rejects its writeOnly property; its request takes it.
    expect(zod['SecretReadableSchema']!.safeParse({ token: 't', hint: 'h' }).success).toBe(false);
    expect(zod['SecretSchema']!.safeParse({ token: 't', hint: 'h' }).success).toBe(true);
    // The wire validator is the schema as written: no defaults filled in.
    expect(zod['PetSchema']!.parse({ id: 1, name: 'Rex' })).toEqual({ id: 1, name: 'Rex' });
    // parseRequest and the operations table use the views, recursion included.
    const parsed = zod.parseRequest('putCategory', { body: { name: 'a', id: 9, children: [{ name: 'b', id: 2 }] } });
    expect(parsed.data?.['body']).toEqual({ name: 'a', children: [{ name: 'b', children: [] }] });
    expect(zod.parseRequest('createPet', { body: { name: 'Rex' } }).data?.['body']).toEqual({ name: 'Rex', status: 'available' });
    expect(zod.operations['createPet']!.body!['application/json']).toBe(zod['PetWritable2Schema']);
    expect(zod.operations['createPet']!.responses['201']!['application/json']).toBe(zod['PetReadableSchema']);
  });

  it('leaves schema.json and the docs on the wire schema, and types.ts as it was without the option', async () => {
    const plain = await generate({ input: fixture, cwd: root });
    const split = await generate({ input: fixture, cwd: root, directions: true });
    const file = (r: typeof plain, name: string) => r.files.find((f) => f.path === name)!.contents;
    expect(file(plain, 'types.ts')).not.toContain('PetReadable');
    expect(file(split, 'types.ts')).toContain('export interface PetReadable');
    // The banner names the option; the rest of schema.json and README.md is the same.
    const unbannered = (text: string) => text.replace(/ --directions/g, '');
    expect(unbannered(file(split, 'schema.json'))).toEqual(file(plain, 'schema.json'));
    expect(unbannered(file(split, 'README.md'))).toEqual(file(plain, 'README.md'));
    expect(file(split, 'schema.json')).toContain('"readOnly": true');
  });
});

/**
 * A client over the marked types. Without views, openapi-fetch's Writable makes a readOnly property
 * `?: never`; with them, the request type leaves it out, and openapi-fetch's generic body (which makes no
 * excess-property check, for any extra key) lets it through: those two checks hold without views only.
 */
const client = (views: boolean) => `import createClient from "openapi-fetch";
import type { $Read, $Write, components, paths } from "./types.js";

type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const client = createClient<paths>({ baseUrl: "https://pets.test" });

export async function calls(): Promise<void> {
  ${views ? '' : "// @ts-expect-error a readOnly property in a request body (openapi-fetch's Writable makes it ?: never)"}
  await client.POST("/pets", { body: { id: 1, name: "Rex" } });
  ${views ? '' : "// @ts-expect-error the owner's readOnly id, nested"}
  await client.POST("/pets", { body: { name: "Rex", owner: { id: "o1" } } });
  await client.POST("/pets", { body: { name: "Rex", password: "s3cret" } });
  // @ts-expect-error a required property left out
  await client.POST("/pets", { body: { password: "s3cret" } });
  const { data } = await client.GET("/pets/{id}", { params: { path: { id: 1 } } });
  if (data) {
    const id: number = data.id;
    // @ts-expect-error a writeOnly property is not in a response (openapi-fetch's Readable)
    const password: string | undefined = data.password;
    console.log(id, password);
  }
}

export const readMark: Is<components["schemas"]["Pet"]["id"], $Read<number>> = true;
export const writeMark: Is<components["schemas"]["Pet"]["password"], $Write<string> | undefined> = true;
export const neither: Is<components["schemas"]["Pet"]["note"], string | undefined> = true;
`;

describe("openapi-typescript's --read-write-markers", () => {
  it('works with openapi-fetch as openapi-typescript 7.13 output does, with and without directions', async () => {
    const files: string[] = [];
    for (const [name, options] of [
      ['markers', { readWriteMarkers: true }],
      ['markers-views', { readWriteMarkers: true, directions: true }],
    ] as const) {
      const dir = await generated(name, { ...options, targets: ['ts', 'zod'], typeProof: true });
      writeFileSync(path.join(dir, 'client.ts'), client(name === 'markers-views'));
      files.push(...['types.ts', 'zod.ts', 'client.ts'].map((f) => path.join(dir, f)));
    }
    expect(await typecheck(files)).toEqual([]);
  }, 180_000);

  it("agrees with openapi-typescript's own output: each component, and each body and response through Writable/Readable", async () => {
    const dir = await generated('markers-parity', { readWriteMarkers: true, targets: ['ts'] });
    const document = readFileSync(path.join(root, fixture), 'utf8');
    // openapi-typescript makes a property with a default required (difference 1): compared without that.
    const theirs = astToString(await openapiTS(document, { readWriteMarkers: true, defaultNonNullable: false, silent: true }));
    writeFileSync(path.join(dir, 'theirs.ts'), theirs);
    const schemas = ['Pet', 'Owner', 'Tag', 'Category', 'Secret', 'PetWritable'];
    const lines = [
      'import type * as O from "./types.js";',
      'import type * as T from "./theirs.js";',
      'import type { Readable, Writable } from "openapi-typescript-helpers";',
      'type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
      'type Expect<X extends true> = X;',
      ...schemas.map((s) => `export type Schema${s} = Expect<Mutual<O.components["schemas"]["${s}"], T.components["schemas"]["${s}"]>>;`),
      'type BodyOf<P> = P extends { requestBody?: infer B } ? NonNullable<B> extends { content: { "application/json": infer C } } ? C : never : never;',
      'export type Request = Expect<Mutual<Writable<BodyOf<O.paths["/pets"]["post"]>>, Writable<BodyOf<T.paths["/pets"]["post"]>>>>;',
      'export type Response = Expect<Mutual<Readable<O.paths["/pets/{id}"]["get"]["responses"][200]["content"]["application/json"]>, Readable<T.paths["/pets/{id}"]["get"]["responses"][200]["content"]["application/json"]>>>;',
      'export type Helpers = Expect<Mutual<O.Writable<O.components["schemas"]["Category"]>, Writable<T.components["schemas"]["Category"]>>>;',
    ];
    writeFileSync(path.join(dir, 'check.ts'), lines.join('\n') + '\n');
    expect(await typecheck([path.join(dir, 'check.ts')], { noUnusedLocals: false })).toEqual([]);
  }, 180_000);
});

const skip = sharedDataMissing('the directions run over the real specs');

describe.skipIf(skip !== undefined)('directions over the real specs', () => {
  it('Letta, the OpenAPI corpus and the Swagger 2.0 corpus still compile, with the type proof', async () => {
    const swagger2 = readdirSync(path.join(sharedData, 'swagger2-corpus')).sort();
    const inputs = [
      path.join(sharedData, 'letta-openapi.json'),
      ...readdirSync(path.join(sharedData, 'openapi-corpus'))
        .sort()
        .map((f) => path.join(sharedData, 'openapi-corpus', f)),
      // The Swagger 2.0 documents that mark properties readOnly (their views are the point here).
      ...swagger2.map((f) => path.join(sharedData, 'swagger2-corpus', f)).filter((f) => /"readOnly"/.test(readFileSync(f, 'utf8'))),
    ];
    const files: string[] = [];
    const views: Record<string, number> = {};
    for (const input of inputs) {
      const result = await generate({ input, cwd: root, targets: ['ts', 'zod'], directions: true, typeProof: true });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const name = path.basename(input).replace(/\.\w+$/, '');
      const dir = path.join(scratch, 'corpus', name);
      await writeFiles(dir, result.files);
      files.push(path.join(dir, 'types.ts'), path.join(dir, 'zod.ts'));
      const typesText = result.files.find((f) => f.path === 'types.ts')!.contents;
      views[name] = (typesText.match(/^export (?:interface|type) \w+(?:Writable|Readable)\d*\b/gm) ?? []).length;
    }
    // Views where the specs mark properties or give defaults (Letta's pydantic defaults; the Swagger 2.0 readOnly marks).
    expect(views['letta-openapi']).toBeGreaterThan(0);
    expect(Object.entries(views).filter(([name, n]) => /_/.test(name) && n > 0).length).toBeGreaterThan(0);
    console.log('directions views per spec:', JSON.stringify(views));
    // (noUnusedLocals off: the proof of a document without schemas, oai32-tags-example, names nothing.)
    expect(await typecheck(files, { noUnusedLocals: false })).toEqual([]);
  }, 900_000);
});

describe('on the command line', () => {
  it("--directions, and openapi-typescript's command line with --read-write-markers (directions stay off there)", () => {
    const project = scratchProject('directions');
    cpSync(path.join(root, fixture), path.join(project, 'api.yaml'));
    const run = runSync(['generate', 'api.yaml', '--targets', 'ts,zod', '-o', 'gen', '--directions'], project);
    expect(run.code).toBe(0);
    const types = readFileSync(path.join(project, 'gen/types.ts'), 'utf8');
    expect(types).toContain('npx structgen generate api.yaml --out gen --targets ts,zod --directions');
    expect(types).toContain('export interface PetWritable2 {');
    expect(readFileSync(path.join(project, 'gen/zod.ts'), 'utf8')).toContain('body: { "application/json": PetWritable2Schema }');
    expect(runSync(['generate', 'api.yaml', '--targets', 'ts,zod', '-o', 'gen', '--directions', '--check'], project).code).toBe(0);

    const theirs = runSync(['api.yaml', '-o', 'schema.ts', '--read-write-markers'], project);
    expect(theirs.code).toBe(0);
    const marked = readFileSync(path.join(project, 'schema.ts'), 'utf8');
    expect(marked).toContain('export type $Read<T> = { readonly $read: T };');
    expect(marked).toMatch(/^ {2}id: \$Read<number>;$/m);
    expect(marked).not.toContain('PetReadable');
  }, 60_000);
});

describe('Swagger 2.0', () => {
  it('has readOnly too: a body parameter is what the API receives, a response what it sends', async () => {
    const document = {
      swagger: '2.0',
      info: { title: 'pets', version: '1' },
      paths: {
        '/pets': {
          post: {
            operationId: 'addPet',
            parameters: [{ name: 'pet', in: 'body', required: true, schema: { $ref: '#/definitions/Pet' } }],
            responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Pet' } } },
          },
        },
      },
      definitions: {
        Pet: {
          type: 'object',
          required: ['id', 'name'],
          properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' }, kind: { type: 'string', default: 'dog' } },
        },
      },
    };
    const result = await generate({ input: { document, name: 'pets.json' }, cwd: root, targets: ['ts'], directions: true });
    const types = result.files[0]!.contents;
    expect(types).toMatch(
      /export interface PetWritable \{\n {2}name: string;\n {2}\/\*\* @default "dog" \*\/\n {2}kind\?: string \| undefined;\n\}/,
    );
    expect(types).toMatch(
      /export interface PetReadable \{\n {2}\/\*\* @readonly \*\/\n {2}id: number;\n {2}name: string;\n {2}\/\*\* @default "dog" \*\/\n {2}kind: string;\n\}/,
    );
    expect(types).toContain('"application/json": PetWritable;');
  });
});
