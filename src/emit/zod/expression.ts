import {
  assertNever,
  typeNameResolver,
  type Definition,
  type Model,
  type NodeOf,
  type Property,
  type TypeNode,
} from '../../model/index.js';
import { inheritedMemberNames } from '../escape.js';
import { validatorName } from '../targets.js';
import { array, arrow, call, id, method, num, object, raw, sourceText, str, type Expr, type ObjectProperty } from '../../layout/js.js';
import { builderCall, type BuilderName } from './builders.js';
import { formattedString, hasFormatCheck } from './formats.js';
import type { HelperName } from './helpers.js';
import { numberExpression } from './numbers.js';
import { mappedExpression, type MappedName } from './mappings.js';
import { pattern, refine } from './refine.js';
import { taggedUnionExpression } from './tagged-union.js';
import { unevaluatedExpression } from './unevaluated.js';
import {
  docKeywords,
  formatKeywords,
  jsonExpression,
  nodeKeywords,
  refinementKeywords,
  shareable,
  withKeywords,
  type Keywords,
} from './json-schema.js';

export interface ZodContext {
  schemaNameOf: (definitionName: string) => string;
  definitionOf: (definitionName: string) => Definition | undefined;
  /** Definitions whose constant is already declared; a ref to any other is a back edge and goes through `z.lazy`. */
  declared: Set<string>;
  /** Helpers the file must declare (see helpers.ts). */
  helpers: Set<HelperName>;
  /** Zod builders the file calls, each through a function it declares (see builders.ts). */
  builders: Set<BuilderName>;
  /** Each property's documentation object by its JSON text, with a setter for each place that holds it (see shareKeywordObjects). */
  keywordObjects: Map<string, { name: string; keywords: Keywords; uses: ((e: Expr) => void)[] }>;
  /**
   * Set while a definition's own object is built: its properties' docs go here instead of into their
   * validators, for one `describe(…)` statement after the declaration (see emit-zod.ts).
   */
  liftedDocs?: ObjectProperty[] | undefined;
  /** The local name of a user's export that a custom type mapping names (zod.ts imports it). */
  mappedName?: MappedName;
  /** Request views whose z.input is a mapped value's wire form, not their type in types.ts (see emit-zod.ts). */
  wireInput?: ReadonlySet<string>;
  /** A number for each distinct `unevaluated(…)` call by its text, which copies of it share (see unevaluated.ts). */
  unevaluatedKeys: Map<string, number>;
  /**
   * Set while a definition is built: the plan branches declared as constants before it, by their text
   * and by node (named after the definition, `…Branch1Schema`, unique in the file: `taken`; see
   * unevaluated.ts).
   */
  branches?:
    | {
        prefix: string;
        names: Map<string, string>;
        byNode: Map<TypeNode, string>;
        declared: { name: string; expression: Expr }[];
        taken: Set<string>;
      }
    | undefined;
}

export function zodContext(model: Model): ZodContext {
  const definitions = new Map(model.definitions.map((d) => [d.name, d]));
  return {
    schemaNameOf: schemaNameResolver(model),
    definitionOf: (name) => definitions.get(name),
    declared: new Set(),
    helpers: new Set(),
    builders: new Set(),
    keywordObjects: new Map(),
    unevaluatedKeys: new Map(),
  };
}

/** `<TypeName>Schema`: the Zod constant beside each type of the same name. */
export function schemaNameResolver(model: Model): (name: string) => string {
  const typeNameOf = typeNameResolver(model);
  return (name) => validatorName(typeNameOf(name));
}

/** `<name>(...args)`: Zod's builder `z.<name>`, through the function of that name zod.ts declares. */
export const z = (ctx: ZodContext, name: BuilderName, ...args: Expr[]): Expr => builderCall(ctx.builders, name, ...args);

/** A JSON primitive as a literal expression. */
function literal(value: string | number | boolean | null): Expr {
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  return id(String(value));
}

/**
 * The validator of a node, carrying for `z.toJSONSchema` what Zod cannot read from it (see
 * json-schema.ts), with `annotations` (a definition's or property's docs) besides.
 */
export function zodExpression(node: TypeNode, ctx: ZodContext, annotations: Keywords = {}, property?: string): Expr {
  // A plan branch declared before the definition is named wherever the node is written as it is.
  const declared = property === undefined && Object.keys(annotations).length === 0 ? ctx.branches?.byNode.get(node) : undefined;
  if (declared !== undefined) return id(declared);
  const keywords =
    node.kind === 'string' && !hasFormatCheck(node.format) ? { ...formatKeywords(node), ...nodeKeywords(node) } : nodeKeywords(node);
  return withKeywords(structure(node, ctx), { ...keywords, ...annotations }, ctx, property);
}

function structure(node: TypeNode, ctx: ZodContext): Expr {
  switch (node.kind) {
    case 'string': {
      // A format with a check is `formatted(…)`, which carries the format for z.toJSONSchema itself.
      let s = formattedString(node.format, refinementKeywords(node), (helper) => ctx.helpers.add(helper)) ?? z(ctx, 'string');
      const c = node.checks ?? {};
      // JSON Schema counts characters (code points); Zod's .min/.max count UTF-16 units, so an emoji is 2.
      // A named check rather than an arrow at each site: tsc instantiates `.refine` once per distinct
      // function type, so thousands of arrows cost it several times what one helper's type does.
      if (c.minLength !== undefined) {
        ctx.helpers.add('minLength');
        s = refine(s, call(id('minLength'), num(c.minLength)), 'Too short');
      }
      if (c.maxLength !== undefined) {
        ctx.helpers.add('maxLength');
        s = refine(s, call(id('maxLength'), num(c.maxLength)), 'Too long');
      }
      if (c.pattern !== undefined) s = method(s, 'regex', pattern(ctx.helpers, c.pattern));
      return node.mapped ? mappedExpression(node, s, ctx) : s;
    }
    case 'number':
      return node.mapped ? mappedExpression(node, numberExpression(node, ctx), ctx) : numberExpression(node, ctx);
    case 'boolean':
      return z(ctx, 'boolean');
    case 'null':
      return z(ctx, 'null');
    case 'any':
      return z(ctx, 'unknown');
    case 'never':
      return z(ctx, 'never');
    case 'literal':
      return node.value === null ? z(ctx, 'null') : z(ctx, 'literal', literal(node.value));
    case 'enum':
      return enumExpression(node, ctx);
    case 'object':
      return objectExpression(node, ctx);
    case 'array': {
      let s = z(ctx, 'array', zodExpression(node.items, ctx));
      if (node.checks?.minItems !== undefined) s = method(s, 'min', num(node.checks.minItems));
      if (node.checks?.maxItems !== undefined) s = method(s, 'max', num(node.checks.maxItems));
      return itemRules(s, node.checks, ctx);
    }
    case 'tuple': {
      const elements = array(
        node.elements.map((e) => (e.optional ? method(zodExpression(e.type, ctx), 'optional') : zodExpression(e.type, ctx))),
      );
      // `z.tuple([])` is an overload of its own in Zod's types; a tuple that rare calls `z` itself.
      let s =
        node.elements.length === 0
          ? method(id('z'), 'tuple', ...(node.rest ? [elements, zodExpression(node.rest, ctx)] : [elements]))
          : node.rest
            ? z(ctx, 'tupleWithRest', elements, zodExpression(node.rest, ctx))
            : z(ctx, 'tuple', elements);
      const { minItems, maxItems } = node.checks ?? {};
      if (minItems !== undefined) s = refine(s, arrow(['items'], raw(`items.length >= ${minItems}`)), 'Too few items');
      if (maxItems !== undefined) s = refine(s, arrow(['items'], raw(`items.length <= ${maxItems}`)), 'Too many items');
      return itemRules(s, node.checks, ctx);
    }
    case 'nullable':
      return method(zodExpression(node.inner, ctx), 'nullable');
    case 'union':
      if (node.variants.length === 0) return z(ctx, 'never');
      if (node.variants.length === 1) return zodExpression(node.variants[0]!, ctx);
      // z.xor: exactly one variant may match, as JSON Schema's oneOf says.
      return z(ctx, node.exclusive ? 'xor' : 'union', array(node.variants.map((v) => zodExpression(v, ctx))));
    case 'taggedUnion':
      return taggedUnionExpression(node, ctx);
    case 'intersection':
      if (node.members.length === 0) return z(ctx, 'unknown');
      if (node.members.length === 1) return zodExpression(node.members[0]!, ctx);
      ctx.helpers.add('allOf');
      return node.members.map((m) => zodExpression(m, ctx)).reduce((left, right) => call(id('allOf'), left, right));
    case 'not':
      ctx.helpers.add('not');
      return call(id('not'), zodExpression(node.inner, ctx));
    case 'conditional':
      ctx.helpers.add('conditional');
      return call(
        id('conditional'),
        zodExpression(node.if, ctx),
        node.then ? zodExpression(node.then, ctx) : id('undefined'),
        node.else ? zodExpression(node.else, ctx) : id('undefined'),
      );
    case 'unevaluated':
      return unevaluatedExpression(node, ctx, zodExpression);
    case 'ref': {
      const name = ctx.schemaNameOf(node.target);
      return ctx.declared.has(node.target) ? id(name) : z(ctx, 'lazy', arrow([], id(name)));
    }
    default:
      return assertNever(node);
  }
}

/** `z.enum` only for string members; numbers, booleans and null stay literals (never stringified). */
function enumExpression(node: NodeOf<'enum'>, ctx: ZodContext): Expr {
  const values = node.members.map((m) => m.value);
  if (values.length === 0) return z(ctx, 'never');
  if (values.every((v) => typeof v === 'string')) return z(ctx, 'enum', array(values.map(literal)));
  const literals = values.map((v) => (v === null ? z(ctx, 'null') : z(ctx, 'literal', literal(v))));
  return literals.length === 1 ? literals[0]! : z(ctx, 'union', array(literals));
}

/**
 * `itemRules(items, { unique: true, contains: [schema, min, max] })`: uniqueItems and contains, judged on
 * the items as received (a parsed open object has lost its undeclared keys).
 */
function itemRules(
  s: Expr,
  checks: { uniqueItems?: boolean; contains?: NonNullable<NodeOf<'array'>['checks']>['contains'] } | undefined,
  ctx: ZodContext,
): Expr {
  const { uniqueItems, contains } = checks ?? {};
  if (!uniqueItems && !contains) return s;
  ctx.helpers.add('itemRules');
  const rules: ObjectProperty[] = [];
  if (uniqueItems) rules.push({ key: 'unique', value: id('true') });
  if (contains) {
    const max = contains.max === undefined ? id('Infinity') : num(contains.max);
    rules.push({ key: 'contains', value: array([zodExpression(contains.type, ctx), num(contains.min ?? 1), max]) });
  }
  return call(id('itemRules'), s, object(rules));
}

function objectExpression(node: NodeOf<'object'>, ctx: ZodContext): Expr {
  const lifted = ctx.liftedDocs;
  ctx.liftedDocs = undefined; // the definition's own object only, not the objects inside it
  const protoKey = node.properties.find((p) => p.name === '__proto__');
  const { additional } = node;
  const patterns = node.patternProperties ?? [];
  const checks = node.checks ?? {};
  // catchall skips an undeclared `__proto__`, so objects with a schema for extra keys check them raw too.
  const keyChecks = patterns.length > 0 || protoKey !== undefined || Object.keys(checks).length > 0 || additional.mode === 'schema';
  // Docs are registered on the shape's schemas after the declaration only when the constant is the Zod object itself.
  const plain = !keyChecks && !node.properties.some((p) => p.undeclared || inheritedMemberNames.has(p.name));
  const entries: ObjectProperty[] = node.properties
    .filter((p) => p !== protoKey)
    .map((p) => ({ key: p.name, value: propertyExpression(p, ctx, plain ? lifted : undefined) }));
  const shape = object(entries, true);
  let s: Expr;
  // Open by default: Zod writes a `z.object` (which accepts unknown keys and strips them) as closed
  // when it describes output; `openObject` has z.toJSONSchema say nothing of other keys, as the document does.
  const openObject = () => {
    ctx.helpers.add('openObject');
    return call(id('openObject'), shape);
  };
  if (!keyChecks) {
    if (additional.mode === 'forbid') s = z(ctx, 'strictObject', shape);
    else s = additional.explicit || node.properties.length === 0 ? z(ctx, 'looseObject', shape) : openObject();
  } else if (additional.mode === 'schema') {
    s = method(z(ctx, 'object', shape), 'catchall', catchallExpression(node, additional.type, ctx));
  } else if (patterns.length > 0 || (additional.mode === 'allow' && (additional.explicit || node.properties.length === 0))) {
    s = z(ctx, 'looseObject', shape);
  } else {
    // Closed, or open by default: extra keys are judged by objectKeys on the raw input.
    s = additional.mode === 'allow' ? openObject() : z(ctx, 'object', shape);
  }
  const undeclared = node.properties.filter((p) => p.undeclared && p !== protoKey).map((p) => str(p.name));
  if (undeclared.length > 0) {
    ctx.helpers.add('undeclared');
    s = call(id('undeclared'), s, array(undeclared));
  }
  if (node.properties.some((p) => inheritedMemberNames.has(p.name))) {
    // Zod reads `input[key]`, so an absent `constructor` would be seen as the inherited function.
    ctx.helpers.add('ownPropertiesOnly');
    s = call(id('ownProperties'), s);
  }
  if (!keyChecks) return s;
  ctx.helpers.add('objectKeys');
  // A required name no schema declares is judged at run time as any other extra key (by the patterns it
  // matches, else by additionalProperties): its shape entry only makes it present.
  const named = node.properties.filter((p) => !p.undeclared).map((p) => str(p.name));
  const rules: ObjectProperty[] = [{ key: 'named', value: array(named) }];
  if (patterns.length > 0)
    rules.push({
      key: 'patterns',
      value: array(patterns.map((p) => array([pattern(ctx.helpers, p.pattern), zodExpression(p.type, ctx)]))),
    });
  if (additional.mode === 'forbid') rules.push({ key: 'rest', value: id('false') });
  else if (additional.mode === 'schema') rules.push({ key: 'rest', value: zodExpression(additional.type, ctx) });
  if (checks.minProperties !== undefined) rules.push({ key: 'min', value: num(checks.minProperties) });
  if (checks.maxProperties !== undefined) rules.push({ key: 'max', value: num(checks.maxProperties) });
  if (checks.dependentRequired?.length) {
    rules.push({
      key: 'dependent',
      value: array(checks.dependentRequired.map((d) => array([str(d.property), array(d.requires.map(str))]))),
    });
  }
  if (checks.dependentSchemas?.length) {
    rules.push({
      key: 'dependentSchemas',
      value: array(checks.dependentSchemas.map((d) => array([str(d.property), zodExpression(d.type, ctx)]))),
    });
  }
  if (checks.propertyNames) rules.push({ key: 'names', value: zodExpression(checks.propertyNames, ctx) });
  if (protoKey)
    rules.push({ key: 'own', value: array([array([str('__proto__'), zodExpression(protoKey.type, ctx), id(String(protoKey.required))])]) });
  const checked = call(id('objectKeys'), object(rules), s);
  if (!protoKey) return checked;
  ctx.helpers.add('withOwnProto');
  return call(id('withOwnProto'), checked);
}

/**
 * TypeScript requires an index signature to cover the named properties too (`[key: string]: S | P |
 * undefined`), and the type proof compares Zod's inferred type with it, so the catchall names the same
 * union. It only types: objectKeys has already checked every extra key against S alone.
 */
function catchallExpression(node: NodeOf<'object'>, rest: TypeNode, ctx: ZodContext): Expr {
  if (node.properties.length === 0) return zodExpression(rest, ctx);
  // Distinct members only, compared by their source text.
  const members = new Map<string, Expr>();
  const add = (e: Expr) => members.set(sourceText(e), e);
  add(zodExpression(rest, ctx));
  for (const p of node.properties) {
    add(zodExpression(p.type, ctx));
    if (!p.required) {
      // `_undefined()` tells z.toJSONSchema it matches nothing (JSON has no undefined); objectKeys says what extra keys may be.
      ctx.helpers.add('withJsonSchema');
      add(z(ctx, 'undefined'));
    }
  }
  return members.size === 1 ? [...members.values()][0]! : z(ctx, 'union', array([...members.values()]));
}

function propertyExpression(p: Property, ctx: ZodContext, lifted?: ObjectProperty[]): Expr {
  const docs = docKeywords(p.docs, p);
  if (lifted !== undefined && Object.keys(docs).length > 0) {
    const bare = zodExpression(p.type, ctx);
    // A required reference is the other constant itself in the shape: its docs stay here (withKeywords).
    if (!(p.required && bare.kind === 'id')) {
      const entry: ObjectProperty = { key: p.name, value: jsonExpression(docs) };
      lifted.push(entry);
      shareable(ctx, docs, p.name, (e) => (entry.value = e));
      return presence(p, bare);
    }
    return withKeywords(bare, docs, ctx, p.name);
  }
  const s = zodExpression(p.type, ctx, docs, p.name);
  return presence(p, s);
}

/**
 * Required as it is; optional `.exactOptional()` (the key may be absent, never `undefined`); in a
 * direction's view (passes/split-directions), a property with a default `.default(value)`, so that the
 * parsed value has it whether or not it was sent.
 */
function presence(p: Property, s: Expr): Expr {
  if (p.defaulted && p.docs.default) return method(s, 'default', jsonExpression(p.docs.default.value));
  return p.required ? s : method(s, 'exactOptional');
}
