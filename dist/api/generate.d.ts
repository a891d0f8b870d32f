import { type Diagnostic } from '../diagnostics/index.js';
import { type TargetName } from '../emit/index.js';
import { type InputFormat, type Model } from '../model/index.js';
import { type DocumentInput, type LoadedDocument, type ReadOptions } from '../read/index.js';
import { type TypeScriptOptions } from '../emit/typescript/options.js';
import { type DatesMode, type Int64Mode, type TypeMapping } from './type-mappings.js';
/**
 * What to generate from what. The reader options (`entities`, `operations`, `tags`, `allowRemoteRefs`,
 * `remoteDocuments`, `strict`, `importRoot`, `location`) are documented on `ReadOptions` and passed on
 * as they are. Every per-document option is also a config-file key and (most) a CLI flag: see
 * `documentOptions`.
 */
export interface GenerateOptions extends Omit<ReadOptions, 'cwd' | 'mappingKeys'>, TypeScriptOptions {
    /**
     * A file path (resolved against `cwd`) or an in-memory document. For an in-memory document, `location`
     * (a path relative to `cwd`) says where it stands, so that its relative refs resolve.
     */
    input: DocumentInput;
    /** Which outputs to produce; all four by default. */
    targets?: readonly TargetName[];
    /** Force an input format instead of detecting it. */
    format?: InputFormat;
    /**
     * For a flat summary: its upstream OpenAPI document (path, URL or in-memory). The summary's entity is
     * generated from the exact upstream schema, under the summary's name. A URL is fetched because you passed it.
     */
    upstream?: DocumentInput;
    /**
     * Base for relative paths; `process.cwd()` by default. Paths in generated files are relative to it
     * (never absolute), and the banner's command is to be run in it.
     */
    cwd?: string;
    /** Where the files will be written, if not the default `generated/<name>/`; only used for the banner's command. */
    outDir?: string;
    /**
     * The command the banner's "Regenerate:" line shows. By default, the `structgen generate` command line
     * that reproduces these files with these options (`npx structgen generate` when a config holds them).
     */
    command?: string;
    /** Called as long runs advance (the CLI draws a progress line on a terminal from it). */
    onProgress?: (event: ProgressEvent) => void;
    /**
     * End `zod.ts` with a compile-time proof that each schema's output type equals the type of the same
     * name in `types.ts`. Off by default: it makes every `tsc` run over the output check what structgen's
     * own tests already check (about 1 s on the 347-schema Letta spec).
     */
    typeProof?: boolean;
    /**
     * Requests apart from responses (docs/directions.md): `types.ts` and `zod.ts` get a `PetWritable`
     * (what the API receives: readOnly properties left out) and a `PetReadable` (what it sends: writeOnly
     * properties left out, properties with a default present) wherever that view differs from `Pet`, and
     * operations' bodies and responses use them. `schema.json` and the docs keep the schema as written.
     * Off by default: it changes the types request bodies and responses name.
     */
    directions?: boolean;
    /**
     * Docs: a folder of Mustache templates (a copy of the package's `templates/`) to render the Markdown
     * docs with, relative to `cwd`; a template missing there is the built-in one. The view each template
     * receives is documented in docs/markdown-docs.md.
     */
    templates?: string;
    /** Docs: open each Markdown page with front matter (title, sidebar position) for a docs site. */
    frontMatter?: boolean;
    /**
     * Format every file with prettier from source instead of structgen's own layout. The output is the
     * same (tests hold it to that); this only exists to check that, and is much slower.
     */
    prettierOnly?: boolean;
    /**
     * Warning codes to leave out of `diagnostics` for this document (`['schema-defect']`): a known defect
     * of a spec that the team cannot fix. They are moved to `ignored`, so a caller can still count them;
     * errors cannot be ignored.
     */
    ignore?: readonly string[];
    /** `date-time` and `date` strings as `Date`s in types.ts and zod.ts (docs/type-mappings.md); strings by default. */
    dates?: DatesMode;
    /** 64-bit integers as `number`, `bigint` or `string` in types.ts and zod.ts; by default, what each travels as. */
    int64?: Int64Mode;
    /**
     * Custom mappings from a `format` or an `x-` keyword's value to a type of your own and the Zod schema
     * that decodes into it (docs/type-mappings.md). Relative module paths are relative to `cwd`; the
     * generated files import them from `outDir` (or `generated/<name>`), so pass `outDir` when you write elsewhere.
     */
    typeMappings?: readonly TypeMapping[];
}
export interface GeneratedFile {
    /** Path relative to the output directory (`types.ts`, `zod.ts`, `schema.json`, `README.md`). */
    path: string;
    contents: string;
}
export interface ProgressEvent {
    stage: 'emit' | 'format';
    /** The target being emitted or the file being formatted. */
    detail: string;
    /** How many definitions the model has: a measure of how long the run will take. */
    definitions: number;
}
/** A root definition, or an operation (or webhook), and what it is called in each target. */
export type EntryPoint = {
    kind: 'definition';
    /** The root definition's original name (its `$defs` key). */
    definition: string;
    /** Its TypeScript type in `types.ts`. */
    typeName: string;
    /** Its validator in `zod.ts`. */
    zodSchema: string;
} | {
    kind: 'operation' | 'webhook';
    /** The operation's id: its operationId, or the one structgen derived (`getPetsByPetId`). */
    operation: string;
    method: string;
    /** The path template, or the webhook's name. */
    path: string;
    /** Its type in `types.ts`: `operations["list_pets"]`. */
    typeName: string;
    /** Its entry in `zod.ts`'s lookup object: `operations["list_pets"]`. */
    zodSchema: string;
};
export interface GenerateResult {
    /** The document's name (e.g. `letta-job`), which names the default output folder; absent on error. */
    name?: string;
    /** The document's root definitions and what they are called in each target. */
    entryPoints?: EntryPoint[];
    files: GeneratedFile[];
    diagnostics: Diagnostic[];
    /** The warnings `ignore` left out of `diagnostics`. */
    ignored: Diagnostic[];
    /**
     * Every file the run read or tried to read, as absolute paths: the input, its external `$ref`s and
     * `$import`s, the upstream document (what a watcher has to follow). URLs are not listed.
     */
    reads: string[];
}
export declare function generate(options: GenerateOptions): Promise<GenerateResult>;
/** Loads and reads the input, and in upstream mode the upstream document too, into one Model. */
export declare function readModel(options: GenerateOptions, cwd: string): Promise<{
    model?: Model;
    diagnostics: Diagnostic[];
    loaded: LoadedDocument[];
}>;
/**
 * The `structgen generate` command line that reproduces a run's files: the input and every option that
 * was set, each path relative to `cwd` (where the command is to be run). Options without a flag
 * (`remoteDocuments`, `prettierOnly`) cannot be spelled; the latter changes no byte.
 */
export declare function regenerateCommand(options: GenerateOptions, cwd?: string): string;
