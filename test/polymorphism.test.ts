/**
 * Discriminators, read as users mean them: a wrong or missing tag is an error naming the tags allowed,
 * and `required-not-in-properties` speaks only where no schema of the composition declares the name.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import { root } from './support.js';

type Parsed = { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

describe('a wrong tag', () => {
  it('is reported with the tags allowed, in the inheritance style and with oneOf', async () => {
    const result = await generate({ input: 'test/fixtures/openapi-inheritance/input.yaml', cwd: root, targets: ['zod'] });
    const scratch = path.join(root, 'test/.tmp/polymorphism');
    await writeFiles(scratch, result.files);
    const zod = (await import(pathToFileURL(path.join(scratch, 'zod.ts')).href)) as Record<string, { safeParse(data: unknown): Parsed }>;
    const issues = (schema: string, value: unknown) => {
      const parsed = zod[schema]!.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
    };
    expect(issues('PetSchema', { petType: 'bird', name: 'Tweety' })).toEqual([
      "petType: Invalid discriminator value. Expected 'cat' | 'dog'",
    ]);
    expect(issues('VehicleSchema', { wheels: 2 })).toEqual(["kind: Invalid discriminator value. Expected 'Car' | 'Bike'"]);
    // A right tag with wrong fields reports the fields, not the tag.
    expect(issues('PetSchema', { petType: 'cat', name: 'Tom', lives: 0 })).toEqual(['lives: Too small: expected number to be >=1']);
  });
});

describe('required-not-in-properties', () => {
  const warned = async (schemas: Record<string, unknown>) => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } };
    const result = await generate({ input: { document, name: 'required.json' }, cwd: root, targets: ['ts'] });
    return result.diagnostics.filter((d) => d.code === 'required-not-in-properties').map((d) => `${d.pointer} ${d.message}`);
  };
  const base = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } };

  it('stays quiet where a $ref, a sibling branch or an enclosing schema declares the name', async () => {
    expect(
      await warned({
        Base: base,
        WithId: { allOf: [{ $ref: '#/components/schemas/Base' }], required: ['id'] },
        Beside: { $ref: '#/components/schemas/Base', required: ['name'] },
        Branches: {
          type: 'object',
          properties: { a: { type: 'string' }, b: { type: 'string' } },
          oneOf: [{ required: ['a'] }, { required: ['b'] }],
        },
        Sibling: { allOf: [{ required: ['id'] }, { $ref: '#/components/schemas/Base' }] },
        Conditional: { ...base, if: { required: ['id'] }, then: { required: ['name'] } },
      }),
    ).toEqual([]);
  });

  it('names a property no schema of the composition declares', async () => {
    expect(await warned({ Base: base, Ghost: { allOf: [{ $ref: '#/components/schemas/Base' }], required: ['id', 'ghost'] } })).toEqual([
      '/components/schemas/Ghost/required "ghost" is required but no schema of this composition declares it; it must be present with any value',
    ]);
  });

  it('gives the required name the declared type where the parts merge', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { Base: base, WithId: { type: 'object', allOf: [{ $ref: '#/components/schemas/Base' }], required: ['id'] } } },
    };
    const result = await generate({ input: { document, name: 'merge.json' }, cwd: root, targets: ['ts'] });
    const types = result.files[0]!.contents;
    expect(types).toContain('export interface WithId {\n  id: string;\n  name?: string;\n}');
  });
});

describe('a discriminator mapping', () => {
  it('follows an entry into paths, through $refs, to the variant it names', async () => {
    const cat = { type: 'object', properties: { kind: { type: 'string' }, lives: { type: 'integer' } } };
    const dog = { type: 'object', properties: { kind: { type: 'string' }, barks: { type: 'boolean' } } };
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/cats': {
          get: {
            responses: { 200: { description: 'a cat', content: { 'application/json': { schema: { $ref: '#/components/schemas/Cat' } } } } },
          },
        },
      },
      components: {
        schemas: {
          Cat: cat,
          Dog: dog,
          Alias: { $ref: '#/components/schemas/Dog' },
          Animal: {
            oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
            discriminator: {
              propertyName: 'kind',
              mapping: { cat: '#/paths/~1cats/get/responses/200/content/application~1json/schema', dog: '#/components/schemas/Alias' },
            },
          },
        },
      },
    };
    const result = await generate({ input: { document, name: 'mapping.json' }, cwd: root, targets: ['ts'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const types = result.files[0]!.contents;
    expect(types).toContain('export type Animal =\n  | (Cat & {\n      kind: "cat";\n    })\n  | (Dog & {\n      kind: "dog";\n    });');
  });
});

describe('the inheritance style', () => {
  it('makes the base a variant only where its mapping names it, and keeps refs to a variant as they are', async () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Shelter: { type: 'object', properties: { any: { $ref: '#/components/schemas/Pet' }, cat: { $ref: '#/components/schemas/Cat' } } },
          Pet: {
            type: 'object',
            required: ['kind'],
            properties: { kind: { type: 'string' } },
            discriminator: { propertyName: 'kind', mapping: { pet: '#/components/schemas/Pet', cat: '#/components/schemas/Cat' } },
          },
          Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: { lives: { type: 'integer' } } }] },
        },
      },
    };
    const result = await generate({ input: { document, name: 'base.json' }, cwd: root, targets: ['ts'] });
    expect(result.diagnostics).toEqual([]);
    const types = result.files[0]!.contents;
    expect(types).toContain('export type Pet =\n  | (PetBase & {\n      kind: "pet";\n    })\n  | (Cat & {\n      kind: "cat";\n    });');
    expect(types).toContain('export interface Shelter {\n  any?: Pet;\n  cat?: Cat;\n}');
    expect(types).toContain('export interface Cat {\n  kind: string;\n  lives?: number;\n}');
  });
});

describe('selecting an entity', () => {
  const typesFor = async (entities: string[]) => {
    const result = await generate({ input: 'test/fixtures/openapi-inheritance/input.yaml', cwd: root, targets: ['ts'], entities });
    // The tables every OpenAPI document's types.ts has are not definitions.
    const tables = ['paths', 'webhooks', 'components', 'operations'];
    return [...result.files[0]!.contents.matchAll(/^export (?:interface|type) (\w+)/gm)]
      .map((m) => m[1])
      .filter((n) => !tables.includes(n!));
  };
  it('reads a variant without its siblings, and a base as the union of its variants', async () => {
    // Cat's allOf reads the base's own fields (merged into Cat), not the union nor the other variants.
    expect(await typesFor(['Cat'])).toEqual(['Cat', 'PetBase']);
    expect((await typesFor(['Pet'])).sort()).toEqual(['Cat', 'Dog', 'Pet', 'PetBase']);
  });
});

describe('an inheritance chain', () => {
  it('makes every schema built on the base, at any depth, a variant', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Animal: { type: 'object', required: ['type'], properties: { type: { type: 'string' } }, discriminator: { propertyName: 'type' } },
          Pet: { allOf: [{ $ref: '#/components/schemas/Animal' }, { type: 'object', properties: { name: { type: 'string' } } }] },
          Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: { lives: { type: 'integer' } } }] },
        },
      },
    };
    const result = await generate({ input: { document, name: 'chain.json' }, cwd: root, targets: ['ts'] });
    expect(result.diagnostics).toEqual([]);
    const types = result.files[0]!.contents;
    expect(types).toContain('export type Animal =\n  | (Pet & {\n      type: "Pet";\n    })\n  | (Cat & {\n      type: "Cat";\n    });');
    expect(types).toContain('export interface Cat {\n  type: string;\n  name?: string;\n  lives?: number;\n}');
  });
});
