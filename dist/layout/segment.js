import { forgetPiece, printDoc, Unsupported } from './doc.js';
/**
 * The text as one flat string. Text the layouts build with `+` is a tree of its pieces until something
 * reads it whole; a file's segments are kept until the file is joined, so each tree and its thousands
 * of pieces would survive the young generation's collections and be copied into the old one (on the
 * synthetic spec 12 MB more promoted and 40 ms more collecting). A regular expression's match makes V8
 * flatten its subject in place, and unlike a bare conversion it is not an operation an optimizing
 * compiler drops when its result goes unused.
 */
function flattened(text) {
    /^/.test(text);
    return text;
}
export function segment(layout, source) {
    try {
        return { laidOut: flattened(printDoc(layout())), source };
    }
    catch (error) {
        if (error instanceof Unsupported)
            return { source };
        throw error;
    }
    finally {
        forgetPiece();
    }
}
/** Text that is in prettier's layout as written (a fixed declaration, `//` comments without trailing space). */
export function verbatim(text) {
    return { laidOut: text, source: () => text };
}
/** The pieces joined: with a blank line between them unless a piece says otherwise. */
export function joinSegments(segments, text) {
    return segments.map((s, i) => (i === 0 ? '' : s.blankLineBefore === false ? '\n' : '\n\n') + text(s)).join('') + '\n';
}
export function sourceOf(segments) {
    return joinSegments(segments, (s) => s.source());
}
/** A code file made of segments; its `contents` (the source) is only joined if someone reads it. */
export function codeFile(path, segments) {
    return {
        path,
        segments,
        language: 'typescript',
        get contents() {
            return sourceOf(segments);
        },
    };
}
//# sourceMappingURL=segment.js.map