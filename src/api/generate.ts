/**
 * The library API: load → read → passes → emit → format. Returns files and diagnostics; writes nothing
 * and never exits the process. On any error diagnostic, `files` is empty.
 */
import path from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { emitters, runEmitter, targetNames, type EmitContext, type TargetName } from '../emit/index.js';
import { formatFile } from '../format.js';
import type { InputFormat, Model, Operation } from '../model/index.js';
import { checkUnguardedCycles, runPasses } from '../passes/index.js';
import { displayPath, loadDocument, readDocument, withUpstream, type DocumentInput, type ReadOptions } from '../read/index.js';

/**
 * What to generate from what. The reader options (`entities`, `allowRemoteRefs`, `remoteDocuments`,
 * `strict`, `importRoot`) are documented on `ReadOptions` and passed on as they are.
 */
export interface GenerateOptions extends Omit<ReadOptions, 'cwd' | 'location'> {
  /** A file path (resolved against `cwd`) or an in-memory document. */
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
  /** Base for relative paths; `process.cwd()` by default. */
  cwd?: string;
  /** Where the files will be written, if not the default `generated/<name>/`; only used for the banner's command. */
  outDir?: string;
  /** Called as long runs advance (the CLI draws a progress line on a terminal from it). */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * End `zod.ts` with a compile-time proof that each schema's output type equals the type of the same
   * name in `types.ts`. Off by default: it makes every `tsc` run over the output check what structgen's
   * own tests already check (about 1 s on the 347-schema Letta spec).
   */
  typeProof?: boolean;
  /**
   * Format every file with prettier from source instead of structgen's own layout. The output is the
   * same (tests hold it to that); this only exists to check that, and is much slower.
   */
  prettierOnly?: boolean;
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
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
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

async function generateOrThrow(options: GenerateOptions): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const targets = options.targets ?? targetNames;
  const unknown = targets.filter((t) => !(targetNames as readonly string[]).includes(t));
  if (unknown.length > 0) {
    return {
      files: [],
      diagnostics: [diagnostic('invalid-targets', { message: `unknown target ${unknown.map((t) => JSON.stringify(t)).join(', ')}` })],
    };
  }

  const read = await readModel(options, cwd);
  const diagnostics = [...read.diagnostics];
  if (read.model) diagnostics.push(...checkUnguardedCycles(read.model));
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
  const model = runPasses(read.model);
  const context: EmitContext = {
    banner: bannerFor(read.model.documents[0]!.uri, options, cwd, targets),
    targets,
    typeProof: options.typeProof === true,
  };
  const files: GeneratedFile[] = [];
  const progress = (stage: ProgressEvent['stage'], detail: string) =>
    options.onProgress?.({ stage, detail, definitions: model.definitions.length });
  for (const target of targetNames.filter((t) => targets.includes(t))) {
    progress('emit', target);
    const emitted = await runEmitter(await emitters[target](), model, context);
    diagnostics.push(...emitted.diagnostics);
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
  const definitions = model.definitions
    .filter((d) => model.roots.includes(d.name))
    .map((d): EntryPoint => ({ kind: 'definition', definition: d.name, typeName: d.typeName!, zodSchema: `${d.typeName}Schema` }));
  const operation =
    (kind: 'operation' | 'webhook') =>
    (o: Operation): EntryPoint => {
      const key = `${kind}s[${JSON.stringify(o.id)}]`;
      return { kind, operation: o.id, method: o.method, path: o.path, typeName: `operations[${JSON.stringify(o.id)}]`, zodSchema: key };
    };
  return [...definitions, ...model.operations.map(operation('operation')), ...model.webhooks.map(operation('webhook'))];
}

/** Loads and reads the input, and in upstream mode the upstream document too, into one Model. */
export async function readModel(options: GenerateOptions, cwd: string): Promise<{ model?: Model; diagnostics: Diagnostic[] }> {
  const loaded = await loadDocument(options.input, cwd, options);
  if (!loaded.ok) return { diagnostics: loaded.diagnostics };
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
    ...readerOptions
  } = options;
  const readOptions: ReadOptions = { ...readerOptions, cwd, ...(typeof options.input === 'string' ? { location: options.input } : {}) };
  const read = await readDocument(loaded.document, { ...readOptions, ...(options.format ? { format: options.format } : {}) });
  if (!read.model || hasErrors(read.diagnostics) || options.upstream === undefined) return read;

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
    };
  }
  const upstreamLoaded = await loadDocument(options.upstream, cwd, options);
  if (!upstreamLoaded.ok)
    return { diagnostics: [...read.diagnostics.filter((d) => d.code !== 'lossy-field'), ...upstreamLoaded.diagnostics] };
  // Relative refs in the upstream resolve against the upstream's own location, never the summary's.
  const { location: _summaryLocation, ...upstreamOptions } = readOptions;
  const upstream = await readDocument(upstreamLoaded.document, {
    ...upstreamOptions,
    entities: summary.roots,
    format: 'openapi',
    ...(typeof options.upstream === 'string' ? { location: options.upstream } : {}),
  });
  // The summary's lossy warning is moot once the exact types are read.
  const diagnostics = [...read.diagnostics.filter((d) => d.code !== 'lossy-field'), ...upstream.diagnostics];
  if (!upstream.model || hasErrors(diagnostics)) return { diagnostics };
  return { model: withUpstream(summary, upstream.model), diagnostics };
}

function bannerFor(uri: string, options: GenerateOptions, cwd: string, targets: readonly TargetName[]): EmitContext['banner'] {
  const parts = ['npx structgen generate', shellWord(uri)];
  if (typeof options.upstream === 'string') parts.push('--upstream', shellWord(options.upstream));
  for (const entity of options.entities ?? []) parts.push('--entity', shellWord(entity));
  for (const operation of options.operations ?? []) parts.push('--operation', shellWord(operation));
  for (const tag of options.tags ?? []) parts.push('--tag', shellWord(tag));
  if (options.outDir !== undefined) parts.push('--out', shellWord(displayPath(path.resolve(cwd, options.outDir), cwd)));
  if (targets.length !== targetNames.length) parts.push('--targets', targets.join(','));
  if (options.assertFormats) parts.push('--assert-formats');
  if (options.typeProof) parts.push('--type-proof');
  const command = parts.join(' ');
  return (targetTitle) => [`Generated by structgen from ${uri} (${targetTitle}). Do not edit by hand.`, `Regenerate: ${command}`];
}

/** Quotes a path for the banner's command line when it is not a plain word. */
function shellWord(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
