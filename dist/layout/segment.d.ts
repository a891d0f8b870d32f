/**
 * One top-level piece of a generated code file: laid out here when the layout knows prettier's choices
 * for everything in it, or left to prettier (as source) when it throws `Unsupported`.
 */
import type { EmittedFile, Segment } from './file.js';
import { type Doc } from './doc.js';
export declare function segment(layout: () => Doc, source: () => string): Segment;
/** Text that is in prettier's layout as written (a fixed declaration, `//` comments without trailing space). */
export declare function verbatim(text: string): Segment;
/** The pieces joined: with a blank line between them unless a piece says otherwise. */
export declare function joinSegments(segments: readonly Segment[], text: (s: Segment) => string): string;
export declare function sourceOf(segments: readonly Segment[]): string;
/** A code file made of segments; its `contents` (the source) is only joined if someone reads it. */
export declare function codeFile(path: string, segments: Segment[]): EmittedFile;
