/**
 * Zod Mini (`zod/mini`): the same validators in Zod's functional API, which bundlers can tree-shake.
 * The Zod emitter builds each schema in the classic API; this dialect rewrites what Mini spells
 * differently (../zod/dialect.ts):
 * - wrappers are functions: `.exactOptional()` → `exactOptional(s)`, `.nullable()` → `nullable(s)`,
 *   `.optional()` → `optional(s)`, `.catchall(r)` → `catchall(s, r)`, `.default(v)` → `_default(s, v)`;
 * - checks go through `.check()`: `.refine(f, m)` → `.check(refine(f, m))`, `.regex(r)`, `.gte(n)` and the
 *   other bounds as Mini's check functions, an array's `.min(n)`/`.max(n)` as `minLength`/`maxLength`
 *   (declared here as `minItems`/`maxItems`: zod.ts's own `minLength` counts a string's characters);
 * - in the declared helpers, `z.preprocess(f, s)` is `z.pipe(z.transform(f), s)`, `.pipe(t)` is
 *   `z.pipe(s, t)`, `.extend(shape)` is `z.extend(s, shape)`, and the classic types are Mini's.
 * The checks and wrappers are declared as builders (see ../zod/builders.ts for why).
 * What is validated, and what `z.toJSONSchema` writes, is the same as zod.ts: the fixtures hold both.
 */
import { call, member } from '../../layout/js.js';
import { builderCall } from '../zod/builders.js';
/** Classic methods that wrap the schema, and Mini's function for each. */
const wrappers = {
    exactOptional: 'exactOptional',
    optional: 'optional',
    nullable: 'nullable',
    catchall: 'catchall',
    default: 'default',
};
/** Classic check methods, and Mini's check function for each (called inside `.check()`). */
const checks = {
    refine: 'refine',
    regex: 'regex',
    gte: 'gte',
    lte: 'lte',
    gt: 'gt',
    lt: 'lt',
    min: 'minItems',
    max: 'maxItems',
};
function rewrite(e, used) {
    switch (e.kind) {
        case 'call': {
            const args = e.args.map((a) => rewrite(a, used));
            if (e.callee.kind === 'member' && !isNamespace(e.callee.object)) {
                const object = rewrite(e.callee.object, used);
                const name = e.callee.property;
                const wrapper = wrappers[name];
                if (wrapper !== undefined)
                    return builderCall(used, wrapper, object, ...args);
                const check = checks[name];
                if (check !== undefined) {
                    const added = builderCall(used, check, ...args);
                    // Consecutive checks share one `.check(…)`.
                    if (object.kind === 'call' && object.callee.kind === 'member' && object.callee.property === 'check')
                        return { ...object, args: [...object.args, added] };
                    return call(member(object, 'check'), added);
                }
                return { ...e, callee: { ...e.callee, object }, args };
            }
            return { ...e, callee: rewrite(e.callee, used), args };
        }
        case 'member':
            return { ...e, object: rewrite(e.object, used) };
        case 'arrow':
            return { ...e, body: rewrite(e.body, used) };
        case 'object':
            return { ...e, properties: e.properties.map((p) => ({ ...p, value: rewrite(p.value, used) })) };
        case 'array':
            return { ...e, items: e.items.map((i) => rewrite(i, used)) };
        default:
            return e;
    }
}
/** `z.tuple(…)`, `JSON.parse(…)`: a call on a namespace, not a schema's method. */
const isNamespace = (e) => e.kind === 'id' && (e.name === 'z' || e.name === 'JSON');
/**
 * The declared source text's classic forms and Mini's, each replaced wherever it occurs; every one
 * occurs in some helper (test/zod-mini.test.ts checks, so a helper changed in the classic form cannot
 * slip through unconverted), and the results are in prettier's layout (test/layout.test.ts).
 */
export const sourceRewrites = [
    ['z.number().refine(isInteger, "Expected an integer")', 'z.number().check(z.refine(isInteger, "Expected an integer"))'],
    // The type mappings' codecs (../zod/mappings.ts).
    ['z.number().refine(Number.isInteger, "Expected an integer")', 'z.number().check(z.refine(Number.isInteger, "Expected an integer"))'],
    ['z.string().regex(/^-?(?:0|[1-9][0-9]*)$/)', 'z.string().check(z.regex(/^-?(?:0|[1-9][0-9]*)$/))'],
    ['z.string().refine(check, `Invalid ${format}`)', 'z.string().check(z.refine(check, `Invalid ${format}`))'],
    // A classic pipe from a checked `unknown`: `z\n.unknown()\n.check(…)\n.pipe(t)` (objectKeys, itemRules).
    ['= z\n    .unknown()\n    .check((ctx) => {\n', '= z.pipe(\n    z.unknown().check((ctx) => {\n'],
    ['    })\n    .pipe(target as z.core.SomeType as z.core.$ZodType);', '    }),\n    target as z.core.SomeType as z.core.$ZodType,\n  );'],
    ['    })\n    .pipe(items as z.core.SomeType as z.core.$ZodType);', '    }),\n    items as z.core.SomeType as z.core.$ZodType,\n  );'],
    ['z.unknown().transform((value, ctx) => {', 'z.transform((value, ctx) => {'],
    [
        '  const unmatched = z\n    .unknown()\n    .refine((value) => !parseWith(schema, value).success, "Must not match the schema");',
        '  const unmatched = z\n    .unknown()\n    .check(z.refine((value) => !parseWith(schema, value).success, "Must not match the schema"));',
    ],
    [
        'z.preprocess(ownPropertiesOnly, schema as z.core.SomeType as z.core.$ZodType)',
        'z.pipe(z.transform(ownPropertiesOnly), schema as z.core.SomeType as z.core.$ZodType)',
    ],
    // receivedParameters: the preprocessing function named, then piped (its body keeps its indentation).
    ['  return z.preprocess((input: unknown): unknown => {', '  const received = (input: unknown): unknown => {'],
    [
        '  }, schema);',
        '  };\n  // `z.pipe` wants a `$ZodType`, which `schema` is at run time; typed as the pipe Zod builds.\n  return z.pipe(\n    z.transform(received),\n    schema as z.core.SomeType as z.core.$ZodType,\n  ) as unknown as z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, T>;',
    ],
    ['variant.extend(tag)', 'z.extend(variant, tag)'],
    ['(variant as unknown as z.ZodObject).extend(tag)', 'z.extend(variant as unknown as z.ZodMiniObject, tag)'],
    // Zod Mini's schemas have no JSON Schema hook of their own: what Zod writes for one is its type's processor.
    [
        '    describe(json as Record<string, unknown>, part, extend, () => zodOwn?.(ctx, json, params));',
        [
            '    type Processor = (inner: T, context: typeof ctx, out: typeof json, at: typeof params) => void;',
            '    const processors =',
            '      (ctx as unknown as { processors?: Record<string, Processor | undefined> }).processors ?? {};',
            '    const own = () =>',
            '      zodOwn',
            '        ? zodOwn(ctx, json, params)',
            '        : processors[schema._zod.def.type]?.(schema, ctx, json, params);',
            '    describe(json as Record<string, unknown>, part, extend, own);',
        ].join('\n'),
    ],
    ['z.ZodSafeParseResult<', 'z.core.util.SafeParseResult<'],
    [
        '    return { success: false, error: new z.ZodError(issues) as z.ZodError<OperationRequest<Id>> };',
        '    return {\n      success: false,\n      error: new z.core.$ZodError(issues) as z.core.$ZodError<OperationRequest<Id>>,\n    };',
    ],
    [
        '  return withJsonSchema(parse, (_json, _part, extend) => extend(schema)) as unknown as z.ZodType<T>;',
        '  return withJsonSchema(parse, (_json, _part, extend) =>\n    extend(schema),\n  ) as unknown as z.ZodMiniType<T>;',
    ],
    ['z.ZodType', 'z.ZodMiniType'],
    ['z.ZodObject', 'z.ZodMiniObject'],
    ['z.ZodPipe', 'z.ZodMiniPipe'],
    ['z.ZodTransform', 'z.ZodMiniTransform'],
    ['z.ZodUnknown', 'z.ZodMiniUnknown'],
];
export const miniDialect = {
    specifier: 'zod/mini',
    expression: (e, used) => rewrite(e, used),
    source: (text) => sourceRewrites.reduce((t, [from, to]) => t.split(from).join(to), text),
    schemaType: (output) => `z.ZodMiniType<${output}>`,
};
//# sourceMappingURL=dialect.js.map