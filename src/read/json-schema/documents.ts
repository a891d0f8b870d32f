/**
 * The set of documents an OpenAPI input spans: the input itself plus every document its `$ref`s reach.
 * Relative refs are resolved against the document that holds them and must stay inside the input's
 * folder; `file:` and remote (`http(s):`) refs are not followed unless the user allows remote refs, so a
 * spec cannot make structgen read arbitrary files or send requests (SSRF).
 */
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/index.js';
import { loadDocument, type LoadedDocument } from '../load.js';

export interface DocumentSet {
  root: LoadedDocument;
  /** By uri, as `LoadedDocument.uri`. */
  byUri: Map<string, LoadedDocument>;
  /** Resolves a `$ref`'s document part, as seen from the document `fromUri`; a string is a refusal reason. */
  resolveDocument(reference: string, fromUri: string): LoadedDocument | string;
}

export interface DocumentSetOptions {
  cwd: string;
  allowRemoteRefs: boolean;
  /** Where the root came from: a path relative to cwd, a URL, or nothing for an in-memory document. */
  rootLocation: string | undefined;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;
const isUrl = (s: string) => /^https?:\/\//i.test(s);
const remoteRefused = 'remote refs are not followed unless allowed (--allow-remote-refs)';

export async function loadDocumentSet(root: LoadedDocument, options: DocumentSetOptions): Promise<{ set: DocumentSet; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const byUri = new Map([[root.uri, root]]);
  const locationOf = new Map<string, string>();
  const byLocation = new Map<string, LoadedDocument>();
  const rootLocation =
    options.rootLocation === undefined ? undefined : isUrl(options.rootLocation) ? options.rootLocation : path.resolve(options.cwd, options.rootLocation);
  if (rootLocation) {
    locationOf.set(root.uri, rootLocation);
    byLocation.set(rootLocation, root);
  }
  const confine = rootLocation && !isUrl(rootLocation) ? path.dirname(rootLocation) : undefined;

  /** Where a ref's document part points, or why it may not be followed. */
  const locate = (reference: string, fromUri: string): string | { refused: string } => {
    const from = locationOf.get(fromUri);
    if (/^file:/i.test(reference)) return { refused: 'file: refs are not followed' };
    if (scheme.test(reference)) {
      if (!isUrl(reference)) return { refused: `${reference.split(':')[0]}: refs are not followed` };
      return options.allowRemoteRefs ? reference : { refused: remoteRefused };
    }
    if (!from) return { refused: 'relative refs need the input to be a file' };
    if (isUrl(from)) {
      const url = new URL(reference, from).href;
      return options.allowRemoteRefs ? url : { refused: remoteRefused };
    }
    const target = path.resolve(path.dirname(from), decodeURIComponent(reference));
    if (confine && !target.startsWith(confine + path.sep)) return { refused: `it leaves the input's folder (${confine})` };
    return target;
  };

  const resolveDocument = (reference: string, fromUri: string): LoadedDocument | string => {
    if (reference === '') return byUri.get(fromUri)!;
    const where = locate(reference, fromUri);
    if (typeof where !== 'string') return where.refused;
    return byLocation.get(where) ?? `${reference} could not be loaded`;
  };

  // Breadth-first over every document reached, loading each once.
  const pending: LoadedDocument[] = [root];
  while (pending.length > 0) {
    const doc = pending.shift()!;
    for (const reference of documentRefs(doc.value)) {
      const where = locate(reference, doc.uri);
      if (typeof where !== 'string' || byLocation.has(where)) continue;
      const loaded = await loadDocument(where, options.cwd);
      if (!loaded.ok) {
        diagnostics.push(...loaded.diagnostics);
        continue;
      }
      byLocation.set(where, loaded.document);
      byUri.set(loaded.document.uri, loaded.document);
      locationOf.set(loaded.document.uri, where);
      pending.push(loaded.document);
    }
  }
  return { set: { root, byUri, resolveDocument }, diagnostics };
}

/** The distinct document parts of every `$ref` in a document (`other.yaml` of `other.yaml#/a/b`). */
function documentRefs(value: unknown): string[] {
  const found = new Set<string>();
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const reference = Array.isArray(node) ? undefined : (node as Record<string, unknown>)['$ref'];
    if (typeof reference === 'string') {
      const documentPart = reference.split('#')[0]!;
      if (documentPart !== '') found.add(documentPart);
    }
    stack.push(...Object.values(node));
  }
  return [...found];
}
