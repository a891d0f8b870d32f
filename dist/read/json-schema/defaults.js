/** A default that does not fit its type (`{type: string, default: true}`) is a spec defect worth a warning. */
export function checkDefault(ctx, docs, type, at) {
    if (!docs.default)
        return;
    const fits = valueFits(ctx, docs.default.value, type, 0);
    if (fits === false) {
        ctx.report('default-mismatch', at, `default ${JSON.stringify(docs.default.value)} does not match the property's type; it is kept as documentation only`);
    }
}
/** Whether a value fits a type, as far as cheaply known (undefined when unsure, e.g. through refs not yet read). */
function valueFits(ctx, value, type, depth) {
    if (depth > 8)
        return undefined;
    switch (type.kind) {
        case 'string':
            return typeof value === 'string';
        case 'number':
            return typeof value === 'number' && (type.numberKind !== 'integer' || Number.isInteger(value));
        case 'boolean':
            return typeof value === 'boolean';
        case 'null':
            return value === null;
        case 'literal':
            return value === type.value;
        case 'enum':
            return type.members.some((m) => m.value === value);
        case 'nullable':
            return value === null || valueFits(ctx, value, type.inner, depth + 1);
        case 'array':
        case 'tuple':
            return Array.isArray(value) ? undefined : false;
        case 'object':
            return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : false;
        case 'ref': {
            const target = ctx.definition(type.target);
            return target ? valueFits(ctx, value, target.type, depth + 1) : undefined;
        }
        default:
            return undefined;
    }
}
//# sourceMappingURL=defaults.js.map