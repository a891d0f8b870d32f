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
import { call, id, type Expr } from '../../layout/js.js';
import { printWidth } from '../../layout/options.js';

const sources = {
  array: `function array<T extends z.core.SomeType>(element: T) {
  return z.array(element);
}`,
  boolean: `function boolean() {
  return z.boolean();
}`,
  discriminatedUnion: `function discriminatedUnion<
  Types extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
  Disc extends string,
>(discriminator: Disc, options: Types) {
  return z.discriminatedUnion(discriminator, options);
}`,
  enum: `function _enum<const T extends readonly string[]>(values: T) {
  return z.enum(values);
}`,
  lazy: `function lazy<T extends z.core.SomeType>(getter: () => T) {
  return z.lazy(getter);
}`,
  literal: `function literal<const T extends z.core.util.Literal>(value: T) {
  return z.literal(value);
}`,
  looseObject: `function looseObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.looseObject(shape);
}`,
  never: `function never() {
  return z.never();
}`,
  null: `function _null() {
  return z.null();
}`,
  number: `function number() {
  return z.number();
}`,
  object: `function object<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape);
}`,
  strictObject: `function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape);
}`,
  string: `function string() {
  return z.string();
}`,
  tuple: `function tuple<T extends readonly [z.core.SomeType, ...z.core.SomeType[]]>(items: T) {
  return z.tuple(items);
}`,
  tupleWithRest: `function tupleWithRest<
  T extends readonly [z.core.SomeType, ...z.core.SomeType[]],
  Rest extends z.core.SomeType,
>(items: T, rest: Rest) {
  return z.tuple(items, rest);
}`,
  // Only in a catchall, to type it: JSON has no undefined, so z.toJSONSchema is told it matches nothing.
  undefined: `function _undefined() {
  return withJsonSchema(z.undefined(), (json) => {
    json.not = {};
  });
}`,
  union: `function union<const T extends readonly z.core.SomeType[]>(options: T) {
  return z.union(options);
}`,
  unknown: `function unknown() {
  return z.unknown();
}`,
  xor: `function xor<const T extends readonly z.core.SomeType[]>(options: T) {
  return z.xor(options);
}`,
  // Zod Mini's functional forms of classic methods (../zod-mini/dialect.ts), and its check functions;
  // an array's length checks are `minItems`/`maxItems`, since `minLength` counts a string's characters.
  exactOptional: `function exactOptional<T extends z.core.SomeType>(schema: T) {
  return z.exactOptional(schema);
}`,
  optional: `function optional<T extends z.core.SomeType>(schema: T) {
  return z.optional(schema);
}`,
  nullable: `function nullable<T extends z.core.SomeType>(schema: T) {
  return z.nullable(schema);
}`,
  default: `function _default<T extends z.core.SomeType>(
  schema: T,
  value: z.core.util.NoUndefined<z.output<T>>,
) {
  return z._default(schema, value);
}`,
  catchall: `function catchall<T extends z.ZodMiniObject, U extends z.core.SomeType>(schema: T, rest: U) {
  return z.catchall(schema, rest);
}`,
  refine: `function refine<T>(check: (value: NoInfer<T>) => unknown, message: string) {
  return z.refine<T>(check, message);
}`,
  regex: `function regex(pattern: RegExp) {
  return z.regex(pattern);
}`,
  gte: `function gte(value: number) {
  return z.gte(value);
}`,
  lte: `function lte(value: number) {
  return z.lte(value);
}`,
  gt: `function gt(value: number) {
  return z.gt(value);
}`,
  lt: `function lt(value: number) {
  return z.lt(value);
}`,
  minItems: `function minItems(min: number) {
  return z.minLength(min);
}`,
  maxItems: `function maxItems(max: number) {
  return z.maxLength(max);
}`,
} as const;

export type BuilderName = keyof typeof sources;

/** The names zod.ts may declare for its builders (`enum` and `null` as `_enum`, `_null`). */
export const builderNames: readonly string[] = Object.keys(sources).flatMap((name) => [name, `_${name}`]);

/** The identifier zod.ts declares a builder under (`enum` → `_enum`, `tupleWithRest` for `z.tuple(items, rest)`). */
function identifier(name: BuilderName): string {
  return /^function (\w+)/.exec(sources[name])![1]!;
}

const identifiers = new Map((Object.keys(sources) as BuilderName[]).map((name) => [name, identifier(name)]));

/** `object(shape)`: a call of Zod's builder `name` through the function zod.ts declares for it, recorded in `used`. */
export function builderCall(used: Set<BuilderName>, name: BuilderName, ...args: Expr[]): Expr {
  used.add(name);
  return call(id(identifiers.get(name)!), ...args);
}

/**
 * The builders in `used` as one block of declarations, in a fixed order (output must not depend on the
 * order they were first needed), each only when used so that the file compiles under `noUnusedLocals`.
 */
export function builderDeclarations(used: ReadonlySet<BuilderName>): string | undefined {
  const names = (Object.keys(sources) as BuilderName[]).filter((name) => used.has(name));
  if (names.length === 0) return undefined;
  const renamed = names.filter((name) => identifiers.get(name) !== name).map((name) => `\`${identifiers.get(name)}\``);
  const aside = renamed.length === 0 ? '' : ` (${renamed.join(', ')} for the reserved word${renamed.length > 1 ? 's' : ''})`;
  const comment = `Zod's builders under their own names${aside}, called through these functions: tsc types a call of one at once, while each top-level use of the import \`z\` would make it walk back over every declaration before it.`;
  return [...lineComment(comment), ...names.map((name) => sources[name])].join('\n');
}

/** `text` as `//` lines of at most the print width, broken at spaces. */
function lineComment(text: string): string[] {
  const lines: string[] = [];
  let line = '//';
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > printWidth && line !== '//') {
      lines.push(line);
      line = '//';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}
