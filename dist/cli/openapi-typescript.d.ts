/**
 * openapi-typescript's command line, accepted as it is: `structgen INPUT -o FILE [its flags]` runs as
 * `structgen generate INPUT --out FILE [the same flags]`, with openapi-typescript's defaults where
 * structgen's differ, so a project's `npx openapi-typescript api.yaml -o src/api/schema.ts` keeps its
 * meaning with `structgen` in place of `openapi-typescript` (docs/openapi-typescript.md).
 *
 * What changes on the way: `--output`/`-o` is `--out`; `-t` is `--export-type` (structgen's `-t` is
 * `--targets`); a boolean flag may be followed by `true` or `false` (`--default-non-nullable false`, as
 * yargs reads it); and openapi-typescript's defaults apply: a property with a default is required
 * (`defaultNonNullable`), an object without properties has no keys (`emptyObjectsUnknown: false`), and a
 * path template's `{name}` no parameter declares is left out (`generatePathParams: false`), each unless
 * its flag says otherwise. The banner's regenerate command is the command line as given.
 */
import type { GenerateOptions } from '../index.js';
/**
 * Whether `argv` is an openapi-typescript command line: it starts with the input (a path or URL, which
 * holds a `.` or a `/`, or `-` for standard input), not with one of structgen's commands.
 */
export declare function isOpenapiTypescriptCommand(argv: readonly string[]): boolean;
export interface Translated {
    /** The `structgen generate` arguments. */
    argv: string[];
    /** Options the flags cannot say: openapi-typescript's defaults, and the banner's command. */
    defaults: Partial<GenerateOptions>;
}
/** The `structgen generate` equivalent of an openapi-typescript command line, or a usage message. */
export declare function translateOpenapiTypescript(argv: readonly string[]): Translated | {
    usage: string;
};
