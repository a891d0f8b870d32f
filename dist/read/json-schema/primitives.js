import { child } from './context.js';
import { readFormat } from '../formats.js';
import { unicodeModeSource, warnIfSlow } from '../patterns.js';
export const stringKeywords = ['minLength', 'maxLength', 'pattern'];
export const numberKeywords = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
export function count(ctx, schema, at, key) {
    const value = schema[key];
    if (value === undefined)
        return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        return value;
    ctx.report('schema-defect', child(at, key), `${key} must be a non-negative integer, not ${JSON.stringify(value)}; it is ignored`);
    return undefined;
}
export function numeric(ctx, schema, at, key) {
    const value = schema[key];
    if (value === undefined || typeof value === 'boolean')
        return undefined;
    if (typeof value === 'number')
        return value;
    ctx.report('schema-defect', child(at, key), `${key} must be a number, not ${JSON.stringify(value)}; it is ignored`);
    return undefined;
}
/** Checks a pattern compiles as an ECMA-262 regex (compiled, never run: no ReDoS in the generator). */
export function validPattern(ctx, pattern, at) {
    if (typeof pattern !== 'string') {
        ctx.report('invalid-pattern', at, `pattern must be a string, not ${JSON.stringify(pattern)}`);
        return undefined;
    }
    try {
        new RegExp(pattern, 'u');
        warnIfSlow(pattern, (message) => ctx.report('slow-pattern', at, message));
        return pattern;
    }
    catch (error) {
        const unicode = unicodeModeSource(pattern);
        if (unicode !== undefined) {
            ctx.report('pattern-rewritten', at, `pattern ${JSON.stringify(pattern)} is valid ECMA-262 only without the u flag (${error.message.replace(/^Invalid regular expression: /, '')}); it is kept as ${JSON.stringify(unicode)}, which means the same in both modes`, `write ${JSON.stringify(unicode)} in the document`);
            warnIfSlow(unicode, (message) => ctx.report('slow-pattern', at, message));
            return unicode;
        }
        ctx.report('invalid-pattern', at, `pattern ${JSON.stringify(pattern)} is not a valid ECMA-262 regex: ${error.message}; it is ignored`);
        return undefined;
    }
}
/** The asserted format's name, with a warning where the document used an alias (`url` for `uri`). */
export function formatOf(ctx, schema, at) {
    return readFormat(schema['format'], (message, hint) => ctx.report('format-alias', child(at, 'format'), message, hint));
}
/**
 * Whether the schema's `format` asserts: in JSON Schema 2020-12, format only annotates (docsOf keeps it)
 * unless asked, or unless a type mapping decodes values of that format; API authors mean it to assert.
 */
function assertsFormat(ctx, schema) {
    const format = schema['format'];
    return typeof format === 'string' && (ctx.dialect !== 'json-schema' || ctx.assertFormats || ctx.mappingKeys.formats.has(format));
}
/** The `x-` keywords a type mapping matches on, when the schema has any, as the node keeps them. */
function withExtensions(ctx, schema, node) {
    for (const key of ctx.mappingKeys.extensions) {
        const value = schema[key];
        if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            node.extensions = { ...node.extensions, [key]: value };
    }
    return node;
}
/** The sets a ReadContext keeps of `ReadOptions.mappingKeys`. */
export function mappingKeySets(keys) {
    return { formats: new Set(keys.formats), extensions: new Set(keys.extensions) };
}
export function stringNode(ctx, schema, at) {
    const node = withExtensions(ctx, schema, { kind: 'string' });
    if (assertsFormat(ctx, schema))
        node.format = formatOf(ctx, schema, at);
    const checks = {};
    const minLength = count(ctx, schema, at, 'minLength');
    const maxLength = count(ctx, schema, at, 'maxLength');
    if (minLength !== undefined)
        checks.minLength = minLength;
    if (maxLength !== undefined)
        checks.maxLength = maxLength;
    if (schema['pattern'] !== undefined) {
        const pattern = validPattern(ctx, schema['pattern'], child(at, 'pattern'));
        if (pattern !== undefined)
            checks.pattern = pattern;
    }
    if (Object.keys(checks).length > 0)
        node.checks = checks;
    return node;
}
export function numberNode(ctx, schema, at, kind) {
    const node = withExtensions(ctx, schema, { kind: 'number', numberKind: kind });
    if (assertsFormat(ctx, schema))
        node.format = formatOf(ctx, schema, at);
    const checks = {};
    let minimum = numeric(ctx, schema, at, 'minimum');
    let maximum = numeric(ctx, schema, at, 'maximum');
    let exclusiveMinimum = numeric(ctx, schema, at, 'exclusiveMinimum');
    let exclusiveMaximum = numeric(ctx, schema, at, 'exclusiveMaximum');
    // OpenAPI 3.0 (JSON Schema draft 4): exclusiveMinimum/Maximum are booleans that qualify minimum/maximum.
    if (schema['exclusiveMinimum'] === true && minimum !== undefined)
        [exclusiveMinimum, minimum] = [minimum, undefined];
    if (schema['exclusiveMaximum'] === true && maximum !== undefined)
        [exclusiveMaximum, maximum] = [maximum, undefined];
    const multipleOf = numeric(ctx, schema, at, 'multipleOf');
    if (minimum !== undefined)
        checks.minimum = minimum;
    if (maximum !== undefined)
        checks.maximum = maximum;
    if (exclusiveMinimum !== undefined)
        checks.exclusiveMinimum = exclusiveMinimum;
    if (exclusiveMaximum !== undefined)
        checks.exclusiveMaximum = exclusiveMaximum;
    if (multipleOf !== undefined) {
        if (multipleOf > 0)
            checks.multipleOf = multipleOf;
        else
            ctx.report('schema-defect', child(at, 'multipleOf'), `multipleOf must be greater than 0, not ${multipleOf}; it is ignored`);
    }
    if (Object.keys(checks).length > 0)
        node.checks = checks;
    return node;
}
//# sourceMappingURL=primitives.js.map