/**
 * The keywords structgen knows in a JSON Schema (or OpenAPI Schema Object), by what their value holds:
 * a subschema, a list of subschemas, or a map of names to subschemas. Identifiers (`$id`, anchors) count
 * only inside these: an `$id` inside an unknown keyword is data, not an identifier (JSON Schema 2020-12
 * §9.4.2). The reading of each keyword lives in the file that converts it (see schema.ts).
 */
import { child } from './context.js';
import { isLegacyDraft } from './dialects.js';
/** Keywords whose value is one schema. */
const oneSchema = new Set([
    'not',
    'if',
    'then',
    'else',
    'additionalProperties',
    'unevaluatedProperties',
    'unevaluatedItems',
    'propertyNames',
    'contains',
    'additionalItems',
    'contentSchema',
]);
/** Keywords whose value is a list of schemas. */
const schemaList = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to schemas. */
const schemaMap = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);
/** The subschemas a schema object holds, with the path segments that lead to each. */
export function subschemas(schema) {
    const found = [];
    for (const [key, value] of Object.entries(schema)) {
        if (oneSchema.has(key))
            found.push({ segments: [key], schema: value });
        else if (schemaList.has(key) && Array.isArray(value))
            value.forEach((s, i) => found.push({ segments: [key, i], schema: s }));
        else if (schemaMap.has(key) && isRecord(value))
            for (const [name, s] of Object.entries(value))
                found.push({ segments: [key, name], schema: s });
        else if (key === 'items') {
            // A schema, or (draft-07, 2019-09) a list of schemas for the leading items.
            if (Array.isArray(value))
                value.forEach((s, i) => found.push({ segments: [key, i], schema: s }));
            else
                found.push({ segments: [key], schema: value });
        }
        else if (key === 'dependencies' && isRecord(value)) {
            // draft-07: a list of property names (not a schema) or a schema, per property.
            for (const [name, s] of Object.entries(value))
                if (!Array.isArray(s))
                    found.push({ segments: [key, name], schema: s });
        }
    }
    return found;
}
/**
 * Keywords that only annotate, identify or organise: reading them changes no verdict, so the
 * "nothing dropped in silence" rule does not ask for them to be carried.
 */
export const annotationKeywords = new Set([
    '$schema',
    '$id',
    // draft 4's spelling of `$id`.
    'id',
    '$anchor',
    '$comment',
    '$defs',
    'definitions',
    '$vocabulary',
    'title',
    'description',
    'default',
    'examples',
    'deprecated',
    'readOnly',
    'writeOnly',
    'contentMediaType',
    'contentEncoding',
    'contentSchema',
]);
/** Every keyword of drafts 7, 2019-09 and 2020-12 (`knownIn` says which draft has which), and the OpenAPI words structgen reads in JSON Schema too. */
const jsonSchemaKeywords = new Set([
    ...oneSchema,
    ...schemaList,
    ...schemaMap,
    ...annotationKeywords,
    'items',
    'dependencies',
    '$ref',
    '$dynamicRef',
    '$dynamicAnchor',
    '$recursiveRef',
    '$recursiveAnchor',
    'type',
    'enum',
    'const',
    'multipleOf',
    'maximum',
    'exclusiveMaximum',
    'minimum',
    'exclusiveMinimum',
    'maxLength',
    'minLength',
    'pattern',
    'maxItems',
    'minItems',
    'uniqueItems',
    'maxContains',
    'minContains',
    'maxProperties',
    'minProperties',
    'required',
    'dependentRequired',
    'format',
    'example',
    'discriminator',
    // OpenAPI's own (3.0 and 3.1 Schema Objects).
    'nullable',
    'xml',
    'externalDocs',
]);
/** Whether a word is a JSON Schema keyword at all (`x-` extensions are the document's own, and not asked about). */
export function isJsonSchemaKeyword(keyword) {
    return jsonSchemaKeywords.has(keyword) || keyword.startsWith('x-');
}
/** Keywords that exist in a dialect (others are unknown there and annotate at most). */
export function knownIn(keyword, dialect) {
    switch (keyword) {
        case 'prefixItems':
        case '$dynamicRef':
        case '$dynamicAnchor':
            return dialect === '2020-12';
        case '$recursiveRef':
        case '$recursiveAnchor':
            return dialect === '2019-09';
        case 'additionalItems':
            return dialect !== '2020-12';
        case '$anchor':
        case 'unevaluatedProperties':
        case 'unevaluatedItems':
        case 'dependentRequired':
        case 'dependentSchemas':
        case 'minContains':
        case 'maxContains':
            return !isLegacyDraft(dialect);
        case 'if':
        case 'then':
        case 'else':
        case '$comment':
            return dialect !== 'draft-04' && dialect !== 'draft-06';
        case 'const':
        case 'contains':
        case 'propertyNames':
        case 'examples':
        case '$id':
            return dialect !== 'draft-04';
        case 'id':
            return dialect === 'draft-04';
        default:
            return true;
    }
}
const stringKeywords = new Set(['$ref', '$dynamicRef', '$recursiveRef', '$anchor', '$dynamicAnchor', 'pattern', 'format']);
const isSchema = (value) => typeof value === 'boolean' || isRecord(value);
/** What is wrong with a keyword's value, by the kind of value the keyword takes, or undefined if it is well formed. */
function malformedValue(keyword, value, dialect, swagger2) {
    if (oneSchema.has(keyword))
        return isSchema(value) ? undefined : 'must be a schema (an object or a boolean)';
    if (schemaList.has(keyword)) {
        if (!Array.isArray(value) || !value.every(isSchema))
            return 'must be a list of schemas';
        return value.length === 0 ? 'must list at least one schema' : undefined;
    }
    if (schemaMap.has(keyword))
        return isRecord(value) && Object.values(value).every(isSchema) ? undefined : 'must map names to schemas';
    if (keyword === 'items') {
        if (isSchema(value))
            return undefined;
        if (Array.isArray(value) && dialect !== '2020-12')
            return value.every(isSchema) ? undefined : 'must be a schema or a list of schemas';
        return Array.isArray(value) && value.length > 0 && value.every(isSchema) ? undefined : 'must be a schema';
    }
    if (stringKeywords.has(keyword))
        return typeof value === 'string' ? undefined : 'must be a string';
    if (keyword === 'enum')
        return Array.isArray(value) ? undefined : 'must be a list of values';
    if (keyword === 'discriminator') {
        // Swagger 2.0: the discriminator is the property's name.
        if (swagger2)
            return typeof value === 'string' && value !== '' ? undefined : 'must be the name of a property (a string)';
        if (!isRecord(value) || typeof value['propertyName'] !== 'string')
            return 'must be an object with a propertyName string';
        const mapping = value['mapping'];
        if (mapping !== undefined && !(isRecord(mapping) && Object.values(mapping).every((v) => typeof v === 'string')))
            return 'mapping must map tag values to schema names or references';
    }
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The schema without the keywords its dialect does not have (`prefixItems` in a 2019-09 resource,
 * `$recursiveRef` in 2020-12, `unevaluatedProperties` in draft-07), each named by a warning: they are
 * unknown keywords there, which only annotate. Words that are no keyword at all are named too.
 */
export function ofDialect(ctx, schema, at) {
    const dialect = ctx.draftAt(at);
    // One pass over the keys (every schema of the document comes through here), reports in the same order.
    let malformed;
    let unknown;
    let foreign;
    for (const k of Object.keys(schema)) {
        const problem = malformedValue(k, schema[k], dialect, ctx.dialect === 'swagger-2.0');
        if (problem) {
            ctx.report('schema-defect', child(at, k), `${k} ${problem}; it is ignored`, 'fix its value as the specification says');
            (malformed ??= []).push(k);
            continue;
        }
        if (!isJsonSchemaKeyword(k))
            (unknown ??= []).push(k);
        if (!knownIn(k, dialect))
            (foreign ??= []).push(k);
    }
    if (Array.isArray(schema['items']) && dialect === '2020-12' && !malformed?.includes('items'))
        ctx.report('schema-defect', child(at, 'items'), 'items is one schema in JSON Schema 2020-12; this list is read as prefixItems (as 2019-09 reads it), and additionalItems beside it is not read', 'write the list as prefixItems and the rest as items, or name draft 2019-09 in $schema');
    if (malformed)
        schema = Object.fromEntries(Object.entries(schema).filter(([k]) => !malformed.includes(k)));
    for (const keyword of unknown ?? [])
        ctx.report('unsupported-keyword', child(at, keyword), `${keyword} is not a JSON Schema keyword; it only annotates, and no validator checks it`, 'check its spelling, or prefix a keyword of your own with x-');
    if (!foreign)
        return schema;
    for (const keyword of foreign)
        ctx.report('unsupported-keyword', child(at, keyword), `${keyword} is not a keyword of JSON Schema ${dialect}; it is ignored`, 'name a draft that has it in $schema (or pass --dialect)');
    return Object.fromEntries(Object.entries(schema).filter(([k]) => !foreign.includes(k)));
}
//# sourceMappingURL=keywords.js.map