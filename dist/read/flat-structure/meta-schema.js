/**
 * Validation of flat documents against `schemas/flat-structure.schema.json` with Ajv, turning each
 * violation into a diagnostic that names the JSON pointer (and line:column when the text is known).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { diagnostic, pointerSegments } from '../../diagnostics/index.js';
const metaSchemaUrl = new URL('../../../schemas/flat-structure.schema.json', import.meta.url);
let validator;
/**
 * Compiled once per process: the meta-schema is a fixed file of ours, not run state. Ajv is required
 * here, on the first flat document, so that runs on other formats do not pay for loading it.
 */
function flatValidator() {
    if (!validator) {
        const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js');
        const schema = JSON.parse(readFileSync(metaSchemaUrl, 'utf8'));
        validator = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    }
    return validator;
}
export function allowedFieldTypes() {
    const schema = JSON.parse(readFileSync(metaSchemaUrl, 'utf8'));
    return schema.$defs.field.properties.type.enum;
}
export function validateFlatDocument(doc) {
    const validate = flatValidator();
    if (validate(doc.value))
        return [];
    return mostSpecific(validate.errors ?? []).map((error) => toDiagnostic(error, doc));
}
/** `anyOf` reports every branch and then itself; the branch errors only repeat what it says. */
function mostSpecific(errors) {
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath.replace(/\/anyOf$/, '/anyOf/')));
    return errors.filter((e) => e.keyword === 'anyOf' || ![...anyOfPaths].some((p) => e.schemaPath.startsWith(p)));
}
function toDiagnostic(error, doc) {
    const at = { file: doc.uri, ...doc.locate(error.instancePath) };
    if (error.keyword === 'required' && error.instancePath === '' && error.params['missingProperty'] === 'entity') {
        return diagnostic('missing-entity', { ...at, pointer: '', message: 'the document has no "entity": nothing names the root definition' });
    }
    if (error.keyword === 'enum' && /^\/fields\/\d+\/type$/.test(error.instancePath)) {
        const given = valueAt(doc.value, error.instancePath);
        return diagnostic('unknown-field-type', {
            ...at,
            pointer: error.instancePath,
            message: `unknown field type ${JSON.stringify(given)}`,
            hint: `allowed types: ${allowedFieldTypes().join(', ')}`,
        });
    }
    const where = error.instancePath === '' ? 'the document' : error.instancePath;
    return diagnostic('flat-schema-violation', {
        ...at,
        pointer: error.instancePath,
        message: `${where} ${error.message ?? 'is invalid'}${describeParams(error)}`,
    });
}
function describeParams(error) {
    if (error.keyword === 'enum')
        return `: ${error.params['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`;
    if (error.keyword === 'const')
        return `: ${JSON.stringify(error.params['allowedValue'])}`;
    return '';
}
function valueAt(root, pointer) {
    let node = root;
    for (const segment of pointerSegments(pointer)) {
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
//# sourceMappingURL=meta-schema.js.map