import { type Diagnostic } from '../../diagnostics/index.js';
import type { Definition, Example, Model, TypeNode } from '../../model/index.js';
/** An example, the type it is written for, and where it sits (for the message). */
export interface CheckedExample {
    example: Example;
    type: TypeNode;
    /** `GET /pets: parameter limit`, `POST /pets: request body application/json`. */
    place: string;
}
/** Each example of the model's operations mapped to the validator's first complaint, or undefined when it passes. */
export declare function exampleVerdicts(model: Model): Map<Example, string | undefined>;
/** The `invalid-example` warnings of a model (their file and pointer set; the caller adds line and column). */
export declare function checkExamples(model: Model): Diagnostic[];
/** Every located example of the model's operations, webhooks and callbacks, in document order. */
export declare function operationExamples(model: Model): CheckedExample[];
/** The type of one parameter: the same-named property of its group's object definition. */
export declare function parameterType(group: TypeNode, name: string, definitions: ReadonlyMap<string, Definition>): TypeNode;
