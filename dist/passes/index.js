import { allowEmptyValues } from './allow-empty-values.js';
import { assignTypeNames } from './assign-type-names.js';
import { checkUnguardedCycles, skipUnguardedCycles } from './check-cycles.js';
import { foldNullable } from './fold-nullable.js';
import { hoistDeepNodes } from './hoist-deep-nodes.js';
import { markRecursion } from './mark-recursion.js';
import { narrowIntersections } from './narrow-intersections.js';
import { orderDefinitions } from './order-definitions.js';
import { requireTags } from './polymorphism.js';
import { splitDirections } from './split-directions.js';
import { wellFormedNames } from './well-formed-names.js';
export { allowEmptyValues, assignTypeNames, checkUnguardedCycles, skipUnguardedCycles, foldNullable, hoistDeepNodes, markRecursion, narrowIntersections, orderDefinitions, requireTags, splitDirections, wellFormedNames, };
/** Every pass, in order: what an emitter may rely on having happened. */
export function runPasses(model) {
    return orderDefinitions(markRecursion(assignTypeNames(hoistDeepNodes(narrowIntersections(requireTags(foldNullable(allowEmptyValues(wellFormedNames(model)))))))));
}
//# sourceMappingURL=index.js.map