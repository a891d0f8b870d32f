import { definitionIndex, referencedNames } from '../model/index.js';
/**
 * Marks the definitions that take part in a reference cycle (a strongly connected component of more than
 * one definition, or one that refers to itself), so that only those need lazy references and explicit
 * types in the Zod target (Tarjan's algorithm; recursion depth is at most the number of definitions).
 */
export function markRecursion(model) {
    const index = definitionIndex(model);
    const order = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const recursive = new Set();
    let counter = 0;
    const connect = (name) => {
        order.set(name, counter);
        low.set(name, counter);
        counter++;
        stack.push(name);
        onStack.add(name);
        const targets = referencedNames(index.get(name).type).filter((t) => index.has(t));
        for (const target of targets) {
            if (!order.has(target)) {
                connect(target);
                low.set(name, Math.min(low.get(name), low.get(target)));
            }
            else if (onStack.has(target)) {
                low.set(name, Math.min(low.get(name), order.get(target)));
            }
        }
        if (low.get(name) === order.get(name)) {
            const component = [];
            let member;
            do {
                member = stack.pop();
                onStack.delete(member);
                component.push(member);
            } while (member !== name);
            if (component.length > 1 || targets.includes(name))
                for (const m of component)
                    recursive.add(m);
        }
    };
    for (const def of model.definitions)
        if (!order.has(def.name))
            connect(def.name);
    return {
        ...model,
        definitions: model.definitions.map((def) => (recursive.has(def.name) ? { ...def, recursive: true } : def)),
    };
}
//# sourceMappingURL=mark-recursion.js.map