/**
 * Reader for OpenAPI 3.0, 3.1 and 3.2 documents (JSON or YAML): `components.schemas` become definitions,
 * and `paths`, `webhooks` and their callbacks become operations (`operations.ts`) — all of them, or those
 * selected by `entities` (schemas), `operations` (operation ids) and `tags`, with everything they reference.
 * Schema Objects are converted in `../json-schema/schema.ts`; `$ref`s resolved across the documents
 * `documents.ts` loads. OpenAPI 3.1.0 §4.8.24 (Schema Object = JSON Schema 2020-12; 3.2 keeps it);
 * 3.0.3 §4.7.24 (its own JSON Schema subset).
 */
import type { ReadResult } from '../read-result.js';
import type { LoadedDocument } from '../load.js';
import { ReadContext, type UnresolvedRefs } from '../json-schema/context.js';
import { type OperationSelection } from './operations.js';
export interface OpenApiOptions {
    /** Only these component schemas (and what they reference); all of them when absent. */
    entities?: readonly string[];
    /** Only these operations (by operationId, or the id structgen derives) and what they reference. */
    operations?: readonly string[];
    /** Only operations with one of these tags and what they reference. */
    tags?: readonly string[];
    cwd: string;
    /** Follow `http(s):` refs (off by default: a spec must not make structgen send requests). */
    allowRemoteRefs?: boolean;
    remoteDocuments?: Record<string, unknown>;
    maxInputBytes?: number;
    mappingKeys?: {
        formats: readonly string[];
        extensions: readonly string[];
    };
    /** Where the document came from (path relative to cwd, or URL), to resolve relative refs against. */
    location?: string;
    /** `unknown`: a `$ref` that names nothing is a warning and reads as any value. */
    unresolvedRefs?: UnresolvedRefs;
}
export declare function isOpenApi(value: unknown): boolean;
export declare function readOpenApi(loaded: LoadedDocument, options: OpenApiOptions): Promise<ReadResult>;
/** Operation ids and tags the selection names but the document lacks are errors, with a "did you mean". */
export declare function checkSelection(ctx: ReadContext, loaded: LoadedDocument, selection: OperationSelection, ids: string[], tags: string[]): void;
/** The output folder name: the file's base name, or the API title (see documentSlug). */
export declare function documentName(location: string | undefined, title: unknown): string;
