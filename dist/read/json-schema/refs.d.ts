import type { TypeNode } from '../../model/index.js';
import { type At, type ReadContext } from './context.js';
export declare function resolveRef(ctx: ReadContext, reference: string, at: At): TypeNode;
/**
 * `$dynamicRef` (2020-12) and `$recursiveRef` (2019-09): resolved as a `$ref`, unless the schema it
 * points at declares the same dynamic anchor (`$dynamicAnchor` of the fragment's name; for
 * `$recursiveRef`, `"$recursiveAnchor": true`); then the outermost resource of the dynamic scope that
 * declares it is the target. Definitions are kept per dynamic scope (ReadContext.definitionFor), so a
 * schema reached along two paths can resolve differently on each.
 */
export declare function resolveDynamicRef(ctx: ReadContext, reference: string, at: At, keyword: '$dynamicRef' | '$recursiveRef'): TypeNode;
/**
 * Where a `$ref` points, without converting or reporting anything (for readers that only look, such as
 * the declared-property check); undefined where `resolveRef` would report a problem.
 */
export declare function locateRef(ctx: ReadContext, reference: string, at: At): At | undefined;
