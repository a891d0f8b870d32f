import type { Diagnostic } from '../diagnostics/index.js';
import type { Model } from '../model/index.js';
/** What every reader returns: a Model unless an error stopped it, and everything it noticed. */
export interface ReadResult {
    model?: Model;
    diagnostics: Diagnostic[];
}
