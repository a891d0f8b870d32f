/**
 * The `paths`, `webhooks` and `operations` interfaces of `types.ts`, in the shape openapi-typescript 7
 * writes them, so that openapi-fetch (`createClient<paths>()`) and the libraries built on it work
 * against structgen's output unchanged. Every payload and parameter set is one of structgen's named
 * types (`ListArchivesQuery`, `Archive`), where openapi-typescript writes the type inline or as
 * `components["schemas"]["Archive"]`.
 *
 * The shape, per operation: `parameters: { query, header, path, cookie }` (`?: never` where a location
 * has no parameters, optional where none of its parameters is required); `requestBody` (`?: never` when
 * there is none, optional unless required); `responses` by status (`200`, `"4XX"`, `default`), each with
 * `headers` (the declared ones and any others) and `content` by media type (`content?: never` for a
 * response without a body). Where openapi-typescript differs on purpose, docs/openapi-typescript.md says why: every
 * operation (webhooks' and callbacks' too) sits in `operations` under its id, and callbacks are written
 * (openapi-typescript leaves them out).
 */
import { type Model, type TypeNameOf, type TypeNode } from '../../model/index.js';
import { type Declaration, type TypeExpr } from '../../layout/ts.js';
import type { TypeScriptOptions } from './options.js';
export interface OperationTypes {
    /** The TypeScript type of a model node, as the definitions are written. */
    typeNode: (node: TypeNode) => TypeExpr;
    nameOf: TypeNameOf;
    options: TypeScriptOptions;
}
/**
 * `paths`, `webhooks`, `components` and `operations`: always for an OpenAPI document (an empty table is
 * `Record<string, never>`, as openapi-typescript writes it), and the three operation tables for any
 * other model that has operations; none when the model is neither.
 */
export declare function operationStatements(model: Model, types: OperationTypes): Declaration[];
