import type { GenerateOptions } from '../api/generate.js';
import { type Diagnostic } from '../diagnostics/index.js';
import type { LoadedConfig } from './load.js';
/**
 * An output that names a TypeScript file (`src/api/schema.ts`, `schema.d.ts`) rather than a folder: the
 * types alone are written there (unless a folder of that name exists, which run.ts checks).
 */
export declare const namesTypesFile: (out: string) => boolean;
/** The output folder when a document names none; `[name]` is the document's name. */
export declare const defaultOut = "generated/[name]";
export interface PlannedDocument {
    /** Where the document comes from in the config (`/documents/2`); absent for a command line's document. */
    pointer?: string;
    /** The same place for diagnostics about the document as a whole: the config file, pointer, line:column. */
    origin?: {
        file: string;
        pointer: string;
        line?: number;
        column?: number;
    };
    /** What to pass to `generate()`: `cwd` is the project folder, `input` a path relative to it. */
    options: GenerateOptions & {
        cwd: string;
    };
    /** The output folder, relative to `options.cwd`; `[name]` stands for the document's name. */
    out: string;
}
/** A folder whose new files may match a config's glob: a watcher follows it for documents to add. */
export interface GlobBase {
    dir: string;
    recursive: boolean;
}
export declare function planConfigDocuments(loaded: LoadedConfig): Promise<{
    documents: PlannedDocument[];
    diagnostics: Diagnostic[];
    globBases: GlobBase[];
}>;
/** The output folder for a document of this name. */
export declare function outFor(document: PlannedDocument, name: string): string;
