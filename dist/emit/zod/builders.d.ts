/**
 * Zod's builders (`z.object`, `z.string`, …) as functions zod.ts declares, each calling the builder of the
 * same name: a schema reads `object({ name: string() })`.
 *
 * Why not `z.object` at every use: tsc types each reference to an import, or to a constant, at the top
 * level of a module by walking the module's control flow back over every declaration before it (it
 * looks for an assignment that narrows it; an import has none, so the walk goes to the start of the
 * file). A schema file is thousands of declarations, so that cost grows with the square of its size:
 * on a spec of 2,000 schemas, 43 million steps and some 40% of tsc's check time. A reference to a
 * function declaration is typed at once. The types are Zod's own: each function returns its builder's
 * result.
 *
 * Helpers' bodies keep `z.` (inside a function the walk stops at the function's start). Three builders
 * are named as Zod's own source names them, since `enum`, `null` and `undefined` are reserved words.
 */
import { type Expr } from '../../layout/js.js';
declare const sources: {
    readonly array: "function array<T extends z.core.SomeType>(element: T) {\n  return z.array(element);\n}";
    readonly boolean: "function boolean() {\n  return z.boolean();\n}";
    readonly discriminatedUnion: "function discriminatedUnion<\n  Types extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],\n  Disc extends string,\n>(discriminator: Disc, options: Types) {\n  return z.discriminatedUnion(discriminator, options);\n}";
    readonly enum: "function _enum<const T extends readonly string[]>(values: T) {\n  return z.enum(values);\n}";
    readonly lazy: "function lazy<T extends z.core.SomeType>(getter: () => T) {\n  return z.lazy(getter);\n}";
    readonly literal: "function literal<const T extends z.core.util.Literal>(value: T) {\n  return z.literal(value);\n}";
    readonly looseObject: "function looseObject<T extends z.core.$ZodLooseShape>(shape: T) {\n  return z.looseObject(shape);\n}";
    readonly never: "function never() {\n  return z.never();\n}";
    readonly null: "function _null() {\n  return z.null();\n}";
    readonly number: "function number() {\n  return z.number();\n}";
    readonly object: "function object<T extends z.core.$ZodLooseShape>(shape: T) {\n  return z.object(shape);\n}";
    readonly strictObject: "function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {\n  return z.strictObject(shape);\n}";
    readonly string: "function string() {\n  return z.string();\n}";
    readonly tuple: "function tuple<T extends readonly [z.core.SomeType, ...z.core.SomeType[]]>(items: T) {\n  return z.tuple(items);\n}";
    readonly tupleWithRest: "function tupleWithRest<\n  T extends readonly [z.core.SomeType, ...z.core.SomeType[]],\n  Rest extends z.core.SomeType,\n>(items: T, rest: Rest) {\n  return z.tuple(items, rest);\n}";
    readonly undefined: "function _undefined() {\n  return withJsonSchema(z.undefined(), (json) => {\n    json.not = {};\n  });\n}";
    readonly union: "function union<const T extends readonly z.core.SomeType[]>(options: T) {\n  return z.union(options);\n}";
    readonly unknown: "function unknown() {\n  return z.unknown();\n}";
    readonly xor: "function xor<const T extends readonly z.core.SomeType[]>(options: T) {\n  return z.xor(options);\n}";
    readonly exactOptional: "function exactOptional<T extends z.core.SomeType>(schema: T) {\n  return z.exactOptional(schema);\n}";
    readonly optional: "function optional<T extends z.core.SomeType>(schema: T) {\n  return z.optional(schema);\n}";
    readonly nullable: "function nullable<T extends z.core.SomeType>(schema: T) {\n  return z.nullable(schema);\n}";
    readonly default: "function _default<T extends z.core.SomeType>(\n  schema: T,\n  value: z.core.util.NoUndefined<z.output<T>>,\n) {\n  return z._default(schema, value);\n}";
    readonly catchall: "function catchall<T extends z.ZodMiniObject, U extends z.core.SomeType>(schema: T, rest: U) {\n  return z.catchall(schema, rest);\n}";
    readonly refine: "function refine<T>(check: (value: NoInfer<T>) => unknown, message: string) {\n  return z.refine<T>(check, message);\n}";
    readonly regex: "function regex(pattern: RegExp) {\n  return z.regex(pattern);\n}";
    readonly gte: "function gte(value: number) {\n  return z.gte(value);\n}";
    readonly lte: "function lte(value: number) {\n  return z.lte(value);\n}";
    readonly gt: "function gt(value: number) {\n  return z.gt(value);\n}";
    readonly lt: "function lt(value: number) {\n  return z.lt(value);\n}";
    readonly minItems: "function minItems(min: number) {\n  return z.minLength(min);\n}";
    readonly maxItems: "function maxItems(max: number) {\n  return z.maxLength(max);\n}";
};
export type BuilderName = keyof typeof sources;
/** The names zod.ts may declare for its builders (`enum` and `null` as `_enum`, `_null`). */
export declare const builderNames: readonly string[];
/** `object(shape)`: a call of Zod's builder `name` through the function zod.ts declares for it, recorded in `used`. */
export declare function builderCall(used: Set<BuilderName>, name: BuilderName, ...args: Expr[]): Expr;
/**
 * The builders in `used` as one block of declarations, in a fixed order (output must not depend on the
 * order they were first needed), each only when used so that the file compiles under `noUnusedLocals`.
 */
export declare function builderDeclarations(used: ReadonlySet<BuilderName>): string | undefined;
export {};
