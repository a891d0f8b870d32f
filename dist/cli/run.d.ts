import { type Diagnostic, type PlannedDocument, type ReporterName } from '../index.js';
import type { Interruption } from './signals.js';
export interface Io {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd: string;
    /** Whether stderr is an interactive terminal (not CI, not a pipe): only then is a progress line drawn. */
    interactive?: boolean;
    /** Standard input (for `structgen generate -`), read in chunks up to `--max-input-bytes`; process.stdin when absent. */
    stdin?: () => AsyncIterable<Uint8Array | string>;
    /** Ends the process at once (watch mode on Ctrl-C, when no write is in progress); absent in-process. */
    exit?: (code: number) => void;
}
export interface RunSettings {
    check: boolean;
    quiet: boolean;
    /** List each file written or removed under its document's summary line. */
    verbose?: boolean;
    reporter: ReporterName;
    /** Whether to print the summary line even for one document (a config run). */
    summary: boolean;
    /** Replace files in the way that structgen cannot prove it wrote (`--overwrite`). */
    overwrite?: boolean;
    /** The config the documents come from (absolute), recorded in each output folder's manifest. */
    configFile?: string;
    /**
     * Whether `documents` are all the config plans, so that output recorded for the config's other
     * documents is orphaned: removed (or, with `check`, reported). Not for a watch's partial runs.
     */
    orphans?: boolean;
    /** Consumer warnings already printed (a watch says "zod is missing" once, not after every save). */
    said?: Set<string>;
    /** Runs a write so that SIGINT/SIGTERM abort it safely; says which signal arrived, if one did. */
    guardWrite: <T>(work: (signal: AbortSignal) => Promise<T>) => Promise<{
        value?: T;
        interrupted?: Interruption;
    }>;
}
export interface DocumentOutcome {
    document: PlannedDocument;
    ok: boolean;
    /** Every file the document read (absolute): what a watcher follows. */
    reads: string[];
    /** The output folder (or the one output file), relative to the working directory, once the document's name is known. */
    out?: string;
}
export interface RunOutcome {
    exitCode: number;
    documents: DocumentOutcome[];
    interrupted?: Interruption;
}
/** Prints diagnostics as the reporter wants them, and human lines where they do not get in its way. */
export declare class Printer {
    private readonly io;
    private readonly reporter;
    private readonly quiet;
    private collected;
    constructor(io: Io, reporter: ReporterName, quiet: boolean);
    diagnostics(list: readonly Diagnostic[]): void;
    /**
     * A line for people: on stdout, except where stdout belongs to the JSON report. Silent when quiet.
     * Its file names may come from anywhere (a stale file named with a newline and `::error`, an ESC), so
     * it is printed as one line without control characters that cannot start a workflow command.
     */
    say(text: string): void;
    /** A line for people that explains a failure: stderr, even when quiet (one safe line, as `say`). */
    complain(text: string): void;
    /** Ends a run: the JSON reporter prints its one array (empty when all went well). */
    flush(): void;
}
export declare function runDocuments(documents: readonly PlannedDocument[], settings: RunSettings, io: Io, printer: Printer): Promise<RunOutcome>;
/** A write failure is the user's to fix (a path, a permission, a full disk): a located error. */
export declare function writeDiagnostic(error: unknown, io: Io): Diagnostic;
/** A path for the terminal: relative to the working directory, `/`-separated. */
export declare function shown(absolute: string, cwd: string): string;
