/**
 * Reference Objects outside Schema Objects (OpenAPI 3.1 §4.8.23): a parameter, request body, response,
 * header, example, path item, callback or media type written as `{"$ref": ...}`, resolved to the object
 * it names, through any number of such refs and across the documents of the set. In 3.1 a Reference
 * Object's `summary` and `description` override the target's.
 */
import { pointerSegments } from '../../diagnostics/index.js';
import { child, isSchemaObject } from '../json-schema/context.js';
/** Refs followed in one chain at most: a longer chain is a cycle or a generated monstrosity. */
const maxHops = 64;
/**
 * The object `value` is or refers to, or undefined when it is not an object or a ref cannot be followed
 * (each reported, located at the `$ref`). `what` names the object in messages ("a parameter").
 */
export function dereference(ctx, value, at, what) {
    let current = value;
    let where = at;
    const overrides = {};
    const seen = new Set();
    for (let hops = 0; isSchemaObject(current) && typeof current['$ref'] === 'string'; hops++) {
        if (overrides.summary === undefined && typeof current['summary'] === 'string')
            overrides.summary = current['summary'];
        if (overrides.description === undefined && typeof current['description'] === 'string')
            overrides.description = current['description'];
        const refAt = child(where, '$ref');
        const target = locate(ctx, current['$ref'], refAt);
        if (!target)
            return undefined;
        const key = `${target.uri}#${target.pointer}`;
        if (seen.has(key) || hops >= maxHops) {
            ctx.report('unresolved-ref', refAt, `$ref ${JSON.stringify(current['$ref'])} leads around a cycle of references and never to ${what}`);
            return undefined;
        }
        seen.add(key);
        current = ctx.valueAt(ctx.documents.byUri.get(target.uri), target.pointer);
        where = target;
    }
    if (!isSchemaObject(current)) {
        ctx.report('schema-defect', where, `${what} must be an object, not ${JSON.stringify(current) ?? 'nothing'}; it is ignored`);
        return undefined;
    }
    return { value: current, at: where, overrides };
}
/** The document and pointer a Reference Object's `$ref` names, or undefined (reported) when it names nothing. */
function locate(ctx, reference, at) {
    const hash = reference.indexOf('#');
    const documentPart = hash === -1 ? reference : reference.slice(0, hash);
    let fragment;
    try {
        fragment = hash === -1 ? '' : decodeURIComponent(reference.slice(hash + 1));
    }
    catch {
        ctx.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} is not a valid URI reference`);
        return undefined;
    }
    const document = ctx.documents.resolveDocument(documentPart, at.uri);
    // A file that could not be read was reported at the $ref that names it already.
    if (document === undefined)
        return undefined;
    if (typeof document === 'string') {
        ctx.report('ref-refused', at, `$ref ${JSON.stringify(reference)} was not followed: ${document}`);
        return undefined;
    }
    if (fragment !== '' && !fragment.startsWith('/')) {
        ctx.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} uses an anchor; structgen follows JSON pointers only`);
        return undefined;
    }
    if (ctx.valueAt(document, fragment) === undefined) {
        const missing = pointerSegments(fragment).pop() ?? '';
        ctx.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} points at nothing${documentPart ? ` in ${document.uri}` : ''}: no ${JSON.stringify(missing)} there`, 'check the name and the path of the $ref');
        return undefined;
    }
    return { uri: document.uri, pointer: fragment };
}
//# sourceMappingURL=references.js.map