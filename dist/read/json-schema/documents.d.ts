import { type Diagnostic } from '../../diagnostics/index.js';
import { type LoadedDocument } from '../load.js';
import type { JsonSchemaDialect } from './dialects.js';
import { IdentifierIndex } from './identifiers.js';
export interface DocumentSet {
    root: LoadedDocument;
    /** `$id`s and `$anchor`s of every document, with the base URI in effect at each pointer. */
    identifiers: IdentifierIndex;
    /** By uri, as `LoadedDocument.uri`. */
    byUri: Map<string, LoadedDocument>;
    /**
     * Resolves a `$ref`'s document part, as seen from the document `fromUri`; a string is a refusal reason,
     * undefined a document that could not be read (already reported at the `$ref`).
     */
    resolveDocument(reference: string, fromUri: string): LoadedDocument | string | undefined;
}
export interface DocumentSetOptions {
    cwd: string;
    allowRemoteRefs: boolean;
    /** Where the root came from: a path relative to cwd, a URL, or nothing for an in-memory document. */
    rootLocation: string | undefined;
    /** Documents to use for these URIs instead of fetching them. */
    remoteDocuments?: Record<string, unknown>;
    /** The size cap for each document read (see `ReadOptions.maxInputBytes`). */
    maxInputBytes?: number;
    /**
     * JSON Schema input: every document is a schema, read in this dialect unless it names its own
     * (`forced`: the root's `$schema` does not count, the option chose). Absent for OpenAPI input.
     */
    schemas?: {
        dialect: JsonSchemaDialect;
        forced: boolean;
    };
}
export declare function loadDocumentSet(root: LoadedDocument, options: DocumentSetOptions): Promise<{
    set: DocumentSet;
    diagnostics: Diagnostic[];
}>;
