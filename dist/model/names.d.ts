/**
 * Identifiers derived from definition names. Only letters and digits survive (an allow-list), so no
 * spec text can smuggle syntax into an identifier; the original name stays in the model.
 */
import type { Model } from './types.js';
/** `letta__schemas__message__ToolReturn-Output` → `LettaSchemasMessageToolReturnOutput`; `3DModel` → `_3DModel`. */
export declare function pascalCase(name: string): string;
/** Whether `name` can be written bare as a property key in TypeScript (`a-b` and `3d` need quotes). */
export declare function isIdentifierName(name: string): boolean;
/** Resolves a definition name to its identifier (set by passes/assign-type-names). */
export type TypeNameOf = (definitionName: string) => string;
/** Every emitter names definitions the same way; a missing name means passes did not run, or a ref dangles. */
export declare function typeNameResolver(model: Model): TypeNameOf;
