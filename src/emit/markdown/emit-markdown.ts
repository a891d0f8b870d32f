/**
 * Markdown target: `README.md`, rendered from `templates/` (Mustache, logic-free) with a view model that
 * has already escaped every string for its Markdown context. Mustache's own HTML escaping is off, since
 * escaping happens once, in the view model.
 */
import { readFileSync } from 'node:fs';
import Mustache from 'mustache';
import type { Model } from '../../model/index.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
import { htmlCommentText } from '../escape.js';
import { documentedOperations, type DocumentedOperations } from './operations-view.js';
import { documentView } from './view-model.js';

export const markdownEmitter: Emitter<DocumentedOperations> = {
  target: 'docs',
  // Operations by tag, then webhooks (./operations-view.ts), before the definitions they use.
  emitOperations: (model) => documentedOperations(model),
  emit: emitMarkdown,
};

const templatesDir = new URL('../../../templates/', import.meta.url);
interface Templates {
  document: string;
  definition: string;
  operation: string;
}
let templates: Templates | undefined;

function loadTemplates(): Templates {
  const read = (name: string) => readFileSync(new URL(name, templatesDir), 'utf8');
  templates ??= { document: read('document.md.mustache'), definition: read('definition.md.mustache'), operation: read('operation.md.mustache') };
  return templates;
}

export function emitMarkdown(model: Model, context: EmitContext, api: DocumentedOperations = { groups: [], webhooks: [] }): Emitted {
  const { document, ...partials } = loadTemplates();
  const view = documentView(model, htmlCommentText(context.banner('Markdown docs').join(' ')), api);
  const contents = Mustache.render(document, view, partials, { escape: (text: string) => text });
  return { files: [{ path: 'README.md', contents, language: 'markdown' }], diagnostics: [] };
}
