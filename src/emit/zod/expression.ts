import { assertNever, type Model, type NodeOf, type Property, type TypeNode } from '../../model/index.js';
import { inheritedMemberNames, tsLiteral, tsPropertyKey, tsStringLiteral } from '../escape.js';

export interface ZodContext {
  schemaNameOf: (definitionName: string) => string;
  /** Set when an object has a property named like an `Object.prototype` member: the file declares the helpers once. */
  usesOwnKeyHelpers: boolean;
}


export function schemaNameResolver(model: Model): (name: string) => string {
  const names = new Map(model.definitions.map((d) => [d.name, `${d.typeName}Schema`]));
  return (name) => {
    const schemaName = names.get(name);
    if (!schemaName || schemaName === 'undefinedSchema') throw new Error(`no schema name for definition ${JSON.stringify(name)}`);
    return schemaName;
  };
}

/** Formats Zod checks natively; the rest are annotations (kept in JSON Schema and JSDoc). */
const formatBuilders: Record<string, string> = {
  'date-time': 'z.iso.datetime({ offset: true })',
  date: 'z.iso.date()',
  uuid: 'z.guid()',
  email: 'z.email()',
};

export function zodExpression(node: TypeNode, ctx: ZodContext): string {
  switch (node.kind) {
    case 'string': {
      let s = (node.format && formatBuilders[node.format]) || 'z.string()';
      const c = node.checks ?? {};
      if (c.minLength !== undefined) s += `.min(${c.minLength})`;
      if (c.maxLength !== undefined) s += `.max(${c.maxLength})`;
      if (c.pattern !== undefined) s += `.regex(new RegExp(${tsStringLiteral(c.pattern)}, "u"))`;
      return s;
    }
    case 'number': {
      let s = 'z.number()';
      const c = node.checks ?? {};
      if (c.minimum !== undefined) s += `.gte(${c.minimum})`;
      if (c.maximum !== undefined) s += `.lte(${c.maximum})`;
      if (c.exclusiveMinimum !== undefined) s += `.gt(${c.exclusiveMinimum})`;
      if (c.exclusiveMaximum !== undefined) s += `.lt(${c.exclusiveMaximum})`;
      if (c.multipleOf !== undefined) s += `.multipleOf(${c.multipleOf})`;
      if (node.numberKind === 'integer') s += '.refine(Number.isInteger, { message: "Expected an integer" })';
      return s;
    }
    case 'boolean':
      return 'z.boolean()';
    case 'null':
      return 'z.null()';
    case 'any':
      return 'z.unknown()';
    case 'never':
      return 'z.never()';
    case 'literal':
      return node.value === null ? 'z.null()' : `z.literal(${tsLiteral(node.value)})`;
    case 'enum':
      return enumExpression(node);
    case 'object':
      return objectExpression(node, ctx);
    case 'array': {
      let s = `z.array(${zodExpression(node.items, ctx)})`;
      if (node.checks?.minItems !== undefined) s += `.min(${node.checks.minItems})`;
      if (node.checks?.maxItems !== undefined) s += `.max(${node.checks.maxItems})`;
      return s;
    }
    case 'nullable':
      return `${zodExpression(node.inner, ctx)}.nullable()`;
    case 'union':
      if (node.variants.length === 0) return 'z.never()';
      if (node.variants.length === 1) return zodExpression(node.variants[0]!, ctx);
      return `z.union([${node.variants.map((v) => zodExpression(v, ctx)).join(', ')}])`;
    case 'ref':
      return ctx.schemaNameOf(node.target);
    default:
      return assertNever(node);
  }
}

/** `z.enum` only for string members; numbers, booleans and null stay literals (never stringified). */
function enumExpression(node: NodeOf<'enum'>): string {
  const values = node.members.map((m) => m.value);
  if (values.length === 0) return 'z.never()';
  if (values.every((v) => typeof v === 'string')) return `z.enum([${values.map((v) => tsLiteral(v)).join(', ')}])`;
  const literals = values.map((v) => (v === null ? 'z.null()' : `z.literal(${tsLiteral(v)})`));
  return literals.length === 1 ? literals[0]! : `z.union([${literals.join(', ')}])`;
}

function objectExpression(node: NodeOf<'object'>, ctx: ZodContext): string {
  const protoKey = node.properties.find((p) => p.name === '__proto__');
  const entries = node.properties.filter((p) => p !== protoKey).map((p) => `${tsPropertyKey(p.name)}: ${propertyExpression(p, ctx)}`);
  const shape = entries.length === 0 ? '{}' : `{\n${entries.join(',\n')},\n}`;
  const { additional } = node;
  let s: string;
  if (additional.mode === 'forbid') s = `z.strictObject(${shape})`;
  else if (additional.mode === 'schema') s = `z.object(${shape}).catchall(${zodExpression(additional.type, ctx)})`;
  else s = additional.explicit ? `z.looseObject(${shape})` : `z.object(${shape})`;
  if (!node.properties.some((p) => inheritedMemberNames.has(p.name))) return s;
  // Zod reads `input[key]`, so an absent `constructor` would be seen as the inherited function.
  ctx.usesOwnKeyHelpers = true;
  s = `z.preprocess(ownPropertiesOnly, ${s})`;
  if (!protoKey) return s;
  return `ownKeyCheck("__proto__", ${zodExpression(protoKey.type, ctx)}, ${protoKey.required}).pipe(${s})`;
}

function propertyExpression(p: Property, ctx: ZodContext): string {
  const s = zodExpression(p.type, ctx);
  return p.required ? s : `${s}.exactOptional()`;
}

/**
 * Declared once in a file that needs them: plain code that never evaluates spec text.
 * `ownPropertiesOnly` hides inherited members from Zod; `ownKeyCheck` validates the one key a Zod shape
 * cannot hold (`__proto__`) on the raw input.
 */
export const ownKeyHelpers = `/** A null-prototype copy of an object's own keys, so inherited members (\`constructor\`) do not read as present. */
function ownPropertiesOnly(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.assign(Object.create(null) as object, value);
}

/** Checks an own key of the raw input that a Zod object shape cannot hold (\`__proto__\`). */
function ownKeyCheck(key: string, schema: z.ZodType, required: boolean) {
  return z.unknown().check((ctx) => {
    const value = ctx.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    if (!Object.hasOwn(value, key)) {
      if (required) ctx.issues.push({ code: "custom", message: \`Missing required key \${JSON.stringify(key)}\`, input: value, path: [key] });
      return;
    }
    const result = schema.safeParse((value as Record<string, unknown>)[key]);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: value, path: [key, ...issue.path] } as never);
    }
  });
}`;
