/**
 * The command-line interface. It uses only the public API (`src/index.ts`). Exit codes: 0 done (warnings
 * may be printed), 1 the input has errors or `--check` found stale files, 2 usage error; a run ended by
 * SIGINT or SIGTERM exits 130 or 143 (after finishing or undoing a write in progress).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { drift, formatDiagnostics, formatDriftReport, hasErrors, reporterNames, } from '../index.js';
import { addDocumentFlags } from './flags.js';
import { isOpenapiTypescriptCommand, translateOpenapiTypescript } from './openapi-typescript.js';
import { planRun } from './plan.js';
import { Printer, runDocuments } from './run.js';
import { signalExitCode, withInterrupts } from './signals.js';
import { watchDocuments } from './watch.js';
export const exitCodes = { ok: 0, inputError: 1, usage: 2 };
function packageVersion() {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return pkg.version;
}
/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(given, io) {
    let exitCode = exitCodes.ok;
    // `structgen api.yaml -o src/api/schema.ts --immutable`: openapi-typescript's command line, run as `generate`.
    let argv = given;
    let theirDefaults;
    if (isOpenapiTypescriptCommand(given)) {
        const translated = translateOpenapiTypescript(given);
        if ('usage' in translated) {
            io.stderr(`structgen: ${translated.usage}\n(run structgen generate --help for usage)\n`);
            return exitCodes.usage;
        }
        argv = translated.argv;
        theirDefaults = translated.defaults;
    }
    const program = new Command('structgen')
        .description('Generate TypeScript types, JSON Schema, Zod validators and Markdown docs from a schema document.')
        .version(packageVersion(), '-v, --version')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError('(run structgen --help for usage)')
        .addHelpText('after', "\nopenapi-typescript's command line works too: structgen INPUT -o src/api/schema.ts [its flags] writes the types alone into that file, with openapi-typescript's defaults.");
    const generateCommand = program
        .command('generate')
        .description('generate every target from one input document, or from every document of a config file')
        .argument('[input]', 'input document: a flat JSON Structure summary, a JSON Structure Core document, JSON Schema, or OpenAPI 3.x (JSON or YAML); ' +
        'a path, a URL, or - for standard input. Without it: the documents of the config file (structgen.config.*)');
    addDocumentFlags(generateCommand)
        .option('-c, --config <path>', 'the config file (default: structgen.config.{ts,mts,cts,mjs,js,cjs,json} in the working directory)')
        .option('--check', 'write nothing; list files that differ from what would be generated and exit 1 if any do')
        .option('--overwrite', 'replace files in the way that structgen cannot prove it wrote (by default it refuses and names them; nothing is written)')
        .option('-w, --watch', 'generate, then regenerate whenever an input, a file it references, or the config changes')
        .addOption(new Option('--reporter <name>', 'how diagnostics are printed').choices(reporterNames).default('text'))
        .option('-q, --quiet', 'print errors only')
        .option('--verbose', "list every file written or removed under each document's summary line")
        .action(async (input, options) => {
        exitCode = await runGenerate(input, options, io, theirDefaults);
    });
    program
        .command('drift')
        .description('report where a flat summary disagrees with its upstream OpenAPI schema; exit 1 when a validator would differ')
        .argument('<input>', 'the flat JSON Structure summary')
        .requiredOption('-u, --upstream <path-or-url>', 'the upstream OpenAPI document (a URL is fetched)')
        .option('--json', 'print the report as JSON')
        .option('--allow-remote-refs', 'follow http(s): and file: $refs (never followed otherwise)')
        .action(async (input, options) => {
        exitCode = await driftCommand(input, options, io);
    });
    try {
        await program.parseAsync(argv, { from: 'user' });
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end here with exit code 0; everything else commander rejects is usage.
            return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
        }
        throw error;
    }
    return exitCode;
}
async function runGenerate(input, options, io, defaults) {
    const printer = new Printer(io, options.reporter, options.quiet === true);
    const plan = await planRun(input, options, io, defaults);
    if ('usage' in plan) {
        io.stderr(`structgen: ${plan.usage}\n(run structgen generate --help for usage)\n`);
        return exitCodes.usage;
    }
    if (options.watch)
        return watchDocuments(plan, options, io, printer);
    printer.diagnostics(plan.diagnostics);
    if (hasErrors(plan.diagnostics)) {
        printer.complain('structgen: nothing was written because of the errors above.');
        printer.flush();
        return exitCodes.inputError;
    }
    const outcome = await runDocuments(plan.documents, {
        check: options.check === true,
        quiet: options.quiet === true,
        verbose: options.verbose === true,
        reporter: options.reporter,
        summary: plan.config !== undefined,
        guardWrite: withInterrupts,
        ...(options.overwrite ? { overwrite: true } : {}),
        ...(plan.configFile !== undefined ? { configFile: plan.configFile, orphans: true } : {}),
    }, io, printer);
    printer.flush();
    return outcome.interrupted ? signalExitCode(outcome.interrupted) : outcome.exitCode;
}
async function driftCommand(input, options, io) {
    const result = await drift({
        input,
        upstream: options.upstream,
        cwd: io.cwd,
        ...(options.allowRemoteRefs ? { allowRemoteRefs: true } : {}),
    });
    const errors = hasErrors(result.diagnostics);
    if (result.diagnostics.length > 0)
        io.stderr(formatDiagnostics(errors ? result.diagnostics : result.diagnostics.filter((d) => d.severity === 'error')) + (errors ? '\n' : ''));
    if (!result.report || errors)
        return exitCodes.inputError;
    if (options.json)
        io.stdout(JSON.stringify({ summary: result.summaryUri, upstream: result.upstreamUri, ...result.report }, null, 2) + '\n');
    else
        io.stdout(formatDriftReport(result.report, result.summaryUri, result.upstreamUri) + '\n');
    return result.report.affectsValidation ? exitCodes.inputError : exitCodes.ok;
}
//# sourceMappingURL=program.js.map