/**
 * TypeScript target: `types.ts`, one exported declaration per definition, built in the layout's forms
 * (./types.ts) and printed in prettier's layout (src/layout/ts.ts). A declaration the layout does not
 * know is formatted by prettier instead.
 *
 * How it represents what TypeScript cannot say directly:
 * - object definitions become interfaces; every other definition a type alias;
 * - optional properties are `p?: T`; nullable is `T | null`; enums are literal unions;
 * - `any` (also a field the flat summary lost) is `unknown`, never `any`;
 * - checks (lengths, patterns, bounds) are not types: patterns and formats go to JSDoc only;
 * - objects open by default get no index signature; declared-open ones get `[key: string]: unknown`.
 */
import { diagnostic, jsonPointer } from '../../diagnostics/index.js';
import { assertNever, everyOperation, isIdentifierName, pascalCase, typeNameResolver, } from '../../model/index.js';
import { lineCommentText } from '../escape.js';
import { codeFile, segment, verbatim } from '../../layout/segment.js';
import { declarationSource, printDeclaration, typeName, typeSource, } from '../../layout/ts.js';
import { mappedImports } from '../mapped-imports.js';
import { blockComment, definitionDocLines, docComment, propertyDocLines } from './jsdoc.js';
import { operationStatements } from './operations.js';
import { indexSignature, intersection, keyword, literal, property, reference, union, withDoc } from './types.js';
export const typescriptEmitter = {
    target: 'ts',
    // paths, webhooks, components and operations (./operations.ts), after the definitions they refer to.
    emitOperations: (model, context) => {
        const w = writer(model, context);
        const declarations = operationStatements(model, { typeNode: (node) => typeNode(node, w), nameOf: w.nameOf, options: w.options });
        return { declarations, diagnostics: w.diagnostics };
    },
    emit: emitTypeScript,
};
function writer(model, context) {
    const options = context.typescript ?? {};
    const deprecated = new Set(options.excludeDeprecated ? model.definitions.filter((d) => d.docs.deprecated).map((d) => d.name) : []);
    const parameterSets = new Set();
    const hooked = (options.transform !== undefined || options.postTransform !== undefined) && context.schemaAt !== undefined;
    if (options.additionalProperties || hooked) {
        for (const operation of everyOperation(model)) {
            for (const group of operation.parameters)
                if (group.type.kind === 'ref')
                    parameterSets.add(group.type.target);
            for (const response of operation.responses)
                if (response.headers?.kind === 'ref')
                    parameterSets.add(response.headers.target);
        }
        for (const response of model.components?.responses ?? [])
            if (response.response.headers?.kind === 'ref')
                parameterSets.add(response.response.headers.target);
    }
    const nameOf = typeNameResolver(model);
    const declared = new Set([...model.definitions.map((d) => nameOf(d.name)), ...declaredNames]);
    return {
        nameOf,
        options,
        deprecated,
        parameterSets,
        diagnostics: [],
        mapped: mappedImports(model, 'type', declared),
        date: reference(declared.has('Date') ? 'globalThis.Date' : 'Date'),
        ...(hooked ? { schemaAt: context.schemaAt } : {}),
    };
}
/** Names types.ts may declare besides the definitions' (the operation tables, openapi-typescript's extras). */
const declaredNames = [
    'paths',
    'webhooks',
    'components',
    'operations',
    '$defs',
    'external',
    'ApiPaths',
    '$Read',
    '$Write',
    'Readable',
    'Writable',
];
/** The type a mapped value has once decoded (see `ValueMapping`). */
function mappedType(mapping, w) {
    switch (mapping.to) {
        case 'Date':
            return w.date;
        case 'bigint':
            return keyword.bigint;
        case 'string':
            return keyword.string;
        case 'number':
            return keyword.number;
        case 'custom':
            return reference(w.mapped.localName(mapping.type));
        default:
            return assertNever(mapping);
    }
}
/**
 * types.ts holds type declarations only, so checking it in a user's build finds nothing the tests have
 * not (each generated types.ts compiles under --strict there, the directive stripped): the pragma gives
 * it what a `.d.ts` gets under skipLibCheck — its types resolve when used, its declarations are not
 * checked again — while staying a `.ts` file, which tsc copies into an outDir and a `.d.ts` it does not.
 */
const noCheck = [
    "// Declarations only, compiled under --strict by structgen's tests: tsc need not check them again.",
    '// @ts-nocheck',
].join('\n');
export function emitTypeScript(model, context, part = { declarations: [], diagnostics: [] }) {
    const operations = part.declarations;
    const w = writer(model, context);
    const banner = context
        .banner()
        .map((l) => `// ${lineCommentText(l)}`.trimEnd())
        .join('\n');
    const segments = [verbatim(`${banner}\n${noCheck}`)];
    if (w.mapped.source !== '')
        segments.push(verbatim(w.mapped.source));
    if (w.options.readWriteMarkers)
        segments.push(verbatim(readWriteHelpers));
    let previous;
    // Each TypeScript enum written, by definition: its name and its members' names by value.
    const enums = w.options.enum ? new Map() : undefined;
    // dedupeEnums: the first enum written with each set of values.
    const byValues = w.options.enum && w.options.dedupeEnums ? new Map() : undefined;
    for (const def of model.definitions) {
        const values = enums ? enumValues(def) : undefined;
        const key = values && byValues ? JSON.stringify(values.map((v) => `${typeof v}:${v}`).sort()) : undefined;
        const earlier = key === undefined ? undefined : byValues.get(key);
        if (earlier) {
            // The same values as an earlier enum: not declared again, as openapi-typescript's dedupeEnums does;
            // structgen's name for it stays, an alias of the earlier enum.
            enums.set(def.name, earlier);
            const doc = docComment(definitionDocLines(def));
            const alias = `${doc === undefined ? '' : `${doc}\n`}export type ${w.nameOf(def.name)} = ${earlier.name};`;
            segments.push({ source: () => alias });
            previous = undefined;
            continue;
        }
        if (values) {
            // TypeScript's `enum`, which the layout does not know: prettier lays it out.
            const written = enumDeclaration(def, values, w);
            enums.set(def.name, written.enum);
            if (key !== undefined)
                byValues.set(key, written.enum);
            segments.push({ source: () => written.source });
            previous = undefined;
            continue;
        }
        const declared = exported(declaration(def, w), w.options);
        segments.push({
            ...segment(() => printDeclaration(declared), () => declarationSource(declared)),
            // Type aliases in a row have no blank line between them (as ts-morph's printer wrote them).
            blankLineBefore: !(previous && previous.type.kind !== 'object' && def.type.kind !== 'object'),
        });
        previous = def;
    }
    if (w.options.enumValues) {
        for (const def of model.definitions) {
            const values = enumValuesSource(def, w, enums?.get(def.name));
            if (values !== undefined)
                segments.push({ source: () => values });
        }
    }
    for (const declared of operations) {
        const written = exported(declared, w.options);
        segments.push(segment(() => printDeclaration(written), () => declarationSource(written)));
    }
    if (w.options.makePathsEnum && model.operations.length > 0) {
        const source = pathsEnumSource(model);
        segments.push({ source: () => source });
    }
    const diagnostics = [...part.diagnostics, ...w.diagnostics];
    return { files: diagnostics.some((d) => d.severity === 'error') ? [] : [codeFile(context.target.file, segments)], diagnostics };
}
/**
 * readWriteMarkers: openapi-typescript 7.13's helper types, as it writes them at the top of its file
 * (openapi-fetch 0.17 imports the same Readable/Writable from openapi-typescript-helpers and applies them
 * to request bodies and responses).
 */
const readWriteHelpers = [
    'export type $Read<T> = { readonly $read: T };',
    'export type $Write<T> = { readonly $write: T };',
    'export type Readable<T> = T extends $Write<any>',
    '  ? never',
    '  : T extends $Read<infer U>',
    '    ? Readable<U>',
    '    : T extends (infer E)[]',
    '      ? Readable<E>[]',
    '      : T extends object',
    '        ? { [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]> }',
    '        : T;',
    'export type Writable<T> = T extends $Read<any>',
    '  ? never',
    '  : T extends $Write<infer U>',
    '    ? Writable<U>',
    '    : T extends (infer E)[]',
    '      ? Writable<E>[]',
    '      : T extends object',
    '        ? { [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]> } & {',
    '            [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;',
    '          }',
    '        : T;',
].join('\n');
/** `exportType`: an interface written as a type alias of its object type. */
function exported(declared, options) {
    if (!options.exportType || declared.kind !== 'interface')
        return declared;
    const { members: body, kind: _kind, ...head } = declared;
    return { ...head, kind: 'alias', type: { kind: 'literal', members: body } };
}
/** Enum members as openapi-typescript names them: `x-enum-varnames` is not kept, so the value in PascalCase. */
function enumMemberName(value, taken) {
    const text = String(value);
    let base = typeof value === 'number' ? `Value${text.replace(/[^0-9]/g, '_')}` : pascalCase(text) || 'Empty';
    if (/^\d/.test(base))
        base = `Value${base}`;
    let name = base;
    for (let n = 2; taken.has(name); n++)
        name = `${base}${n}`;
    taken.add(name);
    return name;
}
/** `enum`: a definition that is an enum of strings or of numbers as `export enum Name { … }`. */
function enumDeclaration(def, values, w) {
    const taken = new Set();
    const names = new Map();
    const members = values.map((v) => {
        const member = enumMemberName(v, taken);
        names.set(v, member);
        return `  ${member} = ${typeof v === 'string' ? JSON.stringify(v) : String(v)},`;
    });
    const doc = docComment(definitionDocLines(def));
    const name = w.nameOf(def.name);
    return {
        source: `${doc === undefined ? '' : `${doc}\n`}export enum ${name} {\n${members.join('\n')}\n}`,
        enum: { name, members: names },
    };
}
/** The values of a definition that is an enum of strings or of numbers only (what a TypeScript enum can hold). */
function enumValues(def) {
    if (def.type.kind !== 'enum' || def.type.members.length === 0)
        return undefined;
    const values = def.type.members.map((m) => m.value);
    if (values.every((v) => typeof v === 'string') || values.every((v) => typeof v === 'number' && Number.isFinite(v)))
        return values;
    return undefined;
}
/**
 * `enumValues`: `export const petStatusValues: ReadonlyArray<PetStatus> = ["a", "b"];`, for every enum
 * definition; the members of the TypeScript enum written for it (its own, or the earlier one it repeats).
 */
function enumValuesSource(def, w, written) {
    if (def.type.kind !== 'enum' || def.type.members.length === 0)
        return undefined;
    const name = w.nameOf(def.name);
    const values = def.type.members.map((m) => m.value);
    const constant = `${name.charAt(0).toLowerCase()}${name.slice(1)}Values`;
    if (written) {
        const members = values.map((v) => `${written.name}.${written.members.get(v)}`);
        return `export const ${constant}: ReadonlyArray<${name}> = [${members.join(', ')}];`;
    }
    return `export const ${constant}: ReadonlyArray<${name}> = ${JSON.stringify(values)};`;
}
/** `makePathsEnum`: one member per operation of `paths`, named by its operation id, valued its path. */
function pathsEnumSource(model) {
    const taken = new Set();
    const members = model.operations.map((o) => {
        let name = isIdentifierName(o.id) ? o.id : pascalCase(o.id);
        for (let n = 2; taken.has(name); n++)
            name = `${o.id}${n}`;
        taken.add(name);
        return `  ${name} = ${JSON.stringify(o.path)},`;
    });
    return `export enum ApiPaths {\n${members.join('\n')}\n}`;
}
function declaration(def, given) {
    const w = given.parameterSets.has(def.name) ? { ...given, options: { ...given.options, additionalProperties: false } } : given;
    const name = w.nameOf(def.name);
    const doc = docComment(definitionDocLines(def));
    const head = doc === undefined ? { name } : { doc, name };
    // A parameter or header set is structgen's object, not a schema of the document: no hook sees it.
    const at = w.schemaAt && !given.parameterSets.has(def.name) ? def.origin : undefined;
    const { type: node } = def;
    if (at) {
        // A hook may rewrite the definition: then it is an alias of what the hook wrote.
        let body;
        const written = hooked(at, w, () => node.kind === 'object' ? { kind: 'literal', members: (body = members(node, w, false, at)) } : plainTypeNode(node, w, at));
        if (written.replaced || !body)
            return { ...head, kind: 'alias', type: written.type };
        return { ...head, kind: 'interface', members: body };
    }
    return node.kind === 'object'
        ? { ...head, kind: 'interface', members: members(node, w) }
        : { ...head, kind: 'alias', type: typeNode(node, w) };
}
/** The location of a schema inside the one at `at` (`properties/name`, `items`), when hooks need locations. */
function inside(at, ...segments) {
    return at && { document: at.document, pointer: at.pointer + jsonPointer(segments) };
}
/**
 * The type written for the schema at `at`: the user's `transform` hook's, or structgen's (`build`) passed
 * through `postTransform`. `optional` is the hook's `questionToken`; `replaced` says a hook wrote it.
 * Without hooks (or a location, or an object there) it is `build()`.
 */
function hooked(at, w, build) {
    const schemaObject = at && w.schemaAt?.(at);
    if (!at || !schemaObject)
        return { type: build() };
    const { transform, postTransform } = w.options;
    const metadata = { path: `#${at.pointer}`, document: at.document, schemaObject };
    const fail = (message) => {
        w.diagnostics.push(diagnostic('transform-failed', { message, file: at.document, pointer: at.pointer }));
        return { type: keyword.unknown };
    };
    const called = (hook, call) => {
        try {
            return { value: call() };
        }
        catch (error) {
            return { error: `${hook} threw at #${at.pointer}: ${error instanceof Error ? error.message : String(error)}` };
        }
    };
    if (transform) {
        const result = called('transform', () => transform(schemaObject, metadata));
        if ('error' in result)
            return fail(result.error);
        const { value } = result;
        if (typeof value === 'string')
            return userType(value, fail, 'transform', at) ?? { type: build() };
        if (typeof value === 'object' && value !== null && typeof value.schema === 'string') {
            const { schema, questionToken } = value;
            const written = userType(schema, fail, 'transform', at);
            return written && questionToken === true ? { ...written, optional: true } : (written ?? { type: build() });
        }
        if (value !== undefined && value !== null)
            return fail(`transform returned ${describe(value)} at #${at.pointer}; it returns a TypeScript type as a string, { schema, questionToken }, or undefined`);
    }
    const type = build();
    if (!postTransform)
        return { type };
    const result = called('postTransform', () => postTransform(typeSource(type), metadata));
    if ('error' in result)
        return fail(result.error);
    if (typeof result.value === 'string')
        return userType(result.value, fail, 'postTransform', at) ?? { type };
    if (result.value !== undefined && result.value !== null)
        return fail(`postTransform returned ${describe(result.value)} at #${at.pointer}; it returns a TypeScript type as a string, or undefined`);
    return { type };
}
/** What a hook wrote, as a type on one line; an empty string is a mistake, said where. */
function userType(text, fail, hook, at) {
    const line = text.trim().replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
    if (line === '')
        return { ...fail(`${hook} returned an empty type at #${at.pointer}`), replaced: true };
    return { type: typeName(line), replaced: true };
}
function describe(value) {
    return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a value of type ${typeof value}`;
}
function members(node, w, inline = false, at) {
    const { options } = w;
    let properties = node.properties;
    if (options.excludeDeprecated)
        properties = properties.filter((p) => !p.docs.deprecated && !(p.type.kind === 'ref' && w.deprecated.has(p.type.target)));
    if (options.alphabetize)
        properties = [...properties].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // propertiesRequiredByDefault: a schema without `required` requires every property it declares.
    const allRequired = options.propertiesRequiredByDefault === true && node.requiredUnstated === true;
    const result = properties.map((p) => {
        const lines = propertyDocLines(p);
        // A direction's view (passes/split-directions) has decided a defaulted property's optionality already.
        const required = p.defaulted
            ? p.required
            : p.required || allRequired || (options.defaultNonNullable === true && p.docs.default !== undefined);
        const propertyAt = w.schemaAt && p.origin ? p.origin : inside(at, 'properties', p.name);
        const type = hooked(propertyAt, w, () => plainTypeNode(p.type, w, propertyAt));
        // readWriteMarkers: the mark openapi-fetch's Readable/Writable read (a property marked both is neither).
        const marker = options.readWriteMarkers && p.readOnly !== p.writeOnly ? (p.readOnly ? '$Read' : '$Write') : undefined;
        const marked = marker ? reference(marker, [type.type]) : type.type;
        // A request's defaulted property (passes/split-directions): its validator's `.default()` takes
        // `undefined` as absent, and says so under exactOptionalPropertyTypes; the type says the same.
        const valued = p.defaulted && !required ? union([marked, keyword.undefined]) : marked;
        const written = property(p.name, !required || type.optional === true, valued);
        return withDoc(options.immutable ? { ...written, readonly: true } : written, inline ? blockComment(lines) : docComment(lines));
    });
    const index = indexSignatureType(node, w);
    if (index) {
        const signature = { ...indexSignature('key', index), ...(options.immutable ? { readonly: true } : {}) };
        // An interface lists it first (as ts-morph's printer did), an inline object type last.
        if (inline)
            result.push(signature);
        else
            result.unshift(signature);
    }
    return result;
}
/** A type as TypeScript source text on one line where it has no object type (what `drift` shows). */
export function typeText(node, nameOf) {
    const mapped = { source: '', localName: (e) => e.name };
    const w = {
        nameOf,
        options: {},
        deprecated: new Set(),
        parameterSets: new Set(),
        diagnostics: [],
        mapped,
        date: reference('Date'),
    };
    return typeSource(typeNode(node, w));
}
/**
 * The type a node stands for; `at`, where the hooks need it, is where the node's schema is in the input
 * (the hooks see that schema first). A property's type is `hooked` by `members`, with its optionality.
 */
function typeNode(node, w, at) {
    if (!at)
        return plainTypeNode(node, w);
    const written = hooked(at, w, () => plainTypeNode(node, w, at));
    return written.optional ? union([written.type, keyword.undefined]) : written.type;
}
/** The type a node stands for, without calling a hook for it (its parts still may: `at` is where it is). */
function plainTypeNode(node, w, at) {
    switch (node.kind) {
        case 'string':
            return node.mapped ? mappedType(node.mapped, w) : keyword.string;
        case 'number':
            if (node.mapped)
                return mappedType(node.mapped, w);
            // int64, decimal and friends travel as strings: typing them `number` would promise lost precision.
            return node.wire === 'string' ? keyword.string : keyword.number;
        case 'boolean':
            return keyword.boolean;
        case 'null':
            return literal(null);
        case 'any':
        case 'not':
        case 'conditional':
            // TypeScript has no negation or implication: the validators carry these, the type admits any value.
            return keyword.unknown;
        case 'never':
            return keyword.never;
        case 'literal':
            return literal(node.value);
        case 'enum':
            return node.members.length === 0 ? keyword.never : union(node.members.map((m) => literal(m.value)));
        case 'object':
            if (node.properties.length === 0 && !node.patternProperties?.length && node.additional.mode === 'allow' && !node.additional.explicit)
                if (w.options.emptyObjectsUnknown === false)
                    return reference('Record', [keyword.string, keyword.never]);
            return { kind: 'literal', members: members(node, w, true, at) };
        case 'array':
            return (w.options.arrayLength ? arrayWithLength(node, w) : undefined) ?? arrayOf(node.items, w, inside(at, 'items'));
        case 'tuple': {
            // Labels only when every element has an identifier label: TypeScript wants all or none.
            const labelled = node.elements.length > 0 && node.elements.every((e) => e.name !== undefined && isIdentifierName(e.name));
            const elements = node.elements.map((e) => {
                const type = typeNode(e.type, w);
                if (labelled)
                    return { label: e.name, optional: e.optional === true, type };
                return e.optional ? { optional: true, type } : { type };
            });
            if (node.rest)
                elements.push({ rest: true, type: arrayOf(node.rest, w) });
            const tuple = { kind: 'tuple', elements };
            return w.options.immutable ? reference('Readonly', [tuple]) : tuple;
        }
        case 'nullable':
            // The same schema (3.0's `nullable: true`), whose hook has been asked already.
            return union([plainTypeNode(node.inner, w, at), literal(null)]);
        case 'unevaluated':
            // What is left unevaluated is checked by the validators; the type is the inner one's.
            return plainTypeNode(node.inner, w, at);
        case 'union':
            if (node.variants.length === 0)
                return keyword.never;
            return union(node.variants.map((v) => typeNode(v, w)));
        case 'taggedUnion':
            return node.variants.length === 0 ? keyword.never : union(node.variants.map((v) => typeNode(v.type, w)));
        case 'intersection':
            return intersection(node.members.map((m) => typeNode(m, w)));
        case 'ref':
            return reference(w.nameOf(node.target));
        default:
            return assertNever(node);
    }
}
function arrayOf(items, w, at) {
    const type = typeNode(items, w, at);
    // `readonly T[]`, spelled as the layout knows it.
    return w.options.immutable ? reference('ReadonlyArray', [type]) : { kind: 'array', items: type };
}
/**
 * `arrayLength`: an array with `minItems`/`maxItems` as tuples of the lengths allowed (`[T] | [T, T]`),
 * `[T, ...T[]]` for a minimum alone; as openapi-typescript, only while the tuples stay few (fewer than
 * 30 elements in all), else the plain array.
 */
function arrayWithLength(node, w) {
    const min = node.checks?.minItems ?? 0;
    const max = node.checks?.maxItems;
    if (min === 0 && max === undefined)
        return undefined;
    if (max !== undefined && max < min)
        return undefined;
    const size = max === undefined ? min : (max * (max + 1) - min * (min - 1)) / 2;
    if (size >= 30)
        return undefined;
    const item = typeNode(node.items, w);
    const tuple = (n, rest) => {
        const elements = Array.from({ length: n }, () => ({ type: item }));
        if (rest)
            elements.push({ rest: true, type: { kind: 'array', items: item } });
        const written = { kind: 'tuple', elements };
        return w.options.immutable ? reference('Readonly', [written]) : written;
    };
    if (max === undefined)
        return tuple(min, true);
    return union(Array.from({ length: max - min + 1 }, (_, i) => tuple(min + i, false)));
}
/**
 * Open objects the document declared open get `[key: string]: unknown`; objects with a schema for extra
 * keys get an index signature whose type also covers the named properties, as TypeScript requires.
 * Objects open only by default get none (what users expect of `additionalProperties` left out), unless
 * they have no properties at all; a closed object without properties is `[key: string]: never`.
 */
function indexSignatureType(node, w) {
    const { additional } = node;
    // Pattern keys are checked at run time; the type cannot name them, so any extra key is `unknown`.
    if (node.patternProperties?.length)
        return keyword.unknown;
    // With no properties, `{}` would mean "any non-null value" to TypeScript: say what the keys may hold.
    if (additional.mode === 'allow' && (additional.explicit || node.properties.length === 0 || w.options.additionalProperties))
        return keyword.unknown;
    if (additional.mode === 'forbid' && node.properties.length === 0)
        return keyword.never;
    if (additional.mode !== 'schema')
        return undefined;
    // One member per distinct type, in first-seen order.
    const types = new Map();
    const add = (t) => {
        const built = t === 'undefined' ? keyword.undefined : typeNode(t, w);
        const text = typeSource(built);
        if (!types.has(text))
            types.set(text, built);
    };
    add(additional.type);
    for (const p of node.properties) {
        add(p.type);
        if (!p.required)
            add('undefined');
    }
    return union([...types.values()]);
}
//# sourceMappingURL=emit-typescript.js.map