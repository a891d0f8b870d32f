/**
 * The Markdown view model: every decision about what the docs say is made here, so the templates stay
 * logic-free. Every string in it is already escaped for its Markdown context. Absent values are `null`,
 * never missing: Mustache looks a missing key up in the enclosing view, which would repeat the
 * document's description under every definition.
 */
import GithubSlugger from 'github-slugger';
import {
  assertNever,
  operationDefinitions,
  referencedNames,
  type Definition,
  type Docs,
  type Model,
  type Operation,
  type Property,
  type TypeNode,
} from '../../model/index.js';
import { markdownCell, markdownCode, markdownHeading, markdownText } from '../escape.js';
import {
  groupHeadingText,
  groupView,
  operationHeading,
  operationOwnedDefinitions,
  operationView,
  type DocumentedOperations,
  type OperationDocs,
  type OperationGroupView,
  type OperationView,
} from './operations-view.js';

export interface DocumentView {
  banner: string;
  title: string;
  description: string | null;
  source: string | null;
  rootLinks: string;
  lossy: { count: number; fields: string; hint: string } | null;
  /** A Mermaid graph of the references, for documents small enough to read one. */
  diagram: string | null;
  /** Operations grouped by tag, and webhooks; empty for documents that describe no API. */
  hasOperations: boolean;
  operationGroups: OperationGroupView[];
  hasWebhooks: boolean;
  webhooks: OperationView[];
  definitions: DefinitionView[];
}

/** Above this many definitions a reference diagram is a hairball, not a help. */
const maxDiagramDefinitions = 60;

export interface DefinitionView {
  heading: string;
  originalName: string | null;
  deprecated: boolean;
  description: string | null;
  isObject: boolean;
  hasFields: boolean;
  fields: FieldView[];
  extraKeys: string | null;
  isEnum: boolean;
  values: { value: string; description: string }[];
  alias: string | null;
  references: string | null;
  usedBy: string | null;
}

interface FieldView {
  name: string;
  type: string;
  required: string;
  description: string;
  constraints: string;
}

type LinkOf = (definitionName: string) => string;

export function documentView(model: Model, banner: string, api: DocumentedOperations): DocumentView {
  const roots = new Set(model.roots);
  // Definitions that only hold an operation's parameters or headers are shown in that operation's tables.
  const owned = operationOwnedDefinitions(model);
  const ordered = [
    ...model.definitions.filter((d) => roots.has(d.name)),
    ...model.definitions.filter((d) => !roots.has(d.name) && !owned.has(d.name)),
  ];
  const title = model.docs.title?.trim() ? model.docs.title : model.name.trim() ? model.name : 'Schema';
  const diagram = referenceDiagram(ordered);
  const { groups, webhooks } = api;

  // Every heading of the file, in order, so that anchors are numbered as GitHub numbers repeated ones.
  const slugger = new GithubSlugger();
  slugger.slug(title);
  if (diagram) slugger.slug('References');
  const operationAnchors = new Map<Operation, string>();
  const tagAnchors = new Map<string, string>();
  if (groups.length > 0) {
    slugger.slug('Operations');
    for (const group of groups) {
      const anchor = slugger.slug(groupHeadingText(group));
      if (group.tag !== undefined) tagAnchors.set(group.tag, anchor);
      for (const operation of group.operations) operationAnchors.set(operation, slugger.slug(operationHeading(operation)));
    }
  }
  if (webhooks.length > 0) {
    slugger.slug('Webhooks');
    for (const operation of webhooks) operationAnchors.set(operation, slugger.slug(operationHeading(operation)));
  }
  const anchors = new Map(ordered.map((def) => [def.name, { typeName: def.typeName!, anchor: slugger.slug(def.typeName!) }]));
  const anchorOf = (operation: Operation) => operationAnchors.get(operation)!;
  const linkOf: LinkOf = (name) => {
    const def = anchors.get(name);
    if (def) return `[${def.typeName}](#${def.anchor})`;
    const operation = owned.get(name);
    return operation ? `[${markdownCell(operationHeading(operation))}](#${anchorOf(operation)})` : markdownCode(name);
  };
  const usedBy = referrers(model);
  const operationDocs: OperationDocs = { linkOf, typeDisplay, definitions: new Map(model.definitions.map((d) => [d.name, d])), anchorOf };
  const operationUsers = new Map<string, string[]>();
  for (const operation of [...groups.flatMap((g) => g.operations), ...webhooks]) {
    for (const name of operationDefinitions(operation)) {
      const list = operationUsers.get(name) ?? [];
      list.push(`[${markdownCell(operationHeading(operation))}](#${anchorOf(operation)})`);
      operationUsers.set(name, list);
    }
  }

  const lossyFields = model.definitions.flatMap((d) =>
    d.type.kind === 'object' ? d.type.properties.filter((p) => p.docs.lossy).map((p) => markdownCode(p.name)) : [],
  );
  const view: DocumentView = {
    banner,
    title: markdownHeading(title),
    description: model.docs.description ? markdownText(model.docs.description) : null,
    source: model.docs.seeAlso ? markdownCode(model.docs.seeAlso) : null,
    rootLinks: model.roots.map(linkOf).join(', ') || 'none',
    lossy: null,
    diagram,
    hasOperations: groups.length > 0,
    operationGroups: groups.map((group) =>
      groupView(
        group,
        group.operations.map((o) => operationView(o, operationDocs)),
        (tag) => tagAnchors.get(tag),
      ),
    ),
    hasWebhooks: webhooks.length > 0,
    webhooks: webhooks.map((o) => operationView(o, operationDocs)),
    definitions: ordered.map((def) => definitionView(def, linkOf, usedBy.get(def.name) ?? [], operationUsers.get(def.name) ?? [])),
  };
  if (lossyFields.length > 0) {
    view.lossy = {
      count: lossyFields.length,
      fields: lossyFields.join(', '),
      hint: 'For exact types, generate from the upstream document with `--upstream`.',
    };
  }
  return view;
}

function definitionView(def: Definition, linkOf: LinkOf, usedBy: string[], operations: string[]): DefinitionView {
  const view: DefinitionView = {
    heading: def.typeName!,
    originalName: def.typeName !== def.name ? markdownCode(def.name) : null,
    deprecated: def.docs.deprecated === true,
    description: null,
    isObject: false,
    hasFields: false,
    fields: [],
    extraKeys: null,
    isEnum: false,
    values: [],
    alias: null,
    references: null,
    usedBy: usedBy.length + operations.length > 0 ? [...usedBy.map(linkOf), ...operations].join(', ') : null,
  };
  const references = referencedNames(def.type).filter((name) => name !== def.name);
  if (references.length > 0) view.references = references.map(linkOf).join(', ');
  const description = [def.docs.title !== def.docs.description ? def.docs.title : undefined, def.docs.description]
    .filter(Boolean)
    .join('\n\n');
  if (description) view.description = markdownText(description);

  const type = def.type;
  if (type.kind === 'object') {
    view.isObject = true;
    view.fields = type.properties.map((p) => fieldView(p, linkOf));
    view.hasFields = view.fields.length > 0;
    view.extraKeys = extraKeysText(type, linkOf) ?? null;
  } else if (type.kind === 'enum') {
    view.isEnum = true;
    view.values = type.members.map((m) => ({
      value: markdownCode(JSON.stringify(m.value)),
      description: markdownCell(m.description ?? ''),
    }));
  } else {
    view.alias = typeDisplay(type, linkOf);
  }
  return view;
}

function extraKeysText(type: Extract<TypeNode, { kind: 'object' }>, linkOf: LinkOf): string | undefined {
  switch (type.additional.mode) {
    case 'forbid':
      return 'not allowed';
    case 'schema':
      return `allowed, each value ${typeDisplay(type.additional.type, linkOf)}`;
    case 'allow':
      return type.additional.explicit ? 'allowed, any value' : undefined;
    default:
      return assertNever(type.additional);
  }
}

function fieldView(p: Property, linkOf: LinkOf): FieldView {
  const description = [
    p.docs.description,
    p.docs.lossy ? `⚠️ Lossy: ${p.docs.lossy}.` : undefined,
    p.docs.deprecated ? 'Deprecated.' : undefined,
    p.readOnly ? 'Read-only (sent by the server).' : undefined,
    p.writeOnly ? 'Write-only (sent by the client).' : undefined,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    name: markdownCode(p.name),
    type: typeDisplay(p.type, linkOf),
    required: p.required ? 'yes' : 'no',
    description: markdownCell(description),
    constraints: constraints(p.type, p.docs).join('<br>'),
  };
}

/** A type as table-cell text: links to definitions, code spans for literals, `\|` between alternatives. */
export function typeDisplay(node: TypeNode, linkOf: LinkOf): string {
  switch (node.kind) {
    case 'string':
      return node.format ? `string (${markdownCell(node.format)})` : 'string';
    case 'number':
      return node.wire === 'string' ? `${node.numberKind} (as a string)` : node.numberKind;
    case 'boolean':
    case 'null':
    case 'never':
      return node.kind;
    case 'any':
      return 'unknown';
    case 'literal':
      return markdownCode(JSON.stringify(node.value));
    case 'enum':
      return node.members.map((m) => markdownCode(JSON.stringify(m.value))).join(' \\| ');
    case 'object':
      return 'object';
    case 'array':
      return `array of ${typeDisplay(node.items, linkOf)}`;
    case 'tuple': {
      const elements = node.elements.map((e) => `${typeDisplay(e.type, linkOf)}${e.optional ? '?' : ''}`);
      if (node.rest) elements.push(`...${typeDisplay(node.rest, linkOf)}`);
      return `tuple [${elements.join(', ')}]`;
    }
    case 'nullable':
      return `${typeDisplay(node.inner, linkOf)} \\| null`;
    case 'union':
      return node.variants.map((v) => typeDisplay(v, linkOf)).join(node.exclusive ? ' \\| (exactly one) ' : ' \\| ');
    case 'taggedUnion':
      return `${node.variants.map((v) => typeDisplay(v.type, linkOf)).join(' \\| ')} (by ${markdownCode(node.property)})`;
    case 'intersection':
      return node.members.map((m) => typeDisplay(m, linkOf)).join(' & ');
    case 'not':
      return `not ${typeDisplay(node.inner, linkOf)}`;
    case 'conditional':
      return `if ${typeDisplay(node.if, linkOf)} then ${node.then ? typeDisplay(node.then, linkOf) : 'anything'} else ${node.else ? typeDisplay(node.else, linkOf) : 'anything'}`;
    case 'ref':
      return linkOf(node.target);
    default:
      return assertNever(node);
  }
}

function constraints(node: TypeNode, docs: Docs): string[] {
  const out: string[] = [];
  if (node.kind === 'string') {
    const c = node.checks ?? {};
    if (c.minLength !== undefined) out.push(`min length ${c.minLength}`);
    if (c.maxLength !== undefined) out.push(`max length ${c.maxLength}`);
    if (c.pattern !== undefined) out.push(`pattern ${markdownCode(c.pattern)}`);
  } else if (node.kind === 'number') {
    const c = node.checks ?? {};
    if (c.minimum !== undefined) out.push(`≥ ${c.minimum}`);
    if (c.exclusiveMinimum !== undefined) out.push(`> ${c.exclusiveMinimum}`);
    if (c.maximum !== undefined) out.push(`≤ ${c.maximum}`);
    if (c.exclusiveMaximum !== undefined) out.push(`< ${c.exclusiveMaximum}`);
    if (c.multipleOf !== undefined) out.push(`multiple of ${c.multipleOf}`);
  } else if (node.kind === 'array' || node.kind === 'tuple') {
    if (node.checks?.minItems !== undefined) out.push(`at least ${node.checks.minItems} items`);
    if (node.checks?.maxItems !== undefined) out.push(`at most ${node.checks.maxItems} items`);
    if (node.checks?.uniqueItems) out.push('unique items');
  } else if (node.kind === 'object') {
    if (node.checks?.minProperties !== undefined) out.push(`at least ${node.checks.minProperties} keys`);
    if (node.checks?.maxProperties !== undefined) out.push(`at most ${node.checks.maxProperties} keys`);
    for (const p of node.patternProperties ?? [])
      out.push(`keys matching ${markdownCode(p.pattern)}: ${typeDisplay(p.type, () => 'a definition')}`);
  } else if (node.kind === 'nullable') {
    return constraints(node.inner, docs);
  }
  if (docs.default) out.push(`default ${markdownCode(JSON.stringify(docs.default.value))}`);
  return out;
}

/**
 * `graph LR` with one node per definition that refers or is referred to. Node ids are `d<index>` and
 * labels are type names (letters and digits only), so no spec text reaches Mermaid syntax.
 */
function referenceDiagram(definitions: Definition[]): string | null {
  if (definitions.length > maxDiagramDefinitions) return null;
  const id = new Map(definitions.map((d, i) => [d.name, `d${i}`]));
  const edges: string[] = [];
  const linked = new Set<string>();
  for (const def of definitions) {
    for (const target of referencedNames(def.type)) {
      if (!id.has(target)) continue;
      edges.push(`  ${id.get(def.name)} --> ${id.get(target)}`);
      linked.add(def.name).add(target);
    }
  }
  if (edges.length === 0) return null;
  const nodes = definitions.filter((d) => linked.has(d.name)).map((d) => `  ${id.get(d.name)}["${d.typeName}"]`);
  return ['graph LR', ...nodes, ...edges].join('\n');
}

/** For each definition, the definitions that refer to it, in model order. */
function referrers(model: Model): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const def of model.definitions) {
    for (const target of referencedNames(def.type)) {
      if (target === def.name) continue;
      const list = table.get(target) ?? [];
      list.push(def.name);
      table.set(target, list);
    }
  }
  return table;
}
