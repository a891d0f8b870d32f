export { diagnosticCodes, type DiagnosticCode, type CodeInfo } from './codes.js';
export { diagnostic, hasErrors, jsonPointer, pointerSegment, pointerSegments, type Diagnostic } from './diagnostic.js';
export { formatDiagnostic, formatDiagnostics } from './print.js';
export { nearestName } from './suggest.js';
export { formatReport, reporterNames, workflowCommand, type ReporterName } from './report.js';
