/**
 * `$ref` resolution. A ref to a whole schema under `components.schemas` (or `$defs`/`definitions`) of
 * any document in the set becomes a `ref` to a definition of that name; a ref to any other schema
 * location becomes a definition named after its pointer. Failures are diagnostics with a suggestion,
 * and the reference then accepts anything, so one bad ref does not hide every other problem.
 */
import { nearestName, pointerSegments } from '../../diagnostics/index.js';
import { recursiveAnchor } from './identifiers.js';
const namedSchema = /^\/(?:components\/schemas|\$defs|definitions)\/([^/]+)$/;
export function resolveRef(ctx, reference, at) {
    // First by identifiers ($id, $anchor) against the base URI in effect here (JSON Schema 2020-12 §8.2).
    const identified = ctx.documents.identifiers.lookup(reference, at);
    if (identified) {
        const doc = ctx.documents.byUri.get(identified.uri);
        if (ctx.valueAt(doc, identified.pointer) !== undefined)
            return { kind: 'ref', target: ctx.definitionFor(identified, preferredName(identified.pointer, doc.uri)) };
    }
    const hash = reference.indexOf('#');
    const documentPart = hash === -1 ? reference : reference.slice(0, hash);
    let fragment;
    try {
        fragment = hash === -1 ? '' : decodeURIComponent(reference.slice(hash + 1));
    }
    catch {
        ctx.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} is not a valid URI reference`);
        return { kind: 'any' };
    }
    const target = ctx.documents.resolveDocument(documentPart, at.uri);
    if (target === undefined)
        return { kind: 'any' }; // could not be read: reported at this $ref already
    if (typeof target === 'string') {
        ctx.report('ref-refused', at, `$ref ${JSON.stringify(reference)} was not followed: ${target}`);
        return { kind: 'any' };
    }
    if (fragment !== '' && !fragment.startsWith('/')) {
        // Anchors that exist were found above (identifiers): this one names none.
        const base = ctx.documents.identifiers.baseAt(target.uri, '') ?? target.uri;
        const near = nearestName(fragment, ctx.documents.identifiers.anchorNamesOf(base));
        ctx.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} names no anchor of ${target.uri}${near ? `; did you mean "#${near}"?` : ''}`, near ? `change the $ref to #${near}` : 'declare the anchor ($anchor) or use a JSON pointer (#/...)');
        return { kind: 'any' };
    }
    const value = ctx.valueAt(target, fragment);
    if (value === undefined) {
        const segments = pointerSegments(fragment);
        const missing = segments[segments.length - 1] ?? '';
        const near = ctx.suggest(missing, target);
        ctx.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} points at nothing${documentPart ? ` in ${target.uri}` : ''}: no definition ${JSON.stringify(missing)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`, near ? `change the $ref to #${ctx.componentsPointer}/${near}` : 'check the name and the path of the $ref');
        return { kind: 'any' };
    }
    return { kind: 'ref', target: ctx.definitionFor({ uri: target.uri, pointer: fragment }, preferredName(fragment, target.uri)) };
}
/**
 * `$dynamicRef` (2020-12) and `$recursiveRef` (2019-09): resolved as a `$ref`, unless the schema it
 * points at declares the same dynamic anchor (`$dynamicAnchor` of the fragment's name; for
 * `$recursiveRef`, `"$recursiveAnchor": true`); then the outermost resource of the dynamic scope that
 * declares it is the target. Definitions are kept per dynamic scope (ReadContext.definitionFor), so a
 * schema reached along two paths can resolve differently on each.
 */
export function resolveDynamicRef(ctx, reference, at, keyword) {
    const identifiers = ctx.documents.identifiers;
    const initial = identifiers.lookup(reference, at);
    const hash = reference.indexOf('#');
    const fragment = hash === -1 ? '' : reference.slice(hash + 1);
    const name = keyword === '$recursiveRef' ? recursiveAnchor : fragment !== '' && !fragment.startsWith('/') ? fragment : undefined;
    if (initial && name !== undefined) {
        const schema = ctx.valueAt(ctx.documents.byUri.get(initial.uri), initial.pointer);
        const record = typeof schema === 'object' && schema !== null && !Array.isArray(schema) ? schema : {};
        const bookended = keyword === '$recursiveRef' ? record['$recursiveAnchor'] === true : record['$dynamicAnchor'] === name;
        const outermost = bookended ? ctx.scope.get(name) : undefined;
        const target = outermost === undefined
            ? undefined
            : keyword === '$recursiveRef'
                ? identifiers.resource(outermost)
                : identifiers.lookup(`${outermost}#${name}`, at);
        if (target) {
            const doc = ctx.documents.byUri.get(target.uri);
            return { kind: 'ref', target: ctx.definitionFor(target, preferredName(target.pointer, doc.uri)) };
        }
    }
    return resolveRef(ctx, reference, at);
}
/** `Pet` for `#/components/schemas/Pet`; `Pet.properties.owner` for deeper pointers; the file name for a root. */
function preferredName(pointer, uri) {
    if (namedSchema.test(pointer))
        return pointerSegments(pointer).pop();
    return pointerSegments(pointer).join('.') || uri.replace(/^.*\//, '').replace(/\.\w+$/, '') || 'Root';
}
/**
 * Where a `$ref` points, without converting or reporting anything (for readers that only look, such as
 * the declared-property check); undefined where `resolveRef` would report a problem.
 */
export function locateRef(ctx, reference, at) {
    const identified = ctx.documents.identifiers.lookup(reference, at);
    if (identified) {
        const doc = ctx.documents.byUri.get(identified.uri);
        if (doc && ctx.valueAt(doc, identified.pointer) !== undefined)
            return identified;
    }
    const hash = reference.indexOf('#');
    let fragment;
    try {
        fragment = hash === -1 ? '' : decodeURIComponent(reference.slice(hash + 1));
    }
    catch {
        return undefined;
    }
    if (fragment !== '' && !fragment.startsWith('/'))
        return undefined;
    const documentPart = hash === -1 ? reference : reference.slice(0, hash);
    const target = ctx.documents.resolveDocument(documentPart, at.uri);
    if (typeof target !== 'object' || ctx.valueAt(target, fragment) === undefined)
        return undefined;
    return { uri: target.uri, pointer: fragment };
}
//# sourceMappingURL=refs.js.map