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
] as const satisfies readonly (keyof TypeScriptOptions)[];
