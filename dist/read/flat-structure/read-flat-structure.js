import { diagnostic, jsonPointer, nearestName } from '../../diagnostics/index.js';
import { readFormat } from '../formats.js';
import { validateFlatDocument } from './meta-schema.js';
import { pascalCase } from '../../model/index.js';
const documentKeys = new Set([
    'jsonStructure',
    'name',
    'title',
    'description',
    'source',
    'entity',
    'fields',
    'fieldCount',
    'requiredCount',
]);
const fieldKeys = new Set(['name', 'type', 'required', 'description', 'enum', 'format']);
export { isFlatStructure } from './detect.js';
export function readFlatStructure(loaded) {
    const violations = validateFlatDocument(loaded);
    if (violations.length > 0)
        return { diagnostics: violations };
    const doc = loaded.value;
    const diagnostics = [];
    const at = (segments) => {
        const pointer = jsonPointer(segments);
        return { file: loaded.uri, pointer, ...loaded.locate(pointer) };
    };
    for (const key of Object.keys(doc)) {
        if (!documentKeys.has(key))
            diagnostics.push(unknownKey(key, documentKeys, at([key]), 'document'));
    }
    const seen = new Map();
    const usedNames = new Set([doc.entity]);
    const enumDefinitions = [];
    const properties = [];
    const lossy = [];
    doc.fields.forEach((field, index) => {
        for (const key of Object.keys(field)) {
            if (!fieldKeys.has(key))
                diagnostics.push(unknownKey(key, fieldKeys, at(['fields', index, key]), 'field'));
        }
        const first = seen.get(field.name);
        if (first !== undefined) {
            diagnostics.push(diagnostic('duplicate-field', {
                ...at(['fields', index, 'name']),
                message: `field ${JSON.stringify(field.name)} appears twice (first at /fields/${first})`,
            }));
            return;
        }
        seen.set(field.name, index);
        const docs = {};
        if (field.description)
            docs.description = field.description;
        let type = fieldType(field.type);
        if (field.format != null) {
            if (type.kind === 'string')
                type.format = readFormat(field.format, (message, hint) => diagnostics.push(diagnostic('format-alias', { ...at(['fields', index, 'format']), message, hint })));
            else
                diagnostics.push(diagnostic('format-on-non-string', {
                    ...at(['fields', index, 'format']),
                    message: `format ${JSON.stringify(field.format)} on a field of type ${field.type}`,
                }));
        }
        if (field.enum != null) {
            if (type.kind !== 'string') {
                diagnostics.push(diagnostic('enum-on-non-string', {
                    ...at(['fields', index, 'enum']),
                    message: `field ${JSON.stringify(field.name)} of type ${field.type} lists string enum values`,
                }));
            }
            else {
                const values = uniqueValues(field.enum, (value) => diagnostics.push(diagnostic('duplicate-enum-value', {
                    ...at(['fields', index, 'enum']),
                    message: `enum of ${JSON.stringify(field.name)} repeats ${JSON.stringify(value)}`,
                })));
                const name = enumName(doc.entity, field.name, usedNames);
                usedNames.add(name);
                const enumDocs = {};
                if (field.description)
                    enumDocs.description = field.description;
                enumDefinitions.push({
                    name,
                    type: { kind: 'enum', members: values.map((value) => ({ value })) },
                    docs: enumDocs,
                    origin: { document: loaded.uri, pointer: jsonPointer(['fields', index, 'enum']) },
                });
                type = { kind: 'ref', target: name };
            }
        }
        if (field.type === 'object') {
            docs.lossy = 'the flat summary lost this field\'s type (it says "object"); any value is accepted';
            lossy.push(field.name);
        }
        else if (field.type === 'array<object>') {
            docs.lossy = 'the flat summary lost the item type (it says "array<object>"); items of any value are accepted';
            lossy.push(field.name);
        }
        properties.push({ name: field.name, type, required: field.required ?? false, docs });
    });
    if (lossy.length > 0) {
        diagnostics.push(diagnostic('lossy-field', {
            ...at(['fields']),
            message: `${lossy.length} of ${doc.fields.length} fields lost their type in the summary and accept any value: ${lossy.join(', ')}`,
            hint: `for exact types and nulls, generate from the upstream document with --upstream ${doc.source ?? '<openapi document>'}`,
        }));
    }
    checkCounts(doc, diagnostics, at);
    const rootDocs = {};
    if (doc.title)
        rootDocs.title = doc.title;
    if (doc.description)
        rootDocs.description = doc.description;
    if (doc.source)
        rootDocs.seeAlso = doc.source;
    const root = {
        name: doc.entity,
        type: { kind: 'object', properties, additional: { mode: 'allow', explicit: false } },
        docs: rootDocs,
        origin: { document: loaded.uri, pointer: '' },
    };
    const model = {
        documents: [{ uri: loaded.uri, format: 'flat-structure' }],
        name: doc.name,
        docs: rootDocs,
        definitions: [root, ...enumDefinitions],
        roots: [doc.entity],
        // This format describes no API.
        operations: [],
        webhooks: [],
        tags: [],
    };
    return { model, diagnostics };
}
function unknownKey(key, known, where, of) {
    const near = nearestName(key, known);
    return diagnostic('unknown-key', {
        ...where,
        message: `unknown ${of} key ${JSON.stringify(key)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`,
    });
}
function fieldType(type) {
    const array = /^array<(.+)>$/.exec(type);
    if (array)
        return { kind: 'array', items: fieldType(array[1]) };
    switch (type) {
        case 'string':
            return { kind: 'string' };
        case 'integer':
            return { kind: 'number', numberKind: 'integer' };
        case 'number':
            return { kind: 'number', numberKind: 'number' };
        case 'boolean':
            return { kind: 'boolean' };
        case 'object':
            return { kind: 'any' };
        default:
            // The meta-schema lists every type; reaching here means it and this switch disagree.
            throw new Error(`flat field type ${JSON.stringify(type)} passed the meta-schema but has no mapping`);
    }
}
/** `JobStatus` for Job.status; `JobType` (not `JobJobType`) for Job.job_type, as upstream names it. */
function enumName(entity, field, taken) {
    const entityPart = pascalCase(entity);
    const fieldPart = pascalCase(field);
    const base = fieldPart.startsWith(entityPart) ? fieldPart : entityPart + fieldPart;
    let name = base;
    for (let n = 2; taken.has(name); n++)
        name = `${base}${n}`;
    return name;
}
function uniqueValues(values, onRepeat) {
    const seen = new Set();
    const unique = [];
    for (const value of values) {
        if (seen.has(value))
            onRepeat(value);
        else {
            seen.add(value);
            unique.push(value);
        }
    }
    return unique;
}
function checkCounts(doc, diagnostics, at) {
    const required = doc.fields.filter((f) => f.required).length;
    if (doc.fieldCount !== undefined && doc.fieldCount !== doc.fields.length) {
        diagnostics.push(diagnostic('count-mismatch', {
            ...at(['fieldCount']),
            message: `fieldCount is ${doc.fieldCount} but fields has ${doc.fields.length} entries`,
        }));
    }
    if (doc.requiredCount !== undefined && doc.requiredCount !== required) {
        diagnostics.push(diagnostic('count-mismatch', {
            ...at(['requiredCount']),
            message: `requiredCount is ${doc.requiredCount} but ${required} fields are required`,
        }));
    }
}
//# sourceMappingURL=read-flat-structure.js.map