export { runEmitter, targetNames, } from './emitter.js';
/**
 * The registry: a new target is a new folder plus one line here. Emitters load when a run needs them,
 * so a run without a target (or one that stops at an input error) never loads that target's code.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each target has its own operations part
export const emitters = {
    ts: async () => (await import('./typescript/emit-typescript.js')).typescriptEmitter,
    'json-schema': async () => (await import('./json-schema/emit-json-schema.js')).jsonSchemaEmitter,
    zod: async () => (await import('./zod/emit-zod.js')).zodEmitter,
    docs: async () => (await import('./markdown/emit-markdown.js')).markdownEmitter,
};
//# sourceMappingURL=index.js.map