/** Calls `report` with the warning when the pattern can backtrack exponentially: the readers' one call. */
export declare function warnIfSlow(pattern: string, report: (message: string) => void): void;
/** The warning text for a pattern that can backtrack exponentially, or undefined. */
export declare function slowPatternWarning(pattern: string): string | undefined;
/**
 * Whether the pattern has a group repeated without bound (`*`, `+`, `{n,}`) that holds a quantifier or
 * an alternation: the shape every exponential case has. A cheap scan over the source, respecting
 * escapes and character classes; it errs towards yes.
 */
export declare function mayBacktrackExponentially(pattern: string): boolean;
/**
 * The Unicode-mode (`u`) source of a pattern that is valid ECMA-262 only without `u`, or undefined.
 *
 * Without `u`, ECMA-262 Annex B accepts identity escapes of any character (`\-`, `\:`, `\_`, `\'`) and
 * a lone `{`, `}` or `]` as literal characters; with `u` (as JSON Schema validators compile patterns)
 * they are syntax errors. Written as the characters they stand for (`-`, `:`, `_`, `\{`), the pattern
 * means the same and compiles in both modes, so Zod and schema.json (Ajv) keep checking it. Patterns
 * that rely on what only the legacy mode has (octal escapes, `\c` outside a class, `\k` without
 * named groups) are left alone (undefined): they stay refused.
 */
export declare function unicodeModeSource(pattern: string): string | undefined;
