import { type At, type ReadContext } from './context.js';
/**
 * Finds the hierarchies among `components.schemas` of the root document, before anything is read,
 * and names each base's location after its shape, so the base's name is free for the union.
 */
export declare function prepareHierarchies(ctx: ReadContext, rootUri: string, components: string[]): void;
/**
 * A `ref` to a base's shape, read where the schema at `at` refers to it: inside an `allOf` it stays the
 * shape (a variant's own fields); anywhere else it is the union of the variants.
 */
/**
 * What `polymorphicTarget` gives, without building anything: undefined for a base whose union a
 * selection never reached (its own fields were read for a variant's `allOf`, the union was not).
 */
export declare function polymorphicTargetRead(ctx: ReadContext, target: string, at: At): string | undefined;
export declare function polymorphicTarget(ctx: ReadContext, target: string, at: At): string;
