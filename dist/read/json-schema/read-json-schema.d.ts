import type { LoadedDocument } from '../load.js';
import type { ReadResult } from '../read-result.js';
import { type UnresolvedRefs } from './context.js';
import { type JsonSchemaDialect } from './dialects.js';
export interface JsonSchemaOptions {
    cwd: string;
    location?: string;
    allowRemoteRefs?: boolean;
    remoteDocuments?: Record<string, unknown>;
    assertFormats?: boolean;
    maxInputBytes?: number;
    unresolvedRefs?: UnresolvedRefs;
    dialect?: JsonSchemaDialect;
    mappingKeys?: {
        formats: readonly string[];
        extensions: readonly string[];
    };
}
export declare function isJsonSchema(value: unknown): boolean;
export declare function readJsonSchema(loaded: LoadedDocument, options: JsonSchemaOptions): Promise<ReadResult>;
