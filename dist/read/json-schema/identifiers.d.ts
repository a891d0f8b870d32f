import { type JsonSchemaDialect } from './dialects.js';
export interface Location {
    uri: string;
    pointer: string;
}
/** The name under which a 2019-09 `"$recursiveAnchor": true` is kept among dynamic anchors (no `$dynamicAnchor` can be empty). */
export declare const recursiveAnchor = "";
export declare class IdentifierIndex {
    /** Absolute URI (no fragment) of a resource → its location. */
    private readonly resources;
    /** `absolute URI#anchor` → location. */
    private readonly anchors;
    /** Per document: pointer of each `$id` → the base URI it sets. */
    private readonly bases;
    /** Per document: the base before any `$id` (its retrieval URI). */
    private readonly initial;
    /**
     * Resource (absolute URI) → the dynamic anchors it declares: `$dynamicAnchor` names (2020-12), and
     * `recursiveAnchor` for a 2019-09 resource root with `"$recursiveAnchor": true`.
     */
    private readonly dynamicAnchors;
    /** Per document: pointer of each resource that names its dialect (`$schema`) → that dialect. */
    private readonly dialects;
    /** Per document: the dialect of a schema that no `$schema` governs. */
    private readonly defaultDialect;
    /**
     * Records a document's identifiers; `retrieval` is where it came from, as a URI. In a document that is
     * a schema (`schemaRoot`), only subschemas are searched: an `$id` inside an unknown keyword is data.
     * `dialect` is the input's dialect (the `dialect` option's, or the root's `$schema`); a resource's own
     * `$schema` takes over inside it, except at a document root `forced` by the option.
     */
    add(uri: string, value: unknown, retrieval: string, options: {
        schemaRoot: boolean;
        dialect: JsonSchemaDialect;
        forced?: boolean;
    }): void;
    /** Whether any document declares a dynamic anchor (else dynamic scopes need no tracking). */
    get hasDynamicAnchors(): boolean;
    /** The dynamic anchors (see `dynamicAnchors`) of the resource whose base URI is given. */
    dynamicAnchorsOf(base: string): ReadonlySet<string> | undefined;
    /** Where a resource's root is, by its absolute URI. */
    resource(base: string): Location | undefined;
    /** The dialect in effect at a pointer: the nearest enclosing resource's `$schema`, else the document's. */
    dialectAt(uri: string, pointer: string): JsonSchemaDialect;
    /** The base URI in effect at a pointer: the nearest enclosing `$id`, else the document's own. */
    baseAt(uri: string, pointer: string): string | undefined;
    /** Where a reference points, if an identifier of a known document names it. */
    /** The anchor names (`$anchor`, `$dynamicAnchor`, draft-07 `$id: "#name"`) declared under an absolute base URI. */
    anchorNamesOf(base: string): string[];
    lookup(reference: string, from: Location): Location | undefined;
}
