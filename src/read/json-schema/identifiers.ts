/**
 * JSON Schema 2020-12 §8.2: `$id` sets a schema's base URI (embedded resources), `$anchor` and
 * `$dynamicAnchor` name a location, and a `$ref` is resolved against the base URI in effect where it
 * stands. This index records, per document, where each identifier points and which base applies at a
 * given pointer. Identifiers are data: nothing here fetches anything.
 */
import { jsonPointer, pointerSegment, pointerSegments } from '../../diagnostics/index.js';

export interface Location {
  uri: string;
  pointer: string;
}

/** Keywords whose values are data, not schemas: identifiers inside them mean nothing. */
const dataKeywords = new Set(['enum', 'const', 'examples', 'example', 'default']);

export class IdentifierIndex {
  /** Absolute URI (no fragment) of a resource → its location. */
  private readonly resources = new Map<string, Location>();
  /** `absolute URI#anchor` → location. */
  private readonly anchors = new Map<string, Location>();
  /** Per document: pointer of each `$id` → the base URI it sets. */
  private readonly bases = new Map<string, Map<string, string>>();
  /** Per document: the base before any `$id` (its retrieval URI). */
  private readonly initial = new Map<string, string>();

  /** Records a document's identifiers; `retrieval` is where it came from, as a URI. */
  add(uri: string, value: unknown, retrieval: string): void {
    this.initial.set(uri, retrieval);
    const bases = new Map<string, string>();
    this.bases.set(uri, bases);
    this.resources.set(stripFragment(retrieval), { uri, pointer: '' });
    // Each entry carries its pointer, built as the walk descends (one string per node, not a path to join).
    const stack: { node: object; pointer: string; base: string }[] = [];
    if (typeof value === 'object' && value !== null) stack.push({ node: value, pointer: '', base: retrieval });
    while (stack.length > 0) {
      const { node, pointer, base: outer } = stack.pop()!;
      let base = outer;
      const isArray = Array.isArray(node);
      if (!isArray) {
        const record = node as Record<string, unknown>;
        if (typeof record['$id'] === 'string') {
          const resolved = resolveUri(record['$id'], outer);
          if (resolved) {
            base = stripFragment(resolved);
            bases.set(pointer, base);
            this.resources.set(base, { uri, pointer });
          }
        }
        for (const keyword of ['$anchor', '$dynamicAnchor']) {
          if (typeof record[keyword] === 'string') this.anchors.set(`${base}#${record[keyword]}`, { uri, pointer });
        }
      }
      for (const key of Object.keys(node)) {
        if (!isArray && dataKeywords.has(key)) continue;
        const child: unknown = (node as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) stack.push({ node: child, pointer: `${pointer}/${pointerSegment(key)}`, base });
      }
    }
  }

  /** The base URI in effect at a pointer: the nearest enclosing `$id`, else the document's own. */
  baseAt(uri: string, pointer: string): string | undefined {
    const bases = this.bases.get(uri);
    const segments = pointerSegments(pointer);
    for (let n = segments.length; n >= 0 && bases; n--) {
      const base = bases.get(jsonPointer(segments.slice(0, n)));
      if (base) return base;
    }
    return this.initial.get(uri);
  }

  /** Where a reference points, if an identifier of a known document names it. */
  lookup(reference: string, from: Location): Location | undefined {
    const base = this.baseAt(from.uri, from.pointer);
    const absolute = base ? resolveUri(reference, base) : undefined;
    if (!absolute) return undefined;
    const hash = absolute.indexOf('#');
    const resource = hash === -1 ? absolute : absolute.slice(0, hash);
    const fragment = hash === -1 ? '' : decodeFragment(absolute.slice(hash + 1));
    if (fragment === undefined) return undefined;
    if (fragment !== '' && !fragment.startsWith('/')) return this.anchors.get(`${resource}#${fragment}`);
    const target = this.resources.get(resource);
    return target ? { uri: target.uri, pointer: target.pointer + fragment } : undefined;
  }
}

function resolveUri(reference: string, base: string): string | undefined {
  try {
    return new URL(reference, base).href;
  } catch {
    // A base that cannot be a base (urn:...) still resolves fragment-only references.
    if (reference.startsWith('#')) return stripFragment(base) + reference;
    try {
      return new URL(reference).href;
    } catch {
      return undefined;
    }
  }
}

function stripFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? uri : uri.slice(0, hash);
}

function decodeFragment(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}
