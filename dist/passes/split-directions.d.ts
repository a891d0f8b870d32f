import { type Model } from '../model/index.js';
/**
 * Requests apart from responses (OpenAPI 3.x and Swagger 2.0 `readOnly`/`writeOnly`, and `default`):
 * a payload the API receives leaves out readOnly properties ("SHOULD NOT be sent as part of the
 * request"), one it sends leaves out writeOnly ones, and a property with a default is present in what
 * the API sends (the default is what its absence means) while a client may still leave it out.
 *
 * The pass adds, for each definition a request (a response) reaches whose view that way differs from the
 * schema as written, a definition of that view: `PetWritable` (what the API receives) and `PetReadable`
 * (what it sends), the names of openapi-fetch's `Writable<T>`/`Readable<T>` helpers, numbered on a
 * collision with a name already taken. Inside a view, a reference to a definition that differs that way
 * is a reference to its view too, so nested and recursive schemas follow; a definition reached both ways
 * gets both only where each differs. Operations' bodies and responses (and `components` responses and
 * request bodies) then refer to the views; the definitions as written stay (`components.schemas`, and
 * whatever no operation reaches). Which way is which: an operation of `paths` receives its request body
 * and sends its responses; a webhook's or callback's request is sent *by* the API, so its body is what
 * the API sends and its response what the API receives.
 *
 * Only the TypeScript and Zod targets see the views: schema.json and the docs keep the wire schema, which
 * marks readOnly and writeOnly. Run after names are assigned; recursion and order are computed again.
 */
export declare function splitDirections(model: Model): Model;
