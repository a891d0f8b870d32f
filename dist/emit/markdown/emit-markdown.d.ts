import type { Model } from '../../model/index.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
import { type DocumentedOperations } from './operations-view.js';
export declare const markdownEmitter: Emitter<DocumentedOperations>;
/** The templates and partials of the docs; `docs/markdown-docs.md` documents the view each receives. */
export declare const templateNames: readonly ["document", "index", "page", "llms", "definition", "operation", "payload", "example", "table", "api"];
export declare function emitMarkdown(model: Model, context: EmitContext, api?: DocumentedOperations): Emitted;
