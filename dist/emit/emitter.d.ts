import type { Diagnostic } from '../diagnostics/index.js';
import type { Model, Origin } from '../model/index.js';
import type { SchemaObject, TypeScriptOptions } from './typescript/options.js';
import type { Target, TargetName } from './targets.js';
export type { EmittedFile, Segment } from '../layout/file.js';
import type { EmittedFile } from '../layout/file.js';
export interface Emitted {
    files: EmittedFile[];
    diagnostics: Diagnostic[];
}
export interface EmitContext {
    /** The target being emitted (its file name and title come from the table in ./targets.ts). */
    target: Target<TargetName>;
    /** The first lines of every file: source document, target and the command that regenerates it. */
    banner: () => string[];
    /** All targets of this run, so an emitter can link to its siblings (zod.ts types recursive schemas from types.ts). */
    targets: readonly TargetName[];
    /** zod.ts ends with a compile-time proof that it validates exactly the types in types.ts (needs the ts target). */
    typeProof?: boolean;
    /** openapi-typescript's options for types.ts (src/emit/typescript/options.ts). */
    typescript?: TypeScriptOptions;
    /**
     * The schema object at a location of the input (an object, else undefined), for the user's
     * `transform`/`postTransform` hooks, which are given it: the API passes this when a hook is set, so
     * the emitter asks for a location, never reads a document.
     */
    schemaAt?: (at: Origin) => SchemaObject | undefined;
    /** Docs: an absolute folder of the user's own templates, read before the built-in ones. */
    templates?: string;
    /** Docs: open each Markdown page with front matter (title, sidebar position). */
    frontMatter?: boolean;
}
/**
 * An emitter turns a Model (after passes) into files. It never sees the input document. Operations are
 * part of the contract: every target states what it writes for them (`emitOperations`), and the files
 * are built from the definitions and that part, so a target cannot skip a document's operations by
 * leaving them out of one function — the compiler asks for the step.
 */
export interface Emitter<OperationsPart = unknown> {
    target: TargetName;
    /** What this target writes for `model.operations` and `model.webhooks` (the part `emit` places in its files). */
    emitOperations(model: Model, context: EmitContext): OperationsPart;
    emit(model: Model, context: EmitContext, operations: OperationsPart): Emitted | Promise<Emitted>;
}
/** Runs an emitter's two steps in order. */
export declare function runEmitter<P>(emitter: Emitter<P>, model: Model, context: EmitContext): Promise<Emitted>;
