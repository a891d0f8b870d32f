import type { Model } from '../../model/index.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
import { type DocumentedOperations } from './operations-view.js';
export declare const markdownEmitter: Emitter<DocumentedOperations>;
export declare function emitMarkdown(model: Model, context: EmitContext, api?: DocumentedOperations): Emitted;
