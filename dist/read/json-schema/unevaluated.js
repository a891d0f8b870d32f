import { child, inlineName } from './context.js';
import { convert } from './schema.js';
export const applicatorKeywords = [
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'if',
    '$ref',
    '$dynamicRef',
    '$recursiveRef',
    'dependentSchemas',
    'dependencies',
];
/**
 * `unevaluatedProperties`/`unevaluatedItems` beside applicators: what the rest of the schema leaves
 * unevaluated must match them, checked at run time (see the model's `unevaluated` node). Without an
 * applicator they are read as `additionalProperties`/`items` by objectNode and arrayNode.
 */
export function withUnevaluated(ctx, schema, at, name, type) {
    const rest = {};
    if (Object.hasOwn(schema, 'unevaluatedProperties') && !unevaluatedIsAdditional(schema, 'unevaluatedProperties'))
        rest.properties = convert(ctx, schema['unevaluatedProperties'], child(at, 'unevaluatedProperties'), inlineName(name, 'unevaluated'), true);
    if (Object.hasOwn(schema, 'unevaluatedItems') && !unevaluatedIsAdditional(schema, 'unevaluatedItems'))
        rest.items = convert(ctx, schema['unevaluatedItems'], child(at, 'unevaluatedItems'), inlineName(name, 'unevaluatedItem'), true);
    if (!rest.properties && !rest.items)
        return type;
    return { kind: 'unevaluated', inner: type, ...rest };
}
/**
 * With no applicator beside it, `unevaluatedProperties` means what `additionalProperties` means (only
 * this schema's properties and patternProperties evaluate anything), and `unevaluatedItems` what `items`
 * after `prefixItems` means; those cases are read as such.
 */
export function unevaluatedIsAdditional(schema, keyword) {
    if (applicatorKeywords.some((k) => Object.hasOwn(schema, k)))
        return false;
    if (keyword === 'unevaluatedProperties')
        return !Object.hasOwn(schema, 'additionalProperties');
    return !Object.hasOwn(schema, 'items') && !Object.hasOwn(schema, 'contains');
}
//# sourceMappingURL=unevaluated.js.map