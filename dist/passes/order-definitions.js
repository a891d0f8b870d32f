import { definitionIndex, referencedNames } from '../model/index.js';
/**
 * Orders definitions so each comes after the definitions it refers to (Zod constants must be declared
 * before use), starting from the roots and keeping the reader's order among equals. Deterministic.
 */
export function orderDefinitions(model) {
    const index = definitionIndex(model);
    const ordered = [];
    const state = new Map();
    const visit = (def) => {
        if (state.has(def.name))
            return;
        state.set(def.name, 'visiting');
        for (const name of referencedNames(def.type)) {
            const target = index.get(name);
            if (target)
                visit(target);
        }
        state.set(def.name, 'done');
        ordered.push(def);
    };
    for (const name of model.roots) {
        const root = index.get(name);
        if (root)
            visit(root);
    }
    for (const def of model.definitions)
        visit(def);
    return { ...model, definitions: ordered };
}
//# sourceMappingURL=order-definitions.js.map