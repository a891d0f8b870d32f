/**
 * Conditional composition add-in (draft-vasters-json-structure-cond-composition): `allOf`, `anyOf`,
 * `oneOf`, `not` and `if`/`then`/`else` on top of a schema's own type, or standing alone on a schema
 * without one; and `const`/`enum`, which narrow a type.
 */
import type { TypeNode } from '../../model/index.js';
import { type Json, type Reader } from './reader.js';
/** The keywords that may stand without a `type`: the schema is then the conditions alone. */
export declare const compositionKeywords: readonly ["allOf", "anyOf", "oneOf", "not", "if"];
/**
 * The composition keywords on top of the type: every `allOf` member, at least one `anyOf` member,
 * exactly one `oneOf` member; anything `not` rejects; `then` for values `if` accepts, `else` for the
 * others (`then`/`else` without `if` mean nothing, as in JSON Schema, and are said to be ignored).
 */
export declare function composition(r: Reader, node: TypeNode, schema: Json, at: string, name: string): TypeNode;
/**
 * A type narrowed by const/enum. A primitive type whose listed values all fit it is replaced by them
 * (readable output: `"a" | "b"`); anything else keeps the type and intersects it with the values.
 */
export declare function narrowed(type: TypeNode, narrowing: TypeNode[]): TypeNode;
