export type Confinement = {
    ok: true;
} | {
    ok: false;
    reason: string;
};
/**
 * Whether `target` (absolute, already inside `root` by its text) is inside `root` by real path too. A
 * target that does not exist passes: reading it then fails as a missing file, and nothing is read.
 * `show` turns an absolute path into the form diagnostics use.
 */
export declare function confine(target: string, root: string, show: (absolute: string) => string): Promise<Confinement>;
