/**
 * Small functions a generated `zod.ts` declares once when it needs them, for what Zod has no keyword
 * for. Plain code over the data: none of them evaluates spec text, which reaches them only as literals.
 */
import { formatHelpers } from './formats.js';
import { numberHelpers } from './numbers.js';
import { mappingHelpers } from './mappings.js';
import { linearPatternHelper } from './linear-pattern.js';
import { unevaluatedHelper } from './unevaluated.js';
const helperSource = {
    meta: `/**
 * \`schema\` with what \`z.toJSONSchema\` cannot read from its checks (an integer, a format, a length in
 * characters, ...) and its documentation, as JSON Schema keywords in Zod's global registry, which
 * \`z.toJSONSchema\` writes beside its own. Registered on the schema built here (every use has its own).
 */
function meta<T extends z.core.SomeType>(schema: T, keywords: Record<string, unknown>): T {
  const registered = schema as z.core.SomeType as z.core.$ZodType;
  z.globalRegistry.add(registered, { ...z.globalRegistry.get(registered), ...keywords });
  return schema;
}`,
    describe: `/**
 * The docs of an object schema and of its properties, for \`z.toJSONSchema\`: registered (see \`meta\`)
 * on the schema and on each property's schema in its shape, which is this object's own.
 */
function describe(
  schema: z.core.SomeType,
  keywords: Record<string, unknown>,
  properties: Record<string, Record<string, unknown>>,
): void {
  meta(schema, keywords);
  const shape = (schema as z.core.$ZodObject)._zod.def.shape;
  for (const key of Object.keys(properties)) meta(shape[key]!, properties[key]!);
}`,
    integer: `/** A JSON integer (see isInteger), which \`z.toJSONSchema\` writes as \`type: "integer"\`. */
function integer() {
  return meta(z.number().refine(isInteger, "Expected an integer"), { type: "integer" });
}`,
    formatted: `/**
 * A string in \`format\`, as \`check\` (ajv-formats' check, mirrored) accepts it; for \`z.toJSONSchema\`,
 * the format and the \`keywords\` structgen's refinement of it adds, as schema.json states them.
 */
function formatted(format: string, check: (text: string) => boolean, keywords?: object) {
  return meta(z.string().refine(check, \`Invalid \${format}\`), { format, ...keywords });
}`,
    openObject: `/**
 * \`z.object\` for an object open by default: it accepts unknown keys (and strips them), which
 * \`z.toJSONSchema\` would write as closed when it describes output; registered to say nothing of other
 * keys, as the document does.
 */
function openObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return meta(z.object(shape), { additionalProperties: undefined });
}`,
    withJsonSchema: `/**
 * What \`z.toJSONSchema\` writes for a schema a helper here builds, whose own form (a refinement, a pipe
 * from \`unknown\`) does not say what it checks: \`describe\` writes the keywords, converting the
 * schemas inside with \`part\` (in the same conversion, so a shared or recursive one becomes a \`$ref\`
 * as anywhere else), taking all that one of them says with \`extend\`, and what Zod itself writes for
 * the schema with \`zodOwn\`. It sets Zod's per-schema JSON Schema hook, \`_zod.processJSONSchema\`
 * (Zod 4.3 and later).
 */
function withJsonSchema<T extends z.core.SomeType>(
  schema: T,
  describe: (
    json: Record<string, unknown>,
    part: (inner: z.core.SomeType, ...path: (string | number)[]) => unknown,
    extend: (inner: z.core.SomeType) => void,
    zodOwn: () => void,
  ) => void,
): T {
  const zodOwn = schema._zod.processJSONSchema;
  schema._zod.processJSONSchema = (ctx, json, params) => {
    // Zod's conversion of a schema within (\`processSchema\` since Zod 4.5, \`process\` before).
    type Convert = (inner: z.core.$ZodType, context: typeof ctx, at: typeof params) => unknown;
    const core = z.core as unknown as { processSchema?: Convert; process: Convert };
    const convert = core.processSchema ?? core.process;
    const part = (inner: z.core.SomeType, ...path: (string | number)[]) =>
      convert(inner as z.core.$ZodType, ctx, { ...params, path: [...params.path, ...path] });
    const extend = (inner: z.core.SomeType) => {
      part(inner);
      ctx.seen.get(schema as z.core.SomeType as z.core.$ZodType)!.ref = inner as z.core.$ZodType;
    };
    describe(json as Record<string, unknown>, part, extend, () => zodOwn?.(ctx, json, params));
  };
  return schema;
}`,
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
    undeclared: `/**
 * An object some of whose required keys no schema declares: their values are judged by the rules for
 * other keys (the shape holds those rules). For \`z.toJSONSchema\` they are left out of \`properties\`, as
 * in schema.json, where \`unevaluatedProperties\` does not count them as evaluated.
 */
function undeclared<T extends z.core.SomeType>(schema: T, names: readonly string[]): T {
  return withJsonSchema(schema, (json, _part, _extend, zodOwn) => {
    zodOwn();
    const properties = json.properties as Record<string, unknown> | undefined;
    for (const name of names) if (properties) delete properties[name];
  });
}`,
    ownPropertiesOnly: `/** A null-prototype copy of an object's own keys, so inherited members (\`constructor\`) do not read as present. */
function ownPropertiesOnly(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.assign(Object.create(null) as object, value);
}

/**
 * \`schema\` parsed from a null-prototype copy. For \`z.toJSONSchema\`, properties named like
 * \`Object.prototype\` members are exact \`patternProperties\` (and a required one a \`propertyNames\` rule),
 * as in schema.json: validators that read \`data[name]\` (Ajv) would see the inherited member.
 */
function ownProperties<T extends z.core.SomeType>(schema: T) {
  const own = z.preprocess(ownPropertiesOnly, schema as z.core.SomeType as z.core.$ZodType);
  withJsonSchema(own, (json, part, extend) => {
    const inner = part(schema) as { properties?: Record<string, unknown>; required?: string[] };
    extend(schema);
    const inherited = (key: string) => Object.hasOwn(Object.prototype, key);
    const properties: Record<string, unknown> = Object.create(null);
    const patterns: Record<string, unknown> = Object.create(null);
    for (const [key, value] of Object.entries(inner.properties ?? {})) {
      if (inherited(key)) patterns[\`^\${key}$\`] = value;
      else properties[key] = value;
    }
    json.properties = properties;
    json.patternProperties = patterns;
    json.required = inner.required?.filter((key) => !inherited(key));
    const requiredInherited = (inner.required ?? []).filter(inherited);
    if (requiredInherited.length > 0)
      json.allOf = requiredInherited.map((key) => ({
        not: { propertyNames: { not: { const: key } } },
      }));
  });
  return own as unknown as z.ZodPipe<z.ZodTransform<unknown, z.input<T>>, T>;
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
  // \`.pipe\` wants a \`$ZodType\`, which \`target\` is at run time; typed as the pipe Zod builds, taking
  // what \`target\` takes, so that z.input of a request's view says what a client may send.
  const checked = z
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
    .pipe(target as z.core.SomeType as z.core.$ZodType);
  return withJsonSchema(checked, (json, part, extend) => {
    extend(target);
    const record = () => Object.create(null) as Record<string, unknown>;
    const patterns = record();
    for (const [pattern, schema] of rules.patterns ?? [])
      patterns[pattern.source] = part(schema, "patternProperties", pattern.source);
    for (const [key, schema, required] of rules.own ?? []) {
      patterns[\`^\${key}$\`] = part(schema, "patternProperties", key);
      if (required) json.allOf = [{ not: { propertyNames: { not: { const: key } } } }];
    }
    if (Object.keys(patterns).length > 0) json.patternProperties = patterns;
    const rest = rules.rest;
    if (rest !== undefined)
      json.additionalProperties =
        typeof rest === "boolean" ? rest : part(rest, "additionalProperties");
    if (rules.min !== undefined) json.minProperties = rules.min;
    if (rules.max !== undefined) json.maxProperties = rules.max;
    if (rules.dependent) {
      const dependent = record();
      for (const [key, companions] of rules.dependent) dependent[key] = companions;
      json.dependentRequired = dependent;
    }
    if (rules.dependentSchemas) {
      const dependent = record();
      for (const [key, schema] of rules.dependentSchemas)
        dependent[key] = part(schema, "dependentSchemas", key);
      json.dependentSchemas = dependent;
    }
    if (rules.names) json.propertyNames = part(rules.names, "propertyNames");
  }) as unknown as z.ZodPipe<z.ZodType<unknown, z.input<T>>, T>;
}`,
    withOwnProto: `/**
 * An object with a \`__proto__\` property: objectKeys has checked it on the raw input, but no Zod shape
 * can hold it (assigning it would set the prototype), so it is put back as an own property of the result.
 * The type comes from the declaration (types.ts).
 */
function withOwnProto<T>(schema: z.core.SomeType): z.ZodType<T> {
  const parse = z.unknown().transform((value, ctx) => {
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
  });
  // For z.toJSONSchema, what \`schema\` says (it checks the \`__proto__\` property).
  return withJsonSchema(parse, (_json, _part, extend) => extend(schema)) as unknown as z.ZodType<T>;
}`,
    allOf: `/**
 * JSON Schema \`allOf\`: the value must satisfy each schema on its own. \`z.intersection\` parses the
 * value once with each side and merges the results, but it forgives a key one side rejects as unknown
 * (a closed object's \`unrecognized_keys\`) when the other side knows it; \`closedKeys\` makes each side
 * report such keys as its own issues, which the intersection keeps. Each side is parsed once, so allOfs
 * nested n deep parse their innermost member once, not 2^n times.
 */
function allOf<A extends z.core.SomeType, B extends z.core.SomeType>(a: A, b: B) {
  const both = z.intersection(closedKeys(a), closedKeys(b));
  return withJsonSchema(both, (json, part) => {
    json.allOf = [part(a, "allOf", 0), part(b, "allOf", 1)];
  });
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
    itemRules: `/**
 * JSON Schema \`uniqueItems\` and \`contains\` (between \`min\` and \`max\` items match \`schema\`), checked on
 * the items as received, before \`items\` parses them: a parsed item has lost the undeclared keys of an
 * open object, so two different items could compare equal, or lose a key \`contains\` looks for.
 */
function itemRules<T extends z.core.SomeType>(
  items: T,
  rules: { unique?: boolean; contains?: readonly [z.core.SomeType, number, number] },
): T {
  // \`.pipe\` wants a \`$ZodType\`, which \`items\` is at run time; typed as \`items\`, whose output it gives.
  const checked = z
    .unknown()
    .check((ctx) => {
      const value = ctx.value;
      if (!Array.isArray(value)) return;
      if (rules.unique && !uniqueItems(value))
        ctx.issues.push({ code: "custom", message: "Items must be unique", input: value });
      if (rules.contains) {
        const [schema, min, max] = rules.contains;
        const count = value.filter((item) => parseWith(schema, item).success).length;
        if (count < min || count > max)
          ctx.issues.push({
            code: "custom",
            message: "Wrong number of matching items",
            input: value,
          });
      }
    })
    .pipe(items as z.core.SomeType as z.core.$ZodType);
  return withJsonSchema(checked, (json, part, extend) => {
    extend(items);
    if (rules.unique) json.uniqueItems = true;
    if (rules.contains) {
      const [schema, min, max] = rules.contains;
      json.contains = part(schema, "contains");
      if (min !== 1) json.minContains = min;
      if (max !== Infinity) json.maxContains = max;
    }
  }) as z.core.SomeType as T;
}`,
    not: `/** JSON Schema \`not\`: the value must fail \`schema\`. */
function not(schema: z.core.SomeType) {
  const unmatched = z
    .unknown()
    .refine((value) => !parseWith(schema, value).success, "Must not match the schema");
  return withJsonSchema(unmatched, (json, part) => {
    json.not = part(schema, "not");
  });
}`,
    conditional: `/** JSON Schema \`if\`/\`then\`/\`else\`: the branch chosen by \`when\` must accept the value. */
function conditional(
  when: z.core.SomeType,
  then: z.core.SomeType | undefined,
  otherwise: z.core.SomeType | undefined,
) {
  const chosen = z.unknown().check((ctx) => {
    const branch = parseWith(when, ctx.value).success ? then : otherwise;
    const result = branch && parseWith(branch, ctx.value);
    if (result && !result.success) ctx.issues.push(...rebaseIssues(result.error.issues, ctx.value));
  });
  return withJsonSchema(chosen, (json, part) => {
    json.if = part(when, "if");
    if (then) json.then = part(then, "then");
    if (otherwise) json.else = part(otherwise, "else");
  });
}`,
    sameKeywords: `/** \`extended\` (\`.extend\` of \`variant\`, a new object) with the keywords \`variant\` has for z.toJSONSchema. */
function sameKeywords<T extends z.core.SomeType>(variant: z.core.SomeType, extended: T): T {
  const keywords = z.globalRegistry.get(variant as z.core.$ZodType);
  if (keywords) z.globalRegistry.add(extended as z.core.SomeType as z.core.$ZodType, keywords);
  return extended;
}`,
    withTag: `/**
 * A tagged union's variant whose own schema leaves the tag optional or wider: the variant with the tag
 * narrowed (\`.extend\`), typed as types.ts writes it, \`Variant & { tag: "a" }\`.
 */
function withTag<A extends z.ZodObject, B extends z.core.$ZodLooseShape>(variant: A, tag: B) {
  return sameKeywords(variant, variant.extend(tag)) as unknown as z.ZodType<
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
  return sameKeywords(
    variant,
    (variant as unknown as z.ZodObject).extend(tag),
  ) as unknown as z.ZodType<T & z.output<z.ZodObject<B>>, unknown> & {
    _zod: { propValues: z.core.util.PropValues };
  };
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
const structuralRequires = {
    describe: ['meta'],
    integer: ['meta', 'isInteger'],
    formatted: ['meta'],
    openObject: ['meta'],
    ownPropertiesOnly: ['withJsonSchema'],
    undeclared: ['withJsonSchema'],
    objectKeys: ['parseWith', 'rebaseIssues', 'withJsonSchema'],
    withOwnProto: ['objectKeys', 'parseWith', 'rebaseIssues', 'withJsonSchema'],
    allOf: ['withJsonSchema'],
    itemRules: ['uniqueItems', 'parseWith', 'withJsonSchema'],
    not: ['parseWith', 'withJsonSchema'],
    conditional: ['parseWith', 'rebaseIssues', 'withJsonSchema'],
    unevaluated: ['parseWith', 'rebaseIssues', 'withJsonSchema'],
    withTag: ['sameKeywords'],
    recursiveWithTag: ['sameKeywords'],
};
/** Every helper, in the fixed order a file declares them, with the helpers each one calls. */
const allHelpers = new Map([
    ...Object.entries(helperSource).map(([name, source]) => [
        name,
        { source, requires: structuralRequires[name] ?? [] },
    ]),
    ...formatHelpers,
    ...numberHelpers,
    ...mappingHelpers,
]);
/** The names of every helper zod.ts may declare. */
export const helperNames = [...allHelpers.keys()];
/**
 * The helpers' source in a fixed order (output must not depend on the order they were first needed),
 * each only when used or called by one used, so the file compiles under `noUnusedLocals`.
 */
export function helperDeclarations(used) {
    const all = new Set();
    const add = (name) => {
        if (all.has(name))
            return;
        const helper = allHelpers.get(name);
        if (!helper)
            throw new Error(`internal error: no helper ${name}`);
        all.add(name);
        helper.requires.forEach(add);
    };
    used.forEach(add);
    return [...allHelpers].filter(([name]) => all.has(name)).map(([, helper]) => helper.source);
}
//# sourceMappingURL=helpers.js.map