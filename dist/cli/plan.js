/**
 * What a `structgen generate` invocation is about: the documents of a config file (given with --config,
 * or found in the working directory when no input is named), or the one document the command line names
 * (`-` for standard input). With neither, there is nothing to generate: the usage message says what was
 * looked for and how to start (the package has no default input of its own).
 */
import path from 'node:path';
import { configFileNames, defaultMaxInputBytes, defaultOut, findConfig, loadConfig, planConfigDocuments, regenerateCommand, } from '../index.js';
import { documentOptionsFrom, givenFlags } from './flags.js';
/** Standard input is read as if it were this file in the working directory: relative refs resolve there. */
const stdinName = 'stdin';
/**
 * `defaults`: options under the command line's flags (openapi-typescript's defaults and the banner's
 * command, for an openapi-typescript command line).
 */
export async function planRun(input, options, io, defaults = {}) {
    if (input !== undefined && options.config !== undefined)
        return { usage: 'give an input or --config, not both' };
    const found = input === undefined && options.config === undefined ? findConfig(io.cwd) : { diagnostics: [] };
    const configFile = options.config !== undefined ? path.resolve(io.cwd, options.config) : found.file;
    if (configFile !== undefined) {
        const flags = givenFlags(options);
        if (flags.length > 0) {
            return {
                usage: `${flags.join(', ')} ${flags.length === 1 ? 'sets' : 'set'} one document's options: with a config, set ${flags.length === 1 ? 'it' : 'them'} in the config's documents (or name an input to generate it alone)`,
            };
        }
        return planFromConfig(configFile, io, found.diagnostics);
    }
    const settings = { ...defaults, ...documentOptionsFrom(options) };
    const out = settings.outDir ?? defaultOut;
    if (input === '-') {
        if (options.watch)
            return { usage: '--watch cannot follow standard input: name the file instead' };
        const limit = settings.maxInputBytes ?? defaultMaxInputBytes;
        const text = await readStdin(io.stdin?.() ?? process.stdin, limit);
        if (typeof text !== 'string')
            return { documents: [], diagnostics: [text], globBases: [], stdin: true };
        const base = { ...settings, input: '-', cwd: io.cwd };
        return {
            documents: [
                {
                    options: {
                        ...settings,
                        input: { document: text, name: stdinName },
                        location: stdinName,
                        cwd: io.cwd,
                        command: settings.command ?? regenerateCommand(base, io.cwd),
                    },
                    out,
                },
            ],
            diagnostics: [],
            globBases: [],
            stdin: true,
        };
    }
    if (input === undefined)
        return { usage: nothingToGenerate(io.cwd) };
    return { documents: [{ options: { ...settings, input, cwd: io.cwd }, out }], diagnostics: [], globBases: [] };
}
/** What a bare `structgen generate` says where there is no config: what it looked for, and two ways to start. */
function nothingToGenerate(cwd) {
    const names = configFileNames.map((name) => name.replace('structgen.config.', '')).join(', ');
    return [
        `nothing to generate: no input was named, and ${cwd} has no config file (looked for structgen.config.{${names}}).`,
        'To start, name your schema or API document (OpenAPI 3.x, JSON Schema or JSON Structure; JSON or YAML):',
        '  npx structgen generate openapi.yaml            writes generated/openapi/',
        '  npx structgen generate openapi.yaml --out src/generated/api',
        'or list your documents in a structgen.config.json, then run npx structgen generate:',
        '  { "documents": [{ "input": "schemas/*.json", "out": "src/generated/[name]" }] }',
    ].join('\n');
}
export async function planFromConfig(file, io, earlier = []) {
    const loaded = await loadConfig(file, io.cwd);
    if (!loaded.config)
        return { documents: [], diagnostics: [...earlier, ...loaded.diagnostics], configFile: file, globBases: [] };
    const planned = await planConfigDocuments(loaded.config);
    return {
        documents: planned.documents,
        diagnostics: [...earlier, ...loaded.diagnostics, ...planned.diagnostics],
        configFile: file,
        config: loaded.config,
        globBases: planned.globBases,
    };
}
/**
 * Reads standard input up to `maxBytes`, counting while it reads: an endless or huge stream
 * (`cat /dev/zero | structgen generate -`) is refused as soon as it passes the limit, holding at most the
 * limit plus one chunk in memory, and the stream is closed (its writer gets EPIPE) rather than drained.
 */
async function readStdin(stream, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
        size += bytes.length;
        // Leaving the loop ends the iteration, which destroys the stream: nothing more is read.
        if (size > maxBytes)
            return stdinTooLarge(maxBytes);
        chunks.push(bytes);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function stdinTooLarge(maxBytes) {
    return {
        code: 'too-large',
        severity: 'error',
        message: `${stdinName} holds more than the ${maxBytes} bytes structgen reads; it stopped reading there`,
        hint: `if the document is meant to be larger, raise the limit: --max-input-bytes <bytes> (API: maxInputBytes)`,
        file: stdinName,
    };
}
//# sourceMappingURL=plan.js.map