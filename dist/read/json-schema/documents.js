/**
 * The set of documents an OpenAPI input spans: the input itself plus every document its `$ref`s reach.
 * Relative refs are resolved against the document that holds them and must stay inside the input's
 * folder; `file:` and remote (`http(s):`) refs are not followed unless the user allows remote refs, so a
 * spec cannot make structgen read arbitrary files or send requests (SSRF).
 */
import path from 'node:path';
import { framePointer, jsonPointer } from '../../diagnostics/index.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { confine } from '../confine.js';
import { displayPath, loadDocument, mayHoldExternalRefs } from '../load.js';
import { IdentifierIndex } from './identifiers.js';
const scheme = /^[a-z][a-z0-9+.-]*:/i;
const isUrl = (s) => /^https?:\/\//i.test(s);
const remoteRefused = 'remote refs are not followed unless allowed (--allow-remote-refs)';
export async function loadDocumentSet(root, options) {
    const diagnostics = [];
    const byUri = new Map([[root.uri, root]]);
    const locationOf = new Map();
    const byLocation = new Map();
    const rootLocation = options.rootLocation === undefined
        ? undefined
        : isUrl(options.rootLocation)
            ? options.rootLocation
            : path.resolve(options.cwd, options.rootLocation);
    if (rootLocation) {
        locationOf.set(root.uri, rootLocation);
        byLocation.set(rootLocation, root);
    }
    const confineTo = rootLocation && !isUrl(rootLocation) ? path.dirname(rootLocation) : undefined;
    /** Where a ref's document part points, or why it may not be followed. */
    const locate = (reference, fromUri) => {
        const from = locationOf.get(fromUri);
        if (/^file:/i.test(reference)) {
            // An absolute file reference can read anything on the machine: only when the user allows it.
            if (!options.allowRemoteRefs)
                return { refused: 'file: refs are not followed unless allowed (--allow-remote-refs)' };
            try {
                return fileURLToPath(reference.split('#')[0]);
            }
            catch {
                return { refused: 'not a valid file: URL' };
            }
        }
        if (scheme.test(reference)) {
            if (!isUrl(reference))
                return { refused: `${reference.split(':')[0]}: refs are not followed` };
            if (options.remoteDocuments && Object.hasOwn(options.remoteDocuments, reference))
                return reference;
            return options.allowRemoteRefs ? reference : { refused: remoteRefused };
        }
        if (!from)
            return { refused: 'relative refs need the input to be a file' };
        if (isUrl(from)) {
            const url = new URL(reference, from).href;
            return options.allowRemoteRefs || (options.remoteDocuments && Object.hasOwn(options.remoteDocuments, url))
                ? url
                : { refused: remoteRefused };
        }
        let decoded;
        try {
            decoded = decodeURIComponent(reference);
        }
        catch {
            return { refused: 'it is not a valid URI reference (a malformed % escape)' };
        }
        const target = path.resolve(path.dirname(from), decoded);
        if (confineTo && !target.startsWith(confineTo + path.sep))
            return { refused: `it leaves the input's folder (${confineTo})` };
        return target;
    };
    /** Locations refused by real path (a symbolic link out of the folder), with the reason. */
    const refusedLocations = new Map();
    /** Locations that could not be read, with the loader's diagnostics. */
    const failedLocations = new Map();
    const resolveDocument = (reference, fromUri) => {
        if (reference === '')
            return byUri.get(fromUri);
        const where = locate(reference, fromUri);
        if (typeof where !== 'string')
            return where.refused;
        if (failedLocations.has(where))
            return undefined;
        return byLocation.get(where) ?? refusedLocations.get(where) ?? `${reference} could not be loaded`;
    };
    /**
     * A referenced file that cannot be read is reported at the `$ref` that names it (file:line:col of the
     * ref); a file that was read but is broken (invalid JSON, too deep) keeps its own position.
     */
    const reportFailure = (failure, doc, refPointer) => {
        for (const d of failure) {
            if (d.code !== 'file-not-found' && d.code !== 'too-large') {
                diagnostics.push(d);
                continue;
            }
            const { line: _line, column: _column, ...rest } = d;
            diagnostics.push({
                ...rest,
                message: `${d.message}, named by this $ref`,
                file: doc.uri,
                pointer: refPointer,
                ...doc.locate(refPointer),
            });
        }
    };
    const retrievalOf = (uri) => {
        const location = locationOf.get(uri);
        return location === undefined ? `urn:structgen:${encodeURIComponent(uri)}` : isUrl(location) ? location : pathToFileURL(location).href;
    };
    const identifierOptions = (doc) => options.schemas
        ? { schemaRoot: true, dialect: options.schemas.dialect, forced: options.schemas.forced && doc === root }
        : { schemaRoot: false, dialect: '2020-12' };
    // Breadth-first over every document reached, loading each once. A ref is read against the base URI in
    // effect where it stands ($id), so `"$ref": "other.json"` under `"$id": "http://host/a/"` means
    // http://host/a/other.json; refs to resources the documents embed need no loading.
    const pending = [root];
    let rootIndex;
    while (pending.length > 0) {
        const doc = pending.shift();
        const local = new IdentifierIndex();
        local.add(doc.uri, doc.value, retrievalOf(doc.uri), identifierOptions(doc));
        rootIndex ??= local;
        for (const { reference, pointer, refPointer } of mayHoldExternalRefs(doc.value) ? documentRefs(doc.value) : []) {
            if (local.lookup(reference, { uri: doc.uri, pointer }))
                continue;
            const absolute = absoluteDocument(reference, local.baseAt(doc.uri, pointer));
            const documentPart = reference.split('#')[0];
            const where = absolute && isUrl(absolute) ? absolute : locate(documentPart, doc.uri);
            if (typeof where !== 'string' || byLocation.has(where) || refusedLocations.has(where) || where === '')
                continue;
            const failed = failedLocations.get(where);
            if (failed) {
                reportFailure(failed, doc, refPointer);
                continue;
            }
            if (isUrl(where) && !options.allowRemoteRefs && !(options.remoteDocuments && Object.hasOwn(options.remoteDocuments, where)))
                continue;
            if (confineTo && !isUrl(where) && !/^file:/i.test(documentPart)) {
                const confined = await confine(where, confineTo, (p) => displayPath(p, options.cwd));
                if (!confined.ok) {
                    refusedLocations.set(where, confined.reason);
                    continue;
                }
            }
            const given = options.remoteDocuments && Object.hasOwn(options.remoteDocuments, where) ? options.remoteDocuments[where] : undefined;
            const limits = options.maxInputBytes !== undefined ? { maxInputBytes: options.maxInputBytes } : {};
            const loaded = given !== undefined
                ? await loadDocument({ document: given, name: where }, options.cwd, limits)
                : await loadDocument(where, options.cwd, limits);
            if (!loaded.ok) {
                failedLocations.set(where, loaded.diagnostics);
                reportFailure(loaded.diagnostics, doc, refPointer);
                continue;
            }
            byLocation.set(where, loaded.document);
            byUri.set(loaded.document.uri, loaded.document);
            locationOf.set(loaded.document.uri, where);
            pending.push(loaded.document);
        }
    }
    // One document (the usual case): its own index is the whole set's.
    let identifiers = rootIndex;
    if (byUri.size > 1) {
        identifiers = new IdentifierIndex();
        for (const [uri, doc] of byUri)
            identifiers.add(uri, doc.value, retrievalOf(uri), identifierOptions(doc));
    }
    return { set: { root, byUri, identifiers, resolveDocument }, diagnostics };
}
/** Every `$ref` (and discriminator mapping entry) in a document with the pointer of the schema that holds it and of the reference itself. */
function documentRefs(value) {
    const found = [];
    const stack = [{ node: value, parent: undefined, key: '' }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const { node } = frame;
        if (typeof node !== 'object' || node === null)
            continue;
        const reference = Array.isArray(node) ? undefined : node['$ref'];
        if (typeof reference === 'string' && !reference.startsWith('#')) {
            const pointer = framePointer(frame);
            found.push({ reference, pointer, refPointer: `${pointer}/$ref` });
        }
        // A discriminator's mapping names schemas by URI reference too (a bare name is a component name).
        const discriminator = Array.isArray(node) ? undefined : node['discriminator'];
        const mapping = typeof discriminator === 'object' && discriminator !== null ? discriminator['mapping'] : undefined;
        if (typeof mapping === 'object' && mapping !== null)
            for (const [tag, target] of Object.entries(mapping))
                if (typeof target === 'string' && !target.startsWith('#') && (target.includes('/') || target.includes('#'))) {
                    const pointer = framePointer(frame);
                    found.push({ reference: target, pointer, refPointer: pointer + jsonPointer(['discriminator', 'mapping', tag]) });
                }
        for (const key of Object.keys(node)) {
            const child = node[key];
            if (typeof child === 'object' && child !== null)
                stack.push({ node: child, parent: frame, key });
        }
    }
    return found;
}
/** The absolute URI (without fragment) a reference names from a base, when both are URIs. */
function absoluteDocument(reference, base) {
    if (!base)
        return undefined;
    try {
        const url = new URL(reference, base);
        url.hash = '';
        return url.href;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=documents.js.map