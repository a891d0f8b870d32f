/**
 * Markdown target: `README.md` — and, for a document too large to read as one page, pages under `docs/`
 * that README.md indexes (./pages.ts) — rendered from `templates/` (Mustache, logic-free) with a view
 * model that has already escaped every string for its Markdown context. Mustache's own HTML escaping is
 * off, since escaping happens once, in the view model.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Mustache from 'mustache';
import { diagnostic } from '../../diagnostics/index.js';
import { htmlCommentText } from '../escape.js';
import { documentedOperations } from './operations-view.js';
import { docsFiles } from './view-model.js';
export const markdownEmitter = {
    target: 'docs',
    // Operations by tag, then webhooks (./operations-view.ts), before the definitions they use.
    emitOperations: (model) => documentedOperations(model),
    emit: emitMarkdown,
};
const builtIn = new URL('../../../templates/', import.meta.url);
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
/** Template sets by folder (`''` for the built-in one): read once per process. */
const loaded = new Map();
/**
 * The templates: each from the user's folder (`--templates`) where it has the file, else the built-in
 * one. A user's template that Mustache cannot parse is an `invalid-template` error naming the file.
 */
function loadTemplates(folder) {
    // Only the built-in templates are kept between runs: a user's may change while `--watch` runs.
    const cached = folder === undefined ? loaded.get('') : undefined;
    if (cached)
        return { templates: cached, diagnostics: [] };
    const diagnostics = [];
    if (folder !== undefined && !isDirectory(folder))
        return {
            diagnostics: [diagnostic('invalid-template', { message: `--templates ${folder} is not a folder`, file: folder })],
        };
    const read = (name) => {
        const own = folder === undefined ? undefined : path.join(folder, `${name}.md.mustache`);
        if (own !== undefined && existsSync(own)) {
            const text = readFileSync(own, 'utf8');
            try {
                Mustache.parse(text);
            }
            catch (error) {
                diagnostics.push(diagnostic('invalid-template', { message: `${own}: ${error.message}`, file: own }));
            }
            return text;
        }
        return readFileSync(new URL(`${name}.md.mustache`, builtIn), 'utf8');
    };
    const templates = Object.fromEntries(templateNames.map((name) => [name, read(name)]));
    if (diagnostics.length > 0)
        return { diagnostics };
    if (folder === undefined)
        loaded.set('', templates);
    return { templates, diagnostics };
}
function isDirectory(folder) {
    try {
        return statSync(folder).isDirectory();
    }
    catch {
        return false;
    }
}
const render = (template, view, partials) => Mustache.render(template, view, partials, { escape: (text) => text });
/**
 * Front matter for docs sites: the page's title, and its place in the sidebar as Docusaurus
 * (`sidebar_position`) and Starlight (`sidebar.order`) read it; VitePress reads the title. The title is
 * a YAML single-quoted scalar on one line, so spec text cannot end the block or add keys.
 */
function frontMatter(title, position) {
    const text = title.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    // Quoted as prettier quotes YAML: double quotes, unless the text holds more of them than of single ones.
    const doubles = text.split('"').length - 1;
    const singles = text.split("'").length - 1;
    const quoted = doubles > singles ? `'${text.replaceAll("'", "''")}'` : `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
    return `---\ntitle: ${quoted}\nsidebar_position: ${position}\nsidebar:\n  order: ${position}\n---\n\n`;
}
export function emitMarkdown(model, context, api = { groups: [], webhooks: [] }) {
    const { templates, diagnostics } = loadTemplates(context.templates);
    if (!templates)
        return { files: [], diagnostics };
    const { document, index, page, llms, ...partials } = templates;
    const files = docsFiles(model, htmlCommentText(context.banner().join(' ')), api, (section) => 'definition' in section
        ? render(partials.definition, section.definition, partials)
        : render(partials.operation, section.operation, partials));
    const template = { document, index, page, llms };
    let position = 0;
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
            const text = render(template[file.template], file.view, partials) + (file.template === 'page' ? file.sections : '');
            const head = context.frontMatter && file.template !== 'llms' ? frontMatter(file.title, ++position) : '';
            return { path: file.path, contents: head + text, language: 'markdown' };
        }),
        diagnostics: [],
    };
}
//# sourceMappingURL=emit-markdown.js.map