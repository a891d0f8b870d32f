import { type Diagnostic } from '../diagnostics/index.js';
import type { GeneratedFile } from './generate.js';
type WriteErrorCode = 'output-write-failed' | 'output-busy' | 'output-not-owned';
/** A write into an output folder failed; `diagnostic` says where and why. The earlier output is intact. */
export declare class OutputWriteError extends Error {
    readonly code: WriteErrorCode;
    /** The file or folder that could not be written, as given (joined to the `outDir` passed in). */
    readonly path: string;
    /** The system's error code (`EACCES`, `ENOSPC`, `ENOTDIR`, ...), when the system gave one. */
    readonly reason: string | undefined;
    readonly diagnostic: Diagnostic;
    constructor(code: WriteErrorCode, file: string, message: string, reason?: string, hint?: string);
}
export interface WriteOptions {
    /** The base of a relative `outDir`; `process.cwd()` by default. Messages show paths as given. */
    cwd?: string;
    /** Stops the write at the next safe point: rolled back while files are staged, finished once committing. */
    signal?: AbortSignal;
    /**
     * Remove files that the folder's manifest records as written for the same document, that still hold
     * exactly what was written, and that `files` no longer holds, in the same set replacement. On by default.
     */
    removeStale?: boolean;
    /**
     * The document the files were generated from: a path (relative to `cwd`), a URL, or a name for a
     * document given as text. The manifest records it (relative to the folder), and a folder whose manifest
     * names another document is not this run's. Without it, the files' banners name the document.
     */
    source?: string;
    /** The config that planned the document (a path relative to `cwd`), recorded so that orphaned output can be found. */
    config?: string;
    /**
     * Take over files in the way that structgen cannot prove it wrote (a user's file at a generated path, a
     * folder holding another document's output) instead of refusing with `output-not-owned`. Off by default.
     */
    overwrite?: boolean;
    /** How long to wait for another run that holds the folder before failing with `output-busy`; 60 s by default. */
    waitMs?: number;
}
export interface WriteReport {
    /** Paths relative to the folder, `/`-separated, in the order of `files`. */
    written: string[];
    /** Files whose contents were already right, left as they were. */
    unchanged: string[];
    /** Files of the same document that this run no longer produces, removed. */
    removed: string[];
    /** Files of the same document no longer produced that were left: they changed since structgen wrote them. */
    kept?: string[];
    /** Whether an interrupted earlier run had to be rolled forward or back first. */
    recovered: 'none' | 'rolled-forward' | 'rolled-back';
}
/**
 * Writes `files` into `outDir` (created if needed) as one set: the folder then holds all of them or, if
 * the write fails or is aborted, exactly what it held before. Removes the same document's files that are
 * no longer produced (unless `removeStale: false`), and records what it wrote in the folder's manifest.
 */
export declare function writeOutput(outDir: string, files: readonly GeneratedFile[], options?: WriteOptions): Promise<WriteReport>;
/** Writes all files into `outDir` as a set (see `writeOutput`) and returns their absolute paths. Removes nothing. */
export declare function writeFiles(outDir: string, files: readonly GeneratedFile[], options?: Omit<WriteOptions, 'removeStale'>): Promise<string[]>;
/**
 * Paths (relative to `outDir`) whose contents on disk differ from `files` or are missing, followed by the
 * files the folder's manifest records for the same document that a write would remove: what `--check`
 * reports. It waits while another run writes the folder, and an interrupted earlier write is first
 * finished or undone, so the answer is about a complete set.
 */
export declare function staleFiles(outDir: string, files: readonly GeneratedFile[], options?: Pick<WriteOptions, 'cwd' | 'source' | 'waitMs'>): Promise<string[]>;
/**
 * Finishes or undoes an interrupted write in `outDir`, if there was one, and removes what it left
 * behind. `writeOutput` and `staleFiles` do this first on their own. A journal whose run is still at
 * work (it holds the folder) is waited for, never touched.
 */
export declare function recoverOutput(outDir: string, options?: Pick<WriteOptions, 'cwd' | 'waitMs'>): Promise<WriteReport['recovered']>;
/**
 * Removes an output folder's recorded files (those still exactly as written), its manifest, and the
 * folders that leaves empty: for output whose document is gone (`orphanedOutputs`). Files that changed
 * since are kept and returned; if any are, the manifest stays too, recording just them.
 */
export declare function removeOutput(outDir: string, options?: Pick<WriteOptions, 'cwd' | 'waitMs'>): Promise<{
    removed: string[];
    kept: string[];
}>;
export {};
