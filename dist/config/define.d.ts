/**
 * The config file's shape, and `defineConfig` for typed `structgen.config.{ts,mjs,js}` files. This
 * module imports nothing at run time, so a config file that loads it costs nothing.
 */
import type { GenerateOptions } from '../api/generate.js';
import type { DocumentOptionKey } from '../api/options.js';
/** One document (or, with a glob, several) to generate: every generate option can be set per document. */
export type DocumentConfig = {
    /**
     * The input: a path or a glob (`schemas/*.json`), or several, relative to the config file's folder.
     * A URL is fetched.
     */
    input: string | readonly string[];
    /**
     * The output folder, relative to the config file's folder; `[name]` is each document's name (as the
     * default `generated/[name]` uses it). Required to hold `[name]` when `input` matches several files.
     */
    out?: string;
} & Partial<Pick<GenerateOptions, Exclude<DocumentOptionKey, 'outDir'>>>;
export interface StructgenConfig {
    /** Editors read this for completion: `./node_modules/structgen/schemas/structgen.config.schema.json`. */
    $schema?: string;
    documents: readonly DocumentConfig[];
}
/** Types a config file: `export default defineConfig({ documents: [...] })`. Returns its argument. */
export declare function defineConfig<const T extends StructgenConfig>(config: T): T;
