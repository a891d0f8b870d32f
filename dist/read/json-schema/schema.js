/**
 * Schema Objects → TypeNodes: JSON Schema 2020-12, 2019-09 and draft-07 (`ctx.draftAt`, see dialects.ts),
 * OpenAPI 3.1 (which is JSON Schema) and OpenAPI 3.0 (its own subset); `ctx.dialect` says which rules
 * apply where they differ. This file dispatches and holds what sits beside every type (`$ref`, `const`,
 * `enum`, `not`, `if`); the keywords of each concern are read in their own file: types.ts (`type`, and
 * schemas without it), primitives.ts (strings, numbers), objects.ts, arrays.ts, compositions.ts (anyOf,
 * oneOf, allOf, discriminator), refs.ts (`$ref`, `$dynamicRef`, `$recursiveRef`), unevaluated.ts,
 * defaults.ts; keywords.ts lists them all.
 *
 * Null has many spellings and all fold into `nullable`: 3.0 `nullable: true` (also found inside 3.1
 * documents), 3.1 type arrays with "null", `anyOf`/`oneOf` with a null branch, `enum` with null.
 * `oneOf` + `discriminator` becomes a tagged union; `allOf` merges into one object where that keeps its
 * meaning, an intersection where it cannot. Inline objects with properties become named definitions.
 * Spec defects are warnings with a pointer, never crashes.
 */
import { exactValueType } from '../../model/index.js';
import { child, inlineName, isSchemaObject } from './context.js';
import { checkDefault } from './defaults.js';
import { withUnevaluated } from './unevaluated.js';
import { baseType, brokenChecks, fitsTypes, typeList } from './types.js';
import { resolveDynamicRef, resolveRef } from './refs.js';
import { ofDialect } from './keywords.js';
import { isLegacyDraft } from './dialects.js';
import { allOf, mergeAll, unionOf } from './compositions.js';
import { polymorphicTarget } from './inheritance.js';
/** Keywords that keep their effect beside a `$ref` that ignores its siblings (draft-07, OpenAPI 3.0). */
const besideRefKeys = new Set(['$schema', '$comment', 'definitions', '$defs']);
/** Keywords that only annotate: beside a `$ref` they are docs, not constraints. */
export const annotationKeys = new Set([
    '$ref',
    'description',
    'title',
    'default',
    'examples',
    'example',
    'deprecated',
    'readOnly',
    'writeOnly',
    'nullable',
    '$comment',
    'externalDocs',
    'xml',
    'discriminator',
]);
/** The definition for a queued schema location: what `ReadContext.convertPending` does for both readers. */
export function definitionAt(ctx, pending) {
    const { name, at } = pending;
    const schema = ctx.valueAt(ctx.documents.byUri.get(at.uri), at.pointer);
    const { type, docs } = convertDefinition(ctx, schema, at, name);
    checkDefault(ctx, docs, type, at);
    return { name, type, docs, origin: { document: at.uri, pointer: at.pointer } };
}
/** Converts a schema that is the body of a definition (objects stay inline there). */
export function convertDefinition(ctx, schema, at, name) {
    return { type: convert(ctx, schema, at, name, true), docs: docsOf(ctx, schema, at) };
}
export function docsOf(ctx, schema, at) {
    const docs = {};
    if (!isSchemaObject(schema))
        return docs;
    if (typeof schema['title'] === 'string')
        docs.title = schema['title'];
    if (typeof schema['description'] === 'string' && schema['description'] !== '')
        docs.description = schema['description'];
    if (Object.hasOwn(schema, 'default'))
        docs.default = { value: schema['default'] };
    if (Array.isArray(schema['examples']))
        docs.examples = schema['examples'];
    else if (Object.hasOwn(schema, 'example'))
        docs.examples = [schema['example']];
    if (schema['deprecated'] === true)
        docs.deprecated = true;
    if (ctx.dialect === 'json-schema' &&
        !ctx.assertFormats &&
        typeof schema['format'] === 'string' &&
        !ctx.mappingKeys.formats.has(schema['format']))
        docs.annotations = { format: schema['format'] };
    if (Object.hasOwn(schema, 'examples') && !Array.isArray(schema['examples'])) {
        ctx.report('schema-defect', child(at, 'examples'), '"examples" in a Schema Object must be an array; it is ignored');
    }
    return docs;
}
/**
 * The TypeNode for a schema. `name` names inline types found inside it; `top` is true for a
 * definition's own body (an object there is the definition, not something to hoist).
 */
export function convert(ctx, schema, at, name, top = false) {
    const outer = ctx.enterScope(at);
    try {
        return convertSchema(ctx, schema, at, name, top);
    }
    finally {
        ctx.scope = outer;
    }
}
function convertSchema(ctx, value, at, name, top) {
    if (value === true)
        return { kind: 'any' };
    if (value === false)
        return { kind: 'never' };
    if (!isSchemaObject(value)) {
        ctx.report('schema-defect', at, `a schema must be an object or a boolean, not ${JSON.stringify(value)}; it accepts anything here`);
        return { kind: 'any' };
    }
    let schema = ofDialect(ctx, value, at);
    // Swagger 2.0's `type: file` (a response body or form field that is a file) is OpenAPI 3's binary string.
    if (ctx.dialect === 'swagger-2.0' && schema['type'] === 'file')
        schema = { ...schema, type: 'string', format: 'binary' };
    const types = typeList(ctx, schema, at);
    let nullable = (ctx.dialect !== 'json-schema' && schema['nullable'] === true) || types.includes('null') || xNullable(ctx, schema);
    const parts = [];
    for (const keyword of ['$dynamicRef', '$recursiveRef'])
        if (typeof schema[keyword] === 'string')
            parts.push(resolveDynamicRef(ctx, schema[keyword], child(at, keyword), keyword));
    if (typeof schema['$ref'] === 'string') {
        const resolved = resolveRef(ctx, schema['$ref'], child(at, '$ref'));
        parts.push(resolved.kind === 'ref' ? { kind: 'ref', target: polymorphicTarget(ctx, resolved.target, at) } : resolved);
        // Beside a `$ref` that stands alone, `$schema` and definitions still do their work (a pointer
        // reaches definitions wherever they sit): only what would constrain the value is ignored.
        const structural = Object.keys(schema).filter((k) => !annotationKeys.has(k) && !besideRefKeys.has(k) && !k.startsWith('x-'));
        if (structural.length > 0 && (ctx.dialect === 'openapi-3.0' || ctx.dialect === 'swagger-2.0')) {
            // Swagger 2.0's JSON Reference is replaced by what it names, as in OpenAPI 3.0.
            ctx.report('ref-siblings-ignored', at, `${ctx.dialect === 'swagger-2.0' ? 'Swagger 2.0' : 'OpenAPI 3.0'} ignores keywords beside $ref: ${structural.join(', ')}`, 'wrap them as allOf: [{$ref}, {...}] or move to OpenAPI 3.1');
            return wrapNullable(parts[0], nullable);
        }
        if (structural.length > 0 && ctx.dialect === 'json-schema' && isLegacyDraft(ctx.draftAt(at))) {
            // draft-07 §8.3 (draft-04 and 06 alike): "All other properties in a "$ref" object MUST be ignored."
            ctx.report('ref-siblings-ignored', at, `JSON Schema ${ctx.draftAt(at)} ignores keywords beside $ref: ${structural.join(', ')}`, 'wrap them as allOf: [{$ref}, {...}] or move to 2019-09 or later');
            return parts[0];
        }
        if (structural.length === 0)
            return wrapNullable(parts[0], nullable);
    }
    if (Object.hasOwn(schema, 'const')) {
        const value = schema['const'];
        const broken = fitsTypes(value, types) ? brokenChecks(value, schema) : ['type'];
        if (broken.length > 0) {
            ctx.report('schema-defect', child(at, 'const'), `the const value breaks ${broken.join(', ')} beside it; no instance can take it`);
            parts.push({ kind: 'never' });
        }
        else if (value === null)
            parts.push({ kind: 'null' });
        else if (typeof value === 'object')
            parts.push(exactValueType(value));
        else
            parts.push({ kind: 'literal', value });
    }
    else if (Array.isArray(schema['enum'])) {
        const values = enumValues(ctx, schema['enum'], types, at);
        // A null member counts only where the type allows null (or no type is given).
        if (values.includes(null) &&
            (types.length === 0 ||
                types.includes('null') ||
                (ctx.dialect !== 'json-schema' && schema['nullable'] === true) ||
                xNullable(ctx, schema)))
            nullable = true;
        let kept = values.filter((v) => v !== null && fitsTypes(v, types));
        if (kept.length < values.filter((v) => v !== null).length) {
            ctx.report('schema-defect', child(at, 'enum'), `some enum values do not match type ${JSON.stringify(schema['type'])}; no instance can take them`);
        }
        // The bounds and lengths beside the values: a listed value that breaks them cannot be taken either.
        const broken = new Set(kept.flatMap((v) => brokenChecks(v, schema)));
        if (broken.size > 0) {
            ctx.report('schema-defect', child(at, 'enum'), `some enum values break ${[...broken].join(', ')} beside them; no instance can take them`);
            kept = kept.filter((v) => brokenChecks(v, schema).length === 0);
        }
        const primitives = kept.filter((v) => typeof v !== 'object');
        if (primitives.length < kept.length)
            parts.push({ kind: 'union', variants: kept.map((v) => (typeof v === 'object' ? exactValueType(v) : { kind: 'literal', value: v })) });
        else if (kept.length === 0 && nullable)
            parts.push({ kind: 'null' });
        else
            parts.push({ kind: 'enum', members: primitives.map((value) => ({ value })) });
    }
    else {
        const base = baseType(ctx, schema, at, name, types);
        if (base)
            parts.push(base);
    }
    for (const keyword of ['anyOf', 'oneOf']) {
        const branches = schema[keyword];
        if (!Array.isArray(branches))
            continue;
        const union = unionOf(ctx, schema, branches, at, keyword, name);
        if (union.nullable)
            nullable = true;
        parts.push(union.type);
    }
    if (Array.isArray(schema['allOf']))
        parts.push(allOf(ctx, schema['allOf'], child(at, 'allOf'), name));
    parts.push(...applicators(ctx, schema, at, name));
    let type;
    if (parts.length === 0)
        type = { kind: 'any' };
    else if (parts.length === 1)
        type = parts[0];
    else
        type = mergeAll(ctx, parts) ?? { kind: 'intersection', members: parts };
    type = withUnevaluated(ctx, schema, at, name, type);
    if (type.kind === 'any' && nullable)
        return type;
    return hoistIfInline(ctx, wrapNullable(type, nullable), schema, at, name, top);
}
/** `not` and `if`/`then`/`else`: constraints that sit beside the type. */
function applicators(ctx, schema, at, name) {
    const parts = [];
    if (Object.hasOwn(schema, 'not'))
        parts.push({ kind: 'not', inner: convert(ctx, schema['not'], child(at, 'not'), inlineName(name, 'not'), true) });
    // `if` alone checks nothing, but what it evaluates counts for an unevaluatedProperties/Items around it.
    if (Object.hasOwn(schema, 'if')) {
        const conditional = {
            kind: 'conditional',
            if: convert(ctx, schema['if'], child(at, 'if'), inlineName(name, 'if'), true),
        };
        if (Object.hasOwn(schema, 'then'))
            conditional.then = convert(ctx, schema['then'], child(at, 'then'), inlineName(name, 'then'), true);
        if (Object.hasOwn(schema, 'else'))
            conditional.else = convert(ctx, schema['else'], child(at, 'else'), inlineName(name, 'else'), true);
        parts.push(conditional);
    }
    return parts;
}
/** Swagger 2.0's vendor extension for null (go-swagger, AutoRest): `x-nullable: true`. */
function xNullable(ctx, schema) {
    return ctx.dialect === 'swagger-2.0' && (schema['x-nullable'] === true || schema['x-isnullable'] === true);
}
/**
 * An enum's values. Swagger 2.0 documents are mostly YAML 1.1, where `enum: [true, false]` or `[1, 2]`
 * under `type: string` were meant as the strings their authors typed: there they are read as those
 * strings (a warning says so), not as values no string can equal.
 */
function enumValues(ctx, values, types, at) {
    if (ctx.dialect !== 'swagger-2.0' || types.length !== 1 || types[0] !== 'string')
        return values;
    const coerced = values.filter((v) => typeof v === 'number' || typeof v === 'boolean');
    if (coerced.length === 0)
        return values;
    ctx.report('enum-coerced', child(at, 'enum'), `enum values ${coerced.map((v) => JSON.stringify(v)).join(', ')} are not strings, but the type is string; read as ${coerced.map((v) => JSON.stringify(String(v))).join(', ')}`, 'quote the values in the document');
    return values.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v));
}
function wrapNullable(type, nullable) {
    if (!nullable || type.kind === 'nullable' || type.kind === 'null' || type.kind === 'any')
        return type;
    return { kind: 'nullable', inner: type };
}
/** An inline object with properties becomes a definition of its own, named after where it sits. */
function hoistIfInline(ctx, type, schema, at, name, top) {
    const object = type.kind === 'nullable' ? type.inner : type;
    if (top || object.kind !== 'object' || object.properties.length === 0)
        return type;
    const definitionName = ctx.uniqueName(name);
    const docs = {};
    if (typeof schema['title'] === 'string')
        docs.title = schema['title'];
    ctx.addDefinition({ name: definitionName, type: object, docs, origin: { document: at.uri, pointer: at.pointer } });
    const ref = { kind: 'ref', target: definitionName };
    return type.kind === 'nullable' ? { kind: 'nullable', inner: ref } : ref;
}
//# sourceMappingURL=schema.js.map