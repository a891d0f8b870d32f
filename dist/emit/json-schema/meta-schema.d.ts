/** Where the document breaks the meta-schema and how, or undefined when it does not. */
export interface MetaSchemaProblem {
    /** JSON pointer into the checked schema. */
    pointer: string;
    message: string;
}
/**
 * The first place the schema breaks the meta-schema. `refProblem`, when given, also judges each `$ref`
 * the walk meets (what it names), so that a caller's check of its references needs no walk of its own.
 */
export declare function metaSchemaProblem(schema: unknown, refProblem?: (ref: string) => string | undefined): MetaSchemaProblem | undefined;
