/**
 * The compound types besides `object` (Core §3.3): `array` and `set` (unique items), `map`, `tuple`
 * and `choice` (tagged, or inline with a `selector`), with the validation add-in's keywords on them.
 */
import { jsonPointer, pointerSegments } from '../../diagnostics/index.js';
import { docsOf } from './docs.js';
import { entryChecks, withHas } from './objects.js';
import { isObject } from './reader.js';
export function arrayNode(r, schema, at, name, unique) {
    const items = schema['items'];
    const itemsAt = jsonPointer([...pointerSegments(at), 'items']);
    if (!isObject(items)) {
        r.report('invalid-structure', itemsAt, `${unique ? 'a set' : 'an array'} needs "items": the schema of its elements`);
        return { kind: 'array', items: { kind: 'any' } };
    }
    const node = { kind: 'array', items: r.convert(items, itemsAt, `${name}.item`) };
    const checks = {};
    for (const key of ['minItems', 'maxItems']) {
        const value = schema[key];
        if (value === undefined)
            continue;
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
            checks[key] = value;
        else
            r.report('invalid-structure', jsonPointer([...pointerSegments(at), key]), `${key} must be a non-negative integer`);
    }
    if (checks.minItems !== undefined && checks.maxItems !== undefined && checks.minItems > checks.maxItems) {
        r.report('invalid-structure', jsonPointer([...pointerSegments(at), 'minItems']), `minItems ${checks.minItems} exceeds maxItems ${checks.maxItems}`);
    }
    if (unique || schema['uniqueItems'] === true)
        checks.uniqueItems = true;
    if (isObject(schema['contains'])) {
        const contains = {
            type: r.convert(schema['contains'], jsonPointer([...pointerSegments(at), 'contains']), `${name}.contains`),
        };
        if (typeof schema['minContains'] === 'number')
            contains.min = schema['minContains'];
        if (typeof schema['maxContains'] === 'number')
            contains.max = schema['maxContains'];
        checks.contains = contains;
    }
    if (Object.keys(checks).length > 0)
        node.checks = checks;
    return node;
}
export function mapNode(r, schema, at, name) {
    const values = schema['values'];
    if (!isObject(values)) {
        r.report('invalid-structure', jsonPointer([...pointerSegments(at), 'values']), 'a map needs "values": the schema of its values');
        return { kind: 'object', properties: [], additional: { mode: 'allow', explicit: true } };
    }
    const node = {
        kind: 'object',
        properties: [],
        additional: { mode: 'schema', type: r.convert(values, jsonPointer([...pointerSegments(at), 'values']), `${name}.value`) },
    };
    return withHas(r, entryChecks(r, node, schema, at, name, 'map'), schema, at, name);
}
export function tupleNode(r, schema, at, name) {
    const segments = pointerSegments(at);
    const properties = isObject(schema['properties']) ? schema['properties'] : undefined;
    const order = schema['tuple'];
    if (!properties || !Array.isArray(order)) {
        r.report('invalid-structure', at, 'a tuple needs "properties" and a "tuple" list giving their order');
        return { kind: 'tuple', elements: [], rest: null };
    }
    const elements = order.flatMap((element, i) => {
        if (typeof element !== 'string' || !Object.hasOwn(properties, element) || !isObject(properties[element])) {
            r.report('invalid-structure', jsonPointer([...segments, 'tuple', i]), `tuple element ${JSON.stringify(element)} is not among the properties`);
            return [];
        }
        const type = r.convert(properties[element], jsonPointer([...segments, 'properties', element]), `${name}.${element}`);
        const docs = docsOf(properties[element]);
        return [{ name: element, type, optional: false, ...(Object.keys(docs).length > 0 ? { docs } : {}) }];
    });
    return { kind: 'tuple', elements, rest: null };
}
export function choiceNode(r, schema, at, name) {
    const segments = pointerSegments(at);
    const choices = schema['choices'];
    if (!isObject(choices) || Object.keys(choices).length === 0) {
        r.report('invalid-structure', jsonPointer([...segments, 'choices']), 'a choice needs "choices": a map of names to types');
        return { kind: 'never' };
    }
    const selector = schema['selector'];
    const entries = Object.entries(choices).flatMap(([choice, choiceSchema]) => {
        const choiceAt = jsonPointer([...segments, 'choices', choice]);
        if (!isObject(choiceSchema)) {
            r.report('invalid-structure', choiceAt, `choice ${JSON.stringify(choice)} must be a schema`);
            return [];
        }
        return [{ choice, type: r.convert(choiceSchema, choiceAt, `${name}.${choice}`) }];
    });
    if (typeof selector === 'string') {
        if (schema['$extends'] === undefined)
            r.deviation(jsonPointer([...segments, 'selector']), 'an inline choice names the base its choices extend with "$extends"; read as inline all the same');
        // Inline choice: the variant object itself carries `selector: "<choice name>"`.
        return {
            kind: 'taggedUnion',
            property: selector,
            exclusive: true,
            variants: entries.map(({ choice, type }) => ({
                tags: [choice],
                type: {
                    kind: 'intersection',
                    members: [
                        type,
                        {
                            kind: 'object',
                            properties: [{ name: selector, type: { kind: 'literal', value: choice }, required: true, docs: {} }],
                            additional: { mode: 'allow', explicit: false },
                        },
                    ],
                },
            })),
        };
    }
    // Tagged choice: a single-key object whose key names the choice and whose value is its type.
    return {
        kind: 'union',
        exclusive: true,
        variants: entries.map(({ choice, type }) => ({
            kind: 'object',
            properties: [{ name: choice, type, required: true, docs: {} }],
            additional: { mode: 'forbid' },
        })),
    };
}
//# sourceMappingURL=compounds.js.map