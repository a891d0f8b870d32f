import type { Diagnostic } from '../diagnostics/index.js';
import type { Model } from '../model/index.js';

/** Output targets; `--targets` takes these names. */
export const targetNames = ['ts', 'json-schema', 'zod', 'docs'] as const;
export type TargetName = (typeof targetNames)[number];

export interface EmittedFile {
  /** Path inside the output directory, `/`-separated, never absolute and never with `..`. */
  path: string;
  contents: string;
  /** How `format.ts` formats it. */
  language: 'typescript' | 'json' | 'markdown';
  /**
   * For code an emitter lays out itself: the file's top-level pieces in order, separated by one blank
   * line unless a piece says otherwise. `contents` is then their source joined, which prettier would
   * format to the same text.
   */
  segments?: Segment[];
}

export interface Segment {
  /** The piece in prettier's layout, unless the layout declined it. */
  laidOut?: string;
  /** The piece as source, for prettier. */
  source: () => string;
  /** False when the piece follows the previous one without a blank line between them. */
  blankLineBefore?: boolean;
}

export interface Emitted {
  files: EmittedFile[];
  diagnostics: Diagnostic[];
}

export interface EmitContext {
  /** The first lines of every file: source document, target and the command that regenerates it. */
  banner: (targetTitle: string) => string[];
  /** All targets of this run, so an emitter can link to its siblings (zod.ts types recursive schemas from types.ts). */
  targets: readonly TargetName[];
  /** zod.ts ends with a compile-time proof that it validates exactly the types in types.ts (needs the ts target). */
  typeProof?: boolean;
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
export async function runEmitter<P>(emitter: Emitter<P>, model: Model, context: EmitContext): Promise<Emitted> {
  return emitter.emit(model, context, emitter.emitOperations(model, context));
}
