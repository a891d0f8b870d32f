/**
 * TypeScript target: `types.ts`, one exported declaration per definition, built in the layout's forms
 * (./types.ts) and printed in prettier's layout (src/layout/ts.ts). A declaration the layout does not
 * know is formatted by prettier instead.
 *
 * How it represents what TypeScript cannot say directly:
 * - object definitions become interfaces; every other definition a type alias;
 * - optional properties are `p?: T`; nullable is `T | null`; enums are literal unions;
 * - `any` (also a field the flat summary lost) is `unknown`, never `any`;
 * - checks (lengths, patterns, bounds) are not types: patterns and formats go to JSDoc only;
 * - objects open by default get no index signature; declared-open ones get `[key: string]: unknown`.
 */
import { type Diagnostic } from '../../diagnostics/index.js';
import { type Model, type TypeNameOf, type TypeNode } from '../../model/index.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
import { type Declaration } from '../../layout/ts.js';
export declare const typescriptEmitter: Emitter<OperationsPart>;
/** The operation tables, and what the user's `transform` hooks reported while writing them. */
interface OperationsPart {
    declarations: Declaration[];
    diagnostics: Diagnostic[];
}
export declare function emitTypeScript(model: Model, context: EmitContext, part?: OperationsPart): Emitted;
/** A type as TypeScript source text on one line where it has no object type (what `drift` shows). */
export declare function typeText(node: TypeNode, nameOf: TypeNameOf): string;
export {};
