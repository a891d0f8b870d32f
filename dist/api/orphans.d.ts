export interface OrphanedOutput {
    /** The output folder (absolute). */
    dir: string;
    /** The document it was generated from, as its manifest records it (absolute path, or a URL or name). */
    source: string;
}
/**
 * The output folders below `projectDir` recorded as written for `configFile` from a document that is not
 * among `planned` (absolute paths or URLs of the documents this run plans).
 */
export declare function orphanedOutputs(projectDir: string, configFile: string, planned: ReadonlySet<string>): Promise<OrphanedOutput[]>;
