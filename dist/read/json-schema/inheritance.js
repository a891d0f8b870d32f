import { child, isSchemaObject } from './context.js';
import { discriminatorOf, finalLocation, mappedTags, ownTags } from './discriminator.js';
import { resolveRef } from './refs.js';
import { docsOf } from './schema.js';
/** Per run: each base's shape definition name → its hierarchy. */
const byContext = new WeakMap();
/**
 * Finds the hierarchies among `components.schemas` of the root document, before anything is read,
 * and names each base's location after its shape, so the base's name is free for the union.
 */
export function prepareHierarchies(ctx, rootUri, components) {
    const doc = ctx.documents.byUri.get(rootUri);
    if (!doc)
        return;
    const schemaAt = (name) => child({ uri: rootUri, pointer: '' }, ...ctx.componentsPath, name);
    const schemas = new Map(components.map((name) => [name, ctx.valueAt(doc, schemaAt(name).pointer)]));
    const hierarchies = new Map();
    // What each component's allOf builds on (`$ref`s followed), to find variants at any depth: a Cat built
    // on Pet built on Animal is an Animal too.
    const parents = new Map();
    for (const [name, schema] of schemas) {
        const at = schemaAt(name);
        const parts = isSchemaObject(schema) && Array.isArray(schema['allOf']) ? schema['allOf'] : [];
        parents.set(`${at.uri}#${at.pointer}`, parts.map((part, i) => finalLocation(ctx, part, child(at, 'allOf', i)).key));
    }
    const builtOn = (key, baseKey, seen) => {
        if (seen.has(key))
            return false;
        seen.add(key);
        return (parents.get(key) ?? []).some((parent) => parent === baseKey || builtOn(parent, baseKey, seen));
    };
    for (const [baseName, base] of schemas) {
        if (!isSchemaObject(base) || Object.hasOwn(base, 'oneOf') || Object.hasOwn(base, 'anyOf'))
            continue;
        const discriminator = discriminatorOf(ctx, base['discriminator']);
        if (!discriminator)
            continue;
        const property = discriminator['propertyName'];
        const baseAt = schemaAt(baseName);
        const baseKey = `${baseAt.uri}#${baseAt.pointer}`;
        const tagsFor = mappedTags(ctx, discriminator, child(baseAt, 'discriminator'));
        const variants = [];
        for (const [name, schema] of schemas) {
            if (name === baseName || !isSchemaObject(schema))
                continue;
            const at = schemaAt(name);
            const key = `${at.uri}#${at.pointer}`;
            if (!builtOn(key, baseKey, new Set()) && !tagsFor.has(key))
                continue;
            variants.push({
                key,
                tags: tagsFor.get(key)?.tags ?? ownTags(ctx, { schema, at }, property) ?? [name],
                ref: () => ctx.definitionFor(at, name),
            });
        }
        // Mapping entries naming schemas elsewhere (another file, a path's schema) are variants too.
        for (const [key, mapped] of tagsFor)
            if (key !== baseKey && !variants.some((v) => v.key === key)) {
                variants.push({
                    key,
                    tags: mapped.tags,
                    ref: () => {
                        const resolved = resolveRef(ctx, mapped.reference, mapped.at);
                        return resolved.kind === 'ref' ? resolved.target : undefined;
                    },
                });
            }
        if (variants.length === 0)
            continue;
        const shape = ctx.uniqueName(`${baseName}Base`);
        ctx.nameLocation(baseAt, shape);
        hierarchies.set(shape, {
            union: baseName,
            shape,
            property,
            variants,
            baseTags: tagsFor.get(baseKey)?.tags,
            base,
            baseAt,
            built: false,
        });
    }
    if (hierarchies.size > 0)
        byContext.set(ctx, hierarchies);
}
/**
 * A `ref` to a base's shape, read where the schema at `at` refers to it: inside an `allOf` it stays the
 * shape (a variant's own fields); anywhere else it is the union of the variants.
 */
/**
 * What `polymorphicTarget` gives, without building anything: undefined for a base whose union a
 * selection never reached (its own fields were read for a variant's `allOf`, the union was not).
 */
export function polymorphicTargetRead(ctx, target, at) {
    const hierarchy = byContext.get(ctx)?.get(target);
    if (hierarchy === undefined || /\/allOf\/\d+$/.test(at.pointer))
        return target;
    return hierarchy.built ? hierarchy.union : undefined;
}
export function polymorphicTarget(ctx, target, at) {
    const hierarchy = byContext.get(ctx)?.get(target);
    if (hierarchy === undefined || /\/allOf\/\d+$/.test(at.pointer))
        return target;
    // Built the first time it is needed, so that a selection (`--entity Cat`) reads no more than it reaches.
    if (!hierarchy.built) {
        hierarchy.built = true;
        const variants = hierarchy.variants.flatMap((v) => {
            const name = v.ref();
            return name === undefined ? [] : [{ tags: v.tags, type: { kind: 'ref', target: name } }];
        });
        if (hierarchy.baseTags)
            variants.unshift({ tags: hierarchy.baseTags, type: { kind: 'ref', target: hierarchy.shape } });
        ctx.addDefinition({
            name: hierarchy.union,
            type: { kind: 'taggedUnion', property: hierarchy.property, variants, exclusive: true },
            docs: docsOf(ctx, hierarchy.base, hierarchy.baseAt),
            origin: { document: hierarchy.baseAt.uri, pointer: hierarchy.baseAt.pointer },
        });
    }
    return hierarchy.union;
}
//# sourceMappingURL=inheritance.js.map