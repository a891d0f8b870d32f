/**
 * Types of zod.ts's `operations` table for generic server code, and `parseRequest`, which validates a
 * request against the table and types the result per operation: a route helper written once for every
 * operation (Hono, Express, …) then needs no cast (docs/operations-server.md; test/operation-types.test.ts
 * compiles one against the Spotify spec's output). Fixed text but for the ids of the operations whose
 * body is required, which the table itself only states in a comment.
 */
import type { Operation } from '../../model/index.js';
/** The segment's text for a document's operations (none: no segment). */
export declare function operationTypes(operations: readonly Operation[]): string | undefined;
