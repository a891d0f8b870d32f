import { documentSlug } from '../document-name.js';
import path from 'node:path';
import { diagnostic, jsonPointer } from '../../diagnostics/index.js';
import { acceptSchemaKey, applyOffers, checkValidationKeywords } from './add-ins.js';
import { compositionKeywords } from './compositions.js';
import { docsOf } from './docs.js';
import { documentKeywords } from './keywords.js';
import { expandImports } from './imports.js';
import { isObject, Reader } from './reader.js';
import { collect, resolve } from './references.js';
const metaSchemas = /^https:\/\/json-structure\.org\/meta\/(core|extended|validation)\/v0\/?#?$/;
export { isJsonStructure } from './detect.js';
export async function readJsonStructure(loaded, options) {
    if (!isObject(loaded.value)) {
        return {
            diagnostics: [
                diagnostic('invalid-structure', { message: 'a JSON Structure document must be an object', file: loaded.uri, pointer: '' }),
            ],
        };
    }
    const file = options.location && !/^https?:/i.test(options.location) ? path.resolve(options.cwd, options.location) : undefined;
    const importDiagnostics = [];
    const importRoot = options.importRoot
        ? path.resolve(options.cwd, options.importRoot)
        : file
            ? path.dirname(path.dirname(file))
            : options.cwd;
    const value = await expandImports(loaded.value, file, loaded.uri, {
        cwd: options.cwd,
        root: importRoot,
        diagnostics: importDiagnostics,
        active: new Set(file ? [file] : []),
        locate: loaded.locate,
        ...(options.maxInputBytes !== undefined ? { maxInputBytes: options.maxInputBytes } : {}),
    });
    const reader = new Reader({ ...loaded, value }, options.strict ?? false);
    reader.diagnostics.push(...importDiagnostics);
    const schemaUri = value['$schema'];
    if (typeof schemaUri !== 'string')
        reader.deviation('', 'the document has no "$schema"; read as JSON Structure Core', 'add "$schema": "https://json-structure.org/meta/core/v0/#"');
    else if (!metaSchemas.test(schemaUri))
        reader.deviation('/$schema', `${JSON.stringify(schemaUri)} is not a JSON Structure meta-schema; read as Core`, 'use https://json-structure.org/meta/core/v0/# (or extended/validation)');
    const uses = Array.isArray(value['$uses']) ? value['$uses'] : [];
    reader.validationEnabled =
        uses.includes('JSONStructureValidation') || (typeof schemaUri === 'string' && /\/(extended|validation)\//.test(schemaUri));
    if (value['definitions'] !== undefined && !isObject(value['definitions']))
        reader.report('invalid-structure', '/definitions', '"definitions" must be an object of types and namespaces');
    if (isObject(value['definitions']))
        collect(reader, value['definitions'], ['definitions']);
    if (isObject(value['$defs'])) {
        reader.deviation('/$defs', '"$defs" is JSON Schema; read as "definitions"');
        collect(reader, value['$defs'], ['definitions']);
    }
    const documentName = typeof value['name'] === 'string' ? value['name'] : typeof value['title'] === 'string' ? value['title'] : undefined;
    if (typeof value['name'] !== 'string' && typeof value['title'] === 'string')
        reader.deviation('/title', '"title" used where JSON Structure has "name"');
    const roots = [];
    // A document that is not itself a schema holds document keywords only.
    if (value['type'] === undefined && !compositionKeywords.some((k) => k in value))
        for (const key of Object.keys(value))
            if (!documentKeywords.has(key))
                reader.report('unsupported-keyword', jsonPointer([key]), `${JSON.stringify(key)} is not a JSON Structure document keyword; it is ignored`);
    let rootPointer;
    // The document is itself the root schema when it has a type, or only conditions (anyOf/oneOf, ...).
    if (value['type'] !== undefined || (value['$root'] === undefined && compositionKeywords.some((k) => k in value))) {
        const rootName = uniqueRootName(documentName ?? 'Root', reader);
        reader.schemas.set('', value);
        reader.names.set('', rootName);
        rootPointer = '';
    }
    else if (value['$root'] !== undefined) {
        rootPointer = resolve(reader, value['$root'], '/$root');
    }
    for (const pointer of reader.schemas.keys()) {
        const schema = reader.schemas.get(pointer);
        const shape = reader.definitionType(pointer) ?? { kind: 'any' };
        const docs = docsOf(pointer === '' ? { ...schema, title: undefined } : schema);
        // An abstract type is a base for $extends (which merges its shape when read) and never the type of
        // a value itself: no instance is valid against it, as the reference SDK validates.
        const abstract = schema['abstract'] === true;
        if (abstract)
            docs.description = [docs.description, 'Abstract: a base for $extends; no value is valid against the type itself.']
                .filter(Boolean)
                .join('\n\n');
        reader.definitions.push({
            name: reader.names.get(pointer),
            type: abstract ? { kind: 'never' } : shape,
            docs,
            origin: { document: loaded.uri, pointer },
        });
    }
    if (rootPointer !== undefined)
        roots.push(reader.names.get(rootPointer));
    if (reader.schemas.size === 0 && !reader.diagnostics.some((d) => d.severity === 'error')) {
        reader.report('missing-type', '', 'the document defines no type: give it a "type" (with a "name"), or "definitions" and a "$root"');
    }
    checkValidationKeywords(reader, value);
    acceptSchemaKey(reader.definitions, roots);
    applyOffers(reader, value, rootPointer, roots);
    if (reader.diagnostics.some((d) => d.severity === 'error'))
        return { diagnostics: reader.diagnostics };
    const model = {
        documents: [{ uri: loaded.uri, format: 'json-structure' }],
        name: outputName(options.location, documentName),
        docs: {
            ...(documentName ? { title: documentName } : {}),
            ...(typeof value['description'] === 'string' ? { description: value['description'] } : {}),
        },
        definitions: reader.definitions,
        roots,
        // This format describes no API.
        operations: [],
        webhooks: [],
        tags: [],
    };
    return { model, diagnostics: reader.diagnostics };
}
function uniqueRootName(wanted, reader) {
    const taken = new Set(reader.names.values());
    let name = wanted;
    for (let n = 2; taken.has(name); n++)
        name = `${wanted}${n}`;
    return name;
}
function outputName(location, documentName) {
    const base = location ? path.basename(location).replace(/(\.struct)?\.json$/i, '') : (documentName ?? 'structure');
    const chosen = base === 'schema' && documentName ? documentName : base;
    return documentSlug(chosen, 'structure');
}
//# sourceMappingURL=read-json-structure.js.map