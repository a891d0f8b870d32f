import { child } from './context.js';
import { assertedFormat } from '../../model/formats.js';
import { arrayKeywords, arrayNode } from './arrays.js';
import { objectKeywords, objectNode } from './objects.js';
import { numberKeywords, numberNode, stringKeywords, stringNode } from './primitives.js';
/** `type` as a list, checked: 3.0 allows one name, 3.1 a name or an array of names. */
export function typeList(ctx, schema, at) {
    const type = schema['type'];
    if (type === undefined)
        return [];
    const list = Array.isArray(type) ? type : [type];
    const known = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];
    const bad = list.filter((t) => typeof t !== 'string' || !known.includes(t));
    if (bad.length > 0)
        ctx.report('schema-defect', child(at, 'type'), `unknown type ${JSON.stringify(bad)}; known: ${known.join(', ')}`);
    return list.filter((t) => typeof t === 'string' && known.includes(t));
}
export function fitsTypes(value, types) {
    if (types.length === 0)
        return true;
    return types.some((t) => {
        switch (t) {
            case 'string':
                return typeof value === 'string';
            case 'number':
                return typeof value === 'number';
            case 'integer':
                return typeof value === 'number' && Number.isInteger(value);
            case 'boolean':
                return typeof value === 'boolean';
            case 'null':
                return value === null;
            case 'array':
                return Array.isArray(value);
            case 'object':
                return typeof value === 'object' && value !== null && !Array.isArray(value);
            default:
                return false;
        }
    });
}
/**
 * The bounds and lengths beside a listed (`enum`/`const`) value that it breaks. Each keyword applies to
 * its own type only; `pattern` and `format` are not run on spec values here (the value is the author's
 * own), nor is `multipleOf` (its exact arithmetic lives in the validators).
 */
export function brokenChecks(value, schema) {
    // Asked of every enum value: nothing is made unless the schema has a bound to check.
    const broken = [];
    if (typeof value === 'number') {
        const min = numberAt(schema, 'minimum');
        const max = numberAt(schema, 'maximum');
        const exclusiveMin = numberAt(schema, 'exclusiveMinimum');
        const exclusiveMax = numberAt(schema, 'exclusiveMaximum');
        if (min !== undefined && !(value >= min))
            broken.push('minimum');
        if (max !== undefined && !(value <= max))
            broken.push('maximum');
        if (exclusiveMin !== undefined && !(value > exclusiveMin))
            broken.push('exclusiveMinimum');
        if (exclusiveMax !== undefined && !(value < exclusiveMax))
            broken.push('exclusiveMaximum');
    }
    else if (typeof value === 'string') {
        const minLength = numberAt(schema, 'minLength');
        const maxLength = numberAt(schema, 'maxLength');
        if (minLength === undefined && maxLength === undefined)
            return broken;
        const length = [...value].length;
        if (minLength !== undefined && !(length >= minLength))
            broken.push('minLength');
        if (maxLength !== undefined && !(length <= maxLength))
            broken.push('maxLength');
    }
    return broken;
}
function numberAt(schema, key) {
    const value = schema[key];
    return typeof value === 'number' ? value : undefined;
}
/** The type that `type` and its keywords describe (or that object/array keywords imply when `type` is absent). */
export function baseType(ctx, schema, at, name, types) {
    let kinds = types.filter((t) => t !== 'null');
    if (types.length === 0 && ctx.dialect === 'json-schema')
        return typelessType(ctx, schema, at, name);
    if (types.length === 0) {
        // API authors mean `properties` (or `items`) without `type` as an object (or array); other keywords
        // without a type constrain only the values they apply to, as in JSON Schema.
        if (objectKeywords.some((k) => Object.hasOwn(schema, k)))
            kinds = ['object'];
        else if (arrayKeywords.some((k) => Object.hasOwn(schema, k)))
            kinds = ['array'];
        else
            return typelessType(ctx, schema, at, name);
    }
    if (kinds.length === 0)
        return types.includes('null') ? { kind: 'null' } : undefined;
    const nodes = kinds.map((kind) => typedNode(ctx, schema, at, name, kind));
    return nodes.length === 1 ? nodes[0] : { kind: 'union', variants: nodes };
}
/**
 * JSON Schema without `type`: each keyword constrains only values of the type it applies to
 * (`{"maxLength": 2}` accepts 12 and rejects "abc"), so the result is a union over every JSON type,
 * constrained where keywords apply. Undefined when no type-specific keyword is present.
 */
export function typelessType(ctx, schema, at, name) {
    const has = (keywords) => keywords.some((k) => Object.hasOwn(schema, k));
    // An asserted format constrains the values of the type it applies to, as that type's keywords do.
    const formatType = ctx.assertFormats && typeof schema['format'] === 'string' ? (assertedFormat(schema['format'])?.appliesTo ?? 'string') : undefined;
    const [strings, numbers] = [has(stringKeywords) || formatType === 'string', has(numberKeywords) || formatType === 'number'];
    if (!strings && !numbers && !has(objectKeywords) && !has(arrayKeywords))
        return undefined;
    const object = has(objectKeywords) ? objectNode(ctx, schema, at, name) : undefined;
    return {
        kind: 'union',
        variants: [
            // Open, but not `explicit`: no keyword here evaluates their keys or items (see the `unevaluated` node).
            object ?? { kind: 'object', properties: [], additional: { mode: 'allow', explicit: false } },
            has(arrayKeywords) ? arrayNode(ctx, schema, at, name) : { kind: 'array', items: { kind: 'any' }, implicitItems: true },
            strings ? stringNode(ctx, schema, at) : { kind: 'string' },
            numbers ? numberNode(ctx, schema, at, 'number') : { kind: 'number', numberKind: 'number' },
            { kind: 'boolean' },
            { kind: 'null' },
        ],
    };
}
export function typedNode(ctx, schema, at, name, kind) {
    switch (kind) {
        case 'string':
            return stringNode(ctx, schema, at);
        case 'integer':
        case 'number':
            return numberNode(ctx, schema, at, kind);
        case 'boolean':
            return { kind: 'boolean' };
        case 'object':
            return objectNode(ctx, schema, at, name);
        case 'array':
            return arrayNode(ctx, schema, at, name);
        default:
            return { kind: 'any' };
    }
}
//# sourceMappingURL=types.js.map