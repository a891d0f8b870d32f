export type Interruption = 'SIGINT' | 'SIGTERM';
/** The exit code for a process ended by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
export declare function signalExitCode(signal: Interruption): number;
/**
 * Runs `work` with SIGINT and SIGTERM turned into an abort of the signal it is given. Returns the
 * signal that arrived, if any, beside the work's result (an aborted work's AbortError is swallowed).
 */
export declare function withInterrupts<T>(work: (signal: AbortSignal) => Promise<T>): Promise<{
    value?: T;
    interrupted?: Interruption;
}>;
