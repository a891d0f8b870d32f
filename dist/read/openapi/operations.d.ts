/**
 * OpenAPI paths, webhooks and callbacks → the Model's operations. OpenAPI 3.1 §4.8.8 (Paths), §4.8.9
 * (Path Item), §4.8.10 (Operation), §4.8.12 (Parameter), §4.8.13 (Request Body), §4.8.16–17 (Responses),
 * §4.8.18 (Callback), §4.8.21 (Header); 3.0 reads the same; 3.2 adds the `query` method,
 * `additionalOperations`, the `querystring` location, `itemSchema` and a Response `summary`.
 *
 * Every schema an operation holds becomes a definition, so the operation is a table of refs: a `$ref`
 * stays a ref; an inline schema becomes a definition named after the operation and its role
 * (`CreateArchiveBody`, `ListArchivesResponse200`), or after the component it sits in
 * (`components.responses.NotFound` → `NotFoundResponse`); each location's parameters become one object
 * definition (`ListArchivesQuery`). Names are unique and follow document order, so they are stable.
 */
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
