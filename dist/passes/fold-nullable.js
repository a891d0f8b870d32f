import { childNodes } from '../model/index.js';
import { replaceInPlace } from './replace-node.js';
/**
 * Holds the Model's promise that every spelling of null folds into `nullable`, whichever reader made
 * it: an `anyOf` of a type and null (JSON Structure's composition add-in keeps it as a union) becomes
 * `nullable` of the type, and a `nullable` of something that already takes null is that thing. Without this, N
 * nested `{"anyOf": [X, {"type": "null"}]}` stay N nested unions in every output (and Ajv's compiler
 * walks such nesting in 2^N steps), where OpenAPI and JSON Schema input give one `X | null`.
 * Only an inclusive union of two folds: a `oneOf` with a null branch means "exactly one", which a
 * null-taking variant would change; wider unions with null (a typeless JSON Schema's six types) read
 * better as they are.
 */
export function foldNullable(model) {
    if (!model.definitions.some((d) => needsFolding(d.type)))
        return model;
    const copy = structuredClone(model);
    for (const def of copy.definitions)
        def.type = folded(def.type);
    return copy;
}
function foldsHere(node) {
    if (node.kind === 'union')
        return !node.exclusive && node.variants.length === 2 && node.variants.some((v) => v.kind === 'null');
    return node.kind === 'nullable' && takesNull(node.inner);
}
function takesNull(node) {
    return node.kind === 'nullable' || node.kind === 'null' || node.kind === 'any';
}
function needsFolding(root) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (foldsHere(node))
            return true;
        stack.push(...childNodes(node));
    }
    return false;
}
/**
 * Folds bottom-up. Children are replaced in place (the node objects `childNodes` hands out are the
 * model's own, and this works on a copy), so this pass needs no second map of where children live.
 */
function folded(node) {
    for (const child of childNodes(node)) {
        const replacement = folded(child);
        if (replacement !== child)
            replaceInPlace(child, replacement);
    }
    if (node.kind === 'union' && foldsHere(node)) {
        const inner = node.variants.find((v) => v.kind !== 'null') ?? { kind: 'null' };
        return takesNull(inner) ? inner : { kind: 'nullable', inner };
    }
    if (node.kind === 'nullable' && takesNull(node.inner))
        return node.inner;
    return node;
}
//# sourceMappingURL=fold-nullable.js.map