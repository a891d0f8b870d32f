import { emitZod } from '../zod/emit-zod.js';
import { operationTables } from '../zod/operations.js';
import { schemaNameResolver } from '../zod/expression.js';
import { miniDialect } from './dialect.js';
export const zodMiniEmitter = {
    target: 'zod-mini',
    emitOperations: (model) => operationTables(model, schemaNameResolver(model)),
    emit: (model, context, operations) => emitZod(model, context, operations, miniDialect),
};
//# sourceMappingURL=emit-zod-mini.js.map