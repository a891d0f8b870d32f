import { assertedFormat } from '../../model/formats.js';
import { array, arrow, call, id, method, num, object, str } from '../../layout/js.js';
import { z } from './expression.js';
/** The keywords of a node that Zod cannot read from the validator structgen writes for it. */
export function nodeKeywords(node) {
    const k = {};
    switch (node.kind) {
        case 'string': {
            const c = node.checks ?? {};
            if (c.minLength !== undefined)
                k['minLength'] = c.minLength;
            if (c.maxLength !== undefined)
                k['maxLength'] = c.maxLength;
            return k;
        }
        case 'number': {
            // A string of digits is `z.string().regex(…)`, which Zod writes as it is.
            if (node.wire === 'string')
                return k;
            // An integer is `integer()`, which says so itself (helpers.ts).
            if (node.format !== undefined)
                k['format'] = node.format;
            if (node.checks?.multipleOf !== undefined)
                k['multipleOf'] = node.checks.multipleOf;
            // A fixed-width kind's range is `.gte`/`.lte`, which Zod writes.
            return k;
        }
        case 'array':
            // uniqueItems: the itemRules helper says it.
            return k;
        case 'tuple': {
            const c = node.checks ?? {};
            const required = node.elements.filter((e) => !e.optional).length;
            if (c.minItems !== undefined)
                k['minItems'] = Math.max(required, c.minItems);
            if (c.maxItems !== undefined)
                k['maxItems'] = c.maxItems;
            return k;
        }
        default:
            return k;
    }
}
/**
 * What a string's format adds for `z.toJSONSchema` besides the format itself: structgen's refinement of
 * it, as schema.json states it (beside the document's own pattern, if any).
 */
export function refinementKeywords(node) {
    const refinement = assertedFormat(node.format)?.refinement;
    if (refinement === undefined)
        return {};
    return node.checks?.pattern === undefined ? { pattern: refinement } : { allOf: [{ pattern: refinement }] };
}
/** A string's format when no check function carries it (see `formattedString`), with its refinement. */
export function formatKeywords(node) {
    return node.format === undefined ? {} : { format: node.format, ...refinementKeywords(node) };
}
/** The annotations of a definition or property, as schema.json writes them. */
export function docKeywords(docs, property) {
    const k = {};
    if (docs.title)
        k['title'] = docs.title;
    if (docs.description)
        k['description'] = docs.description;
    if (docs.default)
        k['default'] = docs.default.value;
    if (docs.examples?.length)
        k['examples'] = docs.examples;
    if (docs.deprecated)
        k['deprecated'] = true;
    // A format that only annotates: kept, unless Ajv with ajv-formats would check it (schema.json comments it out then).
    const format = docs.annotations?.['format'];
    if (typeof format === 'string' && !assertedFormat(format)?.ajv)
        k['format'] = format;
    if (property?.readOnly)
        k['readOnly'] = true;
    if (property?.writeOnly)
        k['writeOnly'] = true;
    return k;
}
/**
 * `meta(e, { … })`: `e` with keywords for `z.toJSONSchema`. A schema declared elsewhere (a reference)
 * is wrapped in `lazy` first, so the keywords go to a schema of this use alone: registering them on the
 * constant would change every other use, and a copy (`.meta()`) loses the JSON Schema of a schema a
 * helper built.
 */
export function withKeywords(e, keywords, ctx, name) {
    if (Object.keys(keywords).length === 0)
        return e;
    ctx.helpers.add('meta');
    const own = e.kind === 'id' ? z(ctx, 'lazy', arrow([], e)) : e;
    const registered = call(id('meta'), own, jsonExpression(keywords));
    if (name !== undefined && registered.kind === 'call')
        shareable(ctx, keywords, name, (shared) => (registered.args[1] = shared));
    return registered;
}
/** Records a documentation object of property `name`, which `set` replaces by a call of a shared function if others are the same (see shareKeywordObjects). */
export function shareable(ctx, keywords, name, set) {
    const key = JSON.stringify(keywords);
    const shared = ctx.keywordObjects.get(key) ?? { name, keywords, uses: [] };
    shared.uses.push(set);
    ctx.keywordObjects.set(key, shared);
}
/**
 * The documentation objects several properties use, as functions `<property>Docs()` returning
 * them, which each use calls: a description shared by many properties (an id's, say) is written once.
 * Functions, not constants: tsc types each top-level reference to a constant by walking back over
 * every declaration before it (see builders.ts), a call of a function declaration it does not. Replaces the objects in the expressions already built; returns the declarations.
 */
export function shareKeywordObjects(ctx) {
    const taken = new Set();
    const declarations = [];
    for (const shared of ctx.keywordObjects.values()) {
        // Measured on the Letta spec: sharing every repeated object, short ones too, gives the smallest file.
        if (shared.uses.length < 2)
            continue;
        const base = `${identifierWords(shared.name)}Docs`;
        let name = base;
        for (let n = 2; taken.has(name); n++)
            name = `${base}${n}`;
        taken.add(name);
        for (const set of shared.uses)
            set(call(id(name)));
        declarations.push({ name, value: jsonExpression(shared.keywords) });
    }
    return declarations;
}
/** A property name as the start of a camelCase identifier: its ASCII letters and digits, words joined. */
function identifierWords(text) {
    const words = text.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
    const joined = words.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1))).join('');
    return /^[A-Za-z]/.test(joined) ? joined : `property${joined[0]?.toUpperCase() ?? ''}${joined.slice(1)}`;
}
/** A JSON value as a literal; one holding a `__proto__` key is parsed from its text (a literal would set the prototype). */
export function jsonExpression(value) {
    if (hasProtoKey(value))
        return method(id('JSON'), 'parse', str(JSON.stringify(value)));
    return literal(value);
}
function literal(value) {
    if (value === null || typeof value === 'boolean')
        return id(String(value));
    if (typeof value === 'string')
        return str(value);
    if (typeof value === 'number')
        return num(value);
    if (Array.isArray(value))
        return array(value.map(literal));
    return object(Object.entries(value).map(([key, v]) => ({ key, value: literal(v) })));
}
function hasProtoKey(value) {
    if (value === null || typeof value !== 'object')
        return false;
    if (Array.isArray(value))
        return value.some(hasProtoKey);
    return Object.keys(value).some((key) => key === '__proto__' || hasProtoKey(value[key]));
}
//# sourceMappingURL=json-schema.js.map