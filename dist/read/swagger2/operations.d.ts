import { type Operation, type Tag } from '../../model/index.js';
import { type ReadContext, type SchemaObject } from '../json-schema/context.js';
import { type OperationSelection } from '../openapi/operations.js';
export interface SwaggerOperations {
    operations: Operation[];
    tags: Tag[];
    knownIds: string[];
    knownTags: string[];
}
export declare function readSwaggerOperations(ctx: ReadContext, document: SchemaObject, rootUri: string, selection: OperationSelection | undefined): SwaggerOperations;
