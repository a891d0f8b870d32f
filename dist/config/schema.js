/**
 * The config file's JSON Schema, derived from the option table (src/api/options.ts), so every generate
 * option is a config key the moment it exists. Published as `schemas/structgen.config.schema.json`
 * (`npm run generate` writes it, `generate:check` and a test hold it current). Draft-07: the draft
 * every editor's JSON support completes from.
 */
import { documentOptionKeys, documentOptions } from '../api/options.js';
export const configSchemaFile = 'schemas/structgen.config.schema.json';
export function configSchema() {
    const options = Object.create(null);
    for (const key of documentOptionKeys) {
        const option = documentOptions[key];
        options[option.configKey] = { description: option.description, ...option.schema };
    }
    const glob = { type: 'string', minLength: 1 };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'structgen config',
        description: 'The documents structgen generates, each with its own options (structgen.config.json).',
        type: 'object',
        required: ['documents'],
        additionalProperties: false,
        properties: {
            $schema: { type: 'string', description: 'This schema, for editor completion.' },
            documents: {
                description: 'The documents to generate, each independently.',
                type: 'array',
                minItems: 1,
                items: { $ref: '#/definitions/document' },
            },
        },
        definitions: {
            document: {
                type: 'object',
                required: ['input'],
                additionalProperties: false,
                properties: {
                    input: {
                        description: 'A path or glob (or several) relative to the config file, e.g. "schemas/*.json". A URL is fetched.',
                        anyOf: [glob, { type: 'array', items: glob, minItems: 1 }],
                    },
                    ...options,
                },
            },
        },
    };
}
//# sourceMappingURL=schema.js.map