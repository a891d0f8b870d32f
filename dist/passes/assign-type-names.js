import { pascalCase } from '../model/index.js';
/**
 * Gives every definition a collision-free PascalCase identifier, deterministically: names that already
 * are their own PascalCase form keep it; the rest follow in definition order, numbered on collision
 * (`CompactionSettings-Input` → `CompactionSettingsInput`, then `CompactionSettingsInput2`).
 */
export function assignTypeNames(model) {
    const taken = new Set();
    const chosen = new Map();
    for (const def of model.definitions) {
        if (pascalCase(def.name) === def.name) {
            chosen.set(def.name, def.name);
            taken.add(def.name);
        }
    }
    for (const def of model.definitions) {
        if (chosen.has(def.name))
            continue;
        const base = pascalCase(def.name);
        let candidate = base;
        for (let n = 2; taken.has(candidate); n++)
            candidate = `${base}${n}`;
        chosen.set(def.name, candidate);
        taken.add(candidate);
    }
    return { ...model, definitions: model.definitions.map((def) => ({ ...def, typeName: chosen.get(def.name) })) };
}
//# sourceMappingURL=assign-type-names.js.map