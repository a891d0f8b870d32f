/**
 * The Operations and Webhooks parts of the docs: operations grouped by tag (in the document's declared
 * order, then tags only operations name, untagged last), each with its method and path, summary,
 * description, a deprecation mark, a parameters table, the request body per media type, a responses
 * table and its callbacks. Types link to their definitions, and definitions link back ("Used by").
 * Every string is escaped here for its Markdown context, as in ./view-model.ts.
 */
import { type Definition, type Model, type Operation, type Tag, type TypeNode } from '../../model/index.js';
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
    parameters: {
        name: string;
        location: string;
        type: string;
        required: string;
        description: string;
    }[];
    body: string | null;
    hasResponses: boolean;
    responses: {
        status: string;
        type: string;
        description: string;
    }[];
    hasCallbacks: boolean;
    callbacks: {
        name: string;
        request: string;
        operation: string;
    }[];
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
export declare function documentedOperations(model: Model): DocumentedOperations;
export declare function operationHeading(operation: Operation): string;
/** `level` is the heading's `#`s: `####` under a tag in a single README, `##` on a page of its own. */
export declare function operationView(operation: Operation, docs: OperationDocs, level: string): OperationView;
export declare function groupView(group: TagGroup, operations: OperationView[], tagAnchor: (tag: string) => string | undefined): OperationGroupView;
/** The heading text of a tag group, as slugs are computed from it. */
export declare function groupHeadingText(group: TagGroup): string;
/**
 * Definitions that exist only to hold an operation's parameters or response headers: the operation's
 * tables show them, so they get no section of their own, and links to them lead to the operation.
 */
export declare function operationOwnedDefinitions(model: Model, referencesOf?: (def: Definition) => string[]): Map<string, Operation>;
export {};
