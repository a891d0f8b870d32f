/**
 * Drift: where a flat summary disagrees with its upstream schema, field by field. Each difference says
 * whether it changes what a validator built from the summary accepts, so `structgen drift` can gate CI.
 */
import { terminalLine } from '../diagnostics/index.js';
import { definitionIndex } from '../model/index.js';
/**
 * `typeText` prints a type as TypeScript (the TypeScript target's mapping; passed in so that reading
 * this module does not load the TypeScript compiler).
 */
export function compareSummary(summary, upstream, typeText) {
    const show = shower(typeText);
    const entity = summary.roots[0];
    const summaryIndex = definitionIndex(summary);
    const upstreamIndex = definitionIndex(upstream);
    const summaryRoot = summaryIndex.get(entity).type;
    const upstreamRoot = resolve(upstreamIndex.get(entity)?.type, upstreamIndex);
    const differences = [];
    const add = (field, kind, summaryText, upstreamText, affects) => differences.push({ field, kind, summary: summaryText, upstream: upstreamText, affectsValidation: affects });
    if (!upstreamRoot || upstreamRoot.kind !== 'object') {
        add('', 'type-differs', 'object', upstreamRoot ? show(upstreamRoot) : 'missing', true);
        return { entity, differences, affectsValidation: true };
    }
    const upstreamProperties = new Map(upstreamRoot.properties.map((p) => [p.name, p]));
    for (const field of summaryRoot.properties) {
        const other = upstreamProperties.get(field.name);
        if (!other) {
            add(field.name, 'only-in-summary', show(field.type), 'absent', upstreamRoot.additional.mode !== 'allow');
            continue;
        }
        compareField(field, other, summaryIndex, upstreamIndex, add, show);
    }
    const summaryNames = new Set(summaryRoot.properties.map((p) => p.name));
    for (const other of upstreamRoot.properties) {
        if (!summaryNames.has(other.name))
            add(other.name, 'only-upstream', 'absent', show(other.type), other.required);
    }
    if (upstreamRoot.additional.mode === 'forbid' && summaryRoot.additional.mode !== 'forbid') {
        add('', 'closed-as-open', 'extra keys allowed', 'additionalProperties: false', true);
    }
    return { entity, differences, affectsValidation: differences.some((d) => d.affectsValidation) };
}
function compareField(field, other, summaryIndex, upstreamIndex, add, show) {
    const name = field.name;
    const mine = resolve(field.type, summaryIndex);
    const theirsFull = resolve(other.type, upstreamIndex);
    const upstreamNullable = theirsFull.kind === 'nullable';
    const theirs = upstreamNullable ? resolve(theirsFull.inner, upstreamIndex) : theirsFull;
    if (field.required !== other.required)
        add(name, 'required-differs', field.required ? 'required' : 'optional', other.required ? 'required' : 'optional', true);
    if (mine.kind === 'any' && theirs.kind !== 'any') {
        add(name, 'lost-type', 'object (any value)', show(other.type), true);
    }
    else if (mine.kind !== 'any' && theirs.kind !== 'any' && kindOf(mine) !== kindOf(theirs)) {
        add(name, 'type-differs', show(field.type), show(other.type), true);
    }
    if (upstreamNullable && mine.kind !== 'any')
        add(name, 'lost-null', show(field.type), show(other.type), true);
    else if (upstreamNullable)
        add(name, 'lost-null', 'object (null not stated)', show(other.type), false);
    if (theirs.kind === 'number' && theirs.numberKind === 'integer' && !(mine.kind === 'number' && mine.numberKind === 'integer')) {
        add(name, 'lost-integer', show(field.type), 'integer', mine.kind === 'number');
    }
    const myFormat = mine.kind === 'string' ? mine.format : undefined;
    const theirFormat = theirs.kind === 'string' ? theirs.format : undefined;
    if (theirFormat && !myFormat)
        add(name, 'lost-format', 'no format', theirFormat, true);
    else if (theirFormat && myFormat && theirFormat !== myFormat)
        add(name, 'format-differs', myFormat, theirFormat, true);
    const myEnum = enumValues(mine);
    const theirEnum = enumValues(theirs);
    if (theirEnum && !myEnum)
        add(name, 'lost-enum', 'no enum', list(theirEnum), true);
    else if (theirEnum && myEnum && list(theirEnum) !== list(myEnum))
        add(name, 'enum-differs', list(myEnum), list(theirEnum), true);
    const theirPattern = theirs.kind === 'string' ? theirs.checks?.pattern : undefined;
    const myPattern = mine.kind === 'string' ? mine.checks?.pattern : undefined;
    if (theirPattern !== undefined && myPattern === undefined)
        add(name, 'lost-pattern', 'no pattern', theirPattern, true);
    if (other.docs.default && !field.docs.default)
        add(name, 'lost-default', 'no default', JSON.stringify(other.docs.default.value), false);
    const myText = field.docs.description ?? '';
    const theirText = other.docs.description ?? '';
    if (myText.trim() !== theirText.trim())
        add(name, 'description-differs', JSON.stringify(myText), JSON.stringify(theirText), false);
}
/** Follows refs (a summary's enum, an upstream `$ref`) to the node they name, up to a small depth. */
function resolve(node, index) {
    let current = node;
    for (let i = 0; i < 16 && current?.kind === 'ref'; i++)
        current = index.get(current.target)?.type;
    return current;
}
function kindOf(node) {
    if (node.kind === 'number')
        return node.numberKind === 'integer' ? 'number' : 'number';
    if (node.kind === 'enum' || node.kind === 'literal')
        return 'string-ish';
    if (node.kind === 'string')
        return 'string-ish';
    return node.kind;
}
function enumValues(node) {
    if (node.kind === 'enum')
        return node.members.map((m) => m.value);
    if (node.kind === 'literal')
        return [node.value];
    return undefined;
}
function list(values) {
    return values.map((v) => JSON.stringify(v)).join(', ');
}
/** A type as a reader of the report thinks of it: TypeScript-like, but `integer` stays `integer`. */
function shower(typeText) {
    const show = (node) => {
        switch (node.kind) {
            case 'number':
                return node.numberKind;
            case 'nullable':
                return `${show(node.inner)} | null`;
            case 'array':
                return `${show(node.items)}[]`;
            case 'any':
                return 'any';
            default:
                return typeText(node).replace(/\s+/g, ' ');
        }
    };
    return show;
}
/** The report as text for a terminal: one line a difference, then a summary line. */
export function formatDriftReport(report, summaryUri, upstreamUri) {
    const lines = [`Drift of ${summaryUri} (summary) from ${upstreamUri} (upstream), entity ${report.entity}:`];
    const width = Math.max(5, ...report.differences.map((d) => d.field.length));
    for (const d of report.differences) {
        const mark = d.affectsValidation ? '!' : ' ';
        lines.push(`${mark} ${(d.field || '(object)').padEnd(width)}  ${d.kind.padEnd(19)}  summary: ${d.summary}  upstream: ${d.upstream}`);
    }
    const affecting = report.differences.filter((d) => d.affectsValidation).length;
    lines.push(report.differences.length === 0
        ? 'No differences.'
        : `${report.differences.length} differences; ${affecting} (marked !) change what a validator accepts.${affecting > 0 ? ' Generate with --upstream for exact validators.' : ''}`);
    // Field names and types come from the documents: each line is printed without controls (see terminalLine).
    return lines.map(terminalLine).join('\n');
}
//# sourceMappingURL=compare-summary.js.map