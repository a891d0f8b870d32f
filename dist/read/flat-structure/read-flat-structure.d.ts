/**
 * Reader for the API catalog's flat JSON Structure form (`"jsonStructure": "0.1"`), see DOMAIN.md §1.1.
 *
 * The form is a lossy summary of an upstream OpenAPI schema: every upstream `anyOf: [X, null]` became
 * `"type": "object"`, so such a field's real type *and* its null are gone. A validator built from the
 * summary must never reject what the real API sends, so `object` becomes `any` (unknown) here, marked
 * lossy, and the document gets one warning naming those fields. `array<object>` keeps its array-ness,
 * which the summary does record, with items of unknown type.
 */
import type { ReadResult } from '../read-result.js';
import type { LoadedDocument } from '../load.js';
export { isFlatStructure } from './detect.js';
export declare function readFlatStructure(loaded: LoadedDocument): ReadResult;
