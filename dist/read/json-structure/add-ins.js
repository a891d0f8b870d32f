/**
 * Add-ins: the validation add-in's keywords warned about where the document does not enable it (as the
 * reference SDK warns), add-in types (`$offers`, and `$uses` in instances), and instance-level details
 * of the root (its `$schema` key).
 */
import { jsonPointer, pointerSegments } from '../../diagnostics/index.js';
import { isObject } from './reader.js';
import { resolve } from './references.js';
/** Validation add-in keywords: they constrain only when `$uses` enables JSONStructureValidation. */
const validationKeywords = new Set([
    // maxLength is Core (a storage hint the SDK does not warn about); the rest belong to the add-in.
    'minLength',
    'pattern',
    'format',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minItems',
    'maxItems',
    'uniqueItems',
    'contains',
    'minContains',
    'maxContains',
    'minProperties',
    'maxProperties',
    'dependentRequired',
    'patternProperties',
    'propertyNames',
    'keyNames',
    'minEntries',
    'maxEntries',
    'patternKeys',
    'contentEncoding',
    'contentMediaType',
    'contentCompression',
    'default',
]);
/** Instances may name their schema with a `$schema` key: the root object accepts it. */
export function acceptSchemaKey(definitions, roots) {
    for (const def of definitions) {
        if (!roots.includes(def.name) ||
            def.type.kind !== 'object' ||
            def.type.additional.mode !== 'forbid' ||
            def.type.properties.some((p) => p.name === '$schema'))
            continue;
        def.type = {
            ...def.type,
            properties: [
                ...def.type.properties,
                { name: '$schema', type: { kind: 'string' }, required: false, docs: { description: 'The schema this instance claims to follow.' } },
            ],
        };
    }
}
/** Validation keywords without `$uses: ["JSONStructureValidation"]`: a warning at each, as the SDK gives. */
export function checkValidationKeywords(reader, document) {
    if (reader.validationEnabled)
        return;
    const visit = (node, segments) => {
        if (Array.isArray(node))
            return node.forEach((item, i) => visit(item, [...segments, i]));
        if (!isObject(node))
            return;
        const isSchema = 'type' in node;
        for (const [key, value] of Object.entries(node)) {
            if (isSchema && validationKeywords.has(key)) {
                reader.report('validation-without-uses', jsonPointer([...segments, key]), `${key} is a validation keyword, but the document does not enable the validation add-in`, 'add "$uses": ["JSONStructureValidation"]');
            }
            if (['enum', 'const', 'examples', 'default', 'required'].includes(key))
                continue;
            visit(value, [...segments, key]);
        }
    };
    visit(document, []);
}
/**
 * Add-in types (Core §3.10): `$offers` names abstract types that `$extends` a type of the document; an
 * instance that lists an offered name in its own `$uses` gets that add-in's properties on the extended
 * type. `$uses` is read from the instance's root, so structgen applies add-ins whose extended type is
 * the root type (an add-in extending another type is named by an `unsupported-keyword` warning):
 * the root accepts a `$uses` list of offered names, and when it names an add-in, the add-in's own
 * properties are checked (and its required ones required). On a closed root the add-in's properties
 * are accepted only when their add-in is used.
 */
export function applyOffers(reader, document, rootPointer, roots) {
    const offers = document['$offers'];
    if (offers === undefined)
        return;
    if (!isObject(offers)) {
        reader.report('invalid-structure', '/$offers', '"$offers" must map add-in names to JSON pointers of add-in types');
        return;
    }
    const root = reader.definitions.find((d) => roots.includes(d.name));
    const rootType = rootPointer !== undefined ? reader.definitionType(rootPointer) : undefined;
    const addIns = [];
    for (const [name, targets] of Object.entries(offers)) {
        const offerAt = jsonPointer(['$offers', name]);
        const properties = [];
        for (const [i, target] of (Array.isArray(targets) ? targets : [targets]).entries()) {
            const at = Array.isArray(targets) ? jsonPointer(['$offers', name, i]) : offerAt;
            const pointer = resolve(reader, target, at);
            if (!pointer)
                continue;
            const schema = reader.schemas.get(pointer);
            const extended = typeof schema['$extends'] === 'string'
                ? resolve(reader, schema['$extends'], jsonPointer([...pointerSegments(pointer), '$extends']))
                : undefined;
            if (schema['abstract'] !== true || extended === undefined)
                reader.report('invalid-structure', at, `add-in ${JSON.stringify(target)} must be an abstract type that $extends one type`);
            else if (extended !== rootPointer)
                reader.report('unsupported-keyword', at, `add-in ${JSON.stringify(name)} extends ${JSON.stringify(schema['$extends'])}, not the root type; structgen applies add-ins to the root type only, so it is ignored`);
            else {
                const addIn = reader.definitionType(pointer);
                const own = new Set(Object.keys(isObject(schema['properties']) ? schema['properties'] : {}));
                if (addIn?.kind === 'object')
                    properties.push(...addIn.properties.filter((p) => own.has(p.name)));
            }
        }
        if (properties.length > 0)
            addIns.push({ name, properties });
    }
    if (addIns.length === 0)
        return;
    if (!root || rootType?.kind !== 'object' || root.type.kind !== 'object') {
        reader.report('unsupported-keyword', '/$offers', 'add-ins apply to an object root type, which this document does not have; they are ignored');
        return;
    }
    const closed = root.type.additional.mode === 'forbid';
    const uses = {
        name: '$uses',
        type: { kind: 'array', items: { kind: 'enum', members: addIns.map((a) => ({ value: a.name })) }, checks: { uniqueItems: true } },
        required: false,
        docs: { description: 'The add-ins this instance uses (offered by the schema\u2019s $offers).' },
    };
    const base = {
        ...root.type,
        properties: [
            ...root.type.properties,
            uses,
            // On a closed root the add-ins' keys are declared (present only when used, as checked below).
            ...(closed ? addIns.flatMap((a) => a.properties.map((p) => ({ ...p, required: false }))) : []),
        ],
    };
    const conditions = addIns.map((addIn) => {
        const using = {
            kind: 'object',
            properties: [
                {
                    name: '$uses',
                    type: { kind: 'array', items: { kind: 'any' }, checks: { contains: { type: { kind: 'literal', value: addIn.name } } } },
                    required: true,
                    docs: {},
                },
            ],
            additional: { mode: 'allow', explicit: true },
        };
        const applied = { kind: 'object', properties: addIn.properties, additional: { mode: 'allow', explicit: true } };
        const absent = {
            kind: 'object',
            properties: addIn.properties.map((p) => ({ name: p.name, type: { kind: 'never' }, required: false, docs: {} })),
            additional: { mode: 'allow', explicit: true },
        };
        return { kind: 'conditional', if: using, then: applied, ...(closed ? { else: absent } : {}) };
    });
    root.type = { kind: 'intersection', members: [base, ...conditions] };
}
//# sourceMappingURL=add-ins.js.map