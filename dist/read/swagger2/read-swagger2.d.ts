/**
 * Reader for Swagger 2.0 documents (OpenAPI Specification 2.0, JSON or YAML), read with 2.0's own rules
 * into the same Model the OpenAPI 3 reader builds: `definitions` become definitions, `paths` become
 * operations (`operations.ts`, parameters in `parameters.ts`). Nothing is converted to OpenAPI 3 text
 * first, so what only 2.0 says survives: header parameters of any name (OpenAPI 3 drops `Accept`,
 * `Content-Type` and `Authorization`), `collectionFormat` (`tsv` has no OpenAPI 3 style), `consumes` and
 * `produces` per operation, `x-nullable`, and YAML 1.1 enums of booleans under `type: string`.
 *
 * Schema Objects (2.0 §Schema Object: a subset of JSON Schema draft 4 plus `discriminator` as a property
 * name, `readOnly`, `xml`, `externalDocs`, `example`) are converted by `../json-schema/schema.ts` in the
 * `swagger-2.0` dialect, which reads them as OpenAPI 3.0 reads its own (siblings of `$ref` ignored,
 * boolean `exclusiveMinimum`), with `type: file` as a binary string and `x-nullable` as null.
 */
import type { ReadResult } from '../read-result.js';
import type { LoadedDocument } from '../load.js';
import { type OpenApiOptions } from '../openapi/read-openapi.js';
export declare function isSwagger2(value: unknown): boolean;
export declare function readSwagger2(loaded: LoadedDocument, options: OpenApiOptions): Promise<ReadResult>;
/** `https://api.example.com/v1` from `schemes`, `host` and `basePath`; only the base path when there is no host. */
export declare function baseUrl(value: Record<string, unknown>): string | undefined;
