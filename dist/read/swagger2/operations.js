/**
 * Swagger 2.0 paths → the Model's operations (2.0 §Paths, §Path Item, §Operation, §Parameter,
 * §Responses, §Response, §Header). The Model is OpenAPI 3's, so 2.0's shapes are read into it:
 * - path, query and header parameters form one object definition per location, as in OpenAPI 3; header
 *   parameters are kept whatever their name (2.0 has no rule against `Authorization`, `Accept` or
 *   `Content-Type`), and `collectionFormat` is the style;
 * - the `body` parameter is the request body, once per media type of `consumes` (the operation's, else
 *   the document's, else `application/json`), required as the parameter is;
 * - `formData` parameters (files too) are one object, the request body for the form media types of
 *   `consumes` (`multipart/form-data` when a file is among them, else `application/x-www-form-urlencoded`);
 * - a response's `schema` is its content for each media type of `produces`; its `headers` one object.
 * Inline schemas become definitions named as the OpenAPI 3 reader names them (`CreatePetBody`,
 * `ListPetsResponse200`, `NotFoundResponse` for `responses.NotFound`).
 */
import { jsonPointer } from '../../diagnostics/index.js';
import { httpMethods, pascalCase, } from '../../model/index.js';
import { child, inlineName, isSchemaObject, pointerOf } from '../json-schema/context.js';
import { convert, docsOf } from '../json-schema/schema.js';
import { exampleValues, operationDocs, pathWords, readTags } from '../openapi/operations.js';
import { mergeParameters, parameterGroups, withTemplateParameters, } from '../openapi/parameter-groups.js';
import { dereference } from '../openapi/references.js';
import { collectionStyle, simpleSchema, swaggerLocations } from './parameters.js';
/** Path Item fields that are methods in 2.0 (no `trace`, no `query`). */
const swaggerMethods = httpMethods.filter((m) => m !== 'trace' && m !== 'query');
const formTypes = ['multipart/form-data', 'application/x-www-form-urlencoded'];
/** Keys that only annotate beside a `$ref`: such a payload schema is the referenced definition itself. */
const refAnnotations = new Set(['$ref', 'description', 'title', 'example', 'x-nullable']);
export function readSwaggerOperations(ctx, document, rootUri, selection) {
    const reader = new SwaggerOperationReader(ctx, selection, mediaTypes(ctx, document, { uri: rootUri, pointer: '' }));
    const root = { uri: rootUri, pointer: '' };
    const paths = document['paths'];
    if (isSchemaObject(paths)) {
        for (const [path, item] of Object.entries(paths)) {
            if (path.startsWith('x-'))
                continue;
            if (!path.startsWith('/'))
                reader.defect(child(root, 'paths', path), `the path ${JSON.stringify(path)} must begin with "/"`);
            reader.pathItem(item, child(root, 'paths', path), path);
        }
    }
    else if (paths === undefined) {
        reader.defect(root, 'a Swagger 2.0 document must have "paths"; read as none');
    }
    else {
        reader.defect(child(root, 'paths'), '"paths" must be an object of path items; it is ignored');
    }
    return {
        operations: reader.operations,
        tags: readTags(ctx, document['tags'], child(root, 'tags')),
        knownIds: [...reader.ids],
        knownTags: [...reader.tagsSeen],
    };
}
/** `consumes` and `produces` of a document or operation: undefined when absent (the outer list applies). */
function mediaTypes(ctx, value, at) {
    const list = (key) => {
        const raw = value[key];
        if (raw === undefined)
            return undefined;
        if (!Array.isArray(raw) || !raw.every((m) => typeof m === 'string')) {
            ctx.report('schema-defect', child(at, key), `"${key}" must be a list of media types; it is ignored`);
            return undefined;
        }
        return [...new Set(raw)];
    };
    const found = {};
    const consumes = list('consumes');
    const produces = list('produces');
    if (consumes)
        found.consumes = consumes;
    if (produces)
        found.produces = produces;
    return found;
}
class SwaggerOperationReader {
    ctx;
    selection;
    global;
    operations = [];
    ids = new Set();
    tagsSeen = new Set();
    /** Types already read, by location: a shared `parameters.X` or response header is converted once. */
    types = new Map();
    constructor(ctx, selection, global) {
        this.ctx = ctx;
        this.selection = selection;
        this.global = global;
    }
    defect(at, message) {
        this.ctx.report('schema-defect', at, message);
    }
    pathItem(value, at, path) {
        const item = dereference(this.ctx, value, at, 'a path item');
        if (!item)
            return;
        const shared = this.parameterList(item.value['parameters'], child(item.at, 'parameters'), true);
        for (const method of swaggerMethods) {
            if (!Object.hasOwn(item.value, method))
                continue;
            const operation = this.operation(item.value[method], child(item.at, method), method, path, shared);
            if (operation)
                this.operations.push(operation);
        }
    }
    operation(value, at, method, path, shared) {
        if (!isSchemaObject(value)) {
            this.defect(at, `an operation must be an object, not ${JSON.stringify(value)}; it is ignored`);
            return undefined;
        }
        const tags = Array.isArray(value['tags']) ? value['tags'].filter((t) => typeof t === 'string') : [];
        for (const tag of tags)
            this.tagsSeen.add(tag);
        const { id, declared } = this.operationId(value['operationId'], at, method, path);
        if (this.selection && !this.selection.operations.has(id) && !tags.some((t) => this.selection.tags.has(t)))
            return undefined;
        const stem = pascalCase(id);
        const own = this.parameterList(value['parameters'], child(at, 'parameters'), false);
        const parameters = withTemplateParameters(mergeParameters(shared, own), at, path, this.defect.bind(this), (name) => ({
            name,
            in: 'path',
            value: { name, in: 'path', required: true, type: 'string' },
            at,
            pathLevel: false,
            fromTemplate: true,
        }));
        const local = mediaTypes(this.ctx, value, at);
        const consumes = local.consumes ?? this.global.consumes ?? [];
        const produces = local.produces ?? this.global.produces ?? [];
        const docs = operationDocs(value);
        const operation = {
            id,
            declaredId: declared,
            method,
            path,
            docs,
            tags,
            parameters: this.parameterGroups(parameters, at, stem, method, path),
            responses: this.responses(value['responses'], child(at, 'responses'), stem, produces),
            callbacks: [],
            origin: { document: at.uri, pointer: at.pointer },
        };
        const body = this.requestBody(parameters, at, stem, consumes);
        if (body)
            operation.requestBody = body;
        return operation;
    }
    operationId(declared, at, method, path) {
        if (typeof declared === 'string' && declared !== '') {
            if (!this.ids.has(declared)) {
                this.ids.add(declared);
                return { id: declared, declared: true };
            }
            const unique = this.uniqueId(declared);
            this.defect(child(at, 'operationId'), `operationId ${JSON.stringify(declared)} is used by another operation too; this one is ${JSON.stringify(unique)}`);
            return { id: unique, declared: false };
        }
        if (declared !== undefined)
            this.defect(child(at, 'operationId'), 'operationId must be a non-empty string; one is derived from the method and path');
        const derived = pascalCase([method, ...pathWords(path)].map((w) => pascalCase(w)).join(' '));
        return { id: this.uniqueId(derived.charAt(0).toLowerCase() + derived.slice(1)), declared: false };
    }
    uniqueId(wanted) {
        let id = wanted;
        for (let n = 2; this.ids.has(id); n++)
            id = `${wanted}${n}`;
        this.ids.add(id);
        return id;
    }
    parameterList(value, at, pathLevel) {
        if (value === undefined)
            return [];
        if (!Array.isArray(value)) {
            this.defect(at, '"parameters" must be a list; it is ignored');
            return [];
        }
        const list = [];
        value.forEach((entry, i) => {
            const parameter = dereference(this.ctx, entry, child(at, i), 'a parameter');
            if (!parameter)
                return;
            const { name, in: location } = parameter.value;
            if (typeof name !== 'string' || name === '') {
                this.defect(parameter.at, 'a parameter needs a "name"; it is ignored');
                return;
            }
            if (typeof location !== 'string' || !swaggerLocations.includes(location)) {
                this.defect(child(parameter.at, 'in'), `parameter ${JSON.stringify(name)} has "in": ${JSON.stringify(location)}; in Swagger 2.0 it must be one of ${swaggerLocations.join(', ')}; it is ignored`);
                return;
            }
            list.push({ name, in: location, value: parameter.value, at: parameter.at, pathLevel });
        });
        return list;
    }
    parameterGroups(parameters, at, stem, method, path) {
        return parameterGroups(this.ctx, parameters, { at, stem, method, path }, (p, groupName, location) => {
            const property = this.property(p, groupName);
            if (location === 'path' && !property.required) {
                if (p.value['required'] !== undefined)
                    this.defect(child(p.at, 'required'), `path parameter ${JSON.stringify(p.name)} must be required; read as required`);
                property.required = true;
            }
            const { style, explode } = collectionStyle(this.ctx, p.value, p.at, location);
            const parameter = {
                name: p.name,
                required: property.required,
                style,
                explode,
                docs: {
                    ...(property.docs.description !== undefined ? { description: property.docs.description } : {}),
                    ...(p.value['x-deprecated'] === true || p.value['deprecated'] === true ? { deprecated: true } : {}),
                },
            };
            if (p.value['allowEmptyValue'] === true) {
                if (location === 'query')
                    parameter.allowEmptyValue = true;
                else
                    this.defect(child(p.at, 'allowEmptyValue'), 'allowEmptyValue applies to query and formData parameters only; it is ignored');
            }
            if (p.pathLevel)
                parameter.pathLevel = true;
            if (p.fromTemplate)
                parameter.fromTemplate = true;
            return { property, parameter };
        });
    }
    /** A non-body parameter as a property of its group's (or the form's) object. */
    property(p, groupName) {
        const schema = simpleSchema(this.ctx, p.value, p.at);
        const type = this.typeAt(schema, p.at, inlineName(groupName, p.name));
        const docs = docsOf(this.ctx, schema, p.at);
        if (typeof p.value['description'] === 'string' && p.value['description'] !== '')
            docs.description = p.value['description'];
        const examples = exampleValues(p.value['x-example'] !== undefined ? { example: p.value['x-example'] } : {});
        if (examples)
            docs.examples = examples;
        return { name: p.name, type, required: p.value['required'] === true, docs };
    }
    typeAt(schema, at, name) {
        const key = `${at.uri}#${at.pointer}`;
        let type = this.types.get(key);
        if (!type)
            this.types.set(key, (type = convert(this.ctx, schema, at, name)));
        return type;
    }
    /** A payload's type: the definition a `$ref` names, or a definition made of the inline schema. */
    payloadType(schema, at, name) {
        if (isSchemaObject(schema) &&
            typeof schema['$ref'] === 'string' &&
            Object.keys(schema).every((k) => refAnnotations.has(k) || k.startsWith('x-')))
            return convert(this.ctx, schema, at, name);
        if (!isSchemaObject(schema)) {
            this.defect(at, `a schema must be an object, not ${JSON.stringify(schema)}; the payload may be anything`);
            return { kind: 'any' };
        }
        return { kind: 'ref', target: this.ctx.definitionFor(at, name) };
    }
    /** The `body` parameter, or the `formData` parameters as one object, for the media types they are sent as. */
    requestBody(parameters, at, stem, consumes) {
        const bodies = parameters.filter((p) => p.in === 'body');
        const form = parameters.filter((p) => p.in === 'formData');
        if (bodies.length > 1)
            for (const extra of bodies.slice(1))
                this.defect(extra.at, 'an operation has one body parameter at most; this one is ignored');
        if (bodies.length > 0 && form.length > 0)
            for (const extra of form)
                this.defect(extra.at, 'an operation cannot have both body and formData parameters; this formData parameter is ignored');
        const body = bodies[0];
        if (body) {
            const docs = {};
            if (typeof body.value['description'] === 'string' && body.value['description'] !== '')
                docs.description = body.value['description'];
            if (!Object.hasOwn(body.value, 'schema')) {
                this.defect(body.at, `body parameter ${JSON.stringify(body.name)} needs a "schema"; the body may be anything`);
            }
            const base = componentName(body.at, 'parameters', 'Body') ?? `${stem}Body`;
            const media = consumes.length > 0 ? consumes : ['application/json'];
            const type = Object.hasOwn(body.value, 'schema')
                ? this.payloadType(body.value['schema'], child(body.at, 'schema'), base)
                : { kind: 'any' };
            return { required: body.value['required'] === true, content: media.map((mediaType) => ({ mediaType, type })), docs };
        }
        if (form.length === 0)
            return undefined;
        const hasFile = form.some((p) => p.value['type'] === 'file');
        let media = consumes.filter((m) => formTypes.includes(m.split(';')[0].trim().toLowerCase()));
        if (media.length === 0) {
            media = [hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded'];
            if (consumes.length > 0)
                this.defect(at, `formData parameters are sent as a form, but "consumes" lists ${consumes.join(', ')}; read as ${media[0]}`);
        }
        if (hasFile && media.includes('application/x-www-form-urlencoded'))
            this.defect(at, 'a file parameter needs multipart/form-data; application/x-www-form-urlencoded cannot carry it');
        const name = this.ctx.uniqueName(`${stem}FormData`);
        const properties = form.map((p) => {
            const property = this.property(p, name);
            if (p.value['collectionFormat'] !== undefined &&
                p.value['type'] === 'array' &&
                !['csv', 'multi'].includes(String(p.value['collectionFormat'])))
                this.ctx.report('unsupported-keyword', child(p.at, 'collectionFormat'), `collectionFormat ${JSON.stringify(p.value['collectionFormat'])} of a form field is not carried; the field is read as a list`);
            return property;
        });
        this.ctx.addDefinition({
            name,
            type: { kind: 'object', properties, additional: { mode: 'allow', explicit: false } },
            docs: { description: 'The form fields (formData parameters).' },
            origin: { document: at.uri, pointer: jsonPointer([...pointerOf(at), 'parameters']) },
        });
        const type = { kind: 'ref', target: name };
        return { required: properties.some((p) => p.required), content: media.map((mediaType) => ({ mediaType, type })), docs: {} };
    }
    responses(value, at, stem, produces) {
        if (value === undefined) {
            this.defect(at, 'an operation must list its "responses" in Swagger 2.0; read as none');
            return [];
        }
        if (!isSchemaObject(value)) {
            this.defect(at, '"responses" must be an object of responses by status; it is ignored');
            return [];
        }
        const responses = [];
        for (const [key, entry] of Object.entries(value)) {
            if (key.startsWith('x-'))
                continue;
            const status = /^[1-5]xx$/i.test(key) ? key.toUpperCase() : key;
            if (!/^(?:[1-5]\d\d|default)$/.test(status)) {
                if (/^[1-5]XX$/.test(status))
                    this.defect(child(at, key), `status ranges such as ${key} are OpenAPI 3; read as the range`);
                else {
                    this.defect(child(at, key), `${JSON.stringify(key)} is not a status code or "default"; it is ignored`);
                    continue;
                }
            }
            const response = dereference(this.ctx, entry, child(at, key), 'a response');
            if (!response)
                continue;
            const base = componentName(response.at, 'responses', 'Response') ?? `${stem}Response${status === 'default' ? 'Default' : status}`;
            const docs = {};
            if (typeof response.value['description'] === 'string' && response.value['description'] !== '')
                docs.description = response.value['description'];
            const content = [];
            if (Object.hasOwn(response.value, 'schema')) {
                const schemaAt = child(response.at, 'schema');
                const key = `${schemaAt.uri}#${schemaAt.pointer}`;
                let type = this.types.get(key);
                if (!type)
                    this.types.set(key, (type = this.payloadType(response.value['schema'], schemaAt, base)));
                const media = produces.length > 0 ? produces : ['application/json'];
                for (const mediaType of media)
                    content.push({ mediaType, type });
            }
            const read = { status, docs, content };
            const headers = this.responseHeaders(response.value['headers'], child(response.at, 'headers'), `${base}Headers`);
            if (headers)
                read.headers = headers;
            responses.push(read);
        }
        return responses;
    }
    responseHeaders(value, at, name) {
        if (value === undefined)
            return undefined;
        if (!isSchemaObject(value)) {
            this.defect(at, '"headers" must be an object of headers by name; it is ignored');
            return undefined;
        }
        const key = `${at.uri}#${at.pointer}`;
        const known = this.types.get(key);
        if (known)
            return known;
        const definitionName = this.ctx.uniqueName(name);
        const properties = [];
        for (const [headerName, header] of Object.entries(value)) {
            const headerAt = child(at, headerName);
            if (!isSchemaObject(header)) {
                this.defect(headerAt, `a header must be an object, not ${JSON.stringify(header)}; it is ignored`);
                continue;
            }
            const schema = simpleSchema(this.ctx, header, headerAt);
            const type = this.typeAt(schema, headerAt, inlineName(definitionName, headerName));
            const docs = docsOf(this.ctx, schema, headerAt);
            if (typeof header['description'] === 'string' && header['description'] !== '')
                docs.description = header['description'];
            // 2.0 has no `required` for response headers: a declared header may be absent.
            properties.push({ name: headerName, type, required: false, docs });
        }
        if (properties.length === 0)
            return undefined;
        this.ctx.addDefinition({
            name: definitionName,
            type: { kind: 'object', properties, additional: { mode: 'allow', explicit: false } },
            docs: { description: 'Response headers.' },
            origin: { document: at.uri, pointer: at.pointer },
        });
        const type = { kind: 'ref', target: definitionName };
        this.types.set(key, type);
        return type;
    }
}
/** A name for a payload inside the document's `parameters.<key>` or `responses.<key>`. */
function componentName(at, kind, role) {
    const match = new RegExp(`^/${kind}/([^/]+)$`).exec(at.pointer);
    if (!match)
        return undefined;
    const name = pascalCase(match[1].replaceAll('~1', '/').replaceAll('~0', '~'));
    return name.toLowerCase().endsWith(role.toLowerCase()) ? name : `${name}${role}`;
}
//# sourceMappingURL=operations.js.map