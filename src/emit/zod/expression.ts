import {
  assertNever,
  typeNameResolver,
  integerRange,
  isIntegerKind,
  wirePattern,
  type Definition,
  type Model,
  type NodeOf,
  type Property,
  type TypeNode,
} from '../../model/index.js';
import { inheritedMemberNames, tsLiteral, tsPropertyKey, tsStringLiteral } from '../escape.js';
import type { HelperName } from './helpers.js';

export interface ZodContext {
  schemaNameOf: (definitionName: string) => string;
  definitionOf: (definitionName: string) => Definition | undefined;
  /** Definitions whose constant is already declared; a ref to any other is a back edge and goes through `z.lazy`. */
  declared: Set<string>;
  /** Helpers the file must declare (see helpers.ts). */
  helpers: Set<HelperName>;
}

export function zodContext(model: Model): ZodContext {
  const definitions = new Map(model.definitions.map((d) => [d.name, d]));
  return {
    schemaNameOf: schemaNameResolver(model),
    definitionOf: (name) => definitions.get(name),
    declared: new Set(),
    helpers: new Set(),
  };
}

/** `<TypeName>Schema`: the Zod constant beside each type of the same name. */
export function schemaNameResolver(model: Model): (name: string) => string {
  const typeNameOf = typeNameResolver(model);
  return (name) => `${typeNameOf(name)}Schema`;
}

/**
 * Formats the validator checks, with the meaning JSON Schema validators (Ajv's formats) give them:
 * RFC 3339 dates and times (offsets such as `+02:00` accepted, a real calendar day), any-version UUIDs,
 * URIs with a scheme, base64. Other formats are annotations only (kept in JSON Schema and JSDoc).
 */
const formatChecks: Record<string, { check: string; helper?: HelperName }> = {
  'date-time': { check: '.refine(isDateTime, { message: "Invalid RFC 3339 date-time" })', helper: 'isDateTime' },
  date: { check: '.refine(isDate, { message: "Invalid RFC 3339 date" })', helper: 'isDate' },
  time: { check: '.refine(isTime, { message: "Invalid RFC 3339 time" })', helper: 'isTime' },
  uuid: { check: '.regex(/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i)' },
  uri: { check: '.regex(/^[a-z][a-z0-9+.-]*:[^\\s]*$/i)' },
  email: { check: '.email()' },
  byte: { check: '.regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/)' },
};

export function zodExpression(node: TypeNode, ctx: ZodContext): string {
  switch (node.kind) {
    case 'string': {
      let s = 'z.string()';
      const format = node.format !== undefined && Object.hasOwn(formatChecks, node.format) ? formatChecks[node.format]! : undefined;
      if (format?.helper) ctx.helpers.add(format.helper);
      const c = node.checks ?? {};
      // JSON Schema counts characters (code points); Zod's .min/.max count UTF-16 units, so an emoji is 2.
      if (c.minLength !== undefined) s += `.refine((text) => [...text].length >= ${c.minLength}, { message: "Too short" })`;
      if (c.maxLength !== undefined) s += `.refine((text) => [...text].length <= ${c.maxLength}, { message: "Too long" })`;
      if (c.pattern !== undefined) s += `.regex(new RegExp(${tsStringLiteral(c.pattern)}, "u"))`;
      return s + (format?.check ?? '');
    }
    case 'number': {
      if (node.wire === 'string') return stringNumberExpression(node);
      let s = 'z.number()';
      const c = node.checks ?? {};
      if (c.minimum !== undefined) s += `.gte(${c.minimum})`;
      if (c.maximum !== undefined) s += `.lte(${c.maximum})`;
      if (c.exclusiveMinimum !== undefined) s += `.gt(${c.exclusiveMinimum})`;
      if (c.exclusiveMaximum !== undefined) s += `.lt(${c.exclusiveMaximum})`;
      if (c.multipleOf !== undefined) s += `.multipleOf(${c.multipleOf})`;
      // int32 is a range as well as a word: Ajv's formats check it, so the validator does too.
      const range = integerRange(node.numberKind) ?? (node.format === 'int32' ? integerRange('int32') : undefined);
      if (range) s += `.gte(${range.min}).lte(${range.max})`;
      // int32/int64 formats on a `number` are integers too (Ajv's formats say so).
      if (isIntegerKind(node.numberKind) || node.format === 'int32' || node.format === 'int64')
        s += '.refine(Number.isInteger, { message: "Expected an integer" })';
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
      return s + uniqueCheck(node.checks?.uniqueItems, ctx) + containsCheck(node.checks?.contains, ctx);
    }
    case 'tuple': {
      const elements = node.elements.map((e) => `${zodExpression(e.type, ctx)}${e.optional ? '.optional()' : ''}`).join(', ');
      let s = node.rest ? `z.tuple([${elements}], ${zodExpression(node.rest, ctx)})` : `z.tuple([${elements}])`;
      const { minItems, maxItems } = node.checks ?? {};
      if (minItems !== undefined) s += `.refine((items) => items.length >= ${minItems}, { message: "Too few items" })`;
      if (maxItems !== undefined) s += `.refine((items) => items.length <= ${maxItems}, { message: "Too many items" })`;
      return s + uniqueCheck(node.checks?.uniqueItems, ctx) + containsCheck(node.checks?.contains, ctx);
    }
    case 'nullable':
      return `${zodExpression(node.inner, ctx)}.nullable()`;
    case 'union':
      if (node.variants.length === 0) return 'z.never()';
      if (node.variants.length === 1) return zodExpression(node.variants[0]!, ctx);
      // z.xor: exactly one variant may match, as JSON Schema's oneOf says.
      return `z.${node.exclusive ? 'xor' : 'union'}([${node.variants.map((v) => zodExpression(v, ctx)).join(', ')}])`;
    case 'taggedUnion':
      return taggedUnionExpression(node, ctx);
    case 'intersection':
      if (node.members.length === 0) return 'z.unknown()';
      if (node.members.length === 1) return zodExpression(node.members[0]!, ctx);
      ctx.helpers.add('allOf');
      return node.members.map((m) => zodExpression(m, ctx)).reduce((left, right) => `allOf(${left}, ${right})`);
    case 'not':
      ctx.helpers.add('not');
      return `not(${zodExpression(node.inner, ctx)})`;
    case 'conditional':
      ctx.helpers.add('conditional');
      return `conditional(${zodExpression(node.if, ctx)}, ${node.then ? zodExpression(node.then, ctx) : 'undefined'}, ${node.else ? zodExpression(node.else, ctx) : 'undefined'})`;
    case 'ref': {
      const name = ctx.schemaNameOf(node.target);
      return ctx.declared.has(node.target) ? name : `z.lazy(() => ${name})`;
    }
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

/** int64, decimal and friends: a string whose exact shape (range, digits) one pattern states. */
function stringNumberExpression(node: NodeOf<'number'>): string {
  return `z.string().regex(new RegExp(${tsStringLiteral(wirePattern(node.numberKind, node.precision, node.scale))}))`;
}

function containsCheck(contains: NonNullable<NodeOf<'array'>['checks']>['contains'], ctx: ZodContext): string {
  if (!contains) return '';
  ctx.helpers.add('contains');
  const max = contains.max === undefined ? 'Infinity' : String(contains.max);
  return `.refine(containsCount(${zodExpression(contains.type, ctx)}, ${contains.min ?? 1}, ${max}), { message: "Wrong number of matching items" })`;
}

function uniqueCheck(unique: boolean | undefined, ctx: ZodContext): string {
  if (!unique) return '';
  ctx.helpers.add('uniqueItems');
  return '.refine(uniqueItems, { message: "Items must be unique" })';
}

/**
 * `z.discriminatedUnion` when every variant is a plain object definition whose tag property is required
 * and literal, and no tag value selects two variants (Zod needs both to pick one branch, and throws on
 * an overlap); otherwise `z.xor` for oneOf's "exactly one", or `z.union` for anyOf.
 */
function taggedUnionExpression(node: NodeOf<'taggedUnion'>, ctx: ZodContext): string {
  if (node.variants.length === 0) return 'z.never()';
  const variants = node.variants.map((v) => zodExpression(v.type, ctx));
  if (variants.length === 1) return variants[0]!;
  const seen = new Set<string>();
  const discriminable = node.variants.every((v) => {
    const target = v.type.kind === 'ref' ? ctx.definitionOf(v.type.target) : undefined;
    if (!target || target.recursive || !ctx.declared.has(target.name) || target.type.kind !== 'object') return false;
    if (target.type.properties.some((p) => inheritedMemberNames.has(p.name)) || target.type.patternProperties?.length || target.type.checks)
      return false;
    const tag = target.type.properties.find((p) => p.name === node.property);
    if (!tag || !tag.required) return false;
    const values =
      tag.type.kind === 'literal' ? [tag.type.value] : tag.type.kind === 'enum' ? tag.type.members.map((m) => m.value) : undefined;
    if (!values || values.length === 0) return false;
    return values.every((value) => {
      const key = JSON.stringify(value);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
  if (discriminable) return `z.discriminatedUnion(${tsStringLiteral(node.property)}, [${variants.join(', ')}])`;
  return `z.${node.exclusive === false ? 'union' : 'xor'}([${variants.join(', ')}])`;
}

function objectExpression(node: NodeOf<'object'>, ctx: ZodContext): string {
  const protoKey = node.properties.find((p) => p.name === '__proto__');
  const entries = node.properties.filter((p) => p !== protoKey).map((p) => `${tsPropertyKey(p.name)}: ${propertyExpression(p, ctx)}`);
  const shape = entries.length === 0 ? '{}' : `{\n${entries.join(',\n')},\n}`;
  const { additional } = node;
  const patterns = node.patternProperties ?? [];
  const checks = node.checks ?? {};
  // catchall skips an undeclared `__proto__`, so objects with a schema for extra keys check them raw too.
  const keyChecks = patterns.length > 0 || protoKey !== undefined || Object.keys(checks).length > 0 || additional.mode === 'schema';
  let s: string;
  if (!keyChecks) {
    if (additional.mode === 'forbid') s = `z.strictObject(${shape})`;
    else s = additional.explicit || node.properties.length === 0 ? `z.looseObject(${shape})` : `z.object(${shape})`;
  } else if (additional.mode === 'schema') {
    s = `z.object(${shape}).catchall(${catchallExpression(node, additional.type, ctx)})`;
  } else if (patterns.length > 0 || (additional.mode === 'allow' && (additional.explicit || node.properties.length === 0))) {
    s = `z.looseObject(${shape})`;
  } else {
    // Closed, or open by default: extra keys are judged by objectKeys on the raw input.
    s = `z.object(${shape})`;
  }
  if (node.properties.some((p) => inheritedMemberNames.has(p.name))) {
    // Zod reads `input[key]`, so an absent `constructor` would be seen as the inherited function.
    ctx.helpers.add('ownPropertiesOnly');
    s = `z.preprocess(ownPropertiesOnly, ${s})`;
  }
  if (!keyChecks) return s;
  ctx.helpers.add('objectKeys');
  const rules: string[] = [`named: [${node.properties.map((p) => tsStringLiteral(p.name)).join(', ')}]`];
  if (patterns.length > 0)
    rules.push(
      `patterns: [${patterns.map((p) => `[new RegExp(${tsStringLiteral(p.pattern)}, "u"), ${zodExpression(p.type, ctx)}]`).join(', ')}]`,
    );
  if (additional.mode === 'forbid') rules.push('rest: false');
  else if (additional.mode === 'schema') rules.push(`rest: ${zodExpression(additional.type, ctx)}`);
  if (checks.minProperties !== undefined) rules.push(`min: ${checks.minProperties}`);
  if (checks.maxProperties !== undefined) rules.push(`max: ${checks.maxProperties}`);
  if (checks.dependentRequired?.length) {
    rules.push(
      `dependent: [${checks.dependentRequired.map((d) => `[${tsStringLiteral(d.property)}, [${d.requires.map(tsStringLiteral).join(', ')}]]`).join(', ')}]`,
    );
  }
  if (checks.propertyNames) rules.push(`names: ${zodExpression(checks.propertyNames, ctx)}`);
  if (protoKey) rules.push(`own: [["__proto__", ${zodExpression(protoKey.type, ctx)}, ${protoKey.required}]]`);
  return `objectKeys({ ${rules.join(', ')} }).pipe(${s})`;
}

/**
 * TypeScript requires an index signature to cover the named properties too (`[key: string]: S | P |
 * undefined`), and the type proof compares Zod's inferred type with it, so the catchall names the same
 * union. It only types: objectKeys has already checked every extra key against S alone.
 */
function catchallExpression(node: NodeOf<'object'>, rest: TypeNode, ctx: ZodContext): string {
  if (node.properties.length === 0) return zodExpression(rest, ctx);
  const members = new Set([zodExpression(rest, ctx)]);
  for (const p of node.properties) {
    members.add(zodExpression(p.type, ctx));
    if (!p.required) members.add('z.undefined()');
  }
  return members.size === 1 ? [...members][0]! : `z.union([${[...members].join(', ')}])`;
}

function propertyExpression(p: Property, ctx: ZodContext): string {
  const s = zodExpression(p.type, ctx);
  return p.required ? s : `${s}.exactOptional()`;
}
