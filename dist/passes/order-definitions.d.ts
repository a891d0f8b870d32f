import { type Model } from '../model/index.js';
/**
 * Orders definitions so each comes after the definitions it refers to (Zod constants must be declared
 * before use), starting from the roots and keeping the reader's order among equals. Deterministic.
 */
export declare function orderDefinitions(model: Model): Model;
