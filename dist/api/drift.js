import { diagnostic, hasErrors } from '../diagnostics/index.js';
import { compareSummary } from '../drift/compare-summary.js';
import { apiFormatOf, loadDocument, readDocument } from '../read/index.js';
/** Compares a flat summary with the upstream schema of its entity. Writes nothing, never exits. */
export async function drift(options) {
    const cwd = options.cwd ?? process.cwd();
    const loaded = await loadDocument(options.input, cwd);
    if (!loaded.ok)
        return { diagnostics: loaded.diagnostics };
    const summary = await readDocument(loaded.document, { cwd, format: 'flat-structure' });
    // The lossy warning is what drift reports in detail; repeating it would be noise.
    const diagnostics = summary.diagnostics.filter((d) => d.code !== 'lossy-field');
    if (!summary.model || hasErrors(diagnostics))
        return { diagnostics };
    const upstreamLoaded = await loadDocument(options.upstream, cwd);
    if (!upstreamLoaded.ok)
        return { diagnostics: [...diagnostics, ...upstreamLoaded.diagnostics] };
    const upstream = await readDocument(upstreamLoaded.document, {
        cwd,
        format: apiFormatOf(upstreamLoaded.document.value),
        entities: summary.model.roots,
        ...(options.allowRemoteRefs ? { allowRemoteRefs: true } : {}),
        ...(typeof options.upstream === 'string' ? { location: options.upstream } : {}),
    });
    diagnostics.push(...upstream.diagnostics);
    if (!upstream.model || hasErrors(diagnostics))
        return { diagnostics };
    if (summary.model.definitions[0]?.type.kind !== 'object') {
        return { diagnostics: [...diagnostics, diagnostic('invalid-output', { message: 'the summary did not read as an object' })] };
    }
    // Types are shown as the TypeScript target writes them; that module loads the compiler, so only here.
    const { typeText } = await import('../emit/typescript/emit-typescript.js');
    return {
        report: compareSummary(summary.model, upstream.model, (node) => typeText(node, (name) => name)),
        summaryUri: loaded.document.uri,
        upstreamUri: upstreamLoaded.document.uri,
        diagnostics,
    };
}
//# sourceMappingURL=drift.js.map