/**
 * Markdown target: `README.md` — and, for a document too large to read as one page, pages under `docs/`
 * that README.md indexes (./pages.ts) — rendered from `templates/` (Mustache, logic-free) with a view
 * model that has already escaped every string for its Markdown context. Mustache's own HTML escaping is
 * off, since escaping happens once, in the view model.
 */
import { readFileSync } from 'node:fs';
import Mustache from 'mustache';
import { htmlCommentText } from '../escape.js';
import { documentedOperations } from './operations-view.js';
import { docsFiles } from './view-model.js';
export const markdownEmitter = {
    target: 'docs',
    // Operations by tag, then webhooks (./operations-view.ts), before the definitions they use.
    emitOperations: (model) => documentedOperations(model),
    emit: emitMarkdown,
};
const templatesDir = new URL('../../../templates/', import.meta.url);
/** The templates and partials of the docs; `docs/markdown-docs.md` documents the view each receives. */
export const templateNames = [
    'document',
    'index',
    'page',
    'llms',
    'definition',
    'operation',
    'payload',
    'example',
    'table',
    'api',
];
let templates;
function loadTemplates() {
    const read = (name) => readFileSync(new URL(`${name}.md.mustache`, templatesDir), 'utf8');
    templates ??= Object.fromEntries(templateNames.map((name) => [name, read(name)]));
    return templates;
}
const render = (template, view, partials) => Mustache.render(template, view, partials, { escape: (text) => text });
export function emitMarkdown(model, context, api = { groups: [], webhooks: [] }) {
    const { document, index, page, llms, ...partials } = loadTemplates();
    const files = docsFiles(model, htmlCommentText(context.banner().join(' ')), api, (section) => 'definition' in section
        ? render(partials.definition, section.definition, partials)
        : render(partials.operation, section.operation, partials));
    const template = { document, index, page, llms };
    return {
        files: files.map((file) => {
            if ('json' in file) {
                const value = file.json;
                return {
                    path: file.path,
                    language: 'json',
                    value,
                    get contents() {
                        return JSON.stringify(value, null, 2);
                    },
                };
            }
            return {
                path: file.path,
                contents: render(template[file.template], file.view, partials) + (file.template === 'page' ? file.sections : ''),
                language: 'markdown',
            };
        }),
        diagnostics: [],
    };
}
//# sourceMappingURL=emit-markdown.js.map