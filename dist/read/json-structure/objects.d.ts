import type { NodeOf, Property, TypeNode } from '../../model/index.js';
import { type Json, type Reader } from './reader.js';
export declare function objectNode(r: Reader, schema: Json, at: string, name: string): TypeNode;
export declare function markRequired(r: Reader, properties: Map<string, Property>, names: string[], at: string): void;
/**
 * The validation add-in's keywords on the entries of an object or a map: counts, dependentRequired
 * (objects only), patternProperties / patternKeys, propertyNames / keyNames (and a map's `keys`).
 * For a map, a pattern's schema applies on top of `values`, which every entry must match. Returns the
 * node with them (or, for a map with patternKeys, the node and an object of the patterns).
 */
export declare function entryChecks(r: Reader, node: NodeOf<'object'>, schema: Json, at: string, name: string, kind: 'object' | 'map'): TypeNode;
/**
 * `has`: at least one of the object's (or map's) values matches the schema; said as "not every value
 * fails it", which each target can state.
 */
export declare function withHas(r: Reader, node: TypeNode, schema: Json, at: string, name: string): TypeNode;
/** The objects a type `$extends`, converted (one base or several); cycles are errors. */
export declare function basesOf(r: Reader, schema: Json, at: string): NodeOf<'object'>[];
