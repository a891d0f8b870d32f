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
import { documentView } from './view-model.js';

export const markdownEmitter: Emitter = { target: 'docs', emit: emitMarkdown };

const templatesDir = new URL('../../../templates/', import.meta.url);
let templates: { document: string; definition: string } | undefined;

function loadTemplates(): { document: string; definition: string } {
  templates ??= {
    document: readFileSync(new URL('document.md.mustache', templatesDir), 'utf8'),
    definition: readFileSync(new URL('definition.md.mustache', templatesDir), 'utf8'),
  };
  return templates;
}

export function emitMarkdown(model: Model, context: EmitContext): Emitted {
  const { document, definition } = loadTemplates();
  const view = documentView(model, htmlCommentText(context.banner('Markdown docs').join(' ')));
  const contents = Mustache.render(document, view, { definition }, { escape: (text: string) => text });
  return { files: [{ path: 'README.md', contents, language: 'markdown' }], diagnostics: [] };
}
