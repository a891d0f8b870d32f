import { type Model } from '../model/index.js';
/**
 * An intersection with listed values (`enum` or `const` beside other keywords) can only ever hold those
 * values, so union variants beside them that cannot hold any of them are dropped: `{"enum": [20,000
 * strings], "allOf": [{"properties": ...}, ...]}` in JSON Schema reads each typeless `allOf` part as a
 * union of six JSON types, and TypeScript multiplies out `E & (A | B | …) & (C | D | …)` before it
 * simplifies, failing with TS2590 (a union too complex to represent) at 20,000 × 6 × 6 members. Dropping
 * variants of another JSON type (an object cannot be a string) changes no target's meaning: each keeps
 * exactly the values it accepted. Two lists of values intersect into the values they share.
 */
export declare function narrowIntersections(model: Model): Model;
