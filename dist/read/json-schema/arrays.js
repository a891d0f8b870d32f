import { child, inlineName } from './context.js';
import { convert } from './schema.js';
import { count } from './primitives.js';
import { unevaluatedIsAdditional } from './unevaluated.js';
export const arrayKeywords = [
    'items',
    'prefixItems',
    'additionalItems',
    'minItems',
    'maxItems',
    'uniqueItems',
    'contains',
    'unevaluatedItems',
];
export function arrayNode(ctx, schema, at, name) {
    const checks = {};
    const minItems = count(ctx, schema, at, 'minItems');
    const maxItems = count(ctx, schema, at, 'maxItems');
    if (minItems !== undefined)
        checks.minItems = minItems;
    if (maxItems !== undefined)
        checks.maxItems = maxItems;
    if (schema['uniqueItems'] === true)
        checks.uniqueItems = true;
    if (Object.hasOwn(schema, 'contains')) {
        const contains = {
            type: convert(ctx, schema['contains'], child(at, 'contains'), inlineName(name, 'contains'), true),
        };
        const min = count(ctx, schema, at, 'minContains');
        const max = count(ctx, schema, at, 'maxContains');
        if (min !== undefined)
            contains.min = min;
        if (max !== undefined)
            contains.max = max;
        checks.contains = contains;
    }
    const hasChecks = Object.keys(checks).length > 0;
    const prefix = Array.isArray(schema['prefixItems'])
        ? schema['prefixItems']
        : Array.isArray(schema['items'])
            ? schema['items']
            : undefined;
    const asItems = unevaluatedIsAdditional(schema, 'unevaluatedItems');
    const items = asItems ? schema['unevaluatedItems'] : schema['items'];
    const itemsAt = asItems ? 'unevaluatedItems' : 'items';
    if (prefix) {
        // draft-07 and 2019-09 write the leading items as an `items` array, the rest as `additionalItems`.
        const restSchema = Array.isArray(schema['items']) ? schema['additionalItems'] : items;
        const restAt = Array.isArray(schema['items']) ? 'additionalItems' : itemsAt;
        const elements = prefix.map((element, i) => ({
            type: convert(ctx, element, child(at, Array.isArray(schema['items']) ? 'items' : 'prefixItems', i), inlineName(name, 'item', String(i + 1))),
            optional: i >= (minItems ?? 0),
        }));
        const rest = restSchema === false
            ? null
            : restSchema === undefined
                ? { kind: 'any' }
                : convert(ctx, restSchema, child(at, restAt), inlineName(name, 'rest'));
        const tuple = { kind: 'tuple', elements, rest };
        if (hasChecks)
            tuple.checks = checks;
        if (restSchema === undefined)
            tuple.implicitItems = true;
        return tuple;
    }
    const itemType = items === undefined ? { kind: 'any' } : convert(ctx, items, child(at, itemsAt), inlineName(name, 'item'));
    const node = { kind: 'array', items: itemType };
    if (hasChecks)
        node.checks = checks;
    if (items === undefined)
        node.implicitItems = true;
    return node;
}
//# sourceMappingURL=arrays.js.map