import { child, isSchemaObject } from './context.js';
import { locateRef, resolveRef } from './refs.js';
/**
 * Each variant's tags: the mapping entries that point at it, else its own listed tag values, else its
 * definition name. Variants must be refs; otherwise the union stays untagged (undefined).
 */
export function taggedUnion(ctx, discriminator, branches, at, exclusive) {
    const property = discriminator['propertyName'];
    if (!branches.every((b) => b.type.kind === 'ref')) {
        ctx.report('schema-defect', at, 'a discriminator needs every oneOf/anyOf branch to be a $ref; the union is left untagged');
        return undefined;
    }
    const tagsFor = mappedTags(ctx, discriminator, at);
    const tagged = branches.map((b) => {
        const target = b.type.target;
        const location = finalLocation(ctx, b.schema, b.at);
        const own = ownTags(ctx, location, property);
        const mapped = tagsFor.get(location.key)?.tags;
        for (const tag of mapped ?? []) {
            if (own && !own.includes(tag))
                ctx.report('schema-defect', child(at, 'mapping', tag), `the mapping gives tag ${JSON.stringify(tag)} to ${target}, whose ${JSON.stringify(property)} allows only ${own.map((t) => JSON.stringify(t)).join(', ')}; no payload can carry both`, 'map the tag to the schema that declares it');
        }
        return { tags: mapped ?? own ?? [target], type: b.type };
    });
    return { kind: 'taggedUnion', property, variants: tagged, exclusive };
}
/**
 * The Discriminator Object a schema's `discriminator` holds: OpenAPI 3's object with `propertyName`, or
 * Swagger 2.0's bare property name (2.0 §Schema Object: "the discriminator is the schema property name
 * that is used to differentiate between other schemas that inherit this schema"), read as the object
 * without a mapping, whose tags are then the definitions' names, as 2.0 says.
 */
export function discriminatorOf(ctx, value) {
    if (ctx.dialect === 'swagger-2.0' && typeof value === 'string' && value !== '')
        return { propertyName: value };
    return isSchemaObject(value) && typeof value['propertyName'] === 'string' ? value : undefined;
}
export function mappedTags(ctx, discriminator, at) {
    const mapping = isSchemaObject(discriminator['mapping']) ? discriminator['mapping'] : {};
    const tagsFor = new Map();
    for (const [tag, target] of Object.entries(mapping)) {
        if (typeof target !== 'string')
            continue;
        const entryAt = child(at, 'mapping', tag);
        const reference = target.includes('#') || target.includes('/') ? target : `#${ctx.componentsPointer}/${target}`;
        const located = locateRef(ctx, reference, entryAt);
        if (!located) {
            resolveRef(ctx, reference, entryAt); // reports why it cannot be followed
            continue;
        }
        const { key } = finalLocation(ctx, { $ref: reference }, entryAt);
        const known = tagsFor.get(key);
        if (known)
            known.tags.push(tag);
        else
            tagsFor.set(key, { tags: [tag], reference, at: entryAt });
    }
    return tagsFor;
}
/** Keys beside `$ref` that leave a schema a mere reference (so `{$ref, description}` is its target). */
const referenceOnly = new Set(['$ref', 'description', 'title', 'summary', '$comment', 'deprecated']);
/** The schema a location finally stands for, following pure `$ref`s (at most 32), and its `uri#pointer`. */
export function finalLocation(ctx, schema, at) {
    let current = schema;
    let where = at;
    for (let hops = 0; hops < 32; hops++) {
        if (!isSchemaObject(current) || typeof current['$ref'] !== 'string')
            break;
        if (!Object.keys(current).every((k) => referenceOnly.has(k) || k.startsWith('x-')))
            break;
        const next = locateRef(ctx, current['$ref'], child(where, '$ref'));
        const doc = next && ctx.documents.byUri.get(next.uri);
        if (!next || !doc)
            break;
        where = next;
        current = ctx.valueAt(doc, next.pointer);
    }
    return { key: `${where.uri}#${where.pointer}`, schema: current, at: where };
}
/**
 * The string values a variant's own tag property lists (`const`, `enum`), in its `properties` or those of
 * its `allOf` parts (`$ref`s followed), read from the schemas as written: converting the variant here
 * would change the order definitions are read in.
 */
export function ownTags(ctx, variant, property, depth = 0) {
    const schema = variant.schema;
    if (!isSchemaObject(schema) || depth > 8)
        return undefined;
    const properties = schema['properties'];
    if (isSchemaObject(properties) && Object.hasOwn(properties, property)) {
        const tag = finalLocation(ctx, properties[property], child(variant.at, 'properties', property)).schema;
        const values = !isSchemaObject(tag) ? [] : Object.hasOwn(tag, 'const') ? [tag['const']] : Array.isArray(tag['enum']) ? tag['enum'] : [];
        if (values.length > 0 && values.every((v) => typeof v === 'string'))
            return values;
    }
    // Every `allOf` part applies: the first that lists values (a base's plain `string` does not) gives them.
    const parts = Array.isArray(schema['allOf']) ? schema['allOf'] : [];
    for (const [i, part] of parts.entries()) {
        const found = ownTags(ctx, finalLocation(ctx, part, child(variant.at, 'allOf', i)), property, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
//# sourceMappingURL=discriminator.js.map