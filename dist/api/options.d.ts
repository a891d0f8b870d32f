import type { InputFormat } from '../model/index.js';
import type { GenerateOptions } from './generate.js';
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
    flag?: {
        spec: string;
        kind: 'boolean' | 'value' | 'count' | 'repeat' | 'list' | 'mapping';
        choices?: readonly string[];
    };
    /** False for an option that changes what is printed, not what is written: the banner's command leaves it out. */
    banner?: false;
}
/** In the order the banner's command lists them. */
export declare const documentOptions: {
    readonly upstream: {
        readonly configKey: "upstream";
        readonly description: "for a flat summary: generate its entity from this upstream OpenAPI document (path or URL), keeping the summary's name. A URL is fetched because you gave it.";
        readonly schema: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly path: true;
        readonly flag: {
            readonly spec: "-u, --upstream <path-or-url>";
            readonly kind: "value";
        };
    };
    readonly entities: {
        readonly configKey: "entities";
        readonly description: "OpenAPI: only these component schemas and what they reference; they become the roots.";
        readonly schema: {
            type: string;
            items: {
                type: string;
                minLength: number;
            };
            uniqueItems: boolean;
        };
        readonly flag: {
            readonly spec: "-e, --entity <name>";
            readonly kind: "repeat";
        };
    };
    readonly operations: {
        readonly configKey: "operations";
        readonly description: "OpenAPI: only these operations (by operationId) and what they reference.";
        readonly schema: {
            type: string;
            items: {
                type: string;
                minLength: number;
            };
            uniqueItems: boolean;
        };
        readonly flag: {
            readonly spec: "--operation <id>";
            readonly kind: "repeat";
        };
    };
    readonly tags: {
        readonly configKey: "tags";
        readonly description: "OpenAPI: only operations with one of these tags and what they reference.";
        readonly schema: {
            type: string;
            items: {
                type: string;
                minLength: number;
            };
            uniqueItems: boolean;
        };
        readonly flag: {
            readonly spec: "--tag <name>";
            readonly kind: "repeat";
        };
    };
    readonly outDir: {
        readonly configKey: "out";
        readonly description: "the output folder (in a config, relative to the config file); `[name]` is the document's name. Default: generated/[name].";
        readonly schema: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly path: true;
        readonly flag: {
            readonly spec: "-o, --out <dir>";
            readonly kind: "value";
        };
    };
    readonly targets: {
        readonly configKey: "targets";
        readonly description: `which files to generate: ${string}; by default ${string}.`;
        readonly schema: {
            readonly type: "array";
            readonly items: {
                readonly enum: readonly ("json-schema" | "ts" | "zod" | "zod-mini" | "docs")[];
            };
            readonly uniqueItems: true;
            readonly minItems: 1;
        };
        readonly flag: {
            readonly spec: "-t, --targets <list>";
            readonly kind: "list";
            readonly choices: readonly ("json-schema" | "ts" | "zod" | "zod-mini" | "docs")[];
        };
    };
    readonly format: {
        readonly configKey: "format";
        readonly description: "the input format, instead of detecting it.";
        readonly schema: {
            readonly enum: readonly InputFormat[];
        };
        readonly flag: {
            readonly spec: "--format <format>";
            readonly kind: "value";
            readonly choices: readonly InputFormat[];
        };
    };
    readonly allowRemoteRefs: {
        readonly configKey: "allowRemoteRefs";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--allow-remote-refs";
            readonly kind: "boolean";
        };
    };
    readonly strict: {
        readonly configKey: "strict";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--strict";
            readonly kind: "boolean";
        };
    };
    readonly importRoot: {
        readonly configKey: "importRoot";
        readonly description: "JSON Structure: the folder $import and $importdefs may read from (default: the parent of the input's folder).";
        readonly schema: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly path: true;
        readonly flag: {
            readonly spec: "--import-root <dir>";
            readonly kind: "value";
        };
    };
    readonly assertFormats: {
        readonly configKey: "assertFormats";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--assert-formats";
            readonly kind: "boolean";
        };
    };
    readonly dialect: {
        readonly configKey: "dialect";
        readonly description: "JSON Schema: read the input by this draft's rules instead of the one its $schema names (2020-12 when none).";
        readonly schema: {
            readonly enum: readonly ["draft-04", "draft-06", "draft-07", "2019-09", "2020-12"];
        };
        readonly flag: {
            readonly spec: "--dialect <draft>";
            readonly kind: "value";
            readonly choices: readonly ["draft-04", "draft-06", "draft-07", "2019-09", "2020-12"];
        };
    };
    readonly maxInputBytes: {
        readonly configKey: "maxInputBytes";
        readonly description: "the largest document read, in bytes (default 33554432, 32 MiB); a larger one is refused with too-large.";
        readonly schema: {
            readonly type: "integer";
            readonly minimum: 1;
        };
        readonly flag: {
            readonly spec: "--max-input-bytes <bytes>";
            readonly kind: "count";
        };
    };
    readonly unresolvedRefs: {
        readonly configKey: "unresolvedRefs";
        readonly description: "OpenAPI, JSON Schema: what a $ref that names nothing does: \"error\" (the default) refuses the document; \"unknown\" is a located warning and reads it as any value (unknown), so a spec with one broken link still generates, as openapi-typescript does.";
        readonly schema: {
            readonly enum: readonly ["error", "unknown"];
        };
        readonly flag: {
            readonly spec: "--unresolved-refs <mode>";
            readonly kind: "value";
            readonly choices: readonly ["error", "unknown"];
        };
    };
    readonly exportType: {
        readonly configKey: "exportType";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--export-type";
            readonly kind: "boolean";
        };
    };
    readonly immutable: {
        readonly configKey: "immutable";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--immutable";
            readonly kind: "boolean";
        };
    };
    readonly alphabetize: {
        readonly configKey: "alphabetize";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--alphabetize";
            readonly kind: "boolean";
        };
    };
    readonly excludeDeprecated: {
        readonly configKey: "excludeDeprecated";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--exclude-deprecated";
            readonly kind: "boolean";
        };
    };
    readonly rootTypes: {
        readonly configKey: "rootTypes";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--root-types";
            readonly kind: "boolean";
        };
    };
    readonly rootTypesNoSchemaPrefix: {
        readonly configKey: "rootTypesNoSchemaPrefix";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--root-types-no-schema-prefix";
            readonly kind: "boolean";
        };
    };
    readonly defaultNonNullable: {
        readonly configKey: "defaultNonNullable";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--default-non-nullable";
            readonly kind: "boolean";
        };
    };
    readonly additionalProperties: {
        readonly configKey: "additionalProperties";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--additional-properties";
            readonly kind: "boolean";
        };
    };
    readonly emptyObjectsUnknown: {
        readonly configKey: "emptyObjectsUnknown";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--empty-objects-unknown";
            readonly kind: "boolean";
        };
    };
    readonly arrayLength: {
        readonly configKey: "arrayLength";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--array-length";
            readonly kind: "boolean";
        };
    };
    readonly enum: {
        readonly configKey: "enum";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--enum";
            readonly kind: "boolean";
        };
    };
    readonly enumValues: {
        readonly configKey: "enumValues";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--enum-values";
            readonly kind: "boolean";
        };
    };
    readonly makePathsEnum: {
        readonly configKey: "makePathsEnum";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--make-paths-enum";
            readonly kind: "boolean";
        };
    };
    readonly dedupeEnums: {
        readonly configKey: "dedupeEnums";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--dedupe-enums";
            readonly kind: "boolean";
        };
    };
    readonly propertiesRequiredByDefault: {
        readonly configKey: "propertiesRequiredByDefault";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--properties-required-by-default";
            readonly kind: "boolean";
        };
    };
    readonly pathParamsAsTypes: {
        readonly configKey: "pathParamsAsTypes";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--path-params-as-types";
            readonly kind: "boolean";
        };
    };
    readonly generatePathParams: {
        readonly configKey: "generatePathParams";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--generate-path-params";
            readonly kind: "boolean";
        };
    };
    readonly readWriteMarkers: {
        readonly configKey: "readWriteMarkers";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--read-write-markers";
            readonly kind: "boolean";
        };
    };
    readonly transform: {
        readonly configKey: "transform";
        readonly description: "types.ts, in a JS/TS config or the API only: a function (schemaObject, { path, document, schemaObject }) called for each schema types.ts writes; the TypeScript type it returns (or { schema, questionToken }) is written instead (openapi-typescript's transform).";
        readonly schema: {
            not: {
                type: string[];
            };
        };
    };
    readonly postTransform: {
        readonly configKey: "postTransform";
        readonly description: "types.ts, in a JS/TS config or the API only: a function (type, { path, document, schemaObject }) given the TypeScript type structgen wrote for a schema; a string returned replaces it (openapi-typescript's postTransform).";
        readonly schema: {
            not: {
                type: string[];
            };
        };
    };
    readonly directions: {
        readonly configKey: "directions";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--directions";
            readonly kind: "boolean";
        };
    };
    readonly dates: {
        readonly configKey: "dates";
        readonly description: "types.ts and zod.ts: what date-time and date strings are: \"string\" (the default, as sent) or \"Date\" (zod.ts decodes the string into a Date and encodes it back; schema.json keeps the string). See docs/type-mappings.md.";
        readonly schema: {
            readonly enum: readonly ["string", "Date"];
        };
        readonly flag: {
            readonly spec: "--dates <mode>";
            readonly kind: "value";
            readonly choices: readonly ["string", "Date"];
        };
    };
    readonly int64: {
        readonly configKey: "int64";
        readonly description: "types.ts and zod.ts: what 64-bit integers (format int64, JSON Structure int64/uint64) are: \"number\", \"bigint\" or \"string\" (zod.ts decodes the wire value into it and encodes it back; schema.json keeps the wire form). Default: what each travels as. See docs/type-mappings.md.";
        readonly schema: {
            readonly enum: readonly ["number", "bigint", "string"];
        };
        readonly flag: {
            readonly spec: "--int64 <mode>";
            readonly kind: "value";
            readonly choices: readonly ["number", "bigint", "string"];
        };
    };
    readonly typeMappings: {
        readonly configKey: "typeMappings";
        readonly description: "custom type mappings: schemas with this format (or x- keyword value) are the type `type` in types.ts and are decoded by the Zod schema `zod` in zod.ts (and zod.mini.ts), each \"specifier#Export\" (a path relative to the project folder, or a package). See docs/type-mappings.md.";
        readonly schema: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly required: readonly ["type"];
                readonly properties: {
                    readonly format: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "match schemas with this format";
                    };
                    readonly type: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "the TypeScript type, \"specifier#Export\" (e.g. \"./money.js#Money\")";
                    };
                    readonly zod: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "the Zod schema from the wire value to the type, usually a z.codec, \"specifier#Export\" (e.g. \"./money.js#MoneySchema\")";
                    };
                };
                readonly patternProperties: {
                    readonly '^x-': {
                        readonly type: readonly ["string", "number", "boolean", "null"];
                        readonly description: "match schemas with this x- keyword value";
                    };
                };
                readonly additionalProperties: false;
            };
        };
        readonly flag: {
            readonly spec: "--type-mapping <mapping>";
            readonly kind: "mapping";
        };
    };
    readonly typeProof: {
        readonly configKey: "typeProof";
        readonly description: string;
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--type-proof";
            readonly kind: "boolean";
        };
    };
    readonly ignore: {
        readonly configKey: "ignore";
        readonly description: "warning codes not to print for this document (a known defect of a spec you cannot fix, say schema-defect); the summary line still counts them.";
        readonly schema: {
            readonly type: "array";
            readonly items: {
                readonly enum: string[];
            };
            readonly uniqueItems: true;
        };
        readonly flag: {
            readonly spec: "--ignore <code>";
            readonly kind: "repeat";
        };
        readonly banner: false;
    };
    readonly templates: {
        readonly configKey: "templates";
        readonly description: "docs: a folder of your own Mustache templates (a copy of the package’s templates/) to render the Markdown docs with; a template missing there is the built-in one.";
        readonly schema: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly path: true;
        readonly flag: {
            readonly spec: "--templates <dir>";
            readonly kind: "value";
        };
    };
    readonly frontMatter: {
        readonly configKey: "frontMatter";
        readonly description: "docs: open each Markdown page with front matter for a docs site (Docusaurus, VitePress, Starlight): its title and sidebar position.";
        readonly schema: {
            readonly type: "boolean";
        };
        readonly flag: {
            readonly spec: "--front-matter";
            readonly kind: "boolean";
        };
    };
    readonly remoteDocuments: {
        readonly configKey: "remoteDocuments";
        readonly description: "documents to use for these URIs instead of fetching them; remote $refs to them are followed without allowRemoteRefs.";
        readonly schema: {
            readonly type: "object";
            readonly additionalProperties: true;
        };
    };
    readonly prettierOnly: {
        readonly configKey: "prettierOnly";
        readonly description: "format every file with prettier instead of structgen's own layout (the same bytes, much slower; for checking).";
        readonly schema: {
            readonly type: "boolean";
        };
    };
};
export declare const documentOptionKeys: DocumentOptionKey[];
