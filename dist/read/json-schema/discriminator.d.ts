/**
 * OpenAPI's Discriminator Object (3.0 §4.7.25, 3.1 §4.8.25) beside `oneOf`/`anyOf`: which tag values
 * select which branch. A `mapping` entry names a schema (a bare component name, or a URI reference to
 * any location, in this document or another, through any number of `$ref`s); a branch with no entry
 * takes its tag implicitly. The OpenAPI text makes the implicit tag the schema's name; where the branch
 * itself lists its tag's values (`const`/`enum`, as generated specs write them), those are read as its
 * tags instead, since with the name no payload could match both the discriminator and the branch.
 */
import type { TypeNode } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from './context.js';
/** One `oneOf`/`anyOf` branch: where it sits, its schema, and what it converted to. */
export interface Branch {
    at: At;
    schema: unknown;
    type: TypeNode;
}
/**
 * Each variant's tags: the mapping entries that point at it, else its own listed tag values, else its
 * definition name. Variants must be refs; otherwise the union stays untagged (undefined).
 */
export declare function taggedUnion(ctx: ReadContext, discriminator: SchemaObject, branches: Branch[], at: At, exclusive: boolean): TypeNode | undefined;
/**
 * The Discriminator Object a schema's `discriminator` holds: OpenAPI 3's object with `propertyName`, or
 * Swagger 2.0's bare property name (2.0 §Schema Object: "the discriminator is the schema property name
 * that is used to differentiate between other schemas that inherit this schema"), read as the object
 * without a mapping, whose tags are then the definitions' names, as 2.0 says.
 */
export declare function discriminatorOf(ctx: ReadContext, value: unknown): SchemaObject | undefined;
/** A mapping's entries by the location of the schema each names (`$ref`s followed to the end). */
export interface MappedSchema {
    tags: string[];
    /** The first entry's reference as written (a component name made a URI reference) and where it sits. */
    reference: string;
    at: At;
}
export declare function mappedTags(ctx: ReadContext, discriminator: SchemaObject, at: At): Map<string, MappedSchema>;
/** The schema a location finally stands for, following pure `$ref`s (at most 32), and its `uri#pointer`. */
export declare function finalLocation(ctx: ReadContext, schema: unknown, at: At): {
    key: string;
    schema: unknown;
    at: At;
};
/**
 * The string values a variant's own tag property lists (`const`, `enum`), in its `properties` or those of
 * its `allOf` parts (`$ref`s followed), read from the schemas as written: converting the variant here
 * would change the order definitions are read in.
 */
export declare function ownTags(ctx: ReadContext, variant: {
    schema: unknown;
    at: At;
}, property: string, depth?: number): string[] | undefined;
