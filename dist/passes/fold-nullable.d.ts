import { type Model } from '../model/index.js';
/**
 * Holds the Model's promise that every spelling of null folds into `nullable`, whichever reader made
 * it: an `anyOf` of a type and null (JSON Structure's composition add-in keeps it as a union) becomes
 * `nullable` of the type, and a `nullable` of something that already takes null is that thing. Without this, N
 * nested `{"anyOf": [X, {"type": "null"}]}` stay N nested unions in every output (and Ajv's compiler
 * walks such nesting in 2^N steps), where OpenAPI and JSON Schema input give one `X | null`.
 * Only an inclusive union of two folds: a `oneOf` with a null branch means "exactly one", which a
 * null-taking variant would change; wider unions with null (a typeless JSON Schema's six types) read
 * better as they are.
 */
export declare function foldNullable(model: Model): Model;
