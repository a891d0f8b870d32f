/**
 * The Model: the one intermediate form every reader produces and every emitter consumes.
 *
 * It is plain JSON data (no classes, Maps or functions), so it can be dumped, snapshotted and compared.
 * Optionality belongs to a Property, never to a type; every spelling of null folds into `nullable`.
 */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | {
    [key: string]: JsonValue;
};
/** Input formats structgen reads; each has a reader folder under `src/read/`. */
export type InputFormat = 'flat-structure' | 'openapi' | 'swagger2' | 'json-structure' | 'json-schema';
export interface SourceDocument {
    /** Path (relative to the working directory, `/`-separated) or name of an in-memory document. */
    uri: string;
    format: InputFormat;
}
export interface Model {
    documents: SourceDocument[];
    /** Output name, e.g. `letta-job`; the default output folder is `generated/<name>/`. */
    name: string;
    docs: Docs;
    /** Definitions in the order the reader met them; `passes/order-definitions` puts dependencies first. */
    definitions: Definition[];
    /** Names of the root definitions (the document's entry points). */
    roots: string[];
    /**
     * The API's operations (OpenAPI `paths`), in document order: empty for documents that describe no API.
     * Their schemas are definitions like any other; an operation holds refs to them (see `Operation`).
     */
    operations: Operation[];
    /** Webhooks (OpenAPI 3.1+): operations the API provider starts; `path` is the webhook's name. */
    webhooks: Operation[];
    /** The document's declared tags, in order (for grouping operations in docs). */
    tags: Tag[];
    /** OpenAPI `servers`: where the API is served (shown in docs). */
    servers?: Server[];
    /** OpenAPI `components.securitySchemes`, in the document's order. */
    securitySchemes?: SecurityScheme[];
    /** The document's default `security`: what an operation without its own requires. */
    security?: SecurityRequirement[];
    /**
     * OpenAPI only: the document's `components`, by kind and key in document order, each a thin entry over
     * the definitions and operation parts already read (what openapi-typescript's `components` lists).
     * Absent for documents that are not OpenAPI.
     */
    components?: Components;
}
/** A component that is one type: a schema, a parameter's value, a header's value. */
export interface ComponentType {
    /** The component's key, as the document writes it. */
    name: string;
    /** A `ref` to the definition (schemas), or the value's type node. */
    type: TypeNode;
    docs: Docs;
}
/**
 * A Path Item component: the path or webhook of `paths`/`webhooks` that refers to it (the same operations),
 * or, when none does, its own operations (read like a path's, written where the component is).
 */
export interface ComponentPathItem {
    name: string;
    usedBy?: {
        table: 'paths' | 'webhooks';
        key: string;
    };
    operations: Operation[];
}
export interface Components {
    schemas: ComponentType[];
    /** `status` is unused for a component response (it is the component's key). */
    responses: {
        name: string;
        response: OperationResponse;
    }[];
    parameters: ComponentType[];
    requestBodies: {
        name: string;
        body: RequestBody;
    }[];
    headers: ComponentType[];
    pathItems: ComponentPathItem[];
}
/** An example a document gives (`example`, or an `examples` entry), with where it is written. */
export interface Example {
    /** The `examples` key; absent for a lone `example`. */
    name?: string;
    summary?: string;
    value: JsonValue;
    origin: Origin;
}
export interface Server {
    url: string;
    description?: string;
    /** `{name}` variables of the URL, with their defaults. */
    variables?: {
        name: string;
        default: string;
        description?: string;
        enum?: string[];
    }[];
}
/** An OpenAPI Security Scheme Object, as plain data for docs. */
export interface SecurityScheme {
    /** Its key under `components.securitySchemes`. */
    name: string;
    /** `apiKey`, `http`, `mutualTLS`, `oauth2` or `openIdConnect`. */
    type: string;
    description?: string;
    /** apiKey: where the key goes (`header`, `query`, `cookie`) and its name there. */
    in?: string;
    parameterName?: string;
    /** http: the scheme (`bearer`, `basic`) and a bearer token's format. */
    scheme?: string;
    bearerFormat?: string;
    /** oauth2: each flow with its URLs and scopes. */
    flows?: {
        flow: string;
        authorizationUrl?: string;
        tokenUrl?: string;
        refreshUrl?: string;
        scopes: {
            name: string;
            description: string;
        }[];
    }[];
    openIdConnectUrl?: string;
}
/** One alternative of a `security` list: every scheme named must be satisfied (with these scopes); `[]` is "no authentication". */
export type SecurityRequirement = {
    scheme: string;
    scopes: string[];
}[];
export interface Origin {
    /** The document's uri, as in `Model.documents`. */
    document: string;
    /** JSON pointer into that document. */
    pointer: string;
}
export interface Definition {
    /** The original, qualified name: the `$defs` key and what `ref` nodes point at. */
    name: string;
    /** The TypeScript identifier, assigned by `passes/assign-type-names`; absent before that pass. */
    typeName?: string;
    type: TypeNode;
    docs: Docs;
    origin: Origin;
    /** Part of a reference cycle; set by `passes/mark-recursion`. */
    recursive?: boolean;
    /**
     * Set on a definition `passes/split-directions` made: the definition `of` as one direction of an API
     * sees it. `request`: what the API receives (readOnly properties left out, at any depth); `response`:
     * what the API sends (writeOnly properties left out, properties with a default present).
     */
    direction?: {
        of: string;
        way: Direction;
    };
}
/** Which way a payload travels: to the API (a request body) or from it (a response, a webhook's body). */
export type Direction = 'request' | 'response';
export interface Docs {
    title?: string;
    description?: string;
    examples?: JsonValue[];
    /** Wrapped so that a default of `null` stays distinguishable from no default. */
    default?: {
        value: JsonValue;
    };
    deprecated?: boolean;
    /** Where the definition came from upstream (e.g. the summary's `source` URL). */
    seeAlso?: string;
    /** Keywords kept for the JSON Schema output but not interpreted (e.g. `format` where it only annotates). */
    annotations?: Record<string, JsonValue>;
    /**
     * Set when the source document lost this item's real type (the flat catalog form does): says what was
     * lost. Emitters keep such items permissive and docs show the note.
     */
    lossy?: string;
}
export interface Property {
    /** The wire name: data, not an identifier (`__proto__`, `a-b` and `class` are all valid). */
    name: string;
    type: TypeNode;
    required: boolean;
    /** Sent by the server only (OpenAPI `readOnly`) / by the client only (`writeOnly`): documented, still validated. */
    readOnly?: boolean;
    writeOnly?: boolean;
    /**
     * Set by `passes/split-directions` on a property of a direction's definition that the document gives a
     * `default` and does not require: validators fill `docs.default` in when the key is absent, so it is
     * present after parsing (in a response's definition it is also `required`, as a response's type says).
     */
    defaulted?: true;
    docs: Docs;
    /**
     * Named only by `required`: no schema declares it, so the patternProperties it matches, else the
     * object's additional keys' rule, judge its value (`type` is that), and it counts as unevaluated.
     */
    undeclared?: boolean;
    /**
     * Where the property's schema is, when not under its object's `properties`: a parameter's or a
     * header's `schema` (their sets are objects structgen makes). Read by the TypeScript target's hooks.
     */
    origin?: Origin;
}
export interface PatternProperty {
    /** ECMA-262 source, unanchored. */
    pattern: string;
    type: TypeNode;
}
export interface TupleElement {
    /** A label (JSON Structure tuples name their elements); shown in TypeScript as a labelled element. */
    name?: string;
    type: TypeNode;
    /** Elements past the array's minimum length may be missing. */
    optional: boolean;
    /** The element's own description (JSON Structure tuple properties have one). */
    docs?: Docs;
}
export interface TaggedVariant {
    /** The discriminator values that select this variant (from the mapping, or the variant's name). */
    tags: string[];
    type: TypeNode;
}
export interface ObjectChecks {
    minProperties?: number;
    maxProperties?: number;
    /** When `property` is present, every name in `requires` must be present too. */
    dependentRequired?: {
        property: string;
        requires: string[];
    }[];
    /** When `property` is present, the whole object must match `type` (JSON Schema `dependentSchemas`). */
    dependentSchemas?: {
        property: string;
        type: TypeNode;
    }[];
    /** Every key must match this (a string node with its checks). */
    propertyNames?: TypeNode;
}
export interface StringChecks {
    minLength?: number;
    maxLength?: number;
    /** ECMA-262 source, unanchored as JSON Schema defines it. */
    pattern?: string;
}
export interface NumberChecks {
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    exclusiveMaximum?: number;
    multipleOf?: number;
}
export interface ArrayChecks {
    minItems?: number;
    maxItems?: number;
    /** Items must differ under JSON equality (1 equals 1.0; objects compare by value, keys in any order). */
    uniqueItems?: boolean;
    /** At least `min` (default 1) and at most `max` items match `type`. */
    contains?: {
        type: TypeNode;
        min?: number;
        max?: number;
    };
}
/**
 * `integer` is any mathematical integer carried as a JSON number (1.0 counts; no 2^53 limit); `number`
 * any JSON number. The fixed-width kinds come from JSON Structure; see `numbers.ts` for their ranges.
 */
export type NumberKind = 'integer' | 'number' | 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'uint64' | 'int128' | 'uint128' | 'float8' | 'float' | 'double' | 'decimal';
export interface EnumMember {
    value: JsonPrimitive;
    /** The value's own name (a `oneOf` of `{const, title}` branches names each value). */
    title?: string;
    description?: string;
}
/**
 * Extra keys of an object: `forbid` (closed), `allow` (open; `explicit` when the document said so rather
 * than by default), or a schema every extra value must match.
 */
export type Additional = {
    mode: 'forbid';
} | {
    mode: 'allow';
    explicit: boolean;
} | {
    mode: 'schema';
    type: TypeNode;
};
/** An export of a module, as generated files import it: `module` is the specifier they write. */
export interface ModuleExport {
    module: string;
    name: string;
}
/**
 * What a string or number value becomes once decoded, when the user mapped its type (the `dates`,
 * `int64` and `typeMappings` options; docs/type-mappings.md). The node itself still says what travels
 * on the wire, which schema.json writes; types.ts writes the mapped type, and zod.ts decodes the wire
 * value into it and encodes it back.
 * - `Date`: a `date-time` or `date` string;
 * - `bigint`, `string`, `number`: a 64-bit integer, whichever way it travels (a JSON number, or a
 *   string of digits);
 * - `custom`: the user's `type`, decoded by the user's Zod schema `zod` (from the wire value's type);
 *   `matched` says which mapping applied (`format: decimal`, `x-kind: money`), for the docs.
 */
export type ValueMapping = {
    to: 'Date';
} | {
    to: 'bigint';
} | {
    to: 'string';
} | {
    to: 'number';
} | {
    to: 'custom';
    type: ModuleExport;
    zod?: ModuleExport;
    matched: string;
};
export type TypeNode = 
/**
 * `extensions`: the document's `x-` keywords on the schema that a type mapping matches on (only
 * those, and only when mappings name them). `mapped`: see `ValueMapping`.
 */
{
    kind: 'string';
    format?: string;
    checks?: StringChecks;
    extensions?: Record<string, JsonPrimitive>;
    mapped?: ValueMapping;
}
/**
 * `format` (int32, int64, float, double) is the document's own word, kept; int32 also bounds the value.
 * `wire: 'string'`: the value travels as a JSON string of digits (JSON Structure int64, decimal, ...).
 * `precision`/`scale`: a decimal's total and fractional digits.
 */
 | {
    kind: 'number';
    numberKind: NumberKind;
    wire?: 'number' | 'string';
    format?: string;
    precision?: number;
    scale?: number;
    checks?: NumberChecks;
    extensions?: Record<string, JsonPrimitive>;
    mapped?: ValueMapping;
} | {
    kind: 'boolean';
} | {
    kind: 'null';
}
/** Anything at all (`{}` / unknown). */
 | {
    kind: 'any';
}
/** Nothing at all (`false`). */
 | {
    kind: 'never';
} | {
    kind: 'literal';
    value: JsonPrimitive;
} | {
    kind: 'enum';
    members: EnumMember[];
} | {
    kind: 'object';
    properties: Property[];
    additional: Additional;
    /** Keys matching a pattern (and not named in `properties`) must match its type; they are not "additional". */
    patternProperties?: PatternProperty[];
    checks?: ObjectChecks;
    /**
     * The schema has no `required` keyword (rather than an empty one): openapi-typescript's
     * `propertiesRequiredByDefault` makes every property of such an object required in types.ts.
     */
    requiredUnstated?: true;
}
/** `implicitItems`: the document gave no `items`, so any item is allowed but none is evaluated (see `unevaluated`). */
 | {
    kind: 'array';
    items: TypeNode;
    checks?: ArrayChecks;
    implicitItems?: true;
}
/** Fixed leading elements, then `rest` items (or none when `rest` is null); `implicitItems` as for arrays, for the rest. */
 | {
    kind: 'tuple';
    elements: TupleElement[];
    rest: TypeNode | null;
    checks?: ArrayChecks;
    implicitItems?: true;
} | {
    kind: 'nullable';
    inner: TypeNode;
}
/** `exclusive`: exactly one variant may match (JSON Schema `oneOf`), rather than at least one. */
 | {
    kind: 'union';
    variants: TypeNode[];
    exclusive?: boolean;
}
/**
 * A union whose variants are told apart by the value of one property (OpenAPI discriminator).
 * `exclusive`: exactly one variant may match (`oneOf`), rather than at least one (`anyOf`).
 */
 | {
    kind: 'taggedUnion';
    property: string;
    variants: TaggedVariant[];
    exclusive?: boolean;
}
/** Every member applies (an `allOf` that could not be merged into one object). */
 | {
    kind: 'intersection';
    members: TypeNode[];
}
/** Anything `inner` rejects (JSON Schema `not`). TypeScript cannot say this; validators can. */
 | {
    kind: 'not';
    inner: TypeNode;
}
/** JSON Schema `if`/`then`/`else`: values matching `if` must match `then`, the others `else`. */
 | {
    kind: 'conditional';
    if: TypeNode;
    then?: TypeNode;
    else?: TypeNode;
}
/**
 * JSON Schema `unevaluatedProperties`/`unevaluatedItems` beside applicators: the value must match
 * `inner`, and each key (item) that `inner` does not evaluate must match `properties` (`items`). What
 * `inner` evaluates follows its structure as JSON Schema 2020-12 §11 says: named and pattern properties,
 * `additional` given by the document, prefix and declared items, matching `contains` items, every
 * `intersection` member, the `union` variants and `conditional` branches the value matches, refs.
 */
 | {
    kind: 'unevaluated';
    inner: TypeNode;
    properties?: TypeNode;
    items?: TypeNode;
} | {
    kind: 'ref';
    target: string;
};
export type TypeKind = TypeNode['kind'];
export type NodeOf<K extends TypeKind> = Extract<TypeNode, {
    kind: K;
}>;
/** HTTP methods OpenAPI names in a Path Item (`query` is OpenAPI 3.2's safe method with a body). */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace' | 'query';
/** Where a parameter travels; `querystring` (OpenAPI 3.2) is the whole query string as one value. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie' | 'querystring';
/**
 * One operation: a method on a path (or on a webhook, or on a callback's runtime expression). It is a
 * thin table of references: every schema in it is a definition (a `ref`), or `any` where the document
 * gives none, so every emitter writes each type the one way it writes definitions.
 */
export interface Operation {
    /** Unique among the document's operations: the `operationId`, or one derived from method and path. */
    id: string;
    /** Whether `id` is the document's own `operationId` (false: derived, e.g. `getPetsByPetId`). */
    declaredId: boolean;
    /**
     * Lower case for the methods OpenAPI names (`HttpMethod`); a method from OpenAPI 3.2's
     * `additionalOperations` keeps its spelling (`COPY`).
     */
    method: string;
    /** The path template (`/pets/{petId}`), the webhook's name, or a callback's runtime expression. */
    path: string;
    /** `summary` is the title, `description` the description; `deprecated`; `externalDocs` as `seeAlso`. */
    docs: Docs;
    tags: string[];
    /** Path-level parameters merged with the operation's own (which win), one group per location, in `parameterLocations` order. */
    parameters: ParameterGroup[];
    requestBody?: RequestBody;
    /** In the document's order: codes (`200`), ranges (`2XX`) and `default`. */
    responses: OperationResponse[];
    callbacks: Callback[];
    origin: Origin;
    /** The operation's own `security`; absent when it inherits the document's (`Model.security`). */
    security?: SecurityRequirement[];
}
/**
 * The parameters of one location. Their typed values form one object definition (`ListPetsQuery`: a
 * property per parameter, required as the parameter is), which `type` refers to; each parameter says
 * how it is serialized.
 */
export interface ParameterGroup {
    in: ParameterLocation;
    /** A `ref` to the object definition whose properties are this location's parameters. */
    type: TypeNode;
    /** Whether any parameter of the location is required (path parameters always are). */
    required: boolean;
    parameters: Parameter[];
}
/**
 * OpenAPI `style` values: how arrays and objects are written into a path, query, header or cookie;
 * `tabDelimited` is Swagger 2.0's `collectionFormat: tsv`, which OpenAPI 3 has no style for.
 */
export type ParameterStyle = 'form' | 'simple' | 'matrix' | 'label' | 'spaceDelimited' | 'pipeDelimited' | 'tabDelimited' | 'deepObject' | 'cookie';
export interface Parameter {
    /** The wire name (a header's as the document spells it). Its type is the same-named property of the group's definition. */
    name: string;
    required: boolean;
    /** `style` and `explode` with OpenAPI's defaults applied (form/true for query and cookie, simple/false for path and header). */
    style: ParameterStyle;
    explode: boolean;
    allowReserved?: boolean;
    /** `allowEmptyValue` (query and form parameters): the parameter may be sent with an empty value, or as a name alone. */
    allowEmptyValue?: boolean;
    /** Set when the parameter is described by `content` (its value is that media type's text, e.g. JSON) instead of `schema`. */
    mediaType?: string;
    /** Declared on the Path Item rather than the operation. */
    pathLevel?: boolean;
    /** Declared by nothing but the path template's `{name}` (read as a required string, with a warning). */
    fromTemplate?: true;
    docs: Docs;
    /** The parameter's `example` or `examples`, where the document gives them. */
    examples?: Example[];
}
export interface MediaContent {
    /** The media type or range as the document writes it (`application/json`, `text/*`). */
    mediaType: string;
    /** The payload's type: a `ref` to a definition, or `any` when the document gives no schema. */
    type: TypeNode;
    /**
     * OpenAPI 3.2 `itemSchema`: the type of each item of a sequential media type (`application/jsonl`,
     * `text/event-stream`), a `ref`.
     */
    itemType?: TypeNode;
    /** The media type's `example` or `examples`, where the document gives them. */
    examples?: Example[];
}
export interface RequestBody {
    required: boolean;
    content: MediaContent[];
    docs: Docs;
}
export interface OperationResponse {
    /** `200`, a range (`2XX`, upper case) or `default`. */
    status: string;
    /** Response `summary` (3.2) as the title, `description` as the description. */
    docs: Docs;
    /** Empty when the response has no body. */
    content: MediaContent[];
    /** Declared response headers: a `ref` to an object definition with one property per header, if any. */
    headers?: TypeNode;
}
/** A callback: requests the API makes to the client, keyed by a runtime expression (`{$request.body#/callbackUrl}`). */
export interface Callback {
    name: string;
    /** Each operation's `path` is the runtime expression it is sent to. */
    operations: Operation[];
}
export interface Tag {
    name: string;
    /** `summary` (3.2) as the title, `description`, `externalDocs` as `seeAlso`. */
    docs: Docs;
    /** OpenAPI 3.2: the tag this one nests under. */
    parent?: string;
    /** OpenAPI 3.2: what kind of tag it is (`nav`, `badge`, ...), the document's own word. */
    kind?: string;
}
