import { jsDocText } from '../escape.js';
/** JSDoc lines (without the comment markers) for docs and, when it is a string, its format. */
export function docLines(docs, type) {
    const lines = [];
    if (docs.title && docs.title !== docs.description)
        lines.push(jsDocText(docs.title));
    // Trailing line breaks (YAML block scalars end in one) would leave an empty ` *` line.
    const description = docs.description?.trimEnd();
    if (description) {
        if (lines.length > 0)
            lines.push('');
        lines.push(jsDocText(description));
    }
    if (docs.lossy) {
        if (lines.length > 0)
            lines.push('');
        lines.push(jsDocText(`Lossy: ${docs.lossy}.`));
    }
    const annotated = docs.annotations?.['format'];
    const format = (type?.kind === 'string' || type?.kind === 'number' ? type.format : undefined) ??
        (typeof annotated === 'string' ? annotated : undefined);
    if (format)
        lines.push(`@format ${jsDocText(format)}`);
    if (type?.kind === 'string' && type.checks?.pattern !== undefined)
        lines.push(`@pattern ${jsDocText(type.checks.pattern)}`);
    if (docs.default)
        lines.push(`@default ${jsDocText(JSON.stringify(docs.default.value))}`);
    for (const example of docs.examples ?? [])
        lines.push(`@example ${jsDocText(JSON.stringify(example))}`);
    if (docs.deprecated)
        lines.push('@deprecated');
    if (docs.seeAlso)
        lines.push(`@see ${jsDocText(docs.seeAlso)}`);
    return lines;
}
export function definitionDocLines(def) {
    const lines = docLines(def.docs, def.type);
    if (def.direction) {
        // A view of a definition (passes/split-directions): say which, and what it leaves out.
        const view = def.direction.way === 'request'
            ? `${def.direction.of} as the API receives it: without its readOnly properties.`
            : `${def.direction.of} as the API sends it: without its writeOnly properties, with each default filled in.`;
        lines.unshift(jsDocText(view), ...(lines.length > 0 ? [''] : []));
    }
    else if (def.typeName !== def.name)
        lines.unshift(jsDocText(`Original name: ${def.name}`), ...(lines.length > 0 ? [''] : []));
    return lines;
}
/** JSDoc lines for a property: its docs plus `@readonly`/`@writeonly` (OpenAPI's server-only/client-only). */
export function propertyDocLines(p) {
    const lines = docLines(p.docs, p.type);
    if (p.readOnly)
        lines.push('@readonly');
    if (p.writeOnly)
        lines.push('@writeonly');
    return lines;
}
/**
 * The JSDoc comment for declarations and interface members, as ts-morph's printer wrote them (the
 * layout of types.ts is kept byte-identical to that): on one line when the text has one line.
 */
export function docComment(lines) {
    if (lines.length === 0)
        return undefined;
    const text = lines.join('\n').split(/\r?\n/);
    if (text.length === 1)
        return `/** ${text[0]}${text[0].endsWith(' ') ? '' : ' '}*/`;
    const start = text[0] === '' ? 1 : 0;
    return `/**\n${text
        .slice(start)
        .map((l) => (l ? ` * ${l}` : ' *'))
        .join('\n')}\n */`;
}
/** The JSDoc comment for a member of an inline object type: always on several lines. */
export function blockComment(lines) {
    if (lines.length === 0)
        return undefined;
    const body = lines.flatMap((l) => l.split('\n')).map((l) => (l ? ` * ${l}` : ' *'));
    return `/**\n${body.join('\n')}\n */`;
}
//# sourceMappingURL=jsdoc.js.map