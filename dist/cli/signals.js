/**
 * Ctrl-C and `kill` while output is being written. Outside a write the default applies (the process
 * ends at once: nothing is half-done then). During a write, SIGINT and SIGTERM abort it at its next safe
 * point instead (rolled back while staging, finished once committing) and the process then exits with
 * the signal's conventional code, leaving the folder with a complete set and no temporary file.
 */
import { constants } from 'node:os';
/** The exit code for a process ended by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
export function signalExitCode(signal) {
    return 128 + constants.signals[signal];
}
/**
 * Runs `work` with SIGINT and SIGTERM turned into an abort of the signal it is given. Returns the
 * signal that arrived, if any, beside the work's result (an aborted work's AbortError is swallowed).
 */
export async function withInterrupts(work) {
    const controller = new AbortController();
    let interrupted;
    const on = (signal) => () => {
        interrupted ??= signal;
        controller.abort();
    };
    const onInt = on('SIGINT');
    const onTerm = on('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    try {
        const value = await work(controller.signal);
        return interrupted ? { value, interrupted } : { value };
    }
    catch (error) {
        if (interrupted && error instanceof Error && error.name === 'AbortError')
            return { interrupted };
        throw error;
    }
    finally {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
    }
}
//# sourceMappingURL=signals.js.map