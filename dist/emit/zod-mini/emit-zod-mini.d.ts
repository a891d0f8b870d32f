/**
 * Zod Mini target: `zod.mini.ts`, the validators of zod.ts written for `zod/mini` (see ./dialect.ts).
 * The same schemas, helpers, operations table and type proof as the Zod target, from the same emitter.
 */
import type { Emitter } from '../emitter.js';
import { type OperationTables } from '../zod/operations.js';
export declare const zodMiniEmitter: Emitter<OperationTables>;
