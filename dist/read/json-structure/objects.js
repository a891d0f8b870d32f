/**
 * `object` (Core §3.3.1): properties with alternate names, `required` (a list, or alternative lists),
 * `additionalProperties`, `$extends` (one base or several, transitively) and `abstract`; and the
 * validation add-in's object keywords.
 */
import { jsonPointer, pointerSegments } from '../../diagnostics/index.js';
import { copySize } from '../copy-budget.js';
import { docsOf } from './docs.js';
import { child, isObject } from './reader.js';
import { readPattern } from './types.js';
import { resolve } from './references.js';
export function objectNode(r, schema, at, name) {
    const segments = pointerSegments(at);
    const own = isObject(schema['properties']) ? schema['properties'] : undefined;
    if (schema['properties'] !== undefined && !own)
        r.report('invalid-structure', jsonPointer([...segments, 'properties']), '"properties" must be an object');
    if (own && Object.keys(own).length === 0 && schema['$extends'] === undefined) {
        r.deviation(jsonPointer([...segments, 'properties']), 'an object with empty "properties" declares nothing; read as an object of any keys', 'list the properties, or use "type": "map"');
    }
    const properties = new Map();
    // Inherited properties first, in base order; the type's own come after and may override.
    const bases = basesOf(r, schema, at);
    for (const base of bases)
        for (const p of base.properties)
            properties.set(p.name, p);
    const inheritedRequired = new Set([...properties.values()].filter((p) => p.required).map((p) => p.name));
    for (const [key, propertySchema] of Object.entries(own ?? {})) {
        const propertyAt = jsonPointer([...segments, 'properties', key]);
        if (!isObject(propertySchema)) {
            r.report('invalid-structure', propertyAt, `property ${JSON.stringify(key)} must be a schema object`);
            continue;
        }
        // altnames.json names the key on the wire when it differs from the identifier (the property's key).
        const altnames = propertySchema['altnames'];
        const wire = isObject(altnames) && typeof altnames['json'] === 'string' ? altnames['json'] : key;
        const docs = docsOf(propertySchema);
        if (wire !== key)
            docs.description = [docs.description, `Identifier: ${key}.`].filter(Boolean).join(' ');
        properties.set(key, {
            name: wire,
            type: r.convert(propertySchema, propertyAt, `${name}.${key}`),
            required: inheritedRequired.has(key),
            docs,
        });
    }
    const required = schema['required'];
    const requiredAt = jsonPointer([...segments, 'required']);
    let alternatives;
    if (required !== undefined) {
        if (!Array.isArray(required))
            r.report('invalid-structure', requiredAt, '"required" must be a list of property names (or of lists)');
        else if (required.every((r) => typeof r === 'string'))
            markRequired(r, properties, required, requiredAt);
        else if (required.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'string')))
            alternatives = required;
        else
            r.report('invalid-structure', requiredAt, '"required" must list names, or lists of names, not both');
    }
    const additional = schema['additionalProperties'];
    // Without its own additionalProperties, a type keeps what its bases said (a closed base stays closed).
    const inherited = additional === undefined ? bases.map((b) => b.additional).find((a) => !(a.mode === 'allow' && !a.explicit)) : undefined;
    const object = {
        kind: 'object',
        properties: [...properties.values()],
        additional: inherited ??
            (additional === true
                ? { mode: 'allow', explicit: true }
                : isObject(additional)
                    ? { mode: 'schema', type: r.convert(additional, jsonPointer([...segments, 'additionalProperties']), `${name}.value`) }
                    : additional === false
                        ? { mode: 'forbid' }
                        : // Absent: extra keys are allowed, as the reference SDK validates.
                            { mode: 'allow', explicit: false }),
    };
    if (additional !== undefined && typeof additional !== 'boolean' && !isObject(additional))
        r.report('invalid-structure', jsonPointer([...segments, 'additionalProperties']), 'additionalProperties must be a boolean or a schema');
    const checked = entryChecks(r, object, schema, at, name, 'object');
    if (!alternatives)
        return withHas(r, checked, schema, at, name);
    // Alternative required sets: the object is valid when any one set is all present.
    const variants = alternatives.map((set) => {
        const variant = { ...checked, properties: checked.properties.map((p) => ({ ...p })) };
        markRequired(r, new Map(variant.properties.map((p) => [p.name, p])), set, requiredAt);
        return variant;
    });
    return withHas(r, variants.length === 1 ? variants[0] : { kind: 'union', variants }, schema, at, name);
}
export function markRequired(r, properties, names, at) {
    for (const required of names) {
        const property = properties.get(required);
        if (property)
            property.required = true;
        else
            r.report('invalid-structure', at, `required property ${JSON.stringify(required)} is not among the properties`);
    }
}
/**
 * The validation add-in's keywords on the entries of an object or a map: counts, dependentRequired
 * (objects only), patternProperties / patternKeys, propertyNames / keyNames (and a map's `keys`).
 * For a map, a pattern's schema applies on top of `values`, which every entry must match. Returns the
 * node with them (or, for a map with patternKeys, the node and an object of the patterns).
 */
export function entryChecks(r, node, schema, at, name, kind) {
    const checks = {};
    const [min, max, patterns, names] = kind === 'object'
        ? ['minProperties', 'maxProperties', 'patternProperties', 'propertyNames']
        : ['minEntries', 'maxEntries', 'patternKeys', 'keyNames'];
    if (typeof schema[min] === 'number')
        checks.minProperties = schema[min];
    if (typeof schema[max] === 'number')
        checks.maxProperties = schema[max];
    const dependent = schema['dependentRequired'];
    if (kind === 'object' && isObject(dependent)) {
        checks.dependentRequired = Object.entries(dependent).flatMap(([property, requires]) => Array.isArray(requires) && requires.every((r) => typeof r === 'string') ? [{ property, requires: requires }] : []);
    }
    // Maps name their key schema `keys` (Core) or `keyNames` (validation add-in); both apply when both are given.
    const keySchemas = (kind === 'object' ? [names] : ['keys', names, 'propertyNames']).filter((k) => isObject(schema[k]));
    const keyTypes = keySchemas.map((k) => r.convert(schema[k], child(at, k), `${name}.key`));
    if (keyTypes.length > 0)
        checks.propertyNames = keyTypes.length === 1 ? keyTypes[0] : { kind: 'intersection', members: keyTypes };
    const patternMap = schema[patterns];
    if (patternMap !== undefined && !isObject(patternMap))
        r.report('invalid-structure', child(at, patterns), `"${patterns}" must map regular expressions to schemas`);
    const patternProperties = isObject(patternMap)
        ? Object.entries(patternMap).flatMap(([pattern, sub]) => {
            const source = readPattern(r, pattern, child(at, patterns, pattern));
            if (source === undefined)
                return [];
            if (!isObject(sub)) {
                r.report('invalid-structure', child(at, patterns, pattern), `the schema for keys matching ${JSON.stringify(pattern)} must be an object`);
                return [];
            }
            return [{ pattern: source, type: r.convert(sub, child(at, patterns, pattern), `${name}.pattern`) }];
        })
        : [];
    if (Object.keys(checks).length > 0)
        node.checks = checks;
    if (patternProperties.length === 0)
        return node;
    if (kind === 'object')
        return { ...node, patternProperties };
    // A map's values schema applies to every entry, pattern or not: the patterns are a second object.
    return {
        kind: 'intersection',
        members: [node, { kind: 'object', properties: [], additional: { mode: 'allow', explicit: true }, patternProperties }],
    };
}
/**
 * `has`: at least one of the object's (or map's) values matches the schema; said as "not every value
 * fails it", which each target can state.
 */
export function withHas(r, node, schema, at, name) {
    const has = schema['has'];
    if (has === undefined)
        return node;
    if (!isObject(has)) {
        r.report('invalid-structure', child(at, 'has'), '"has" must be a schema');
        return node;
    }
    const wanted = r.convert(has, child(at, 'has'), `${name}.has`);
    const noneMatch = { kind: 'object', properties: [], additional: { mode: 'schema', type: { kind: 'not', inner: wanted } } };
    return { kind: 'intersection', members: [node, { kind: 'not', inner: noneMatch }] };
}
/** The objects a type `$extends`, converted (one base or several); cycles are errors. */
export function basesOf(r, schema, at) {
    const extendsValue = schema['$extends'];
    if (extendsValue === undefined)
        return [];
    const list = Array.isArray(extendsValue) ? extendsValue : [extendsValue];
    const result = [];
    list.forEach((reference, i) => {
        const refAt = jsonPointer([...pointerSegments(at), '$extends', ...(Array.isArray(extendsValue) ? [i] : [])]);
        const pointer = resolve(r, reference, refAt);
        if (!pointer)
            return;
        const base = r.definitionType(pointer);
        if (!base) {
            r.report('circular-extends', refAt, `$extends ${JSON.stringify(reference)} leads back to this type`);
            return;
        }
        if (base.kind !== 'object') {
            r.report('invalid-structure', refAt, `$extends ${JSON.stringify(reference)} names a ${base.kind}, not an object`);
            return;
        }
        // Each type that extends a base holds a copy of its properties (an abstract base has no values of
        // its own to refer to): bounded, so that output stays in proportion to the input.
        r.copied += copySize(base);
        if (r.copied > r.copyBudget) {
            // Said once, where the budget ran out: every later copy would say the same.
            if (r.copied - copySize(base) <= r.copyBudget)
                r.report('expansion-limit', refAt, `$extends ${JSON.stringify(reference)} takes the properties copied from bases past ${r.copyBudget} bytes of model, far more than the document holds`);
            return;
        }
        result.push(base);
    });
    return result;
}
//# sourceMappingURL=objects.js.map