/**
 * schema.json against the JSON Schema 2020-12 meta-schema (its seven vocabularies and the keywords of
 * earlier drafts it still constrains), checked by one walk over the document: every keyword the
 * meta-schema constrains, at every depth, gets the shape the meta-schema gives it. Formats are
 * annotations here (`uri`, `uri-reference`, `regex` are not checked), as Ajv left them with
 * `validateFormats: false`. Keywords the meta-schema does not name are left alone, as it leaves them.
 *
 * Ajv's `validateSchema` did this before: it took as long as the rest of the JSON Schema target, and
 * its `$dynamicRef` reached nested schemas through one vocabulary at a time, so only the top level of
 * each definition was checked against all of them. test/meta-schema.test.ts holds this walk to Ajv
 * compiling the same meta-schema with plain `$ref`s, on the JSON Schema Test Suite's schemas and
 * broken variants of them.
 */
import { framePointer } from '../../diagnostics/index.js';
class Invalid extends Error {
    pointer;
    constructor(pointer, message) {
        super(message);
        this.pointer = pointer;
    }
}
/**
 * The first place the schema breaks the meta-schema. `refProblem`, when given, also judges each `$ref`
 * the walk meets (what it names), so that a caller's check of its references needs no walk of its own.
 */
export function metaSchemaProblem(schema, refProblem) {
    checkRef = refProblem;
    try {
        checkSchema(schema, { parent: undefined, key: '' });
        return undefined;
    }
    catch (error) {
        if (error instanceof Invalid)
            return { pointer: error.pointer, message: error.message };
        throw error;
    }
    finally {
        checkRef = undefined;
    }
}
/** The caller's check of `$ref` values during one `metaSchemaProblem` call. */
let checkRef;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const fail = (pointer, message) => {
    throw new Invalid(framePointer(pointer), message);
};
const at = (pointer, key) => ({ parent: pointer, key });
function checkSchema(value, pointer) {
    if (typeof value === 'boolean')
        return;
    if (!isObject(value))
        return fail(pointer, 'must be an object or a boolean');
    for (const key of Object.keys(value)) {
        const check = keywords[key];
        if (check)
            check(value[key], at(pointer, key));
    }
}
const string = (value, pointer) => {
    if (typeof value !== 'string')
        fail(pointer, 'must be a string');
};
const boolean = (value, pointer) => {
    if (typeof value !== 'boolean')
        fail(pointer, 'must be a boolean');
};
const number = (value, pointer) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
        fail(pointer, 'must be a number');
};
const nonNegativeInteger = (value, pointer) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        fail(pointer, 'must be a non-negative integer');
};
const array = (value, pointer) => {
    if (!Array.isArray(value))
        fail(pointer, 'must be an array');
};
const anything = () => { };
const anchorPattern = /^[A-Za-z_][-A-Za-z0-9._]*$/;
const anchor = (value, pointer) => {
    string(value, pointer);
    if (!anchorPattern.test(value))
        fail(pointer, `must match ${anchorPattern.source}`);
};
/** An array of schemas with at least one (allOf, anyOf, oneOf, prefixItems). */
const schemaArray = (value, pointer) => {
    array(value, pointer);
    const items = value;
    if (items.length === 0)
        fail(pointer, 'must have at least 1 item');
    items.forEach((item, i) => checkSchema(item, at(pointer, i)));
};
/** An object whose values are all schemas (properties, $defs, ...). */
const schemaMap = (value, pointer) => {
    if (!isObject(value))
        return fail(pointer, 'must be an object');
    for (const key of Object.keys(value))
        checkSchema(value[key], at(pointer, key));
};
/** Distinct strings (required, dependentRequired's lists). */
const stringArray = (value, pointer) => {
    array(value, pointer);
    const items = value;
    items.forEach((item, i) => string(item, at(pointer, i)));
    if (new Set(items).size !== items.length)
        fail(pointer, 'must have unique items');
};
const simpleTypes = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const type = (value, pointer) => {
    if (typeof value === 'string') {
        if (!simpleTypes.has(value))
            fail(pointer, 'must be a JSON Schema type name');
        return;
    }
    if (!Array.isArray(value))
        return fail(pointer, 'must be a type name or an array of them');
    if (value.length === 0)
        fail(pointer, 'must have at least 1 item');
    value.forEach((item, i) => {
        if (typeof item !== 'string' || !simpleTypes.has(item))
            fail(at(pointer, i), 'must be a JSON Schema type name');
    });
    if (new Set(value).size !== value.length)
        fail(pointer, 'must have unique items');
};
const keywords = {
    // core
    $id: (value, pointer) => {
        string(value, pointer);
        if (!/^[^#]*#?$/.test(value))
            fail(pointer, 'must not have a non-empty fragment');
    },
    $schema: string,
    $ref: (value, pointer) => {
        string(value, pointer);
        const problem = checkRef?.(value);
        if (problem !== undefined)
            fail(pointer, problem);
    },
    $anchor: anchor,
    $dynamicRef: string,
    $dynamicAnchor: anchor,
    $vocabulary: (value, pointer) => {
        if (!isObject(value))
            return fail(pointer, 'must be an object');
        for (const key of Object.keys(value))
            boolean(value[key], at(pointer, key));
    },
    $comment: string,
    $defs: schemaMap,
    // applicator
    prefixItems: schemaArray,
    items: checkSchema,
    contains: checkSchema,
    additionalProperties: checkSchema,
    properties: schemaMap,
    patternProperties: schemaMap,
    dependentSchemas: schemaMap,
    propertyNames: checkSchema,
    if: checkSchema,
    then: checkSchema,
    else: checkSchema,
    allOf: schemaArray,
    anyOf: schemaArray,
    oneOf: schemaArray,
    not: checkSchema,
    // unevaluated
    unevaluatedItems: checkSchema,
    unevaluatedProperties: checkSchema,
    // validation
    type,
    const: anything,
    enum: array,
    multipleOf: (value, pointer) => {
        number(value, pointer);
        if (value <= 0)
            fail(pointer, 'must be greater than 0');
    },
    maximum: number,
    exclusiveMaximum: number,
    minimum: number,
    exclusiveMinimum: number,
    maxLength: nonNegativeInteger,
    minLength: nonNegativeInteger,
    pattern: string,
    maxItems: nonNegativeInteger,
    minItems: nonNegativeInteger,
    uniqueItems: boolean,
    maxContains: nonNegativeInteger,
    minContains: nonNegativeInteger,
    maxProperties: nonNegativeInteger,
    minProperties: nonNegativeInteger,
    required: stringArray,
    dependentRequired: (value, pointer) => {
        if (!isObject(value))
            return fail(pointer, 'must be an object');
        for (const key of Object.keys(value))
            stringArray(value[key], at(pointer, key));
    },
    // meta-data
    title: string,
    description: string,
    default: anything,
    deprecated: boolean,
    readOnly: boolean,
    writeOnly: boolean,
    examples: array,
    // format-annotation, content
    format: string,
    contentEncoding: string,
    contentMediaType: string,
    contentSchema: checkSchema,
    // earlier drafts' keywords, still constrained by the 2020-12 meta-schema
    definitions: schemaMap,
    dependencies: (value, pointer) => {
        if (!isObject(value))
            return fail(pointer, 'must be an object');
        for (const key of Object.keys(value)) {
            const entry = value[key];
            if (Array.isArray(entry))
                stringArray(entry, at(pointer, key));
            else
                checkSchema(entry, at(pointer, key));
        }
    },
    $recursiveAnchor: anchor,
    $recursiveRef: string,
};
Object.setPrototypeOf(keywords, null);
//# sourceMappingURL=meta-schema.js.map