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
  type Docs,
  type Example,
  type JsonValue,
  type MediaContent,
  type Property,
  type SecurityRequirement,
  type Model,
  type Operation,
  type Tag,
  type TypeNode,
} from '../../model/index.js';
import { printJson } from '../../layout/json.js';
import { markdownCell, markdownCode, markdownHeading, markdownText } from '../escape.js';
import { specMarkdown, specMarkdownCell } from './spec-markdown.js';
import { tableView, type TableView } from './table-view.js';

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
  /** The security requirements in force (the operation's own, or the document's), with their scopes. */
  security: string | null;
  /** Name, location, type, required, and a description with default, constraints, deprecation and example. */
  parameters: TableView | null;
  body: PayloadView | null;
  /** Status, body and description of each response. */
  responses: TableView | null;
  /** Each response with a body or headers: its fields (one level; deeper types are links), headers and examples. */
  responseDetails: PayloadView[];
  callbacks: TableView | null;
}

/** A request body or one response: what it is, its description, its fields, headers and examples. */
export interface PayloadView {
  intro: string;
  description: string | null;
  fields: TableView | null;
  headers: TableView | null;
  examples: ExampleView[];
}

/** One example, as JSON in a fence, with the validators' complaint when they reject it. */
export interface ExampleView {
  label: string;
  fence: string;
  code: string;
  problem: string | null;
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
  /** A property's cells in a fields table: name, type, required, description, constraints. */
  fieldCells: (property: Property) => string[];
  /** A node's own checks as the fields tables say them (lengths, pattern, bounds, counts). */
  checkTexts: (node: TypeNode) => string[];
  /** The validators' complaint about an example, or undefined when they accept it. */
  verdict: (example: Example) => string | undefined;
  /** What an operation without its own `security` requires. */
  security: SecurityRequirement[] | undefined;
}

export interface TagGroup {
  /** Undefined for the operations without a tag. */
  tag: string | undefined;
  /** For the operations without a tag: "All operations" when the document tags none, else "Other operations". */
  untaggedLabel?: string;
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
  if (untagged.length > 0)
    groups.push({ tag: undefined, untaggedLabel: groups.length === 0 ? 'All operations' : 'Other operations', operations: untagged });
  return { groups, webhooks: model.webhooks.flatMap(withCallbacks) };
}

export function operationHeading(operation: Operation): string {
  return oneLine(`${operation.method.toUpperCase()} ${operation.path}`);
}

/**
 * Heading text on one line: a line break in a path, tag or title would end the heading there (the rest a
 * paragraph), and the anchor computed from the whole text would then point at nothing.
 */
export function oneLine(text: string): string {
  return /[\r\n\u2028\u2029\u0085]/.test(text) ? text.replace(/\r\n?|[\n\u2028\u2029\u0085]/g, ' ') : text;
}

/** `level` is the heading's `#`s: `####` under a tag in a single README, `##` on a page of its own. */
export function operationView(operation: Operation, docs: OperationDocs, level: string): OperationView {
  const { linkOf, typeDisplay, definitions, linkTo } = docs;
  const facts = [`Operation id: ${markdownCode(operation.id)}.`];
  if (operation.tags.length > 1) facts.push(`Tags: ${operation.tags.map((t) => markdownCode(t)).join(', ')}.`);
  if (operation.docs.seeAlso) facts.push(`See ${markdownCode(operation.docs.seeAlso)}.`);
  const parameterRows = operation.parameters.flatMap((group) =>
    group.parameters.map((p) => {
      const property = parameterProperty(group.type, p.name, definitions);
      const type = property?.type ?? { kind: 'any' as const };
      const details = [
        ...constraintTexts(type, property?.docs ?? {}, docs),
        ...(p.examples ?? []).slice(0, 3).map((e) => exampleInline(e, docs.verdict(e))),
        ...(p.examples === undefined
          ? (property?.docs.examples ?? []).slice(0, 1).map((v) => `Example: ${markdownCode(inlineJson(v))}`)
          : []),
      ];
      const description = p.docs.description ?? property?.docs.description;
      return [
        markdownCode(p.name),
        group.in,
        typeDisplay(type, linkOf),
        p.required ? 'yes' : 'no',
        [
          description ? specMarkdownCell(description) : '',
          p.docs.deprecated || property?.docs.deprecated ? '**Deprecated.**' : '',
          details.length > 0 ? details.join('; ') + '.' : '',
        ]
          .filter(Boolean)
          .join('<br>'),
      ];
    }),
  );
  const body = operation.requestBody;
  const responses = operation.responses.map((r) => [
    markdownCode(r.status),
    r.content.length === 0 ? 'no body' : contentDisplay(r.content, docs),
    [
      specMarkdownCell([r.docs.title, r.docs.description].filter(Boolean).join('\n')),
      r.headers ? `Headers: ${headerNames(r.headers, definitions)}.` : '',
    ]
      .filter(Boolean)
      .join('<br>'),
  ]);
  const callbacks = operation.callbacks.flatMap((c) =>
    c.operations.map((o) => [markdownCode(c.name), markdownCode(operationHeading(o)), `[${markdownCell(o.id)}](${linkTo(o)})`]),
  );
  const responseDetails = operation.responses.flatMap((r): PayloadView[] => {
    const headers = headerTable(r.headers, docs);
    const payloads = r.content.map((m, i) => payloadView(`**Response ${markdownCode(r.status)}**`, m, docs, i === 0 ? headers : null));
    if (payloads.length === 0 && headers)
      return [{ intro: `**Response ${markdownCode(r.status)}** headers:`, description: null, fields: null, headers, examples: [] }];
    return payloads.filter((p) => p.fields !== null || p.headers !== null || p.examples.length > 0);
  });
  return {
    level,
    heading: markdownHeading(operationHeading(operation)),
    title: operation.docs.title ? markdownText(operation.docs.title) : null,
    deprecated: operation.docs.deprecated === true,
    description: operation.docs.description ? specMarkdown(operation.docs.description) : null,
    facts: facts.join(' '),
    security: securityText(operation.security ?? docs.security),
    parameters: tableView(['Parameter', 'In', 'Type', 'Required', 'Description'], parameterRows),
    body:
      body && body.content.length > 0
        ? {
            ...payloadView(`**Request body** (${body.required ? 'required' : 'optional'})`, body.content[0]!, docs, null, body.content),
            description: body.docs.description ? specMarkdown(body.docs.description) : null,
          }
        : null,
    responses: tableView(['Status', 'Body', 'Description'], responses),
    responseDetails,
    callbacks: tableView(['Callback', 'Request', 'Operation'], callbacks),
  };
}

/** A payload's line (its media types and types), the fields of its object type, and its examples. */
function payloadView(
  label: string,
  media: MediaContent,
  docs: OperationDocs,
  headers: TableView | null,
  all: MediaContent[] = [media],
): PayloadView {
  const object = objectOf(media.type, docs.definitions);
  const examples = all.flatMap((m) => (m.examples ?? []).map((e) => exampleView(e, m, docs.verdict(e), all.length > 1)));
  return {
    intro: `${label}: ${contentDisplay(all, docs)}`,
    description: null,
    fields: object ? tableView(['Field', 'Type', 'Required', 'Description', 'Constraints'], object.properties.map(docs.fieldCells)) : null,
    headers,
    examples,
  };
}

/** The largest example shown in full; a larger one is named with its size (its verdict still shown). */
const maxExampleBytes = 16_000;

function exampleView(example: Example, media: MediaContent, problem: string | undefined, namedMedia: boolean): ExampleView {
  // In prettier's JSON layout (arrays on one line where they fit), as prettier prints JSON in a fence.
  let code = printJson(example.value)?.trimEnd() ?? JSON.stringify(example.value, null, 2) ?? 'null';
  if (Buffer.byteLength(code) > maxExampleBytes)
    code = `"(an example of ${Math.round(Buffer.byteLength(code) / 1000)} KB, too large to show here)"`;
  let longest = 2;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const name = [
    example.name !== undefined ? markdownCode(example.name) : '',
    example.summary ? markdownText(example.summary).replace(/\n/g, ' ') : '',
  ]
    .filter(Boolean)
    .join(' — ');
  return {
    label: `Example${name ? ` ${name}` : ''}${namedMedia ? ` (${markdownCode(media.mediaType)})` : ''}:`,
    fence: '`'.repeat(longest + 1),
    code,
    problem: problem === undefined ? null : `${markdownText(problem).replace(/\n/g, ' ')}.`,
  };
}

/** A parameter's example in its table cell: the value, and the validators' complaint if any. */
function exampleInline(example: Example, problem: string | undefined): string {
  const value = `Example${example.name !== undefined ? ` ${markdownCode(example.name)}` : ''}: ${markdownCode(inlineJson(example.value))}`;
  return problem === undefined ? value : `${value} (⚠️ rejected by the generated validators: ${markdownCell(problem)})`;
}

function inlineJson(value: JsonValue): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Default, bounds, lengths, pattern and enum of a parameter's type (through one reference). */
function constraintTexts(type: TypeNode, docs: Docs, { definitions, checkTexts }: OperationDocs): string[] {
  const target = type.kind === 'ref' ? definitions.get(type.target)?.type : type;
  const node = target?.kind === 'nullable' ? target.inner : target;
  const out: string[] = [];
  if (docs.default) out.push(`Default: ${markdownCode(inlineJson(docs.default.value))}`);
  if (!node) return out;
  out.push(...checkTexts(node));
  if (node.kind === 'enum' && type.kind === 'ref') {
    out.push(
      `one of ${node.members
        .slice(0, 20)
        .map((m) => markdownCode(JSON.stringify(m.value)))
        .join(', ')}${node.members.length > 20 ? ', …' : ''}`,
    );
  }
  return out;
}

/** The required security, each alternative on its own: `oauth_2_0` (scopes `a`, `b`), or none. */
export function securityText(security: SecurityRequirement[] | undefined): string | null {
  if (security === undefined) return null;
  if (security.length === 0) return 'none (no authentication).';
  const alternatives = security.map((requirement) =>
    requirement.length === 0
      ? 'no authentication'
      : requirement
          .map(
            (r) => `${markdownCode(r.scheme)}${r.scopes.length > 0 ? ` (scopes ${r.scopes.map((s) => markdownCode(s)).join(', ')})` : ''}`,
          )
          .join(' and '),
  );
  return `${alternatives.join(', or ')}.`;
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
  return {
    heading: markdownHeading(groupHeadingText(group)),
    description: declared?.docs.description ? specMarkdown(declared.docs.description) : null,
    about: about.length > 0 ? about.join(' ') : null,
    operations,
  };
}

/** The heading text of a tag group, as slugs are computed from it. */
export function groupHeadingText(group: TagGroup): string {
  const title = group.declared?.docs.title;
  return oneLine(
    group.tag === undefined
      ? (group.untaggedLabel ?? 'Other operations')
      : title && title !== group.tag
        ? `${title} (${group.tag})`
        : group.tag,
  );
}

function contentDisplay(content: MediaContent[], { linkOf, typeDisplay }: OperationDocs): string {
  return content
    .map((m) => {
      const type = m.type.kind === 'any' && m.itemType ? `items of ${typeDisplay(m.itemType, linkOf)}` : typeDisplay(m.type, linkOf);
      return `${markdownCode(m.mediaType)}: ${type}`;
    })
    .join('<br>');
}

/** One parameter's property: the same-named property of its group's object definition. */
function parameterProperty(group: TypeNode, name: string, definitions: ReadonlyMap<string, Definition>): Property | undefined {
  const object = group.kind === 'ref' ? definitions.get(group.target)?.type : group;
  return object?.kind === 'object' ? object.properties.find((p) => p.name === name) : undefined;
}

/** The object type a payload refers to (one reference followed), for its fields table. */
function objectOf(type: TypeNode, definitions: ReadonlyMap<string, Definition>): Extract<TypeNode, { kind: 'object' }> | undefined {
  const node = type.kind === 'ref' ? definitions.get(type.target)?.type : type;
  return node?.kind === 'object' && node.properties.length > 0 ? node : undefined;
}

/** Response headers as a table: name, type, required, description. */
function headerTable(headers: TypeNode | undefined, docs: OperationDocs): TableView | null {
  const object = headers ? objectOf(headers, docs.definitions) : undefined;
  if (!object) return null;
  return tableView(['Header', 'Type', 'Required', 'Description', 'Constraints'], object.properties.map(docs.fieldCells));
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
