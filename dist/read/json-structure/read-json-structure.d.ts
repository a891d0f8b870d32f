/**
 * Reader for JSON Structure Core (draft-vasters-json-structure-core) with the validation, alternate-name
 * and import add-ins. Types are named under `definitions` (namespaces nest), referenced only as
 * `"type": {"$ref": "#/definitions/..."}`; `$root` (or a type at the document root) is the entry point.
 *
 * Wire encodings are kept exactly: int64, uint64, int128, uint128 and decimal are JSON strings;
 * the smaller integers are JSON numbers within their ranges. Core-like documents (wrong `$schema`, bare
 * `$ref`, `$defs`, `example`, `title` for `name`) are read with a warning each; `strict` makes those
 * warnings errors, as the reference SDK's schema validator does.
 */
import type { ReadResult } from '../read-result.js';
import type { LoadedDocument } from '../load.js';
export interface JsonStructureOptions {
    cwd: string;
    location?: string;
    /** Deviations from Core (Core-like documents) are errors rather than warnings. */
    strict?: boolean;
    /** Folder `$import`s must stay inside; the parent of the input's folder by default. */
    importRoot?: string;
    /** The largest file `$import` reads, in bytes (see ReadOptions). */
    maxInputBytes?: number;
}
export { isJsonStructure } from './detect.js';
export declare function readJsonStructure(loaded: LoadedDocument, options: JsonStructureOptions): Promise<ReadResult>;
