/** A generated file as the layouts see it: a path, its language and its text or its laid-out pieces. */
export interface EmittedFile {
    /** Path inside the output directory, `/`-separated, never absolute and never with `..`. */
    path: string;
    contents: string;
    /** How `layout/format.ts` formats it. */
    language: 'typescript' | 'json' | 'markdown';
    /**
     * For code an emitter lays out itself: the file's top-level pieces in order, separated by one blank
     * line unless a piece says otherwise. `contents` is then their source joined, which prettier would
     * format to the same text.
     */
    segments?: Segment[];
    /**
     * For JSON: the value `contents` is the text of, so the layout prints it without parsing the text
     * again (`contents` may then be computed only when read).
     */
    value?: unknown;
}
export interface Segment {
    /** The piece in prettier's layout, unless the layout declined it. */
    laidOut?: string;
    /** The piece as source, for prettier. */
    source: () => string;
    /** False when the piece follows the previous one without a blank line between them. */
    blankLineBefore?: boolean;
}
