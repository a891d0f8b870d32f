/** Runs `work`, adding the absolute path of every file it reads (or tries to) to `into`. */
export declare function recordReads<T>(into: Set<string>, work: () => Promise<T>): Promise<T>;
/** Called by the loader for each file it opens. */
export declare function noteRead(absolutePath: string): void;
