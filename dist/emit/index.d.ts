import type { Emitter, TargetName } from './emitter.js';
export { runEmitter, targetNames, type TargetName, type Emitter, type EmittedFile, type Emitted, type EmitContext, type Segment, } from './emitter.js';
/**
 * The registry: a new target is a new folder plus one line here. Emitters load when a run needs them,
 * so a run without a target (or one that stops at an input error) never loads that target's code.
 */
export declare const emitters: Record<TargetName, () => Promise<Emitter<any>>>;
