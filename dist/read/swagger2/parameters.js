import { child, isSchemaObject } from '../json-schema/context.js';
export const swaggerLocations = ['path', 'query', 'header', 'formData', 'body'];
/** The fields of a parameter, Items or Header Object that are JSON Schema keywords (2.0 lists them as "from JSON Schema"). */
const schemaFields = new Set([
    'type',
    'format',
    'items',
    'default',
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
    'enum',
    'multipleOf',
]);
/**
 * The schema a non-body parameter (or an Items or Header Object) describes, keyed as in the document so
 * that pointers stay true: its schema fields, `items` read the same way, and `x-nullable`.
 */
export function simpleSchema(ctx, value, at) {
    const schema = {};
    for (const [key, field] of Object.entries(value)) {
        if (key === 'items' && isSchemaObject(field)) {
            schema['items'] = simpleSchema(ctx, field, child(at, 'items'));
            const inner = field['collectionFormat'];
            if (inner !== undefined && inner !== 'csv')
                ctx.report('unsupported-keyword', child(at, 'items', 'collectionFormat'), `collectionFormat ${JSON.stringify(inner)} inside items (a list of lists in one value) is not carried; the inner lists are read as one value each`);
        }
        else if (schemaFields.has(key) || key === 'x-nullable')
            schema[key] = field;
    }
    if (value['type'] === undefined)
        ctx.report('schema-defect', at, 'a Swagger 2.0 parameter, items or header needs a "type"; its value may be anything');
    return schema;
}
/** How `collectionFormat` writes an array, as the style OpenAPI 3 and the Model name it (2.0's default is csv). */
export function collectionStyle(ctx, value, at, location) {
    const plain = location === 'query' ? 'form' : 'simple';
    const format = value['collectionFormat'];
    if (value['type'] !== 'array') {
        if (format !== undefined)
            ctx.report('schema-defect', child(at, 'collectionFormat'), 'collectionFormat applies to array parameters only; it is ignored');
        // OpenAPI 3's defaults for a single value (the same text either way).
        return { style: plain, explode: location === 'query' };
    }
    switch (format) {
        case undefined:
        case 'csv':
            return { style: plain, explode: false };
        case 'ssv':
            return { style: 'spaceDelimited', explode: false };
        case 'tsv':
            return { style: 'tabDelimited', explode: false };
        case 'pipes':
            return { style: 'pipeDelimited', explode: false };
        case 'multi':
            if (location === 'query')
                return { style: 'form', explode: true };
            ctx.report('schema-defect', child(at, 'collectionFormat'), `collectionFormat "multi" applies to query and formData parameters only; read as csv`);
            return { style: plain, explode: false };
        default:
            ctx.report('schema-defect', child(at, 'collectionFormat'), `collectionFormat ${JSON.stringify(format)} is not one of csv, ssv, tsv, pipes, multi; read as csv`);
            return { style: plain, explode: false };
    }
}
//# sourceMappingURL=parameters.js.map