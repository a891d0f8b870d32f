/**
 * The `paths`, `webhooks` and `operations` interfaces of `types.ts`, in the shape openapi-typescript 7
 * writes them, so that openapi-fetch (`createClient<paths>()`) and the libraries built on it work
 * against structgen's output unchanged. Every payload and parameter set is one of structgen's named
 * types (`ListArchivesQuery`, `Archive`), where openapi-typescript writes the type inline or as
 * `components["schemas"]["Archive"]`.
 *
 * The shape, per operation: `parameters: { query, header, path, cookie }` (`?: never` where a location
 * has no parameters, optional where none of its parameters is required); `requestBody` (`?: never` when
 * there is none, optional unless required); `responses` by status (`200`, `"4XX"`, `default`), each with
 * `headers` (the declared ones and any others) and `content` by media type (`content?: never` for a
 * response without a body). Where openapi-typescript differs on purpose, docs/openapi-typescript.md says why: every
 * operation (webhooks' and callbacks' too) sits in `operations` under its id, and callbacks are written
 * (openapi-typescript leaves them out).
 */
import { httpMethods, operationsByPath, pascalCase, } from '../../model/index.js';
import { typeName } from '../../layout/ts.js';
import { stringLiteral } from '../../layout/doc.js';
import { docLines, docComment } from './jsdoc.js';
import { templateLiteralText } from '../escape.js';
import { indexSignature, keyword, property as member, reference, withDoc } from './types.js';
/** The locations openapi-typescript writes, in its order; OpenAPI 3.2's `querystring` is read into `query`. */
const writtenLocations = ['query', 'header', 'path', 'cookie'];
/**
 * `paths`, `webhooks`, `components` and `operations`: always for an OpenAPI document (an empty table is
 * `Record<string, never>`, as openapi-typescript writes it), and the three operation tables for any
 * other model that has operations; none when the model is neither.
 */
export function operationStatements(model, types) {
    if (model.operations.length === 0 && model.webhooks.length === 0 && !model.components)
        return [];
    const { options } = types;
    const table = (name, members) => members.length > 0
        ? { name, kind: 'interface', members: written(members, options) }
        : // What openapi-typescript writes for an empty table, so `paths[...]` stays an error rather than `any`.
            { name, kind: 'alias', type: reference('Record', [keyword.string, keyword.never]) };
    // excludeDeprecated: a deprecated operation is not in `operations`, and its method is `?: never` in its
    // path, as openapi-typescript writes it (the path stays, with its parameters).
    const kept = (list) => (options.excludeDeprecated ? list.filter((o) => !o.docs.deprecated) : list);
    const operations = kept(model.operations);
    const webhooks = kept(model.webhooks);
    const all = [...operations, ...webhooks, ...operations.concat(webhooks).flatMap(callbackOperations)];
    return [
        table('paths', pathItems(model.operations, types, options.pathParamsAsTypes ? pathParameterTypes(model) : undefined)),
        table('webhooks', pathItems(model.webhooks, types)),
        ...(model.components ? [table('components', componentMembers(shownComponents(model, model.components, options), types))] : []),
        table('operations', all.map((operation) => property(operation.id, false, operationType(operation, types)))),
        ...(options.rootTypes && model.components ? rootTypes(model, shownComponents(model, model.components, options), types) : []),
    ];
}
/**
 * The tables' members as the options ask: `alphabetize` sorts every object type's keys (openapi-typescript
 * sorts paths, components and operations alike); `immutable` makes every member `readonly`.
 */
function written(members, options) {
    if (!options.alphabetize && !options.immutable)
        return members;
    const each = (list) => {
        const keyOf = (m) => ('name' in m.key ? m.key.name : 'number' in m.key ? m.key.number : '');
        const sorted = options.alphabetize ? [...list].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)) : list;
        return sorted.map((m) => ({ ...m, ...(options.immutable ? { readonly: true } : {}), type: inner(m.type) }));
    };
    const inner = (type) => {
        switch (type.kind) {
            case 'literal':
                return { kind: 'literal', members: each(type.members) };
            case 'intersection':
            case 'union':
                return { kind: type.kind, members: type.members.map(inner) };
            default:
                return type;
        }
    };
    return each(members);
}
/**
 * `rootTypes`: each component also under a name of its own, as openapi-typescript names them (`SchemaPet`,
 * `ResponseNotFound`, `RequestBodyNewPet`; `_2` on a collision). With `rootTypesNoSchemaPrefix` a schema's
 * name is its own, which structgen exports already where it is the same (`Pet`): those are not repeated.
 */
function rootTypes(model, components, types) {
    const singular = {
        schemas: 'Schema',
        responses: 'Response',
        parameters: 'Parameter',
        requestBodies: 'RequestBody',
        headers: 'Header',
        pathItems: 'PathItem',
    };
    // Names structgen exports already (each definition, the tables) are taken.
    const taken = new Set([...model.definitions.map((d) => types.nameOf(d.name)), 'paths', 'webhooks', 'components', 'operations']);
    const declared = [];
    for (const kind of Object.keys(singular)) {
        for (const { name } of components[kind]) {
            const entry = {
                kind: 'indexed',
                object: { kind: 'indexed', object: typeName('components'), index: stringLiteral(kind) },
                index: stringLiteral(name),
            };
            const prefix = kind === 'schemas' && types.options.rootTypesNoSchemaPrefix ? '' : singular[kind];
            const base = `${prefix}${pascalCase(name)}`;
            if (prefix === '' && kind === 'schemas') {
                const own = components.schemas.find((s) => s.name === name).type;
                if (own.kind === 'ref' && types.nameOf(own.target) === base)
                    continue;
            }
            let alias = base;
            for (let n = 2; taken.has(alias); n++)
                alias = `${base}_${n}`;
            taken.add(alias);
            declared.push({ name: alias, kind: 'alias', type: entry });
        }
    }
    return declared;
}
/**
 * The components `components` lists: with `excludeDeprecated`, not those marked deprecated (a schema, a
 * parameter, a header), as openapi-typescript leaves them out. Their named types stay exported.
 */
function shownComponents(model, components, options) {
    if (!options.excludeDeprecated)
        return components;
    const deprecated = new Set(model.definitions.filter((d) => d.docs.deprecated).map((d) => d.name));
    const shown = (c) => !c.docs.deprecated && !(c.type.kind === 'ref' && deprecated.has(c.type.target));
    return {
        ...components,
        schemas: components.schemas.filter(shown),
        parameters: components.parameters.filter(shown),
        headers: components.headers.filter(shown),
    };
}
/**
 * `components`, in openapi-typescript 7's shape: one member per kind (`never` when the document has none
 * of it), each entry over structgen's named types, so `components["schemas"]["Pet"]` is `Pet`. A parameter
 * or header is its value's type; a response and a request body are written as in an operation; a path
 * item is the `paths` (or `webhooks`) entry that refers to it, or, used by none, its operations inline.
 */
function componentMembers(components, types) {
    const kind = (name, members) => property(name, false, members.length > 0 ? literalType(members) : never());
    const valued = (list) => list.map((c) => withDoc(property(c.name, false, types.typeNode(c.type)), docComment(docLines(c.docs))));
    return [
        kind('schemas', valued(components.schemas)),
        kind('responses', components.responses.map(({ name, response }) => withDoc(property(name, false, responseType(response, types)), docComment(docLines(response.docs))))),
        kind('parameters', valued(components.parameters)),
        kind('requestBodies', components.requestBodies.map(({ name, body }) => withDoc(property(name, false, requestBodyType(body, types)), docComment(docLines(body.docs))))),
        kind('headers', valued(components.headers)),
        kind('pathItems', components.pathItems.map((item) => property(item.name, false, item.usedBy
            ? { kind: 'indexed', object: typeName(item.usedBy.table), index: stringLiteral(item.usedBy.key) }
            : pathItemType(item.operations, types, (operation) => operationType(operation, types))))),
    ];
}
function callbackOperations(operation) {
    return operation.callbacks.flatMap((c) => c.operations.flatMap((o) => [o, ...callbackOperations(o)]));
}
const never = () => keyword.never;
/** A property; a key of digits (a status, `200`) is written as a number, as openapi-typescript writes it. */
const property = (name, optional, type) => member(name, optional, type, true);
const literalType = (members) => ({ kind: 'literal', members });
const literalString = (text) => typeName(stringLiteral(text));
const operationRef = (id) => ({ kind: 'indexed', object: typeName('operations'), index: stringLiteral(id) });
/**
 * One entry per path (or webhook name): the path-level parameters, then every method (`?: never` where
 * absent). With `pathParamsAsTypes` (`parameterType` given), a path with parameters is keyed by a
 * template literal type instead, `` [path: `/pets/${string}`] ``, as openapi-typescript writes it.
 */
function pathItems(operations, types, parameterType) {
    const keys = new Set();
    return [...operationsByPath(operations)].map(([path, list]) => {
        const type = pathItemType(list, types, (operation) => operationRef(operation.id));
        if (parameterType && /\{[^}]+\}/.test(path)) {
            // `{name}` becomes `${string}` (`${number}`, `${boolean}` where the parameter's schema says so).
            let template = '`';
            let last = 0;
            for (const match of path.matchAll(/\{([^}]+)\}/g)) {
                const kinds = list.map((operation) => parameterType(operation, match[1]));
                template += templateLiteralText(path.slice(last, match.index)) + '${' + (kinds[0] ?? 'string') + '}';
                last = match.index + match[0].length;
            }
            template += templateLiteralText(path.slice(last)) + '`';
            // Two paths that differ only in their parameters' names would be one key twice (an error): the second keeps its path.
            if (!keys.has(template)) {
                keys.add(template);
                return { key: { index: template, parameter: 'path' }, type };
            }
        }
        return property(path, false, type);
    });
}
/**
 * `pathParamsAsTypes`: what a path parameter's schema says it is, as openapi-typescript reads it (its
 * own `type`: integer or number, boolean; anything else, a `$ref` too, a string).
 */
function pathParameterTypes(model) {
    const definitions = new Map(model.definitions.map((d) => [d.name, d.type]));
    return (operation, name) => {
        const group = operation.parameters.find((g) => g.in === 'path');
        const object = group?.type.kind === 'ref' ? definitions.get(group.type.target) : group?.type;
        const found = object?.kind === 'object' ? object.properties.find((p) => p.name === name)?.type : undefined;
        const type = found?.kind === 'nullable' ? found.inner : found;
        return type?.kind === 'number' && type.wire !== 'string' ? 'number' : type?.kind === 'boolean' ? 'boolean' : 'string';
    };
}
/**
 * One Path Item's type: its own parameters, then every method (`?: never` where absent, and where
 * `excludeDeprecated` leaves a deprecated operation out).
 */
function pathItemType(all, types, operationOf) {
    const members = [property('parameters', false, pathLevelParameters(all, types))];
    const list = types.options.excludeDeprecated ? all.filter((o) => !o.docs.deprecated) : all;
    for (const method of httpMethods) {
        const operation = list.find((o) => o.method === method);
        if (operation)
            members.push(withDoc(property(method, false, operationOf(operation)), operationDoc(operation)));
        // OpenAPI 3.2's query method is written only where a document uses it.
        else if (method !== 'query')
            members.push(property(method, true, never()));
    }
    for (const operation of list.filter((o) => !httpMethods.includes(o.method)))
        members.push(withDoc(property(operation.method, false, operationOf(operation)), operationDoc(operation)));
    return literalType(members);
}
function operationDoc(operation) {
    return docComment(docLines(operation.docs));
}
/**
 * The Path Item's own parameters: those declared on it, as they appear in its operations' groups (an
 * operation may override one, so the first operation that keeps it supplies its type).
 */
function pathLevelParameters(operations, types) {
    const groups = new Map();
    for (const operation of operations) {
        for (const group of operation.parameters) {
            const names = group.parameters.filter((p) => p.pathLevel).map((p) => p.name);
            if (names.length > 0 && !groups.has(group.in))
                groups.set(group.in, { group, names });
        }
    }
    return parametersType((location) => {
        const found = groups.get(location);
        if (!found)
            return undefined;
        const { group, names } = found;
        const type = names.length === group.parameters.length
            ? types.typeNode(group.type)
            : reference('Pick', [types.typeNode(group.type), { kind: 'union', members: names.map(literalString) }]);
        const required = group.parameters.some((p) => p.pathLevel && p.required);
        return { type, required };
    });
}
/** `{ query?: never; header?: never; path?: never; cookie?: never }`, with the locations given filled in. */
function parametersType(of) {
    return literalType(writtenLocations.map((location) => {
        const found = of(location) ?? (location === 'query' ? of('querystring') : undefined);
        return found ? property(location, !found.required, found.type) : property(location, true, never());
    }));
}
function operationType(operation, types) {
    const group = (location) => operation.parameters.find((g) => g.in === location);
    const members = [
        property('parameters', false, parametersType((location) => {
            const found = group(location);
            if (!found)
                return undefined;
            // The whole query string (3.2) is described by its one parameter's type.
            const type = location === 'querystring' ? querystringType(found, types) : types.typeNode(found.type);
            // generatePathParams: false: a `{name}` no parameter declares is left out, as openapi-typescript's default.
            const guessed = types.options.generatePathParams === false ? found.parameters.filter((p) => p.fromTemplate) : [];
            if (guessed.length === found.parameters.length)
                return undefined;
            if (guessed.length > 0)
                return {
                    type: reference('Omit', [type, { kind: 'union', members: guessed.map((p) => literalString(p.name)) }]),
                    required: found.required,
                };
            return { type, required: found.required };
        })),
    ];
    const body = operation.requestBody;
    if (body && body.content.length > 0) {
        members.push(withDoc(property('requestBody', !body.required, requestBodyType(body, types)), docComment(docLines(body.docs))));
    }
    else {
        members.push(property('requestBody', true, never()));
    }
    members.push(property('responses', false, 
    // No responses at all (OpenAPI 3.1 makes them optional): `never`, as openapi-typescript writes it.
    operation.responses.length === 0
        ? never()
        : literalType(operation.responses.map((response) => withDoc(property(response.status, false, responseType(response, types)), docComment(docLines(response.docs)))))));
    if (operation.callbacks.length > 0) {
        members.push(property('callbacks', false, literalType(operation.callbacks.map((callback) => property(callback.name, false, literalType([...operationsByPath(callback.operations)].map(([expression, list]) => property(expression, false, literalType(list.map((o) => withDoc(property(o.method, false, operationRef(o.id)), operationDoc(o))))))))))));
    }
    return literalType(members);
}
/** `{ content: {…} }`. */
function requestBodyType(body, types) {
    return literalType([property('content', false, contentType(body.content, types))]);
}
/** `{ headers: {…}; content: {…} }`, or `content?: never` for a response without a body. */
function responseType(response, types) {
    const anyHeader = literalType([indexSignature('name', keyword.unknown)]);
    // Not `intersection()`: the declared headers stay even where their type is `unknown`.
    const headers = response.headers ? { kind: 'intersection', members: [types.typeNode(response.headers), anyHeader] } : anyHeader;
    const content = response.content.length > 0 ? property('content', false, contentType(response.content, types)) : property('content', true, never());
    return literalType([property('headers', false, headers), content]);
}
/** A payload per media type; a sequential media type described only by its items (3.2) is typed as a list of them. */
function contentType(content, types) {
    return literalType(content.map((media) => {
        const type = media.type.kind === 'any' && media.itemType
            ? { kind: 'array', items: types.typeNode(media.itemType) }
            : types.typeNode(media.type);
        return property(media.mediaType, false, type);
    }));
}
function querystringType(group, types) {
    const [parameter] = group.parameters;
    if (!parameter)
        return types.typeNode(group.type);
    return { kind: 'indexed', object: types.typeNode(group.type), index: stringLiteral(parameter.name) };
}
//# sourceMappingURL=operations.js.map