import type { Emitter, TargetName } from './emitter.js';
import { typescriptEmitter } from './typescript/emit-typescript.js';
import { jsonSchemaEmitter } from './json-schema/emit-json-schema.js';
import { zodEmitter } from './zod/emit-zod.js';
import { markdownEmitter } from './markdown/emit-markdown.js';

export { targetNames, type TargetName, type Emitter, type EmittedFile, type Emitted, type EmitContext } from './emitter.js';

/** The registry: a new target is a new folder plus one line here. */
export const emitters: Record<TargetName, Emitter> = {
  ts: typescriptEmitter,
  'json-schema': jsonSchemaEmitter,
  zod: zodEmitter,
  docs: markdownEmitter,
};
