import { type Components, type Docs, type JsonValue, type Operation, type SecurityRequirement, type SecurityScheme, type Server, type Tag } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from '../json-schema/context.js';
export type OpenApiVersion = '3.0' | '3.1' | '3.2';
/** Which operations to read: all of them, or those with one of these ids or tags. */
export interface OperationSelection {
    operations: ReadonlySet<string>;
    tags: ReadonlySet<string>;
}
export interface ReadOperations {
    operations: Operation[];
    webhooks: Operation[];
    /** Every component but the schemas. */
    components: Omit<Components, 'schemas'>;
    tags: Tag[];
    /** Every operation id and tag the document has, for "did you mean" on a selection that names none. */
    knownIds: string[];
    knownTags: string[];
}
export declare function readOperations(ctx: ReadContext, document: SchemaObject, rootUri: string, version: OpenApiVersion, selection: OperationSelection | undefined): ReadOperations;
/** `/v1/archives/{archive_id}/agents` → `V1 Archives ByArchiveId Agents`. */
export declare function pathWords(path: string): string[];
/** `multipart/form-data` → `FormData`; `application/vnd.api+json` → `VndApiJson`. */
export declare function mediaSuffix(mediaType: string): string;
export declare function operationDocs(value: SchemaObject): Docs;
/** `example`, or the values of `examples` (Example Objects; `$ref`s to components.examples are not followed here). */
export declare function exampleValues(value: SchemaObject): JsonValue[] | undefined;
/** A `security` list: each alternative's schemes with their scopes (malformed entries are defects, skipped). */
export declare function readSecurity(ctx: ReadContext, value: unknown, at: At): SecurityRequirement[] | undefined;
/** `servers`: each URL with its description and variables. */
export declare function readServers(value: unknown): Server[];
/** `components.securitySchemes`, as docs show them. */
export declare function readSecuritySchemes(value: unknown): SecurityScheme[];
export declare function readTags(ctx: ReadContext, value: unknown, at: At): Tag[];
