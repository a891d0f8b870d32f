/**
 * `unevaluatedProperties`/`unevaluatedItems` in Zod. Zod has no annotations, so the keys and items a
 * schema evaluates (JSON Schema 2020-12 §11) are computed at run time from a plan: plain data written
 * beside the validator, following the model's structure as Ajv follows the same structure in
 * `schema.json` (named and pattern properties, additional keys the document gave a rule for, prefix and
 * declared items, matching `contains` items; every allOf member; the anyOf/oneOf variants and the
 * if/then/else branch the value matches; refs). Only validators with an `unevaluated` node get it.
 */
import type { NodeOf, TypeNode } from '../../model/index.js';
import { childNodes } from '../../model/walk.js';
import { array, id, num, object, str, call, sourceText, type Expr, type ObjectProperty } from '../../layout/js.js';
import type { ZodContext } from './expression.js';
import { pattern } from './refine.js';

interface Plan {
  keys: string[];
  patterns: string[];
  allKeys: boolean;
  prefix: number;
  allItems: boolean;
  contains: TypeNode[];
  all: Plan[];
  /** Applies when the value matches the node. */
  when: [TypeNode, Plan][];
  /** Applies when the value does not match the node (`else`). */
  unless: [TypeNode, Plan][];
  /** Applies when the object has the key (`dependentSchemas`). */
  present: [string, Plan][];
}

const emptyPlan = (): Plan => ({
  keys: [],
  patterns: [],
  allKeys: false,
  prefix: 0,
  allItems: false,
  contains: [],
  all: [],
  when: [],
  unless: [],
  present: [],
});

const isEmpty = (p: Plan): boolean =>
  p.keys.length === 0 &&
  p.patterns.length === 0 &&
  !p.allKeys &&
  p.prefix === 0 &&
  !p.allItems &&
  p.contains.length === 0 &&
  p.all.length === 0 &&
  p.when.length === 0 &&
  p.unless.length === 0 &&
  p.present.length === 0;

/** What a node evaluates at its own instance location; `seen` stops refs that come back in place. */
function planOf(node: TypeNode, ctx: ZodContext, seen: ReadonlySet<string>): Plan {
  const plan = emptyPlan();
  const branches = (variants: TypeNode[]) => {
    for (const variant of variants) {
      const sub = planOf(variant, ctx, seen);
      if (!isEmpty(sub)) plan.when.push([variant, sub]);
    }
  };
  switch (node.kind) {
    case 'object':
      plan.keys = node.properties.filter((p) => !p.undeclared).map((p) => p.name);
      plan.patterns = (node.patternProperties ?? []).map((p) => p.pattern);
      plan.allKeys = node.additional.mode !== 'allow' || node.additional.explicit;
      // A dependent schema applies (and evaluates) when its key is present.
      for (const d of node.checks?.dependentSchemas ?? []) {
        const sub = planOf(d.type, ctx, seen);
        if (!isEmpty(sub)) plan.present.push([d.property, sub]);
      }
      break;
    case 'array':
      plan.allItems = !node.implicitItems;
      if (node.checks?.contains) plan.contains.push(node.checks.contains.type);
      break;
    case 'tuple':
      plan.prefix = node.elements.length;
      plan.allItems = !node.implicitItems;
      if (node.checks?.contains) plan.contains.push(node.checks.contains.type);
      break;
    case 'nullable':
      return planOf(node.inner, ctx, seen);
    case 'union':
      branches(node.variants);
      break;
    case 'taggedUnion':
      branches(node.variants.map((v) => v.type));
      break;
    case 'intersection':
      plan.all = node.members.map((m) => planOf(m, ctx, seen)).filter((p) => !isEmpty(p));
      break;
    case 'conditional': {
      const then = planOf(node.if, ctx, seen);
      if (node.then) then.all.push(planOf(node.then, ctx, seen));
      if (!isEmpty(then)) plan.when.push([node.if, then]);
      const otherwise = node.else ? planOf(node.else, ctx, seen) : emptyPlan();
      if (!isEmpty(otherwise)) plan.unless.push([node.if, otherwise]);
      break;
    }
    case 'unevaluated': {
      // It succeeded (or the whole fails): it has evaluated everything its own rest rules cover, and
      // its inner plan matters only for the rest. (Kept whole, a plan would hold a copy of every inline
      // plan nested below it, each parsing its branches again: quadratic in the nesting.)
      const inner = uncovered(planOf(node.inner, ctx, seen), node.properties !== undefined, node.items !== undefined);
      if (!isEmpty(inner)) plan.all.push(inner);
      plan.allKeys = node.properties !== undefined;
      plan.allItems = node.items !== undefined;
      break;
    }
    case 'ref': {
      const target = ctx.definitionOf(node.target);
      if (!target || seen.has(node.target)) break;
      return planOf(target.type, ctx, new Set([...seen, node.target]));
    }
    default:
      break;
  }
  return plan;
}

/** `plan` without what evaluates keys (`keys`) or items (`items`): the parts a rest rule already covers. */
function uncovered(plan: Plan, keys: boolean, items: boolean): Plan {
  if (!keys && !items) return plan;
  const sub = (p: Plan) => uncovered(p, keys, items);
  const branches = (list: [TypeNode, Plan][]) => list.map(([n, p]): [TypeNode, Plan] => [n, sub(p)]).filter(([, p]) => !isEmpty(p));
  return {
    keys: keys ? [] : plan.keys,
    patterns: keys ? [] : plan.patterns,
    allKeys: keys ? false : plan.allKeys,
    prefix: items ? 0 : plan.prefix,
    allItems: items ? false : plan.allItems,
    contains: items ? [] : plan.contains,
    all: plan.all.map(sub).filter((p) => !isEmpty(p)),
    when: branches(plan.when),
    unless: branches(plan.unless),
    present: plan.present.map(([k, p]): [string, Plan] => [k, sub(p)]).filter(([, p]) => !isEmpty(p)),
  };
}

function planExpression(plan: Plan, ctx: ZodContext, zodExpression: (node: TypeNode, ctx: ZodContext) => Expr): Expr {
  const entries: ObjectProperty[] = [];
  const sub = (p: Plan) => planExpression(p, ctx, zodExpression);
  if (plan.keys.length > 0) entries.push({ key: 'keys', value: array(plan.keys.map(str)) });
  if (plan.patterns.length > 0) entries.push({ key: 'patterns', value: array(plan.patterns.map((p) => pattern(ctx.helpers, p))) });
  if (plan.allKeys) entries.push({ key: 'allKeys', value: id('true') });
  if (plan.prefix > 0) entries.push({ key: 'prefix', value: num(plan.prefix) });
  if (plan.allItems) entries.push({ key: 'allItems', value: id('true') });
  if (plan.contains.length > 0) entries.push({ key: 'contains', value: array(plan.contains.map((c) => zodExpression(c, ctx))) });
  if (plan.all.length > 0) entries.push({ key: 'all', value: array(plan.all.map(sub)) });
  if (plan.present.length > 0) entries.push({ key: 'present', value: array(plan.present.map(([key, p]) => array([str(key), sub(p)]))) });
  for (const key of ['when', 'unless'] as const)
    if (plan[key].length > 0)
      entries.push({ key, value: array(plan[key].map(([node, p]) => array([branchSchema(node, ctx, zodExpression), sub(p)]))) });
  return object(entries);
}

/**
 * A branch's schema in a plan. One written inline that holds unevaluated keywords of its own is declared
 * once, as a constant before the definition (`Level2Branch1Schema`), and named here and in the validator
 * (see zodExpression): written out in both, it would hold its own plan's branches written out again,
 * and so on down, doubling the text at every level of nesting.
 */
function branchSchema(node: TypeNode, ctx: ZodContext, zodExpression: (node: TypeNode, ctx: ZodContext) => Expr): Expr {
  const expression = zodExpression(node, ctx);
  if (node.kind === 'ref' || !holdsUnevaluated(node) || ctx.branches === undefined) return expression;
  const text = sourceText(expression);
  let name = ctx.branches.names.get(text);
  if (name === undefined) {
    // `…Schema` like every schema constant (a test holds zod.ts to naming no other constant at the top
    // level), and apart from the names the file declares.
    const base = ctx.branches.prefix.replace(/Schema$/, '');
    let n = ctx.branches.declared.length + 1;
    while (ctx.branches.taken.has(`${base}Branch${n}Schema`)) n++;
    name = `${base}Branch${n}Schema`;
    ctx.branches.taken.add(name);
    ctx.branches.names.set(text, name);
    ctx.branches.declared.push({ name, expression });
  }
  ctx.branches.byNode.set(node, name);
  return id(name);
}

function holdsUnevaluated(node: TypeNode): boolean {
  return node.kind === 'unevaluated' || (node.kind !== 'ref' && childNodes(node).some(holdsUnevaluated));
}

export function unevaluatedExpression(
  node: NodeOf<'unevaluated'>,
  ctx: ZodContext,
  zodExpression: (node: TypeNode, ctx: ZodContext) => Expr,
): Expr {
  ctx.helpers.add('unevaluated');
  const rest: ObjectProperty[] = [];
  if (node.properties) rest.push({ key: 'properties', value: zodExpression(node.properties, ctx) });
  if (node.items) rest.push({ key: 'items', value: zodExpression(node.items, ctx) });
  // The plan first: the branches it declares as constants are then named in the validator too.
  const plan = planExpression(planOf(node.inner, ctx, new Set()), ctx, zodExpression);
  const args = [zodExpression(node.inner, ctx), plan, object(rest)];
  // Copies of one schema (an inline branch is written again in the plan that learns what it evaluates)
  // get one number, by which the helper reuses a parse of one for the others (see parsedOnce).
  const text = sourceText(call(id('unevaluated'), ...args));
  let key = ctx.unevaluatedKeys.get(text);
  if (key === undefined) ctx.unevaluatedKeys.set(text, (key = ctx.unevaluatedKeys.size + 1));
  return call(id('unevaluated'), ...args, num(key));
}

export const unevaluatedHelper = `/** What a schema evaluates at its instance location (see unevaluated). */
type Evaluates = {
  keys?: readonly string[];
  patterns?: readonly RegExp[];
  allKeys?: boolean;
  prefix?: number;
  allItems?: boolean;
  contains?: readonly z.core.SomeType[];
  all?: readonly Evaluates[];
  when?: readonly (readonly [z.core.SomeType, Evaluates])[];
  unless?: readonly (readonly [z.core.SomeType, Evaluates])[];
  present?: readonly (readonly [string, Evaluates])[];
};

/**
 * The results of parsing each value with each schema during one validation with unevaluated keywords:
 * learning what a branch of an anyOf/oneOf evaluates takes a parse of it, and so does validating it, so
 * unevaluated keywords nested in such branches would parse the innermost ones 2^depth times. A result
 * is reused only within the outermost \`unevaluated\` parse that made it (the value cannot change there).
 */
let parsed:
  WeakMap<object, Map<z.core.SomeType | string, ReturnType<typeof parseWith>>> | undefined;

/**
 * Copies of one \`unevaluated\` schema (and of its inner schema) by the number the file gives it: a
 * branch written inline is written again in the plan that learns what it evaluates, and a result for
 * one copy is a result for all, so nesting does not multiply the parses.
 */
const sameSchema = new WeakMap<object, string>();

function parsedOnce(schema: z.core.SomeType, value: unknown) {
  if (parsed === undefined || typeof value !== "object" || value === null)
    return parseWith(schema, value);
  let results = parsed.get(value);
  if (results === undefined) parsed.set(value, (results = new Map()));
  const key = sameSchema.get(schema) ?? schema;
  let result = results.get(key);
  if (result === undefined) results.set(key, (result = parseWith(schema, value)));
  return result;
}

function evaluatedBy(plan: Evaluates, value: unknown, keys: Set<string>, items: Set<number>): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (
        plan.allItems ||
        i < (plan.prefix ?? 0) ||
        (plan.contains ?? []).some((c) => parsedOnce(c, item).success)
      )
        items.add(i);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value))
      if (plan.allKeys || plan.keys?.includes(key) || plan.patterns?.some((p) => p.test(key)))
        keys.add(key);
  }
  for (const sub of plan.all ?? []) evaluatedBy(sub, value, keys, items);
  for (const [schema, sub] of plan.when ?? [])
    if (parsedOnce(schema, value).success) evaluatedBy(sub, value, keys, items);
  for (const [schema, sub] of plan.unless ?? [])
    if (!parsedOnce(schema, value).success) evaluatedBy(sub, value, keys, items);
  for (const [key, sub] of plan.present ?? [])
    if (typeof value === "object" && value !== null && Object.hasOwn(value, key))
      evaluatedBy(sub, value, keys, items);
}

/**
 * JSON Schema \`unevaluatedProperties\`/\`unevaluatedItems\`: \`schema\` must accept the value, and each key
 * (item) that \`plan\` says it does not evaluate must match \`rest.properties\` (\`rest.items\`).
 */
function unevaluated<T extends z.core.SomeType>(
  schema: T,
  plan: Evaluates,
  rest: { properties?: z.core.SomeType; items?: z.core.SomeType },
  sameAs: number,
) {
  const checked = z.unknown().transform((value, ctx) => {
    const outermost = parsed === undefined;
    if (outermost) parsed = new WeakMap();
    try {
      const result = parsedOnce(schema, value);
      if (!result.success) {
        ctx.issues.push(...rebaseIssues(result.error.issues, value));
        return z.NEVER;
      }
      const keys = new Set<string>();
      const items = new Set<number>();
      evaluatedBy(plan, value, keys, items);
      const check = (rule: z.core.SomeType, item: unknown, path: PropertyKey[]) => {
        const checked = parsedOnce(rule, item);
        if (!checked.success) ctx.issues.push(...rebaseIssues(checked.error.issues, value, path));
      };
      if (rest.items && Array.isArray(value))
        value.forEach((item, i) => {
          if (!items.has(i)) check(rest.items!, item, [i]);
        });
      else if (
        rest.properties &&
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value)
      )
        for (const [key, item] of Object.entries(value))
          if (!keys.has(key)) check(rest.properties, item, [key]);
      return result.data;
    } finally {
      if (outermost) parsed = undefined;
    }
  });
  // For z.toJSONSchema, inside \`allOf\`, whose subschemas' annotations the unevaluated keywords see.
  const result = withJsonSchema(checked, (json, part) => {
    json.allOf = [part(schema, "allOf", 0)];
    if (rest.properties)
      json.unevaluatedProperties = part(rest.properties, "unevaluatedProperties");
    if (rest.items) json.unevaluatedItems = part(rest.items, "unevaluatedItems");
  }) as unknown as z.ZodPipe<z.ZodUnknown, T>;
  sameSchema.set(result, \`\${sameAs}\`);
  sameSchema.set(schema, \`\${sameAs} inner\`);
  return result;
}`;
