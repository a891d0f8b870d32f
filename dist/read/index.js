import { diagnostic } from '../diagnostics/index.js';
import { isFlatStructure } from './flat-structure/detect.js';
import { isOpenApi, readOpenApi } from './openapi/read-openapi.js';
import { isJsonStructure } from './json-structure/detect.js';
import { isSwagger2, readSwagger2 } from './swagger2/read-swagger2.js';
import { isJsonSchema, readJsonSchema } from './json-schema/read-json-schema.js';
export { loadDocument, displayPath, defaultMaxInputBytes } from './load.js';
export { withUpstream } from './upstream.js';
export { jsonSchemaDialects } from './json-schema/dialects.js';
const readers = [
    // The two JSON Structure readers load when a document needs one (the others share the JSON Schema
    // machinery, which every OpenAPI run uses).
    {
        format: 'flat-structure',
        detect: isFlatStructure,
        read: async (document) => (await import('./flat-structure/read-flat-structure.js')).readFlatStructure(document),
    },
    { format: 'openapi', detect: isOpenApi, read: readOpenApi },
    { format: 'swagger2', detect: isSwagger2, read: readSwagger2 },
    {
        format: 'json-structure',
        detect: isJsonStructure,
        read: async (document, options) => (await import('./json-structure/read-json-structure.js')).readJsonStructure(document, options),
    },
    // Last: a plain JSON Schema has the fewest marks of its own.
    { format: 'json-schema', detect: isJsonSchema, read: readJsonSchema },
];
export const inputFormats = readers.map((r) => r.format);
/** The format of an API description (an upstream document): Swagger 2.0 when it says so, else OpenAPI. */
export function apiFormatOf(value) {
    return isSwagger2(value) ? 'swagger2' : 'openapi';
}
export async function readDocument(document, options) {
    const reader = options.format ? readers.find((r) => r.format === options.format) : readers.find((r) => r.detect(document.value));
    if (!reader) {
        return {
            diagnostics: [
                diagnostic('unknown-format', {
                    file: document.uri,
                    pointer: '',
                    ...document.locate(''),
                    message: `${document.uri} is not a format structgen reads (known: ${inputFormats.join(', ')})`,
                }),
            ],
        };
    }
    return reader.read(document, options);
}
//# sourceMappingURL=index.js.map