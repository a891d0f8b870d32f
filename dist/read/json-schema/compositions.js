import { child, inlineName, isSchemaObject } from './context.js';
import { copyBudget, copySize } from '../copy-budget.js';
import { mergedProperty } from './declared-properties.js';
import { taggedUnion } from './discriminator.js';
import { annotationKeys, convert } from './schema.js';
/** Null branches fold into `nullable`; a discriminator makes a tagged union; one branch left is itself. */
export function unionOf(ctx, schema, branches, schemaAt, keyword, name) {
    const at = child(schemaAt, keyword);
    const exclusive = keyword === 'oneOf';
    const isNull = (b) => isSchemaObject(b) &&
        ((b['type'] === 'null' && Object.keys(b).every((k) => k === 'type' || annotationKeys.has(k))) ||
            (Object.hasOwn(b, 'const') && b['const'] === null) ||
            (Array.isArray(b['enum']) && b['enum'].length === 1 && b['enum'][0] === null));
    const canBeNull = (b) => isSchemaObject(b) &&
        (b['nullable'] === true ||
            (Array.isArray(b['type']) && b['type'].includes('null')) ||
            (Array.isArray(b['enum']) && b['enum'].includes(null)));
    // Folding a null branch into `nullable` would lose oneOf's "exactly one" if another branch takes null too.
    const foldable = !exclusive || !branches.some((b) => !isNull(b) && canBeNull(b));
    const rest = branches.map((b, i) => [b, i]).filter(([b]) => !foldable || !isNull(b));
    const nullable = rest.length < branches.length;
    const variants = rest.map(([b, i]) => convert(ctx, b, child(at, i), rest.length === 1 ? name : inlineName(name, 'variant', String(i + 1))));
    const named = namedValues(rest.map(([b]) => b), variants, schema['discriminator'] !== undefined);
    if (named)
        return { type: named, nullable };
    const discriminator = schema['discriminator'];
    if (isSchemaObject(discriminator) && typeof discriminator['propertyName'] === 'string') {
        const branchesRead = rest.map(([b, i], n) => ({ at: child(at, i), schema: b, type: variants[n] }));
        const tagged = taggedUnion(ctx, discriminator, branchesRead, child(schemaAt, 'discriminator'), exclusive);
        if (tagged)
            return { type: tagged, nullable };
    }
    if (variants.length === 0)
        return { type: nullable ? { kind: 'null' } : { kind: 'never' }, nullable: false };
    if (variants.length === 1)
        return { type: variants[0], nullable };
    return { type: { kind: 'union', variants, exclusive }, nullable };
}
export function allOf(ctx, members, at, name) {
    const parts = members.map((m, i) => convert(ctx, m, child(at, i), members.length === 1 ? name : inlineName(name, 'part', String(i + 1)), true));
    if (parts.length === 1)
        return parts[0];
    return mergeAll(ctx, parts) ?? { kind: 'intersection', members: parts };
}
/**
 * Merges object parts into one object when that means the same as all of them together: every part is
 * an object (inline, or a definition already converted), none closed or with pattern keys (a closed part
 * would reject the others' properties, which a merge would hide), and shared properties agree.
 */
export function mergeAll(ctx, parts) {
    const objects = [];
    let copied = 0;
    for (const part of parts) {
        const resolved = part.kind === 'ref' ? ctx.definition(part.target)?.type : part;
        if (!resolved || resolved.kind !== 'object' || resolved.additional.mode !== 'allow' || resolved.patternProperties || resolved.checks)
            return undefined;
        if (part.kind === 'ref')
            copied += copySize(resolved);
        objects.push(resolved);
    }
    if (ctx.copied + copied > copyBudget)
        return undefined;
    ctx.copied += copied;
    const merged = new Map();
    for (const object of objects) {
        for (const property of object.properties) {
            const seen = merged.get(property.name);
            const next = seen ? mergedProperty(seen, property) : property;
            if (!next)
                return undefined;
            // A name only required so far takes the place where its type is declared.
            if (seen?.type.kind === 'any')
                merged.delete(property.name);
            merged.set(property.name, next);
        }
    }
    const explicit = objects.some((o) => o.additional.mode === 'allow' && o.additional.explicit);
    return { kind: 'object', properties: [...merged.values()], additional: { mode: 'allow', explicit } };
}
/** Keywords a `{const, title}` branch may have besides its value: names and notes only. */
const valueNoteKeys = new Set(['const', 'title', 'description', 'deprecated', '$comment']);
/**
 * A `oneOf`/`anyOf` whose every branch is one value with its name (`{"title": "BUTTON", "const": 2}`,
 * the way generators write named integer enums) is an enum of those values, each keeping its title and
 * description: the same values (distinct ones, so "exactly one" holds), read as the list it is.
 */
function namedValues(branches, variants, tagged) {
    if (tagged || branches.length < 2)
        return undefined;
    const members = [];
    for (const [i, branch] of branches.entries()) {
        const variant = variants[i];
        if (!isSchemaObject(branch) || variant.kind !== 'literal' || !Object.keys(branch).every((k) => valueNoteKeys.has(k)))
            return undefined;
        if (members.some((m) => m.value === variant.value))
            return undefined;
        const member = { value: variant.value };
        if (typeof branch['title'] === 'string')
            member.title = branch['title'];
        if (typeof branch['description'] === 'string')
            member.description = branch['description'];
        members.push(member);
    }
    return members.some((m) => m.title !== undefined) ? { kind: 'enum', members } : undefined;
}
//# sourceMappingURL=compositions.js.map