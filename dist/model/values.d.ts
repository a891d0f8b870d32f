import type { JsonPrimitive, JsonValue, TypeNode } from './types.js';
/** The type whose only value is `value` (JSON equality: objects by their keys, in any order). */
export declare function exactValueType(value: JsonValue): TypeNode;
/** The values a type lists (`literal`, `enum`): what a discriminator tag property may hold; undefined otherwise. */
export declare function listedTagValues(type: TypeNode): JsonPrimitive[] | undefined;
