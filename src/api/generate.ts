/**
 * The library API: load → read → passes → emit → format. Returns files and diagnostics; writes nothing
 * and never exits the process. On any error diagnostic, `files` is empty.
 */
import path from 'node:path';
import { diagnostic, diagnosticCodes, hasErrors, type Diagnostic, type DiagnosticCode } from '../diagnostics/index.js';
import {
  defaultTargets,
  runEmitter,
  targetNamed,
  targets as targetTable,
  targetNames,
  type EmitContext,
  type TargetName,
} from '../emit/index.js';
import { formatFile } from '../layout/format.js';
import { assertNever, type InputFormat, type Model, type Operation } from '../model/index.js';
import { checkUnguardedCycles, runPasses, skipUnguardedCycles, splitDirections } from '../passes/index.js';
import {
  jsonSchemaDialects,
  loadDocument,
  readDocument,
  withUpstream,
  type DocumentInput,
  type LoadedDocument,
  type ReadOptions,
} from '../read/index.js';
import { apiFormatOf } from '../read/index.js';
import { recordReads } from '../read/reads.js';
import { bannerLines, portablePath, shellWord } from './banner.js';
import { documentOptionKeys, documentOptions } from './options.js';
import { typeScriptOptionNames, type TypeScriptOptions } from '../emit/typescript/options.js';
import { mapTypes } from '../passes/map-types.js';
import {
  hasMappings,
  outputFolder,
  resolveTypeMappings,
  typeMappingFlag,
  typeMappingProblems,
  type DatesMode,
  type Int64Mode,
  type TypeMapping,
} from './type-mappings.js';

/**
 * What to generate from what. The reader options (`entities`, `operations`, `tags`, `allowRemoteRefs`,
 * `remoteDocuments`, `strict`, `importRoot`, `location`) are documented on `ReadOptions` and passed on
 * as they are. Every per-document option is also a config-file key and (most) a CLI flag: see
 * `documentOptions`.
 */
export interface GenerateOptions extends Omit<ReadOptions, 'cwd' | 'mappingKeys'>, TypeScriptOptions {
  /**
   * A file path (resolved against `cwd`) or an in-memory document. For an in-memory document, `location`
   * (a path relative to `cwd`) says where it stands, so that its relative refs resolve.
   */
  input: DocumentInput;
  /** Which outputs to produce; all four by default. */
  targets?: readonly TargetName[];
  /** Force an input format instead of detecting it. */
  format?: InputFormat;
  /**
   * For a flat summary: its upstream OpenAPI document (path, URL or in-memory). The summary's entity is
   * generated from the exact upstream schema, under the summary's name. A URL is fetched because you passed it.
   */
  upstream?: DocumentInput;
  /**
   * Base for relative paths; `process.cwd()` by default. Paths in generated files are relative to it
   * (never absolute), and the banner's command is to be run in it.
   */
  cwd?: string;
  /** Where the files will be written, if not the default `generated/<name>/`; only used for the banner's command. */
  outDir?: string;
  /**
   * The command the banner's "Regenerate:" line shows. By default, the `structgen generate` command line
   * that reproduces these files with these options (`npx structgen generate` when a config holds them).
   */
  command?: string;
  /** Called as long runs advance (the CLI draws a progress line on a terminal from it). */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * End `zod.ts` with a compile-time proof that each schema's output type equals the type of the same
   * name in `types.ts`. Off by default: it makes every `tsc` run over the output check what structgen's
   * own tests already check (about 1 s on the 347-schema Letta spec).
   */
  typeProof?: boolean;
  /**
   * Requests apart from responses (docs/directions.md): `types.ts` and `zod.ts` get a `PetWritable`
   * (what the API receives: readOnly properties left out) and a `PetReadable` (what it sends: writeOnly
   * properties left out, properties with a default present) wherever that view differs from `Pet`, and
   * operations' bodies and responses use them. `schema.json` and the docs keep the schema as written.
   * Off by default: it changes the types request bodies and responses name.
   */
  directions?: boolean;
  /**
   * Docs: a folder of Mustache templates (a copy of the package's `templates/`) to render the Markdown
   * docs with, relative to `cwd`; a template missing there is the built-in one. The view each template
   * receives is documented in docs/markdown-docs.md.
   */
  templates?: string;
  /** Docs: open each Markdown page with front matter (title, sidebar position) for a docs site. */
  frontMatter?: boolean;
  /**
   * Format every file with prettier from source instead of structgen's own layout. The output is the
   * same (tests hold it to that); this only exists to check that, and is much slower.
   */
  prettierOnly?: boolean;
  /**
   * Warning codes to leave out of `diagnostics` for this document (`['schema-defect']`): a known defect
   * of a spec that the team cannot fix. They are moved to `ignored`, so a caller can still count them;
   * errors cannot be ignored.
   */
  ignore?: readonly string[];
  /** `date-time` and `date` strings as `Date`s in types.ts and zod.ts (docs/type-mappings.md); strings by default. */
  dates?: DatesMode;
  /** 64-bit integers as `number`, `bigint` or `string` in types.ts and zod.ts; by default, what each travels as. */
  int64?: Int64Mode;
  /**
   * Custom mappings from a `format` or an `x-` keyword's value to a type of your own and the Zod schema
   * that decodes into it (docs/type-mappings.md). Relative module paths are relative to `cwd`; the
   * generated files import them from `outDir` (or `generated/<name>`), so pass `outDir` when you write elsewhere.
   */
  typeMappings?: readonly TypeMapping[];
}

export interface GeneratedFile {
  /** Path relative to the output directory (`types.ts`, `zod.ts`, `schema.json`, `README.md`). */
  path: string;
  contents: string;
}

export interface ProgressEvent {
  stage: 'emit' | 'format';
  /** The target being emitted or the file being formatted. */
  detail: string;
  /** How many definitions the model has: a measure of how long the run will take. */
  definitions: number;
}

/** A root definition, or an operation (or webhook), and what it is called in each target. */
export type EntryPoint =
  | {
      kind: 'definition';
      /** The root definition's original name (its `$defs` key). */
      definition: string;
      /** Its TypeScript type in `types.ts`. */
      typeName: string;
      /** Its validator in `zod.ts`. */
      zodSchema: string;
    }
  | {
      kind: 'operation' | 'webhook';
      /** The operation's id: its operationId, or the one structgen derived (`getPetsByPetId`). */
      operation: string;
      method: string;
      /** The path template, or the webhook's name. */
      path: string;
      /** Its type in `types.ts`: `operations["list_pets"]`. */
      typeName: string;
      /** Its entry in `zod.ts`'s lookup object: `operations["list_pets"]`. */
      zodSchema: string;
    };

export interface GenerateResult {
  /** The document's name (e.g. `letta-job`), which names the default output folder; absent on error. */
  name?: string;
  /** The document's root definitions and what they are called in each target. */
  entryPoints?: EntryPoint[];
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
  /** The warnings `ignore` left out of `diagnostics`. */
  ignored: Diagnostic[];
  /**
   * Every file the run read or tried to read, as absolute paths: the input, its external `$ref`s and
   * `$import`s, the upstream document (what a watcher has to follow). URLs are not listed.
   */
  reads: string[];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const reads = new Set<string>();
  const result = await recordReads(reads, () => generateRecovering(options));
  const ignore = new Set(options.ignore ?? []);
  const ignored = result.diagnostics.filter((d) => d.severity === 'warning' && ignore.has(d.code));
  const diagnostics = ignored.length === 0 ? result.diagnostics : result.diagnostics.filter((d) => !ignored.includes(d));
  return { ...result, diagnostics, ignored, reads: [...reads] };
}

async function generateRecovering(options: GenerateOptions): Promise<Omit<GenerateResult, 'reads' | 'ignored'>> {
  try {
    return await generateOrThrow(options);
  } catch (error) {
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

async function generateOrThrow(options: GenerateOptions): Promise<Omit<GenerateResult, 'reads' | 'ignored'>> {
  const cwd = options.cwd ?? process.cwd();
  const targets = options.targets ?? defaultTargets;
  const unknown = targets.filter((t) => !(targetNames as readonly string[]).includes(t));
  if (unknown.length > 0) {
    return {
      files: [],
      diagnostics: [diagnostic('invalid-targets', { message: `unknown target ${unknown.map((t) => JSON.stringify(t)).join(', ')}` })],
    };
  }

  if (options.dialect !== undefined && !(jsonSchemaDialects as readonly string[]).includes(options.dialect)) {
    const message = `dialect ${JSON.stringify(options.dialect)} is not one structgen reads (${jsonSchemaDialects.join(', ')})`;
    return { files: [], diagnostics: [diagnostic('invalid-option', { message })] };
  }

  const notWarnings = (options.ignore ?? []).filter((code) => diagnosticCodes[code as DiagnosticCode]?.severity !== 'warning');
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
  if (!read.model || hasErrors(diagnostics)) return { files: [], diagnostics };

  if (read.model.definitions.length === 0 && read.model.operations.length === 0 && read.model.webhooks.length === 0) {
    const uri = read.model.documents[0]!.uri;
    diagnostics.push(
      diagnostic('nothing-generated', {
        message: `${uri} defines no schemas and no operations${options.entities?.length || options.operations?.length || options.tags?.length ? ' among those selected' : ''}, so the outputs hold nothing but their banners`,
        file: uri,
        pointer: '',
      }),
    );
  }
  const mappings = resolveTypeMappings(options, cwd, outputFolder(options.outDir, read.model.name, cwd));
  const mapped = hasMappings(mappings) ? mapTypes(runPasses(read.model), mappings) : { model: runPasses(read.model), unmatched: [] };
  const model = mapped.model;
  for (const i of mapped.unmatched) {
    const [key, value] = mappings.custom[i]!.match;
    diagnostics.push(
      diagnostic('unused-type-mapping', {
        message: `typeMappings/${i} (${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}) maps nothing: no string or number schema generated from the document has this ${key === 'format' ? 'format' : 'value'}`,
        hint: 'check the value against the document (a typo?); for a mapping a config shares with documents that use it, ignore: ["unused-type-mapping"]',
      }),
    );
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
  const context: Omit<EmitContext, 'target' | 'banner'> = {
    targets,
    typeProof: options.typeProof === true,
    typescript: Object.fromEntries(typeScriptOptionNames.flatMap((k) => (options[k] === undefined ? [] : [[k, options[k]]]))),
    ...(read.loaded ? { schemaAt: schemaLookup(read.loaded) } : {}),
    ...(options.templates !== undefined ? { templates: path.resolve(cwd, options.templates) } : {}),
    frontMatter: options.frontMatter === true,
  };
  const files: GeneratedFile[] = [];
  const progress = (stage: ProgressEvent['stage'], detail: string) =>
    options.onProgress?.({ stage, detail, definitions: model.definitions.length });
  for (const target of targetTable.filter((t) => targets.includes(t.name))) {
    progress('emit', target.name);
    const emitted = await runEmitter(await target.load(), target.directed ? directed : model, {
      ...context,
      target,
      banner: () => banner(target.title),
    });
    // A hook's diagnostic names a schema of the input: at which line, the loaded document says.
    const located = (d: Diagnostic): Diagnostic => {
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
  if (hasErrors(diagnostics)) return { name: model.name, files: [], diagnostics };
  return { name: model.name, entryPoints: entryPointsOf(model), files, diagnostics };
}

function entryPointsOf(model: Model): EntryPoint[] {
  const validator = targetNamed('zod').validatorName;
  const definitions = model.definitions
    .filter((d) => model.roots.includes(d.name))
    .map((d): EntryPoint => ({ kind: 'definition', definition: d.name, typeName: d.typeName!, zodSchema: validator(d.typeName!) }));
  const operation =
    (kind: 'operation' | 'webhook') =>
    (o: Operation): EntryPoint => {
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
async function readChecked(
  options: GenerateOptions,
  cwd: string,
): Promise<{ model?: Model; diagnostics: Diagnostic[]; loaded?: LoadedDocument[]; located?: (d: Diagnostic) => Diagnostic }> {
  const read = await readModel(options, cwd);
  const diagnostics = [...read.diagnostics];
  if (!read.model) return { diagnostics };
  // The model keeps where each definition came from; the loaded documents say at which line.
  const located = (d: Diagnostic): Diagnostic => {
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
function schemaLookup(loaded: readonly LoadedDocument[]): NonNullable<EmitContext['schemaAt']> {
  return ({ document, pointer }) => {
    let node: unknown = loaded.find((l) => l.uri === document)?.value;
    for (const raw of pointer.split('/').slice(1)) {
      const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    }
    return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
  };
}

/** Loads and reads the input, and in upstream mode the upstream document too, into one Model. */
export async function readModel(
  options: GenerateOptions,
  cwd: string,
): Promise<{ model?: Model; diagnostics: Diagnostic[]; loaded: LoadedDocument[] }> {
  const loaded = await loadDocument(options.input, cwd, options);
  if (!loaded.ok) return { diagnostics: loaded.diagnostics, loaded: [] };
  const {
    input: _input,
    targets: _targets,
    format: _format,
    upstream: _upstream,
    cwd: _cwd,
    outDir: _outDir,
    onProgress: _onProgress,
    prettierOnly: _prettierOnly,
    typeProof: _typeProof,
    templates: _templates,
    frontMatter: _frontMatter,
    command: _command,
    location: _location,
    dates: _dates,
    int64: _int64,
    typeMappings: _typeMappings,
    ...withTypeScriptOptions
  } = options;
  // openapi-typescript's options are the TypeScript target's, not the reader's.
  const readerOptions = Object.fromEntries(
    Object.entries(withTypeScriptOptions).filter(([k]) => !(typeScriptOptionNames as readonly string[]).includes(k)),
  ) as Omit<ReadOptions, 'cwd'>;
  const location = typeof options.input === 'string' ? options.input : options.location;
  const readOptions: ReadOptions = { ...readerOptions, cwd, ...(location !== undefined ? { location } : {}), ...mappingKeysOf(options) };
  const read = await readDocument(loaded.document, { ...readOptions, ...(options.format ? { format: options.format } : {}) });
  if (!read.model || hasErrors(read.diagnostics) || options.upstream === undefined) return { ...read, loaded: [loaded.document] };

  const summary = read.model;
  if (summary.documents[0]!.format !== 'flat-structure') {
    return {
      diagnostics: [
        ...read.diagnostics,
        diagnostic('upstream-needs-summary', {
          message: `--upstream applies to flat summaries; ${loaded.document.uri} is ${summary.documents[0]!.format}`,
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
  if (!upstream.model || hasErrors(diagnostics)) return { diagnostics, loaded: documents };
  return { model: withUpstream(summary, upstream.model), diagnostics, loaded: documents };
}

/** What the reader keeps for the type mappings to match on (see `ReadOptions.mappingKeys`); nothing without mappings. */
function mappingKeysOf(options: GenerateOptions): Pick<ReadOptions, 'mappingKeys'> {
  const formats = new Set<string>();
  const extensions = new Set<string>();
  if (options.dates === 'Date') ['date-time', 'date'].forEach((f) => formats.add(f));
  if (options.int64 !== undefined) formats.add('int64');
  for (const m of options.typeMappings ?? []) {
    if (m.format !== undefined) formats.add(m.format);
    for (const key of Object.keys(m)) if (key.startsWith('x-')) extensions.add(key);
  }
  return formats.size + extensions.size === 0 ? {} : { mappingKeys: { formats: [...formats], extensions: [...extensions] } };
}

function bannerFor(options: GenerateOptions, cwd: string): (targetTitle: string) => string[] {
  const source = typeof options.input === 'string' ? portablePath(options.input, cwd) : (options.input.name ?? '<memory>');
  const command = options.command ?? regenerateCommand(options, cwd);
  return (targetTitle) => bannerLines(source, targetTitle, command);
}

/**
 * The `structgen generate` command line that reproduces a run's files: the input and every option that
 * was set, each path relative to `cwd` (where the command is to be run). Options without a flag
 * (`remoteDocuments`, `prettierOnly`) cannot be spelled; the latter changes no byte.
 */
export function regenerateCommand(options: GenerateOptions, cwd: string = options.cwd ?? process.cwd()): string {
  const input = typeof options.input === 'string' ? portablePath(options.input, cwd) : (options.input.name ?? '<memory>');
  const parts = ['npx structgen generate', shellWord(input)];
  for (const key of documentOptionKeys) {
    const option = documentOptions[key];
    const value = options[key];
    if (!('flag' in option) || value === undefined || value === false || ('banner' in option && option.banner === false)) continue;
    const flag = /--[\w-]+/.exec(option.flag.spec)![0];
    const word = (v: string) => shellWord('path' in option && option.path ? portablePath(v, cwd) : v);
    switch (option.flag.kind) {
      case 'boolean':
        parts.push(flag);
        break;
      case 'value':
        // A document given in memory (`upstream: { document, name }`) is named as the input is.
        parts.push(flag, typeof value === 'string' ? word(value) : shellWord((value as { name?: string }).name ?? '<memory>'));
        break;
      case 'count':
        parts.push(flag, String(value));
        break;
      case 'repeat':
        for (const v of value as readonly string[]) parts.push(flag, word(v));
        break;
      case 'mapping':
        for (const m of value as readonly TypeMapping[]) parts.push(flag, shellWord(typeMappingFlag(m)));
        break;
      case 'list': {
        // The default targets, in any order, are the default: the same files.
        const list = value as readonly string[];
        const isDefault = list.length === defaultTargets.length && defaultTargets.every((t) => list.includes(t));
        if (!isDefault) parts.push(flag, shellWord(list.join(',')));
        break;
      }
      default:
        assertNever(option.flag);
    }
  }
  return parts.join(' ');
}
