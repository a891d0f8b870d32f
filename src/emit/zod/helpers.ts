/**
 * Small functions a generated `zod.ts` declares once when it needs them, for what Zod has no keyword
 * for. Plain code over the data: none of them evaluates spec text, which reaches them only as literals.
 */
import { formatHelpers } from './formats.js';
import { numberHelpers } from './numbers.js';
import { linearPatternHelper } from './linear-pattern.js';
import { unevaluatedHelper } from './unevaluated.js';

type StructuralHelper =
  | 'parseWith'
  | 'rebaseIssues'
  | 'ownPropertiesOnly'
  | 'uniqueItems'
  | 'objectKeys'
  | 'withOwnProto'
  | 'allOf'
  | 'contains'
  | 'not'
  | 'conditional'
  | 'withTag'
  | 'recursiveOption'
  | 'recursiveWithTag'
  | 'unevaluated'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'linearPattern';
/** A structural helper below, or a format's (see formats.ts) or a number check's (see numbers.ts). */
export type HelperName = StructuralHelper | (string & {});

const helperSource: Record<StructuralHelper, string> = {
  parseWith: `/**
 * \`z.safeParse\` for the helpers below, whose parameters are typed \`z.core.SomeType\` (just \`_zod\`):
 * tsc relates a schema to that in a fraction of the time it takes for \`$ZodType\` or \`z.ZodType\`,
 * which make it work out the schema's input and output types at every call.
 */
function parseWith(schema: z.core.SomeType, value: unknown) {
  return z.safeParse(schema as z.core.$ZodType, value);
}`,
  rebaseIssues: `/**
 * A part's issues as the issues of the value a helper checks: \`input\` is that value, the paths go
 * under \`path\`. The helpers that check a part on the value's behalf all report through it.
 */
function rebaseIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  path: PropertyKey[] = [],
) {
  return issues.map((issue) => ({ ...issue, input, path: [...path, ...issue.path] }) as never);
}`,
  ownPropertiesOnly: `/** A null-prototype copy of an object's own keys, so inherited members (\`constructor\`) do not read as present. */
function ownPropertiesOnly(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.assign(Object.create(null) as object, value);
}`,
  uniqueItems: `/** JSON equality: numbers by value (1 equals 1.0), arrays in order, objects by their keys in any order. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => jsonEqual(x, b[i]))
    );
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (k) =>
        Object.hasOwn(b, k) &&
        jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** JSON Schema \`uniqueItems\`: no two items are JSON-equal. */
function uniqueItems(items: readonly unknown[]): boolean {
  return items.every((item, i) => items.findIndex((other) => jsonEqual(item, other)) === i);
}`,
  objectKeys: `/**
 * Checks on an object's keys, made on the raw input before \`target\` parses it: Zod's parsed object has
 * lost undeclared keys (and any \`__proto__\`) by the time its own checks run. Covers patternProperties
 * (every matching key, declared or not), what extra keys may be, min/maxProperties, dependentRequired,
 * dependentSchemas, propertyNames, and declared keys no Zod shape can hold (\`__proto__\`).
 */
function objectKeys<T extends z.core.SomeType>(
  rules: {
    named: readonly string[];
    patterns?: readonly (readonly [RegExp, z.core.SomeType])[];
    rest?: boolean | z.core.SomeType;
    min?: number;
    max?: number;
    dependent?: readonly (readonly [string, readonly string[]])[];
    dependentSchemas?: readonly (readonly [string, z.core.SomeType])[];
    names?: z.core.SomeType;
    own?: readonly (readonly [string, z.core.SomeType, boolean])[];
  },
  target: T,
) {
  // \`.pipe\` wants a \`$ZodType\`, which \`target\` is at run time; typed as the pipe Zod builds.
  return z
    .unknown()
    .check((ctx) => {
      const value = ctx.value;
      if (typeof value !== "object" || value === null || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      const fail = (message: string, path: PropertyKey[] = []) =>
        ctx.issues.push({ code: "custom", message, input: value, path });
      const check = (schema: z.core.SomeType, item: unknown, path: PropertyKey[]) => {
        const result = parseWith(schema, item);
        if (!result.success) ctx.issues.push(...rebaseIssues(result.error.issues, value, path));
      };
      if (rules.min !== undefined && keys.length < rules.min)
        fail(\`Expected at least \${rules.min} keys\`);
      if (rules.max !== undefined && keys.length > rules.max)
        fail(\`Expected at most \${rules.max} keys\`);
      for (const [key, companions] of rules.dependent ?? []) {
        if (Object.hasOwn(record, key))
          for (const companion of companions)
            if (!Object.hasOwn(record, companion))
              fail(\`\${JSON.stringify(key)} requires \${JSON.stringify(companion)}\`, [companion]);
      }
      for (const [key, schema] of rules.dependentSchemas ?? []) {
        if (Object.hasOwn(record, key)) check(schema, value, []);
      }
      for (const [key, schema, required] of rules.own ?? []) {
        if (Object.hasOwn(record, key)) check(schema, record[key], [key]);
        else if (required) fail(\`Missing required key \${JSON.stringify(key)}\`, [key]);
      }
      for (const key of keys) {
        if (rules.names) check(rules.names, key, [key]);
        const matching = (rules.patterns ?? []).filter(([pattern]) => pattern.test(key));
        for (const [, schema] of matching) check(schema, record[key], [key]);
        if (matching.length > 0 || rules.named.includes(key)) continue;
        const rest = rules.rest ?? true;
        if (rest === false) fail(\`Unexpected key \${JSON.stringify(key)}\`, [key]);
        else if (rest !== true) check(rest, record[key], [key]);
      }
    })
    .pipe(target as z.core.SomeType as z.core.$ZodType) as unknown as z.ZodPipe<z.ZodUnknown, T>;
}`,
  withOwnProto: `/**
 * An object with a \`__proto__\` property: objectKeys has checked it on the raw input, but no Zod shape
 * can hold it (assigning it would set the prototype), so it is put back as an own property of the result.
 * The type comes from the declaration (types.ts).
 */
function withOwnProto<T>(schema: z.core.SomeType): z.ZodType<T> {
  return z.unknown().transform((value, ctx) => {
    const result = parseWith(schema, value);
    if (!result.success) {
      ctx.issues.push(...rebaseIssues(result.error.issues, value));
      return z.NEVER;
    }
    const parsed = result.data as object;
    if (typeof value === "object" && value !== null && Object.hasOwn(value, "__proto__")) {
      const proto = (value as Record<string, unknown>)["__proto__"];
      Object.defineProperty(parsed, "__proto__", {
        value: proto,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return parsed as T;
  }) as unknown as z.ZodType<T>;
}`,
  allOf: `/**
 * JSON Schema \`allOf\`: the value must satisfy each schema on its own. \`z.intersection\` parses the
 * value once with each side and merges the results, but it forgives a key one side rejects as unknown
 * (a closed object's \`unrecognized_keys\`) when the other side knows it; \`closedKeys\` makes each side
 * report such keys as its own issues, which the intersection keeps. Each side is parsed once, so allOfs
 * nested n deep parse their innermost member once, not 2^n times.
 */
function allOf<A extends z.core.SomeType, B extends z.core.SomeType>(a: A, b: B) {
  return z.intersection(closedKeys(a), closedKeys(b));
}

/** \`schema\`, with its own unknown keys reported as plain issues (see allOf). */
function closedKeys<T extends z.core.SomeType>(schema: T): T {
  return (schema as unknown as z.ZodType).check((ctx) => {
    if (!ctx.issues.some((issue) => issue.code === "unrecognized_keys" && !issue.path?.length))
      return;
    const issues = ctx.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys" && !issue.path?.length
        ? issue.keys.map((key) => ({
            code: "custom" as const,
            message: \`Unexpected key \${JSON.stringify(key)}\`,
            input: ctx.value,
            path: [key],
            continue: true,
          }))
        : [issue],
    );
    ctx.issues.splice(0, ctx.issues.length, ...issues);
  }) as unknown as T;
}`,
  contains: `/** JSON Schema \`contains\`: between \`min\` and \`max\` items match \`schema\`. */
function containsCount(schema: z.core.SomeType, min: number, max: number) {
  return (items: readonly unknown[]) => {
    const count = items.filter((item) => parseWith(schema, item).success).length;
    return count >= min && count <= max;
  };
}`,
  not: `/** JSON Schema \`not\`: the value must fail \`schema\`. */
function not(schema: z.core.SomeType) {
  return z
    .unknown()
    .refine((value) => !parseWith(schema, value).success, "Must not match the schema");
}`,
  conditional: `/** JSON Schema \`if\`/\`then\`/\`else\`: the branch chosen by \`when\` must accept the value. */
function conditional(
  when: z.core.SomeType,
  then: z.core.SomeType | undefined,
  otherwise: z.core.SomeType | undefined,
) {
  return z.unknown().check((ctx) => {
    const branch = parseWith(when, ctx.value).success ? then : otherwise;
    const result = branch && parseWith(branch, ctx.value);
    if (result && !result.success) ctx.issues.push(...rebaseIssues(result.error.issues, ctx.value));
  });
}`,
  withTag: `/**
 * A tagged union's variant whose own schema leaves the tag optional or wider: the variant with the tag
 * narrowed (\`.extend\`), typed as types.ts writes it, \`Variant & { tag: "a" }\`.
 */
function withTag<A extends z.ZodObject, B extends z.core.$ZodLooseShape>(variant: A, tag: B) {
  return variant.extend(tag) as unknown as z.ZodType<
    z.output<A> & z.output<z.ZodObject<B>>,
    z.input<A> & z.input<z.ZodObject<B>>
  > & { _zod: { propValues: z.core.util.PropValues } };
}`,
  recursiveOption: `/**
 * A tagged union's variant that takes part in a recursion, so its constant is typed \`z.ZodType<T>\`: it
 * is a \`z.object\` at run time, which \`z.discriminatedUnion\` reads its tag from.
 */
function recursiveOption<T extends z.core.SomeType>(variant: T) {
  return variant as T & { _zod: { propValues: z.core.util.PropValues } };
}`,
  recursiveWithTag: `/** \`withTag\` for a variant that takes part in a recursion (typed \`z.ZodType<T>\`, a \`z.object\` at run time). */
function recursiveWithTag<T, B extends z.core.$ZodLooseShape>(variant: z.ZodType<T>, tag: B) {
  return (variant as unknown as z.ZodObject).extend(tag) as unknown as z.ZodType<
    T & z.output<z.ZodObject<B>>,
    unknown
  > & { _zod: { propValues: z.core.util.PropValues } };
}`,
  unevaluated: unevaluatedHelper,
  minLength: `/** JSON Schema \`minLength\` counts characters (code points); Zod's \`.min\` counts UTF-16 units. */
function minLength(min: number) {
  return (text: string): boolean => [...text].length >= min;
}`,
  maxLength: `/** JSON Schema \`maxLength\` counts characters (code points); Zod's \`.max\` counts UTF-16 units. */
function maxLength(max: number) {
  return (text: string): boolean => [...text].length <= max;
}`,
  pattern: `/** A JSON Schema pattern: an ECMA-262 regular expression, compiled in Unicode mode as JSON Schema says. */
function pattern(source: string): RegExp {
  return new RegExp(source, "u");
}`,
  linearPattern: linearPatternHelper,
};

/** Structural helpers another helper calls (format and number helpers list their own). */
const structuralRequires: Partial<Record<StructuralHelper, string[]>> = {
  objectKeys: ['parseWith', 'rebaseIssues'],
  withOwnProto: ['objectKeys', 'parseWith', 'rebaseIssues'],
  contains: ['parseWith'],
  not: ['parseWith'],
  conditional: ['parseWith', 'rebaseIssues'],
  unevaluated: ['parseWith', 'rebaseIssues'],
};

/** Every helper, in the fixed order a file declares them, with the helpers each one calls. */
const allHelpers: ReadonlyMap<string, { source: string; requires: readonly string[] }> = new Map([
  ...Object.entries(helperSource).map(([name, source]): [string, { source: string; requires: string[] }] => [
    name,
    { source, requires: structuralRequires[name as StructuralHelper] ?? [] },
  ]),
  ...formatHelpers,
  ...numberHelpers,
]);

/**
 * The helpers' source in a fixed order (output must not depend on the order they were first needed),
 * each only when used or called by one used, so the file compiles under `noUnusedLocals`.
 */
export function helperDeclarations(used: ReadonlySet<HelperName>): string[] {
  const all = new Set<string>();
  const add = (name: string) => {
    if (all.has(name)) return;
    const helper = allHelpers.get(name);
    if (!helper) throw new Error(`internal error: no helper ${name}`);
    all.add(name);
    helper.requires.forEach(add);
  };
  used.forEach(add);
  return [...allHelpers].filter(([name]) => all.has(name)).map(([, helper]) => helper.source);
}
