import { type Model } from '../model/index.js';
/**
 * `allowEmptyValue` (Swagger 2.0, OpenAPI 3.x query parameters): the parameter may be sent with an empty
 * value (`?flag=` or `?flag`), whatever its schema says. Readers record it on the parameter; this pass
 * makes it part of the parameter's type in its group's definition — `T | ""` — so that every target
 * says the same: `types.ts` lets a client send it, the parameter validators in `zod.ts` accept it (the
 * empty text is not a number, so it stays `""`), `schema.json` and the docs show it. A type that takes
 * any string already takes `""` and is left as it is.
 */
export declare function allowEmptyValues(model: Model): Model;
