import { childNodes } from '../model/index.js';
/**
 * Renames definitions whose names are not well-formed Unicode (a lone surrogate, as in
 * `"$defs": {"\ud800": ...}`). No output can carry such a name: files are UTF-8, and a `$ref` is a URI
 * whose percent-encoding needs UTF-8 too. Each lone surrogate becomes U+FFFD (what writing the file would
 * make of it anyway), numbered on collision; every ref follows. Other models pass through untouched.
 */
// With the u flag a surrogate range matches only surrogates that are not half of a pair.
const loneSurrogate = /[\uD800-\uDFFF]/u;
const loneSurrogates = /[\uD800-\uDFFF]/gu;
export function wellFormedNames(model) {
    if (!model.definitions.some((d) => loneSurrogate.test(d.name)))
        return model;
    const taken = new Set(model.definitions.map((d) => d.name));
    const renamed = new Map();
    for (const def of model.definitions) {
        if (!loneSurrogate.test(def.name))
            continue;
        const base = def.name.replace(loneSurrogates, '\uFFFD');
        let name = base;
        for (let n = 2; taken.has(name); n++)
            name = `${base}${n}`;
        taken.add(name);
        renamed.set(def.name, name);
    }
    const copy = structuredClone(model);
    const retarget = (node) => {
        if (node.kind === 'ref')
            node.target = renamed.get(node.target) ?? node.target;
        for (const child of childNodes(node))
            retarget(child);
    };
    for (const def of copy.definitions) {
        def.name = renamed.get(def.name) ?? def.name;
        retarget(def.type);
    }
    copy.roots = copy.roots.map((root) => renamed.get(root) ?? root);
    return copy;
}
//# sourceMappingURL=well-formed-names.js.map