/**
 * Finding, loading and checking a config file. `structgen.config.json` is read like any input (JSON with
 * line:column for every pointer); `structgen.config.{mjs,js,cjs}` is imported; `structgen.config.{ts,mts,cts}`
 * is loaded with jiti (Node 20 cannot import TypeScript itself). Whatever the kind, the exported value is
 * checked against the config's JSON Schema, and every problem is a located diagnostic like any input error.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { diagnostic, nearestName, pointerSegments } from '../diagnostics/index.js';
import { displayPath } from '../read/index.js';
import { parseText } from '../read/load.js';
import { locateInSource } from './locate-source.js';
import { configSchema } from './schema.js';
/** The names `structgen generate` looks for in the working directory, in this order. */
export const configFileNames = [
    'structgen.config.ts',
    'structgen.config.mts',
    'structgen.config.cts',
    'structgen.config.mjs',
    'structgen.config.js',
    'structgen.config.cjs',
    'structgen.config.json',
];
/** The config file in `dir`, if there is one, and a warning when several compete. */
export function findConfig(dir) {
    const present = configFileNames.filter((name) => existsSync(path.join(dir, name)));
    if (present.length === 0)
        return { diagnostics: [] };
    const diagnostics = present.length > 1
        ? [
            diagnostic('multiple-configs', {
                message: `${present.join(', ')} ${present.length === 2 ? 'both' : 'all'} exist; structgen uses ${present[0]}`,
                file: present[0],
            }),
        ]
        : [];
    return { file: path.join(dir, present[0]), diagnostics };
}
/** Imports of a config in this process so far: each load of a changed file must be a fresh module (watch mode). */
let generation = 0;
/** Loads and checks the config `file` (relative to `cwd`). */
export async function loadConfig(file, cwd) {
    const absolute = path.resolve(cwd, file);
    const uri = displayPath(absolute, cwd);
    let text;
    try {
        text = await readFile(absolute, 'utf8');
    }
    catch (error) {
        const reason = error.code ?? String(error);
        return { diagnostics: [diagnostic('file-not-found', { message: `cannot read the config ${uri} (${reason})`, file: uri })] };
    }
    let value;
    let locate;
    if (/\.json$/i.test(absolute)) {
        const parsed = parseText(text, uri);
        if (!parsed.ok)
            return { diagnostics: parsed.diagnostics };
        value = parsed.document.value;
        locate = parsed.document.locate;
    }
    else {
        try {
            value = await importConfig(absolute);
        }
        catch (error) {
            return { diagnostics: [loadFailure(error, absolute, uri)] };
        }
        locate = (pointer) => locateInSource(text, absolute, pointer);
    }
    const problems = validate(value, uri, locate);
    if (problems.length > 0)
        return { diagnostics: problems };
    const dir = path.dirname(absolute);
    return {
        config: {
            file: absolute,
            dir,
            uri,
            config: value,
            discoverable: findConfig(dir).file === absolute,
            locate,
        },
        diagnostics: [],
    };
}
/** The config module's default export (or `module.exports`), loaded fresh each time. */
async function importConfig(file) {
    generation++;
    if (/\.[cm]?ts$/i.test(file)) {
        const { createJiti } = await import('jiti');
        const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false, interopDefault: true });
        return await jiti.import(file, { default: true });
    }
    // A CommonJS config sits in require's cache, which a query on the URL does not reach.
    delete createRequire(import.meta.url).cache[file];
    const module = (await import(`${pathToFileURL(file).href}?structgen=${generation}`));
    return module.default;
}
/** A config that does not load (a syntax error, a throw): say so where the error points, if it does. */
function loadFailure(error, file, uri) {
    const e = error;
    const message = String(e?.message ?? error).split('\n')[0];
    let where = e?.loc ? { line: e.loc.line, column: e.loc.column + 1 } : undefined;
    if (!where && typeof e?.stack === 'string') {
        // The stack names the file by path (CommonJS, jiti) or by URL (ES modules, with the query that loaded it).
        const names = [file, pathToFileURL(file).href].map(escapeRegExp).join('|');
        const at = new RegExp(`(?:${names})(?:\\?[^:\\s]*)?:(\\d+)(?::(\\d+))?`).exec(e.stack);
        if (at)
            where = { line: Number(at[1]), column: at[2] ? Number(at[2]) : 1 };
    }
    return diagnostic('invalid-config', {
        message: `the config ${uri} could not be loaded: ${message}`,
        file: uri,
        hint: 'fix the error in the config file; it must export the config as its default export (export default defineConfig({...}))',
        ...where,
    });
}
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
let validator;
function validate(value, uri, locate) {
    if (value === undefined) {
        return [
            diagnostic('invalid-config', {
                message: `the config ${uri} exports nothing`,
                file: uri,
                hint: 'export the config as the default export: export default defineConfig({ documents: [...] })',
            }),
        ];
    }
    // Required here, not imported: a run without a config file never loads Ajv.
    const { Ajv } = createRequire(import.meta.url)('ajv');
    validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema());
    if (validator(value))
        return [];
    const schema = configSchema();
    return (validator.errors ?? [])
        .filter((e) => !(e.keyword === 'type' && e.schemaPath.includes('/anyOf/'))) // the anyOf error says it once
        .map((error) => toDiagnostic(error, value, uri, locate, schema));
}
function toDiagnostic(error, value, uri, locate, schema) {
    const inDocument = /^\/documents\/\d+$/.test(error.instancePath);
    const where = error.instancePath === '' ? 'the config' : error.instancePath;
    let pointer = error.instancePath;
    let message = `${where} ${error.message ?? 'is invalid'}`;
    let hint;
    if (error.keyword === 'additionalProperties') {
        const key = String(error.params['additionalProperty']);
        pointer = `${error.instancePath}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        // The keys of the object the unknown one is in: the config, a document, or an object inside one (a type mapping).
        const container = schemaAt(schema, error.schemaPath.replace(/\/additionalProperties$/, ''));
        const known = Object.keys(container?.['properties'] ?? {});
        const patterns = Object.keys(container?.['patternProperties'] ?? {}).map((p) => `${p.replace(/^\^/, '')} keywords`);
        const near = nearestName(key, known);
        message = `unknown ${inDocument ? 'option' : 'key'} ${JSON.stringify(key)} in ${where}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`;
        hint = `${inDocument ? 'a document' : error.instancePath === '' ? 'the config' : where} takes: ${[...known, ...patterns].join(', ')}`;
    }
    else if (error.keyword === 'required') {
        const key = String(error.params['missingProperty']);
        message = `${where} has no ${JSON.stringify(key)}`;
        hint = key === 'documents' ? 'list the documents to generate: { "documents": [{ "input": "schemas/*.json" }] }' : undefined;
    }
    else if (error.keyword === 'enum') {
        const allowed = error.params['allowedValues'].map(String);
        const given = valueAt(value, error.instancePath);
        const near = typeof given === 'string' ? nearestName(given, allowed) : undefined;
        message = `${where} is ${JSON.stringify(given)}, not one of ${allowed.join(', ')}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`;
    }
    else if (error.keyword === 'anyOf' && /\/input$/.test(error.instancePath)) {
        message = `${where} must be a path or glob, or a list of them`;
    }
    return diagnostic('invalid-config', { message, file: uri, pointer, ...locate(pointer), ...(hint ? { hint } : {}) });
}
/** The subschema at an Ajv schema path (`#/definitions/document/properties/typeMappings/items`). */
function schemaAt(schema, schemaPath) {
    let node = schema;
    for (const segment of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    return typeof node === 'object' && node !== null ? node : undefined;
}
function valueAt(root, pointer) {
    let node = root;
    for (const segment of pointerSegments(pointer)) {
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
//# sourceMappingURL=load.js.map