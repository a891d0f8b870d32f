/**
 * Tagged unions (OpenAPI `discriminator`) in Zod. `z.discriminatedUnion` picks the variant by its tag
 * and, for a missing or unknown tag, reports the tags allowed; Zod needs every option to
 * be a plain object schema whose tag is a literal, no tag shared by two options. A variant is such an
 * option when it is a ref to a plain object definition whose tag is required and literal, or (as the
 * polymorphism pass writes a variant whose definition leaves the tag optional or wider) that ref joined
 * with `{ tag: literal }`: then `withTag(Variant, { tag: z.literal(...) })` (`.extend`, typed as the
 * intersection types.ts writes) says the same, provided the definition's own tag admits those values. Any other union stays `z.xor`
 * (oneOf: exactly one variant) or `z.union` (anyOf), with each variant as written.
 */
import { listedTagValues } from '../../model/index.js';
import { inheritedMemberNames } from '../escape.js';
import { array, call, id, object, str } from '../../layout/js.js';
import { z, zodExpression } from './expression.js';
export function taggedUnionExpression(node, ctx) {
    if (node.variants.length === 0)
        return z(ctx, 'never');
    if (node.variants.length === 1)
        return zodExpression(node.variants[0].type, ctx);
    const options = node.variants.map((v) => discriminatedOption(v.type, node.property, ctx));
    const seen = new Set();
    const distinct = options.every((o) => o?.values.every((value) => {
        const key = JSON.stringify(value);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    }));
    // Zod's own error for a missing or unknown tag lists the tags allowed ("Expected 'cat' | 'dog'").
    if (distinct && options.every((o) => o !== undefined)) {
        for (const o of options)
            if (o.helper)
                ctx.helpers.add(o.helper);
        return z(ctx, 'discriminatedUnion', str(node.property), array(options.map((o) => o.schema)));
    }
    const variants = node.variants.map((v) => zodExpression(v.type, ctx));
    return z(ctx, node.exclusive === false ? 'union' : 'xor', array(variants));
}
/** The variant as an option of `z.discriminatedUnion`, with the tag values it takes; undefined if it cannot be one. */
function discriminatedOption(type, property, ctx) {
    if (type.kind === 'ref') {
        const target = plainObject(type.target, ctx);
        const tag = target?.type.properties.find((p) => p.name === property);
        const values = tag?.required ? listedTagValues(tag.type) : undefined;
        if (!values?.length)
            return undefined;
        if (!target.recursive)
            return { schema: zodExpression(type, ctx), values };
        return { schema: call(id('recursiveOption'), zodExpression(type, ctx)), values, helper: 'recursiveOption' };
    }
    if (type.kind !== 'intersection' || type.members.length !== 2)
        return undefined;
    const [base, tagPart] = type.members;
    if (base?.kind !== 'ref' || tagPart?.kind !== 'object' || tagPart.properties.length !== 1)
        return undefined;
    const added = tagPart.properties[0];
    const values = listedTagValues(added.type);
    if (added.name !== property || !added.required || !values?.length)
        return undefined;
    const target = plainObject(base.target, ctx);
    if (!target)
        return undefined;
    const own = target.type.properties.find((p) => p.name === property);
    // `.extend` replaces the property's schema: only where the definition's own tag takes every value.
    if (own ? !admitsAll(own.type, values, ctx) : target.type.additional.mode === 'forbid')
        return undefined;
    const helper = target.recursive ? 'recursiveWithTag' : 'withTag';
    const extended = call(id(helper), zodExpression(base, ctx), object([{ key: property, value: zodExpression(added.type, ctx) }], true));
    return { schema: extended, values, helper };
}
/**
 * A definition that is a plain object, written as a `z.object` constant already declared (so `.extend`
 * works on it); `recursive` when its constant is typed `z.ZodType<T>` for a recursion it is part of.
 */
function plainObject(name, ctx) {
    const target = ctx.definitionOf(name);
    if (!target || !ctx.declared.has(target.name) || target.type.kind !== 'object')
        return undefined;
    const type = target.type;
    if (type.properties.some((p) => inheritedMemberNames.has(p.name)) || type.patternProperties?.length || type.checks)
        return undefined;
    if (type.additional.mode === 'schema')
        return undefined;
    return { type, recursive: target.recursive === true };
}
function admitsAll(type, values, ctx, depth = 0) {
    if (type.kind === 'any')
        return true;
    if (type.kind === 'ref') {
        const target = ctx.definitionOf(type.target);
        return target !== undefined && depth < 8 && admitsAll(target.type, values, ctx, depth + 1);
    }
    if (type.kind === 'string')
        return !type.format && !type.checks && values.every((v) => typeof v === 'string');
    const listed = listedTagValues(type);
    return listed !== undefined && values.every((v) => listed.includes(v));
}
//# sourceMappingURL=tagged-union.js.map