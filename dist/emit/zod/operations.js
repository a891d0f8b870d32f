/**
 * The `operations` and `webhooks` lookup objects of `zod.ts`: for each operation, by id,
 * `{ method, path, parameters: { path?, query?, header?, cookie?, querystring? }, body?: { [mediaType]: schema },
 * responses: { [status]: { [mediaType]: schema } }, callbacks? }`. Bodies and responses are the named
 * schemas (`ListArchivesResponse200Schema`); parameters are validators that take what a server receives
 * (./parameters.ts). A response without a body has an empty entry and says so; a callback lists the ids
 * of its operations, which sit in `operations` beside the others.
 */
import { jsDocText } from '../escape.js';
import { array, call, id, object, str } from '../../layout/js.js';
import { builderCall } from './builders.js';
import { groupWires } from './parameters.js';
/** The tables of a document that describes no API. */
export const noOperationTables = { tables: [], parameters: false, builders: new Set() };
export function operationTables(model, schemaNameOf) {
    if (model.operations.length === 0 && model.webhooks.length === 0)
        return noOperationTables;
    const definitions = new Map(model.definitions.map((d) => [d.name, d]));
    const ctx = {
        schemaNameOf,
        definitionOf: (name) => definitions.get(name),
        parameters: false,
        builders: new Set(),
    };
    const withCallbacks = (operations) => operations.flatMap((o) => [o, ...withCallbacks(o.callbacks.flatMap((c) => c.operations))]);
    const table = (operations) => object(withCallbacks(operations).map((o) => entry(o, ctx)), true);
    const tables = [
        { name: 'operations', value: table(model.operations) },
        { name: 'webhooks', value: table(model.webhooks) },
    ];
    return { tables, parameters: ctx.parameters, builders: ctx.builders };
}
function entry(operation, ctx) {
    const properties = [
        { key: 'method', value: str(operation.method) },
        { key: 'path', value: str(operation.path) },
        {
            key: 'parameters',
            value: object(operation.parameters.map((g) => ({ key: g.in, value: parameterValidator(g, ctx) })), true),
        },
    ];
    const body = operation.requestBody;
    if (body && body.content.length > 0) {
        properties.push({
            key: 'body',
            value: object(body.content.map((m) => mediaEntry(m, ctx))),
            ...(body.required ? {} : { doc: '/** The request body is optional. */' }),
        });
    }
    properties.push({
        key: 'responses',
        value: object(operation.responses.map((response) => {
            const status = { key: response.status, numericKey: /^\d+$/.test(response.status) };
            if (response.content.length === 0)
                return {
                    ...status,
                    value: object([]),
                    doc: `/** ${responseWords(response.docs.description)}no body, so nothing to validate. */`,
                };
            return { ...status, value: object(response.content.map((m) => mediaEntry(m, ctx))) };
        }), true),
    });
    if (operation.callbacks.length > 0) {
        properties.push({
            key: 'callbacks',
            value: object(operation.callbacks.map((c) => ({ key: c.name, value: array(c.operations.map((o) => str(o.id))) }))),
        });
    }
    const title = (operation.docs.title ?? operation.docs.description)?.replace(/\s+/g, ' ').trim();
    const doc = [title ? jsDocText(title) : undefined, operation.docs.deprecated ? '@deprecated' : undefined].filter(Boolean).join(' ');
    return { key: operation.id, value: object(properties, true), ...(doc ? { doc: `/** ${doc} */` } : {}) };
}
/** `Successful Response: ` from a response's description, for the JSDoc of one without a body. */
function responseWords(description) {
    const words = description?.replace(/\s+/g, ' ').trim();
    return words ? `${jsDocText(words).replace(/[.:]$/, '')}: ` : '';
}
function mediaEntry(media, ctx) {
    // A sequential media type described only by its items (3.2 itemSchema) is validated item by item.
    if (media.type.kind === 'any' && media.itemType)
        return { key: media.mediaType, value: schemaOf(media.itemType, ctx), doc: '/** Validates each item of the sequence. */' };
    return { key: media.mediaType, value: schemaOf(media.type, ctx) };
}
function schemaOf(type, ctx) {
    if (type.kind === 'ref')
        return id(ctx.schemaNameOf(type.target));
    return builderCall(ctx.builders, 'unknown');
}
/**
 * `receivedParameters({ … }, ListArchivesQuerySchema)`: text as received, then the typed schema. The
 * helper wraps the `z.preprocess`: each `z` at the top level costs tsc a walk back over every
 * declaration before it, and the operations table comes last.
 */
function parameterValidator(group, ctx) {
    ctx.parameters = true;
    const wires = object(groupWires(group, ctx.definitionOf).map(([name, wire]) => ({ key: name, value: wireExpr(wire) })));
    const schema = schemaOf(group.type, ctx);
    return group.in === 'header' ? call(id('receivedParameters'), wires, schema, id('true')) : call(id('receivedParameters'), wires, schema);
}
function wireExpr(wire) {
    if (typeof wire === 'string')
        return str(wire);
    const properties = [];
    if (wire.as !== undefined)
        properties.push({ key: 'as', value: str(wire.as) });
    if (wire.items !== undefined)
        properties.push({ key: 'items', value: str(wire.items) });
    if (wire.fields !== undefined)
        properties.push({ key: 'fields', value: object(Object.entries(wire.fields).map(([k, v]) => ({ key: k, value: str(v) }))) });
    if (wire.pairs !== undefined)
        properties.push({ key: 'pairs', value: str(wire.pairs) });
    if (wire.prefix !== undefined)
        properties.push({ key: 'prefix', value: str(wire.prefix) });
    return object(properties);
}
//# sourceMappingURL=operations.js.map