import { type Diagnostic } from '../diagnostics/index.js';
/** The oldest zod the generated validators compile and run with (`z.xor`, `.exactOptional()`). */
export declare const minimumZod: {
    readonly major: 4;
    readonly minor: 3;
};
type Found = {
    package: string;
    version: string;
} | undefined;
/** The zod that a bare `import "zod"` from a file in `dir` gets, if any. */
export declare function resolveZod(dir: string): Found;
/**
 * Warnings for output folders whose `zod.ts` cannot resolve a recent enough zod: one `zod-missing` or
 * `zod-too-old` per distinct situation (fifteen folders of one project get one warning), naming the
 * folders and the install command for the project's package manager. `outDirs` are relative to `cwd`.
 */
export declare function checkZod(outDirs: readonly string[], cwd: string): Diagnostic[];
export {};
