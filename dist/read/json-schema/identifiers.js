/**
 * JSON Schema 2020-12 §8.2: `$id` sets a schema's base URI (embedded resources), `$anchor` and
 * `$dynamicAnchor` name a location, and a `$ref` is resolved against the base URI in effect where it
 * stands. This index records, per document, where each identifier points and which base applies at a
 * given pointer. Identifiers are data: nothing here fetches anything.
 */
import { framePointer, jsonPointer, pointerSegments } from '../../diagnostics/index.js';
import { dialectOf, idKeyword, isLegacyDraft } from './dialects.js';
import { subschemas } from './keywords.js';
import { mayHoldIdentifiers } from '../load.js';
/** The name under which a 2019-09 `"$recursiveAnchor": true` is kept among dynamic anchors (no `$dynamicAnchor` can be empty). */
export const recursiveAnchor = '';
/** Keywords whose values are data, not schemas: identifiers inside them mean nothing. */
const dataKeywords = new Set(['enum', 'const', 'examples', 'example', 'default']);
export class IdentifierIndex {
    /** Absolute URI (no fragment) of a resource → its location. */
    resources = new Map();
    /** `absolute URI#anchor` → location. */
    anchors = new Map();
    /** Per document: pointer of each `$id` → the base URI it sets. */
    bases = new Map();
    /** Per document: the base before any `$id` (its retrieval URI). */
    initial = new Map();
    /**
     * Resource (absolute URI) → the dynamic anchors it declares: `$dynamicAnchor` names (2020-12), and
     * `recursiveAnchor` for a 2019-09 resource root with `"$recursiveAnchor": true`.
     */
    dynamicAnchors = new Map();
    /** Per document: pointer of each resource that names its dialect (`$schema`) → that dialect. */
    dialects = new Map();
    /** Per document: the dialect of a schema that no `$schema` governs. */
    defaultDialect = new Map();
    /**
     * Records a document's identifiers; `retrieval` is where it came from, as a URI. In a document that is
     * a schema (`schemaRoot`), only subschemas are searched: an `$id` inside an unknown keyword is data.
     * `dialect` is the input's dialect (the `dialect` option's, or the root's `$schema`); a resource's own
     * `$schema` takes over inside it, except at a document root `forced` by the option.
     */
    add(uri, value, retrieval, options) {
        this.initial.set(uri, retrieval);
        const bases = new Map();
        const dialects = new Map();
        this.bases.set(uri, bases);
        this.dialects.set(uri, dialects);
        this.defaultDialect.set(uri, options.dialect);
        this.resources.set(stripFragment(retrieval), { uri, pointer: '' });
        // A document whose text spells none of the keywords looked for has nothing for the walk to find
        // (draft 4's `id` is not among them: every property named id would spell it).
        if (options.dialect !== 'draft-04' && !mayHoldIdentifiers(value))
            return;
        const stack = [
            { node: value, parent: undefined, key: '', base: retrieval, dialect: options.dialect, schema: options.schemaRoot },
        ];
        while (stack.length > 0) {
            const frame = stack.pop();
            const { node, base: outer, dialect: outerDialect, schema } = frame;
            if (typeof node !== 'object' || node === null)
                continue;
            let base = outer;
            let dialect = outerDialect;
            if (!Array.isArray(node)) {
                const record = node;
                const atRoot = frame.parent === undefined;
                // A resource names its own dialect; whether it is a resource depends on the id keyword of that
                // dialect (draft 4's `id`, later `$id`), so either spelling opens one for `$schema`.
                const resourceRoot = atRoot || typeof record['$id'] === 'string' || typeof record['id'] === 'string';
                if (resourceRoot && typeof record['$schema'] === 'string' && !(atRoot && options.forced)) {
                    dialect = dialectOf(record['$schema']) ?? dialect;
                    dialects.set(framePointer(frame), dialect);
                }
                // drafts 4 to 7: `$ref` stands alone, so an id beside it identifies nothing.
                const legacy = isLegacyDraft(dialect);
                const id = legacy && typeof record['$ref'] === 'string' ? undefined : record[idKeyword(dialect)];
                if (typeof id === 'string') {
                    const pointer = framePointer(frame);
                    const resolved = resolveUri(id, outer);
                    const hash = resolved?.indexOf('#') ?? -1;
                    const fragment = resolved && hash !== -1 ? resolved.slice(hash + 1) : '';
                    if (resolved && legacy && id.startsWith('#')) {
                        // drafts 4 to 7: `"$id": "#foo"` (draft 4: `"id"`) is a plain-name anchor, not a new base.
                        if (fragment !== '')
                            this.anchors.set(`${stripFragment(outer)}#${fragment}`, { uri, pointer });
                    }
                    else if (resolved) {
                        base = stripFragment(resolved);
                        bases.set(pointer, base);
                        this.resources.set(base, { uri, pointer });
                        // draft-07 allows a plain name after the URI (`"$id": "http://x/y.json#foo"`).
                        if (legacy && fragment !== '' && !fragment.startsWith('/'))
                            this.anchors.set(`${base}#${fragment}`, { uri, pointer });
                    }
                }
                if (!legacy) {
                    for (const keyword of dialect === '2019-09' ? ['$anchor'] : ['$anchor', '$dynamicAnchor']) {
                        if (typeof record[keyword] === 'string')
                            this.anchors.set(`${base}#${record[keyword]}`, { uri, pointer: framePointer(frame) });
                    }
                }
                const dynamicName = dialect === '2020-12' && typeof record['$dynamicAnchor'] === 'string'
                    ? record['$dynamicAnchor']
                    : dialect === '2019-09' && resourceRoot && record['$recursiveAnchor'] === true
                        ? recursiveAnchor
                        : undefined;
                if (dynamicName !== undefined) {
                    const names = this.dynamicAnchors.get(base) ?? new Set();
                    names.add(dynamicName);
                    this.dynamicAnchors.set(base, names);
                }
                if (schema) {
                    for (const sub of subschemas(record)) {
                        // `items/0`, `properties/name`: a frame for each segment but the last, which is the schema's.
                        let parent = frame;
                        for (let k = 0; k < sub.segments.length - 1; k++)
                            parent = { parent, key: sub.segments[k] };
                        stack.push({ node: sub.schema, parent, key: sub.segments.at(-1), base, dialect, schema });
                    }
                    continue;
                }
            }
            const isArray = Array.isArray(node);
            for (const key of Object.keys(node)) {
                if (!isArray && dataKeywords.has(key))
                    continue;
                const child = node[key];
                if (typeof child === 'object' && child !== null)
                    stack.push({ node: child, parent: frame, key, base, dialect, schema: false });
            }
        }
    }
    /** Whether any document declares a dynamic anchor (else dynamic scopes need no tracking). */
    get hasDynamicAnchors() {
        return this.dynamicAnchors.size > 0;
    }
    /** The dynamic anchors (see `dynamicAnchors`) of the resource whose base URI is given. */
    dynamicAnchorsOf(base) {
        return this.dynamicAnchors.get(base);
    }
    /** Where a resource's root is, by its absolute URI. */
    resource(base) {
        return this.resources.get(base);
    }
    /** The dialect in effect at a pointer: the nearest enclosing resource's `$schema`, else the document's. */
    dialectAt(uri, pointer) {
        const dialects = this.dialects.get(uri);
        if (dialects && dialects.size > 0) {
            const segments = pointerSegments(pointer);
            for (let n = segments.length; n >= 0; n--) {
                const dialect = dialects.get(jsonPointer(segments.slice(0, n)));
                if (dialect)
                    return dialect;
            }
        }
        return this.defaultDialect.get(uri) ?? '2020-12';
    }
    /** The base URI in effect at a pointer: the nearest enclosing `$id`, else the document's own. */
    baseAt(uri, pointer) {
        const bases = this.bases.get(uri);
        // Most documents set no `$id`: the document's own base applies everywhere.
        if (!bases || bases.size === 0)
            return this.initial.get(uri);
        const segments = pointerSegments(pointer);
        for (let n = segments.length; n >= 0; n--) {
            const base = bases.get(jsonPointer(segments.slice(0, n)));
            if (base)
                return base;
        }
        return this.initial.get(uri);
    }
    /** Where a reference points, if an identifier of a known document names it. */
    /** The anchor names (`$anchor`, `$dynamicAnchor`, draft-07 `$id: "#name"`) declared under an absolute base URI. */
    anchorNamesOf(base) {
        const prefix = `${base}#`;
        return [...this.anchors.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    }
    lookup(reference, from) {
        const base = this.baseAt(from.uri, from.pointer);
        const absolute = base ? resolveUri(reference, base) : undefined;
        if (!absolute)
            return undefined;
        const hash = absolute.indexOf('#');
        const resource = hash === -1 ? absolute : absolute.slice(0, hash);
        const fragment = hash === -1 ? '' : decodeFragment(absolute.slice(hash + 1));
        if (fragment === undefined)
            return undefined;
        if (fragment !== '' && !fragment.startsWith('/'))
            return this.anchors.get(`${resource}#${fragment}`);
        const target = this.resources.get(resource);
        return target ? { uri: target.uri, pointer: target.pointer + fragment } : undefined;
    }
}
function resolveUri(reference, base) {
    try {
        return new URL(reference, base).href;
    }
    catch {
        // A base that cannot be a base (urn:...) still resolves fragment-only references.
        if (reference.startsWith('#'))
            return stripFragment(base) + reference;
        try {
            return new URL(reference).href;
        }
        catch {
            return undefined;
        }
    }
}
function stripFragment(uri) {
    const hash = uri.indexOf('#');
    return hash === -1 ? uri : uri.slice(0, hash);
}
function decodeFragment(fragment) {
    try {
        return decodeURIComponent(fragment);
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=identifiers.js.map