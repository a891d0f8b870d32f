export { targets, targetNames, defaultTargets, targetNamed, type Target, type TargetName, type Runtime } from './targets.js';
export { runEmitter, type Emitter, type EmittedFile, type Emitted, type EmitContext, type Segment } from './emitter.js';
