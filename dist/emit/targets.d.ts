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
    minimum: {
        major: number;
        minor: number;
    };
    /** The warnings when it is not installed, or older than `minimum`. */
    codes: {
        missing: DiagnosticCode;
        tooOld: DiagnosticCode;
    };
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
    load: () => Promise<Emitter<any>>;
    runtime?: Runtime;
    /** Types requests apart from responses under `directions` (the others describe the wire). */
    directed?: boolean;
    /** How an entry point's validator is named in `file`: `Job` → `JobSchema`. */
    validatorName?: (typeName: string) => string;
}
/** `Job` → `JobSchema`: the validator beside each type of the same name. */
export declare const validatorName: (typeName: string) => string;
declare const table: readonly [{
    readonly name: "ts";
    readonly file: "types.ts";
    readonly title: "TypeScript types";
    readonly default: true;
    readonly directed: true;
    readonly load: () => Promise<Emitter<any>>;
}, {
    readonly name: "json-schema";
    readonly file: "schema.json";
    readonly title: "JSON Schema draft 2020-12";
    readonly default: true;
    readonly load: () => Promise<Emitter<any>>;
}, {
    readonly name: "zod";
    readonly file: "zod.ts";
    readonly title: "Zod v4 validators";
    readonly default: true;
    readonly directed: true;
    readonly load: () => Promise<Emitter<any>>;
    readonly runtime: Runtime;
    readonly validatorName: (typeName: string) => string;
}, {
    readonly name: "zod-mini";
    readonly file: "zod.mini.ts";
    readonly title: "Zod Mini validators";
    readonly default: false;
    readonly directed: true;
    readonly load: () => Promise<Emitter<any>>;
    readonly runtime: Runtime;
    readonly validatorName: (typeName: string) => string;
}, {
    readonly name: "docs";
    readonly file: "README.md";
    readonly title: "Markdown docs";
    readonly default: true;
    readonly load: () => Promise<Emitter<any>>;
}];
export type TargetName = (typeof table)[number]['name'];
/** The table, each entry seen through `Target` (ask `targetNamed` for one entry's exact type). */
export declare const targets: readonly Target<TargetName>[];
/** Every target's name, in the table's order (the order a run emits them in). */
export declare const targetNames: readonly TargetName[];
/** The targets a run generates when it names none. */
export declare const defaultTargets: readonly TargetName[];
export declare function targetNamed<N extends TargetName>(name: N): Extract<(typeof table)[number], {
    name: N;
}>;
export {};
