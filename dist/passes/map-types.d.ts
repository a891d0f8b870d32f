/**
 * Type mappings onto the model (docs/type-mappings.md): each string and number node that a mapping
 * matches is marked with what its value becomes once decoded (`mapped`); the node still says what
 * travels on the wire. A custom mapping (a `format`, or an `x-` keyword's value) wins over nothing else:
 * the options are checked so that no two mappings match the same thing (src/api/type-mappings.ts).
 */
import { type Model } from '../model/index.js';
import type { ResolvedMappings } from '../api/type-mappings.js';
/**
 * The model with every matching node marked, and the custom mappings (their indexes in
 * `mappings.custom`) that matched no node: a typo, or a mapping meant for another document.
 */
export declare function mapTypes(model: Model, mappings: ResolvedMappings): {
    model: Model;
    unmatched: number[];
};
