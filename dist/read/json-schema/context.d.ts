/**
 * Run state of one OpenAPI read: the documents, the definitions made so far, and a queue of `$ref`
 * targets still to convert. Created per run; nothing here outlives it.
 */
import { type Diagnostic, type DiagnosticCode } from '../../diagnostics/index.js';
import { type Definition, type JsonValue } from '../../model/index.js';
import type { LoadedDocument } from '../load.js';
import type { JsonSchemaDialect } from './dialects.js';
import type { DocumentSet } from './documents.js';
/** A place in a document: which one, and the JSON pointer inside it. */
export interface At {
    uri: string;
    pointer: string;
}
export declare function child(at: At, ...segments: (string | number)[]): At;
/** The segments of `at`'s JSON pointer, unescaped (`/paths/~1pets/get` → `paths`, `/pets`, `get`). */
export declare function pointerOf(at: At): string[];
/**
 * The dynamic scope as far as resolution needs it (JSON Schema 2020-12 §8.2.3.2, 2019-09 §8.2.4.2): for
 * each dynamic anchor name, the outermost resource entered so far that declares it. Empty in documents
 * without dynamic anchors, which is nearly all of them.
 */
export type DynamicScope = ReadonlyMap<string, string>;
interface Pending {
    name: string;
    at: At;
    scope: DynamicScope;
}
export declare class ReadContext {
    readonly documents: DocumentSet;
    /**
     * OpenAPI 3.0 ignores keywords beside `$ref` and has `nullable`; OpenAPI 3.1 schemas are JSON Schema
     * 2020-12 read the way API authors mean them (`properties` without `type` is an object, `format`
     * asserts); `json-schema` reads them as the specification says (keywords constrain only the types
     * they apply to, `format` only annotates).
     */
    readonly dialect: 'openapi-3.0' | 'openapi-3.1' | 'json-schema' | 'swagger-2.0';
    /**
     * Where the root document keeps its named schemas: `components.schemas` in OpenAPI 3, `definitions`
     * in Swagger 2.0.
     */
    readonly componentsPath: readonly string[];
    readonly diagnostics: Diagnostic[];
    readonly definitions: Definition[];
    /** `uri#pointer` of a converted (or queued) schema → its definition name. */
    private readonly byTarget;
    private readonly taken;
    private readonly queue;
    /** The dynamic scope of the schema being converted. */
    scope: DynamicScope;
    /** JSON Schema: `format` asserts, as `assertFormats` asks (OpenAPI formats always do). */
    assertFormats: boolean;
    /** What the type mappings match on (see `ReadOptions.mappingKeys`). */
    mappingKeys: {
        formats: ReadonlySet<string>;
        extensions: ReadonlySet<string>;
    };
    /**
     * Model JSON an `allOf` merge has copied so far out of referenced definitions (see `mergeAll`): once
     * `copyBudget` (read/copy-budget.ts) is spent, an `allOf` keeps referring to its bases instead of copying them.
     */
    copied: number;
    /**
     * `unknown`: a `$ref` that names nothing is a warning and reads as any value (`unknown`), so a spec
     * with one broken link still generates (the `unresolvedRefs` option); `error` (the default) refuses it.
     */
    unresolvedRefs: UnresolvedRefs;
    constructor(documents: DocumentSet, 
    /**
     * OpenAPI 3.0 ignores keywords beside `$ref` and has `nullable`; OpenAPI 3.1 schemas are JSON Schema
     * 2020-12 read the way API authors mean them (`properties` without `type` is an object, `format`
     * asserts); `json-schema` reads them as the specification says (keywords constrain only the types
     * they apply to, `format` only annotates).
     */
    dialect: 'openapi-3.0' | 'openapi-3.1' | 'json-schema' | 'swagger-2.0', 
    /**
     * Where the root document keeps its named schemas: `components.schemas` in OpenAPI 3, `definitions`
     * in Swagger 2.0.
     */
    componentsPath?: readonly string[]);
    /** The pointer of the named-schemas object (`/components/schemas`, `/definitions`). */
    get componentsPointer(): string;
    /** Which JSON Schema draft's rules read the schema at a place (see dialects.ts); 2020-12 in OpenAPI. */
    draftAt(at: At): JsonSchemaDialect;
    report(code: DiagnosticCode, at: At, message: string, hint?: string): void;
    /** Diagnostics of loading the documents a `$ref` names, tolerated as `unresolvedRefs` says. */
    loaded(diagnostics: readonly Diagnostic[]): void;
    /** The value a pointer names in a document, or undefined. Own keys only: `__proto__` is data. */
    valueAt(doc: LoadedDocument, pointer: string): unknown;
    /** A definition name not yet used, from a wanted one: `Name`, then `Name2`, ... */
    uniqueName(wanted: string): string;
    /** The next number to try for a name wanted before (see `uniqueName`). */
    private readonly suffixes;
    /** Reserves the names of `components.schemas`, so inline types named later cannot take them. */
    reserve(names: Iterable<string>): void;
    /**
     * The definition for a schema location, queued for conversion the first time it is asked for. Where
     * dynamic anchors exist, one per dynamic scope the location is reached in, since `$dynamicRef`s inside
     * it may resolve differently in each.
     */
    definitionFor(at: At, preferredName: string): string;
    /** Names given to locations before anything refers to them (`nameLocation`). */
    private readonly assigned;
    /**
     * The definition name a schema location takes if it is ever read (an inheritance base's own fields,
     * whose component name the union of its variants takes). The name must be reserved already.
     */
    nameLocation(at: At, name: string): void;
    /**
     * Enters the schema at `at`: its resource joins the dynamic scope (its dynamic anchors count where no
     * outer resource declared them). Returns the scope to restore on leaving.
     */
    enterScope(at: At): DynamicScope;
    /** Component names were reserved up front; the root document's own component keeps its name. */
    private isComponentName;
    private readonly converted;
    private readonly inProgress;
    /** Set by the reader: converts one queued schema into its definition. */
    convertPending: (pending: Pending) => Definition;
    /** Converts everything queued, including what conversion itself queues. */
    drain(): void;
    /**
     * A definition's converted form, converting it now if it is only queued (an `allOf` merge needs its
     * parts). Undefined while it is being converted: that is a cycle, and the caller keeps a plain ref.
     */
    definition(name: string): Definition | undefined;
    private convert;
    /** For inline types hoisted into definitions of their own. */
    addDefinition(definition: Definition): void;
    /** For "did you mean": the schema names of a document. */
    componentNames(doc: LoadedDocument): string[];
    suggest(name: string, doc: LoadedDocument): string | undefined;
}
/** A name for an inline type: its parent's name plus the place it sits, as an identifier-ish word. */
export declare function inlineName(parent: string, ...parts: string[]): string;
export type SchemaObject = Record<string, JsonValue>;
export declare function isSchemaObject(value: unknown): value is SchemaObject;
/** What `unresolvedRefs` does with a `$ref` that names nothing. */
export type UnresolvedRefs = 'error' | 'unknown';
export {};
