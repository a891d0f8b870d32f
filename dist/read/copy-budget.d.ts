/**
 * How much of the Model one document may copy out of other definitions. Inheritance is written by
 * copying a base's properties into each type built on it (JSON Schema `allOf: [{$ref: Base}, {...}]`
 * merged into one object; JSON Structure `$extends`). That reads well, but multiplies: 500 schemas each
 * naming a base of 2,000 properties wrote 163 MB from 119 KB in 48 s. Copies are therefore counted, in
 * Model JSON (properties with their types and docs), against one budget per document. The most any
 * document in the test corpora copies is 91 KB (bungie-2.0.0.json; spotify 65 KB, most far less), so
 * 512 KiB changes nothing real while keeping the output in proportion to the input: past it, an `allOf`
 * keeps referring to its base (an intersection, same meaning), and `$extends` (whose abstract bases have
 * no values of their own to refer to) is refused with `expansion-limit` once it passes `copyBudgetFor`.
 */
import type { NodeOf } from '../model/index.js';
export declare const copyBudget: number;
/**
 * The budget where going past it is an error (`$extends`): never less than `copyBudget`, and four times
 * the document's own size for a large document, so that only copying out of proportion is refused.
 */
export declare function copyBudgetFor(documentSize: number): number;
/** What copying an object's properties costs against the budget. */
export declare function copySize(object: NodeOf<'object'>): number;
