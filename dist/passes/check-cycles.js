import { diagnostic } from '../diagnostics/index.js';
import { childNodes, typeRoots } from '../model/index.js';
import { replaceInPlace } from './replace-node.js';
/**
 * A definition that reaches itself without passing through an object, array, tuple or map (`A = B`,
 * `B = A`; `N = N | null`; `S = allOf [S]`) has no finite value: TypeScript rejects the alias and a
 * validator would recurse forever. Such cycles are errors in the input, reported once per definition.
 *
 * The refs each definition reaches unguarded form a graph; a definition is in such a cycle when it lies
 * on a cycle of that graph (a strongly connected component of two or more, or a ref to itself). Found in
 * one linear pass, without recursion: walking from every definition anew took 4 s on a 3,000-long
 * `allOf` chain, and recursing along it overflowed the stack.
 */
export function checkUnguardedCycles(model) {
    const cyclic = unguardedCyclic(model);
    return model.definitions
        .filter((def) => cyclic.has(def.name))
        .map((def) => diagnostic('circular-ref', {
        message: `${JSON.stringify(def.name)} refers to itself without any object, array or tuple in between, so no value can match it`,
        file: def.origin.document,
        pointer: def.origin.pointer,
    }));
}
/** The names of the definitions that lie on a cycle of unguarded refs. */
function unguardedCyclic(model) {
    const names = new Map(model.definitions.map((d, i) => [d.name, i]));
    const edges = model.definitions.map((d) => unguardedRefs(d.type).flatMap((target) => (names.has(target) ? [names.get(target)] : [])));
    const cyclic = onCycles(edges);
    return new Set(model.definitions.filter((_, i) => cyclic[i]).map((d) => d.name));
}
/** The definitions a type refers to through refs and combinators alone: objects, arrays and tuples guard. */
function unguardedRefs(root) {
    const targets = [];
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.kind === 'object' || node.kind === 'array' || node.kind === 'tuple')
            continue;
        if (node.kind === 'ref')
            targets.push(node.target);
        else
            stack.push(...childNodes(node));
    }
    return targets;
}
/** Which vertices lie on a cycle: Tarjan's strongly connected components, with an explicit stack. */
function onCycles(edges) {
    const count = edges.length;
    const index = new Array(count).fill(-1);
    const low = new Array(count).fill(0);
    const onStack = new Array(count).fill(false);
    const cyclic = new Array(count).fill(false);
    const component = [];
    let next = 0;
    for (let start = 0; start < count; start++) {
        if (index[start] !== -1)
            continue;
        const work = [[start, 0]];
        index[start] = low[start] = next++;
        component.push(start);
        onStack[start] = true;
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const [v, e] = frame;
            if (e < edges[v].length) {
                frame[1]++;
                const w = edges[v][e];
                if (w === v)
                    cyclic[v] = true;
                if (index[w] === -1) {
                    index[w] = low[w] = next++;
                    component.push(w);
                    onStack[w] = true;
                    work.push([w, 0]);
                }
                else if (onStack[w])
                    low[v] = Math.min(low[v], index[w]);
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1][0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] !== index[v])
                continue;
            const members = [];
            for (let w = component.pop();; w = component.pop()) {
                onStack[w] = false;
                members.push(w);
                if (w === v)
                    break;
            }
            if (members.length > 1)
                for (const w of members)
                    cyclic[w] = true;
        }
    }
    return cyclic;
}
/**
 * Leaves out the definitions `checkUnguardedCycles` finds, so the rest of the document generates: each
 * is reported (`circular-ref-skipped`, located where it is defined), and every reference to one accepts
 * anything, as a type nothing describes does. Rewrites the read model in place (it belongs to the run).
 */
export function skipUnguardedCycles(model) {
    const skipped = unguardedCyclic(model);
    if (skipped.size === 0)
        return [];
    const diagnostics = model.definitions
        .filter((d) => skipped.has(d.name))
        .map((def) => diagnostic('circular-ref-skipped', {
        message: `${JSON.stringify(def.name)} refers to itself without any object, array or tuple in between, so no value can match it; it is left out, and references to it accept anything`,
        file: def.origin.document,
        pointer: def.origin.pointer,
    }));
    model.definitions = model.definitions.filter((d) => !skipped.has(d.name));
    model.roots = model.roots.filter((name) => !skipped.has(name));
    const seen = new Set();
    // Every node that may refer to one: the components table's entries and path items' operations too.
    const stack = typeRoots(model);
    while (stack.length > 0) {
        const node = stack.pop();
        if (seen.has(node))
            continue;
        seen.add(node);
        if (node.kind === 'ref' && skipped.has(node.target))
            replaceInPlace(node, { kind: 'any' });
        else
            stack.push(...childNodes(node));
    }
    return diagnostics;
}
//# sourceMappingURL=check-cycles.js.map