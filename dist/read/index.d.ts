/**
 * Format detection and the reader registry: a new input format is a new folder plus one entry here.
 */
import type { ReadResult } from './read-result.js';
import type { InputFormat } from '../model/index.js';
import type { LoadedDocument } from './load.js';
import type { JsonSchemaDialect } from './json-schema/dialects.js';
import type { UnresolvedRefs } from './json-schema/context.js';
export { loadDocument, displayPath, defaultMaxInputBytes, type DocumentInput, type LoadedDocument } from './load.js';
export { withUpstream } from './upstream.js';
export type { ReadResult } from './read-result.js';
export { jsonSchemaDialects, type JsonSchemaDialect } from './json-schema/dialects.js';
export interface ReadOptions {
    cwd: string;
    /** OpenAPI: generate only these component schemas and what they reference. */
    entities?: readonly string[];
    /** OpenAPI: only these operations (by operationId) and what they reference. */
    operations?: readonly string[];
    /** OpenAPI: only operations with one of these tags and what they reference. */
    tags?: readonly string[];
    /** OpenAPI, JSON Schema: follow http(s) `$ref`s. */
    allowRemoteRefs?: boolean;
    /**
     * OpenAPI, JSON Schema: documents to use for these URIs instead of fetching them (e.g. a test suite's
     * remotes); remote `$ref`s to them are followed without `allowRemoteRefs`.
     */
    remoteDocuments?: Record<string, unknown>;
    /** Where the document came from (path relative to cwd, or URL), for relative refs. */
    location?: string;
    /** JSON Structure: deviations from Core are errors. */
    strict?: boolean;
    /** JSON Structure: the folder `$import`s must stay inside. */
    importRoot?: string;
    /**
     * JSON Schema: `format` asserts (is checked by the validators) instead of only annotating, which is
     * what the specification makes it by default. OpenAPI and JSON Structure formats always assert.
     */
    assertFormats?: boolean;
    /**
     * JSON Schema: the draft whose rules read the input (`draft-04`, `draft-06`, `draft-07`, `2019-09`, `2020-12`), instead of the
     * one its `$schema` names (2020-12 when it names none). Resources with a `$schema` of their own keep it.
     */
    dialect?: JsonSchemaDialect;
    /**
     * The largest document (input, referenced, imported or upstream file, URL) read, in bytes;
     * `defaultMaxInputBytes` (32 MiB) when absent. Larger ones get a `too-large` error.
     */
    maxInputBytes?: number;
    /**
     * OpenAPI, JSON Schema: what a `$ref` that names nothing (or a referenced file that cannot be read)
     * does: `error` (the default) refuses the document; `unknown` warns, located, and reads what it named
     * as any value (`unknown` in TypeScript), so a spec with one broken link still generates.
     */
    unresolvedRefs?: UnresolvedRefs;
    /**
     * OpenAPI, Swagger 2.0, JSON Schema: what the type mappings match on (src/api/type-mappings.ts): these
     * `x-` keywords of string and number schemas are kept on their nodes (`extensions`), and these
     * formats assert even where JSON Schema makes formats annotate (a value decoded into a `Date` must
     * be a date). Set by `generate()` from its mapping options, not a document option of its own.
     */
    mappingKeys?: {
        formats: readonly string[];
        extensions: readonly string[];
    };
}
export declare const inputFormats: InputFormat[];
/** The format of an API description (an upstream document): Swagger 2.0 when it says so, else OpenAPI. */
export declare function apiFormatOf(value: unknown): 'openapi' | 'swagger2';
export declare function readDocument(document: LoadedDocument, options: ReadOptions & {
    format?: InputFormat;
}): Promise<ReadResult>;
