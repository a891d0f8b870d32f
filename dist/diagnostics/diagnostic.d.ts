import { type DiagnosticCode } from './codes.js';
/** A problem a user can cause. A thrown Error, by contrast, is a bug in structgen. */
export interface Diagnostic {
    code: DiagnosticCode;
    severity: 'error' | 'warning';
    message: string;
    /** The document (path relative to the working directory, or the in-memory name). */
    file?: string;
    /** JSON pointer into that document, `''` for the whole document. */
    pointer?: string;
    line?: number;
    column?: number;
    hint?: string;
}
/** What a reader says; the code's catalogue entry supplies severity and, unless given, the hint. */
export type DiagnosticInput = Omit<Diagnostic, 'code' | 'severity'>;
/** Builds a diagnostic whose severity and default hint come from the catalogue. */
export declare function diagnostic(code: DiagnosticCode, input: DiagnosticInput): Diagnostic;
export declare function hasErrors(diagnostics: readonly Diagnostic[]): boolean;
/** Joins path segments into an RFC 6901 JSON pointer. */
export declare function jsonPointer(segments: readonly (string | number)[]): string;
/**
 * A place in a walk of a document: its key under its parent. Walks keep these instead of a pointer per
 * node, and spell a pointer out (`framePointer`) only for the few nodes they report or record.
 */
export interface PathFrame {
    parent: PathFrame | undefined;
    key: string | number;
}
/** The JSON pointer of a frame: its ancestors' keys from the root down (the root frame's key is not used). */
export declare function framePointer(frame: PathFrame): string;
/** One segment escaped for a JSON pointer (`~` as `~0`, `/` as `~1`); most need no escaping, and are not copied. */
export declare function pointerSegment(segment: string | number): string;
/** Splits an RFC 6901 JSON pointer into its segments. */
export declare function pointerSegments(pointer: string): string[];
