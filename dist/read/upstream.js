export function withUpstream(summary, upstream) {
    return {
        ...upstream,
        documents: [...summary.documents, ...upstream.documents],
        name: summary.name,
        docs: summary.docs,
        roots: summary.roots,
    };
}
//# sourceMappingURL=upstream.js.map