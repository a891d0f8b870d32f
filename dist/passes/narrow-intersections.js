import { childNodes, definitionIndex } from '../model/index.js';
import { replaceInPlace } from './replace-node.js';
/**
 * An intersection with listed values (`enum` or `const` beside other keywords) can only ever hold those
 * values, so union variants beside them that cannot hold any of them are dropped: `{"enum": [20,000
 * strings], "allOf": [{"properties": ...}, ...]}` in JSON Schema reads each typeless `allOf` part as a
 * union of six JSON types, and TypeScript multiplies out `E & (A | B | …) & (C | D | …)` before it
 * simplifies, failing with TS2590 (a union too complex to represent) at 20,000 × 6 × 6 members. Dropping
 * variants of another JSON type (an object cannot be a string) changes no target's meaning: each keeps
 * exactly the values it accepted. Two lists of values intersect into the values they share.
 */
export function narrowIntersections(model) {
    if (!model.definitions.some((d) => hasNarrowable(d.type)))
        return model;
    const copy = structuredClone(model);
    const index = definitionIndex(copy);
    for (const def of copy.definitions)
        narrowBelow(def.type, index);
    return copy;
}
function listedValues(node) {
    if (node.kind === 'enum')
        return node.members.map((m) => m.value);
    if (node.kind === 'literal')
        return [node.value];
    if (node.kind === 'null')
        return [null];
    return undefined;
}
function hasNarrowable(root) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.kind === 'intersection' && node.members.some((m) => listedValues(m)) && node.members.length > 1)
            return true;
        stack.push(...childNodes(node));
    }
    return false;
}
/** Narrows every intersection at or below `node`, in place (on the pass's own copy). */
function narrowBelow(node, index) {
    for (const child of childNodes(node))
        narrowBelow(child, index);
    if (node.kind !== 'intersection')
        return;
    // allOf inside allOf: one intersection, so that the values meet every union in it.
    if (node.members.some((m) => listedValues(m)))
        node.members = node.members.flatMap((m) => (m.kind === 'intersection' ? m.members : [m]));
    const lists = node.members.map(listedValues).filter((v) => v !== undefined);
    if (lists.length === 0)
        return;
    const shared = lists.reduce((a, b) => a.filter((v) => b.includes(v)));
    const members = [];
    let listed = false;
    for (const member of node.members) {
        // A ref to a definition that lists every value adds nothing but its name (`2 & MessageComponentTypes` is `2`).
        if (member.kind === 'ref' && lists.length > 0 && listsAll(member.target, shared, index))
            continue;
        if (listedValues(member)) {
            // The first list stands for all of them, holding only the values they share.
            if (listed)
                continue;
            listed = true;
            members.push(lists.length === 1 ? member : valuesNode(shared));
        }
        else if (member.kind === 'union') {
            const variants = member.variants.filter((v) => mayHold(v, shared, index, new Set()));
            members.push(variants.length === 0 ? { kind: 'never' } : variants.length === 1 ? variants[0] : { ...member, variants });
        }
        else {
            members.push(member);
        }
    }
    // A plain type that holds every listed value adds nothing (`E & string` is `E` when E lists strings).
    const needed = members.filter((m) => !holdsAll(m, shared));
    if (needed.length > 1)
        node.members = needed;
    else
        replaceInPlace(node, needed[0] ?? members[0]);
}
function valuesNode(values) {
    if (values.length === 0)
        return { kind: 'never' };
    if (values.length === 1)
        return values[0] === null ? { kind: 'null' } : { kind: 'literal', value: values[0] };
    return { kind: 'enum', members: values.map((value) => ({ value })) };
}
/** Whether the definition named holds every value listed (whether or not this pass has narrowed it yet). */
function listsAll(target, values, index, depth = 0) {
    const type = index.get(target)?.type;
    return type !== undefined && depth < 16 && typeHolds(type, values, index, depth);
}
function typeHolds(type, values, index, depth) {
    const listed = listedValues(type);
    if (listed)
        return values.every((v) => listed.includes(v));
    if (type.kind === 'ref')
        return listsAll(type.target, values, index, depth + 1);
    if (type.kind === 'intersection')
        return type.members.every((m) => typeHolds(m, values, index, depth));
    return holdsAll(type, values);
}
function holdsAll(node, values) {
    if (node.kind === 'any')
        return true;
    if (node.kind === 'number')
        return (!node.checks &&
            node.wire !== 'string' &&
            (node.format === undefined ||
                node.format === 'int32' ||
                node.format === 'int64' ||
                node.format === 'double' ||
                node.format === 'float') &&
            values.every((v) => typeof v === 'number' &&
                (node.numberKind === 'number' || (node.numberKind === 'integer' && Number.isInteger(v))) &&
                (node.format !== 'int32' || (v >= -(2 ** 31) && v < 2 ** 31))));
    if (node.kind === 'string')
        return !node.format && !node.checks && values.every((v) => typeof v === 'string');
    if (node.kind === 'boolean')
        return values.every((v) => typeof v === 'boolean');
    return false;
}
/** Whether a value of `values` could match `node`, as far as its JSON type tells (refs followed). */
function mayHold(node, values, index, seen) {
    switch (node.kind) {
        case 'string':
            return values.some((v) => typeof v === 'string');
        case 'number':
            return values.some((v) => (node.wire === 'string' ? typeof v === 'string' : typeof v === 'number'));
        case 'boolean':
            return values.some((v) => typeof v === 'boolean');
        case 'null':
            return values.includes(null);
        case 'literal':
            return values.includes(node.value);
        case 'enum':
            return node.members.some((m) => values.includes(m.value));
        case 'object':
        case 'array':
        case 'tuple':
        case 'taggedUnion':
        case 'never':
            return false;
        case 'nullable':
            return values.includes(null) || mayHold(node.inner, values, index, seen);
        case 'unevaluated':
            return mayHold(node.inner, values, index, seen);
        case 'union':
            return node.variants.some((v) => mayHold(v, values, index, seen));
        case 'intersection':
            return node.members.every((m) => mayHold(m, values, index, seen));
        case 'any':
        case 'not':
        case 'conditional':
            return true;
        case 'ref': {
            const target = index.get(node.target);
            if (!target || seen.has(node.target))
                return true;
            seen.add(node.target);
            return mayHold(target.type, values, index, seen);
        }
    }
}
//# sourceMappingURL=narrow-intersections.js.map