/** Ends every `switch (node.kind)`: adding a node kind makes the compiler list each switch to extend. */
export function assertNever(value) {
    throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
/** The nodes directly inside `node`, in order. The one place that knows where children live. */
export function childNodes(node) {
    switch (node.kind) {
        case 'string':
        case 'number':
        case 'boolean':
        case 'null':
        case 'any':
        case 'never':
        case 'literal':
        case 'enum':
        case 'ref':
            return [];
        case 'object': {
            const children = node.properties.map((p) => p.type);
            for (const p of node.patternProperties ?? [])
                children.push(p.type);
            if (node.additional.mode === 'schema')
                children.push(node.additional.type);
            if (node.checks?.propertyNames)
                children.push(node.checks.propertyNames);
            for (const d of node.checks?.dependentSchemas ?? [])
                children.push(d.type);
            return children;
        }
        case 'array':
            return [node.items, ...(node.checks?.contains ? [node.checks.contains.type] : [])];
        case 'tuple':
            return [
                ...node.elements.map((e) => e.type),
                ...(node.rest ? [node.rest] : []),
                ...(node.checks?.contains ? [node.checks.contains.type] : []),
            ];
        case 'nullable':
            return [node.inner];
        case 'union':
            return node.variants;
        case 'taggedUnion':
            return node.variants.map((v) => v.type);
        case 'intersection':
            return node.members;
        case 'not':
            return [node.inner];
        case 'conditional':
            return [node.if, ...(node.then ? [node.then] : []), ...(node.else ? [node.else] : [])];
        case 'unevaluated':
            return [node.inner, ...(node.properties ? [node.properties] : []), ...(node.items ? [node.items] : [])];
        default:
            return assertNever(node);
    }
}
/** Names of the definitions `node` refers to, directly or through nested nodes, in first-seen order. */
export function referencedNames(node) {
    const seen = new Set();
    const visit = (n) => {
        if (n.kind === 'ref')
            seen.add(n.target);
        for (const child of childNodes(n))
            visit(child);
    };
    visit(node);
    return [...seen];
}
/** Looks a definition up by its original name; throws, because a dangling ref here is a bug in a reader. */
export function definitionIndex(model) {
    return new Map(model.definitions.map((d) => [d.name, d]));
}
//# sourceMappingURL=walk.js.map