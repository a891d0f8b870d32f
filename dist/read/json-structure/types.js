/**
 * JSON Structure's type names (Core §3.2): the primitives and extended primitives with their wire
 * encodings, type unions, and the validation add-in's keywords on primitives (lengths, pattern, format,
 * bounds). A compound type name hands over to objects.ts or compounds.ts.
 */
import { jsonPointer, nearestName, pointerSegments } from '../../diagnostics/index.js';
import { exactValueType, stringEncodedKinds, } from '../../model/index.js';
import { readFormat } from '../formats.js';
import { arrayNode, choiceNode, mapNode, tupleNode } from './compounds.js';
import { objectNode } from './objects.js';
import { refNode } from './references.js';
import { child, isObject } from './reader.js';
import { warnIfSlow } from '../patterns.js';
export const primitives = {
    string: () => ({ kind: 'string' }),
    boolean: () => ({ kind: 'boolean' }),
    null: () => ({ kind: 'null' }),
    any: () => ({ kind: 'any' }),
    number: () => ({ kind: 'number', numberKind: 'number' }),
    integer: () => ({ kind: 'number', numberKind: 'int32' }),
    binary: () => ({ kind: 'string', format: 'byte' }),
    date: () => ({ kind: 'string', format: 'date' }),
    // Patterns, not JSON Schema formats, where JSON Structure means something else than the format does:
    // its time needs no offset, its duration may have fractional seconds, its pointer may start with "#".
    time: () => ({ kind: 'string', checks: { pattern: wireFormats.time } }),
    datetime: () => ({ kind: 'string', format: 'date-time' }),
    duration: () => ({ kind: 'string', checks: { pattern: wireFormats.duration } }),
    uuid: () => ({ kind: 'string', format: 'uuid' }),
    uri: () => ({ kind: 'string', format: 'uri' }),
    jsonpointer: () => ({ kind: 'string', checks: { pattern: wireFormats.jsonpointer } }),
};
/** The string shapes of JSON Structure's time, duration (ISO 8601) and JSON Pointer types. */
export const wireFormats = {
    time: '^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])?$',
    duration: '^P(?!$)([0-9]+W|([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?)$',
    jsonpointer: '^#?(/([^~/]|~[01])*)*$',
};
export const numberKinds = [
    'int8',
    'uint8',
    'int16',
    'uint16',
    'int32',
    'uint32',
    'int64',
    'uint64',
    'int128',
    'uint128',
    'float8',
    'float',
    'double',
    'decimal',
];
const compoundTypes = ['object', 'array', 'set', 'map', 'tuple', 'choice'];
export const allTypeNames = [...Object.keys(primitives), ...numberKinds, ...compoundTypes];
export function typeExpression(r, type, schema, at, name) {
    const typeAt = jsonPointer([...pointerSegments(at), 'type']);
    if (isObject(type)) {
        if (typeof type['$ref'] !== 'string') {
            r.report('invalid-structure', typeAt, 'a "type" object must be {"$ref": "#/definitions/..."}');
            return { kind: 'any' };
        }
        return refNode(r, type['$ref'], jsonPointer([...pointerSegments(typeAt), '$ref']));
    }
    if (Array.isArray(type)) {
        if (type.length === 0) {
            r.report('invalid-structure', typeAt, 'a type union must list at least one type');
            return { kind: 'never' };
        }
        const nullable = type.includes('null');
        const variants = type
            .filter((t) => t !== 'null')
            .map((t, i) => typeExpression(r, t, typeof t === 'string' ? schema : {}, jsonPointer([...pointerSegments(typeAt), i]).replace(/\/type\/\d+$/, ''), `${name}${i + 1}`));
        const inner = variants.length === 0 ? { kind: 'null' } : variants.length === 1 ? variants[0] : { kind: 'union', variants };
        return nullable && inner.kind !== 'null' ? { kind: 'nullable', inner } : inner;
    }
    if (typeof type !== 'string') {
        r.report('invalid-structure', typeAt, `"type" must be a type name, a {"$ref"} or a list of them, not ${JSON.stringify(type)}`);
        return { kind: 'any' };
    }
    if (type === 'binary')
        return withChecks(r, binaryNode(r, schema, at), schema, at);
    if (Object.hasOwn(primitives, type))
        return withChecks(r, primitives[type](), schema, at);
    if (type === 'decimal' &&
        typeof schema['precision'] === 'number' &&
        typeof schema['scale'] === 'number' &&
        schema['scale'] > schema['precision']) {
        r.report('invalid-structure', jsonPointer([...pointerSegments(at), 'scale']), `scale ${schema['scale']} exceeds precision ${schema['precision']}`);
    }
    if (numberKinds.includes(type))
        return withChecks(r, numberNode(type, schema), schema, at);
    switch (type) {
        case 'object':
            return objectNode(r, schema, at, name);
        case 'array':
        case 'set':
            return arrayNode(r, schema, at, name, type === 'set');
        case 'map':
            return mapNode(r, schema, at, name);
        case 'tuple':
            return tupleNode(r, schema, at, name);
        case 'choice':
            return choiceNode(r, schema, at, name);
        default: {
            const near = nearestName(type, allTypeNames);
            r.report('unknown-type', typeAt, `unknown type ${JSON.stringify(type)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`, `types: ${allTypeNames.join(', ')}`);
            return { kind: 'any' };
        }
    }
}
export function enumNode(r, values, at) {
    const enumAt = jsonPointer([...pointerSegments(at), 'enum']);
    if (values.length === 0) {
        r.report('invalid-structure', enumAt, 'enum must list at least one value');
        return { kind: 'never' };
    }
    const seen = new Set(values.map((v) => JSON.stringify(v)));
    if (seen.size < values.length)
        r.report('invalid-structure', enumAt, 'enum lists a value twice');
    const unique = [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
    if (unique.every((v) => v === null || typeof v !== 'object'))
        return { kind: 'enum', members: unique.map((value) => ({ value })) };
    // Objects and arrays in an enum: one exact type per listed value.
    return { kind: 'union', variants: unique.map(exactValueType) };
}
/** Validation add-in keywords on primitives. */
export function withChecks(r, node, schema, at) {
    const keyAt = (key) => jsonPointer([...pointerSegments(at), key]);
    const number = (key) => {
        const value = schema[key];
        if (value === undefined)
            return undefined;
        const parsed = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
        if (typeof parsed === 'number' && Number.isFinite(parsed))
            return parsed;
        r.report('invalid-structure', keyAt(key), `${key} must be a number, not ${JSON.stringify(value)}`);
        return undefined;
    };
    const misplaced = (keys, what) => {
        for (const key of keys)
            if (key in schema)
                r.report('invalid-structure', keyAt(key), `${key} does not apply to ${what}`);
    };
    if (node.kind === 'string')
        misplaced(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'], 'strings');
    else if (node.kind === 'number')
        misplaced(['minLength', 'maxLength', 'pattern'], 'numbers');
    else
        misplaced(['minLength', 'maxLength', 'pattern', 'minimum', 'maximum'], `a ${node.kind}`);
    if (node.kind === 'string') {
        const checks = { ...node.checks };
        const minLength = number('minLength');
        const maxLength = number('maxLength');
        if (minLength !== undefined)
            checks.minLength = nonNegative(r, minLength, keyAt('minLength'));
        if (maxLength !== undefined)
            checks.maxLength = nonNegative(r, maxLength, keyAt('maxLength'));
        if (minLength !== undefined && maxLength !== undefined && minLength > maxLength)
            r.report('invalid-structure', keyAt('minLength'), `minLength ${minLength} exceeds maxLength ${maxLength}`);
        if (schema['pattern'] !== undefined) {
            const pattern = readPattern(r, schema['pattern'], keyAt('pattern'));
            if (pattern !== undefined)
                checks.pattern = pattern;
        }
        if (typeof schema['format'] === 'string' && !node.format)
            node.format = readFormat(schema['format'], (message, hint) => r.report('format-alias', keyAt('format'), message, hint));
        if (Object.keys(checks).length > 0)
            node.checks = checks;
    }
    else if (node.kind === 'number') {
        const checks = {};
        for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']) {
            const value = number(key);
            if (value !== undefined)
                checks[key] = value;
        }
        if (checks.multipleOf !== undefined && checks.multipleOf <= 0) {
            r.report('invalid-structure', keyAt('multipleOf'), `multipleOf must be greater than 0, not ${checks.multipleOf}`);
            delete checks.multipleOf;
        }
        if (checks.minimum !== undefined && checks.maximum !== undefined && checks.minimum > checks.maximum) {
            r.report('invalid-structure', keyAt('minimum'), `minimum ${checks.minimum} exceeds maximum ${checks.maximum}`);
        }
        if (Object.keys(checks).length > 0 && node.wire !== 'string')
            node.checks = checks;
    }
    return node;
}
export function nonNegative(r, value, at) {
    if (value < 0 || !Number.isInteger(value)) {
        r.report('invalid-structure', at, `expected a non-negative integer, not ${value}`);
        return 0;
    }
    return value;
}
export function numberNode(kind, schema) {
    const node = { kind: 'number', numberKind: kind };
    if (stringEncodedKinds.has(kind))
        node.wire = 'string';
    if (kind === 'decimal') {
        if (typeof schema['precision'] === 'number')
            node.precision = schema['precision'];
        if (typeof schema['scale'] === 'number')
            node.scale = schema['scale'];
        if (node.precision !== undefined && node.scale !== undefined && node.scale > node.precision)
            delete node.scale;
    }
    return node;
}
/** The shapes of binary encodings (RFC 4648) other than base64, which is checked as the `byte` format. */
const encodings = {
    base64url: '^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$',
    base16: '^(?:[0-9A-Fa-f]{2})*$',
    base32: '^(?:[A-Z2-7]{8})*(?:[A-Z2-7]{2}={6}|[A-Z2-7]{4}={4}|[A-Z2-7]{5}={3}|[A-Z2-7]{7}=)?$',
    base32hex: '^(?:[0-9A-V]{8})*(?:[0-9A-V]{2}={6}|[0-9A-V]{4}={4}|[0-9A-V]{5}={3}|[0-9A-V]{7}=)?$',
};
/** `binary`: base64 by default (Core §3.2.2), or the encoding `contentEncoding` names. */
function binaryNode(r, schema, at) {
    const encoding = schema['contentEncoding'];
    if (encoding === undefined || encoding === 'base64')
        return { kind: 'string', format: 'byte' };
    if (typeof encoding === 'string' && Object.hasOwn(encodings, encoding))
        return { kind: 'string', checks: { pattern: encodings[encoding] } };
    r.report('invalid-structure', child(at, 'contentEncoding'), `unknown contentEncoding ${JSON.stringify(encoding)}`, `use one of base64, ${Object.keys(encodings).join(', ')}`);
    return { kind: 'string' };
}
/** The one place a JSON Structure pattern is read (`pattern`, `patternProperties`, `patternKeys`): a string that compiles as an ECMA-262 regex in Unicode mode. */
export function readPattern(r, pattern, at) {
    try {
        if (typeof pattern !== 'string')
            throw new Error('not a string');
        new RegExp(pattern, 'u');
        warnIfSlow(pattern, (message) => r.report('slow-pattern', at, message));
        return pattern;
    }
    catch (error) {
        r.report('invalid-structure', at, `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${error.message}`);
        return undefined;
    }
}
//# sourceMappingURL=types.js.map