import { childNodes, definitionIndex, listedTagValues } from '../model/index.js';
/**
 * Where a tagged union is used, each variant carries its tag: OpenAPI says the discriminator property
 * MUST be present in the payload, and a tag is what tells the variants apart. A variant whose definition
 * already requires the tag property with exactly the variant's tags stays a plain ref; any other becomes
 * `Variant & { tag: "a" | "b" }` (an intersection with a one-property object), so every target (types,
 * validators, JSON Schema, docs) says the same without knowing about discriminators. The variant's own
 * definition stays as written, for where it is used alone (`{type: {const: "x", default: "x"}}`, not
 * required, is common: pydantic writes every `Literal` tag so).
 *
 * Runs after the readers, on definitions only: operations hold refs.
 */
export function requireTags(model) {
    const index = definitionIndex(model);
    if (!model.definitions.some((d) => hasLooseVariant(d.type, index)))
        return model;
    const copy = structuredClone(model);
    const copyIndex = definitionIndex(copy);
    for (const def of copy.definitions)
        tagVariantsBelow(def.type, copyIndex);
    return copy;
}
function hasLooseVariant(root, index) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.kind === 'taggedUnion' && node.variants.some((v) => !tagAssured(v.type, node.property, v.tags, index, new Set())))
            return true;
        stack.push(...childNodes(node));
    }
    return false;
}
function tagVariantsBelow(node, index) {
    for (const child of childNodes(node))
        tagVariantsBelow(child, index);
    if (node.kind !== 'taggedUnion')
        return;
    for (const variant of node.variants) {
        if (tagAssured(variant.type, node.property, variant.tags, index, new Set()))
            continue;
        variant.type = { kind: 'intersection', members: [variant.type, tagObject(node.property, variant.tags)] };
    }
}
/** `{ [property]: tags }`, the property required; other keys as the variant says. */
export function tagObject(property, tags) {
    return {
        kind: 'object',
        properties: [{ name: property, type: tagValuesNode(tags), required: true, docs: {} }],
        additional: { mode: 'allow', explicit: false },
    };
}
function tagValuesNode(tags) {
    if (tags.length === 1)
        return { kind: 'literal', value: tags[0] };
    return { kind: 'enum', members: tags.map((value) => ({ value })) };
}
/** Whether every value of `type` has `property` present with one of `tags`, and every tag is possible. */
function tagAssured(type, property, tags, index, seen) {
    switch (type.kind) {
        case 'ref': {
            const target = index.get(type.target);
            if (!target || seen.has(type.target))
                return false;
            seen.add(type.target);
            return tagAssured(target.type, property, tags, index, seen);
        }
        case 'object': {
            const tag = type.properties.find((p) => p.name === property);
            const values = tag?.required ? listedTagValues(tag.type) : undefined;
            return values !== undefined && values.length === tags.length && tags.every((t) => values.includes(t));
        }
        case 'intersection':
            return type.members.some((m) => tagAssured(m, property, tags, index, seen));
        default:
            return false;
    }
}
//# sourceMappingURL=polymorphism.js.map