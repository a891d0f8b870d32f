/**
 * Every text output in prettier's layout, with fixed options so a user's prettier config cannot change
 * what structgen writes (output must be byte-identical everywhere). Most of it is laid out without
 * running prettier: JSON and Markdown by printers of their own (json.ts, markdown.ts here),
 * code by the emitters, which hand over segments already laid out. Prettier formats what those decline.
 */
import type { EmittedFile } from './file.js';
export interface FormatOptions {
    /** Format everything with prettier from source, as structgen did before it laid out its own output. */
    prettierOnly?: boolean;
}
export declare function formatFile(file: EmittedFile, options?: FormatOptions): Promise<EmittedFile>;
/** Characters one column wide in prettier's count, besides printable ASCII (© and ® are emoji, so not here). */
export declare const narrow = "\\u00a0-\\u00a8\\u00aa-\\u00ad\\u00af-\\u00ff\\u2010-\\u2027\\u2030-\\u203b\\u2260\\u2264\\u2265";
