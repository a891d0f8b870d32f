import { type At, type ReadContext, type SchemaObject } from '../json-schema/context.js';
export interface Dereferenced {
    value: SchemaObject;
    /** Where the object itself sits (inside a component or another document when it was referenced). */
    at: At;
    /** `summary`/`description` written beside the `$ref` (3.1), which replace the target's. */
    overrides: {
        summary?: string;
        description?: string;
    };
}
/**
 * The object `value` is or refers to, or undefined when it is not an object or a ref cannot be followed
 * (each reported, located at the `$ref`). `what` names the object in messages ("a parameter").
 */
export declare function dereference(ctx: ReadContext, value: unknown, at: At, what: string): Dereferenced | undefined;
