import { type Diagnostic } from '../diagnostics/index.js';
/** What the library API accepts as input: a file path, or a document already in memory. */
export type DocumentInput = string | {
    /** The document: parsed JSON, or its text. */
    document: unknown;
    /** A name for diagnostics and banners, e.g. `job.json`. Defaults to `<memory>`. */
    name?: string;
};
export interface LoadedDocument {
    /** Path relative to the working directory with `/` separators, or the in-memory name. */
    uri: string;
    value: unknown;
    /** Line and column (1-based) of the value a JSON pointer names, when the text is known. */
    locate(pointer: string): {
        line: number;
        column: number;
    } | undefined;
}
export type LoadResult = {
    ok: true;
    document: LoadedDocument;
} | {
    ok: false;
    diagnostics: Diagnostic[];
};
/** Nesting deeper than this is refused: no real schema comes close, and readers recurse. */
export declare const maxDepth = 200;
/**
 * Documents (files, URLs, texts) larger than this are refused before parsing, unless the caller raises
 * it (`maxInputBytes`, `--max-input-bytes`). 32 MiB is over twenty times the largest public spec in the
 * test corpus; what exceeds it is copied into every output (a 50 MB description became 210 MB written).
 */
export declare const defaultMaxInputBytes: number;
export interface LoadLimits {
    /** The size cap in bytes; `defaultMaxInputBytes` when absent. */
    maxInputBytes?: number;
}
export declare function loadDocument(input: DocumentInput, cwd: string, limits?: LoadLimits): Promise<LoadResult>;
/** JSON when the text starts like JSON, YAML otherwise (YAML 1.2 is a superset, but JSON errors read better). */
export declare function parseText(raw: string, uri: string): LoadResult;
/** A path as users see it: relative to the working directory when inside it, always with `/`. */
export declare function displayPath(absolute: string, cwd: string): string;
/** Whether a parsed document may hold `$id`, `$anchor`, `$dynamicAnchor`, `$recursiveAnchor` or `$schema`. */
export declare function mayHoldIdentifiers(value: unknown): boolean;
/** Whether a parsed document may hold a reference to another document (a `$ref` not starting with `#`, a mapping). */
export declare function mayHoldExternalRefs(value: unknown): boolean;
