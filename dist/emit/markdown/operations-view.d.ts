/**
 * The Operations and Webhooks parts of the docs: operations grouped by tag (in the document's declared
 * order, then tags only operations name, untagged last), each with its method and path, summary,
 * description, a deprecation mark, a parameters table, the request body per media type, a responses
 * table and its callbacks. Types link to their definitions, and definitions link back ("Used by").
 * Every string is escaped here for its Markdown context, as in ./view-model.ts.
 */
import { type Definition, type Example, type Property, type SecurityRequirement, type Model, type Operation, type Tag, type TypeNode } from '../../model/index.js';
import { type TableView } from './table-view.js';
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
export declare function documentedOperations(model: Model): DocumentedOperations;
export declare function operationHeading(operation: Operation): string;
/**
 * Heading text on one line: a line break in a path, tag or title would end the heading there (the rest a
 * paragraph), and the anchor computed from the whole text would then point at nothing.
 */
export declare function oneLine(text: string): string;
/** `level` is the heading's `#`s: `####` under a tag in a single README, `##` on a page of its own. */
export declare function operationView(operation: Operation, docs: OperationDocs, level: string): OperationView;
/** The required security, each alternative on its own: `oauth_2_0` (scopes `a`, `b`), or none. */
export declare function securityText(security: SecurityRequirement[] | undefined): string | null;
export declare function groupView(group: TagGroup, operations: OperationView[], tagAnchor: (tag: string) => string | undefined): OperationGroupView;
/** The heading text of a tag group, as slugs are computed from it. */
export declare function groupHeadingText(group: TagGroup): string;
/**
 * Definitions that exist only to hold an operation's parameters or response headers: the operation's
 * tables show them, so they get no section of their own, and links to them lead to the operation.
 */
export declare function operationOwnedDefinitions(model: Model, referencesOf?: (def: Definition) => string[]): Map<string, Operation>;
export {};
