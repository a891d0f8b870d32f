import { diagnosticCodes } from './codes.js';
/** Builds a diagnostic whose severity and default hint come from the catalogue. */
export function diagnostic(code, input) {
    const info = diagnosticCodes[code];
    const d = { code, severity: info.severity, message: input.message, hint: input.hint ?? info.fix };
    if (input.file !== undefined)
        d.file = input.file;
    if (input.pointer !== undefined)
        d.pointer = input.pointer;
    if (input.line !== undefined)
        d.line = input.line;
    if (input.column !== undefined)
        d.column = input.column;
    return d;
}
export function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** Joins path segments into an RFC 6901 JSON pointer. */
export function jsonPointer(segments) {
    let pointer = '';
    for (const s of segments)
        pointer += '/' + pointerSegment(s);
    return pointer;
}
/** The JSON pointer of a frame: its ancestors' keys from the root down (the root frame's key is not used). */
export function framePointer(frame) {
    const keys = [];
    for (let f = frame; f?.parent; f = f.parent)
        keys.push(f.key);
    return jsonPointer(keys.reverse());
}
/** One segment escaped for a JSON pointer (`~` as `~0`, `/` as `~1`); most need no escaping, and are not copied. */
export function pointerSegment(segment) {
    const text = String(segment);
    return text.includes('~') || text.includes('/') ? text.replaceAll('~', '~0').replaceAll('/', '~1') : text;
}
/** Splits an RFC 6901 JSON pointer into its segments. */
export function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.includes('~'))
        return pointer.slice(1).split('/');
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
//# sourceMappingURL=diagnostic.js.map