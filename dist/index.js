/**
 * structgen's public API: everything a library user calls, and all the CLI uses.
 *
 * @example
 * const result = await generate({ input: 'schemas/letta-job.json' });
 * if (!result.diagnostics.some((d) => d.severity === 'error')) await writeFiles('generated/letta-job', result.files);
 */
export { generate, regenerateCommand, } from './api/generate.js';
export { writeFiles, writeOutput, staleFiles, recoverOutput, removeOutput, OutputWriteError, } from './api/write.js';
export { orphanedOutputs } from './api/orphans.js';
export { checkZod, checkRuntimes, minimumZod } from './api/consumer.js';
export { documentOptions } from './api/options.js';
export { parseTypeMappingFlag } from './api/type-mappings.js';
export { jsonSchemaDialects } from './read/index.js';
export { defineConfig } from './config/define.js';
export { findConfig, loadConfig, configFileNames } from './config/load.js';
export { planConfigDocuments, outFor, defaultOut } from './config/documents.js';
export { configSchema, configSchemaFile } from './config/schema.js';
export { drift } from './api/drift.js';
export { formatDriftReport } from './drift/compare-summary.js';
export { targets, targetNames, defaultTargets } from './emit/index.js';
export { formatDiagnostic, formatDiagnostics, terminalLine, hasErrors, diagnosticCodes, formatReport, reporterNames, } from './diagnostics/index.js';
export { defaultMaxInputBytes } from './read/load.js';
//# sourceMappingURL=index.js.map