import {
  childNodes,
  typeNameResolver,
  type Definition,
  type Direction,
  type JsonValue,
  type MediaContent,
  type Model,
  type Operation,
  type Property,
  type TypeNode,
} from '../model/index.js';
import { markRecursion } from './mark-recursion.js';
import { orderDefinitions } from './order-definitions.js';

/**
 * Requests apart from responses (OpenAPI 3.x and Swagger 2.0 `readOnly`/`writeOnly`, and `default`):
 * a payload the API receives leaves out readOnly properties ("SHOULD NOT be sent as part of the
 * request"), one it sends leaves out writeOnly ones, and a property with a default is present in what
 * the API sends (the default is what its absence means) while a client may still leave it out.
 *
 * The pass adds, for each definition a request (a response) reaches whose view that way differs from the
 * schema as written, a definition of that view: `PetWritable` (what the API receives) and `PetReadable`
 * (what it sends), the names of openapi-fetch's `Writable<T>`/`Readable<T>` helpers, numbered on a
 * collision with a name already taken. Inside a view, a reference to a definition that differs that way
 * is a reference to its view too, so nested and recursive schemas follow; a definition reached both ways
 * gets both only where each differs. Operations' bodies and responses (and `components` responses and
 * request bodies) then refer to the views; the definitions as written stay (`components.schemas`, and
 * whatever no operation reaches). Which way is which: an operation of `paths` receives its request body
 * and sends its responses; a webhook's or callback's request is sent *by* the API, so its body is what
 * the API sends and its response what the API receives.
 *
 * Only the TypeScript and Zod targets see the views: schema.json and the docs keep the wire schema, which
 * marks readOnly and writeOnly. Run after names are assigned; recursion and order are computed again.
 */
export function splitDirections(model: Model): Model {
  const definitions = new Map(model.definitions.map((d) => [d.name, d]));
  const roots = rootsByDirection(model);
  if (roots.request.size === 0 && roots.response.size === 0) return model;
  const changes = { request: changing(model, definitions, 'request'), response: changing(model, definitions, 'response') };

  // The definitions each way reaches (through the refs of their views), that differ that way.
  const needed = { request: new Set<string>(), response: new Set<string>() };
  for (const way of ['request', 'response'] as const) {
    const queue = [...roots[way]];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name) || !changes[way].has(name)) continue;
      seen.add(name);
      needed[way].add(name);
      for (const target of viewReferences(definitions.get(name)!.type)) queue.push(target);
    }
  }
  if (needed.request.size === 0 && needed.response.size === 0) return model;

  // Names: the qualified one only has to be unique; the type name is the definition's with a suffix.
  const typeNameOf = typeNameResolver(model);
  const takenNames = new Set(definitions.keys());
  const takenTypes = new Set([...model.definitions.map((d) => d.typeName!), 'paths', 'webhooks', 'components', 'operations']);
  const viewName = { request: new Map<string, string>(), response: new Map<string, string>() };
  const views: Definition[] = [];
  for (const def of model.definitions) {
    for (const way of ['request', 'response'] as const) {
      if (!needed[way].has(def.name)) continue;
      let name = `${def.name}~${way}`;
      for (let n = 2; takenNames.has(name); n++) name = `${def.name}~${way}${n}`;
      takenNames.add(name);
      const base = `${typeNameOf(def.name)}${way === 'request' ? 'Writable' : 'Readable'}`;
      let typeName = base;
      for (let n = 2; takenTypes.has(typeName); n++) typeName = `${base}${n}`;
      takenTypes.add(typeName);
      viewName[way].set(def.name, name);
      const { recursive: _recursive, ...rest } = def;
      views.push({ ...rest, name, typeName, direction: { of: def.name, way } });
    }
  }
  const retarget = (way: Direction) => (target: string) => viewName[way].get(target);
  for (const view of views) view.type = viewOf(view.type, view.direction!.way, retarget(view.direction!.way), definitions);

  const copy: Pick<Model, 'operations' | 'webhooks' | 'components'> = structuredClone({
    operations: model.operations,
    webhooks: model.webhooks,
    ...(model.components ? { components: model.components } : {}),
  });
  forEachPayload(copy, (media, way) => {
    for (const m of media) {
      m.type = pointed(m.type, retarget(way));
      if (m.itemType) m.itemType = pointed(m.itemType, retarget(way));
    }
  });
  // Recursion is marked again over the definitions and their views together.
  const definitionsWithViews = [...model.definitions.map(({ recursive: _recursive, ...d }) => d), ...views];
  const split: Model = { ...model, ...copy, definitions: definitionsWithViews };
  return orderDefinitions(markRecursion(split));
}

/** A payload's `ref`, pointed at the view of its target that way when there is one. */
function pointed(type: TypeNode, viewOf: (target: string) => string | undefined): TypeNode {
  if (type.kind !== 'ref') return type;
  const view = viewOf(type.target);
  return view ? { kind: 'ref', target: view } : type;
}

/**
 * Calls `visit` with every payload of the model's operations and components and the way it travels:
 * bodies of `paths` operations are received (`request`), their responses sent (`response`); a
 * webhook's or callback's body is sent by the API and its response received.
 */
function forEachPayload(
  parts: Pick<Model, 'operations' | 'webhooks' | 'components'>,
  visit: (media: MediaContent[], way: Direction) => void,
): void {
  const walk = (operations: readonly Operation[], sentByApi: boolean) => {
    for (const operation of operations) {
      if (operation.requestBody) visit(operation.requestBody.content, sentByApi ? 'response' : 'request');
      for (const response of operation.responses) visit(response.content, sentByApi ? 'request' : 'response');
      for (const callback of operation.callbacks) walk(callback.operations, true);
    }
  };
  walk(parts.operations, false);
  walk(parts.webhooks, true);
  for (const item of parts.components?.pathItems ?? []) if (!item.usedBy) walk(item.operations, false);
  for (const { response } of parts.components?.responses ?? []) visit(response.content, 'response');
  for (const { body } of parts.components?.requestBodies ?? []) visit(body.content, 'request');
}

/** The definitions payloads reach directly, by the way they travel. */
function rootsByDirection(model: Model): Record<Direction, Set<string>> {
  const roots = { request: new Set<string>(), response: new Set<string>() };
  forEachPayload(model, (media, way) => {
    for (const m of media) for (const t of [m.type, m.itemType]) if (t?.kind === 'ref') roots[way].add(t.target);
  });
  return roots;
}

/**
 * The nodes a view changes: objects' properties, and what is inside arrays, unions, intersections and the
 * like. Not what `not` or `if` test, whose meaning would turn over, nor property names: those keep the
 * schema as written.
 */
function viewChildren(node: TypeNode): TypeNode[] {
  switch (node.kind) {
    case 'not':
    case 'conditional':
      return [];
    case 'object':
      return [
        ...node.properties.map((p) => p.type),
        ...(node.patternProperties ?? []).map((p) => p.type),
        ...(node.additional.mode === 'schema' ? [node.additional.type] : []),
      ];
    default:
      return childNodes(node);
  }
}

/** The definitions a view of `node` refers to. */
function viewReferences(node: TypeNode): string[] {
  const found: string[] = [];
  const visit = (n: TypeNode) => {
    if (n.kind === 'ref') found.push(n.target);
    for (const child of viewChildren(n)) visit(child);
  };
  visit(node);
  return found;
}

/** What a property is that way: left out, given its default (filled in by validators), or as written. */
function propertyFate(p: Property, way: Direction, definitions: ReadonlyMap<string, Definition>): 'omit' | 'default' | 'keep' {
  // Both marks say nothing usable (openapi-typescript ignores the pair too).
  if (p.readOnly !== p.writeOnly && (way === 'request' ? p.readOnly : p.writeOnly)) return 'omit';
  if (!p.required && !p.undeclared && p.docs.default !== undefined && defaultFits(p.docs.default.value, p.type, definitions, 0))
    return 'default';
  return 'keep';
}

/** Definitions whose view that way differs from the schema as written, themselves or through a reference. */
function changing(model: Model, definitions: ReadonlyMap<string, Definition>, way: Direction): Set<string> {
  const referrers = new Map<string, string[]>();
  const changed = new Set<string>();
  for (const def of model.definitions) {
    let own = false;
    const visit = (n: TypeNode) => {
      if (n.kind === 'ref') {
        const list = referrers.get(n.target);
        if (list) list.push(def.name);
        else referrers.set(n.target, [def.name]);
      }
      if (n.kind === 'object' && n.properties.some((p) => propertyFate(p, way, definitions) !== 'keep')) own = true;
      for (const child of viewChildren(n)) visit(child);
    };
    visit(def.type);
    if (own) changed.add(def.name);
  }
  const queue = [...changed];
  while (queue.length > 0) {
    for (const referrer of referrers.get(queue.pop()!) ?? []) {
      if (changed.has(referrer)) continue;
      changed.add(referrer);
      queue.push(referrer);
    }
  }
  return changed;
}

/** A copy of `node` as seen that way: properties left out or defaulted, references to views. */
function viewOf(
  node: TypeNode,
  way: Direction,
  viewName: (target: string) => string | undefined,
  definitions: ReadonlyMap<string, Definition>,
): TypeNode {
  const copy = structuredClone(node);
  const visit = (n: TypeNode) => {
    if (n.kind === 'ref') {
      const view = viewName(n.target);
      if (view) n.target = view;
      return;
    }
    if (n.kind === 'object') {
      n.properties = n.properties.flatMap((p) => {
        const fate = propertyFate(p, way, definitions);
        if (fate === 'omit') return [];
        // What the API sends has the property (its absence means the default); a client may leave it out.
        if (fate === 'default') return [{ ...p, defaulted: true as const, required: way === 'response' }];
        return [p];
      });
    }
    for (const child of viewChildren(n)) visit(child);
  };
  visit(copy);
  return copy;
}

/**
 * Whether a default is a value of the property's type, so that a validator can fill it in and the type
 * still holds (a spec's `type: string, default: 5` is left as written). Conservative: a type it cannot
 * judge (a pattern, a format, a negation) says no.
 */
function defaultFits(value: JsonValue, node: TypeNode, definitions: ReadonlyMap<string, Definition>, depth: number): boolean {
  if (depth > 32) return false;
  const fits = (v: JsonValue, n: TypeNode) => defaultFits(v, n, definitions, depth + 1);
  switch (node.kind) {
    case 'any':
      return true;
    case 'string':
      return typeof value === 'string' && node.format === undefined && node.checks === undefined;
    case 'number':
      if (node.wire === 'string') return false;
      return (
        typeof value === 'number' &&
        node.checks === undefined &&
        node.format === undefined &&
        (node.numberKind === 'number' || Number.isInteger(value))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'literal':
      return value === node.value;
    case 'enum':
      return node.members.some((m) => m.value === value);
    case 'nullable':
      return value === null || fits(value, node.inner);
    case 'array':
      return Array.isArray(value) && node.checks === undefined && value.every((v) => fits(v, node.items));
    case 'object': {
      if (
        typeof value !== 'object' ||
        value === null ||
        Array.isArray(value) ||
        node.checks !== undefined ||
        node.patternProperties?.length
      )
        return false;
      const keys = Object.keys(value);
      if (node.properties.some((p) => p.required && !keys.includes(p.name))) return false;
      return keys.every((k) => {
        const p = node.properties.find((q) => q.name === k);
        if (p) return fits(value[k]!, p.type);
        return node.additional.mode === 'allow' || (node.additional.mode === 'schema' && fits(value[k]!, node.additional.type));
      });
    }
    case 'union':
      return !node.exclusive && node.variants.some((v) => fits(value, v));
    case 'ref': {
      const target = definitions.get(node.target);
      return target !== undefined && fits(value, target.type);
    }
    default:
      return false;
  }
}
