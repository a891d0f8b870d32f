export { inside } from './ownership.js';
export declare const journalName = ".structgen-journal.json";
export interface Replacement {
    /** Relative to the folder, `/`-separated. */
    path: string;
    temp: string;
    /** Present when the target existed: a second name for the earlier file, so a failed commit can undo. */
    backup?: string;
}
export interface Removal {
    path: string;
    backup: string;
}
export interface Journal {
    structgen: 1;
    pid: number;
    host: string;
    state: 'staging' | 'committing';
    /** The document being written, as the manifest names it (absent in journals of structgen before manifests). */
    source?: string;
    replace: Replacement[];
    remove: Removal[];
}
/** A run's own suffix for temporary files and backups: its process and a random part (two runs, one process). */
export declare function runId(): string;
/** Creates the journal exclusively: an existing one means another run holds the folder, or a run died. */
export declare function createJournal(dir: string, journal: Journal): Promise<'created' | 'exists'>;
/** Moves the journal to `committing` in one rename, so it is never half-written in that state. */
export declare function markCommitting(dir: string, journal: Journal): Promise<void>;
/** Writes a file and flushes it to the disk before returning, so a rename after it never exposes a torn file. */
export declare function writeDurably(file: string, contents: string, flag?: string): Promise<void>;
/** Makes renames in a folder durable; not every platform can open a folder (Windows), which is fine. */
export declare function syncFolder(dir: string): Promise<void>;
/** A second name for `target` (a hard link; a copy where the file system has no links). */
export declare function backUp(target: string, backup: string): Promise<void>;
export declare function exists(file: string): Promise<boolean>;
/**
 * Finishes an interrupted commit, in the commit's own order: every temporary file over its target (where
 * the target is absent or structgen's), every removal the manifest vouches for, the manifest last; then
 * the backups and the journal go. `dir` is the real folder.
 */
export declare function rollForward(dir: string, journal: Journal): Promise<void>;
/** Undoes a commit that failed part-way: earlier files back from their backups, new files gone. */
export declare function rollBack(dir: string, journal: Journal): Promise<void>;
/** Undoes a run that never committed: its temporary files and backups go; no target was touched. */
export declare function discardStaging(dir: string, journal: Journal | undefined): Promise<void>;
/** The folders of these paths (inside `dir`, not `dir` itself) that are empty, deepest first, and their empty parents. */
export declare function removeEmptyFolders(dir: string, paths: readonly string[]): Promise<void>;
/** Reads a journal, or undefined when it is torn (a run killed while creating it, before any file was staged). */
export declare function readJournal(dir: string): Promise<Journal | undefined>;
export declare function newJournal(replace: Replacement[], remove: Removal[], source: string): Journal;
/**
 * Brings a folder back to a complete set after a run that died: rolls an interrupted commit forward or
 * a staging run back, and deletes what structgen before the journal left behind. Returns what it did.
 * Only the holder of the folder's lock calls this (the journal's writer is then known to be gone); `dir`
 * is the real folder.
 */
export declare function recoverFolder(dir: string): Promise<'none' | 'rolled-forward' | 'rolled-back'>;
