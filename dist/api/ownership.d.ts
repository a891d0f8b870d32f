export declare const manifestName = ".structgen-manifest.json";
export interface Manifest {
    structgen: 1;
    /** The document the files were generated from: a path relative to the folder (`/`-separated), or a URL or name. */
    source: string;
    /** The config that planned the document, relative to the folder; absent for a command line's document. */
    config?: string;
    /** Each file written, relative to the folder, with the SHA-256 of its bytes (hex), sorted by path. */
    files: Record<string, string>;
}
export declare function sha256(contents: string | Buffer): string;
/** A document's identity as the manifest spells it: relative to the output folder, or a URL or name as given. */
export declare function documentIdentity(source: string, realDir: string): string;
/** The manifest text for a set of file hashes: sorted and stable, so the same run writes the same bytes. */
export declare function manifestText(source: string, config: string | undefined, hashes: ReadonlyMap<string, string>): string;
/** The folder's manifest, or undefined when there is none or it is not one (a torn or foreign file is no record). */
export declare function readManifest(realDir: string): Promise<Manifest | undefined>;
/** The absolute path of `relative` inside `dir`, or undefined when its text would land outside it. */
export declare function inside(dir: string, relative: string): string | undefined;
/**
 * The absolute path of `relative` inside the real folder `realDir`, checked on the disk: every folder on
 * the way is a real folder (not a link, which could lead anywhere) or does not exist yet, and the file
 * itself, if present, is not a link. Undefined when any of that fails: the path is then not structgen's to touch.
 */
export declare function confined(realDir: string, relative: string): Promise<string | undefined>;
export type Ownership = {
    owned: true;
} | {
    owned: false;
    why: string;
};
/**
 * Whether structgen may replace the file at `relative` (which exists) with `next`: recorded as written for
 * this document and still of structgen's making, or, without a record, carrying the very banner this run
 * writes. `manifest` is the folder's record when it belongs to the same document.
 */
export declare function mayReplace(absolute: string, relative: string, next: string, manifest: Manifest | undefined): Promise<Ownership>;
/** Whether structgen may remove `relative`: recorded for this document, and its bytes still exactly the recorded ones (and bannered). */
export declare function mayRemove(absolute: string, relative: string, manifest: Manifest | undefined): Promise<boolean>;
