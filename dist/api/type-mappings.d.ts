import type { ValueMapping } from '../model/index.js';
/** What `date-time` and `date` strings are in types.ts and zod.ts: strings as sent (the default), or `Date`s. */
export declare const datesModes: readonly ["string", "Date"];
export type DatesMode = (typeof datesModes)[number];
/**
 * What 64-bit integers (`format: int64`, JSON Structure int64 and uint64) are in types.ts and zod.ts.
 * Unset, each is what it travels as (a JSON number is a `number`, a string of digits a `string`).
 */
export declare const int64Modes: readonly ["number", "bigint", "string"];
export type Int64Mode = (typeof int64Modes)[number];
/**
 * A custom mapping: `format` or one `x-` keyword says which schemas it applies to; `type` is the
 * TypeScript type (`"./money.js#Money"`), `zod` the Zod schema that decodes the wire value into it and
 * encodes it back (usually a `z.codec`), both `specifier#Export`.
 */
export interface TypeMapping {
    format?: string;
    type: string;
    zod?: string;
    [extension: `x-${string}`]: string | number | boolean | null;
}
/** One problem with the mapping options: where (path in the options), what, and how to fix it. */
export interface MappingProblem {
    path: (string | number)[];
    message: string;
    hint?: string;
}
/**
 * Every problem with `dates`, `int64` and `typeMappings` (values as a config or the API gives them):
 * a mapping must match one thing (a format or one `x-` keyword), name its type (and validator) as
 * `specifier#Export`, not match what another mapping (or `dates`/`int64`) does.
 */
export declare function typeMappingProblems(options: {
    dates?: unknown;
    int64?: unknown;
    typeMappings?: unknown;
    targets?: readonly string[];
}): MappingProblem[];
/** A custom mapping ready for the pass: what it matches and what it marks. */
export interface ResolvedMapping {
    /** `['format', 'decimal']` or `['x-kind', 'money']`. */
    match: [string, string | number | boolean | null];
    mapping: ValueMapping;
}
export interface ResolvedMappings {
    dates?: DatesMode;
    int64?: Int64Mode;
    custom: ResolvedMapping[];
}
/** Whether any mapping is asked for (the pass and the reader's extra work are skipped otherwise). */
export declare function hasMappings(m: ResolvedMappings): boolean;
/**
 * The mappings of valid options (see `typeMappingProblems`), their modules as the generated files
 * import them: relative to `outFolder` (absolute) for a path, as written for a package.
 */
export declare function resolveTypeMappings(options: {
    dates?: DatesMode;
    int64?: Int64Mode;
    typeMappings?: readonly TypeMapping[];
}, cwd: string, outFolder: string): ResolvedMappings;
/** How a file in `outFolder` imports `specifier` (a path relative to `cwd`, or a package). */
export declare function importSpecifier(specifier: string, cwd: string, outFolder: string): string;
/**
 * The folder the generated files go to, absolute: the `out` option (or `generated/[name]`), `[name]`
 * replaced; an output file (`-o src/api/schema.ts`, types.ts alone) stands in its folder.
 */
export declare function outputFolder(outDir: string | undefined, name: string, cwd: string): string;
/**
 * A `--type-mapping` argument: `key=value` pairs separated by commas (`format=decimal,type=./money.js#Money,zod=./money.js#MoneySchema`,
 * or `x-kind=money,...`). An `x-` value is a string; the rest is checked as any mapping is.
 */
export declare function parseTypeMappingFlag(text: string): TypeMapping;
/** A mapping as `--type-mapping` spells it (the banner's command). */
export declare function typeMappingFlag(mapping: TypeMapping): string;
