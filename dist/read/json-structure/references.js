/**
 * Where types live and how they are named (Core §3.5): `definitions` and its namespaces, and
 * `{"$ref": "#/definitions/..."}` inside `type` (Core-like `#/$defs/...` refs read with a warning).
 */
import { jsonPointer, nearestName, pointerSegments } from '../../diagnostics/index.js';
import { isTypeDefinition } from './imports.js';
import { isObject } from './reader.js';
/** Walks `definitions` (and `$defs` in Core-like documents): type nodes are definitions, others namespaces. */
export function collect(r, node, segments) {
    for (const [key, child] of Object.entries(node)) {
        const pointer = jsonPointer([...segments, key]);
        if (!isObject(child)) {
            r.report('invalid-structure', pointer, `${JSON.stringify(key)} under definitions must be a type or a namespace object`);
            continue;
        }
        if (isTypeDefinition(child)) {
            const name = segments.slice(1).concat(key).join('.');
            if (r.schemas.has(pointer))
                r.deviation(pointer, `${JSON.stringify(name)} is defined in both "definitions" and "$defs"; the "$defs" one is used`);
            r.schemas.set(pointer, child);
            r.names.set(pointer, name);
        }
        else {
            collect(r, child, [...segments, key]);
        }
    }
}
/** The definition a `#/definitions/...` pointer names, with a "did you mean" when it names none. */
export function resolve(r, reference, at) {
    if (typeof reference !== 'string' || !reference.startsWith('#')) {
        r.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} must be a local JSON pointer such as "#/definitions/Name"`);
        return undefined;
    }
    let pointer = reference.slice(1);
    if (/^\/(\$defs|components\/schemas)\//.test(pointer)) {
        const rewritten = '/definitions/' + pointer.replace(/^\/(\$defs|components\/schemas)\//, '');
        if (r.schemas.has(rewritten)) {
            r.deviation(at, `$ref ${JSON.stringify(reference)} is not a JSON Structure reference; read as #${rewritten}`, 'refer to types as {"$ref": "#/definitions/..."}');
            pointer = rewritten;
        }
    }
    try {
        pointer = decodeURIComponent(pointer);
    }
    catch {
        // A malformed escape stays as written and fails below.
    }
    if (r.schemas.has(pointer))
        return pointer;
    const wanted = pointerSegments(pointer).pop() ?? '';
    const near = nearestName(wanted, [...r.names.values()].map((n) => n.split('.').pop()));
    r.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} points at no type${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`);
    return undefined;
}
export function refNode(r, reference, at) {
    const pointer = resolve(r, reference, at);
    if (pointer && r.schemas.get(pointer)?.['abstract'] === true)
        r.deviation(at, `${JSON.stringify(reference)} is abstract: no value is valid against it`, 'refer to a type that $extends it');
    return pointer ? { kind: 'ref', target: r.names.get(pointer) } : { kind: 'any' };
}
//# sourceMappingURL=references.js.map