import type { Definition, Docs, Property, TypeNode } from '../../model/index.js';
/** JSDoc lines (without the comment markers) for docs and, when it is a string, its format. */
export declare function docLines(docs: Docs, type?: TypeNode): string[];
export declare function definitionDocLines(def: Definition): string[];
/** JSDoc lines for a property: its docs plus `@readonly`/`@writeonly` (OpenAPI's server-only/client-only). */
export declare function propertyDocLines(p: Property): string[];
/**
 * The JSDoc comment for declarations and interface members, as ts-morph's printer wrote them (the
 * layout of types.ts is kept byte-identical to that): on one line when the text has one line.
 */
export declare function docComment(lines: string[]): string | undefined;
/** The JSDoc comment for a member of an inline object type: always on several lines. */
export declare function blockComment(lines: string[]): string | undefined;
