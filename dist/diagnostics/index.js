export { diagnosticCodes } from './codes.js';
export { diagnostic, framePointer, hasErrors, jsonPointer, pointerSegment, pointerSegments, } from './diagnostic.js';
export { formatDiagnostic, formatDiagnostics, terminalLine } from './print.js';
export { nearestName } from './suggest.js';
export { formatReport, reporterNames, workflowCommand } from './report.js';
//# sourceMappingURL=index.js.map