/**
 * The JSON Structure import add-in: `$import` (a schema's definitions and its root type) and
 * `$importdefs` (definitions only) at the document root or inside a namespace. Imported definitions
 * land in that namespace; their `#/definitions/...` references are rebased to it, so a local definition
 * of the same name shadows the imported one for imported types too.
 *
 * Imports are relative paths, resolved against the importing file and confined to `importRoot` (by
 * default the parent of the input's folder, where sibling libraries live); remote and `file:` URIs are
 * refused, so a schema cannot make structgen fetch or read arbitrary files.
 */
import path from 'node:path';
import { diagnostic, jsonPointer, type Diagnostic } from '../../diagnostics/index.js';
import { confine } from '../confine.js';
import { displayPath, loadDocument, type LoadedDocument } from '../load.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ImportContext {
  cwd: string;
  /** Folder imports must stay inside. */
  root: string;
  diagnostics: Diagnostic[];
  /** Files being imported, to refuse an import cycle. */
  active: Set<string>;
  /** Line and column in the input document, for diagnostics at its `$import`s. */
  locate?: LoadedDocument['locate'];
  /** The size cap for each imported file (see `ReadOptions.maxInputBytes`). */
  maxInputBytes?: number;
}

/** Where an import stands: the importing file, its uri, and line:column within it. */
interface Source {
  file: string | undefined;
  uri: string;
  locate: LoadedDocument['locate'];
}

/** Returns `document` with every import expanded (a new value; the input is not changed). */
export async function expandImports(document: Json, file: string | undefined, uri: string, ctx: ImportContext): Promise<Json> {
  return expandSource(document, { file, uri, locate: ctx.locate ?? (() => undefined) }, ctx);
}

async function expandSource(document: Json, source: Source, ctx: ImportContext): Promise<Json> {
  const copy = structuredClone(document);
  await expandNode(copy, [], source, ctx, true);
  return copy;
}

/** `node` is the document (namespace path []) or a namespace object inside `definitions`. */
async function expandNode(node: Json, namespace: string[], source: Source, ctx: ImportContext, isRoot: boolean): Promise<void> {
  const container = isRoot ? ensureDefinitions(node) : node;
  for (const keyword of ['$import', '$importdefs'] as const) {
    const target = node[keyword];
    if (target === undefined) continue;
    delete node[keyword];
    const pointer = jsonPointer(isRoot ? [keyword] : ['definitions', ...namespace, keyword]);
    const imported = await loadImport(target, source, pointer, ctx);
    if (!imported) continue;
    const definitions = isObject(imported.value['definitions']) ? structuredClone(imported.value['definitions']) : {};
    if (keyword === '$import' && imported.value['type'] !== undefined && typeof imported.value['name'] === 'string') {
      const { $schema: _s, $id: _i, definitions: _d, $uses: _u, $root: _r, ...rootType } = imported.value;
      definitions[imported.value['name']] = rootType;
    }
    rebase(definitions, namespace);
    mergeShadowed(container, definitions);
  }
  for (const [key, child] of Object.entries(container)) {
    if (isObject(child) && !isTypeDefinition(child)) await expandNode(child, [...namespace, key], source, ctx, false);
  }
}

/** The document's definitions object, created when absent (a non-object is left for the reader to report). */
function ensureDefinitions(document: Json): Json {
  if (document['definitions'] === undefined) document['definitions'] = {};
  return isObject(document['definitions']) ? document['definitions'] : {};
}

/** A definition has a `type` (or is a bare `$ref` in Core-like documents); anything else is a namespace. */
export function isTypeDefinition(node: Json): boolean {
  return ['type', '$ref', 'properties', 'enum', 'const', 'allOf', 'anyOf', 'oneOf', 'not', 'if'].some((k) => k in node);
}

/** Local names win: an imported definition is added only where the importing namespace has none. */
function mergeShadowed(target: Json, imported: Json): void {
  for (const [key, value] of Object.entries(imported)) {
    const local = target[key];
    if (local === undefined) target[key] = value;
    else if (isObject(local) && isObject(value) && !isTypeDefinition(local) && !isTypeDefinition(value)) mergeShadowed(local, value);
  }
}

/** Rewrites `#/definitions/...` references inside imported definitions to point into `namespace`. */
function rebase(node: unknown, namespace: string[]): void {
  if (namespace.length === 0 || typeof node !== 'object' || node === null) return;
  const prefix = '#/definitions/' + namespace.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/') + '/';
  const rewrite = (ref: unknown) =>
    typeof ref === 'string' && ref.startsWith('#/definitions/') ? prefix + ref.slice('#/definitions/'.length) : ref;
  if (Array.isArray(node)) {
    for (const item of node) rebase(item, namespace);
    return;
  }
  const object = node as Json;
  if ('$ref' in object) object['$ref'] = rewrite(object['$ref']);
  if ('$extends' in object)
    object['$extends'] = Array.isArray(object['$extends']) ? object['$extends'].map(rewrite) : rewrite(object['$extends']);
  if ('$root' in object) object['$root'] = rewrite(object['$root']);
  for (const value of Object.values(object)) rebase(value, namespace);
}

async function loadImport(target: unknown, source: Source, pointer: string, ctx: ImportContext): Promise<{ value: Json } | undefined> {
  const at = { file: source.uri, pointer, ...source.locate(pointer) };
  const refuse = (why: string) => {
    ctx.diagnostics.push(diagnostic('import-refused', { message: `import ${JSON.stringify(target)} was not followed: ${why}`, ...at }));
    return undefined;
  };
  if (typeof target !== 'string' || target === '') return refuse('it must be a relative path to a schema file');
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || path.isAbsolute(target))
    return refuse('only relative paths are imported (no URLs, file: or absolute paths)');
  const { file } = source;
  if (!file) return refuse('an in-memory document cannot import relative files');
  let resolved: string;
  try {
    resolved = path.resolve(path.dirname(file), decodeURIComponent(target));
  } catch {
    return refuse('it is not a valid URI reference (a malformed % escape)');
  }
  if (!resolved.startsWith(ctx.root + path.sep)) return refuse(`it leaves the import root ${ctx.root} (widen it with --import-root)`);
  const confined = await confine(resolved, ctx.root, (p) => displayPath(p, ctx.cwd));
  if (!confined.ok) return refuse(`${confined.reason} (the import root; widen it with --import-root)`);
  if (ctx.active.has(resolved)) return refuse('the imports form a cycle');
  const loaded = await loadDocument(resolved, ctx.cwd, ctx.maxInputBytes !== undefined ? { maxInputBytes: ctx.maxInputBytes } : {});
  if (!loaded.ok) {
    // A file that cannot be read is reported at the $import naming it; a broken one at its own position.
    for (const d of loaded.diagnostics) {
      if (d.code !== 'file-not-found' && d.code !== 'too-large') ctx.diagnostics.push(d);
      else ctx.diagnostics.push({ ...d, message: `${d.message}, named by this ${pointer.split('/').pop()}`, ...at });
    }
    return undefined;
  }
  if (!isObject(loaded.document.value)) return refuse('the imported document is not an object');
  ctx.active.add(resolved);
  const value = await expandSource(
    loaded.document.value,
    { file: resolved, uri: loaded.document.uri, locate: loaded.document.locate },
    ctx,
  );
  ctx.active.delete(resolved);
  return { value };
}
