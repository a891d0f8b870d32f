import { jsDocText, lineCommentText } from '../escape.js';
import { builders } from '../../layout/doc.js';
import { call, exportConst, functionReturning, localConst, id, object, printExpr, sourceText, } from '../../layout/js.js';
import { codeFile, segment, verbatim } from '../../layout/segment.js';
import { typeAliasDeclaration, typeSource } from '../../layout/ts.js';
import { schemaNameResolver, zodContext, zodExpression } from './expression.js';
import { docKeywords, jsonExpression, shareKeywordObjects, withKeywords } from './json-schema.js';
import { builderDeclarations } from './builders.js';
import { noOperationTables, operationTables } from './operations.js';
import { parameterHelpers } from './parameters.js';
import { operationTypes } from './operation-types.js';
import { helperDeclarations, helperNames } from './helpers.js';
import { classicDialect } from './dialect.js';
import { builderNames } from './builders.js';
import { definitionsWithMappings, mappedImports } from '../mapped-imports.js';
export const zodEmitter = {
    target: 'zod',
    // The `operations` and `webhooks` lookup objects (./operations.ts), after the schemas they name.
    emitOperations: (model) => operationTables(model, schemaNameResolver(model)),
    emit: emitZod,
};
export function emitZod(model, context, operations = noOperationTables, dialect = classicDialect) {
    const ctx = zodContext(model);
    ctx.wireInput = requestViewsWithMappings(model);
    // The user's Zod schemas that custom type mappings name, under names the file does not declare itself.
    const taken = new Set([
        ...model.definitions.map((d) => ctx.schemaNameOf(d.name)),
        ...helperNames,
        ...builderNames,
        ...['z', 'T', 'operations', 'webhooks', 'operationsTable', 'webhooksTable', 'SchemasMatchTypes', 'Equals', 'Expect', 'Unmarked'],
    ]);
    const mapped = mappedImports(model, 'zod', taken);
    ctx.mappedName = mapped.localName;
    const withTypes = context.targets.includes('ts');
    // Nothing to prove without a definition (and `Equals`, `Expect` and the types import would be unused).
    const withProof = withTypes && context.typeProof === true && model.definitions.length > 0;
    // With readWriteMarkers, types.ts marks properties `$Read<T>`/`$Write<T>`: zod.ts names its types unmarked.
    const marked = withTypes && context.typescript?.readWriteMarkers === true;
    const declared = model.definitions.map((def) => declaration(def, ctx, withTypes, marked, dialect, taken));
    const sharedDocs = shareKeywordObjects(ctx).map(({ name, value }) => segment(() => functionReturning(name, value), () => `function ${name}() {\n  return ${sourceText(value)};\n}`));
    const declarations = declared.flatMap((layout) => layout());
    // types.ts is imported where a recursive schema takes its type from it, and for the proof.
    const usesTypes = withProof || (withTypes && model.definitions.some((def) => def.recursive || hasProtoKey(def)));
    const segments = [];
    segments.push(verbatim(context
        .banner()
        .map((l) => `// ${lineCommentText(l)}`.trimEnd())
        .join('\n')));
    // Unused imports fail `noUnusedLocals`: a document of operations without any schema needs no `z`.
    // The operations table's types and parseRequest (./operation-types.ts) name `z` too.
    const types = operations.tables.length > 0 ? operationTypes(model.operations) : undefined;
    const usesZod = model.definitions.length > 0 || operations.parameters || operations.builders.size > 0 || types !== undefined;
    const imports = [
        ...(usesZod ? [`import { z } from ${JSON.stringify(dialect.specifier)};`] : []),
        ...(usesTypes ? ['import type * as T from "./types.js";'] : []),
    ];
    if (mapped.source !== '')
        imports.push(mapped.source);
    if (imports.length > 0)
        segments.push(verbatim(imports.join('\n')));
    if (usesTypes && marked)
        segments.push(verbatim(unmarked));
    // The builders and helpers are stored in prettier's layout (a test holds them to it).
    const builders = builderDeclarations(new Set([...ctx.builders, ...operations.builders]));
    if (builders !== undefined)
        segments.push(verbatim(dialect.source(builders)));
    for (const helper of helperDeclarations(ctx.helpers))
        segments.push(verbatim(dialect.source(helper)));
    if (operations.parameters)
        segments.push(verbatim(dialect.source(parameterHelpers)));
    if (sharedDocs.length > 0) {
        segments.push(verbatim('// Documentation several properties share, for z.toJSONSchema (see `meta`).'));
        segments.push(...sharedDocs.map((shared) => ({ ...shared, blankLineBefore: false })));
    }
    segments.push(...declarations);
    for (const table of operations.tables)
        segments.push(...tableSegments(table));
    if (types !== undefined)
        segments.push(verbatim(dialect.source(types)));
    if (withProof)
        segments.push(typeProof(model, ctx, marked, ctx.wireInput));
    return { files: [codeFile(context.target.file, segments)], diagnostics: [] };
}
/**
 * `export const operations = operationsTable();`, the table built by a function declared just before:
 * tsc types a reference to a schema inside a function body at once, while one at the top level makes it
 * walk back over every declaration between it and the schema's, and the table, last in the file, names
 * hundreds of schemas. An empty table is written as it is.
 */
function tableSegments(table) {
    if (table.value.kind === 'object' && table.value.properties.length === 0)
        return [
            segment(() => exportConst(table.name, undefined, table.value), () => `export const ${table.name} = ${sourceText(table.value)};`),
        ];
    const builder = `${table.name}Table`;
    const comment = '// Built by a function, in whose body tsc types each schema named without a walk over the file.';
    return [
        segment(() => [comment, builders.hardline, functionReturning(builder, table.value)], () => `${comment}\nfunction ${builder}() {\n  return ${sourceText(table.value)};\n}`),
        { ...verbatim(`export const ${table.name} = ${builder}();`), blankLineBefore: false },
    ];
}
/**
 * Definitions are declared dependencies first; a reference to one not yet declared is a back edge of a
 * cycle, made lazy. A recursive definition's constant carries its type from types.ts, which TypeScript
 * needs to type a self-referential initializer.
 */
/** types.ts's type without readWriteMarkers' marks: what a validator parses (the marks exist in types only). */
const unmarked = [
    '/** A type of types.ts without its `$Read`/`$Write` marks (readWriteMarkers), as validators parse it. */',
    'type Unmarked<V> =',
    '  V extends T.$Read<infer U>',
    '    ? Unmarked<U>',
    '    : V extends T.$Write<infer U>',
    '      ? Unmarked<U>',
    '      : V extends object',
    '        ? { [K in keyof V]: Unmarked<V[K]> }',
    '        : V;',
].join('\n');
function declaration(def, ctx, withTypes, marked, dialect, taken) {
    const doc = def.docs.description ? `/** ${jsDocText(def.docs.description).replace(/\n/g, '\n * ')} */` : undefined;
    // A request's view is typed by what is sent (z.input): the parsed value has its defaults filled in.
    const type = marked ? `Unmarked<T.${def.typeName}>` : `T.${def.typeName}`;
    // (Unless it holds a mapped value, whose z.input is the wire, not the type: see requestViewsWithMappings.)
    const typed = def.direction?.way === 'request' && !ctx.wireInput?.has(def.name) ? `${type}, ${type}` : type;
    const annotation = (def.recursive || hasProtoKey(def)) && withTypes ? dialect.schemaType(typed) : undefined;
    const docs = docKeywords(def.docs);
    const lifted = [];
    const name = ctx.schemaNameOf(def.name);
    ctx.liftedDocs = def.type.kind === 'object' ? lifted : undefined;
    const branches = [];
    ctx.branches = { prefix: name, names: new Map(), byNode: new Map(), declared: branches, taken };
    let expression = zodExpression(def.type, ctx);
    ctx.liftedDocs = undefined;
    ctx.branches = undefined;
    // Another constant under this name (an alias) gets the docs on a schema of its own (see withKeywords).
    const alias = expression.kind === 'id';
    if (alias)
        expression = withKeywords(expression, docs, ctx);
    ctx.declared.add(def.name);
    // Branches of unevaluated keywords' plans, declared before the constant that names them (see unevaluated.ts).
    const declaredBranches = () => branches.map((branch) => {
        const written = dialect.expression(branch.expression, ctx.builders);
        return segment(() => localConst(branch.name, written), () => `const ${branch.name} = ${sourceText(written)};`);
    });
    // In the dialect's API when laid out: after shareKeywordObjects has put the shared docs in place
    // (it sets them into the expressions) and before the builders the dialect adds are declared.
    const declared = () => {
        const written = dialect.expression(expression, ctx.builders);
        return segment(() => exportConst(name, annotation, written, doc), () => `${doc === undefined ? '' : `${doc}\n`}export const ${name}${annotation ? `: ${annotation}` : ''} = ${sourceText(written)};`);
    };
    if (alias || (Object.keys(docs).length === 0 && lifted.length === 0))
        return () => [...declaredBranches(), declared()];
    // The docs for z.toJSONSchema, registered in a statement of their own below the constant: wrapped
    // around it, they would indent the whole declaration a level deeper, and around each property's
    // validator, they would cost tsc a generic call each. `describe` also registers the properties' docs
    // on the schemas of the object's shape.
    ctx.helpers.add(lifted.length > 0 ? 'describe' : 'meta');
    const registered = lifted.length > 0
        ? call(id('describe'), id(name), jsonExpression(docs), object(lifted, true))
        : call(id('meta'), id(name), jsonExpression(docs));
    return () => [
        ...declaredBranches(),
        declared(),
        {
            ...segment(() => [printExpr(registered), ';'], () => `${sourceText(registered)};`),
            blankLineBefore: false,
        },
    ];
}
/**
 * A `__proto__` property is validated (by objectKeys, on the raw input) but Zod's parsed object cannot
 * carry it, so Zod would infer a type without it; the constant is typed from types.ts instead.
 */
function hasProtoKey(def) {
    return def.type.kind === 'object' && def.type.properties.some((p) => p.name === '__proto__');
}
/**
 * Request views (--directions) that hold a value a type mapping decodes (docs/type-mappings.md): types.ts
 * types them by the decoded value a client builds (a Date), z.input by the wire it sends (a string), and
 * z.output has the view's defaults filled in, so neither equals the type; the proof leaves them out.
 */
function requestViewsWithMappings(model) {
    if (!model.definitions.some((d) => d.direction?.way === 'request'))
        return new Set();
    const holding = definitionsWithMappings(model);
    return new Set(model.definitions.filter((d) => d.direction?.way === 'request' && holding.has(d.name)).map((d) => d.name));
}
/** `Equals` is exact (not mutual assignability): optional vs `| undefined`, `unknown` vs `any` all differ. */
function typeProof(model, ctx, marked, unproved) {
    const proved = model.definitions.filter((def) => !unproved.has(def.name));
    const checks = proved.map((def) => ({
        kind: 'reference',
        name: 'Expect',
        args: [
            {
                kind: 'reference',
                name: 'Equals',
                args: [
                    // A request's view types what a client sends (z.input; parsing fills its defaults in), the others what is parsed.
                    {
                        kind: 'reference',
                        name: def.direction?.way === 'request' ? 'z.input' : 'z.output',
                        args: [{ kind: 'query', name: ctx.schemaNameOf(def.name) }],
                    },
                    { kind: 'name', text: marked ? `Unmarked<T.${def.typeName}>` : `T.${def.typeName}` },
                ],
            },
        ],
    }));
    const fixed = [
        '// Compile-time proof that every schema validates exactly the type of the same name in types.ts.',
        'type Equals<A, B> =',
        '  (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;',
        'type Expect<Proof extends true> = Proof;',
        ...(unproved.size > 0
            ? [
                '// Not here: request views holding values a type mapping decodes (z.input is their wire form, types.ts',
                '// their decoded type): docs/type-mappings.md.',
            ]
            : []),
    ].join('\n');
    const tuple = { kind: 'tuple', elements: checks.map((type) => ({ type })) };
    return segment(() => [fixed, builders.hardline, typeAliasDeclaration(undefined, 'SchemasMatchTypes', tuple)], () => `${fixed}\nexport type SchemasMatchTypes = ${typeSource(tuple)};`);
}
//# sourceMappingURL=emit-zod.js.map