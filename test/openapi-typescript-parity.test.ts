/**
 * structgen's `paths` against openapi-typescript's, at compile time (needs ../shared/data): for every
 * operation of the Letta spec and of each document in openapi-corpus, each JSON request body and
 * response type must be mutually assignable with openapi-typescript's type for the same path, method,
 * status and media type.
 *
 * The differences docs/openapi-typescript.md lists ("Where the types differ from openapi-typescript's") are deliberate;
 * each is taken out of the comparison here in one named way, by an option of openapi-typescript or by
 * a normalization of the document both generators read, so that everything else must agree exactly.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generate } from '../src/index.js';
import { root, sharedData, sharedDataMissing, typecheck } from './support.js';

const skip = sharedDataMissing('the parity test with openapi-typescript');
const scratch = path.join(root, 'test/.tmp/parity');

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The listed differences, each as the change to the document that takes it out of the comparison
 * (difference 1, properties with a default, is openapi-typescript's `defaultNonNullable: false`).
 */
const normalizations: Record<string, (schema: Json, document: Json) => void> = {
  // Not a difference in the types: openapi-typescript cannot read a discriminator mapping value given as a
  // schema name (`dog: Dog`, as OpenAPI allows) and refuses the document; both read it as a $ref.
  'mapping values that are schema names': (schema) => {
    const discriminator = schema['discriminator'];
    if (!isObject(discriminator) || !isObject(discriminator['mapping'])) return;
    for (const [tag, value] of Object.entries(discriminator['mapping']))
      if (typeof value === 'string' && !/[#/.]/.test(value)) discriminator['mapping'][tag] = `#/components/schemas/${value}`;
  },
  // 2. A required name that no property (of the object or its compositions) declares: structgen requires
  //    the key with any value, as JSON Schema says; openapi-typescript leaves the key out.
  'required names without a property': (schema, document) => {
    if (!Array.isArray(schema['required'])) return;
    const declared = declaredProperties(schema, document, new Set());
    schema['required'] = schema['required'].filter((name) => typeof name === 'string' && declared.has(name));
  },
  // 3. `type: object` with no (or empty) properties: structgen writes an object with any keys, which is
  //    what the schema accepts; openapi-typescript writes `Record<string, never>`, an object without keys.
  'objects without properties': (schema) => {
    const none = schema['properties'] === undefined || (isObject(schema['properties']) && Object.keys(schema['properties']).length === 0);
    if (schema['type'] === 'object' && none && schema['additionalProperties'] === undefined) schema['additionalProperties'] = true;
  },
  // 4. `prefixItems` without `minItems`: structgen makes the elements optional (`[]` is valid, as JSON
  //    Schema says); openapi-typescript makes them required.
  'tuples without minItems': (schema) => {
    if (Array.isArray(schema['prefixItems']) && schema['minItems'] === undefined) schema['minItems'] = schema['prefixItems'].length;
  },
  // 8. A response header by `$ref` whose Header Object does not say `required: true`: structgen makes it
  //    optional, as the Header Object says (`required` defaults to false); openapi-typescript makes every
  //    header by `$ref` required. Taken out by writing such headers inline (both then make them optional).
  'response headers by $ref': (schema, document) => {
    const headers = schema['headers'];
    if (!isObject(headers) || !('content' in schema || 'description' in schema)) return;
    for (const [name, header] of Object.entries(headers)) {
      if (!isObject(header) || typeof header['$ref'] !== 'string') continue;
      const found = target(header['$ref'], document);
      if (isObject(found) && !('$ref' in found)) headers[name] = structuredClone(found);
    }
  },
  // 7. No `type`, and keywords that constrain one JSON type only (`exclusiveMinimum: 10`): structgen
  //    writes the six JSON types (the keyword constrains numbers; any other value passes), as Zod
  //    validates it; openapi-typescript writes `unknown`. Keyword values are checked to be numbers
  //    (or a pattern's string), so a property *named* `minimum` in a `properties` map is left alone.
  'typeless schemas with keywords of one type': (schema) => {
    const others = [
      'type',
      '$ref',
      'allOf',
      'anyOf',
      'oneOf',
      'not',
      'const',
      'enum',
      'properties',
      'items',
      'required',
      'additionalProperties',
    ];
    if (others.some((k) => k in schema)) return;
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength'])
      if (typeof schema[k] === 'number') delete schema[k];
    if (typeof schema['pattern'] === 'string') delete schema['pattern'];
  },
};

/** Property names a schema declares itself or through its compositions (local refs followed). */
function declaredProperties(schema: Json, document: Json, seen: Set<string>): Set<string> {
  const names = new Set(isObject(schema['properties']) ? Object.keys(schema['properties']) : []);
  const ref = schema['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/') && !seen.has(ref)) {
    seen.add(ref);
    const target = ref
      .slice(2)
      .split('/')
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
    if (isObject(target)) for (const name of declaredProperties(target, document, seen)) names.add(name);
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const branches = schema[keyword];
    if (Array.isArray(branches))
      for (const branch of branches) if (isObject(branch)) for (const name of declaredProperties(branch, document, seen)) names.add(name);
  }
  return names;
}

/** The schema a local `$ref` names, in `document`. */
function target(ref: string, document: Json): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
}

/**
 * 5. A `oneOf` + `discriminator` variant: structgen requires the tag, with the variant's tags, where the
 *    union is used, and leaves the variant's definition as written; openapi-typescript rewrites the
 *    variant's definition (tag required, its type the enum of tags), so where the variant is used alone
 *    it requires the tag too. 6. Without a mapping entry, structgen's tag for a variant whose tag property
 *    lists values (`const`, `enum`) is those values; openapi-typescript's is the schema name.
 *    Taken out by rewriting such variants in the document as openapi-typescript does
 *    (`patchDiscriminatorEnum`; the first union in document order decides), so both read the same definition; a variant used
 *    only in unions, with tags that agree, is left as written, and there the unions must agree.
 */
function variantsRewrittenAsOpenapiTypescriptDoes(document: Json): Set<string> {
  const keptAsWritten = new Set<string>();
  const unions: Json[] = [];
  const usedAlone = new Set<string>();
  const visit = (node: unknown, inDiscriminatedOneOf: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, inDiscriminatedOneOf));
    if (!isObject(node)) return;
    if (typeof node['$ref'] === 'string' && !inDiscriminatedOneOf) usedAlone.add(node['$ref']);
    const discriminated = isObject(node['discriminator']) && typeof node['discriminator']['propertyName'] === 'string';
    if (discriminated && Array.isArray(node['oneOf'])) unions.push(node);
    for (const [key, value] of Object.entries(node)) visit(value, key === 'oneOf' && discriminated);
  };
  visit(document, false);
  const handled = new Set<string>();
  for (const union of unions) {
    const discriminator = union['discriminator'] as Json;
    const property = discriminator['propertyName'] as string;
    const values = new Map<string, string[]>();
    for (const item of union['oneOf'] as unknown[])
      if (isObject(item) && typeof item['$ref'] === 'string') values.set(item['$ref'], [item['$ref'].split('/').pop()!]);
    const defined = new Map<string, string[]>();
    for (const [tag, ref] of Object.entries(isObject(discriminator['mapping']) ? discriminator['mapping'] : {}))
      if (typeof ref === 'string') defined.set(ref, [...(defined.get(ref) ?? []), tag]);
    for (const [ref, tags] of defined) values.set(ref, tags);
    for (const [ref, tags] of values) {
      const schema = target(ref, document);
      if (handled.has(ref) || !isObject(schema)) continue;
      handled.add(ref); // the first union decides, as in openapi-typescript
      const own = isObject(schema['properties']) && isObject(schema['properties'][property]) ? schema['properties'][property] : undefined;
      const listed = own && 'const' in own ? [own['const']] : Array.isArray(own?.['enum']) ? own['enum'] : undefined;
      const agree = listed !== undefined && listed.length === tags.length && tags.every((t) => listed.includes(t));
      if (!usedAlone.has(ref) && (agree || !listed)) {
        keptAsWritten.add(ref);
        continue;
      }
      const tagSchema = { type: 'string', enum: tags };
      if (Array.isArray(schema['allOf']))
        schema['allOf'].push({ type: 'object', required: [property], properties: { [property]: tagSchema } });
      else if (schema['type'] === 'object') {
        schema['properties'] = { ...(isObject(schema['properties']) ? schema['properties'] : {}), [property]: tagSchema };
        const required = Array.isArray(schema['required']) ? schema['required'] : [];
        schema['required'] = required.includes(property) ? required : [...required, property];
      }
    }
  }
  return keptAsWritten;
}

/**
 * The document with the listed differences taken out, and the variants left as written (used only in
 * discriminated unions, where the two agree): their own definitions still differ by 5, so
 * `components.schemas` entries of them are not compared.
 */
function normalized(document: Json): { document: Json; variants: Set<string> } {
  const copy = structuredClone(document);
  const variants = variantsRewrittenAsOpenapiTypescriptDoes(copy);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    for (const normalize of Object.values(normalizations)) normalize(node, copy);
    for (const value of Object.values(node)) visit(value);
  };
  visit(copy);
  return { document: copy, variants };
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** One check per JSON request body and response of the document, with a label saying which it is. */
/**
 * `fine`: also each operation's parameters, and an object schema of `components` property by property
 * (`Pick<X, "p">`, and its keys), so that each difference is named by the property that has it.
 */
function checks(document: Json, variants: ReadonlySet<string>, fine = false): { label: string; ours: string; theirs: string }[] {
  const deref = (value: unknown): unknown => {
    let current = value;
    for (let hops = 0; isObject(current) && typeof current['$ref'] === 'string' && hops < 16; hops++) {
      const pointer = (current['$ref'] as string).slice(2).split('/');
      current = pointer
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce<unknown>((n, k) => (isObject(n) ? n[k] : undefined), document);
    }
    return current;
  };
  const q = JSON.stringify;
  const found: { label: string; ours: string; theirs: string }[] = [];
  for (const [route, item] of Object.entries(isObject(document['paths']) ? document['paths'] : {})) {
    const pathItem = deref(item);
    if (!isObject(pathItem)) continue;
    for (const method of methods) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const base = `paths[${q(route)}][${q(method)}]`;
      if (fine)
        found.push({
          label: `${method.toUpperCase()} ${route} parameters`,
          ours: `O.${base}["parameters"]`,
          theirs: `T.${base}["parameters"]`,
        });
      const body = deref(operation['requestBody']);
      for (const media of Object.keys(isObject(body) && isObject(body['content']) ? body['content'] : {}).filter((m) => /json/i.test(m))) {
        const type = (side: string) => `NonNullable<${side}.${base}["requestBody"]>["content"][${q(media)}]`;
        found.push({ label: `${method.toUpperCase()} ${route} request body ${media}`, ours: type('O'), theirs: type('T') });
      }
      for (const [status, entry] of Object.entries(isObject(operation['responses']) ? operation['responses'] : {})) {
        const response = deref(entry);
        const content = isObject(response) && isObject(response['content']) ? response['content'] : {};
        for (const media of Object.keys(content).filter((m) => /json/i.test(m))) {
          const type = (side: string) => `${side}.${base}["responses"][${q(status)}]["content"][${q(media)}]`;
          found.push({ label: `${method.toUpperCase()} ${route} ${status} ${media}`, ours: type('O'), theirs: type('T') });
        }
      }
    }
  }
  // `components`: every entry of every kind, which `components["schemas"]["Pet"]` (openapi-typescript's
  // idiom) reads.
  const components = isObject(document['components']) ? document['components'] : {};
  for (const kind of ['schemas', 'responses', 'parameters', 'requestBodies', 'headers']) {
    for (const name of Object.keys(isObject(components[kind]) ? components[kind] : {})) {
      if (kind === 'schemas' && variants.has(`#/components/schemas/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`)) continue;
      const type = (side: string) => `${side}.components[${q(kind)}][${q(name)}]`;
      const schema = (components[kind] as Json)[name];
      const plain =
        fine &&
        kind === 'schemas' &&
        isObject(schema) &&
        isObject(schema['properties']) &&
        !['allOf', 'anyOf', 'oneOf'].some((k) => k in schema);
      if (!plain) {
        found.push({ label: `components.${kind}.${name}`, ours: type('O'), theirs: type('T') });
        continue;
      }
      found.push({ label: `components.${kind}.${name} (keys)`, ours: `keyof ${type('O')}`, theirs: `keyof ${type('T')}` });
      for (const property of Object.keys(schema['properties'] as Json)) {
        const picked = (side: string) => `Pick<${type(side)}, ${q(property)}>`;
        found.push({ label: `components.${kind}.${name}.${property}`, ours: picked('O'), theirs: picked('T') });
      }
    }
  }
  return found;
}

const corpus = skip ? [] : readdirSync(path.join(sharedData, 'openapi-corpus')).sort();
const documents = skip
  ? []
  : [path.join(sharedData, 'letta-openapi.json'), ...corpus.map((f) => path.join(sharedData, 'openapi-corpus', f))];

describe.skipIf(skip !== undefined)('paths agree with openapi-typescript’s, but for the listed differences', () => {
  it('for every JSON body and response of the Letta spec and the corpus', async () => {
    const files: string[] = [];
    const labels = new Map<string, string[]>();
    let total = 0;
    for (const file of documents) {
      const text = readFileSync(file, 'utf8');
      const { document, variants } = normalized((file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { version: '1.2' })) as Json);
      const name = path.basename(file).replace(/\.\w+$/, '');
      const dir = path.join(scratch, name);
      mkdirSync(dir, { recursive: true });
      const ours = await generate({
        input: { document: structuredClone(document), name: path.basename(file) },
        cwd: root,
        targets: ['ts'],
      });
      expect(ours.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      writeFileSync(path.join(dir, 'ours.ts'), ours.files[0]!.contents);
      // Difference 1: openapi-typescript makes a property with a default required; structgen keeps it optional.
      writeFileSync(
        path.join(dir, 'theirs.ts'),
        astToString(await openapiTS(structuredClone(document) as never, { defaultNonNullable: false })),
      );
      const list = checks(document, variants);
      total += list.length;
      const lines = [
        'import type * as O from "./ours.js";',
        'import type * as T from "./theirs.js";',
        'type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
        'type Expect<X extends true> = X;',
        ...list.map((c, i) => `export type Check${i} = Expect<Mutual<${c.ours}, ${c.theirs}>>;`),
      ];
      const check = path.join(dir, 'check.ts');
      writeFileSync(check, lines.join('\n') + '\n');
      files.push(check);
      labels.set(
        path.relative(root, check),
        list.map((c) => c.label),
      );
    }
    expect(total).toBeGreaterThan(1900);
    const errors = await typecheck(files, { noUnusedLocals: false });
    // Name each disagreement by its operation, status and media type.
    const named = errors.map((e) => {
      const match = /^(\S+):(\d+) /.exec(e);
      return match ? `${match[1]!.split('/').at(-2)}: ${labels.get(match[1]!)?.[Number(match[2]) - 5] ?? e}` : e;
    });
    expect(named).toEqual([]);
  }, 600_000);
});

/**
 * Every OpenAPI fixture (they exist to show one behaviour each, corners the corpus lacks): both generators
 * over the normalized document, each body, response, operation's parameters and component compared
 * as above. What still differs must be a row of the differences table (docs/openapi-typescript.md):
 * `explained` names each such check and its row, and the test fails on a difference not named there, on a
 * named one that no longer differs, and on a row number the table does not have.
 */
const fixtureDir = path.join(root, 'test/fixtures');
const openapiFixtures = readdirSync(fixtureDir)
  .filter((name) => !name.startsWith('.'))
  .sort()
  .flatMap((name) => {
    const file = readdirSync(path.join(fixtureDir, name)).find((f) => /^input\.(json|ya?ml)$/.test(f));
    if (!file) return [];
    const text = readFileSync(path.join(fixtureDir, name, file), 'utf8');
    const value = (file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { version: '1.2' })) as Json;
    // openapi-typescript 7 reads OpenAPI 3.x only (Swagger 2.0 fixtures are structgen's alone).
    return typeof value['openapi'] === 'string' ? [{ name, file: `test/fixtures/${name}/${file}`, value }] : [];
  });

/** Each check of a fixture that differs after the normalizations, with the row of the table that says why. */
const explained: Record<string, number> = {
  // 13: `properties` beside an `additionalProperties` schema.
  'openapi-review-regressions: components.schemas.Regressions.mixedMap': 13,
  // 16: the inheritance style: a reference to the base is the union of its variants, with their tags.
  'openapi-recursive-tags: components.schemas.Node.kind': 16,
  'openapi-recursive-tags: components.schemas.Node.parent': 16,
  'openapi-recursive-tags: components.schemas.Leaf': 16,
  'openapi-recursive-tags: components.schemas.Branch': 16,
  'openapi-recursive-tags: components.schemas.Document.tree': 16,
  'openapi-mapping-elsewhere: components.schemas.Bird.kind': 16,
  'openapi-mapping-elsewhere: components.schemas.Zoo.bird': 16,
  'openapi-inheritance: GET /pets/{id} 200 application/json': 16,
  'openapi-inheritance: components.schemas.Home.pet': 16,
  'openapi-inheritance: components.schemas.Home.vehicle': 16,
  'openapi-inheritance: components.schemas.Pet.petType': 16,
  'openapi-inheritance: components.schemas.Dog': 16,
  'openapi-inheritance: components.schemas.Vehicle.kind': 16,
  'openapi-inheritance: components.schemas.Car': 16,
  'openapi-inheritance: components.schemas.Bike': 16,
  // 5: a discriminated variant's definition (Finch, in another file, where the normalization of local
  //    refs cannot rewrite it as openapi-typescript does).
  'openapi-mapping-elsewhere: GET /birds 200 application/json': 5,
  // 17: patternProperties.
  'openapi-keywords: components.schemas.Everything.headers': 17,
  'openapi-review-regressions: components.schemas.Regressions.prefixed': 17,
  // 18: `const: null`.
  'openapi-nullability: components.schemas.Nullables.f': 18,
  // 19: a parameter described by `content`.
  'openapi-operations: GET /search parameters': 19,
  // 21: `null` in an `enum` beside a `type` that is not null.
  'openapi-review-regressions: components.schemas.Regressions.letterOrNull': 21,
};

/** The rows of the differences table in docs/openapi-typescript.md, by number. */
function differenceRows(): Set<number> {
  const page = readFileSync(path.join(root, 'docs/openapi-typescript.md'), 'utf8');
  return new Set([...page.matchAll(/^\| (\d+) +\|/gm)].map((m) => Number(m[1])));
}

describe('every OpenAPI fixture agrees with openapi-typescript, but for the rows of the differences table', () => {
  it('for every body, response, parameter set and component', async () => {
    const files: string[] = [];
    const labels = new Map<string, string[]>();
    const notComparable: Record<string, string> = {};
    let compared = 0;
    for (const fixture of openapiFixtures) {
      const { document, variants } = normalized(fixture.value);
      const dir = path.join(scratch, 'fixtures', fixture.name);
      // The fixture's folder (files its $refs name) with the normalized document as its input.
      rmSync(dir, { recursive: true, force: true });
      cpSync(path.dirname(path.join(root, fixture.file)), path.join(dir, 'input'), { recursive: true });
      const input = path.join(dir, 'input', path.basename(fixture.file));
      writeFileSync(input, JSON.stringify(document));
      const ours = await generate({ input, cwd: root, targets: ['ts'] });
      expect(ours.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      writeFileSync(path.join(dir, 'ours.ts'), ours.files[0]!.contents);
      const theirs = await openapiTS(pathToFileURL(input), { defaultNonNullable: false, silent: true }).catch((error: Error) => error);
      if (theirs instanceof Error) {
        notComparable[fixture.name] = theirs.message;
        continue;
      }
      writeFileSync(path.join(dir, 'theirs.ts'), astToString(theirs));
      const list = checks(document, variants, true);
      compared += list.length;
      const lines = [
        'import type * as O from "./ours.js";',
        'import type * as T from "./theirs.js";',
        'type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
        'type Expect<X extends true> = X;',
        ...list.map((c, i) => `export type Check${i} = Expect<Mutual<${c.ours}, ${c.theirs}>>;`),
      ];
      const check = path.join(dir, 'check.ts');
      writeFileSync(check, lines.join('\n') + '\n');
      files.push(check);
      labels.set(
        path.relative(root, check),
        list.map((c) => c.label),
      );
    }
    const errors = await typecheck(files, { noUnusedLocals: false });
    const named = errors.map((e) => {
      const match = /^(\S+):(\d+) /.exec(e);
      return match ? `${match[1]!.split('/').at(-2)}: ${labels.get(match[1]!)?.[Number(match[2]) - 5] ?? e}` : e;
    });
    // Every difference is a row of the table, and every row named still differs.
    expect(named.filter((label) => !(label in explained))).toEqual([]);
    expect(Object.keys(explained).filter((label) => !named.includes(label))).toEqual([]);
    const rows = differenceRows();
    expect(Object.values(explained).filter((row) => !rows.has(row))).toEqual([]);
    // openapi-typescript reads every OpenAPI fixture.
    expect(notComparable).toEqual({});
    expect(openapiFixtures.length).toBeGreaterThanOrEqual(15);
    expect(compared).toBeGreaterThanOrEqual(190);
  }, 600_000);
});
