/**
 * structgen's public API: everything a library user calls, and all the CLI uses.
 *
 * @example
 * const result = await generate({ input: 'schemas/letta-job.json' });
 * if (!result.diagnostics.some((d) => d.severity === 'error')) await writeFiles('generated/letta-job', result.files);
 */
export {
  generate,
  regenerateCommand,
  type GenerateOptions,
  type GenerateResult,
  type GeneratedFile,
  type EntryPoint,
  type ProgressEvent,
} from './api/generate.js';
export {
  writeFiles,
  writeOutput,
  staleFiles,
  recoverOutput,
  removeOutput,
  OutputWriteError,
  type WriteOptions,
  type WriteReport,
} from './api/write.js';
export { orphanedOutputs, type OrphanedOutput } from './api/orphans.js';
export { checkZod, checkRuntimes, minimumZod, type RuntimeUse } from './api/consumer.js';
export { documentOptions, type DocumentOption, type DocumentOptionKey } from './api/options.js';
export { parseTypeMappingFlag, type DatesMode, type Int64Mode, type TypeMapping } from './api/type-mappings.js';
export { jsonSchemaDialects, type JsonSchemaDialect } from './read/index.js';
export { defineConfig, type StructgenConfig, type DocumentConfig } from './config/define.js';
export { findConfig, loadConfig, configFileNames, type LoadedConfig } from './config/load.js';
export { planConfigDocuments, outFor, defaultOut, type PlannedDocument, type GlobBase } from './config/documents.js';
export { configSchema, configSchemaFile } from './config/schema.js';
export { drift, type DriftOptions, type DriftResult } from './api/drift.js';
export { formatDriftReport, type DriftReport, type DriftItem, type DriftKind } from './drift/compare-summary.js';
export { targets, targetNames, defaultTargets, type Target, type TargetName, type Runtime } from './emit/index.js';
export {
  formatDiagnostic,
  formatDiagnostics,
  terminalLine,
  hasErrors,
  diagnosticCodes,
  formatReport,
  reporterNames,
  type ReporterName,
  type Diagnostic,
  type DiagnosticCode,
} from './diagnostics/index.js';
export type { DocumentInput } from './read/index.js';
export { defaultMaxInputBytes } from './read/load.js';
export type * from './model/types.js';
