export { diagnosticCodes, type DiagnosticCode, type CodeInfo } from './codes.js';
export { diagnostic, framePointer, hasErrors, jsonPointer, pointerSegment, pointerSegments, type Diagnostic, type PathFrame, } from './diagnostic.js';
export { formatDiagnostic, formatDiagnostics, terminalLine } from './print.js';
export { nearestName } from './suggest.js';
export { formatReport, reporterNames, workflowCommand, type ReporterName } from './report.js';
