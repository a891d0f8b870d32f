import type { Definition } from '../../model/index.js';
import { type Json, type Reader } from './reader.js';
/** Instances may name their schema with a `$schema` key: the root object accepts it. */
export declare function acceptSchemaKey(definitions: Definition[], roots: string[]): void;
/** Validation keywords without `$uses: ["JSONStructureValidation"]`: a warning at each, as the SDK gives. */
export declare function checkValidationKeywords(reader: Reader, document: Json): void;
/**
 * Add-in types (Core §3.10): `$offers` names abstract types that `$extends` a type of the document; an
 * instance that lists an offered name in its own `$uses` gets that add-in's properties on the extended
 * type. `$uses` is read from the instance's root, so structgen applies add-ins whose extended type is
 * the root type (an add-in extending another type is named by an `unsupported-keyword` warning):
 * the root accepts a `$uses` list of offered names, and when it names an add-in, the add-in's own
 * properties are checked (and its required ones required). On a closed root the add-in's properties
 * are accepted only when their add-in is used.
 */
export declare function applyOffers(reader: Reader, document: Json, rootPointer: string | undefined, roots: string[]): void;
