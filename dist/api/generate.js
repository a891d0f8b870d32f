/**
 * The library API: load → read → passes → emit → format. Returns files and diagnostics; writes nothing
 * and never exits the process. On any error diagnostic, `files` is empty.
 */
import path from 'node:path';
import { diagnostic, diagnosticCodes, hasErrors } from '../diagnostics/index.js';
import { defaultTargets, runEmitter, targetNamed, targets as targetTable, targetNames, } from '../emit/index.js';
import { formatFile } from '../layout/format.js';
import { assertNever } from '../model/index.js';
import { checkUnguardedCycles, runPasses, skipUnguardedCycles, splitDirections } from '../passes/index.js';
import { jsonSchemaDialects, loadDocument, readDocument, withUpstream, } from '../read/index.js';
import { apiFormatOf } from '../read/index.js';
import { recordReads } from '../read/reads.js';
import { bannerLines, portablePath, shellWord } from './banner.js';
import { documentOptionKeys, documentOptions } from './options.js';
import { typeScriptOptionNames } from '../emit/typescript/options.js';
import { mapTypes } from '../passes/map-types.js';
import { hasMappings, outputFolder, resolveTypeMappings, typeMappingFlag, typeMappingProblems, } from './type-mappings.js';
export async function generate(options) {
    const reads = new Set();
    const result = await recordReads(reads, () => generateRecovering(options));
    const ignore = new Set(options.ignore ?? []);
    const ignored = result.diagnostics.filter((d) => d.severity === 'warning' && ignore.has(d.code));
    const diagnostics = ignored.length === 0 ? result.diagnostics : result.diagnostics.filter((d) => !ignored.includes(d));
    return { ...result, diagnostics, ignored, reads: [...reads] };
}
async function generateRecovering(options) {
    try {
        return await generateOrThrow(options);
    }
    catch (error) {
        // Documents whose references nest thousands deep exhaust the stack: a limit of the input, said so.
        if (error instanceof RangeError && /call stack/i.test(error.message)) {
            const file = typeof options.input === 'string' ? options.input : (options.input.name ?? '<memory>');
            return {
                files: [],
                diagnostics: [diagnostic('too-deep', { message: `${file} nests its references too deeply for structgen to follow`, file })],
            };
        }
        throw error;
    }
}
async function generateOrThrow(options) {
    const cwd = options.cwd ?? process.cwd();
    const targets = options.targets ?? defaultTargets;
    const unknown = targets.filter((t) => !targetNames.includes(t));
    if (unknown.length > 0) {
        return {
            files: [],
            diagnostics: [diagnostic('invalid-targets', { message: `unknown target ${unknown.map((t) => JSON.stringify(t)).join(', ')}` })],
        };
    }
    if (options.dialect !== undefined && !jsonSchemaDialects.includes(options.dialect)) {
        const message = `dialect ${JSON.stringify(options.dialect)} is not one structgen reads (${jsonSchemaDialects.join(', ')})`;
        return { files: [], diagnostics: [diagnostic('invalid-option', { message })] };
    }
    const notWarnings = (options.ignore ?? []).filter((code) => diagnosticCodes[code]?.severity !== 'warning');
    if (notWarnings.length > 0) {
        const warnings = Object.entries(diagnosticCodes)
            .filter(([, info]) => info.severity === 'warning')
            .map(([code]) => code);
        const message = `ignore lists ${notWarnings.map((c) => JSON.stringify(c)).join(', ')}, which ${notWarnings.length === 1 ? 'is' : 'are'} not a warning code; warnings: ${warnings.join(', ')}`;
        return { files: [], diagnostics: [diagnostic('invalid-option', { message })] };
    }
    const mappingProblems = typeMappingProblems(options);
    if (mappingProblems.length > 0)
        return {
            files: [],
            diagnostics: mappingProblems.map((p) => diagnostic('invalid-option', { message: p.message, ...(p.hint ? { hint: p.hint } : {}) })),
        };
    const read = await readChecked(options, cwd);
    const diagnostics = read.diagnostics;
    if (!read.model || hasErrors(diagnostics))
        return { files: [], diagnostics };
    if (read.model.definitions.length === 0 && read.model.operations.length === 0 && read.model.webhooks.length === 0) {
        const uri = read.model.documents[0].uri;
        diagnostics.push(diagnostic('nothing-generated', {
            message: `${uri} defines no schemas and no operations${options.entities?.length || options.operations?.length || options.tags?.length ? ' among those selected' : ''}, so the outputs hold nothing but their banners`,
            file: uri,
            pointer: '',
        }));
    }
    const mappings = resolveTypeMappings(options, cwd, outputFolder(options.outDir, read.model.name, cwd));
    const mapped = hasMappings(mappings) ? mapTypes(runPasses(read.model), mappings) : { model: runPasses(read.model), unmatched: [] };
    const model = mapped.model;
    for (const i of mapped.unmatched) {
        const [key, value] = mappings.custom[i].match;
        diagnostics.push(diagnostic('unused-type-mapping', {
            message: `typeMappings/${i} (${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}) maps nothing: no string or number schema generated from the document has this ${key === 'format' ? 'format' : 'value'}`,
            hint: 'check the value against the document (a typo?); for a mapping a config shares with documents that use it, ignore: ["unused-type-mapping"]',
        }));
    }
    // The docs show each example the document gives with the validators' verdict; a rejected one is
    // warned about here, where the documents can still say at which line it is written.
    if (targets.includes('docs')) {
        const { checkExamples } = await import('../emit/markdown/examples.js');
        diagnostics.push(...checkExamples(model).map(read.located ?? ((d) => d)));
    }
    delete read.located;
    // The targets that type requests apart from responses see the split model when asked (the table says
    // which); JSON Schema and the docs describe the wire, where readOnly and writeOnly are marks.
    const directed = options.directions === true ? splitDirections(model) : model;
    const banner = bannerFor(options, cwd);
    const context = {
        targets,
        typeProof: options.typeProof === true,
        typescript: Object.fromEntries(typeScriptOptionNames.flatMap((k) => (options[k] === undefined ? [] : [[k, options[k]]]))),
        ...(read.loaded ? { schemaAt: schemaLookup(read.loaded) } : {}),
        ...(options.templates !== undefined ? { templates: path.resolve(cwd, options.templates) } : {}),
        frontMatter: options.frontMatter === true,
    };
    const files = [];
    const progress = (stage, detail) => options.onProgress?.({ stage, detail, definitions: model.definitions.length });
    for (const target of targetTable.filter((t) => targets.includes(t.name))) {
        progress('emit', target.name);
        const emitted = await runEmitter(await target.load(), target.directed ? directed : model, {
            ...context,
            target,
            banner: () => banner(target.title),
        });
        // A hook's diagnostic names a schema of the input: at which line, the loaded document says.
        const located = (d) => {
            const where = d.pointer !== undefined ? read.loaded?.find((l) => l.uri === d.file)?.locate(d.pointer) : undefined;
            return where ? { ...d, ...where } : d;
        };
        diagnostics.push(...emitted.diagnostics.map(located));
        for (const file of emitted.files) {
            progress('format', file.path);
            const formatted = await formatFile(file, { prettierOnly: options.prettierOnly === true });
            files.push({ path: formatted.path, contents: formatted.contents });
        }
    }
    if (hasErrors(diagnostics))
        return { name: model.name, files: [], diagnostics };
    return { name: model.name, entryPoints: entryPointsOf(model), files, diagnostics };
}
function entryPointsOf(model) {
    const validator = targetNamed('zod').validatorName;
    const definitions = model.definitions
        .filter((d) => model.roots.includes(d.name))
        .map((d) => ({ kind: 'definition', definition: d.name, typeName: d.typeName, zodSchema: validator(d.typeName) }));
    const operation = (kind) => (o) => {
        const key = `${kind}s[${JSON.stringify(o.id)}]`;
        return { kind, operation: o.id, method: o.method, path: o.path, typeName: `operations[${JSON.stringify(o.id)}]`, zodSchema: key };
    };
    return [...definitions, ...model.operations.map(operation('operation')), ...model.webhooks.map(operation('webhook'))];
}
/**
 * `readModel` and the check for unguarded cycles, located in the loaded documents. The documents are
 * not returned: what is emitted needs only the model, and holding the parsed input (and its text, for
 * locating) through every target raised a large run's peak memory.
 */
async function readChecked(options, cwd) {
    const read = await readModel(options, cwd);
    const diagnostics = [...read.diagnostics];
    if (!read.model)
        return { diagnostics };
    // The model keeps where each definition came from; the loaded documents say at which line.
    const located = (d) => {
        const doc = read.loaded.find((l) => l.uri === d.file);
        const where = doc && d.pointer !== undefined ? doc.locate(d.pointer) : undefined;
        return where ? { ...d, ...where } : d;
    };
    // A definition no value can match is left out (a warning), so the rest generates; --strict fails the
    // run, and so does JSON Structure, whose conformance suite calls such a document invalid.
    const format = read.model.documents[0]?.format;
    const refuse = options.strict === true || format === 'json-structure' || format === 'flat-structure';
    const cycles = refuse ? checkUnguardedCycles(read.model) : skipUnguardedCycles(read.model);
    diagnostics.push(...cycles.map(located));
    // Kept only for the user's transform hooks, which are given the schema objects as written.
    const hooks = typeof options.transform === 'function' || typeof options.postTransform === 'function';
    return hooks ? { model: read.model, diagnostics, loaded: read.loaded, located } : { model: read.model, diagnostics, located };
}
/** The schema object at a JSON pointer of a loaded document (an object), for the transform hooks. */
function schemaLookup(loaded) {
    return ({ document, pointer }) => {
        let node = loaded.find((l) => l.uri === document)?.value;
        for (const raw of pointer.split('/').slice(1)) {
            const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
            if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
                return undefined;
            node = node[segment];
        }
        return typeof node === 'object' && node !== null && !Array.isArray(node) ? node : undefined;
    };
}
/** Loads and reads the input, and in upstream mode the upstream document too, into one Model. */
export async function readModel(options, cwd) {
    const loaded = await loadDocument(options.input, cwd, options);
    if (!loaded.ok)
        return { diagnostics: loaded.diagnostics, loaded: [] };
    const { input: _input, targets: _targets, format: _format, upstream: _upstream, cwd: _cwd, outDir: _outDir, onProgress: _onProgress, prettierOnly: _prettierOnly, typeProof: _typeProof, templates: _templates, frontMatter: _frontMatter, command: _command, location: _location, dates: _dates, int64: _int64, typeMappings: _typeMappings, ...withTypeScriptOptions } = options;
    // openapi-typescript's options are the TypeScript target's, not the reader's.
    const readerOptions = Object.fromEntries(Object.entries(withTypeScriptOptions).filter(([k]) => !typeScriptOptionNames.includes(k)));
    const location = typeof options.input === 'string' ? options.input : options.location;
    const readOptions = { ...readerOptions, cwd, ...(location !== undefined ? { location } : {}), ...mappingKeysOf(options) };
    const read = await readDocument(loaded.document, { ...readOptions, ...(options.format ? { format: options.format } : {}) });
    if (!read.model || hasErrors(read.diagnostics) || options.upstream === undefined)
        return { ...read, loaded: [loaded.document] };
    const summary = read.model;
    if (summary.documents[0].format !== 'flat-structure') {
        return {
            diagnostics: [
                ...read.diagnostics,
                diagnostic('upstream-needs-summary', {
                    message: `--upstream applies to flat summaries; ${loaded.document.uri} is ${summary.documents[0].format}`,
                    file: loaded.document.uri,
                }),
            ],
            loaded: [loaded.document],
        };
    }
    const upstreamLoaded = await loadDocument(options.upstream, cwd, options);
    if (!upstreamLoaded.ok)
        return {
            diagnostics: [...read.diagnostics.filter((d) => d.code !== 'lossy-field'), ...upstreamLoaded.diagnostics],
            loaded: [loaded.document],
        };
    // Relative refs in the upstream resolve against the upstream's own location, never the summary's.
    const { location: _summaryLocation, ...upstreamOptions } = readOptions;
    const upstream = await readDocument(upstreamLoaded.document, {
        ...upstreamOptions,
        entities: summary.roots,
        format: apiFormatOf(upstreamLoaded.document.value),
        ...(typeof options.upstream === 'string' ? { location: options.upstream } : {}),
    });
    // The summary's lossy warning is moot once the exact types are read.
    const diagnostics = [...read.diagnostics.filter((d) => d.code !== 'lossy-field'), ...upstream.diagnostics];
    const documents = [loaded.document, upstreamLoaded.document];
    if (!upstream.model || hasErrors(diagnostics))
        return { diagnostics, loaded: documents };
    return { model: withUpstream(summary, upstream.model), diagnostics, loaded: documents };
}
/** What the reader keeps for the type mappings to match on (see `ReadOptions.mappingKeys`); nothing without mappings. */
function mappingKeysOf(options) {
    const formats = new Set();
    const extensions = new Set();
    if (options.dates === 'Date')
        ['date-time', 'date'].forEach((f) => formats.add(f));
    if (options.int64 !== undefined)
        formats.add('int64');
    for (const m of options.typeMappings ?? []) {
        if (m.format !== undefined)
            formats.add(m.format);
        for (const key of Object.keys(m))
            if (key.startsWith('x-'))
                extensions.add(key);
    }
    return formats.size + extensions.size === 0 ? {} : { mappingKeys: { formats: [...formats], extensions: [...extensions] } };
}
function bannerFor(options, cwd) {
    const source = typeof options.input === 'string' ? portablePath(options.input, cwd) : (options.input.name ?? '<memory>');
    const command = options.command ?? regenerateCommand(options, cwd);
    return (targetTitle) => bannerLines(source, targetTitle, command);
}
/**
 * The `structgen generate` command line that reproduces a run's files: the input and every option that
 * was set, each path relative to `cwd` (where the command is to be run). Options without a flag
 * (`remoteDocuments`, `prettierOnly`) cannot be spelled; the latter changes no byte.
 */
export function regenerateCommand(options, cwd = options.cwd ?? process.cwd()) {
    const input = typeof options.input === 'string' ? portablePath(options.input, cwd) : (options.input.name ?? '<memory>');
    const parts = ['npx structgen generate', shellWord(input)];
    for (const key of documentOptionKeys) {
        const option = documentOptions[key];
        const value = options[key];
        if (!('flag' in option) || value === undefined || value === false || ('banner' in option && option.banner === false))
            continue;
        const flag = /--[\w-]+/.exec(option.flag.spec)[0];
        const word = (v) => shellWord('path' in option && option.path ? portablePath(v, cwd) : v);
        switch (option.flag.kind) {
            case 'boolean':
                parts.push(flag);
                break;
            case 'value':
                // A document given in memory (`upstream: { document, name }`) is named as the input is.
                parts.push(flag, typeof value === 'string' ? word(value) : shellWord(value.name ?? '<memory>'));
                break;
            case 'count':
                parts.push(flag, String(value));
                break;
            case 'repeat':
                for (const v of value)
                    parts.push(flag, word(v));
                break;
            case 'mapping':
                for (const m of value)
                    parts.push(flag, shellWord(typeMappingFlag(m)));
                break;
            case 'list': {
                // The default targets, in any order, are the default: the same files.
                const list = value;
                const isDefault = list.length === defaultTargets.length && defaultTargets.every((t) => list.includes(t));
                if (!isDefault)
                    parts.push(flag, shellWord(list.join(',')));
                break;
            }
            default:
                assertNever(option.flag);
        }
    }
    return parts.join(' ');
}
//# sourceMappingURL=generate.js.map