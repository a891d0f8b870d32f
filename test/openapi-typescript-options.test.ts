/**
 * openapi-typescript 7's remaining options under its names (dedupeEnums, propertiesRequiredByDefault,
 * pathParamsAsTypes, generatePathParams) and its Node API's `transform`/`postTransform` hooks, each held
 * to what openapi-typescript's documentation says it does (docs/openapi-typescript.md maps them), and,
 * where the two generators can be compared, to openapi-typescript 7.13's own output for the same option.
 * The first thirteen options are tested in openapi-typescript-compat.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { generate, type GenerateOptions } from '../src/index.js';
import { runSync, scratchProject } from './cli-support.js';
import { root, typecheck } from './support.js';

const scratch = path.join(root, 'test/.tmp/openapi-typescript-options');

const document = {
  openapi: '3.0.3',
  info: { title: 'options', version: '1' },
  paths: {
    '/user/{user_id}': {
      get: {
        operationId: 'getUser',
        parameters: [{ name: 'user_id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } } },
      },
    },
    '/orgs/{org}/flags/{on}': {
      get: {
        operationId: 'getFlag',
        // {org} is named by the template only.
        parameters: [{ name: 'on', in: 'path', required: true, schema: { type: 'boolean' } }],
        responses: { '204': { description: 'done' } },
      },
    },
    '/files/{name}': {
      get: { operationId: 'getFile', responses: { '204': { description: 'done' } } },
    },
  },
  components: {
    schemas: {
      User: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          updated_at: { type: 'string', format: 'date-time' },
          deleted_at: { type: 'string', format: 'date-time', nullable: true },
          logins: { type: 'array', items: { type: 'string', format: 'date-time' } },
          colour: { $ref: '#/components/schemas/Colour' },
        },
      },
      Listed: { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'string' } } },
      NoneListed: { type: 'object', required: [], properties: { a: { type: 'string' } } },
      Color: { type: 'string', enum: ['red', 'green'] },
      Colour: { type: 'string', enum: ['green', 'red'] },
      Size: { type: 'string', enum: ['s', 'm'] },
      Upload: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    },
  },
};

async function typesWith(options: Partial<GenerateOptions>, input: Record<string, unknown> = document): Promise<string> {
  const result = await generate({ input: { document: input, name: 'options.json' }, cwd: root, targets: ['ts'], ...options });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files[0]!.contents;
}

/** Writes types.ts (and openapi-typescript's output for `theirs`, as theirs.ts) and type-checks `usage` beside them. */
async function compiles(name: string, types: string, usage: string, theirs?: Record<string, unknown>): Promise<string[]> {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'types.ts'), types);
  if (theirs) writeFileSync(path.join(dir, 'theirs.ts'), astToString(await openapiTS(structuredClone(document) as never, theirs)));
  writeFileSync(path.join(dir, 'usage.ts'), usage);
  return typecheck([path.join(dir, 'usage.ts')], { noUnusedLocals: false });
}

const assertions = `
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<X extends true> = X;
`;

describe('dedupeEnums (--dedupe-enums): "Dedupe enum types when --enum=true is set"', () => {
  it('declares one enum per set of values; a later name is an alias of the first', async () => {
    const types = await typesWith({ enum: true, dedupeEnums: true, enumValues: true });
    // Colour is written first (User, which comes before Color, refers to it).
    expect(types.match(/^export enum /gm)).toHaveLength(2);
    expect(types).toMatch(/^export enum Colour \{$/m);
    expect(types).toContain('export type Color = Colour;');
    expect(types).toMatch(/^export enum Size \{$/m);
    expect(types).toContain('export const colorValues: ReadonlyArray<Color> = [Colour.Red, Colour.Green];');
    // Without it, each enum is declared.
    expect((await typesWith({ enum: true })).match(/^export enum /gm)).toHaveLength(3);
    // As openapi-typescript: with the option, one enum fewer than without.
    const enumsOf = async (dedupeEnums: boolean) =>
      astToString(await openapiTS(structuredClone(document) as never, { enum: true, dedupeEnums })).match(/^export enum /gm)!.length;
    expect((await enumsOf(false)) - (await enumsOf(true))).toBe(1);
    const errors = await compiles(
      'dedupe-enums',
      types,
      `import { Colour, colorValues, type Color, type User } from "./types.js";
${assertions}
export type Same = Expect<Equal<Color, Colour>>;
export const user: User = { colour: Colour.Red };
export const red: Color | undefined = colorValues[0];
`,
    );
    expect(errors).toEqual([]);
  });
});

describe('propertiesRequiredByDefault (--properties-required-by-default)', () => {
  it('"Treat schema objects without required as having all properties required"', async () => {
    const types = await typesWith({ propertiesRequiredByDefault: true });
    expect(types).toMatch(/^ {2}id: number;$/m);
    expect(types).toMatch(/^ {2}logins: string\[\];$/m);
    // A schema that says `required` keeps what it says, an empty list too.
    expect(types).toMatch(/^export interface Listed \{\n {2}a: string;\n {2}b\?: string;\n\}$/m);
    expect(types).toMatch(/^export interface NoneListed \{\n {2}a\?: string;\n\}$/m);
    expect(await typesWith({})).toMatch(/^ {2}id\?: number;$/m);
  });

  it('agrees with openapi-typescript’s types under the same option', async () => {
    const types = await typesWith({ propertiesRequiredByDefault: true });
    const errors = await compiles(
      'properties-required',
      types,
      `import type * as O from "./types.js";
import type { components } from "./theirs.js";
${assertions}
export type U = Expect<Mutual<O.User, components["schemas"]["User"]>>;
export type L = Expect<Mutual<O.Listed, components["schemas"]["Listed"]>>;
export type N = Expect<Mutual<O.NoneListed, components["schemas"]["NoneListed"]>>;
`,
      { propertiesRequiredByDefault: true, defaultNonNullable: false },
    );
    expect(errors).toEqual([]);
  });
});

describe('pathParamsAsTypes (--path-params-as-types): "Allow dynamic string lookups on the paths object"', () => {
  it('keys paths with parameters by template literal types, by the parameter’s type', async () => {
    const types = await typesWith({ pathParamsAsTypes: true });
    expect(types).toContain('[path: `/user/${number}`]: {');
    expect(types).toContain('[path: `/orgs/${string}/flags/${boolean}`]: {');
    expect(types).not.toContain('"/user/{user_id}": {');
    // The documented use: a URL built at run time finds its entry.
    const errors = await compiles(
      'path-params-as-types',
      types,
      `import type { paths, User } from "./types.js";
${assertions}
declare const id: number;
const url = \`/user/\${id}\` as const;
type UserResponses = paths[typeof url]["get"]["responses"];
export type Found = Expect<Equal<UserResponses[200]["content"]["application/json"], User>>;
export type Flag = paths[\`/orgs/acme/flags/\${boolean}\`]["get"];
`,
    );
    expect(errors).toEqual([]);
  });

  it('escapes path text that would end or change the template literal', async () => {
    const odd = {
      openapi: '3.1.0',
      info: { title: 'odd', version: '1' },
      paths: {
        '/a`b\\c$/{id}': {
          get: {
            operationId: 'odd',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '204': { description: 'done' } },
          },
        },
      },
    };
    const result = await generate({ input: { document: odd, name: 'odd.json' }, cwd: root, targets: ['ts'], pathParamsAsTypes: true });
    const types = result.files[0]!.contents;
    expect(types).toContain('[path: `/a\\`b\\\\c$/${string}`]: {');
    const errors = await compiles(
      'path-params-odd',
      types,
      `import type { paths } from "./types.js";
export type Found = paths["/a\`b\\\\c$/42"]["get"];
`,
    );
    expect(errors).toEqual([]);
  });
});

describe('generatePathParams (--generate-path-params): "Generate path parameters for all paths where they are undefined by schema"', () => {
  it('is structgen’s default: a {name} without a parameter is a required string, with a warning', async () => {
    const result = await generate({ input: { document, name: 'options.json' }, cwd: root, targets: ['ts'] });
    expect(result.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual([
      'schema-defect /paths/~1orgs~1{org}~1flags~1{on}/get',
      'schema-defect /paths/~1files~1{name}/get',
    ]);
    const types = result.files[0]!.contents;
    expect(types).toMatch(/^export interface GetFilePath \{\n {2}name: string;\n\}$/m);
    const withoutBanner = (text: string) => text.replace(/^\/\/ Regenerate: .*$/m, '');
    expect(withoutBanner(await typesWith({ generatePathParams: true }))).toBe(withoutBanner(types));
  });

  it('false leaves such parameters out of types.ts, as openapi-typescript does by default', async () => {
    const types = await typesWith({ generatePathParams: false });
    expect(types).toContain('path: Omit<GetFlagPath, "org">;');
    expect(types).toMatch(/getFile: \{\n {4}parameters: \{\n {6}query\?: never;\n {6}header\?: never;\n {6}path\?: never;/);
    for (const [name, option] of [
      ['generate-path-params-off', false],
      ['generate-path-params-on', true],
    ] as const) {
      const errors = await compiles(
        name,
        await typesWith({ generatePathParams: option }),
        `import type { operations } from "./types.js";
import type { operations as Theirs } from "./theirs.js";
${assertions}
export type Flag = Expect<Mutual<operations["getFlag"]["parameters"]["path"], Theirs["getFlag"]["parameters"]["path"]>>;
export type File = Expect<Mutual<operations["getFile"]["parameters"]["path"], Theirs["getFile"]["parameters"]["path"]>>;
`,
        { generatePathParams: option },
      );
      expect(errors).toEqual([]);
    }
  });
});

describe('transform / postTransform: openapi-typescript’s Node API hooks, for types.ts', () => {
  // openapi-typescript's documented example: `format: date-time` as `Date` (and `Date | null` where nullable).
  const dates: GenerateOptions['transform'] = (schemaObject) =>
    schemaObject['format'] === 'date-time' ? (schemaObject['nullable'] ? 'Date | null' : 'Date') : undefined;

  it('transform: the type returned is written for that schema, wherever it is (property, items)', async () => {
    const types = await typesWith({ transform: dates });
    expect(types).toMatch(/^ {2}updated_at\?: Date;$/m);
    expect(types).toMatch(/^ {2}deleted_at\?: Date \| null;$/m);
    expect(types).toMatch(/^ {2}logins\?: Date\[\];$/m);
    expect(types).toMatch(/^ {2}id\?: number;$/m);
    // The validators keep what the schema says: a string on the wire.
    const result = await generate({ input: { document, name: 'options.json' }, cwd: root, targets: ['zod'], transform: dates });
    expect(result.files[0]!.contents).toMatch(/updated_at: formatted\("date-time", isDateTime\)/);
  });

  it('transform: { schema, questionToken } makes a property optional; metadata names the schema’s pointer', async () => {
    const seen: string[] = [];
    const types = await typesWith({
      transform(schemaObject, metadata) {
        seen.push(metadata.path);
        expect(metadata.schemaObject).toBe(schemaObject);
        if (schemaObject['format'] === 'binary') return { schema: 'Blob', questionToken: true };
        return undefined;
      },
    });
    expect(types).toMatch(/^export interface Upload \{\n {2}\/\*\* @format binary \*\/\n {2}file\?: Blob;\n\}$/m);
    expect(seen).toContain('#/components/schemas/User');
    expect(seen).toContain('#/components/schemas/User/properties/updated_at');
    expect(seen).toContain('#/components/schemas/User/properties/logins/items');
    expect(seen).toContain('#/components/schemas/Upload/properties/file');
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('sees schemas only: a parameter’s and a header’s schema, not the sets structgen makes of them', async () => {
    const withHeaders = {
      openapi: '3.1.0',
      info: { title: 'headers', version: '1' },
      paths: {
        '/items': {
          get: {
            operationId: 'listItems',
            parameters: [{ name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' } }],
            responses: {
              '200': {
                description: 'ok',
                headers: { 'X-Total': { schema: { type: 'integer' } } },
                content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
              },
            },
          },
        },
      },
    };
    const seen: string[] = [];
    const types = await typesWith(
      {
        transform: (schemaObject, { path }) => {
          seen.push(path);
          return schemaObject['format'] === 'date-time' ? 'Date' : undefined;
        },
      },
      withHeaders,
    );
    // A parameter's and a header's own schema are seen, where they are; their sets are not.
    expect(seen.sort()).toEqual([
      '#/paths/~1items/get/parameters/0/schema',
      '#/paths/~1items/get/responses/200/content/application~1json/schema',
      '#/paths/~1items/get/responses/200/content/application~1json/schema/items',
      '#/paths/~1items/get/responses/200/headers/X-Total/schema',
    ]);
    expect(types).toMatch(/^ {2}since\?: Date;$/m);
  });

  it('a definition transform rewrites the whole type, as an alias', async () => {
    const types = await typesWith({
      transform: (_, { path }) => (path === '#/components/schemas/Listed' ? 'Record<string, string>' : undefined),
    });
    expect(types).toContain('export type Listed = Record<string, string>;');
  });

  it('postTransform: gets the type structgen wrote and may replace it', async () => {
    const types = await typesWith({
      postTransform: (type, { path }) => (path.endsWith('/properties/id') ? `${type} & { readonly __brand: "UserId" }` : undefined),
    });
    expect(types).toMatch(/^ {2}id\?: number & \{ readonly __brand: "UserId" \};$/m);
  });

  it('the generated file compiles with the hooks’ types', async () => {
    const types = await typesWith({ transform: dates });
    const errors = await compiles(
      'transform',
      types,
      `import type { User } from "./types.js";
export const user: User = { updated_at: new Date(), deleted_at: null, logins: [new Date()] };
`,
    );
    expect(errors).toEqual([]);
  });

  it('a hook that throws or returns what is not a type is a located error, and nothing is written', async () => {
    const thrown = await generate({
      input: { document, name: 'options.json' },
      cwd: root,
      targets: ['ts'],
      transform: (s) => {
        if (s['format'] === 'binary') throw new Error('no binaries here');
        return undefined;
      },
    });
    expect(thrown.files).toEqual([]);
    expect(thrown.diagnostics.map((d) => `${d.code} ${d.pointer} ${d.message}`)).toContain(
      'transform-failed /components/schemas/Upload/properties/file transform threw at #/components/schemas/Upload/properties/file: no binaries here',
    );
    const wrong = await generate({
      input: { document, name: 'options.json' },
      cwd: root,
      targets: ['ts'],
      postTransform: () => 42 as unknown as string,
    });
    expect(wrong.files).toEqual([]);
    expect(wrong.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toContain('transform-failed');
  });

  it('in structgen.config.ts as docs/openapi-typescript.md shows it, and refused in a JSON config', () => {
    const project = scratchProject('transform');
    // JSON is YAML: the example's input name stays.
    writeFileSync(path.join(project, 'openapi.yaml'), JSON.stringify(document));
    const page = readFileSync(path.join(root, 'docs/openapi-typescript.md'), 'utf8');
    const example = /```ts\n\/\/ structgen\.config\.ts\n([\s\S]*?)```/.exec(page)![1]!;
    writeFileSync(path.join(project, 'structgen.config.ts'), example);
    const run = runSync(['generate'], project);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    const types = readFileSync(path.join(project, 'src/api/schema/types.ts'), 'utf8');
    expect(types).toMatch(/^ {2}updated_at\?: Date;$/m);
    expect(types).toMatch(/^ {2}deleted_at\?: Date \| null;$/m);
    expect(types).toMatch(/^ {2}file\?: Blob;$/m);
    expect(types).toMatch(/^ {2}id\?: number & \{ __brand: "Id" \};$/m);
    const json = scratchProject('transform-json');
    writeFileSync(path.join(json, 'api.json'), JSON.stringify(document));
    writeFileSync(path.join(json, 'structgen.config.json'), JSON.stringify({ documents: [{ input: 'api.json', transform: 'Date' }] }));
    const refused = runSync(['generate'], json);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/transform/);
  });
});

describe('the four flags on the command line', () => {
  it('are accepted under openapi-typescript’s names and written into the banner', () => {
    const project = scratchProject('ot-flags');
    writeFileSync(path.join(project, 'api.json'), JSON.stringify(document));
    const flags = ['--enum', '--dedupe-enums', '--properties-required-by-default', '--path-params-as-types', '--generate-path-params'];
    const run = runSync(['generate', 'api.json', '--targets', 'ts', '-o', 'gen', ...flags], project);
    expect(run.code).toBe(0);
    const types = readFileSync(path.join(project, 'gen/types.ts'), 'utf8');
    expect(types).toContain(`npx structgen generate api.json --out gen --targets ts ${flags.join(' ')}`);
    expect(types).toContain('export type Color = Colour;');
    expect(types).toMatch(/^ {2}id: number;$/m);
    expect(types).toContain('[path: `/user/${number}`]: {');
    expect(types).toMatch(/^export interface GetFilePath \{\n {2}name: string;\n\}$/m);
    expect(runSync(['generate', 'api.json', '--targets', 'ts', '-o', 'gen', ...flags, '--check'], project).code).toBe(0);
  });
});

describe('a parameter without a schema', () => {
  it('is a string, as openapi-typescript reads it, in types.ts and zod.ts, with a warning that says so', async () => {
    const input = {
      openapi: '3.1.0',
      info: { title: 'bare', version: '1' },
      paths: {
        '/search': {
          get: { operationId: 'search', parameters: [{ name: 'q', in: 'query' }], responses: { '204': { description: 'done' } } },
        },
      },
    };
    const result = await generate({ input: { document: input, name: 'bare.json' }, cwd: root, targets: ['ts', 'zod'] });
    expect(result.diagnostics.map((d) => `${d.code} ${d.pointer} ${d.message}`)).toEqual([
      'schema-defect /paths/~1search/get/parameters/0 parameter "q" has neither "schema" nor "content"; read as a string',
    ]);
    const [types, zod] = result.files.map((f) => f.contents);
    expect(types).toMatch(/^ {2}q\?: string;$/m);
    expect(zod).toMatch(/^ {2}q: string\(\)\.exactOptional\(\),$/m);
  });
});

describe('excludeDeprecated and additionalProperties, against openapi-typescript under the same options', () => {
  const deprecations = {
    openapi: '3.1.0',
    info: { title: 'deprecations', version: '1' },
    paths: {
      '/old': {
        get: { operationId: 'oldThing', deprecated: true, responses: { '204': { description: 'gone' } } },
        post: {
          operationId: 'newThing',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Open' } } } } },
        },
      },
      '/gone': {
        parameters: [{ name: 'id', in: 'query', schema: { type: 'string' } }],
        get: { operationId: 'goneThing', deprecated: true, responses: { '204': { description: 'gone' } } },
      },
    },
    components: {
      schemas: {
        Closed: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
        Open: {
          type: 'object',
          properties: { a: { type: 'string' }, d: { type: 'string', deprecated: true }, r: { $ref: '#/components/schemas/Dep' } },
        },
        Dep: { type: 'object', deprecated: true, properties: { x: { type: 'string' } } },
      },
    },
  };

  it('agree on paths, operations and components; only difference 20 (additionalProperties: false stays closed) remains', async () => {
    const options = { excludeDeprecated: true, additionalProperties: true };
    const types = await typesWith(options, deprecations);
    expect(types).toMatch(/^ {2}"\/gone": \{\n {4}parameters: \{\n {6}query\?: GoneThingQuery;/m);
    expect(types).not.toMatch(/^ {2}oldThing: \{/m);
    const dir = path.join(scratch, 'deprecations');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'types.ts'), types);
    writeFileSync(path.join(dir, 'theirs.ts'), astToString(await openapiTS(structuredClone(deprecations) as never, options)));
    const lines = [
      'import type * as O from "./types.js";',
      'import type * as T from "./theirs.js";',
      'type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
      'type Expect<X extends true> = X;',
      'export type Paths = Expect<Mutual<keyof O.paths, keyof T.paths>>;',
      'export type Old = Expect<Mutual<O.paths["/old"]["get"], T.paths["/old"]["get"]>>;',
      'export type New = Expect<Mutual<O.paths["/old"]["post"]["responses"][200]["content"]["application/json"], T.paths["/old"]["post"]["responses"][200]["content"]["application/json"]>>;',
      'export type Gone = Expect<Mutual<O.paths["/gone"], T.paths["/gone"]>>;',
      'export type Operations = Expect<Mutual<keyof O.operations, keyof T.operations>>;',
      'export type Schemas = Expect<Mutual<keyof O.components["schemas"], keyof T.components["schemas"]>>;',
      'export type Open = Expect<Mutual<O.components["schemas"]["Open"], T.components["schemas"]["Open"]>>;',
      'export type Closed = Expect<Mutual<O.components["schemas"]["Closed"], T.components["schemas"]["Closed"]>>;',
    ];
    writeFileSync(path.join(dir, 'check.ts'), lines.join('\n') + '\n');
    const errors = await typecheck([path.join(dir, 'check.ts')], { noUnusedLocals: false });
    expect(errors.map((e) => lines[Number(/:(\d+) /.exec(e)![1]) - 1]!.split(' = ')[0])).toEqual(['export type Closed']);
  });
});
