/**
 * Every keyword a JSON Structure specification defines for schemas (Core, Validation, Conditional
 * Composition, Import, Alternate Names, Units), with what structgen does with it, so that nothing is
 * dropped in silence: a keyword structgen does not carry, or one written where its type gives it no
 * meaning, is named by an `unsupported-keyword` warning at its pointer. Keywords no specification
 * defines are custom annotations (Core §3.1 allows them) and are named the same way, which also
 * catches a misspelt keyword.
 */
import { child } from './reader.js';
import { numberKinds, primitives } from './types.js';
/** Type names whose values are strings, and those whose values are numbers (JSON numbers or numerals). */
const strings = Object.keys(primitives).filter((t) => primitives[t]().kind === 'string');
const numbers = ['number', 'integer', ...numberKinds];
const carried = (...types) => ({ use: 'carried', ...(types.length > 0 ? { types: types.flat() } : {}) });
export const schemaKeywords = new Map([
    // Core
    ['type', carried()],
    ['$ref', carried()], // Core-like: a bare $ref, read with a deviation warning
    ['name', { use: 'annotation' }],
    ['description', carried()],
    ['title', carried()],
    ['examples', carried()],
    ['example', carried()], // Core-like
    ['default', carried()],
    ['deprecated', carried()],
    ['const', carried()],
    ['enum', carried()],
    ['altnames', carried()],
    ['abstract', carried(['object', 'tuple'])],
    ['$extends', carried(['object', 'tuple', 'choice'])],
    ['properties', carried(['object', 'tuple'])],
    ['required', carried(['object'])],
    ['additionalProperties', carried(['object'])],
    ['items', carried(['array', 'set'])],
    ['values', carried(['map'])],
    ['keys', carried(['map'])],
    ['tuple', carried(['tuple'])],
    ['choices', carried(['choice'])],
    ['selector', carried(['choice'])],
    ['maxLength', carried(strings)],
    ['precision', carried(numbers)], // carried for decimal; Core calls it an annotation on number
    ['scale', carried(numbers)],
    ['contentEncoding', carried(['binary'])],
    ['contentMediaType', { use: 'annotation' }],
    ['contentCompression', { use: 'annotation' }],
    ['$comment', { use: 'annotation' }],
    // Validation
    ['minLength', carried(strings)],
    ['pattern', carried(strings)],
    ['format', carried(strings)],
    ['minimum', carried(numbers)],
    ['maximum', carried(numbers)],
    ['exclusiveMinimum', carried(numbers)],
    ['exclusiveMaximum', carried(numbers)],
    ['multipleOf', carried(numbers)],
    ['minItems', carried(['array', 'set'])],
    ['maxItems', carried(['array', 'set'])],
    ['uniqueItems', carried(['array', 'set'])],
    ['contains', carried(['array', 'set'])],
    ['minContains', carried(['array', 'set'])],
    ['maxContains', carried(['array', 'set'])],
    ['minProperties', carried(['object'])],
    ['maxProperties', carried(['object'])],
    ['minEntries', carried(['map'])],
    ['maxEntries', carried(['map'])],
    ['dependentRequired', carried(['object'])],
    ['patternProperties', carried(['object'])],
    ['patternKeys', carried(['map'])],
    ['propertyNames', carried(['object', 'map'])],
    ['keyNames', carried(['map'])],
    ['has', carried(['object', 'map'])],
    // Conditional composition
    ['allOf', carried()],
    ['anyOf', carried()],
    ['oneOf', carried()],
    ['not', carried()],
    ['if', carried()],
    ['then', carried()],
    ['else', carried()],
    // Alternate names and units: documentation the outputs do not show yet.
    ['altenums', { use: 'uncarried' }],
    ['descriptions', { use: 'uncarried' }],
    ['unit', { use: 'uncarried' }],
    ['currency', { use: 'uncarried' }],
    ['symbol', { use: 'uncarried' }],
]);
/** Keywords of the document itself (the root object), read by read-json-structure.ts and imports.ts. */
export const documentKeywords = new Set([
    '$schema',
    '$id',
    '$root',
    'definitions',
    '$defs',
    '$uses',
    '$offers',
    '$import',
    '$importdefs',
    'name',
    'title',
    'description',
    '$comment',
]);
const checkedOnPrimitives = new Set([
    'minLength',
    'maxLength',
    'pattern',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
]);
/** Names each keyword of `schema` that structgen does not carry there, with a warning at its pointer. */
export function checkKeywords(r, schema, at, document) {
    const type = schema['type'];
    const listed = typeof type === 'string' ? [type] : Array.isArray(type) ? type : [];
    // Applicability is judged for named types only (a union of names included); null adds nothing.
    const typeNames = listed.filter((t) => typeof t === 'string' && t !== 'null');
    const typed = typeNames.length > 0 && listed.every((t) => typeof t === 'string');
    // types.ts reports these on primitives of the wrong kind as errors already.
    const primitiveChecked = typeNames.every((t) => strings.includes(t) || numbers.includes(t) || ['boolean', 'null', 'any'].includes(t));
    for (const key of Object.keys(schema)) {
        if (document && documentKeywords.has(key))
            continue;
        const entry = schemaKeywords.get(key);
        const at_ = child(at, key);
        if (!entry)
            r.report('unsupported-keyword', at_, `${JSON.stringify(key)} is not a JSON Structure keyword structgen knows; it is ignored`);
        else if (entry.use === 'uncarried')
            r.report('unsupported-keyword', at_, `${JSON.stringify(key)} is not carried into the outputs yet; it is ignored (it does not change what is valid)`);
        else if (entry.use === 'carried' &&
            entry.types &&
            typed &&
            !typeNames.some((t) => entry.types.includes(t)) &&
            !(primitiveChecked && checkedOnPrimitives.has(key)))
            r.report('unsupported-keyword', at_, `${JSON.stringify(key)} does not apply to type ${typeNames.join(' | ')}; it is ignored`);
    }
}
//# sourceMappingURL=keywords.js.map