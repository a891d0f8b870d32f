/** Strings and numbers: lengths, patterns, formats, bounds and multipleOf; and the checks every keyword's value needs. */
import type { NodeOf } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from './context.js';
export declare const stringKeywords: string[];
export declare const numberKeywords: string[];
export declare function count(ctx: ReadContext, schema: SchemaObject, at: At, key: string): number | undefined;
export declare function numeric(ctx: ReadContext, schema: SchemaObject, at: At, key: string): number | undefined;
/** Checks a pattern compiles as an ECMA-262 regex (compiled, never run: no ReDoS in the generator). */
export declare function validPattern(ctx: ReadContext, pattern: unknown, at: At): string | undefined;
/** The asserted format's name, with a warning where the document used an alias (`url` for `uri`). */
export declare function formatOf(ctx: ReadContext, schema: SchemaObject, at: At): string;
/** The sets a ReadContext keeps of `ReadOptions.mappingKeys`. */
export declare function mappingKeySets(keys: {
    formats: readonly string[];
    extensions: readonly string[];
}): {
    formats: Set<string>;
    extensions: Set<string>;
};
export declare function stringNode(ctx: ReadContext, schema: SchemaObject, at: At): NodeOf<'string'>;
export declare function numberNode(ctx: ReadContext, schema: SchemaObject, at: At, kind: 'integer' | 'number'): NodeOf<'number'>;
