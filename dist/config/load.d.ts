import { type Diagnostic } from '../diagnostics/index.js';
import type { StructgenConfig } from './define.js';
/** The names `structgen generate` looks for in the working directory, in this order. */
export declare const configFileNames: readonly ["structgen.config.ts", "structgen.config.mts", "structgen.config.cts", "structgen.config.mjs", "structgen.config.js", "structgen.config.cjs", "structgen.config.json"];
export interface LoadedConfig {
    /** The config file, absolute. */
    file: string;
    /** Its folder: every path in the config is relative to it, and so is every path in generated files. */
    dir: string;
    /** The file as diagnostics name it (relative to the working directory). */
    uri: string;
    config: StructgenConfig;
    /** Whether `structgen generate` in `dir` finds this file by itself (the banner then needs no --config). */
    discoverable: boolean;
    /** Line and column of a JSON pointer into the file, where it can be known. */
    locate(pointer: string): {
        line: number;
        column: number;
    } | undefined;
}
/** The config file in `dir`, if there is one, and a warning when several compete. */
export declare function findConfig(dir: string): {
    file?: string;
    diagnostics: Diagnostic[];
};
/** Loads and checks the config `file` (relative to `cwd`). */
export declare function loadConfig(file: string, cwd: string): Promise<{
    config?: LoadedConfig;
    diagnostics: Diagnostic[];
}>;
