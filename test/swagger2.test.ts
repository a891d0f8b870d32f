/**
 * Swagger 2.0 read with its own rules (src/read/swagger2/): what a conversion to OpenAPI 3 would lose
 * (header parameters named Authorization, Accept or Content-Type; `collectionFormat: tsv`; YAML 1.1
 * enums of booleans under `type: string`), where each payload goes (`consumes`, `produces`, `formData`,
 * `type: file`), located diagnostics, and `--upstream` taking a Swagger 2.0 document.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, type Model, type NodeOf } from '../src/index.js';
import { loadDocument, readDocument } from '../src/read/index.js';
import { root } from './support.js';

async function read(text: string, name = 'api.yaml'): Promise<{ model?: Model; diagnostics: import('../src/index.js').Diagnostic[] }> {
  const loaded = await loadDocument({ document: text, name }, root);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return readDocument(loaded.document, { cwd: root });
}

const document = (paths: string, extra = '') => `swagger: "2.0"
info: { title: T, version: "1" }
${extra}
paths:
${paths}
`;

const definition = (model: Model, name: string) => model.definitions.find((d) => d.name === name)!;
const properties = (model: Model, name: string) => (definition(model, name).type as NodeOf<'object'>).properties;

describe('Swagger 2.0 parameters', () => {
  it('keeps header parameters of any name, which OpenAPI 3 would drop', async () => {
    const { model, diagnostics } = await read(
      document(`  /a:
    get:
      parameters:
        - { name: Authorization, in: header, required: true, type: string }
        - { name: Accept, in: header, type: string }
        - { name: Content-Type, in: header, type: string }
      responses: { "200": { description: ok } }`),
    );
    expect(diagnostics).toEqual([]);
    const headers = model!.operations[0]!.parameters.find((g) => g.in === 'header')!;
    expect(headers.parameters.map((p) => [p.name, p.required])).toEqual([
      ['Authorization', true],
      ['Accept', false],
      ['Content-Type', false],
    ]);
  });

  it('reads collectionFormat as the style, and tsv as tab-delimited', async () => {
    const { model } = await read(
      document(`  /a/{ids}:
    get:
      parameters:
        - { name: ids, in: path, required: true, type: array, items: { type: integer } }
        - { name: c, in: query, type: array, items: { type: string }, collectionFormat: csv }
        - { name: s, in: query, type: array, items: { type: string }, collectionFormat: ssv }
        - { name: t, in: query, type: array, items: { type: string }, collectionFormat: tsv }
        - { name: p, in: query, type: array, items: { type: string }, collectionFormat: pipes }
        - { name: m, in: query, type: array, items: { type: string }, collectionFormat: multi }
        - { name: one, in: query, type: string }
      responses: { "200": { description: ok } }`),
    );
    const styles = model!.operations[0]!.parameters.flatMap((g) => g.parameters.map((p) => `${p.name} ${p.style} ${p.explode}`));
    expect(styles).toEqual([
      'c form false',
      's spaceDelimited false',
      't tabDelimited false',
      'p pipeDelimited false',
      'm form true',
      'one form true',
      'ids simple false',
    ]);
  });

  it('reads a YAML enum of booleans under type: string as strings, with a located warning', async () => {
    const { model, diagnostics } = await read(
      document(`  /a:
    get:
      parameters:
        - name: flag
          in: query
          type: string
          enum: [true, false, maybe]
      responses: { "200": { description: ok } }`),
    );
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer, d.line])).toEqual([
      ['enum-coerced', 'warning', '/paths/~1a/get/parameters/0/enum', 11],
    ]);
    const flag = properties(model!, 'GetAQuery')[0]!;
    expect(flag.type).toEqual({ kind: 'enum', members: [{ value: 'true' }, { value: 'false' }, { value: 'maybe' }] });
  });

  it('keeps allowEmptyValue on query parameters and says where it does not apply', async () => {
    const { model, diagnostics } = await read(
      document(`  /a/{id}:
    get:
      parameters:
        - { name: q, in: query, type: string, allowEmptyValue: true }
        - { name: id, in: path, required: true, type: string, allowEmptyValue: true }
      responses: { "200": { description: ok } }`),
    );
    expect(model!.operations[0]!.parameters[0]!.parameters[0]!.allowEmptyValue).toBe(true);
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([['schema-defect', '/paths/~1a~1{id}/get/parameters/1/allowEmptyValue']]);
  });

  it('lets an allowEmptyValue parameter be sent empty in every target: T | "" in types, validators and schema.json', async () => {
    const text = document(`  /items:
    get:
      operationId: listItems
      parameters:
        - { name: limit, in: query, type: integer, minimum: 1, allowEmptyValue: true }
        - { name: code, in: query, required: true, type: string, minLength: 3, allowEmptyValue: true }
        - { name: q, in: query, type: string, allowEmptyValue: true }
        - { name: strict, in: query, type: integer }
      responses: { "204": { description: ok } }`);
    const result = await generate({ input: { document: text, name: 'api.yaml' }, cwd: root, targets: ['ts', 'json-schema', 'zod'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const types = result.files.find((f) => f.path === 'types.ts')!.contents;
    expect(types).toMatch(/limit\?: number \| "";/);
    expect(types).toMatch(/code: string \| "";/);
    expect(types).toMatch(/q\?: string;/);
    expect(types).toMatch(/strict\?: number;/);
    const schema = JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as { $defs: Record<string, unknown> };
    expect(JSON.stringify(schema.$defs['ListItemsQuery'])).toContain('{"const":""}');
    const dir = path.join(root, 'test/.tmp/swagger2/allow-empty');
    mkdirSync(dir, { recursive: true });
    for (const file of result.files) writeFileSync(path.join(dir, file.path), file.contents);
    const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as {
      operations: Record<string, { parameters: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }> }>;
    };
    const query = zod.operations['listItems']!.parameters['query']!;
    const parse = (input: string) => {
      const parsed = query.safeParse(input);
      return parsed.success ? parsed.data : false;
    };
    expect(parse('limit=&code=')).toEqual({ limit: '', code: '' });
    expect(parse('limit&code')).toEqual({ limit: '', code: '' });
    expect(parse('limit=5&code=abc')).toEqual({ limit: 5, code: 'abc' });
    expect(parse('limit=0&code=abc')).toBe(false);
    expect(parse('code=ab')).toBe(false);
    expect(parse('code=&strict=')).toBe(false);
  });

  it('names an unknown location and a malformed collectionFormat where they are written', async () => {
    const { diagnostics } = await read(
      document(`  /a:
    get:
      parameters:
        - { name: c, in: cookie, type: string }
        - { name: l, in: query, type: array, items: { type: string }, collectionFormat: commas }
      responses: { "200": { description: ok } }`),
    );
    expect(diagnostics.map((d) => [d.code, d.pointer, d.line])).toEqual([
      ['schema-defect', '/paths/~1a/get/parameters/0/in', 8],
      ['schema-defect', '/paths/~1a/get/parameters/1/collectionFormat', 9],
    ]);
  });
});

describe('Swagger 2.0 payloads', () => {
  it('sends the body parameter as each media type the operation consumes, else the document', async () => {
    const { model } = await read(
      document(
        `  /a:
    post:
      parameters:
        - { name: b, in: body, required: true, schema: { type: object, properties: { x: { type: string } } } }
      responses: { "200": { description: ok, schema: { type: string } } }
    put:
      consumes: [text/plain]
      produces: [text/plain]
      parameters:
        - { name: b, in: body, schema: { type: string } }
      responses: { "200": { description: ok, schema: { type: string } } }`,
        'consumes: [application/json, application/xml]\nproduces: [application/json]',
      ),
    );
    const [put, post] = model!.operations;
    expect(post!.requestBody!.required).toBe(true);
    expect(post!.requestBody!.content.map((c) => c.mediaType)).toEqual(['application/json', 'application/xml']);
    expect(post!.requestBody!.content[0]!.type).toEqual({ kind: 'ref', target: 'PostABody' });
    expect(post!.responses[0]!.content.map((c) => c.mediaType)).toEqual(['application/json']);
    expect(put!.requestBody!.required).toBe(false);
    expect(put!.requestBody!.content.map((c) => c.mediaType)).toEqual(['text/plain']);
    expect(put!.responses[0]!.content.map((c) => c.mediaType)).toEqual(['text/plain']);
  });

  it('makes formData parameters one form object, multipart when a file is among them', async () => {
    const { model, diagnostics } = await read(
      document(`  /upload:
    post:
      parameters:
        - { name: note, in: formData, type: string }
        - { name: file, in: formData, required: true, type: file }
      responses: { "200": { description: ok, schema: { type: file } } }
  /form:
    post:
      parameters:
        - { name: n, in: formData, type: integer }
      responses: { "204": { description: none } }`),
    );
    expect(diagnostics).toEqual([]);
    const [upload, form] = model!.operations;
    expect(upload!.requestBody).toEqual({
      required: true,
      content: [{ mediaType: 'multipart/form-data', type: { kind: 'ref', target: 'PostUploadFormData' } }],
      docs: {},
    });
    expect(properties(model!, 'PostUploadFormData').map((p) => [p.name, p.required, p.type])).toEqual([
      ['note', false, { kind: 'string' }],
      ['file', true, { kind: 'string', format: 'binary' }],
    ]);
    expect(definition(model!, 'PostUploadResponse200').type).toEqual({ kind: 'string', format: 'binary' });
    expect(form!.requestBody!.content[0]!.mediaType).toBe('application/x-www-form-urlencoded');
    expect(form!.responses[0]!.content).toEqual([]);
  });

  it('reads x-nullable, boolean exclusiveMinimum, and a discriminator that names a property', async () => {
    const { model, diagnostics } = await read(
      document(
        '  {}',
        `definitions:
  Animal:
    type: object
    discriminator: kind
    required: [kind]
    properties:
      kind: { type: string }
      age: { type: integer, minimum: 0, exclusiveMinimum: true }
      name: { type: string, x-nullable: true }
  Bird:
    allOf:
      - $ref: "#/definitions/Animal"
      - { type: object, properties: { wings: { type: integer } } }`,
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(definition(model!, 'Animal').type).toMatchObject({ kind: 'taggedUnion', property: 'kind', variants: [{ tags: ['Bird'] }] });
    const base = properties(model!, 'AnimalBase');
    expect(base.find((p) => p.name === 'age')!.type).toEqual({ kind: 'number', numberKind: 'integer', checks: { exclusiveMinimum: 0 } });
    expect(base.find((p) => p.name === 'name')!.type).toEqual({ kind: 'nullable', inner: { kind: 'string' } });
  });
});

describe('Swagger 2.0 documents', () => {
  it('refuses Swagger 1.2 with a located error that names a way forward', async () => {
    const { model, diagnostics } = await read('{"swagger": "1.2", "apis": []}', 'old.json');
    expect(model).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.pointer, d.line, d.column, d.hint])).toEqual([
      ['not-openapi', '/swagger', 1, 2, 'convert Swagger 1.x to 2.0 or OpenAPI 3 first (swagger-converter)'],
    ]);
  });

  it('says the base URL and the security schemes in the docs', async () => {
    const { model } = await read(
      document(
        '  {}',
        `host: api.example.com
basePath: /v1
schemes: [http, https]
securityDefinitions:
  key: { type: apiKey, name: X-Key, in: header }
  basic: { type: basic }
security: [{ key: [] }]`,
      ),
    );
    expect(model!.docs.description).toBe(
      'Paths are relative to the base URL https://api.example.com/v1.\n\n' +
        'Security schemes: key (an API key in the header X-Key); basic (HTTP basic authentication). ' +
        'Unless an operation says otherwise, requests need key.',
    );
  });

  it('is an upstream for a flat summary', async () => {
    const upstream = document(
      '  {}',
      'definitions:\n  Pet: { type: object, required: [name], properties: { name: { type: string, minLength: 1 } } }',
    );
    const summary = {
      jsonStructure: '0.1',
      name: 'pet',
      title: 'Pet',
      description: 'A pet',
      source: 'https://example.com/swagger.yaml',
      entity: 'Pet',
      fields: [{ name: 'name', type: 'string', required: true, description: '', enum: null, format: null }],
      fieldCount: 1,
      requiredCount: 1,
    };
    const dir = path.join(root, 'test/.tmp/swagger2-upstream');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'swagger.yaml'), upstream);
    writeFileSync(path.join(dir, 'pet.json'), JSON.stringify(summary));
    const result = await generate({
      input: path.join(dir, 'pet.json'),
      upstream: path.join(dir, 'swagger.yaml'),
      cwd: root,
      targets: ['json-schema'],
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const schema = JSON.parse(result.files[0]!.contents) as { $defs: Record<string, unknown> };
    expect(schema.$defs['Pet']).toMatchObject({ properties: { name: { type: 'string', minLength: 1 } } });
  });
});
