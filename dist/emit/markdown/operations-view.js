/**
 * The Operations and Webhooks parts of the docs: operations grouped by tag (in the document's declared
 * order, then tags only operations name, untagged last), each with its method and path, summary,
 * description, a deprecation mark, a parameters table, the request body per media type, a responses
 * table and its callbacks. Types link to their definitions, and definitions link back ("Used by").
 * Every string is escaped here for its Markdown context, as in ./view-model.ts.
 */
import { referencedNames, } from '../../model/index.js';
import { markdownCell, markdownCode, markdownHeading, markdownText } from '../escape.js';
/**
 * Operations in the order the docs show them: grouped by tag (declared tags first, in the document's
 * order; then tags only operations name; untagged last), each operation once, under its first tag, and
 * followed by its callbacks' operations.
 */
export function documentedOperations(model) {
    const withCallbacks = (o) => [o, ...o.callbacks.flatMap((c) => c.operations.flatMap(withCallbacks))];
    const order = new Map();
    for (const tag of model.tags)
        order.set(tag.name, []);
    const untagged = [];
    for (const operation of model.operations) {
        const tag = operation.tags[0];
        const list = tag === undefined ? untagged : (order.get(tag) ?? order.set(tag, []).get(tag));
        list.push(...withCallbacks(operation));
    }
    const groups = [...order]
        .filter(([, operations]) => operations.length > 0)
        .map(([tag, operations]) => {
        const declared = model.tags.find((t) => t.name === tag);
        return declared ? { tag, declared, operations } : { tag, operations };
    });
    if (untagged.length > 0)
        groups.push({ tag: undefined, operations: untagged });
    return { groups, webhooks: model.webhooks.flatMap(withCallbacks) };
}
export function operationHeading(operation) {
    return `${operation.method.toUpperCase()} ${operation.path}`;
}
/** `level` is the heading's `#`s: `####` under a tag in a single README, `##` on a page of its own. */
export function operationView(operation, docs, level) {
    const { linkOf, typeDisplay, definitions, linkTo } = docs;
    const facts = [`Operation id: ${markdownCode(operation.id)}.`];
    if (operation.tags.length > 1)
        facts.push(`Tags: ${operation.tags.map((t) => markdownCode(t)).join(', ')}.`);
    if (operation.docs.seeAlso)
        facts.push(`See ${markdownCode(operation.docs.seeAlso)}.`);
    const parameters = operation.parameters.flatMap((group) => group.parameters.map((p) => ({
        name: markdownCode(p.name),
        location: group.in,
        type: typeDisplay(parameterType(group.type, p.name, definitions), linkOf),
        required: p.required ? 'yes' : 'no',
        description: markdownCell([p.docs.description, p.docs.deprecated ? 'Deprecated.' : undefined].filter(Boolean).join('\n')),
    })));
    const body = operation.requestBody;
    const responses = operation.responses.map((r) => ({
        status: markdownCode(r.status),
        type: r.content.length === 0 ? 'no body' : contentDisplay(r.content, docs),
        description: [
            markdownCell([r.docs.title, r.docs.description].filter(Boolean).join('\n')),
            r.headers ? `Headers: ${headerNames(r.headers, definitions)}.` : '',
        ]
            .filter(Boolean)
            .join('<br>'),
    }));
    const callbacks = operation.callbacks.flatMap((c) => c.operations.map((o) => ({
        name: markdownCode(c.name),
        request: markdownCode(operationHeading(o)),
        operation: `[${markdownCell(o.id)}](${linkTo(o)})`,
    })));
    return {
        level,
        heading: markdownHeading(operationHeading(operation)),
        title: operation.docs.title ? markdownText(operation.docs.title) : null,
        deprecated: operation.docs.deprecated === true,
        description: operation.docs.description ? markdownText(operation.docs.description) : null,
        facts: facts.join(' '),
        hasParameters: parameters.length > 0,
        parameters,
        body: body && body.content.length > 0
            ? `${body.required ? 'Request body (required)' : 'Request body (optional)'}: ${contentDisplay(body.content, docs)}${body.docs.description ? `. ${markdownText(body.docs.description).replace(/\n/g, ' ')}` : ''}`
            : null,
        hasResponses: responses.length > 0,
        responses,
        hasCallbacks: callbacks.length > 0,
        callbacks,
    };
}
export function groupView(group, operations, tagAnchor) {
    const declared = group.declared;
    const about = [];
    if (declared?.parent !== undefined) {
        const anchor = tagAnchor(declared.parent);
        about.push(`Part of ${anchor ? `[${markdownText(declared.parent)}](#${anchor})` : markdownCode(declared.parent)}.`);
    }
    if (declared?.kind !== undefined)
        about.push(`Kind: ${markdownCode(declared.kind)}.`);
    if (declared?.docs.seeAlso !== undefined)
        about.push(`See ${markdownCode(declared.docs.seeAlso)}.`);
    const title = declared?.docs.title;
    return {
        heading: group.tag === undefined ? 'Untagged' : markdownHeading(title && title !== group.tag ? `${title} (${group.tag})` : group.tag),
        description: declared?.docs.description ? markdownText(declared.docs.description) : null,
        about: about.length > 0 ? about.join(' ') : null,
        operations,
    };
}
/** The heading text of a tag group, as slugs are computed from it. */
export function groupHeadingText(group) {
    const title = group.declared?.docs.title;
    return group.tag === undefined ? 'Untagged' : title && title !== group.tag ? `${title} (${group.tag})` : group.tag;
}
function contentDisplay(content, { linkOf, typeDisplay }) {
    return content
        .map((m) => {
        const type = m.type.kind === 'any' && m.itemType ? `items of ${typeDisplay(m.itemType, linkOf)}` : typeDisplay(m.type, linkOf);
        return `${markdownCode(m.mediaType)}: ${type}`;
    })
        .join('<br>');
}
/** The type of one parameter: the same-named property of its group's object definition. */
function parameterType(group, name, definitions) {
    const object = group.kind === 'ref' ? definitions.get(group.target)?.type : group;
    return (object?.kind === 'object' ? object.properties.find((p) => p.name === name)?.type : undefined) ?? { kind: 'any' };
}
function headerNames(headers, definitions) {
    const object = headers.kind === 'ref' ? definitions.get(headers.target)?.type : headers;
    return object?.kind === 'object' ? object.properties.map((p) => markdownCode(p.name)).join(', ') : '';
}
/**
 * Definitions that exist only to hold an operation's parameters or response headers: the operation's
 * tables show them, so they get no section of their own, and links to them lead to the operation.
 */
export function operationOwnedDefinitions(model, referencesOf = (def) => referencedNames(def.type)) {
    const owned = new Map();
    const visit = (operation) => {
        for (const group of operation.parameters)
            if (group.type.kind === 'ref')
                owned.set(group.type.target, operation);
        for (const response of operation.responses)
            if (response.headers?.kind === 'ref')
                owned.set(response.headers.target, operation);
        for (const callback of operation.callbacks)
            callback.operations.forEach(visit);
    };
    [...model.operations, ...model.webhooks].forEach(visit);
    // Only where nothing else refers to them.
    for (const def of model.definitions)
        for (const name of referencesOf(def))
            owned.delete(name);
    return owned;
}
//# sourceMappingURL=operations-view.js.map