import { diagnosticCodes, type DiagnosticCode } from './codes.js';

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
export function diagnostic(code: DiagnosticCode, input: DiagnosticInput): Diagnostic {
  const info = diagnosticCodes[code];
  const d: Diagnostic = { code, severity: info.severity, message: input.message, hint: input.hint ?? info.fix };
  if (input.file !== undefined) d.file = input.file;
  if (input.pointer !== undefined) d.pointer = input.pointer;
  if (input.line !== undefined) d.line = input.line;
  if (input.column !== undefined) d.column = input.column;
  return d;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Joins path segments into an RFC 6901 JSON pointer. */
export function jsonPointer(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const s of segments) pointer += '/' + pointerSegment(s);
  return pointer;
}

/**
 * A place in a walk of a document: its key under its parent. Walks keep these instead of a pointer per
 * node, and spell a pointer out (`framePointer`) only for the few nodes they report or record.
 */
export interface PathFrame {
  parent: PathFrame | undefined;
  key: string | number;
}

/** The JSON pointer of a frame: its ancestors' keys from the root down (the root frame's key is not used). */
export function framePointer(frame: PathFrame): string {
  const keys: (string | number)[] = [];
  for (let f: PathFrame | undefined = frame; f?.parent; f = f.parent) keys.push(f.key);
  return jsonPointer(keys.reverse());
}

/** One segment escaped for a JSON pointer (`~` as `~0`, `/` as `~1`); most need no escaping, and are not copied. */
export function pointerSegment(segment: string | number): string {
  const text = String(segment);
  return text.includes('~') || text.includes('/') ? text.replaceAll('~', '~0').replaceAll('/', '~1') : text;
}

/** Splits an RFC 6901 JSON pointer into its segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.includes('~')) return pointer.slice(1).split('/');
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
