import { diagnostic, hasErrors, jsonPointer, nearestName } from '../../diagnostics/index.js';
import { ReadContext, isSchemaObject } from '../json-schema/context.js';
import { loadDocumentSet } from '../json-schema/documents.js';
import { polymorphicTarget, prepareHierarchies } from '../json-schema/inheritance.js';
import { definitionAt } from '../json-schema/schema.js';
import { checkSelection, documentName } from '../openapi/read-openapi.js';
import { readSwaggerOperations } from './operations.js';
import { mappingKeySets } from '../json-schema/primitives.js';
export function isSwagger2(value) {
    return isSchemaObject(value) && 'swagger' in value && !('openapi' in value);
}
export async function readSwagger2(loaded, options) {
    const value = isSchemaObject(loaded.value) ? loaded.value : {};
    const version = value['swagger'];
    // YAML writes `swagger: 2.0` unquoted as the number 2: the author meant "2.0".
    if (version !== '2.0' && version !== 2) {
        const found = version === undefined ? 'no "swagger" version' : `"swagger": ${JSON.stringify(version)}`;
        return {
            diagnostics: [
                diagnostic('not-openapi', {
                    message: `${loaded.uri} has ${found}; structgen reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2`,
                    hint: typeof version === 'string' && /^1\./.test(version)
                        ? 'convert Swagger 1.x to 2.0 or OpenAPI 3 first (swagger-converter)'
                        : 'write "swagger": "2.0", or "openapi": "3.1.0" for an OpenAPI 3 document',
                    file: loaded.uri,
                    pointer: version === undefined ? '' : '/swagger',
                    ...loaded.locate(version === undefined ? '' : '/swagger'),
                }),
            ],
        };
    }
    const { set, diagnostics: loadDiagnostics } = await loadDocumentSet(loaded, {
        cwd: options.cwd,
        allowRemoteRefs: options.allowRemoteRefs ?? false,
        ...(options.remoteDocuments ? { remoteDocuments: options.remoteDocuments } : {}),
        ...(options.maxInputBytes !== undefined ? { maxInputBytes: options.maxInputBytes } : {}),
        rootLocation: options.location,
    });
    const ctx = new ReadContext(set, 'swagger-2.0', ['definitions']);
    ctx.diagnostics.push(...loadDiagnostics);
    if (options.mappingKeys)
        ctx.mappingKeys = mappingKeySets(options.mappingKeys);
    ctx.convertPending = (pending) => definitionAt(ctx, pending);
    if (version === 2)
        ctx.report('schema-defect', { uri: loaded.uri, pointer: '/swagger' }, '"swagger" must be the string "2.0", not the number 2', 'quote it: swagger: "2.0"');
    const declared = ctx.valueAt(loaded, '/definitions');
    if (declared !== undefined && !isSchemaObject(declared))
        ctx.report('schema-defect', { uri: loaded.uri, pointer: '/definitions' }, '"definitions" must be an object of named schemas; it is ignored');
    const components = ctx.componentNames(loaded);
    ctx.reserve(components);
    prepareHierarchies(ctx, loaded.uri, components);
    const schemaAt = (name) => ({ uri: loaded.uri, pointer: jsonPointer(['definitions', name]) });
    const roots = [];
    const selecting = [options.entities, options.operations, options.tags].some((list) => list !== undefined && list.length > 0);
    if (selecting) {
        for (const entity of options.entities ?? []) {
            if (!components.includes(entity)) {
                const near = nearestName(entity, components);
                ctx.diagnostics.push(diagnostic('unknown-entity', {
                    message: `${loaded.uri} defines no schema ${JSON.stringify(entity)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`,
                    file: loaded.uri,
                    pointer: '/definitions',
                    ...loaded.locate('/definitions'),
                }));
                continue;
            }
            roots.push(polymorphicTarget(ctx, ctx.definitionFor(schemaAt(entity), entity), schemaAt(entity)));
        }
    }
    else {
        for (const name of components)
            polymorphicTarget(ctx, ctx.definitionFor(schemaAt(name), name), schemaAt(name));
    }
    ctx.drain();
    const selection = selecting
        ? { operations: new Set(options.operations ?? []), tags: new Set(options.tags ?? []) }
        : undefined;
    const api = readSwaggerOperations(ctx, value, loaded.uri, selection);
    if (selection)
        checkSelection(ctx, loaded, selection, api.knownIds, api.knownTags);
    ctx.drain();
    if (hasErrors(ctx.diagnostics))
        return { diagnostics: ctx.diagnostics };
    const model = {
        documents: [...set.byUri.keys()].map((uri) => ({ uri, format: 'swagger2' })),
        name: documentName(options.location, isSchemaObject(value['info']) ? value['info']['title'] : undefined),
        docs: documentDocs(value),
        definitions: ctx.definitions,
        roots,
        operations: api.operations,
        webhooks: [],
        tags: api.tags,
    };
    return { model, diagnostics: ctx.diagnostics };
}
/**
 * The API's title and description, and where it is served: 2.0 names one base URL by `schemes`, `host`
 * and `basePath` (paths are relative to it), written into the description so every target's docs say it.
 */
function documentDocs(value) {
    const info = isSchemaObject(value['info']) ? value['info'] : {};
    const docs = {};
    if (typeof info['title'] === 'string')
        docs.title = info['title'];
    const parts = [];
    if (typeof info['description'] === 'string' && info['description'] !== '')
        parts.push(info['description']);
    const base = baseUrl(value);
    if (base !== undefined)
        parts.push(`Paths are relative to the base URL ${base}.`);
    const security = securityText(value);
    if (security !== undefined)
        parts.push(security);
    if (parts.length > 0)
        docs.description = parts.join('\n\n');
    return docs;
}
/**
 * `securityDefinitions` (2.0 §Security Definitions) and the document's `security` requirement, as docs:
 * how a client authenticates is not a type any target checks, but a reader of the docs needs it.
 */
function securityText(value) {
    const definitions = isSchemaObject(value['securityDefinitions']) ? value['securityDefinitions'] : {};
    const lines = [];
    for (const [name, scheme] of Object.entries(definitions)) {
        if (!isSchemaObject(scheme))
            continue;
        const words = [];
        if (scheme['type'] === 'basic')
            words.push('HTTP basic authentication');
        else if (scheme['type'] === 'apiKey')
            words.push(`an API key in the ${scheme['in'] === 'query' ? 'query parameter' : 'header'} ${String(scheme['name'])}`);
        else if (scheme['type'] === 'oauth2') {
            words.push(`OAuth 2.0 ${String(scheme['flow'])} flow`);
            for (const key of ['authorizationUrl', 'tokenUrl'])
                if (typeof scheme[key] === 'string')
                    words.push(`${key === 'tokenUrl' ? 'token' : 'authorization'} URL ${scheme[key]}`);
            const scopes = isSchemaObject(scheme['scopes']) ? Object.keys(scheme['scopes']) : [];
            if (scopes.length > 0)
                words.push(`scopes ${scopes.join(', ')}`);
        }
        else
            words.push(String(scheme['type']));
        if (typeof scheme['description'] === 'string' && scheme['description'] !== '')
            words.push(scheme['description']);
        lines.push(`${name} (${words.join(', ')})`);
    }
    if (lines.length === 0)
        return undefined;
    const required = Array.isArray(value['security'])
        ? value['security'].filter(isSchemaObject).map((alternative) => Object.keys(alternative).join(' and '))
        : [];
    const requirement = required.length > 0 ? ` Unless an operation says otherwise, requests need ${required.join(', or ')}.` : '';
    return `Security schemes: ${lines.join('; ')}.${requirement}`;
}
/** `https://api.example.com/v1` from `schemes`, `host` and `basePath`; only the base path when there is no host. */
export function baseUrl(value) {
    const basePath = typeof value['basePath'] === 'string' && value['basePath'] !== '/' ? value['basePath'] : undefined;
    const host = typeof value['host'] === 'string' && value['host'] !== '' ? value['host'] : undefined;
    if (host === undefined)
        return basePath;
    const schemes = Array.isArray(value['schemes']) ? value['schemes'].filter((s) => typeof s === 'string') : [];
    const scheme = schemes.includes('https') ? 'https' : (schemes[0] ?? 'https');
    return `${scheme}://${host}${basePath ?? ''}`;
}
//# sourceMappingURL=read-swagger2.js.map