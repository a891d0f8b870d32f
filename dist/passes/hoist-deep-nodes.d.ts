import { type Model } from '../model/index.js';
/**
 * No definition nests its inline types deeper than `maxInlineDepth`: a deeper node becomes a definition
 * of its own (`Deep.nested`, then `Deep.nested2` …) and a `ref` takes its place. TypeScript checks a
 * Zod schema's inferred type against its annotation level by level and gives up with TS2589 ("type
 * instantiation is excessively deep") somewhere past 30 nested builders: a root of 35 nested arrays
 * ending in `{"$ref": "#"}` gave a zod.ts that did not compile. A named level has a declared type in
 * types.ts that its schema is annotated with, so each check starts again at depth one. The same values
 * are accepted by every target; only where the type is written changes. Real documents nest far less,
 * so they pass through untouched.
 */
export declare const maxInlineDepth = 16;
export declare function hoistDeepNodes(model: Model): Model;
