/** `Job` → `JobSchema`: the validator beside each type of the same name. */
export const validatorName = (typeName) => `${typeName}Schema`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each target has its own operations part
const loader = (load) => load;
const zodRuntime = (specifier) => ({
    package: 'zod',
    specifier,
    minimum: { major: 4, minor: 3 },
    codes: { missing: 'zod-missing', tooOld: 'zod-too-old' },
});
const table = [
    {
        name: 'ts',
        file: 'types.ts',
        title: 'TypeScript types',
        default: true,
        directed: true,
        load: loader(async () => (await import('./typescript/emit-typescript.js')).typescriptEmitter),
    },
    {
        name: 'json-schema',
        file: 'schema.json',
        title: 'JSON Schema draft 2020-12',
        default: true,
        load: loader(async () => (await import('./json-schema/emit-json-schema.js')).jsonSchemaEmitter),
    },
    {
        name: 'zod',
        file: 'zod.ts',
        title: 'Zod v4 validators',
        default: true,
        directed: true,
        load: loader(async () => (await import('./zod/emit-zod.js')).zodEmitter),
        runtime: zodRuntime('zod'),
        validatorName,
    },
    {
        name: 'zod-mini',
        file: 'zod.mini.ts',
        title: 'Zod Mini validators',
        default: false,
        directed: true,
        load: loader(async () => (await import('./zod-mini/emit-zod-mini.js')).zodMiniEmitter),
        runtime: zodRuntime('zod/mini'),
        validatorName,
    },
    {
        name: 'docs',
        file: 'README.md',
        title: 'Markdown docs',
        default: true,
        load: loader(async () => (await import('./markdown/emit-markdown.js')).markdownEmitter),
    },
];
/** The table, each entry seen through `Target` (ask `targetNamed` for one entry's exact type). */
export const targets = table;
/** Every target's name, in the table's order (the order a run emits them in). */
export const targetNames = targets.map((t) => t.name);
/** The targets a run generates when it names none. */
export const defaultTargets = targets.filter((t) => t.default).map((t) => t.name);
export function targetNamed(name) {
    return table.find((t) => t.name === name);
}
//# sourceMappingURL=targets.js.map