/**
 * The command-line interface. It uses only the public API (`src/index.ts`). Exit codes: 0 done (warnings
 * may be printed), 1 the input has errors or `--check` found stale files, 2 usage error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  drift,
  formatDiagnostics,
  formatDriftReport,
  generate,
  hasErrors,
  OutputWriteError,
  recoverOutput,
  staleFiles,
  targetNames,
  writeOutput,
  type GenerateOptions,
  type InputFormat,
  type ProgressEvent,
  type TargetName,
} from '../index.js';
import { signalExitCode, withInterrupts, type Interruption } from './signals.js';

export const exitCodes = { ok: 0, inputError: 1, usage: 2 } as const;

const defaultInput = 'schemas/letta-job.json';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stderr is an interactive terminal (not CI, not a pipe): only then is a progress line drawn. */
  interactive?: boolean;
}

/** Specs with at least this many definitions get a progress line on a terminal. */
const progressThreshold = 50;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function parseTargets(value: string): TargetName[] {
  const targets = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = targets.filter((t) => !(targetNames as readonly string[]).includes(t));
  if (targets.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(
      `unknown target ${unknown.map((t) => JSON.stringify(t)).join(', ') || '(none given)'}; choose from ${targetNames.join(', ')}`,
    );
  }
  return [...new Set(targets)] as TargetName[];
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const program = new Command('structgen')
    .description('Generate TypeScript types, JSON Schema, Zod validators and Markdown docs from a schema document.')
    .version(packageVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run structgen --help for usage)');

  program
    .command('generate')
    .description('generate every target from one input document')
    .argument(
      '[input]',
      'input document: a flat JSON Structure summary, a JSON Structure Core document, or an OpenAPI 3.0/3.1 document (JSON or YAML)',
      defaultInput,
    )
    .option('-o, --out <dir>', 'output directory (default: generated/<document name>)')
    .addOption(new Option('-t, --targets <list>', `comma-separated targets: ${targetNames.join(',')}`).argParser(parseTargets))
    .option(
      '-u, --upstream <path-or-url>',
      'for a flat summary: generate its entity from this upstream OpenAPI document (a URL is fetched)',
    )
    .option('-e, --entity <name>', 'for OpenAPI: only this schema and what it references (repeatable)', collect, [])
    .option('--allow-remote-refs', 'follow http(s): and file: $refs (never followed otherwise)')
    .option('--strict', 'JSON Structure: deviations from Core are errors, not warnings')
    .option('--import-root <dir>', 'JSON Structure: folder $import may read from (default: parent of the input folder)')
    .addOption(
      new Option('--format <format>', 'input format, instead of detecting it').choices([
        'flat-structure',
        'openapi',
        'json-structure',
        'json-schema',
      ]),
    )
    .option('--type-proof', 'end zod.ts with a compile-time proof that each schema validates exactly its type in types.ts')
    .option('--check', 'write nothing; list files that differ from what would be generated and exit 1 if any do')
    .option('-q, --quiet', 'print errors only')
    .action(async (input: string, options: GenerateCommandOptions) => {
      exitCode = await generateCommand(input, options, io);
    });

  program
    .command('drift')
    .description('report where a flat summary disagrees with its upstream OpenAPI schema; exit 1 when a validator would differ')
    .argument('<input>', 'the flat JSON Structure summary')
    .requiredOption('-u, --upstream <path-or-url>', 'the upstream OpenAPI document (a URL is fetched)')
    .option('--json', 'print the report as JSON')
    .option('--allow-remote-refs', 'follow http(s): and file: $refs (never followed otherwise)')
    .action(async (input: string, options: { upstream: string; json?: boolean; allowRemoteRefs?: boolean }) => {
      exitCode = await driftCommand(input, options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; everything else commander rejects is usage.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    throw error;
  }
  return exitCode;
}

async function driftCommand(
  input: string,
  options: { upstream: string; json?: boolean; allowRemoteRefs?: boolean },
  io: Io,
): Promise<number> {
  const result = await drift({
    input,
    upstream: options.upstream,
    cwd: io.cwd,
    ...(options.allowRemoteRefs ? { allowRemoteRefs: true } : {}),
  });
  const errors = hasErrors(result.diagnostics);
  if (result.diagnostics.length > 0)
    io.stderr(
      formatDiagnostics(errors ? result.diagnostics : result.diagnostics.filter((d) => d.severity === 'error')) + (errors ? '\n' : ''),
    );
  if (!result.report || errors) return exitCodes.inputError;
  if (options.json)
    io.stdout(JSON.stringify({ summary: result.summaryUri, upstream: result.upstreamUri, ...result.report }, null, 2) + '\n');
  else io.stdout(formatDriftReport(result.report, result.summaryUri!, result.upstreamUri!) + '\n');
  return result.report.affectsValidation ? exitCodes.inputError : exitCodes.ok;
}

interface GenerateCommandOptions {
  out?: string;
  targets?: TargetName[];
  upstream?: string;
  entity: string[];
  allowRemoteRefs?: boolean;
  format?: InputFormat;
  strict?: boolean;
  importRoot?: string;
  typeProof?: boolean;
  check?: boolean;
  quiet?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function generateCommand(input: string, options: GenerateCommandOptions, io: Io): Promise<number> {
  const base: GenerateOptions = {
    input,
    cwd: io.cwd,
    ...(options.targets ? { targets: options.targets } : {}),
    ...(options.upstream ? { upstream: options.upstream } : {}),
    ...(options.entity.length > 0 ? { entities: options.entity } : {}),
    ...(options.allowRemoteRefs ? { allowRemoteRefs: true } : {}),
    ...(options.format ? { format: options.format } : {}),
    ...(options.strict ? { strict: true } : {}),
    ...(options.importRoot ? { importRoot: options.importRoot } : {}),
    ...(options.typeProof ? { typeProof: true } : {}),
  };
  let drawn = false;
  const onProgress = (event: ProgressEvent) => {
    if (event.definitions < progressThreshold) return;
    drawn = true;
    io.stderr(
      `\r\x1b[Kstructgen: ${event.stage === 'emit' ? 'emitting' : 'formatting'} ${event.detail} (${event.definitions} definitions)`,
    );
  };
  // A folder a killed run left half-replaced is made whole first, before anything else can fail.
  if (options.out) {
    try {
      await recoverOutput(options.out, { cwd: io.cwd });
    } catch (error) {
      return reportWriteError(error, io);
    }
  }
  // Without --out the banner's command needs none either: the default folder follows from the document.
  const result = await generate({
    ...base,
    ...(options.out ? { outDir: options.out } : {}),
    ...(io.interactive && !options.quiet ? { onProgress } : {}),
  });
  if (drawn) io.stderr('\r\x1b[K');
  const outDir = options.out ?? (result.name !== undefined ? path.join('generated', result.name) : undefined);
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  if (shown.length > 0) io.stderr(formatDiagnostics(shown) + '\n');
  if (hasErrors(result.diagnostics) || outDir === undefined) {
    io.stderr('structgen: nothing was written because of the errors above.\n');
    return exitCodes.inputError;
  }

  if (options.check) {
    let stale: string[];
    try {
      stale = await staleFiles(outDir, result.files, { cwd: io.cwd });
    } catch (error) {
      return reportWriteError(error, io);
    }
    if (stale.length === 0) {
      if (!options.quiet) io.stdout(`structgen: ${outDir} is up to date (${result.files.length} files).\n`);
      return exitCodes.ok;
    }
    io.stderr(
      `structgen: ${stale.length} file(s) in ${outDir} differ from what would be generated:\n${stale.map((f) => `  ${path.join(outDir!, f)}\n`).join('')}Run: npx structgen generate ${input}${options.out ? ` --out ${options.out}` : ''}\n`,
    );
    return exitCodes.inputError;
  }
  let written: Awaited<ReturnType<typeof writeOutput>> | undefined;
  let interrupted: Interruption | undefined;
  try {
    ({ value: written, interrupted } = await withInterrupts((signal) => writeOutput(outDir, result.files, { signal, cwd: io.cwd })));
  } catch (error) {
    return reportWriteError(error, io);
  }
  if (interrupted) return signalExitCode(interrupted);
  if (!options.quiet && written) io.stdout(`structgen: wrote ${result.files.map((f) => path.join(outDir!, f.path)).join(', ')}\n`);
  return exitCodes.ok;
}

/** A write failure is the user's to fix (a path, a permission, a full disk): a located error, exit 1. */
function reportWriteError(error: unknown, io: Io): number {
  if (!(error instanceof OutputWriteError)) throw error;
  const d = { ...error.diagnostic, file: shownPath(error.path, io.cwd) };
  io.stderr(formatDiagnostics([d]) + '\nstructgen: the earlier output was left as it was.\n');
  return exitCodes.inputError;
}

/** A path for the terminal: relative to the working directory when inside it, `/`-separated. */
function shownPath(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute).split(path.sep).join('/');
}
