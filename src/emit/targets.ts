/**
 * The one table of output targets. Everything else that needs to know the targets — the `--targets`
 * choices and their help, the config schema, which targets run by default, the banner of each file, the
 * check that the package a generated file imports is installed, the entry points a run reports — reads
 * it from here. A new target is a new folder under src/emit/ and one entry below.
 */
import type { DiagnosticCode } from '../diagnostics/index.js';
import type { Emitter } from './emitter.js';

/** A package a generated file imports at run time, and the oldest version it works with. */
export interface Runtime {
  package: string;
  /** The specifier the file imports (`zod`, `zod/mini`). */
  specifier: string;
  minimum: { major: number; minor: number };
  /** The warnings when it is not installed, or older than `minimum`. */
  codes: { missing: DiagnosticCode; tooOld: DiagnosticCode };
}

export interface Target<Name extends string = string> {
  name: Name;
  /** The file it writes (the docs target writes more pages beside this index). */
  file: string;
  /** Its banner's title: the first line of the file says what it is. */
  title: string;
  /** Generated when a run names no targets. */
  default: boolean;
  /** The emitter, loaded when a run needs it (a run without this target never loads its code). */
  load: () => Promise<Emitter<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each target has its own operations part
  runtime?: Runtime;
  /** Types requests apart from responses under `directions` (the others describe the wire). */
  directed?: boolean;
  /** How an entry point's validator is named in `file`: `Job` → `JobSchema`. */
  validatorName?: (typeName: string) => string;
}

/** `Job` → `JobSchema`: the validator beside each type of the same name. */
export const validatorName = (typeName: string): string => `${typeName}Schema`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each target has its own operations part
const loader = (load: () => Promise<Emitter<any>>) => load;

const zodRuntime = (specifier: string): Runtime => ({
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
] as const satisfies readonly Target[];

export type TargetName = (typeof table)[number]['name'];

/** The table, each entry seen through `Target` (ask `targetNamed` for one entry's exact type). */
export const targets: readonly Target<TargetName>[] = table;

/** Every target's name, in the table's order (the order a run emits them in). */
export const targetNames: readonly TargetName[] = targets.map((t) => t.name);

/** The targets a run generates when it names none. */
export const defaultTargets: readonly TargetName[] = targets.filter((t) => t.default).map((t) => t.name);

export function targetNamed<N extends TargetName>(name: N): Extract<(typeof table)[number], { name: N }> {
  return table.find((t) => t.name === name) as Extract<(typeof table)[number], { name: N }>;
}
