/** The type whose only value is `value` (JSON equality: objects by their keys, in any order). */
export function exactValueType(value) {
    if (value === null)
        return { kind: 'null' };
    if (typeof value !== 'object')
        return { kind: 'literal', value };
    if (Array.isArray(value))
        return { kind: 'tuple', elements: value.map((v) => ({ type: exactValueType(v), optional: false })), rest: null };
    return {
        kind: 'object',
        properties: Object.entries(value).map(([name, v]) => ({ name, type: exactValueType(v), required: true, docs: {} })),
        additional: { mode: 'forbid' },
    };
}
/** The values a type lists (`literal`, `enum`): what a discriminator tag property may hold; undefined otherwise. */
export function listedTagValues(type) {
    if (type.kind === 'literal')
        return [type.value];
    if (type.kind === 'enum')
        return type.members.map((m) => m.value);
    return undefined;
}
//# sourceMappingURL=values.js.map