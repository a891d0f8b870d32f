/**
 * The Operations and Webhooks parts of the docs: operations grouped by tag (in the document's declared
 * order, then tags only operations name, untagged last), each with its method and path, summary,
 * description, a deprecation mark, a parameters table, the request body per media type, a responses
 * table and its callbacks. Types link to their definitions, and definitions link back ("Used by").
 * Every string is escaped here for its Markdown context, as in ./view-model.ts.
 */
import {
  referencedNames,
  type Definition,
  type MediaContent,
  type Model,
  type Operation,
  type Tag,
  type TypeNode,
} from '../../model/index.js';
import { markdownCell, markdownCode, markdownHeading, markdownText } from '../escape.js';

export interface OperationGroupView {
  heading: string;
  description: string | null;
  /** 3.2 tag `parent` and `kind`, and `externalDocs`, as one line. */
  about: string | null;
  operations: OperationView[];
}

export interface OperationView {
  level: string;
  heading: string;
  title: string | null;
  deprecated: boolean;
  description: string | null;
  /** `Operation id: \`list_archives\`` and, for an operation under several tags, the others. */
  facts: string;
  hasParameters: boolean;
  parameters: { name: string; location: string; type: string; required: string; description: string }[];
  body: string | null;
  hasResponses: boolean;
  responses: { status: string; type: string; description: string }[];
  hasCallbacks: boolean;
  callbacks: { name: string; request: string; operation: string }[];
}

type LinkOf = (definitionName: string) => string;

/** What the operation views need from the rest of the docs. */
export interface OperationDocs {
  /** A link to a definition (or to the operation that owns it). */
  linkOf: LinkOf;
  typeDisplay: (node: TypeNode, linkOf: LinkOf) => string;
  definitions: ReadonlyMap<string, Definition>;
  /** A link target for an operation's heading (`#get-pets`, `../operations/pets.md#get-pets`). */
  linkTo: (operation: Operation) => string;
}

export interface TagGroup {
  /** Undefined for the operations without a tag. */
  tag: string | undefined;
  declared?: Tag;
  /** Each operation followed by its callbacks' operations. */
  operations: Operation[];
}

/** What the docs show of a document's API: operations by tag, then webhooks. */
export interface DocumentedOperations {
  groups: TagGroup[];
  webhooks: Operation[];
}

/**
 * Operations in the order the docs show them: grouped by tag (declared tags first, in the document's
 * order; then tags only operations name; untagged last), each operation once, under its first tag, and
 * followed by its callbacks' operations.
 */
export function documentedOperations(model: Model): DocumentedOperations {
  const withCallbacks = (o: Operation): Operation[] => [o, ...o.callbacks.flatMap((c) => c.operations.flatMap(withCallbacks))];
  const order = new Map<string, Operation[]>();
  for (const tag of model.tags) order.set(tag.name, []);
  const untagged: Operation[] = [];
  for (const operation of model.operations) {
    const tag = operation.tags[0];
    const list = tag === undefined ? untagged : (order.get(tag) ?? order.set(tag, []).get(tag)!);
    list.push(...withCallbacks(operation));
  }
  const groups: TagGroup[] = [...order]
    .filter(([, operations]) => operations.length > 0)
    .map(([tag, operations]) => {
      const declared = model.tags.find((t) => t.name === tag);
      return declared ? { tag, declared, operations } : { tag, operations };
    });
  if (untagged.length > 0) groups.push({ tag: undefined, operations: untagged });
  return { groups, webhooks: model.webhooks.flatMap(withCallbacks) };
}

export function operationHeading(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

/** `level` is the heading's `#`s: `####` under a tag in a single README, `##` on a page of its own. */
export function operationView(operation: Operation, docs: OperationDocs, level: string): OperationView {
  const { linkOf, typeDisplay, definitions, linkTo } = docs;
  const facts = [`Operation id: ${markdownCode(operation.id)}.`];
  if (operation.tags.length > 1) facts.push(`Tags: ${operation.tags.map((t) => markdownCode(t)).join(', ')}.`);
  if (operation.docs.seeAlso) facts.push(`See ${markdownCode(operation.docs.seeAlso)}.`);
  const parameters = operation.parameters.flatMap((group) =>
    group.parameters.map((p) => ({
      name: markdownCode(p.name),
      location: group.in,
      type: typeDisplay(parameterType(group.type, p.name, definitions), linkOf),
      required: p.required ? 'yes' : 'no',
      description: markdownCell([p.docs.description, p.docs.deprecated ? 'Deprecated.' : undefined].filter(Boolean).join('\n')),
    })),
  );
  const body = operation.requestBody;
  const responses = operation.responses.map((r) => ({
    status: markdownCode(r.status),
    type: r.content.length === 0 ? 'no body' : contentDisplay(r.content, docs),
    description: [
      markdownCell([r.docs.title, r.docs.description].filter(Boolean).join('\n')),
      r.headers ? `Headers: ${headerNames(r.headers, definitions)}.` : '',
    ]
      .filter(Boolean)
      .join('<br>'),
  }));
  const callbacks = operation.callbacks.flatMap((c) =>
    c.operations.map((o) => ({
      name: markdownCode(c.name),
      request: markdownCode(operationHeading(o)),
      operation: `[${markdownCell(o.id)}](${linkTo(o)})`,
    })),
  );
  return {
    level,
    heading: markdownHeading(operationHeading(operation)),
    title: operation.docs.title ? markdownText(operation.docs.title) : null,
    deprecated: operation.docs.deprecated === true,
    description: operation.docs.description ? markdownText(operation.docs.description) : null,
    facts: facts.join(' '),
    hasParameters: parameters.length > 0,
    parameters,
    body:
      body && body.content.length > 0
        ? `${body.required ? 'Request body (required)' : 'Request body (optional)'}: ${contentDisplay(body.content, docs)}${body.docs.description ? `. ${markdownText(body.docs.description).replace(/\n/g, ' ')}` : ''}`
        : null,
    hasResponses: responses.length > 0,
    responses,
    hasCallbacks: callbacks.length > 0,
    callbacks,
  };
}

export function groupView(
  group: TagGroup,
  operations: OperationView[],
  tagAnchor: (tag: string) => string | undefined,
): OperationGroupView {
  const declared = group.declared;
  const about: string[] = [];
  if (declared?.parent !== undefined) {
    const anchor = tagAnchor(declared.parent);
    about.push(`Part of ${anchor ? `[${markdownText(declared.parent)}](#${anchor})` : markdownCode(declared.parent)}.`);
  }
  if (declared?.kind !== undefined) about.push(`Kind: ${markdownCode(declared.kind)}.`);
  if (declared?.docs.seeAlso !== undefined) about.push(`See ${markdownCode(declared.docs.seeAlso)}.`);
  const title = declared?.docs.title;
  return {
    heading: group.tag === undefined ? 'Untagged' : markdownHeading(title && title !== group.tag ? `${title} (${group.tag})` : group.tag),
    description: declared?.docs.description ? markdownText(declared.docs.description) : null,
    about: about.length > 0 ? about.join(' ') : null,
    operations,
  };
}

/** The heading text of a tag group, as slugs are computed from it. */
export function groupHeadingText(group: TagGroup): string {
  const title = group.declared?.docs.title;
  return group.tag === undefined ? 'Untagged' : title && title !== group.tag ? `${title} (${group.tag})` : group.tag;
}

function contentDisplay(content: MediaContent[], { linkOf, typeDisplay }: OperationDocs): string {
  return content
    .map((m) => {
      const type = m.type.kind === 'any' && m.itemType ? `items of ${typeDisplay(m.itemType, linkOf)}` : typeDisplay(m.type, linkOf);
      return `${markdownCode(m.mediaType)}: ${type}`;
    })
    .join('<br>');
}

/** The type of one parameter: the same-named property of its group's object definition. */
function parameterType(group: TypeNode, name: string, definitions: ReadonlyMap<string, Definition>): TypeNode {
  const object = group.kind === 'ref' ? definitions.get(group.target)?.type : group;
  return (object?.kind === 'object' ? object.properties.find((p) => p.name === name)?.type : undefined) ?? { kind: 'any' };
}

function headerNames(headers: TypeNode, definitions: ReadonlyMap<string, Definition>): string {
  const object = headers.kind === 'ref' ? definitions.get(headers.target)?.type : headers;
  return object?.kind === 'object' ? object.properties.map((p) => markdownCode(p.name)).join(', ') : '';
}

/**
 * Definitions that exist only to hold an operation's parameters or response headers: the operation's
 * tables show them, so they get no section of their own, and links to them lead to the operation.
 */
export function operationOwnedDefinitions(
  model: Model,
  referencesOf: (def: Definition) => string[] = (def) => referencedNames(def.type),
): Map<string, Operation> {
  const owned = new Map<string, Operation>();
  const visit = (operation: Operation) => {
    for (const group of operation.parameters) if (group.type.kind === 'ref') owned.set(group.type.target, operation);
    for (const response of operation.responses) if (response.headers?.kind === 'ref') owned.set(response.headers.target, operation);
    for (const callback of operation.callbacks) callback.operations.forEach(visit);
  };
  [...model.operations, ...model.webhooks].forEach(visit);
  // Only where nothing else refers to them.
  for (const def of model.definitions) for (const name of referencesOf(def)) owned.delete(name);
  return owned;
}
