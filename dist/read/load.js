/**
 * Loading: a path, URL or in-memory document becomes parsed JSON plus a way to turn a JSON pointer into
 * line:column, so every later diagnostic can say where it points. Nothing here knows any input format.
 *
 * YAML is read with YAML 1.2 core-schema rules (JSON-compatible: `2026-01-27` and `on` stay strings),
 * duplicate keys are errors, alias expansion is capped (a "billion laughs" document is refused at once)
 * and so is nesting depth, since readers walk documents recursively.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { diagnostic, framePointer, pointerSegments } from '../diagnostics/index.js';
import { JsonLocator } from './locate.js';
import { noteRead } from './reads.js';
import { loadYamlFast } from './yaml-fast.js';
// Required when needed, not imported: a JSON document never loads the YAML parser, and a valid one
// never loads the tolerant JSON parser that locates a syntax error (together a tenth of a small run).
const require = createRequire(import.meta.url);
const yaml = () => require('yaml');
const jsonc = () => require('jsonc-parser');
/** Nesting deeper than this is refused: no real schema comes close, and readers recurse. */
export const maxDepth = 200;
/** Aliases one YAML document may expand; a real document uses a handful. */
const maxAliasCount = 1000;
/**
 * Documents (files, URLs, texts) larger than this are refused before parsing, unless the caller raises
 * it (`maxInputBytes`, `--max-input-bytes`). 32 MiB is over twenty times the largest public spec in the
 * test corpus; what exceeds it is copied into every output (a 50 MB description became 210 MB written).
 */
export const defaultMaxInputBytes = 32 * 1024 * 1024;
export async function loadDocument(input, cwd, limits = {}) {
    const maxBytes = limits.maxInputBytes ?? defaultMaxInputBytes;
    if (typeof input !== 'string') {
        const uri = input.name ?? '<memory>';
        if (typeof input.document === 'string') {
            if (input.document.length > maxBytes)
                return tooLarge(uri, input.document.length, maxBytes);
            return parseText(input.document, uri);
        }
        return checkDepth({ uri, value: input.document, locate: () => undefined });
    }
    if (/^https?:\/\//i.test(input))
        return loadUrl(input, maxBytes);
    const absolute = path.resolve(cwd, input);
    const uri = displayPath(absolute, cwd);
    noteRead(absolute);
    let text;
    try {
        // The size first: a huge file is refused without being read into memory.
        const { size } = await stat(absolute);
        if (size > maxBytes)
            return tooLarge(uri, size, maxBytes);
        text = await readFile(absolute, 'utf8');
    }
    catch (error) {
        const reason = error.code ?? String(error);
        return {
            ok: false,
            diagnostics: [diagnostic('file-not-found', { message: `cannot read ${uri} (${reason})`, file: uri })],
        };
    }
    if (text.length > maxBytes)
        return tooLarge(uri, text.length, maxBytes);
    return parseText(text, uri);
}
function tooLarge(uri, size, maxBytes) {
    return {
        ok: false,
        diagnostics: [
            diagnostic('too-large', {
                message: `${uri} is ${size} bytes, more than the ${maxBytes} bytes structgen reads`,
                hint: `if the document is meant to be this large, raise the limit: --max-input-bytes ${size} (API: maxInputBytes)`,
                file: uri,
            }),
        ],
    };
}
/** Fetches a document over HTTP(S): only ever called for a URL the user passed explicitly. */
async function loadUrl(url, maxBytes) {
    const fail = (message) => ({ ok: false, diagnostics: [diagnostic('fetch-failed', { message, file: url })] });
    let response;
    try {
        response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' });
    }
    catch (error) {
        return fail(`cannot fetch ${url}: ${error.message}`);
    }
    if (!response.ok)
        return fail(`cannot fetch ${url}: HTTP ${response.status}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > maxBytes)
        return tooLarge(url, length, maxBytes);
    const text = await response.text();
    if (text.length > maxBytes)
        return tooLarge(url, text.length, maxBytes);
    return parseText(text, url);
}
/** JSON when the text starts like JSON, YAML otherwise (YAML 1.2 is a superset, but JSON errors read better). */
export function parseText(raw, uri) {
    const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    return /^\s*[[{]/.test(text) || /\.json$/i.test(uri) ? parseJsonText(text, uri) : parseYamlText(text, uri);
}
function parseYamlText(text, uri) {
    // The fast path (./yaml-fast.ts) for a plain document; `yaml` for the rest, and for line:column when
    // a diagnostic asks for one.
    const fast = loadYamlFast(text);
    if (fast !== undefined) {
        let locate;
        return checkDepth({
            uri,
            value: fast,
            locate: (pointer) => {
                if (!locate) {
                    const parsed = parseYamlDocument(text);
                    locate = parsed.ok ? parsed.locate : () => undefined;
                }
                return locate(pointer);
            },
        });
    }
    return parseYamlDocument(text, uri).result;
}
/** A YAML text read by the `yaml` package: its value, diagnostics with line:column, and a locator. */
function parseYamlDocument(text, uri = '') {
    const { LineCounter, parseDocument, isNode } = yaml();
    const lineCounter = new LineCounter();
    let doc;
    const failed = (result) => ({ ok: false, result });
    try {
        // Duplicate keys are found below: the library's own check compares each key with every earlier one
        // (20,000 keys: 16 s).
        doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false, lineCounter, prettyErrors: false });
    }
    catch (error) {
        if (error instanceof RangeError)
            return failed(tooDeep(uri));
        throw error;
    }
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const fail = (message, offset) => {
        const where = offset !== undefined ? at(offset) : undefined;
        return failed({
            ok: false,
            diagnostics: [
                diagnostic('invalid-yaml', {
                    message: `${uri} is not valid YAML: ${message}`,
                    file: uri,
                    ...where,
                }),
            ],
        });
    };
    const error = doc.errors[0];
    // The YAML parser recurses per nesting level and reports running out of stack as an error of its own.
    if (error?.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message))
        return failed(tooDeep(uri, at(error.pos[0])));
    if (error)
        return fail(error.message.split('\n')[0], error.pos[0]);
    const duplicate = firstDuplicateKey(doc);
    if (duplicate)
        return fail(`Map keys must be unique (${JSON.stringify(String(duplicate.value))} appears twice)`, duplicate.offset);
    const locate = (pointer) => {
        const node = doc.getIn(pointerSegments(pointer), true);
        if (!isNode(node) || !node.range)
            return undefined;
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
    };
    let value;
    try {
        value = doc.toJS({ maxAliasCount });
    }
    catch (error) {
        if (error instanceof RangeError)
            return failed(tooDeep(uri));
        return fail(`${error.message} (more than ${maxAliasCount} alias expansions)`);
    }
    return { ok: true, locate, result: checkDepth({ uri, value, locate }) };
}
/** The first map key that repeats an earlier key of its map (scalar keys compared by value, as YAML does). */
function firstDuplicateKey(doc) {
    const { isMap, isScalar, visit } = yaml();
    let found;
    visit(doc, {
        Map(_, map) {
            if (!isMap(map))
                return undefined;
            const seen = new Set();
            for (const pair of map.items) {
                if (!isScalar(pair.key))
                    continue;
                if (seen.has(pair.key.value)) {
                    found = { value: pair.key.value, offset: pair.key.range?.[0] ?? 0 };
                    return visit.BREAK;
                }
                seen.add(pair.key.value);
            }
            return undefined;
        },
    });
    return found;
}
function tooDeep(uri, where) {
    return {
        ok: false,
        diagnostics: [diagnostic('too-deep', { message: `${uri} nests more than ${maxDepth} levels deep`, file: uri, ...where })],
    };
}
/**
 * Refuses documents nested deeper than `maxDepth`, iteratively (a recursive check would overflow first),
 * and numbers JSON cannot carry (YAML's .inf and .nan), which would turn into null in every output.
 */
function checkDepth(document) {
    const stack = [{ value: document.value, depth: 0, parent: undefined, key: '' }];
    while (stack.length > 0) {
        const entry = stack.pop();
        const { value, depth } = entry;
        if (typeof value === 'number' && !Number.isFinite(value)) {
            const pointer = framePointer(entry);
            return {
                ok: false,
                diagnostics: [
                    diagnostic('invalid-yaml', {
                        message: `${value} is not a number JSON can carry, so no output could hold it`,
                        hint: 'write a finite number, or leave the keyword out',
                        file: document.uri,
                        pointer,
                        ...document.locate(pointer),
                    }),
                ],
            };
        }
        if (typeof value !== 'object' || value === null)
            continue;
        if (depth > maxDepth) {
            const pointer = framePointer(entry);
            return tooDeep(document.uri, { pointer, ...document.locate(pointer) });
        }
        for (const key in value) {
            const child = value[key];
            // Strings, booleans, null and finite numbers pass: only containers and other numbers are looked at.
            if ((typeof child === 'object' && child !== null) || (typeof child === 'number' && !Number.isFinite(child)))
                stack.push({ value: child, depth: depth + 1, parent: entry, key });
        }
    }
    return { ok: true, document };
}
/** A path as users see it: relative to the working directory when inside it, always with `/`. */
export function displayPath(absolute, cwd) {
    const relative = path.relative(cwd, absolute);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
    return shown.split(path.sep).join('/');
}
/**
 * What the JSON text a document was parsed from rules out, keyed by the parsed value: a walk looking for
 * keywords the text never spells can be skipped. A value built or changed after parsing has no entry,
 * and is walked. Keys spelled with `\u` escapes are not seen in the text, so such a text rules out nothing.
 */
const textFacts = new WeakMap();
function noteTextFacts(text, value) {
    if (typeof value !== 'object' || value === null)
        return;
    const escapes = text.includes('\\u');
    textFacts.set(value, {
        identifiers: escapes || /"\$(?:id|anchor|dynamicAnchor|recursiveAnchor|schema)"/.test(text),
        // A `$ref` whose string value does not start with `#`, or a discriminator mapping (which may name a file).
        externalRefs: escapes || text.includes('"mapping"') || /"\$ref"\s*:\s*"(?!#)/.test(text),
    });
}
/** Whether a parsed document may hold `$id`, `$anchor`, `$dynamicAnchor`, `$recursiveAnchor` or `$schema`. */
export function mayHoldIdentifiers(value) {
    return typeof value !== 'object' || value === null || (textFacts.get(value)?.identifiers ?? true);
}
/** Whether a parsed document may hold a reference to another document (a `$ref` not starting with `#`, a mapping). */
export function mayHoldExternalRefs(value) {
    return typeof value !== 'object' || value === null || (textFacts.get(value)?.externalRefs ?? true);
}
function parseJsonText(text, uri) {
    try {
        const value = JSON.parse(text);
        noteTextFacts(text, value);
        return checkDepth({ uri, value, locate: locator(text) });
    }
    catch (error) {
        // JSON.parse says what but not reliably where; the tolerant parser finds the offset of the first fault.
        const errors = [];
        jsonc().parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const where = first ? position(lineStarts(text), first.offset) : undefined;
        const what = first ? describeParseError(first) : error.message;
        return {
            ok: false,
            diagnostics: [diagnostic('invalid-json', { message: `${uri} is not valid JSON: ${what}`, file: uri, ...where })],
        };
    }
}
function describeParseError(error) {
    const words = jsonc()
        .printParseErrorCode(error.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    return words;
}
/** Line and column of a pointer's key or value (./locate.ts), the line starts found on the first ask. */
function locator(text) {
    const json = new JsonLocator(text);
    let lines;
    return (pointer) => {
        const offset = json.offsetOf(pointerSegments(pointer));
        if (offset === undefined)
            return undefined;
        lines ??= lineStarts(text);
        return position(lines, offset);
    };
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
function position(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
}
//# sourceMappingURL=load.js.map