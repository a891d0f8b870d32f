import { type Model, type NodeOf } from '../model/index.js';
/**
 * Where a tagged union is used, each variant carries its tag: OpenAPI says the discriminator property
 * MUST be present in the payload, and a tag is what tells the variants apart. A variant whose definition
 * already requires the tag property with exactly the variant's tags stays a plain ref; any other becomes
 * `Variant & { tag: "a" | "b" }` (an intersection with a one-property object), so every target (types,
 * validators, JSON Schema, docs) says the same without knowing about discriminators. The variant's own
 * definition stays as written, for where it is used alone (`{type: {const: "x", default: "x"}}`, not
 * required, is common: pydantic writes every `Literal` tag so).
 *
 * Runs after the readers, on definitions only: operations hold refs.
 */
export declare function requireTags(model: Model): Model;
/** `{ [property]: tags }`, the property required; other keys as the variant says. */
export declare function tagObject(property: string, tags: string[]): NodeOf<'object'>;
