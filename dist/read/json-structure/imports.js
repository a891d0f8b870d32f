/**
 * The JSON Structure import add-in: `$import` (a schema's definitions and its root type) and
 * `$importdefs` (definitions only) at the document root or inside a namespace. Imported definitions
 * land in that namespace; their `#/definitions/...` references are rebased to it, so a local definition
 * of the same name shadows the imported one for imported types too.
 *
 * Imports are relative paths, resolved against the importing file and confined to `importRoot` (by
 * default the parent of the input's folder, where sibling libraries live); remote and `file:` URIs are
 * refused, so a schema cannot make structgen fetch or read arbitrary files.
 */
import path from 'node:path';
import { diagnostic, jsonPointer } from '../../diagnostics/index.js';
import { confine } from '../confine.js';
import { displayPath, loadDocument } from '../load.js';
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Returns `document` with every import expanded (a new value; the input is not changed). */
export async function expandImports(document, file, uri, ctx) {
    return expandSource(document, { file, uri, locate: ctx.locate ?? (() => undefined) }, ctx);
}
async function expandSource(document, source, ctx) {
    const copy = structuredClone(document);
    await expandNode(copy, [], source, ctx, true);
    return copy;
}
/** `node` is the document (namespace path []) or a namespace object inside `definitions`. */
async function expandNode(node, namespace, source, ctx, isRoot) {
    const container = isRoot ? ensureDefinitions(node) : node;
    for (const keyword of ['$import', '$importdefs']) {
        const target = node[keyword];
        if (target === undefined)
            continue;
        delete node[keyword];
        const pointer = jsonPointer(isRoot ? [keyword] : ['definitions', ...namespace, keyword]);
        const imported = await loadImport(target, source, pointer, ctx);
        if (!imported)
            continue;
        const definitions = isObject(imported.value['definitions']) ? structuredClone(imported.value['definitions']) : {};
        if (keyword === '$import' && imported.value['type'] !== undefined && typeof imported.value['name'] === 'string') {
            const { $schema: _s, $id: _i, definitions: _d, $uses: _u, $root: _r, ...rootType } = imported.value;
            definitions[imported.value['name']] = rootType;
        }
        rebase(definitions, namespace);
        mergeShadowed(container, definitions);
    }
    for (const [key, child] of Object.entries(container)) {
        if (isObject(child) && !isTypeDefinition(child))
            await expandNode(child, [...namespace, key], source, ctx, false);
    }
}
/** The document's definitions object, created when absent (a non-object is left for the reader to report). */
function ensureDefinitions(document) {
    if (document['definitions'] === undefined)
        document['definitions'] = {};
    return isObject(document['definitions']) ? document['definitions'] : {};
}
/** A definition has a `type` (or is a bare `$ref` in Core-like documents); anything else is a namespace. */
export function isTypeDefinition(node) {
    return ['type', '$ref', 'properties', 'enum', 'const', 'allOf', 'anyOf', 'oneOf', 'not', 'if'].some((k) => k in node);
}
/** Local names win: an imported definition is added only where the importing namespace has none. */
function mergeShadowed(target, imported) {
    for (const [key, value] of Object.entries(imported)) {
        const local = target[key];
        if (local === undefined)
            target[key] = value;
        else if (isObject(local) && isObject(value) && !isTypeDefinition(local) && !isTypeDefinition(value))
            mergeShadowed(local, value);
    }
}
/** Rewrites `#/definitions/...` references inside imported definitions to point into `namespace`. */
function rebase(node, namespace) {
    if (namespace.length === 0 || typeof node !== 'object' || node === null)
        return;
    const prefix = '#/definitions/' + namespace.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/') + '/';
    const rewrite = (ref) => typeof ref === 'string' && ref.startsWith('#/definitions/') ? prefix + ref.slice('#/definitions/'.length) : ref;
    if (Array.isArray(node)) {
        for (const item of node)
            rebase(item, namespace);
        return;
    }
    const object = node;
    if ('$ref' in object)
        object['$ref'] = rewrite(object['$ref']);
    if ('$extends' in object)
        object['$extends'] = Array.isArray(object['$extends']) ? object['$extends'].map(rewrite) : rewrite(object['$extends']);
    if ('$root' in object)
        object['$root'] = rewrite(object['$root']);
    for (const value of Object.values(object))
        rebase(value, namespace);
}
async function loadImport(target, source, pointer, ctx) {
    const at = { file: source.uri, pointer, ...source.locate(pointer) };
    const refuse = (why) => {
        ctx.diagnostics.push(diagnostic('import-refused', { message: `import ${JSON.stringify(target)} was not followed: ${why}`, ...at }));
        return undefined;
    };
    if (typeof target !== 'string' || target === '')
        return refuse('it must be a relative path to a schema file');
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || path.isAbsolute(target))
        return refuse('only relative paths are imported (no URLs, file: or absolute paths)');
    const { file } = source;
    if (!file)
        return refuse('an in-memory document cannot import relative files');
    let resolved;
    try {
        resolved = path.resolve(path.dirname(file), decodeURIComponent(target));
    }
    catch {
        return refuse('it is not a valid URI reference (a malformed % escape)');
    }
    if (!resolved.startsWith(ctx.root + path.sep))
        return refuse(`it leaves the import root ${ctx.root} (widen it with --import-root)`);
    const confined = await confine(resolved, ctx.root, (p) => displayPath(p, ctx.cwd));
    if (!confined.ok)
        return refuse(`${confined.reason} (the import root; widen it with --import-root)`);
    if (ctx.active.has(resolved))
        return refuse('the imports form a cycle');
    const loaded = await loadDocument(resolved, ctx.cwd, ctx.maxInputBytes !== undefined ? { maxInputBytes: ctx.maxInputBytes } : {});
    if (!loaded.ok) {
        // A file that cannot be read is reported at the $import naming it; a broken one at its own position.
        for (const d of loaded.diagnostics) {
            if (d.code !== 'file-not-found' && d.code !== 'too-large')
                ctx.diagnostics.push(d);
            else
                ctx.diagnostics.push({ ...d, message: `${d.message}, named by this ${pointer.split('/').pop()}`, ...at });
        }
        return undefined;
    }
    if (!isObject(loaded.document.value))
        return refuse('the imported document is not an object');
    ctx.active.add(resolved);
    const value = await expandSource(loaded.document.value, { file: resolved, uri: loaded.document.uri, locate: loaded.document.locate }, ctx);
    ctx.active.delete(resolved);
    return { value };
}
//# sourceMappingURL=imports.js.map