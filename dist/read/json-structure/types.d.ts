import { type JsonValue, type NodeOf, type NumberKind, type TypeNode } from '../../model/index.js';
import { type Json, type Reader } from './reader.js';
export declare const primitives: Record<string, () => TypeNode>;
/** The string shapes of JSON Structure's time, duration (ISO 8601) and JSON Pointer types. */
export declare const wireFormats: {
    time: string;
    duration: string;
    jsonpointer: string;
};
export declare const numberKinds: NumberKind[];
export declare const allTypeNames: string[];
export declare function typeExpression(r: Reader, type: unknown, schema: Json, at: string, name: string): TypeNode;
export declare function enumNode(r: Reader, values: JsonValue[], at: string): TypeNode;
/** Validation add-in keywords on primitives. */
export declare function withChecks(r: Reader, node: TypeNode, schema: Json, at: string): TypeNode;
export declare function nonNegative(r: Reader, value: number, at: string): number;
export declare function numberNode(kind: NumberKind, schema: Json): NodeOf<'number'>;
/** The one place a JSON Structure pattern is read (`pattern`, `patternProperties`, `patternKeys`): a string that compiles as an ECMA-262 regex in Unicode mode. */
export declare function readPattern(r: Reader, pattern: unknown, at: string): string | undefined;
