/**
 * Where a `required` name is declared, when not in the same schema's `properties`. JSON Schema lets
 * `required` name a property that a sibling composition defines (`{allOf: [{$ref: Base}], required:
 * [id]}` with `id` in Base), or that an enclosing schema defines (`{properties: {id}, oneOf: [{required:
 * [id]}, ...]}`, or `if`/`then` inside it). Such a name is no defect: the `required-not-in-properties` warning is for names that no
 * schema of the composition declares. The required key still reads as "present, any value" where it is
 * written; the object merge (`mergedProperty`) gives it the declared type where the parts merge.
 */
import { listedTagValues } from '../../model/index.js';
import { child, isSchemaObject } from './context.js';
import { locateRef } from './refs.js';
const compositions = ['allOf', 'anyOf', 'oneOf'];
/** A subschema that applies to the instance its parent applies to: a composition branch, `if`/`then`/`else`, `not`, a dependent schema. */
const enclosed = /^(.*)\/(?:(?:allOf|anyOf|oneOf)\/\d+|if|then|else|not|dependentSchemas\/[^/]+)$/;
/**
 * The property names that the schema at `at` and the schemas it composes with declare: its own
 * `properties`, its `$ref` target's, its `allOf`/`anyOf`/`oneOf` branches' (refs followed), and, where
 * it is itself a branch of a composition, the enclosing schema's (with that schema's other branches).
 */
export function declaredInComposition(ctx, schema, at) {
    const names = new Set();
    const seen = new Set();
    collect(ctx, schema, at, names, seen);
    // Up through enclosing schemas that apply to the same instance: `…/allOf/2`, `…/then` and the like.
    let pointer = at.pointer;
    for (let match = enclosed.exec(pointer); match; match = enclosed.exec(pointer)) {
        // `…/properties/then` is a property named "then", not a `then` keyword.
        if (/\/(?:properties|patternProperties|\$defs|definitions|schemas)$/.test(match[1]))
            break;
        pointer = match[1];
        const enclosingAt = { uri: at.uri, pointer };
        const doc = ctx.documents.byUri.get(at.uri);
        const enclosing = doc ? ctx.valueAt(doc, pointer) : undefined;
        if (isSchemaObject(enclosing))
            collect(ctx, enclosing, enclosingAt, names, seen);
    }
    return names;
}
function collect(ctx, schema, at, names, seen) {
    const key = `${at.uri}#${at.pointer}`;
    if (!isSchemaObject(schema) || seen.has(key))
        return;
    seen.add(key);
    if (isSchemaObject(schema['properties']))
        for (const name of Object.keys(schema['properties']))
            names.add(name);
    if (typeof schema['$ref'] === 'string') {
        const target = locateRef(ctx, schema['$ref'], at);
        const doc = target && ctx.documents.byUri.get(target.uri);
        if (target && doc)
            collect(ctx, ctx.valueAt(doc, target.pointer), target, names, seen);
    }
    for (const keyword of compositions) {
        const branches = schema[keyword];
        if (Array.isArray(branches))
            branches.forEach((branch, i) => collect(ctx, branch, child(at, keyword, i), names, seen));
    }
}
/**
 * One property from the same name in two object parts of an `allOf` (or of a schema and its
 * compositions), or undefined when they cannot merge. A part that only requires the name (type `any`,
 * from a `required` list) adds nothing but the requirement: `any` meets any type as that type; a
 * constant meets the plain type that holds it as the constant.
 */
export function mergedProperty(seen, property) {
    const merged = mergedDeclaration(seen, property);
    if (!merged || (seen.undeclared && property.undeclared))
        return merged;
    // Declared in either part, it is declared in the whole.
    const { undeclared: _, ...declared } = merged;
    return declared;
}
function mergedDeclaration(seen, property) {
    const required = seen.required || property.required;
    const docs = { ...seen.docs, ...property.docs };
    if (property.type.kind === 'any')
        return { ...seen, required, docs };
    if (seen.type.kind === 'any')
        return { ...property, ...flags(seen), required, docs };
    if (JSON.stringify(seen.type) === JSON.stringify(property.type))
        return { ...seen, required, docs };
    // A variant re-declaring its base's `petType: string` as `const: "cat"`: both together are the constant.
    if (narrows(property.type, seen.type))
        return { ...seen, type: property.type, required, docs };
    if (narrows(seen.type, property.type))
        return { ...seen, required, docs };
    return undefined;
}
/** Whether `narrow` lists only values that `wide`, a plain type without checks, holds. */
function narrows(narrow, wide) {
    const values = listedTagValues(narrow);
    if (!values || values.length === 0)
        return false;
    switch (wide.kind) {
        case 'string':
            return !wide.format && !wide.checks && values.every((v) => typeof v === 'string');
        case 'boolean':
            return values.every((v) => typeof v === 'boolean');
        case 'number':
            return (wide.numberKind === 'number' && !wide.format && !wide.checks && wide.wire !== 'string' && values.every((v) => typeof v === 'number'));
        default:
            return false;
    }
}
function flags(property) {
    const kept = {};
    if (property.readOnly)
        kept.readOnly = true;
    if (property.writeOnly)
        kept.writeOnly = true;
    return kept;
}
//# sourceMappingURL=declared-properties.js.map