import { type Diagnostic } from '../../diagnostics/index.js';
import { type LoadedDocument } from '../load.js';
type Json = Record<string, unknown>;
export interface ImportContext {
    cwd: string;
    /** Folder imports must stay inside. */
    root: string;
    diagnostics: Diagnostic[];
    /** Files being imported, to refuse an import cycle. */
    active: Set<string>;
    /** Line and column in the input document, for diagnostics at its `$import`s. */
    locate?: LoadedDocument['locate'];
    /** The size cap for each imported file (see `ReadOptions.maxInputBytes`). */
    maxInputBytes?: number;
}
/** Returns `document` with every import expanded (a new value; the input is not changed). */
export declare function expandImports(document: Json, file: string | undefined, uri: string, ctx: ImportContext): Promise<Json>;
/** A definition has a `type` (or is a bare `$ref` in Core-like documents); anything else is a namespace. */
export declare function isTypeDefinition(node: Json): boolean;
export {};
