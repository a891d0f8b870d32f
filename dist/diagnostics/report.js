import { formatDiagnostics, oneLine } from './print.js';
export const reporterNames = ['text', 'json', 'github'];
/** The diagnostics in the reporter's form; `''` when there are none (except json: `[]`). */
export function formatReport(reporter, diagnostics) {
    switch (reporter) {
        case 'text':
            return formatDiagnostics(diagnostics);
        case 'json':
            // JSON escapes C0 controls; DEL, C1 and U+2028/9 are escaped too, so no control reaches a terminal.
            return JSON.stringify(diagnostics.map(ordered), null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        case 'github':
            return diagnostics.map(workflowCommand).join('\n');
    }
}
/** The keys in one order, whatever order a reader built them in. */
function ordered(d) {
    const { code, severity, message, file, line, column, pointer, hint } = d;
    return Object.fromEntries(Object.entries({ code, severity, message, file, line, column, pointer, hint }).filter(([, v]) => v !== undefined));
}
/**
 * `::error file=a.json,line=3,col=5,title=unknown-type::message`. The runner reads the properties up to
 * `::` and the message after it, so both are escaped as the Actions toolkit does (`%`, CR, LF; in
 * properties also `:` and `,`); other control characters in spec text are spelled out, as in text output.
 */
export function workflowCommand(d) {
    const properties = [
        d.file !== undefined ? `file=${property(d.file)}` : undefined,
        d.line !== undefined ? `line=${d.line}` : undefined,
        d.column !== undefined ? `col=${d.column}` : undefined,
        `title=${property(`structgen ${d.code}`)}`,
    ].filter((p) => p !== undefined);
    const message = [
        `${d.pointer !== undefined ? `#${oneLine(d.pointer)} ` : ''}${oneLine(d.message)}`,
        ...(d.hint ? [`hint: ${oneLine(d.hint)}`] : []),
    ];
    return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${data(message.join('\n'))}`;
}
function data(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function property(text) {
    return data(oneLine(text)).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
//# sourceMappingURL=report.js.map