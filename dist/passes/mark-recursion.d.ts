import { type Model } from '../model/index.js';
/**
 * Marks the definitions that take part in a reference cycle (a strongly connected component of more than
 * one definition, or one that refers to itself), so that only those need lazy references and explicit
 * types in the Zod target (Tarjan's algorithm; recursion depth is at most the number of definitions).
 */
export declare function markRecursion(model: Model): Model;
