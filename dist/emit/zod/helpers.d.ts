type StructuralHelper = 'meta' | 'describe' | 'integer' | 'formatted' | 'openObject' | 'withJsonSchema' | 'parseWith' | 'rebaseIssues' | 'ownPropertiesOnly' | 'undeclared' | 'uniqueItems' | 'objectKeys' | 'withOwnProto' | 'allOf' | 'itemRules' | 'not' | 'conditional' | 'sameKeywords' | 'withTag' | 'recursiveOption' | 'recursiveWithTag' | 'unevaluated' | 'minLength' | 'maxLength' | 'pattern' | 'linearPattern';
/** A structural helper below, or a format's (see formats.ts) or a number check's (see numbers.ts). */
export type HelperName = StructuralHelper | (string & {});
/** The names of every helper zod.ts may declare. */
export declare const helperNames: readonly string[];
/**
 * The helpers' source in a fixed order (output must not depend on the order they were first needed),
 * each only when used or called by one used, so the file compiles under `noUnusedLocals`.
 */
export declare function helperDeclarations(used: ReadonlySet<HelperName>): string[];
export {};
