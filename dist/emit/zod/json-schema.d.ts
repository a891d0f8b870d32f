/**
 * What `z.toJSONSchema` says of a generated validator: the same as `schema.json` says of the definition.
 *
 * Zod writes a JSON Schema from what it can read in a schema: its type, `.regex`, `.gte`/`.lte`, array
 * lengths, object shapes. structgen checks some things in ways Zod cannot read (an integer with
 * `Number.isInteger`, since Zod's `.int()` stops at 2^53; a format as ajv-formats checks it; a length in
 * code points; an exact `multipleOf`), and documentation is not a check at all. So each validator
 * carries the rest as keywords in Zod's global registry (`meta(schema, { type: "integer" })`), which
 * `z.toJSONSchema` writes beside what it reads: the integer, the format, structgen's format refinement,
 * lengths, `multipleOf`, and the title, description, default, examples, deprecated,
 * readOnly and writeOnly of definitions and properties. Validation does not change: the keywords are
 * data, read only by `z.toJSONSchema`.
 *
 * Kept lean (on the Letta spec a first version wrapping every property in `meta` grew zod.ts by 87% and
 * tsc's instantiations by 79%): the integer and checked formats are `integer()` / `formatted(…)`
 * helpers; a definition's docs and its properties' are one non-generic `describe(…)` statement after
 * the constant, registered on the object's shape; a documentation object repeated across properties is
 * one shared function's.
 *
 * Checks made by helpers over other schemas (allOf, not, if/then/else, patternProperties and the other
 * object-key rules, uniqueItems and contains, unevaluated*) write their keywords through Zod's per-schema JSON Schema
 * hook (`withJsonSchema` in helpers.ts), converting the schemas inside in the same conversion.
 *
 * A test converts every definition of the Letta spec and the corpus and checks with Ajv, on sampled
 * values, that the result accepts exactly what `schema.json`'s definition accepts.
 */
import type { Docs, JsonValue, Property, TypeNode } from '../../model/index.js';
import { type NodeOf } from '../../model/index.js';
import { type Expr } from '../../layout/js.js';
import { type ZodContext } from './expression.js';
export type Keywords = Record<string, JsonValue>;
/** The keywords of a node that Zod cannot read from the validator structgen writes for it. */
export declare function nodeKeywords(node: TypeNode): Keywords;
/**
 * What a string's format adds for `z.toJSONSchema` besides the format itself: structgen's refinement of
 * it, as schema.json states it (beside the document's own pattern, if any).
 */
export declare function refinementKeywords(node: NodeOf<'string'>): Keywords;
/** A string's format when no check function carries it (see `formattedString`), with its refinement. */
export declare function formatKeywords(node: NodeOf<'string'>): Keywords;
/** The annotations of a definition or property, as schema.json writes them. */
export declare function docKeywords(docs: Docs, property?: Property): Keywords;
/**
 * `meta(e, { … })`: `e` with keywords for `z.toJSONSchema`. A schema declared elsewhere (a reference)
 * is wrapped in `lazy` first, so the keywords go to a schema of this use alone: registering them on the
 * constant would change every other use, and a copy (`.meta()`) loses the JSON Schema of a schema a
 * helper built.
 */
export declare function withKeywords(e: Expr, keywords: Keywords, ctx: ZodContext, name?: string): Expr;
/** Records a documentation object of property `name`, which `set` replaces by a call of a shared function if others are the same (see shareKeywordObjects). */
export declare function shareable(ctx: ZodContext, keywords: Keywords, name: string, set: (e: Expr) => void): void;
/**
 * The documentation objects several properties use, as functions `<property>Docs()` returning
 * them, which each use calls: a description shared by many properties (an id's, say) is written once.
 * Functions, not constants: tsc types each top-level reference to a constant by walking back over
 * every declaration before it (see builders.ts), a call of a function declaration it does not. Replaces the objects in the expressions already built; returns the declarations.
 */
export declare function shareKeywordObjects(ctx: ZodContext): {
    name: string;
    value: Expr;
}[];
/** A JSON value as a literal; one holding a `__proto__` key is parsed from its text (a literal would set the prototype). */
export declare function jsonExpression(value: JsonValue): Expr;
