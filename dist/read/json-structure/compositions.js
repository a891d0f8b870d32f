import { child, isObject } from './reader.js';
/** The keywords that may stand without a `type`: the schema is then the conditions alone. */
export const compositionKeywords = ['allOf', 'anyOf', 'oneOf', 'not', 'if'];
/**
 * The composition keywords on top of the type: every `allOf` member, at least one `anyOf` member,
 * exactly one `oneOf` member; anything `not` rejects; `then` for values `if` accepts, `else` for the
 * others (`then`/`else` without `if` mean nothing, as in JSON Schema, and are said to be ignored).
 */
export function composition(r, node, schema, at, name) {
    const parts = [node];
    const sub = (value, pointer, suffix) => isObject(value) ? r.convert(value, pointer, `${name}.${suffix}`) : invalidSubschema(r, value, pointer);
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
        const value = schema[keyword];
        if (value === undefined)
            continue;
        const keywordAt = child(at, keyword);
        if (!Array.isArray(value) || value.length === 0) {
            r.report('invalid-structure', keywordAt, `"${keyword}" must be a non-empty list of schemas`);
            continue;
        }
        const members = value.map((member, i) => sub(member, child(keywordAt, i), `${keyword}${i + 1}`));
        parts.push(keyword === 'allOf' ? { kind: 'intersection', members } : { kind: 'union', variants: members, exclusive: keyword === 'oneOf' });
    }
    if (schema['not'] !== undefined)
        parts.push({ kind: 'not', inner: sub(schema['not'], child(at, 'not'), 'not') });
    if (schema['if'] !== undefined) {
        const conditional = { kind: 'conditional', if: sub(schema['if'], child(at, 'if'), 'if') };
        if (schema['then'] !== undefined)
            conditional.then = sub(schema['then'], child(at, 'then'), 'then');
        if (schema['else'] !== undefined)
            conditional.else = sub(schema['else'], child(at, 'else'), 'else');
        if (conditional.then || conditional.else)
            parts.push(conditional);
    }
    else {
        for (const keyword of ['then', 'else'])
            if (schema[keyword] !== undefined)
                r.report('unsupported-keyword', child(at, keyword), `"${keyword}" without "if" means nothing; it is ignored`);
    }
    const meaningful = parts.filter((p, i) => i > 0 || p.kind !== 'any');
    return meaningful.length === 0 ? node : meaningful.length === 1 ? meaningful[0] : { kind: 'intersection', members: meaningful };
}
function invalidSubschema(r, value, at) {
    r.report('invalid-structure', at, `a composition member must be a schema object, not ${JSON.stringify(value)}`);
    return { kind: 'any' };
}
/**
 * A type narrowed by const/enum. A primitive type whose listed values all fit it is replaced by them
 * (readable output: `"a" | "b"`); anything else keeps the type and intersects it with the values.
 */
export function narrowed(type, narrowing) {
    const fits = (value) => {
        if (value.kind === 'enum')
            return value.members.every((m) => fits(m.value === null ? { kind: 'null' } : { kind: 'literal', value: m.value }));
        if (value.kind === 'null')
            return type.kind === 'null';
        if (value.kind !== 'literal')
            return false;
        if (type.kind === 'string')
            return typeof value.value === 'string' && !type.format && !type.checks;
        if (type.kind === 'boolean')
            return typeof value.value === 'boolean';
        return false;
    };
    if (type.kind === 'any')
        return narrowing.length === 1 ? narrowing[0] : { kind: 'intersection', members: narrowing };
    if (narrowing.length === 1 && fits(narrowing[0]))
        return narrowing[0];
    return { kind: 'intersection', members: [type, ...narrowing] };
}
//# sourceMappingURL=compositions.js.map