/**
 * One run of `structgen generate` over its documents (one from the command line, or a config's many):
 * each is generated independently, so one failing does not stop the others, and each output folder is
 * then written (replaced as a set, stale files of the same document removed) or, with `--check`,
 * compared. Diagnostics go to the chosen reporter; the summary line counts documents and files.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import {
  checkRuntimes,
  targets,
  type RuntimeUse,
  formatReport,
  terminalLine,
  generate,
  hasErrors,
  outFor,
  OutputWriteError,
  orphanedOutputs,
  recoverOutput,
  regenerateCommand,
  removeOutput,
  staleFiles,
  writeOutput,
  diagnosticCodes,
  type Diagnostic,
  type PlannedDocument,
  type ProgressEvent,
  type ReporterName,
} from '../index.js';
import type { Interruption } from './signals.js';
import { namesTypesFile } from '../config/documents.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stderr is an interactive terminal (not CI, not a pipe): only then is a progress line drawn. */
  interactive?: boolean;
  /** Standard input (for `structgen generate -`), read in chunks up to `--max-input-bytes`; process.stdin when absent. */
  stdin?: () => AsyncIterable<Uint8Array | string>;
  /** Ends the process at once (watch mode on Ctrl-C, when no write is in progress); absent in-process. */
  exit?: (code: number) => void;
}

export interface RunSettings {
  check: boolean;
  quiet: boolean;
  /** List each file written or removed under its document's summary line. */
  verbose?: boolean;
  reporter: ReporterName;
  /** Whether to print the summary line even for one document (a config run). */
  summary: boolean;
  /** Replace files in the way that structgen cannot prove it wrote (`--overwrite`). */
  overwrite?: boolean;
  /** The config the documents come from (absolute), recorded in each output folder's manifest. */
  configFile?: string;
  /**
   * Whether `documents` are all the config plans, so that output recorded for the config's other
   * documents is orphaned: removed (or, with `check`, reported). Not for a watch's partial runs.
   */
  orphans?: boolean;
  /** Consumer warnings already printed (a watch says "zod is missing" once, not after every save). */
  said?: Set<string>;
  /** Runs a write so that SIGINT/SIGTERM abort it safely; says which signal arrived, if one did. */
  guardWrite: <T>(work: (signal: AbortSignal) => Promise<T>) => Promise<{ value?: T; interrupted?: Interruption }>;
}

export interface DocumentOutcome {
  document: PlannedDocument;
  ok: boolean;
  /** Every file the document read (absolute): what a watcher follows. */
  reads: string[];
  /** The output folder (or the one output file), relative to the working directory, once the document's name is known. */
  out?: string;
}

export interface RunOutcome {
  exitCode: number;
  documents: DocumentOutcome[];
  interrupted?: Interruption;
}

/** Specs with at least this many definitions get a progress line on a terminal. */
const progressThreshold = 50;

/** Prints diagnostics as the reporter wants them, and human lines where they do not get in its way. */
export class Printer {
  private collected: Diagnostic[] = [];
  constructor(
    private readonly io: Io,
    private readonly reporter: ReporterName,
    private readonly quiet: boolean,
  ) {}

  diagnostics(list: readonly Diagnostic[]): void {
    const shown = this.quiet ? list.filter((d) => d.severity === 'error') : list;
    if (shown.length === 0) return;
    if (this.reporter === 'json') this.collected.push(...shown);
    else if (this.reporter === 'github') this.io.stdout(formatReport('github', shown) + '\n');
    else this.io.stderr(formatReport('text', shown) + '\n');
  }

  /**
   * A line for people: on stdout, except where stdout belongs to the JSON report. Silent when quiet.
   * Its file names may come from anywhere (a stale file named with a newline and `::error`, an ESC), so
   * it is printed as one line without control characters that cannot start a workflow command.
   */
  say(text: string): void {
    if (this.quiet) return;
    if (this.reporter === 'json') this.io.stderr(terminalLine(text) + '\n');
    else this.io.stdout(terminalLine(text) + '\n');
  }

  /** A line for people that explains a failure: stderr, even when quiet (one safe line, as `say`). */
  complain(text: string): void {
    this.io.stderr(terminalLine(text) + '\n');
  }

  /** Ends a run: the JSON reporter prints its one array (empty when all went well). */
  flush(): void {
    if (this.reporter === 'json') this.io.stdout(formatReport('json', this.collected) + '\n');
    this.collected = [];
  }
}

export async function runDocuments(
  documents: readonly PlannedDocument[],
  settings: RunSettings,
  io: Io,
  printer: Printer,
): Promise<RunOutcome> {
  const outcomes: DocumentOutcome[] = [];
  const claimed = new Map<string, { document: PlannedDocument; out: string }>();
  const totals = { written: 0, unchanged: 0, removed: 0, stale: 0, failed: 0, ignored: 0 };
  const runtimeUses: RuntimeUse[] = [];
  let interrupted: Interruption | undefined;

  for (const planned of documents) {
    const outcome: DocumentOutcome = { document: planned, ok: false, reads: [] };
    outcomes.push(outcome);
    // `-o src/api/schema.ts`: types.ts alone, written as that file (the folder holds its manifest).
    const single = outputFile(planned);
    if (single && 'error' in single) {
      printer.diagnostics([single.error]);
      totals.failed++;
      continue;
    }
    const document: PlannedDocument = single ? { ...planned, options: { ...planned.options, targets: ['ts'] } } : planned;
    // A folder a killed run left half-replaced is made whole first, before anything else can fail.
    if (!document.out.includes('[name]')) {
      const known = shown(path.resolve(document.options.cwd, single ? path.dirname(document.out) : document.out), io.cwd);
      const recovered = await recoverOutput(known, { cwd: io.cwd }).catch((error: unknown) => writeDiagnostic(error, io));
      if (typeof recovered === 'object') {
        printer.diagnostics([recovered]);
        totals.failed++;
        continue;
      }
    }
    const line = progressLine(io, settings);
    const result = await generate({ ...document.options, ...line.options });
    line.clear();
    outcome.reads = result.reads;
    // A diagnostic of the document's options (a type mapping, an option's value) names no file: it is
    // shown where the options were given, the config's entry for the document or the input named on
    // the command line.
    const placed = (d: Diagnostic): Diagnostic =>
      d.file !== undefined || d.pointer !== undefined ? d : { ...d, ...(document.origin ?? { file: inputName(document, io) }) };
    const diagnostics = result.diagnostics.map((d) => placed(rebased(d, document.options.cwd, io.cwd)));
    // Warnings the document's `ignore` silenced are not printed, but counted on its summary line.
    const ignored = ignoredCounts(result.ignored);
    totals.ignored += result.ignored.length;
    if (hasErrors(result.diagnostics) || result.name === undefined) {
      printer.diagnostics(diagnostics);
      printer.complain(`structgen: nothing was written for ${inputName(document, io)} because of the errors above.`);
      totals.failed++;
      continue;
    }
    const named = path.resolve(document.options.cwd, outFor(document, result.name));
    const absoluteOut = single ? path.dirname(named) : named;
    // Relative to the working directory, as messages show it (and as the write's errors name it).
    const out = shown(absoluteOut, io.cwd);
    // The one file, under the name the user gave it.
    if (single) result.files = result.files.map((f) => ({ ...f, path: path.basename(named) }));
    const label = single ? shown(named, io.cwd) : out;
    // What a watcher takes for its own doing: the folder, or only the file (the folder may hold the input).
    outcome.out = label;
    // Folders whose names differ only in case or Unicode normalisation are one folder on macOS and
    // Windows (`gen/Pets` and `gen/pets`, a tag in NFC and in NFD): two documents may not share one.
    const folded = foldedPath(absoluteOut);
    const earlier = claimed.get(folded);
    if (earlier) {
      const same = earlier.out === absoluteOut;
      printer.diagnostics([
        ...diagnostics,
        {
          code: 'duplicate-output',
          severity: 'error',
          message: same
            ? `${inputName(document, io)} and ${inputName(earlier.document, io)} both write ${out}`
            : `${inputName(document, io)} writes ${out} and ${inputName(earlier.document, io)} writes ${shown(earlier.out, io.cwd)}: one folder where names ignore case or Unicode normalisation (macOS, Windows)`,
          hint: diagnosticCodes['duplicate-output'].fix,
          ...document.origin,
        },
      ]);
      totals.failed++;
      continue;
    }
    claimed.set(folded, { document, out: absoluteOut });
    printer.diagnostics(diagnostics);

    if (settings.check) {
      let stale: string[];
      try {
        stale = await staleFiles(out, result.files, { cwd: io.cwd, source: sourceOf(document) });
      } catch (error) {
        printer.diagnostics([writeDiagnostic(error, io)]);
        totals.failed++;
        continue;
      }
      outcome.ok = stale.length === 0;
      if (stale.length === 0) {
        printer.say(`structgen: ${label} is up to date${single ? '' : ` (${files(result.files.length)}${ignored})`}.`);
        continue;
      }
      totals.stale++;
      const command = document.options.command ?? regenerateCommand(document.options);
      const bannerOnly = await bannerOnlyChanges(path.resolve(io.cwd, out), result.files, stale);
      printer.diagnostics(
        stale.map((file) => ({
          code: 'stale-output' as const,
          severity: 'error' as const,
          message: !result.files.some((f) => f.path === file)
            ? `${path.posix.join(out, file)} is no longer generated`
            : bannerOnly.has(file)
              ? `${path.posix.join(out, file)} differs from what structgen generates now in its banner only (the paths it names are relative to the folder structgen runs in, or the config's)`
              : `${path.posix.join(out, file)} differs from what structgen generates now`,
          file: path.posix.join(out, file),
          hint: bannerOnly.has(file)
            ? `run --check from the folder the output was generated from, or regenerate: ${command}`
            : `regenerate: ${command}`,
        })),
      );
      continue;
    }

    const written = await settings
      .guardWrite((signal) =>
        writeOutput(out, result.files, {
          signal,
          cwd: io.cwd,
          source: sourceOf(document),
          ...(settings.configFile !== undefined ? { config: settings.configFile } : {}),
          ...(settings.overwrite ? { overwrite: true } : {}),
        }),
      )
      .catch((error: unknown) => {
        printer.diagnostics([writeDiagnostic(error, io)]);
        printer.complain(`structgen: the earlier output in ${out} was left as it was.`);
        return undefined;
      });
    if (!written) {
      totals.failed++;
      continue;
    }
    if (written.interrupted) {
      interrupted = written.interrupted;
      break;
    }
    const report = written.value!;
    outcome.ok = true;
    totals.written += report.written.length;
    totals.unchanged += report.unchanged.length;
    totals.removed += report.removed.length;
    for (const target of targets)
      if (target.runtime && result.files.some((f) => f.path === target.file))
        runtimeUses.push({ dir: out, file: target.file, runtime: target.runtime });
    if (report.kept?.length) {
      printer.diagnostics(
        report.kept.map((file) => ({
          code: 'stale-output' as const,
          severity: 'warning' as const,
          message: `${path.posix.join(out, file)} is no longer generated, but it was left: it changed since structgen wrote it`,
          file: path.posix.join(out, file),
          hint: 'delete it if the changes are not needed',
        })),
      );
    }
    const changed = report.written.length;
    const removed = report.removed.length > 0 ? `, ${report.removed.length} removed` : '';
    if (changed === 0 && report.removed.length === 0)
      printer.say(`structgen: ${label} is up to date${single ? '' : ` (${files(result.files.length)}${ignored})`}.`);
    else if (single) printer.say(`structgen: wrote ${label}${removed ? ` (${removed.slice(2)})` : ''}.`);
    else printer.say(`structgen: wrote ${files(result.files.length)} in ${out} (${changed} changed${removed}${ignored}).`);
    if (settings.verbose) {
      for (const file of report.written) printer.say(`  wrote ${path.posix.join(out, file)}`);
      for (const file of report.removed) printer.say(`  removed ${path.posix.join(out, file)} (no longer generated)`);
    }
  }

  if (settings.orphans && settings.configFile !== undefined && !interrupted) {
    const found = await orphanedOutputs(path.dirname(settings.configFile), settings.configFile, new Set(documents.map(sourceOf)));
    for (const orphan of found) {
      const out = shown(orphan.dir, io.cwd);
      const gone = `its document ${/^[a-z][a-z0-9+.-]*:\/\//i.test(orphan.source) ? orphan.source : shown(orphan.source, io.cwd)} is no longer in the config`;
      if (settings.check) {
        totals.stale++;
        printer.diagnostics([
          {
            code: 'orphaned-output',
            severity: 'error',
            message: `${out} is orphaned: ${gone}`,
            file: out,
            hint: diagnosticCodes['orphaned-output'].fix,
          },
        ]);
        continue;
      }
      const removal = await removeOutput(out, { cwd: io.cwd }).catch((error: unknown) => {
        printer.diagnostics([writeDiagnostic(error, io)]);
        return undefined;
      });
      if (!removal) {
        totals.failed++;
        continue;
      }
      totals.removed += removal.removed.length;
      printer.say(`structgen: removed ${removal.removed.length} file${removal.removed.length === 1 ? '' : 's'} from ${out}: ${gone}`);
      printer.diagnostics(
        removal.kept.map((file) => ({
          code: 'orphaned-output' as const,
          severity: 'warning' as const,
          message: `${path.posix.join(out, file)} was left: it changed since structgen wrote it`,
          file: path.posix.join(out, file),
          hint: 'delete it if the changes are not needed',
        })),
      );
    }
  }

  if (runtimeUses.length > 0) {
    const fresh = checkRuntimes(runtimeUses, io.cwd).filter((d) => !settings.said?.has(d.message));
    for (const d of fresh) settings.said?.add(d.message);
    printer.diagnostics(fresh);
  }
  if (settings.summary) printer.say(summaryLine(outcomes.length, totals, settings.check));
  const exitCode = interrupted ? 0 : totals.failed > 0 || totals.stale > 0 ? 1 : 0;
  return { exitCode, documents: outcomes, ...(interrupted ? { interrupted } : {}) };
}

/**
 * An output named as a TypeScript file (`-o src/api/schema.ts`, `out: "src/api/schema.d.ts"`), as
 * openapi-typescript writes one: the run writes types.ts alone under that name, into that file's folder
 * through the same set replacement and ownership rules as any output folder. An existing folder of that
 * name stays a folder. Other targets cannot go into one file: asking for them is an error.
 */
function outputFile(document: PlannedDocument): { name: string } | { error: Diagnostic } | undefined {
  const { out } = document;
  if (!namesTypesFile(out)) return undefined;
  const isFolder = (() => {
    try {
      return statSync(path.resolve(document.options.cwd, out)).isDirectory();
    } catch {
      return false;
    }
  })();
  if (isFolder) return undefined;
  const targets = document.options.targets;
  if (targets !== undefined && (targets.length !== 1 || targets[0] !== 'ts')) {
    return {
      error: {
        code: 'invalid-option',
        severity: 'error',
        message: `the output ${out} is a file, which holds the TypeScript types alone, but ${targets.join(', ')} ${targets.length === 1 ? 'was' : 'were'} asked for`,
        hint: 'ask for --targets ts (targets: ["ts"]) with an output file, or name a folder for several targets',
        ...document.origin,
      },
    };
  }
  return { name: path.basename(out) };
}

/** `; ignored 2 schema-defect, 1 format-alias` for the warnings a document's `ignore` silenced, or nothing. */
function ignoredCounts(ignored: readonly Diagnostic[]): string {
  if (ignored.length === 0) return '';
  const counts = new Map<string, number>();
  for (const d of ignored) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return `; ignored ${[...counts].map(([code, n]) => `${n} ${code}`).join(', ')}`;
}

function summaryLine(
  documents: number,
  t: { written: number; unchanged: number; removed: number; stale: number; failed: number; ignored: number },
  check: boolean,
): string {
  const count = `${documents} document${documents === 1 ? '' : 's'}`;
  const failed =
    (t.failed > 0 ? `; ${t.failed} failed` : '') + (t.ignored > 0 ? `; ${t.ignored} warning${t.ignored === 1 ? '' : 's'} ignored` : '');
  if (check) return `structgen: ${count} checked: ${documents - t.stale - t.failed} up to date, ${t.stale} stale${failed}.`;
  const removed = t.removed > 0 ? `, ${t.removed} removed` : '';
  return `structgen: ${count}: ${t.written} file${t.written === 1 ? '' : 's'} written, ${t.unchanged} unchanged${removed}${failed}.`;
}

/** A write failure is the user's to fix (a path, a permission, a full disk): a located error. */
export function writeDiagnostic(error: unknown, io: Io): Diagnostic {
  if (!(error instanceof OutputWriteError)) throw error;
  return { ...error.diagnostic, file: shown(path.resolve(io.cwd, error.path), io.cwd) };
}

/** The document as the output folder's manifest records it: an absolute path, a URL, or a name for text. */
function sourceOf(document: PlannedDocument): string {
  const input = document.options.input;
  if (typeof input !== 'string') return input.name ?? '<memory>';
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : path.resolve(document.options.cwd, input);
}

function inputName(document: PlannedDocument, io: Io): string {
  const input = document.options.input;
  if (typeof input !== 'string') return input.name ?? '<memory>';
  return /^https?:/i.test(input) ? input : shown(path.resolve(document.options.cwd, input), io.cwd);
}

/** A document's diagnostics name files relative to its project folder; the terminal wants them relative to the working directory. */
function rebased(d: Diagnostic, from: string, to: string): Diagnostic {
  if (from === to || d.file === undefined || /^[a-z][a-z0-9+.-]*:/i.test(d.file) || d.file.startsWith('<') || path.isAbsolute(d.file))
    return d;
  return { ...d, file: shown(path.resolve(from, d.file), to) };
}

/** A path as file systems that ignore case and normalisation compare it (NFC, then case-folded). */
function foldedPath(absolute: string): string {
  return absolute.normalize('NFC').toLowerCase();
}

/** A path for the terminal: relative to the working directory, `/`-separated. */
export function shown(absolute: string, cwd: string): string {
  return (path.relative(cwd, absolute) || '.').split(path.sep).join('/');
}

/** On a terminal, a progress line for large specs (never in CI, when piped, or when quiet). */
function progressLine(io: Io, settings: RunSettings): { options: { onProgress?: (event: ProgressEvent) => void }; clear: () => void } {
  let drawn = false;
  if (!io.interactive || settings.quiet) return { options: {}, clear: () => {} };
  return {
    options: {
      onProgress: (event) => {
        if (event.definitions < progressThreshold) return;
        drawn = true;
        io.stderr(
          `\r\x1b[Kstructgen: ${event.stage === 'emit' ? 'emitting' : 'formatting'} ${terminalLine(event.detail)} (${event.definitions} definitions)`,
        );
      },
    },
    clear: () => {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}

/** The stale files whose text differs from the generated text in the banner lines alone. */
async function bannerOnlyChanges(
  outDir: string,
  files: readonly { path: string; contents: string }[],
  stale: string[],
): Promise<Set<string>> {
  const { readFile } = await import('node:fs/promises');
  const banner = /Generated by structgen from |Regenerate: /;
  const body = (text: string) =>
    text
      .split('\n')
      .filter((line) => !banner.test(line))
      .join('\n');
  const found = new Set<string>();
  for (const file of stale) {
    const generated = files.find((f) => f.path === file);
    if (!generated) continue;
    const onDisk = await readFile(path.join(outDir, file), 'utf8').catch(() => undefined);
    if (onDisk !== undefined && body(onDisk) === body(generated.contents)) found.add(file);
  }
  return found;
}

/** `1 file`, `4 files`. */
const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`;
