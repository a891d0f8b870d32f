/**
 * `type` and what it implies: the type list, and the node for each named type, or (JSON Schema without
 * `type`) a union over every JSON type, constrained where type-specific keywords apply.
 */
import type { JsonValue, TypeNode } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from './context.js';
/** `type` as a list, checked: 3.0 allows one name, 3.1 a name or an array of names. */
export declare function typeList(ctx: ReadContext, schema: SchemaObject, at: At): string[];
export declare function fitsTypes(value: JsonValue, types: string[]): boolean;
/**
 * The bounds and lengths beside a listed (`enum`/`const`) value that it breaks. Each keyword applies to
 * its own type only; `pattern` and `format` are not run on spec values here (the value is the author's
 * own), nor is `multipleOf` (its exact arithmetic lives in the validators).
 */
export declare function brokenChecks(value: JsonValue, schema: SchemaObject): string[];
/** The type that `type` and its keywords describe (or that object/array keywords imply when `type` is absent). */
export declare function baseType(ctx: ReadContext, schema: SchemaObject, at: At, name: string, types: string[]): TypeNode | undefined;
/**
 * JSON Schema without `type`: each keyword constrains only values of the type it applies to
 * (`{"maxLength": 2}` accepts 12 and rejects "abc"), so the result is a union over every JSON type,
 * constrained where keywords apply. Undefined when no type-specific keyword is present.
 */
export declare function typelessType(ctx: ReadContext, schema: SchemaObject, at: At, name: string): TypeNode | undefined;
export declare function typedNode(ctx: ReadContext, schema: SchemaObject, at: At, name: string, kind: string): TypeNode;
