/**
 * The JSON Schema Test Suite's files for what differs between drafts, in CI (the whole suite is `npm run
 * conformance`): draft 7 `dependencies`, `$ref` beside other keywords and `$id` anchors; 2019-09
 * `$recursiveRef`; 2020-12 `$dynamicRef`; `unevaluatedProperties`/`unevaluatedItems` beside applicators;
 * cross-draft references. Each group's schema is generated in its draft's dialect; every case must get
 * the suite's verdict from the generated Zod validator, and from Ajv on the generated JSON Schema except
 * where Ajv on the original schema gets it wrong too (Ajv's own limits, listed in docs/json-schema.md).
 * Needs ../shared/data. Cost: about 250 groups, 20 s (each group's zod.ts is written and imported).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles, type JsonSchemaDialect } from '../src/index.js';
import { root, sharedData, sharedDataMissing, suiteRemotes, type ZodModule } from './support.js';

const skip = sharedDataMissing('the JSON Schema Test Suite cases');
const suite = path.join(sharedData, 'json-schema-test-suite');
const scratch = path.join(root, 'test/.tmp/json-schema-suite');

const drafts: { draft: string; dialect: JsonSchemaDialect; Original: typeof Ajv2020; files: string[] }[] = [
  {
    draft: 'draft7',
    dialect: 'draft-07',
    Original: Ajv as unknown as typeof Ajv2020,
    files: ['dependencies', 'ref', 'refRemote', 'items', 'additionalItems', 'definitions', 'optional/id', 'optional/unknownKeyword'],
  },
  {
    draft: 'draft2019-09',
    dialect: '2019-09',
    Original: Ajv2019 as unknown as typeof Ajv2020,
    files: [
      'recursiveRef',
      'unevaluatedProperties',
      'unevaluatedItems',
      'anchor',
      'optional/dependencies-compatibility',
      'optional/cross-draft',
    ],
  },
  {
    draft: 'draft2020-12',
    dialect: '2020-12',
    Original: Ajv2020,
    files: [
      'dynamicRef',
      'unevaluatedProperties',
      'unevaluatedItems',
      'ref',
      'optional/dynamicRef',
      'optional/cross-draft',
      'optional/unknownKeyword',
    ],
  },
];

/** Ajv's verdict on the original, or undefined where it cannot give one (it overflows the stack on some dynamic refs). */
function originalVerdict(validate: (data: unknown) => boolean, data: unknown): boolean | undefined {
  try {
    return validate(data);
  } catch {
    return undefined;
  }
}

interface Group {
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}

/**
 * Drafts 4 and 6, every required-keyword file: at least 99% of the cases get the suite's verdict from the
 * generated Zod validator, and Ajv on the generated JSON Schema agrees with Zod wherever Zod is right.
 * (The draft-04 meta-schema is not among the remotes, so the two groups that `$ref` it cannot be read.)
 */
describe.skipIf(skip !== undefined)('JSON Schema Test Suite: drafts 4 and 6, core', () => {
  const remoteDocuments = skip === undefined ? suiteRemotes({ metaSchemas: true }) : {};
  let module = 0;
  it.each([
    ['draft4', 'draft-04'],
    ['draft6', 'draft-06'],
  ] as const)(
    '%s',
    async (draft, dialect) => {
      const files = readdirSync(path.join(suite, draft))
        .filter((f) => f.endsWith('.json'))
        .sort();
      let cases = 0;
      const wrong: string[] = [];
      const disagree: string[] = [];
      for (const file of files) {
        const groups = JSON.parse(readFileSync(path.join(suite, draft, file), 'utf8')) as Group[];
        for (const group of groups) {
          cases += group.tests.length;
          const result = await generate({
            input: { document: group.schema, name: 'schema.json' },
            format: 'json-schema',
            dialect,
            targets: ['zod', 'json-schema'],
            remoteDocuments,
            cwd: root,
          });
          if (result.diagnostics.some((d) => d.severity === 'error')) {
            for (const test of group.tests) wrong.push(`${file}: ${group.description} / ${test.description} (not generated)`);
            continue;
          }
          const dir = path.join(scratch, `${draft}-${module++}`);
          await writeFiles(dir, result.files);
          const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as ZodModule;
          const schema = zod[result.entryPoints![0]!.zodSchema]!;
          const ours = new Ajv2020({ strict: false, logger: false, validateFormats: false }).compile(
            JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as object,
          );
          for (const test of group.tests) {
            const name = `${file}: ${group.description} / ${test.description}`;
            const verdict = schema.safeParse(test.data).success;
            if (verdict !== test.valid) wrong.push(name);
            else if (ours(test.data) !== verdict) disagree.push(name);
          }
        }
      }
      expect(disagree).toEqual([]);
      expect({ draft, cases, wrong: wrong.length, rate: (cases - wrong.length) / cases >= 0.99 }).toMatchObject({ rate: true });
      expect(wrong.every((w) => w.includes('not generated'))).toBe(true);
    },
    600_000,
  );
});

describe.skipIf(skip !== undefined)('JSON Schema Test Suite: what differs between drafts', () => {
  const remoteDocuments = skip === undefined ? suiteRemotes({ metaSchemas: true }) : {};
  let module = 0;
  describe.each(drafts)('$draft', ({ draft, dialect, Original, files }) => {
    it.each(files)(
      '%s',
      async (file) => {
        const groups = JSON.parse(readFileSync(path.join(suite, draft, `${file}.json`), 'utf8')) as Group[];
        const wrong: string[] = [];
        for (const group of groups) {
          const result = await generate({
            input: { document: group.schema, name: 'schema.json' },
            format: 'json-schema',
            dialect,
            targets: ['ts', 'zod', 'json-schema'],
            remoteDocuments,
            cwd: root,
          });
          expect(
            result.diagnostics.filter((d) => d.severity === 'error'),
            group.description,
          ).toEqual([]);
          const dir = path.join(scratch, `g${module++}`);
          await writeFiles(dir, result.files);
          const zod = (await import(pathToFileURL(path.join(dir, 'zod.ts')).href)) as ZodModule;
          const schema = zod[result.entryPoints![0]!.zodSchema]!;
          const ours = new Ajv2020({ strict: false, logger: false, validateFormats: false }).compile(
            JSON.parse(result.files.find((f) => f.path === 'schema.json')!.contents) as object,
          );
          const ajv = new Original({ strict: false, logger: false, validateFormats: false });
          if (JSON.stringify(group.schema).includes('localhost:1234'))
            for (const [uri, document] of Object.entries(remoteDocuments)) {
              try {
                ajv.addSchema(document as object, uri);
              } catch {
                // A remote of another draft.
              }
            }
          let original: ((data: unknown) => boolean) | undefined;
          try {
            original = ajv.compile(group.schema as object);
          } catch {
            original = undefined;
          }
          for (const test of group.tests) {
            const name = `${group.description} / ${test.description}`;
            if (schema.safeParse(test.data).success !== test.valid) wrong.push(`Zod: ${name}`);
            const ajvLimit = original === undefined || originalVerdict(original, test.data) !== test.valid;
            if (ours(test.data) !== test.valid && !ajvLimit) wrong.push(`Ajv on ours: ${name}`);
          }
        }
        expect(wrong).toEqual([]);
      },
      120_000,
    );
  });
});
