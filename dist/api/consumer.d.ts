import { type Diagnostic } from '../diagnostics/index.js';
import { type Runtime } from '../emit/index.js';
/** The oldest zod the generated validators compile and run with (`z.xor`, `.exactOptional()`). */
export declare const minimumZod: {
    major: number;
    minor: number;
};
type Found = {
    package: string;
    version: string;
} | undefined;
/** The installed copy of `name` that a bare import from a file in `dir` gets, if any. */
export declare function resolvePackage(dir: string, name: string): Found;
/** A generated file that imports a runtime package: its folder (relative to `cwd`), name and runtime. */
export interface RuntimeUse {
    dir: string;
    file: string;
    runtime: Runtime;
}
/**
 * Warnings for generated files that cannot resolve a recent enough runtime package: one missing or
 * too-old warning per distinct situation (fifteen folders of one project get one warning), naming the
 * files and the install command for the project's package manager.
 */
export declare function checkRuntimes(uses: readonly RuntimeUse[], cwd: string): Diagnostic[];
/** `checkRuntimes` for output folders that hold a `zod.ts`. */
export declare function checkZod(outDirs: readonly string[], cwd: string): Diagnostic[];
export {};
