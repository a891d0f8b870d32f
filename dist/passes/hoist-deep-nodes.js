import { childNodes } from '../model/index.js';
import { replaceInPlace } from './replace-node.js';
/**
 * No definition nests its inline types deeper than `maxInlineDepth`: a deeper node becomes a definition
 * of its own (`Deep.nested`, then `Deep.nested2` …) and a `ref` takes its place. TypeScript checks a
 * Zod schema's inferred type against its annotation level by level and gives up with TS2589 ("type
 * instantiation is excessively deep") somewhere past 30 nested builders: a root of 35 nested arrays
 * ending in `{"$ref": "#"}` gave a zod.ts that did not compile. A named level has a declared type in
 * types.ts that its schema is annotated with, so each check starts again at depth one. The same values
 * are accepted by every target; only where the type is written changes. Real documents nest far less,
 * so they pass through untouched.
 */
export const maxInlineDepth = 16;
export function hoistDeepNodes(model) {
    if (!model.definitions.some((d) => deeperThan(d.type, maxInlineDepth)))
        return model;
    const copy = structuredClone(model);
    const taken = new Set(copy.definitions.map((d) => d.name));
    const definitions = [];
    // A worklist, not recursion: each hoisted node is a definition to look at in turn.
    const pending = copy.definitions.map((def) => ({ def, base: def.name })).reverse();
    for (let next = pending.pop(); next; next = pending.pop()) {
        const { def, base } = next;
        definitions.push(def);
        const hoisted = [];
        const stack = childNodes(def.type).map((c) => [c, 1]);
        while (stack.length > 0) {
            const [node, depth] = stack.pop();
            const children = childNodes(node);
            if (children.length === 0)
                continue;
            if (depth < maxInlineDepth) {
                for (const c of children)
                    stack.push([c, depth + 1]);
                continue;
            }
            // Named for the definition written in the document, numbered down the levels.
            let name = `${base}.nested`;
            for (let n = 2; taken.has(name); n++)
                name = `${base}.nested${n}`;
            taken.add(name);
            hoisted.push({ name, type: { ...node }, docs: {}, origin: def.origin });
            replaceInPlace(node, { kind: 'ref', target: name });
        }
        // Hoisted levels follow their definition, deepest last, and are looked at themselves.
        for (const h of hoisted.reverse())
            pending.push({ def: h, base });
    }
    return { ...copy, definitions };
}
/** Whether a node has a container (a node with children) at `limit` levels below it or deeper. */
function deeperThan(root, limit) {
    const stack = [[root, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        const children = childNodes(node);
        if (children.length === 0)
            continue;
        if (depth >= limit)
            return true;
        for (const c of children)
            stack.push([c, depth + 1]);
    }
    return false;
}
//# sourceMappingURL=hoist-deep-nodes.js.map