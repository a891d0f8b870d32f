/** The first banner line, whatever the target's comment syntax around it. */
export declare function bannerLines(source: string, targetTitle: string, command: string): string[];
/** A path as a banner shows it: relative to `base`, `/`-separated, never absolute; URLs stay URLs. */
export declare function portablePath(location: string, base: string): string;
/** Quotes a word for the banner's command line (POSIX shell) when it is not a plain word. */
export declare function shellWord(word: string): string;
/** How many bytes of a file's head hold its banner; long project paths still fit. */
export declare const bannerHeadBytes = 4096;
/**
 * The source document a structgen banner at the head of a file names, or undefined when the file does
 * not open with one. Each target writes the banner in its own syntax (and escapes it for that context),
 * so it is decoded the same way here: a `//` comment, the schema's `$comment`, an HTML comment.
 */
export declare function bannerSource(fileName: string, head: string): string | undefined;
/**
 * The whole banner at the head of a file, decoded from the target's syntax (source, target and the
 * regenerate command), or undefined when the file does not open with a structgen banner. Two files with
 * the same banner text were generated from the same document, for the same target, by the same command.
 */
export declare function bannerText(fileName: string, head: string): string | undefined;
