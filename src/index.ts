/**
 * structgen's public API: everything a library user calls, and all the CLI uses.
 *
 * @example
 * const result = await generate({ input: 'schemas/letta-job.json' });
 * if (!result.diagnostics.some((d) => d.severity === 'error')) await writeFiles('generated/letta-job', result.files);
 */
export {
  generate,
  type GenerateOptions,
  type GenerateResult,
  type GeneratedFile,
  type EntryPoint,
  type ProgressEvent,
} from './api/generate.js';
export { writeFiles, writeOutput, staleFiles, recoverOutput, OutputWriteError, type WriteOptions, type WriteReport } from './api/write.js';
export { drift, type DriftOptions, type DriftResult } from './api/drift.js';
export { formatDriftReport, type DriftReport, type DriftItem, type DriftKind } from './drift/compare-summary.js';
export { targetNames, type TargetName } from './emit/index.js';
export {
  formatDiagnostic,
  formatDiagnostics,
  hasErrors,
  diagnosticCodes,
  type Diagnostic,
  type DiagnosticCode,
} from './diagnostics/index.js';
export type { DocumentInput } from './read/index.js';
export type * from './model/types.js';
