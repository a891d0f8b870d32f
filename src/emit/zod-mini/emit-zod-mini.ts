/**
 * Zod Mini target: `zod.mini.ts`, the validators of zod.ts written for `zod/mini` (see ./dialect.ts).
 * The same schemas, helpers, operations table and type proof as the Zod target, from the same emitter.
 */
import type { Emitter } from '../emitter.js';
import { emitZod } from '../zod/emit-zod.js';
import { operationTables, type OperationTables } from '../zod/operations.js';
import { schemaNameResolver } from '../zod/expression.js';
import { miniDialect } from './dialect.js';

export const zodMiniEmitter: Emitter<OperationTables> = {
  target: 'zod-mini',
  emitOperations: (model) => operationTables(model, schemaNameResolver(model)),
  emit: (model, context, operations) => emitZod(model, context, operations, miniDialect),
};
