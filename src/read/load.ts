/**
 * Loading: a path or an in-memory document becomes parsed JSON plus a way to turn a JSON pointer into
 * line:column, so every later diagnostic can say where it points. Nothing here knows any input format.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseTolerant, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { diagnostic, pointerSegments, type Diagnostic } from '../diagnostics/index.js';

/** What the library API accepts as input: a file path, or a document already in memory. */
export type DocumentInput =
  | string
  | {
      /** The document: parsed JSON, or its text. */
      document: unknown;
      /** A name for diagnostics and banners, e.g. `job.json`. Defaults to `<memory>`. */
      name?: string;
    };

export interface LoadedDocument {
  /** Path relative to the working directory with `/` separators, or the in-memory name. */
  uri: string;
  value: unknown;
  /** Line and column (1-based) of the value a JSON pointer names, when the text is known. */
  locate(pointer: string): { line: number; column: number } | undefined;
}

export type LoadResult = { ok: true; document: LoadedDocument } | { ok: false; diagnostics: Diagnostic[] };

export async function loadDocument(input: DocumentInput, cwd: string): Promise<LoadResult> {
  if (typeof input !== 'string') {
    const uri = input.name ?? '<memory>';
    if (typeof input.document === 'string') return parseJsonText(input.document, uri);
    return { ok: true, document: { uri, value: input.document, locate: () => undefined } };
  }
  const absolute = path.resolve(cwd, input);
  const uri = displayPath(absolute, cwd);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      diagnostics: [diagnostic('file-not-found', { message: `cannot read ${uri} (${reason})`, file: uri })],
    };
  }
  return parseJsonText(text, uri);
}

/** A path as users see it: relative to the working directory when inside it, always with `/`. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
  return shown.split(path.sep).join('/');
}

function parseJsonText(raw: string, uri: string): LoadResult {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const lines = lineStarts(text);
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, document: { uri, value, locate: locator(text, lines) } };
  } catch (error) {
    // JSON.parse says what but not reliably where; the tolerant parser finds the offset of the first fault.
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const where = first ? position(lines, first.offset) : undefined;
    const what = first ? describeParseError(first) : (error as Error).message;
    return {
      ok: false,
      diagnostics: [diagnostic('invalid-json', { message: `${uri} is not valid JSON: ${what}`, file: uri, ...where })],
    };
  }
}

function describeParseError(error: ParseError): string {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words;
}

function locator(text: string, lines: number[]): LoadedDocument['locate'] {
  let tree: ReturnType<typeof parseTree> | undefined;
  return (pointer) => {
    tree ??= parseTree(text);
    if (!tree) return undefined;
    const node = findByPointer(tree, pointerSegments(pointer));
    if (!node) return undefined;
    // Point at the key of a property value, which is where an editor would put the cursor.
    const anchor = node.parent?.type === 'property' ? node.parent : node;
    return position(lines, anchor.offset);
  };
}

/** Follows pointer segments through the syntax tree: object keys as strings, array indexes as numbers. */
function findByPointer(root: Node, segments: string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.type === 'object') {
      const property: Node | undefined = node.children?.find((p) => p.children?.[0]?.value === segment);
      node = property?.children?.[1];
    } else if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) {
      node = node.children?.[Number(segment)];
    } else {
      return undefined;
    }
  }
  return node;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}
