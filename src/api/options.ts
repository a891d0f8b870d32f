/**
 * Every per-document generate option in one table: its config key, its JSON Schema (for the config file
 * and editors), its command-line flag, and how the banner's "Regenerate" command spells it. The CLI's
 * flags, the config's JSON Schema (`schemas/structgen.config.schema.json`) and the banner are all derived
 * from here, and the table is typed against `GenerateOptions`: an option added there and not here is a
 * compile error, so no surface can forget one.
 */
import { diagnosticCodes } from '../diagnostics/index.js';
import { defaultTargets, targetNames, targets } from '../emit/index.js';
import type { InputFormat } from '../model/index.js';
import { jsonSchemaDialects } from '../read/index.js';
import type { GenerateOptions } from './generate.js';
import { datesModes, int64Modes } from './type-mappings.js';

/** Options of `generate()` that are not per-document settings: run plumbing, or in-memory only. */
export type RunOnlyOption = 'input' | 'cwd' | 'onProgress' | 'command' | 'location';
export type DocumentOptionKey = Exclude<keyof GenerateOptions, RunOnlyOption>;

export interface DocumentOption {
  /** The key in a config file's document (the API's name, except `out` for `outDir`). */
  configKey: string;
  description: string;
  /** JSON Schema (draft-07) of the value in a config file. */
  schema: Record<string, unknown>;
  /** A path: relative to the project folder (a config's folder), shown relative in banners. */
  path?: boolean;
  /**
   * The command-line flag, as commander spells it (`-t, --targets <list>`). Booleans are flags
   * without a value; `repeat` flags collect one value per use into an array.
   */
  flag?: { spec: string; kind: 'boolean' | 'value' | 'count' | 'repeat' | 'list' | 'mapping'; choices?: readonly string[] };
  /** False for an option that changes what is printed, not what is written: the banner's command leaves it out. */
  banner?: false;
}

const warningCodes = Object.entries(diagnosticCodes)
  .filter(([, info]) => info.severity === 'warning')
  .map(([code]) => code);
const inputFormats: readonly InputFormat[] = ['flat-structure', 'openapi', 'swagger2', 'json-structure', 'json-schema'];
const names = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
/** A function: only a config in code (structgen.config.ts, .mjs, .js) can hold one; JSON has no such value. */
const functionValue = { not: { type: ['string', 'number', 'boolean', 'null', 'array', 'object'] } };

/**
 * A boolean option that is a flag without a value: its config key is its API name, its schema a boolean.
 * (Most options are these, openapi-typescript's above all.)
 */
function booleanOption<const K extends string, const F extends string>(configKey: K, flag: F, description: string) {
  return { configKey, description, schema: { type: 'boolean' }, flag: { spec: flag, kind: 'boolean' } } as const;
}

/** In the order the banner's command lists them. */
export const documentOptions = {
  upstream: {
    configKey: 'upstream',
    description:
      "for a flat summary: generate its entity from this upstream OpenAPI document (path or URL), keeping the summary's name. A URL is fetched because you gave it.",
    schema: { type: 'string', minLength: 1 },
    path: true,
    flag: { spec: '-u, --upstream <path-or-url>', kind: 'value' },
  },
  entities: {
    configKey: 'entities',
    description: 'OpenAPI: only these component schemas and what they reference; they become the roots.',
    schema: names,
    flag: { spec: '-e, --entity <name>', kind: 'repeat' },
  },
  operations: {
    configKey: 'operations',
    description: 'OpenAPI: only these operations (by operationId) and what they reference.',
    schema: names,
    flag: { spec: '--operation <id>', kind: 'repeat' },
  },
  tags: {
    configKey: 'tags',
    description: 'OpenAPI: only operations with one of these tags and what they reference.',
    schema: names,
    flag: { spec: '--tag <name>', kind: 'repeat' },
  },
  outDir: {
    configKey: 'out',
    description:
      "the output folder (in a config, relative to the config file); `[name]` is the document's name. Default: generated/[name].",
    schema: { type: 'string', minLength: 1 },
    path: true,
    flag: { spec: '-o, --out <dir>', kind: 'value' },
  },
  targets: {
    configKey: 'targets',
    description: `which files to generate: ${targets.map((t) => `${t.name} (${t.file}${t.default ? '' : ', on request'})`).join(', ')}; by default ${defaultTargets.join(', ')}.`,
    schema: { type: 'array', items: { enum: [...targetNames] }, uniqueItems: true, minItems: 1 },
    flag: { spec: '-t, --targets <list>', kind: 'list', choices: targetNames },
  },
  format: {
    configKey: 'format',
    description: 'the input format, instead of detecting it.',
    schema: { enum: [...inputFormats] },
    flag: { spec: '--format <format>', kind: 'value', choices: inputFormats },
  },
  allowRemoteRefs: booleanOption(
    'allowRemoteRefs',
    '--allow-remote-refs',
    "follow http(s): and file: $refs; without it they are refused, as are relative refs leaving the input's folder.",
  ),
  strict: booleanOption(
    'strict',
    '--strict',
    'JSON Structure: deviations from Core are errors, not warnings; OpenAPI, Swagger 2.0 and JSON Schema: a definition that refers to itself with nothing in between fails the run (circular-ref) instead of being left out.',
  ),
  importRoot: {
    configKey: 'importRoot',
    description: "JSON Structure: the folder $import and $importdefs may read from (default: the parent of the input's folder).",
    schema: { type: 'string', minLength: 1 },
    path: true,
    flag: { spec: '--import-root <dir>', kind: 'value' },
  },
  assertFormats: booleanOption(
    'assertFormats',
    '--assert-formats',
    'JSON Schema: check "format" in the validators (it only annotates by default, as the specification says).',
  ),
  dialect: {
    configKey: 'dialect',
    description: "JSON Schema: read the input by this draft's rules instead of the one its $schema names (2020-12 when none).",
    schema: { enum: [...jsonSchemaDialects] },
    flag: { spec: '--dialect <draft>', kind: 'value', choices: jsonSchemaDialects },
  },
  maxInputBytes: {
    configKey: 'maxInputBytes',
    description: 'the largest document read, in bytes (default 33554432, 32 MiB); a larger one is refused with too-large.',
    schema: { type: 'integer', minimum: 1 },
    flag: { spec: '--max-input-bytes <bytes>', kind: 'count' },
  },
  unresolvedRefs: {
    configKey: 'unresolvedRefs',
    description:
      'OpenAPI, JSON Schema: what a $ref that names nothing does: "error" (the default) refuses the document; "unknown" is a located warning and reads it as any value (unknown), so a spec with one broken link still generates, as openapi-typescript does.',
    schema: { enum: ['error', 'unknown'] },
    flag: { spec: '--unresolved-refs <mode>', kind: 'value', choices: ['error', 'unknown'] },
  },
  exportType: booleanOption(
    'exportType',
    '--export-type',
    "types.ts: `export type paths = {…}` (and every object type) instead of `export interface` (openapi-typescript's exportType).",
  ),
  immutable: booleanOption(
    'immutable',
    '--immutable',
    "types.ts: every property `readonly`, arrays `ReadonlyArray<T>` (openapi-typescript's immutable).",
  ),
  alphabetize: booleanOption(
    'alphabetize',
    '--alphabetize',
    "types.ts: properties and the entries of paths, components and operations in alphabetical order (openapi-typescript's alphabetize).",
  ),
  excludeDeprecated: booleanOption(
    'excludeDeprecated',
    '--exclude-deprecated',
    "types.ts: leave out deprecated properties (and those referring to a deprecated schema) and deprecated operations (openapi-typescript's excludeDeprecated).",
  ),
  rootTypes: booleanOption(
    'rootTypes',
    '--root-types',
    "types.ts: also export each component as SchemaPet, ResponseNotFound, ParameterLimit, RequestBodyX, HeaderX, PathItemX (openapi-typescript's rootTypes; structgen's own named types are exported anyway).",
  ),
  rootTypesNoSchemaPrefix: booleanOption(
    'rootTypesNoSchemaPrefix',
    '--root-types-no-schema-prefix',
    'with rootTypes: schemas without the Schema prefix (a name structgen exports already is not repeated).',
  ),
  defaultNonNullable: booleanOption(
    'defaultNonNullable',
    '--default-non-nullable',
    "types.ts: a property with a default is required. openapi-typescript's default; structgen keeps such a property optional (a client may leave it out): this option restores openapi-typescript's behaviour.",
  ),
  additionalProperties: booleanOption(
    'additionalProperties',
    '--additional-properties',
    "types.ts: objects that do not say additionalProperties get `[key: string]: unknown` (openapi-typescript's additionalProperties).",
  ),
  emptyObjectsUnknown: booleanOption(
    'emptyObjectsUnknown',
    '--empty-objects-unknown',
    "types.ts: an object schema without properties accepts any keys ({ [key: string]: unknown }). structgen's default; false (config/API) restores openapi-typescript's default, Record<string, never>.",
  ),
  arrayLength: booleanOption(
    'arrayLength',
    '--array-length',
    "types.ts: arrays with minItems/maxItems as tuples of the lengths allowed, while few (openapi-typescript's arrayLength).",
  ),
  enum: booleanOption(
    'enum',
    '--enum',
    "types.ts: enums of strings or of numbers as TypeScript `enum` declarations instead of unions (openapi-typescript's enum).",
  ),
  enumValues: booleanOption(
    'enumValues',
    '--enum-values',
    "types.ts: export each enum's values as an array, `petStatusValues` (openapi-typescript's enumValues).",
  ),
  makePathsEnum: booleanOption(
    'makePathsEnum',
    '--make-paths-enum',
    "types.ts: `export enum ApiPaths`, one member per operation valued its path (openapi-typescript's makePathsEnum).",
  ),
  dedupeEnums: booleanOption(
    'dedupeEnums',
    '--dedupe-enums',
    "types.ts, with enum: an enum whose values an earlier enum has is not declared again; its name is an alias of the earlier one (openapi-typescript's dedupeEnums).",
  ),
  propertiesRequiredByDefault: booleanOption(
    'propertiesRequiredByDefault',
    '--properties-required-by-default',
    "types.ts: every property of a schema object that has no `required` keyword is required (openapi-typescript's propertiesRequiredByDefault).",
  ),
  pathParamsAsTypes: booleanOption(
    'pathParamsAsTypes',
    '--path-params-as-types',
    "types.ts: paths with parameters keyed by template literal types (`/pets/${string}`), so paths[`/pets/${id}`] finds them (openapi-typescript's pathParamsAsTypes).",
  ),
  generatePathParams: booleanOption(
    'generatePathParams',
    '--generate-path-params',
    "types.ts: a {name} of a path that no parameter declares is a required string path parameter (openapi-typescript's generatePathParams). structgen's default (with a warning); false (config/API) restores openapi-typescript's default, which leaves it out.",
  ),
  readWriteMarkers: booleanOption(
    'readWriteMarkers',
    '--read-write-markers',
    "types.ts: a readOnly property's type is $Read<T> and a writeOnly one's $Write<T>, with the Readable/Writable helpers openapi-fetch applies to responses and request bodies (openapi-typescript's readWriteMarkers).",
  ),
  transform: {
    configKey: 'transform',
    description:
      "types.ts, in a JS/TS config or the API only: a function (schemaObject, { path, document, schemaObject }) called for each schema types.ts writes; the TypeScript type it returns (or { schema, questionToken }) is written instead (openapi-typescript's transform).",
    schema: functionValue,
  },
  postTransform: {
    configKey: 'postTransform',
    description:
      "types.ts, in a JS/TS config or the API only: a function (type, { path, document, schemaObject }) given the TypeScript type structgen wrote for a schema; a string returned replaces it (openapi-typescript's postTransform).",
    schema: functionValue,
  },
  directions: booleanOption(
    'directions',
    '--directions',
    'types.ts, zod.ts: requests apart from responses. Request bodies leave readOnly properties out and responses writeOnly ones, properties with a default are present in responses, through PetWritable and PetReadable where they differ from Pet (docs/directions.md).',
  ),
  dates: {
    configKey: 'dates',
    description:
      'types.ts and zod.ts: what date-time and date strings are: "string" (the default, as sent) or "Date" (zod.ts decodes the string into a Date and encodes it back; schema.json keeps the string). See docs/type-mappings.md.',
    schema: { enum: [...datesModes] },
    flag: { spec: '--dates <mode>', kind: 'value', choices: datesModes },
  },
  int64: {
    configKey: 'int64',
    description:
      'types.ts and zod.ts: what 64-bit integers (format int64, JSON Structure int64/uint64) are: "number", "bigint" or "string" (zod.ts decodes the wire value into it and encodes it back; schema.json keeps the wire form). Default: what each travels as. See docs/type-mappings.md.',
    schema: { enum: [...int64Modes] },
    flag: { spec: '--int64 <mode>', kind: 'value', choices: int64Modes },
  },
  typeMappings: {
    configKey: 'typeMappings',
    description:
      'custom type mappings: schemas with this format (or x- keyword value) are the type `type` in types.ts and are decoded by the Zod schema `zod` in zod.ts (and zod.mini.ts), each "specifier#Export" (a path relative to the project folder, or a package). See docs/type-mappings.md.',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type'],
        properties: {
          format: { type: 'string', minLength: 1, description: 'match schemas with this format' },
          type: { type: 'string', minLength: 1, description: 'the TypeScript type, "specifier#Export" (e.g. "./money.js#Money")' },
          zod: {
            type: 'string',
            minLength: 1,
            description:
              'the Zod schema from the wire value to the type, usually a z.codec, "specifier#Export" (e.g. "./money.js#MoneySchema")',
          },
        },
        patternProperties: {
          '^x-': { type: ['string', 'number', 'boolean', 'null'], description: 'match schemas with this x- keyword value' },
        },
        additionalProperties: false,
      },
    },
    flag: { spec: '--type-mapping <mapping>', kind: 'mapping' },
  },
  typeProof: booleanOption(
    'typeProof',
    '--type-proof',
    'end zod.ts with a compile-time proof that each schema validates exactly its type in types.ts.',
  ),
  ignore: {
    configKey: 'ignore',
    description:
      'warning codes not to print for this document (a known defect of a spec you cannot fix, say schema-defect); the summary line still counts them.',
    schema: { type: 'array', items: { enum: warningCodes }, uniqueItems: true },
    flag: { spec: '--ignore <code>', kind: 'repeat' },
    banner: false,
  },
  templates: {
    configKey: 'templates',
    description:
      'docs: a folder of your own Mustache templates (a copy of the package’s templates/) to render the Markdown docs with; a template missing there is the built-in one.',
    schema: { type: 'string', minLength: 1 },
    path: true,
    flag: { spec: '--templates <dir>', kind: 'value' },
  },
  frontMatter: {
    configKey: 'frontMatter',
    description:
      'docs: open each Markdown page with front matter for a docs site (Docusaurus, VitePress, Starlight): its title and sidebar position.',
    schema: { type: 'boolean' },
    flag: { spec: '--front-matter', kind: 'boolean' },
  },
  remoteDocuments: {
    configKey: 'remoteDocuments',
    description: 'documents to use for these URIs instead of fetching them; remote $refs to them are followed without allowRemoteRefs.',
    schema: { type: 'object', additionalProperties: true },
  },
  prettierOnly: {
    configKey: 'prettierOnly',
    description: "format every file with prettier instead of structgen's own layout (the same bytes, much slower; for checking).",
    schema: { type: 'boolean' },
  },
} as const satisfies { [K in DocumentOptionKey]-?: DocumentOption };

export const documentOptionKeys = Object.keys(documentOptions) as DocumentOptionKey[];
