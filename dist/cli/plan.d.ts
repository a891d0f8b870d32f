import { type Diagnostic, type GenerateOptions, type GlobBase, type LoadedConfig, type PlannedDocument } from '../index.js';
import type { GenerateCommandOptions } from './program.js';
import type { Io } from './run.js';
export interface RunPlan {
    documents: PlannedDocument[];
    diagnostics: Diagnostic[];
    /** The config file the documents come from (absolute), if any: a watcher follows it. */
    configFile?: string;
    config?: LoadedConfig;
    /** Folders where new files may match the config's globs. */
    globBases: GlobBase[];
    /** Whether the document is read from standard input (which cannot be watched). */
    stdin?: boolean;
}
/**
 * `defaults`: options under the command line's flags (openapi-typescript's defaults and the banner's
 * command, for an openapi-typescript command line).
 */
export declare function planRun(input: string | undefined, options: GenerateCommandOptions, io: Io, defaults?: Partial<GenerateOptions>): Promise<RunPlan | {
    usage: string;
}>;
export declare function planFromConfig(file: string, io: Io, earlier?: Diagnostic[]): Promise<RunPlan>;
