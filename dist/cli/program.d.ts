import { type ReporterName } from '../index.js';
import { type Io } from './run.js';
export type { Io } from './run.js';
export declare const exitCodes: {
    readonly ok: 0;
    readonly inputError: 1;
    readonly usage: 2;
};
export interface GenerateCommandOptions extends Record<string, unknown> {
    config?: string;
    check?: boolean;
    watch?: boolean;
    quiet?: boolean;
    overwrite?: boolean;
    verbose?: boolean;
    reporter: ReporterName;
}
/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export declare function runCli(given: string[], io: Io): Promise<number>;
