/**
 * Compositions: `anyOf`/`oneOf` (null branches fold into `nullable`, a discriminator makes a tagged
 * union) and `allOf` (merged into one object where that keeps its meaning, an intersection where not).
 */
import type { NodeOf, TypeNode } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from './context.js';
/** Null branches fold into `nullable`; a discriminator makes a tagged union; one branch left is itself. */
export declare function unionOf(ctx: ReadContext, schema: SchemaObject, branches: unknown[], schemaAt: At, keyword: 'anyOf' | 'oneOf', name: string): {
    type: TypeNode;
    nullable: boolean;
};
export declare function allOf(ctx: ReadContext, members: unknown[], at: At, name: string): TypeNode;
/**
 * Merges object parts into one object when that means the same as all of them together: every part is
 * an object (inline, or a definition already converted), none closed or with pattern keys (a closed part
 * would reject the others' properties, which a merge would hide), and shared properties agree.
 */
export declare function mergeAll(ctx: ReadContext, parts: TypeNode[]): NodeOf<'object'> | undefined;
