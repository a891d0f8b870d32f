/**
 * openapi-typescript 7's options, with its names and meanings, for `types.ts` only (the validators keep
 * validating what the schema says). Each is off by default; where structgen's default differs from
 * openapi-typescript's, the option that restores openapi-typescript's behaviour says so in its help
 * (src/api/options.ts). docs/openapi-typescript.md maps each flag.
 */
export interface TypeScriptOptions {
  /** `export type paths = {…}` instead of `export interface paths {…}` (and for every object definition). */
  exportType?: boolean;
  /** Every property and index signature `readonly`, every array `readonly T[]`. */
  immutable?: boolean;
  /** Properties, and the entries of `paths`, `components` and `operations`, in alphabetical order. */
  alphabetize?: boolean;
  /** Leave out properties, and operations, marked `deprecated` (a property whose referenced schema is deprecated too). */
  excludeDeprecated?: boolean;
  /**
   * Also export each component under a name of its own: `SchemaPet`, `ResponseNotFound`, `ParameterLimit`,
   * `RequestBodyNewPet`, `HeaderTotal`, `PathItemPets` (`= components["schemas"]["Pet"]`, …).
   */
  rootTypes?: boolean;
  /** With `rootTypes`: schemas without the `Schema` prefix (structgen's own named export already has that name). */
  rootTypesNoSchemaPrefix?: boolean;
  /** A property with a `default` is required (openapi-typescript's default; structgen's is optional). */
  defaultNonNullable?: boolean;
  /** Objects that do not say `additionalProperties` accept any other key (`[key: string]: unknown`). */
  additionalProperties?: boolean;
  /**
   * An object without properties that says nothing of other keys: `true` (structgen's default) any keys
   * (`{ [key: string]: unknown }`); `false` no keys (`Record<string, never>`, openapi-typescript's default).
   */
  emptyObjectsUnknown?: boolean;
  /** Arrays with `minItems`/`maxItems` as tuples of those lengths (when the union stays small). */
  arrayLength?: boolean;
  /** Enums of strings or numbers as TypeScript `enum` declarations (the named type is the enum). */
  enum?: boolean;
  /** Each enum's values as an exported array, `petStatusValues`. */
  enumValues?: boolean;
  /** `export enum ApiPaths { listPets = "/pets", … }`, one member per operation. */
  makePathsEnum?: boolean;
  /**
   * With `enum`: an enum whose values (in any order) an earlier enum has already is not declared again;
   * its named type is an alias of the earlier enum (`export type Status2 = Status;`).
   */
  dedupeEnums?: boolean;
  /** Properties of a schema object that has no `required` keyword are all required. */
  propertiesRequiredByDefault?: boolean;
  /**
   * `paths` keyed by template literal types (`` [path: `/pets/${string}`] ``) for paths with parameters,
   * so `paths[`/pets/${id}`]` finds the entry: `${number}` for an integer or number parameter,
   * `${boolean}` for a boolean one, `${string}` otherwise.
   */
  pathParamsAsTypes?: boolean;
  /**
   * A `{name}` of a path template that no parameter declares is a required string path parameter:
   * `true` (structgen's default; with a warning), `false` leaves it out of the types, as openapi-typescript
   * does by default.
   */
  generatePathParams?: boolean;
  /**
   * openapi-typescript's readWriteMarkers: a readOnly property's type is `$Read<T>`, a writeOnly one's
   * `$Write<T>` (a property marked both is neither), and the file declares `$Read`, `$Write` and
   * openapi-fetch's `Readable<T>`/`Writable<T>`, which leave them out of responses and request bodies.
   */
  readWriteMarkers?: boolean;
  /**
   * Called with every schema object of the input document that types.ts writes (a definition, a property,
   * array items) and where it is; a type returned (TypeScript source, e.g. `"Date"`) is written instead
   * of structgen's. `{ schema, questionToken: true }` also makes a property optional. Undefined keeps
   * structgen's type. The validators (zod.ts, schema.json) keep validating what the schema says.
   */
  transform?: (schemaObject: SchemaObject, metadata: TransformMetadata) => string | TransformObject | undefined;
  /** Called with the type structgen wrote (TypeScript source) for each schema `transform` is called for; a string returned replaces it. */
  postTransform?: (type: string, metadata: TransformMetadata) => string | undefined;
}

/** A schema object as the document has it (JSON), given to `transform`. */
export type SchemaObject = { [key: string]: unknown };

/** What `transform` may return besides a type: a property's type, and whether the property is optional. */
export interface TransformObject {
  schema: string;
  questionToken?: boolean;
}

/** Where the schema object given to `transform`/`postTransform` is. */
export interface TransformMetadata {
  /** Its JSON pointer as a URI fragment: `#/components/schemas/Pet/properties/updated_at`. */
  path: string;
  /** The document it is in, as the banner names it. */
  document: string;
  /** The schema object itself (for `postTransform`; `transform` receives it as its first argument). */
  schemaObject: SchemaObject;
}

/** The option names, in the order the banner's command and the docs list them. */
export const typeScriptOptionNames = [
  'exportType',
  'immutable',
  'alphabetize',
  'excludeDeprecated',
  'rootTypes',
  'rootTypesNoSchemaPrefix',
  'defaultNonNullable',
  'additionalProperties',
  'emptyObjectsUnknown',
  'arrayLength',
  'enum',
  'enumValues',
  'makePathsEnum',
  'dedupeEnums',
  'propertiesRequiredByDefault',
  'pathParamsAsTypes',
  'generatePathParams',
  'readWriteMarkers',
  'transform',
  'postTransform',
] as const satisfies readonly (keyof TypeScriptOptions)[];
