/**
 * The Markdown view model: every decision about what the docs say is made here, so the templates stay
 * logic-free. Every string in it is already escaped for its Markdown context. Absent values are `null`,
 * never missing: Mustache looks a missing key up in the enclosing view, which would repeat the
 * document's description under every definition.
 */
import { randomBytes } from 'node:crypto';
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
  type ValueMapping,
} from '../../model/index.js';
import { markdownCell, markdownCode, markdownHeading, markdownText } from '../escape.js';
import { exampleVerdicts } from './examples.js';
import { specMarkdown, specMarkdownCell } from './spec-markdown.js';
import { tableView, type TableView } from './table-view.js';
import { maxPageBytes, oversized, planPages, pageTitle, relativeLink, type DocsPlan, type Page, type Section } from './pages.js';
import {
  groupView,
  oneLine,
  operationHeading,
  operationOwnedDefinitions,
  operationView,
  type DocumentedOperations,
  type OperationDocs,
  type OperationGroupView,
  type OperationView,
  securityText,
} from './operations-view.js';

/** The single README.md of a small document: everything on one page. */
export interface DocumentView {
  banner: string;
  title: string;
  description: string | null;
  source: string | null;
  /** The root definitions as links; null for a whole-document run, which has none. */
  rootLinks: string | null;
  lossy: { count: number; fields: string; hint: string } | null;
  /** Where the API is served: a list of URLs with their descriptions. */
  servers: { items: { item: string }[] } | null;
  /** The security schemes (name, type, description), and each OAuth 2 scheme's scopes. */
  authentication: { schemes: TableView; scopes: { intro: string; table: TableView }[]; defaultSecurity: string | null } | null;
  /** A Mermaid graph of the references, for documents small enough to read one. */
  diagram: string | null;
  /** Operations grouped by tag, and webhooks; empty for documents that describe no API. */
  hasOperations: boolean;
  operationGroups: OperationGroupView[];
  hasWebhooks: boolean;
  webhooks: OperationView[];
  definitions: DefinitionView[];
}

/** README.md of a large document: what it is, and a table of contents of its pages. */
export interface IndexView {
  banner: string;
  title: string;
  description: string | null;
  source: string | null;
  rootLinks: string | null;
  lossy: DocumentView['lossy'];
  servers: DocumentView['servers'];
  authentication: DocumentView['authentication'];
  summary: string;
  hasOperationPages: boolean;
  /** Each operations page: its link, its tag's description, and its operations with their summaries. */
  operationPages: { link: string; description: string | null; operations: TableView }[];
  /** The definitions pages: link and the names each holds. */
  definitionPages: TableView | null;
}

/** One page of a large document's docs: a tag's operations, the webhooks, or a group of definitions. */
export interface PageView {
  banner: string;
  title: string;
  index: string;
  /** For a page over the page budget because of its one section: a sentence that says so. */
  budgetNote: string | null;
  description: string | null;
  about: string | null;
  contents: { entry: string }[];
  operations: OperationView[];
  definitions: DefinitionView[];
}

/**
 * A file of the docs, with the template that renders it. A page's sections are rendered already (see
 * `docsFiles`): its view lists none, and `sections` follows what the template renders.
 */
export type DocsFile =
  | { path: string; template: 'document'; view: DocumentView; title: string }
  | { path: string; template: 'index'; view: IndexView; title: string }
  | { path: string; template: 'page'; view: PageView; sections: string; title: string }
  | { path: 'llms.txt'; template: 'llms'; view: LlmsView }
  | { path: 'docs-index.json'; json: DocsIndex };

/**
 * `llms.txt` (the llms.txt convention): the title, a one-line summary, and links to every page, and to
 * every operation and definition while that fits the page budget; past it, a list links the pages that
 * hold them (each page opens with links to its sections), and `note` says so.
 */
export interface LlmsView {
  banner: string;
  title: string;
  summary: string | null;
  pages: { item: string }[];
  operations: LlmsList | null;
  definitions: LlmsList | null;
}

export interface LlmsList {
  /** Null when every entry is listed; else where the entries are (their pages, docs-index.json). */
  note: string | null;
  items: { item: string }[];
}

/** `docs-index.json`: what the docs hold and where, for agents and tools (no Markdown in it). */
export interface DocsIndex {
  $comment: string;
  title: string;
  pages: { path: string; title: string }[];
  operations: DocsIndexOperation[];
  webhooks: DocsIndexOperation[];
  definitions: { name: string; typeName: string; summary: string | null; page: string; anchor: string }[];
}

export interface DocsIndexOperation {
  id: string;
  method: string;
  path: string;
  summary: string | null;
  tags: string[];
  deprecated: boolean;
  page: string;
  anchor: string;
}

/** Renders one section alone, to measure it (for splitting groups into pages). */
export type SectionRenderer = (section: { definition: DefinitionView } | { operation: OperationView }) => string;

export interface DefinitionView {
  heading: string;
  originalName: string | null;
  deprecated: boolean;
  description: string | null;
  isObject: boolean;
  /** Field, type, required, description, constraints (empty columns left out); null for an object with none. */
  fields: TableView | null;
  extraKeys: string | null;
  isEnum: boolean;
  /** Value and description of an enum's members. */
  values: TableView | null;
  /** "… and 19,500 more values": for enums longer than the docs list. */
  moreValues: string | null;
  alias: string | null;
  /** A union or intersection: its variants as a list, after a line saying how they combine. */
  listIntro: string | null;
  listItems: { item: string }[];
  /** The definitions this one refers to, one link an item. */
  references: { items: { item: string }[] } | null;
  /** The definitions and operations that refer to this one, one link an item. */
  usedBy: { items: { item: string }[] } | null;
}

interface FieldView {
  name: string;
  type: string;
  required: string;
  description: string;
  constraints: string;
}

type LinkOf = (definitionName: string) => string;

/** Enum values and union variants listed at most: past this many, the docs say how many more there are. */
const maxListed = 500;

/** Above this many definitions a reference diagram is a hairball, not a help. */
const maxDiagramDefinitions = 60;

/** The files of the docs: one README.md, or an index and pages (see ./pages.ts). */
export function docsFiles(model: Model, banner: string, api: DocumentedOperations, render: SectionRenderer): DocsFile[] {
  const roots = new Set(model.roots);
  // Definitions that only hold an operation's parameters or headers are shown in that operation's tables.
  // What each definition refers to, found once: three tables below ask it of every definition.
  const referencesCache = new Map<Definition, string[]>();
  const referencesOf = (def: Definition) => {
    let names = referencesCache.get(def);
    if (!names) referencesCache.set(def, (names = referencedNames(def.type)));
    return names;
  };
  const owned = operationOwnedDefinitions(model, referencesOf);
  const byName = (a: Definition, b: Definition) => naturalOrder(a.typeName!, b.typeName!);
  // Roots first, then the rest alphabetically: an order a reader can scan.
  const documented = [
    ...model.definitions.filter((d) => roots.has(d.name)),
    ...model.definitions.filter((d) => !roots.has(d.name) && !owned.has(d.name)).sort(byName),
  ];
  const title = oneLine(model.docs.title?.trim() ? model.docs.title : model.name.trim() ? model.name : 'Schema');
  const diagram = referenceDiagram(documented);
  const definitions = new Map(model.definitions.map((d) => [d.name, d]));
  const usedBy = referrers(model, referencesOf);
  const allOperations = [...api.groups.flatMap((g) => g.operations), ...api.webhooks];
  const operationUsers = new Map<string, Operation[]>();
  for (const operation of allOperations) {
    for (const name of operationDefinitions(operation)) {
      const list = operationUsers.get(name) ?? [];
      list.push(operation);
      operationUsers.set(name, list);
    }
  }

  /** Where a link from a page to a section points, wherever the section lives. */
  const targetFrom = (page: Page | undefined, plan: DocsPlan | undefined) => {
    // A page links to the same few pages thousands of times: each relative path is computed once.
    const paths = new Map<Page, string>();
    return (section: Definition | Operation) => {
      const where = plan?.where(section);
      if (!where || !page) return `#${provisionalAnchor(section)}`;
      let path = paths.get(where.page);
      if (path === undefined) paths.set(where.page, (path = relativeLink(page, where.page)));
      return `${path}#${where.anchor}`;
    };
  };

  /** Views for one page: links from there to every section (`target`). */
  const viewsFor = (target: (section: Definition | Operation) => string, level: string) => {
    const operationLink = (o: Operation) => `[${markdownCell(operationHeading(o))}](${target(o)})`;
    const linkOf: LinkOf = (name) => {
      const def = definitions.get(name);
      if (def && !owned.has(name)) return `[${def.typeName}](${target(def)})`;
      const operation = owned.get(name);
      return operation ? operationLink(operation) : markdownCode(name);
    };
    const operationDocs: OperationDocs = {
      linkOf,
      typeDisplay,
      definitions,
      linkTo: (o) => target(o),
      fieldCells: (p) => fieldCells(fieldView(p, linkOf)),
      checkTexts,
      verdict: (e) => verdicts.get(e),
      security: model.security,
    };
    return {
      linkOf,
      operation: (o: Operation) => operationView(o, operationDocs, level),
      definition: (d: Definition) =>
        definitionView(d, linkOf, usedBy.get(d.name) ?? [], (operationUsers.get(d.name) ?? []).map(operationLink), referencesOf(d)),
    };
  };

  const verdicts = exampleVerdicts(model);
  const lossyFields = model.definitions.flatMap((d) =>
    d.type.kind === 'object' ? d.type.properties.filter((p) => p.docs.lossy).map((p) => markdownCode(p.name)) : [],
  );
  const lossy =
    lossyFields.length > 0
      ? {
          count: lossyFields.length,
          fields: lossyFields.join(', '),
          hint: 'For exact types, generate from the upstream document with `--upstream`.',
        }
      : null;
  const servers = serversView(model);
  const authentication = authenticationView(model);
  const head = (links: ReturnType<typeof viewsFor>) => ({
    banner,
    title: markdownHeading(title),
    description: model.docs.description ? specMarkdown(model.docs.description) : null,
    source: model.docs.seeAlso ? markdownCode(model.docs.seeAlso) : null,
    rootLinks: model.roots.length > 0 ? model.roots.map(links.linkOf).join(', ') : null,
    lossy,
    servers,
    authentication,
  });

  // Paged docs render each section once, its links as placeholders: with provisional links filled in,
  // its size decides where a large group of sections splits; with the page's links, it is the page's
  // text. (A section's text depends on the page only through its links, and a section renders the same
  // alone as inside its page: its view has every key its template reads.) The placeholders carry a
  // nonce, so spec text cannot forge one.
  const nonce = randomBytes(8).toString('hex');
  const placeholder = new RegExp(`\uE000${nonce}:(\\d+)\uE001`);
  const linked: (Definition | Operation)[] = [];
  const linkIds = new Map<Definition | Operation, number>();
  const placeholders = viewsFor((section) => {
    let id = linkIds.get(section);
    if (id === undefined) linkIds.set(section, (id = linked.push(section) - 1));
    return `\uE000${nonce}:${id}\uE001`;
  }, '##');
  /** A section's text split at its links: text, link id, text, … (split keeps the captured ids at odd places). */
  const rendered = new Map<Definition | Operation, { parts: string[]; textBytes: number }>();
  const sectionParts = (section: Section) => {
    const key = section.kind === 'definition' ? section.definition : section.operation;
    let text = rendered.get(key);
    if (text === undefined) {
      const parts = render(
        section.kind === 'definition'
          ? { definition: placeholders.definition(section.definition) }
          : { operation: placeholders.operation(section.operation) },
      ).split(placeholder);
      let textBytes = 0;
      for (let i = 0; i < parts.length; i += 2) textBytes += Buffer.byteLength(parts[i]!);
      rendered.set(key, (text = { parts, textBytes }));
    }
    return text;
  };
  const withLinks = (section: Section, target: (section: Definition | Operation) => string) => {
    const { parts } = sectionParts(section);
    let text = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) text += target(linked[Number(parts[i])]!) + parts[i + 1]!;
    return text;
  };
  const provisional = targetFrom(undefined, undefined);
  // Each provisional link's length in bytes, measured once however many sections it appears in.
  const linkBytes: number[] = [];
  const sizeOf = (section: Section) => {
    const { parts, textBytes } = sectionParts(section);
    let bytes = textBytes;
    for (let i = 1; i < parts.length; i += 2) {
      const id = Number(parts[i]);
      bytes += linkBytes[id] ??= Buffer.byteLength(provisional(linked[id]!));
    }
    return bytes * 1.1;
  };
  const before = [...(servers ? ['Servers'] : []), ...(authentication ? ['Authentication'] : [])];
  const plan = planPages(api, documented, sizeOf, { title, diagram: diagram !== null, before });

  const files = plan.pages.map((page): DocsFile => {
    if (page.kind === 'single') {
      const links = viewsFor(targetFrom(page, plan), '####');
      return {
        path: page.path,
        title,
        template: 'document',
        view: {
          ...head(links),
          diagram,
          hasOperations: api.groups.length > 0,
          operationGroups: api.groups.map((group) =>
            groupView(group, group.operations.map(links.operation), (tag) => plan.headingAnchor(page, `tag:${tag}`)),
          ),
          hasWebhooks: api.webhooks.length > 0,
          webhooks: api.webhooks.map(links.operation),
          definitions: documented.map(links.definition),
        },
      };
    }
    if (page.kind === 'index') {
      const links = viewsFor(targetFrom(page, plan), '##');
      const pages = plan.pages.filter((p) => p !== page);
      const link = (p: Page, text: string) => `[${markdownCell(text)}](${relativeLink(page, p)})`;
      const definitionPages = pages.filter((p) => p.kind === 'definitions');
      return {
        path: page.path,
        title,
        template: 'index',
        view: {
          ...head(links),
          summary: indexSummary(api, documented.length, pages.length),
          hasOperationPages: pages.some((p) => p.kind === 'operations' || p.kind === 'webhooks'),
          operationPages: pages
            .filter((p) => p.kind === 'operations' || p.kind === 'webhooks')
            .map((p) => {
              const target = targetFrom(page, plan);
              const rows = p.sections.flatMap((s) =>
                s.kind === 'operation'
                  ? [
                      [
                        `[${markdownCell(operationHeading(s.operation))}](${target(s.operation)})`,
                        s.operation.docs.title ? markdownCell(s.operation.docs.title) : '',
                      ],
                    ]
                  : [],
              );
              const description = p.group?.declared?.docs.description;
              const first = p === pages.find((q) => q.group === p.group && q.kind === p.kind);
              return {
                link: link(p, p.label),
                description:
                  first && description
                    ? specMarkdown(description)
                    : p.kind === 'webhooks' && first
                      ? 'Requests the API sends to you.'
                      : null,
                operations: tableView(['Operation', 'Summary'], rows)!,
              };
            }),
          definitionPages: tableView(
            ['Page', 'Definitions'],
            definitionPages.map((p) => {
              const names = p.sections.flatMap((s) => (s.kind === 'definition' ? [s.definition.typeName!] : []));
              const range = names.length === 1 ? names[0] : `${names[0]} … ${names[names.length - 1]}`;
              return [link(p, p.label), `${names.length}: ${markdownCell(range!)}`];
            }),
          ),
        },
      };
    }
    const target = targetFrom(page, plan);
    const index = plan.pages.find((p) => p.kind === 'index')!;
    const group = page.group;
    const about = group ? groupView(group, [], (tag) => tagPageLink(plan, page, tag)) : undefined;
    return {
      path: page.path,
      title: page.kind === 'definitions' ? `Definitions ${page.label}` : page.label,
      template: 'page',
      view: {
        banner,
        title: markdownHeading(pageTitle(title, page)),
        index: `[Back to the index](${relativeLink(page, index)})`,
        budgetNote: budgetNote(page, sizeOf),
        description: about?.description ?? null,
        about: about?.about ?? null,
        contents: page.sections.map((s) => {
          const [heading, at] =
            s.kind === 'operation' ? [operationHeading(s.operation), s.operation] : [s.definition.typeName!, s.definition];
          const summary =
            s.kind === 'operation' && s.operation.docs.title ? ` — ${markdownText(s.operation.docs.title).replace(/\n/g, ' ')}` : '';
          return { entry: `[${markdownCell(heading)}](#${plan.where(at)!.anchor})${summary.replace(/<br>/g, ' ')}` };
        }),
        operations: [],
        definitions: [],
      },
      // The template lists operations, then definitions, last: their texts follow it in that order.
      sections: [...page.sections.filter((s) => s.kind === 'operation'), ...page.sections.filter((s) => s.kind === 'definition')]
        .map((s) => withLinks(s, target))
        .join(''),
    };
  });
  return [...files, ...agentFiles(model, api, documented, plan, title, banner)];
}

/** The sentence on a page that one section makes larger than the page budget: the one exception, stated. */
function budgetNote(page: Page, sizeOf: (section: Section) => number): string | null {
  const over = oversized(page, sizeOf);
  if (!over) return null;
  const name = over.section.kind === 'definition' ? over.section.definition.typeName! : operationHeading(over.section.operation);
  return `This page may be larger than the docs' page budget of ${maxPageBytes / 1024} KB: the section ${markdownCode(name)} alone is about ${grouped(Math.round(over.bytes / 1024))} KB, and a section is not split across pages.`;
}

/** A page as llms.txt lists it: what it holds. */
function llmsPageName(page: Page): string {
  switch (page.kind) {
    case 'operations':
      return `Operations: ${page.label}`;
    case 'webhooks':
      return page.label;
    case 'definitions':
      return `Definitions: ${page.label}`;
    case 'index':
      return 'Overview: servers, authentication, and the index of operations and definitions';
    default:
      return 'Everything: servers, authentication, operations and definitions';
  }
}

/** The first sentence (or line) of a description, as plain one-line text. */
function summaryOf(text: string | undefined): string | null {
  if (!text?.trim()) return null;
  const line = text
    .trim()
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ');
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  return sentence.length > 300 ? `${sentence.slice(0, 300)}…` : sentence;
}

/** `llms.txt` and `docs-index.json`: the docs' contents for readers that are programs. */
function agentFiles(
  model: Model,
  api: DocumentedOperations,
  documented: Definition[],
  plan: DocsPlan,
  title: string,
  banner: string,
): DocsFile[] {
  const at = (section: Definition | Operation) => plan.where(section)!;
  const operation = (o: Operation): DocsIndexOperation => ({
    id: o.id,
    method: o.method.toUpperCase(),
    path: o.path,
    summary: o.docs.title ?? summaryOf(o.docs.description),
    tags: o.tags,
    deprecated: o.docs.deprecated === true,
    page: at(o).page.path,
    anchor: at(o).anchor,
  });
  const index: DocsIndex = {
    $comment: banner.replaceAll('&gt;', '>'),
    title,
    pages: plan.pages.map((p) => ({ path: p.path, title: pageTitle(title, p) })),
    operations: api.groups.flatMap((g) => g.operations).map(operation),
    webhooks: api.webhooks.map(operation),
    definitions: documented.map((d) => ({
      name: d.name,
      typeName: d.typeName!,
      summary: summaryOf(d.docs.title ?? d.docs.description),
      page: at(d).page.path,
      anchor: at(d).anchor,
    })),
  };
  const link = (text: string, page: string, anchor?: string) => `[${markdownCell(text)}](${page}${anchor ? `#${anchor}` : ''})`;
  const note = (text: string | null) => (text ? `: ${markdownText(text)}` : '');
  const operations = [...index.operations, ...index.webhooks].map((o) => ({
    item: `${link(`${o.method} ${o.path}`, o.page, o.anchor)}${note(o.summary)}`,
  }));
  const definitions = index.definitions.map((d) => ({ item: `${link(d.typeName, d.page, d.anchor)}${note(d.summary)}` }));
  const indexBytes = Buffer.byteLength(JSON.stringify(index, null, 2));
  const pages = [
    ...plan.pages.map((p) => ({ item: link(llmsPageName(p), p.path) })),
    {
      item:
        `${link('docs-index.json', 'docs-index.json')}: every operation and definition with its page and anchor, as JSON` +
        // The machine index is one file, however large: a program reads it whole, and splitting it would
        // only make each reader join the parts. It is the one file of the docs the page budget does not bound.
        (indexBytes > maxPageBytes
          ? ` (about ${grouped(Math.round(indexBytes / 1024))} KB: one file for programs, the one file of the docs not held to the page budget of ${maxPageBytes / 1024} KB)`
          : ''),
    },
  ];
  // llms.txt is read whole, so it keeps to the page budget: past it, definitions (then operations) are
  // listed by the pages that hold them, whose contents link each one.
  const bytes = (items: { item: string }[]) => items.reduce((sum, { item }) => sum + Buffer.byteLength(item) + 3, 0);
  const headBytes = Buffer.byteLength(banner + title + (model.docs.description ?? '').slice(0, 400)) + 1024;
  const byPage = (kind: Section['kind'], what: string, count: number): LlmsList => ({
    note: `${grouped(count)} ${what}, more than this file lists within the page budget of ${maxPageBytes / 1024} KB: each page below opens with links to its own, and docs-index.json lists them all.`,
    items: plan.pages.flatMap((p) => {
      const held = p.sections.filter((s) => s.kind === kind).length;
      return held > 0 ? [{ item: `${link(llmsPageName(p), p.path)}: ${grouped(held)}` }] : [];
    }),
  });
  let operationList: LlmsList | null = operations.length > 0 ? { note: null, items: operations } : null;
  let definitionList: LlmsList | null = definitions.length > 0 ? { note: null, items: definitions } : null;
  const total = () => headBytes + bytes(pages) + bytes(operationList?.items ?? []) + bytes(definitionList?.items ?? []);
  if (total() > maxPageBytes && definitionList) definitionList = byPage('definition', 'definitions', definitions.length);
  if (total() > maxPageBytes && operationList) operationList = byPage('operation', 'operations', operations.length);
  const llms: LlmsView = {
    banner,
    title: markdownHeading(title),
    summary: summaryOf(model.docs.description) ? markdownText(summaryOf(model.docs.description)!) : null,
    pages,
    operations: operationList,
    definitions: definitionList,
  };
  return [
    { path: 'llms.txt', template: 'llms', view: llms },
    { path: 'docs-index.json', json: index },
  ];
}

/**
 * Names in the order a reader scans them: letters case-insensitively, digit runs by their value
 * (`D2` before `D10`), ties broken by the exact text so that the order never depends on the machine.
 */
export function naturalOrder(a: string, b: string): number {
  // A comparator a sort calls for every pair it looks at: nothing here allocates but the digit runs' trims.
  const x = naturalParts(a);
  const y = naturalParts(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    if (isDigit(p.charCodeAt(0)) && isDigit(q.charCodeAt(0))) {
      // By value (more significant digits is larger, then digit by digit), then fewer leading zeros first.
      const m = p.replace(/^0+/, '');
      const n = q.replace(/^0+/, '');
      if (m.length !== n.length) return m.length - n.length;
      if (m !== n) return m < n ? -1 : 1;
      return p.length - q.length;
    }
    return p < q ? -1 : 1;
  }
  return x.length - y.length || (a < b ? -1 : a > b ? 1 : 0);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A name's runs of digits and of other characters, lower-cased; kept, since a sort asks for each name many times. */
const partsOf = new Map<string, string[]>();
function naturalParts(s: string): string[] {
  let parts = partsOf.get(s);
  if (!parts) {
    if (partsOf.size > 100_000) partsOf.clear();
    parts = s.toLowerCase().match(/\d+|\D+/g) ?? [];
    partsOf.set(s, parts);
  }
  return parts;
}

/** What the index says the docs hold, and how they are split. */
function indexSummary(api: DocumentedOperations, definitions: number, pages: number): string {
  const operations = api.groups.reduce((n, g) => n + g.operations.length, 0);
  const count = (n: number, one: string, many: string) => `${grouped(n)} ${n === 1 ? one : many}`;
  const parts = [
    operations > 0 ? `${count(operations, 'operation', 'operations')} in ${count(api.groups.length, 'group', 'groups')} by tag` : '',
    api.webhooks.length > 0 ? count(api.webhooks.length, 'webhook', 'webhooks') : '',
    definitions > 0 ? count(definitions, 'definition', 'definitions') : '',
  ].filter(Boolean);
  const split = [
    operations > 0 ? 'operations by tag' : '',
    definitions > 0 ? 'definitions in alphabetical order by the first letter of their name' : '',
  ].filter(Boolean);
  return `This document has ${parts.join(', ')}, on ${count(pages, 'page', 'pages')}: ${split.join(', and ')}.`;
}

/** The link to a tag's (first) operations page, for a 3.2 tag's `parent`. */
function tagPageLink(plan: DocsPlan, from: Page, tag: string): string | undefined {
  const page = plan.pages.find((p) => p.kind === 'operations' && p.group?.tag === tag);
  return page ? relativeLink(from, page) || undefined : undefined;
}

/** An anchor of about the right length, for measuring a section before the pages are planned. */
function provisionalAnchor(section: Definition | Operation): string {
  return 'typeName' in section
    ? `../definitions/x.md#${section.typeName!.toLowerCase()}`
    : `../operations/x.md#${operationHeading(section as Operation).toLowerCase()}`;
}

function definitionView(
  def: Definition,
  linkOf: LinkOf,
  usedBy: string[],
  operations: string[],
  referenced: string[] = referencedNames(def.type),
): DefinitionView {
  const view: DefinitionView = {
    heading: def.typeName!,
    originalName: def.typeName !== def.name ? markdownCode(def.name) : null,
    deprecated: def.docs.deprecated === true,
    description: null,
    isObject: false,
    fields: null,
    extraKeys: null,
    isEnum: false,
    values: null,
    moreValues: null,
    alias: null,
    listIntro: null,
    listItems: [],
    references: null,
    usedBy: usedBy.length + operations.length > 0 ? { items: [...usedBy.map(linkOf), ...operations].map((item) => ({ item })) } : null,
  };
  const references = referenced.filter((name) => name !== def.name);
  if (references.length > 0) view.references = { items: references.map((name) => ({ item: linkOf(name) })) };
  const description = [def.docs.title !== def.docs.description ? def.docs.title : undefined, def.docs.description]
    .filter(Boolean)
    .join('\n\n');
  if (description) view.description = specMarkdown(description);

  const type = def.type;
  if (type.kind === 'object') {
    view.isObject = true;
    view.fields = tableView(
      ['Field', 'Type', 'Required', 'Description', 'Constraints'],
      type.properties.map((p) => fieldCells(fieldView(p, linkOf))),
    );
    view.extraKeys = extraKeysText(type, linkOf) ?? null;
  } else if (type.kind === 'enum') {
    view.isEnum = true;
    view.values = tableView(
      ['Value', 'Description'],
      type.members
        .slice(0, maxListed)
        .map((m) => [
          markdownCode(JSON.stringify(m.value)),
          m.title === undefined && m.description === undefined
            ? ''
            : specMarkdownCell([m.title, m.description].filter((t) => t !== undefined).join(': ')),
        ]),
    );
    if (type.members.length > maxListed) view.moreValues = moreText(type.members.length - maxListed, 'values');
  } else {
    const list = variantList(type, linkOf);
    if (list) {
      view.listIntro = list.intro;
      view.listItems = list.items.slice(0, maxListed).map((item) => ({ item }));
      if (list.items.length > maxListed) view.listItems.push({ item: moreText(list.items.length - maxListed, 'variants') });
    } else {
      view.alias = typeDisplay(type, linkOf);
    }
  }
  return view;
}

function moreText(count: number, what: string): string {
  return `… and ${grouped(count)} more ${what}; schema.json lists them all.`;
}

/** A union, tagged union or intersection of two or more, as the list of its variants (null among them, when nullable). */
function variantList(node: TypeNode, linkOf: LinkOf): { intro: string; items: string[] } | undefined {
  const inner = node.kind === 'nullable' ? node.inner : node;
  const orNull = node.kind === 'nullable' ? ['`null`'] : [];
  switch (inner.kind) {
    case 'union':
      if (inner.variants.length < 2) return undefined;
      return {
        intro: inner.exclusive ? 'Exactly one of:' : 'Any of:',
        items: [...inner.variants.map((v) => typeDisplay(v, linkOf)), ...orNull],
      };
    case 'taggedUnion':
      if (inner.variants.length < 2) return undefined;
      return {
        intro: `${inner.exclusive === false ? 'Any' : 'One'} of, told apart by ${markdownCode(inner.property)}:`,
        items: [
          ...inner.variants.map(
            (v) =>
              `${typeDisplay(variantBase(v.type, inner.property), linkOf)} (${v.tags.map((t) => markdownCode(JSON.stringify(t))).join(', ')})`,
          ),
          ...orNull,
        ],
      };
    case 'intersection':
      if (inner.members.length < 2 || orNull.length > 0) return undefined;
      return { intro: 'All of:', items: inner.members.map((m) => typeDisplay(m, linkOf)) };
    default:
      return undefined;
  }
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
  const notes = [
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
    description: [p.docs.description ? specMarkdownCell(p.docs.description) : '', notes ? markdownCell(notes) : '']
      .filter(Boolean)
      .join('<br>'),
    constraints: constraints(p.type, p.docs).join('<br>'),
  };
}

const fieldCells = (f: FieldView): string[] => [f.name, f.type, f.required, f.description, f.constraints];

/** `servers` as a list: each URL in code, its description, and its variables' defaults. */
function serversView(model: Model): DocumentView['servers'] {
  if (!model.servers || model.servers.length === 0) return null;
  const items = model.servers.map((server) => {
    const variables = (server.variables ?? []).map(
      (v) =>
        `${markdownCode(`{${v.name}}`)} = ${markdownCode(v.default)}${v.enum ? ` (one of ${v.enum.map((e) => markdownCode(e)).join(', ')})` : ''}`,
    );
    return {
      item: [
        markdownCode(server.url),
        server.description ? `: ${specMarkdownCell(server.description)}` : '',
        variables.length > 0 ? ` (${variables.join('; ')})` : '',
      ].join(''),
    };
  });
  return { items };
}

const flowNames: Record<string, string> = {
  implicit: 'implicit',
  password: 'password',
  clientCredentials: 'client credentials',
  authorizationCode: 'authorization code',
  deviceAuthorization: 'device authorization',
};

/** `components.securitySchemes` as a table, each OAuth 2 scheme's scopes as a table of their own, and the default requirement. */
function authenticationView(model: Model): DocumentView['authentication'] {
  const schemes = model.securitySchemes ?? [];
  if (schemes.length === 0) return null;
  const kind = (s: NonNullable<Model['securitySchemes']>[number]): string => {
    switch (s.type) {
      case 'apiKey':
        return `API key${s.in ? ` in the ${markdownCell(s.in)}` : ''}${s.parameterName ? ` ${markdownCode(s.parameterName)}` : ''}`;
      case 'http':
        return `HTTP ${markdownCell(s.scheme ?? 'authentication')}${s.bearerFormat ? ` (${markdownCell(s.bearerFormat)})` : ''}`;
      case 'oauth2':
        return `OAuth 2.0: ${(s.flows ?? [])
          .map((f) =>
            [
              markdownCell(flowNames[f.flow] ?? f.flow),
              f.authorizationUrl ? `authorize at ${markdownCode(f.authorizationUrl)}` : '',
              f.tokenUrl ? `token at ${markdownCode(f.tokenUrl)}` : '',
            ]
              .filter(Boolean)
              .join(', '),
          )
          .join('; ')}`;
      case 'openIdConnect':
        return `OpenID Connect${s.openIdConnectUrl ? ` (${markdownCode(s.openIdConnectUrl)})` : ''}`;
      case 'mutualTLS':
        return 'mutual TLS';
      default:
        return markdownCell(s.type);
    }
  };
  const scopes = schemes.flatMap((s) => {
    const all = new Map<string, string>();
    for (const flow of s.flows ?? []) for (const scope of flow.scopes) if (!all.has(scope.name)) all.set(scope.name, scope.description);
    const table = tableView(
      ['Scope', 'Description'],
      [...all].map(([name, description]) => [markdownCode(name), description ? specMarkdownCell(description) : '']),
    );
    return table ? [{ intro: `Scopes of ${markdownCode(s.name)}:`, table }] : [];
  });
  return {
    schemes: tableView(
      ['Scheme', 'Type', 'Description'],
      schemes.map((s) => [markdownCode(s.name), kind(s), s.description ? specMarkdownCell(s.description) : '']),
    )!,
    scopes,
    defaultSecurity: model.security ? `Unless an operation says otherwise, it requires ${securityText(model.security)}` : null,
  };
}

/**
 * A tagged union's variant without the `{ tag }` part the polymorphism pass joined to it: the docs list
 * each variant's tags beside it, so `Circle & object` would say less than `Circle (\`"circle"\`)`.
 */
function variantBase(type: TypeNode, property: string): TypeNode {
  if (type.kind !== 'intersection' || type.members.length !== 2) return type;
  const tag = type.members[1]!;
  const onlyTag = tag.kind === 'object' && tag.properties.length === 1 && tag.properties[0]!.name === property;
  return onlyTag ? type.members[0]! : type;
}

/** A wire type and, when a type mapping decodes it, the type code sees: `string (date-time) → \`Date\``. */
function mappedDisplay(wire: string, mapped: ValueMapping | undefined): string {
  if (mapped === undefined) return wire;
  return `${wire} → ${markdownCode(mapped.to === 'custom' ? mapped.type.name : mapped.to)}`;
}

/** A type as table-cell text: links to definitions, code spans for literals, `\|` between alternatives. */
export function typeDisplay(node: TypeNode, linkOf: LinkOf): string {
  switch (node.kind) {
    case 'string':
      return mappedDisplay(node.format ? `string (${markdownCell(node.format)})` : 'string', node.mapped);
    case 'number':
      return mappedDisplay(node.wire === 'string' ? `${node.numberKind} (as a string)` : node.numberKind, node.mapped);
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
      return `${node.variants.map((v) => typeDisplay(variantBase(v.type, node.property), linkOf)).join(' \\| ')} (by ${markdownCode(node.property)})`;
    case 'intersection':
      return node.members.map((m) => typeDisplay(m, linkOf)).join(' & ');
    case 'not':
      return `not ${typeDisplay(node.inner, linkOf)}`;
    case 'conditional':
      return `if ${typeDisplay(node.if, linkOf)} then ${node.then ? typeDisplay(node.then, linkOf) : 'anything'} else ${node.else ? typeDisplay(node.else, linkOf) : 'anything'}`;
    case 'unevaluated': {
      const rest = [
        ...(node.properties ? [`other keys ${typeDisplay(node.properties, linkOf)}`] : []),
        ...(node.items ? [`other items ${typeDisplay(node.items, linkOf)}`] : []),
      ];
      return `${typeDisplay(node.inner, linkOf)} (${rest.join(', ')})`;
    }
    case 'ref':
      return linkOf(node.target);
    default:
      return assertNever(node);
  }
}

function constraints(node: TypeNode, docs: Docs): string[] {
  if (node.kind === 'nullable') return constraints(node.inner, docs);
  const out = checkTexts(node);
  if (docs.default) out.push(`default ${markdownCode(JSON.stringify(docs.default.value))}`);
  return out;
}

/** A node's own checks as the docs say them: lengths, pattern, bounds, item and key counts, key patterns. */
function checkTexts(node: TypeNode): string[] {
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
  }
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
function referrers(model: Model, referencesOf: (def: Definition) => string[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const def of model.definitions) {
    for (const target of referencesOf(def)) {
      if (target === def.name) continue;
      const list = table.get(target) ?? [];
      list.push(def.name);
      table.set(target, list);
    }
  }
  return table;
}

/**
 * A count with commas between groups of three digits (`19,500`), as `toLocaleString('en-US')` writes it,
 * without loading the locale data (its first use cost as much as rendering a hundred sections).
 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
