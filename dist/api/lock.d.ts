export declare const lockName = ".structgen-lock.json";
export interface FolderLock {
    release(): Promise<void>;
}
export declare class FolderBusyError extends Error {
    readonly pid: number | undefined;
    readonly host: string | undefined;
    constructor(pid: number | undefined, host: string | undefined);
}
/**
 * Takes the folder's lock, waiting up to `waitMs` for a live holder to finish; throws `FolderBusyError`
 * when it does not. A dead holder's lock is taken over.
 */
export declare function lockFolder(realDir: string, waitMs: number, signal?: AbortSignal): Promise<FolderLock>;
/** Waits while a live run holds the folder (for readers such as `--check`); throws `FolderBusyError` after `waitMs`. */
export declare function waitForFolder(realDir: string, waitMs: number): Promise<void>;
/** Whether a lock is left in the folder by a run that is gone (`kill -9`): the next run takes it over and drops it. */
export declare function deadLock(realDir: string): Promise<boolean>;
/** Whether a live run holds the folder now. */
export declare function folderHeld(realDir: string): Promise<boolean>;
