export { targets, targetNames, defaultTargets, targetNamed } from './targets.js';
export { runEmitter } from './emitter.js';
//# sourceMappingURL=index.js.map