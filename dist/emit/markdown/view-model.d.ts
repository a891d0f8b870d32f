import { type Model, type TypeNode } from '../../model/index.js';
import { type TableView } from './table-view.js';
import { type DocumentedOperations, type OperationGroupView, type OperationView } from './operations-view.js';
/** The single README.md of a small document: everything on one page. */
export interface DocumentView {
    banner: string;
    title: string;
    description: string | null;
    source: string | null;
    /** The root definitions as links; null for a whole-document run, which has none. */
    rootLinks: string | null;
    lossy: {
        count: number;
        fields: string;
        hint: string;
    } | null;
    /** Where the API is served: a list of URLs with their descriptions. */
    servers: {
        items: {
            item: string;
        }[];
    } | null;
    /** The security schemes (name, type, description), and each OAuth 2 scheme's scopes. */
    authentication: {
        schemes: TableView;
        scopes: {
            intro: string;
            table: TableView;
        }[];
        defaultSecurity: string | null;
    } | null;
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
    operationPages: {
        link: string;
        description: string | null;
        operations: TableView;
    }[];
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
    contents: {
        entry: string;
    }[];
    operations: OperationView[];
    definitions: DefinitionView[];
}
/**
 * A file of the docs, with the template that renders it. A page's sections are rendered already (see
 * `docsFiles`): its view lists none, and `sections` follows what the template renders.
 */
export type DocsFile = {
    path: string;
    template: 'document';
    view: DocumentView;
    title: string;
} | {
    path: string;
    template: 'index';
    view: IndexView;
    title: string;
} | {
    path: string;
    template: 'page';
    view: PageView;
    sections: string;
    title: string;
} | {
    path: 'llms.txt';
    template: 'llms';
    view: LlmsView;
} | {
    path: 'docs-index.json';
    json: DocsIndex;
};
/**
 * `llms.txt` (the llms.txt convention): the title, a one-line summary, and links to every page, and to
 * every operation and definition while that fits the page budget; past it, a list links the pages that
 * hold them (each page opens with links to its sections), and `note` says so.
 */
export interface LlmsView {
    banner: string;
    title: string;
    summary: string | null;
    pages: {
        item: string;
    }[];
    operations: LlmsList | null;
    definitions: LlmsList | null;
}
export interface LlmsList {
    /** Null when every entry is listed; else where the entries are (their pages, docs-index.json). */
    note: string | null;
    items: {
        item: string;
    }[];
}
/** `docs-index.json`: what the docs hold and where, for agents and tools (no Markdown in it). */
export interface DocsIndex {
    $comment: string;
    title: string;
    pages: {
        path: string;
        title: string;
    }[];
    operations: DocsIndexOperation[];
    webhooks: DocsIndexOperation[];
    definitions: {
        name: string;
        typeName: string;
        summary: string | null;
        page: string;
        anchor: string;
    }[];
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
export type SectionRenderer = (section: {
    definition: DefinitionView;
} | {
    operation: OperationView;
}) => string;
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
    listItems: {
        item: string;
    }[];
    /** The definitions this one refers to, one link an item. */
    references: {
        items: {
            item: string;
        }[];
    } | null;
    /** The definitions and operations that refer to this one, one link an item. */
    usedBy: {
        items: {
            item: string;
        }[];
    } | null;
}
type LinkOf = (definitionName: string) => string;
/** The files of the docs: one README.md, or an index and pages (see ./pages.ts). */
export declare function docsFiles(model: Model, banner: string, api: DocumentedOperations, render: SectionRenderer): DocsFile[];
/**
 * Names in the order a reader scans them: letters case-insensitively, digit runs by their value
 * (`D2` before `D10`), ties broken by the exact text so that the order never depends on the machine.
 */
export declare function naturalOrder(a: string, b: string): number;
/** A type as table-cell text: links to definitions, code spans for literals, `\|` between alternatives. */
export declare function typeDisplay(node: TypeNode, linkOf: LinkOf): string;
/**
 * A count with commas between groups of three digits (`19,500`), as `toLocaleString('en-US')` writes it,
 * without loading the locale data (its first use cost as much as rendering a hundred sections).
 */
export declare function grouped(n: number): string;
export {};
