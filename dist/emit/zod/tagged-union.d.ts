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
import { type NodeOf } from '../../model/index.js';
import { type Expr } from '../../layout/js.js';
import { type ZodContext } from './expression.js';
export declare function taggedUnionExpression(node: NodeOf<'taggedUnion'>, ctx: ZodContext): Expr;
