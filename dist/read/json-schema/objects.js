import { child, inlineName, isSchemaObject } from './context.js';
import { convert, docsOf } from './schema.js';
import { count, validPattern } from './primitives.js';
import { declaredInComposition } from './declared-properties.js';
import { checkDefault } from './defaults.js';
import { unevaluatedIsAdditional } from './unevaluated.js';
import { mayBacktrackExponentially } from '../patterns.js';
/**
 * `dependentSchemas`, and the schema form of draft-07's `dependencies` (its array form is
 * `dependentRequired`, read with the object's checks); 2019-09 and 2020-12 documents still use it.
 */
export function dependentSchemas(schema) {
    return ['dependentSchemas', 'dependencies'].flatMap((keyword) => {
        const map = schema[keyword];
        if (!isSchemaObject(map))
            return [];
        return Object.entries(map)
            .filter(([, dependent]) => !Array.isArray(dependent))
            .map(([key, dependent]) => ({ key, dependent, keyword }));
    });
}
export const objectKeywords = [
    'properties',
    'additionalProperties',
    'patternProperties',
    'required',
    'minProperties',
    'maxProperties',
    'dependentRequired',
    'dependentSchemas',
    'dependencies',
    'propertyNames',
    'unevaluatedProperties',
];
export function objectNode(ctx, schema, at, name) {
    const properties = [];
    const required = new Set(Array.isArray(schema['required']) ? schema['required'].filter((r) => typeof r === 'string') : []);
    if (schema['required'] !== undefined && !Array.isArray(schema['required'])) {
        ctx.report('schema-defect', child(at, 'required'), '"required" must be a list of property names; it is ignored');
    }
    if (schema['properties'] !== undefined && !isSchemaObject(schema['properties'])) {
        ctx.report('schema-defect', child(at, 'properties'), '"properties" must be an object of named schemas; it is ignored');
    }
    const declared = isSchemaObject(schema['properties']) ? schema['properties'] : {};
    for (const [propertyName, propertySchema] of Object.entries(declared)) {
        const propertyAt = child(at, 'properties', propertyName);
        const type = convert(ctx, propertySchema, propertyAt, inlineName(name, propertyName));
        const property = {
            name: propertyName,
            type,
            required: required.has(propertyName),
            docs: docsOf(ctx, propertySchema, propertyAt),
        };
        if (isSchemaObject(propertySchema)) {
            if (propertySchema['readOnly'] === true)
                property.readOnly = true;
            if (propertySchema['writeOnly'] === true)
                property.writeOnly = true;
        }
        checkDefault(ctx, property.docs, type, propertyAt);
        properties.push(property);
    }
    const node = { kind: 'object', properties, additional: { mode: 'allow', explicit: false } };
    if (schema['required'] === undefined && properties.length > 0)
        node.requiredUnstated = true;
    const additionalKey = unevaluatedIsAdditional(schema, 'unevaluatedProperties') ? 'unevaluatedProperties' : 'additionalProperties';
    const additional = schema[additionalKey];
    if (additional === false)
        node.additional = { mode: 'forbid' };
    else if (additional === true || (isSchemaObject(additional) && Object.keys(additional).length === 0))
        node.additional = { mode: 'allow', explicit: true };
    else if (additional !== undefined)
        node.additional = { mode: 'schema', type: convert(ctx, additional, child(at, additionalKey), inlineName(name, 'value')) };
    if (isSchemaObject(schema['patternProperties'])) {
        const patterns = Object.entries(schema['patternProperties']).flatMap(([pattern, patternSchema], i) => {
            const valid = validPattern(ctx, pattern, child(at, 'patternProperties', pattern));
            if (valid === undefined)
                return [];
            return [
                {
                    pattern: valid,
                    type: convert(ctx, patternSchema, child(at, 'patternProperties', pattern), inlineName(name, 'pattern', String(i + 1))),
                },
            ];
        });
        if (patterns.length > 0)
            node.patternProperties = patterns;
    }
    requiredWithoutProperty(ctx, schema, at, node, [...required].filter((r) => !Object.hasOwn(declared, r)));
    const checks = {};
    const minProperties = count(ctx, schema, at, 'minProperties');
    const maxProperties = count(ctx, schema, at, 'maxProperties');
    if (minProperties !== undefined)
        checks.minProperties = minProperties;
    if (maxProperties !== undefined)
        checks.maxProperties = maxProperties;
    const dependentRequired = [schema['dependentRequired'], schema['dependencies']].flatMap((map) => isSchemaObject(map)
        ? Object.entries(map).flatMap(([property, requires]) => Array.isArray(requires) ? [{ property, requires: requires.filter((r) => typeof r === 'string') }] : [])
        : []);
    if (dependentRequired.length > 0)
        checks.dependentRequired = dependentRequired;
    const dependents = dependentSchemas(schema).map(({ key, dependent, keyword }) => ({
        property: key,
        type: convert(ctx, dependent, child(at, keyword, key), inlineName(name, 'when', key), true),
    }));
    if (dependents.length > 0)
        checks.dependentSchemas = dependents;
    if (Object.hasOwn(schema, 'propertyNames'))
        checks.propertyNames = convert(ctx, schema['propertyNames'], child(at, 'propertyNames'), inlineName(name, 'key'), true);
    if (Object.keys(checks).length > 0)
        node.checks = checks;
    return node;
}
/**
 * A required name no property declares must be present; its value is judged as any other key's: by the
 * patternProperties it matches, else by additionalProperties (so `additionalProperties: false` beside
 * `required: [a]` accepts no object). The warning fires only where no schema of the composition declares it.
 */
function requiredWithoutProperty(ctx, schema, at, node, names) {
    const elsewhere = names.length > 0 ? declaredInComposition(ctx, schema, at) : new Set();
    for (const name of names) {
        const patterns = node.patternProperties ?? [];
        // A slow pattern is not run on a long name here (see namePatternMatches): the type is then left open,
        // and zod.ts's key checks still judge the value by every pattern the name matches, at run time.
        const undecided = patterns.some((p) => namePatternMatches(p.pattern, name) === undefined);
        const matching = patterns.filter((p) => namePatternMatches(p.pattern, name) === true).map((p) => p.type);
        const { additional } = node;
        const type = undecided
            ? { kind: 'any' }
            : matching.length === 1
                ? matching[0]
                : matching.length > 1
                    ? { kind: 'intersection', members: matching }
                    : additional.mode === 'forbid'
                        ? { kind: 'never' }
                        : additional.mode === 'schema'
                            ? additional.type
                            : { kind: 'any' };
        if (!elsewhere.has(name)) {
            const judged = undecided
                ? 'its value must match the patternProperties its name matches (a pattern too slow to run on the name here is judged by the validators)'
                : matching.length > 0
                    ? 'its value must match the patternProperties its name matches'
                    : additional.mode === 'forbid'
                        ? 'additionalProperties forbids it, so no object is valid'
                        : additional.mode === 'schema'
                            ? 'its value must match additionalProperties'
                            : 'it must be present with any value';
            ctx.report('required-not-in-properties', child(at, 'required'), `${JSON.stringify(name)} is required but no schema of this composition declares it; ${judged}`);
        }
        node.properties.push({ name, type, required: true, docs: {}, undeclared: true });
    }
}
/** Longest name a pattern that may backtrack exponentially is run on while generating (2^24 steps at worst). */
const slowPatternNameLimit = 24;
/**
 * Whether a patternProperties pattern matches a required name, decided while generating. Spec text runs
 * here, so a pattern that may backtrack exponentially is run only on a short name; on a longer one the
 * answer is undefined (not decided).
 */
function namePatternMatches(pattern, name) {
    if (name.length > slowPatternNameLimit && mayBacktrackExponentially(pattern))
        return undefined;
    return new RegExp(pattern, 'u').test(name);
}
//# sourceMappingURL=objects.js.map