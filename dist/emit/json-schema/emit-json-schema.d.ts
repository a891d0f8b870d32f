import { type JsonValue, type Model, type TypeNode } from '../../model/index.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
export declare const jsonSchemaEmitter: Emitter<void>;
type Schema = {
    [key: string]: JsonValue;
} | boolean;
export declare function emitJsonSchema(model: Model, context: EmitContext): Emitted;
/** `#/$defs/<name>`: JSON-pointer-escaped, then percent-encoded, because `$ref` is a URI reference. */
export declare function refTo(name: string): string;
export declare function schemaOf(node: TypeNode): Schema;
export {};
