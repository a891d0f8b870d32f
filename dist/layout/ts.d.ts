/**
 * TypeScript type syntax as prettier's estree printer lays it out, for the type forms structgen writes:
 * unions (hugged, indented, parenthesized), arrays, tuples, type literals kept broken, type references
 * with type arguments, literal types, and interface and type alias declarations with JSDoc. A member
 * or alias the printer would print flat is written as text without a document (`typeFlatText`), and an
 * interface is its members' lines. Unknown forms throw `Unsupported`, and prettier formats that
 * declaration instead.
 */
import { type Doc } from './doc.js';
export type TypeExpr = 
/** A keyword, literal or (qualified) name: `string`, `"a"`, `T.Job`. */
{
    kind: 'name';
    text: string;
} | {
    kind: 'reference';
    name: string;
    args: TypeExpr[];
} | {
    kind: 'query';
    name: string;
} | {
    kind: 'union';
    members: TypeExpr[];
} | {
    kind: 'intersection';
    members: TypeExpr[];
} | {
    kind: 'array';
    items: TypeExpr;
} | {
    kind: 'tuple';
    elements: TupleElement[];
} | {
    kind: 'literal';
    members: Member[];
}
/** An indexed access by a literal: `operations["list_pets"]`. */
 | {
    kind: 'indexed';
    object: TypeExpr;
    index: string;
};
export interface TupleElement {
    type: TypeExpr;
    label?: string;
    optional?: boolean;
    rest?: boolean;
}
export interface Member {
    /** The JSDoc comment text, `/** … *\/`, or undefined. */
    doc?: string;
    /** A property (`key?: type`, `200: type`) or an index signature (`[key: string]: type`). */
    key: {
        name: string;
    } | {
        number: string;
    } | {
        index: string;
        parameter: string;
    };
    /** `readonly key: type` (openapi-typescript's `immutable`). */
    readonly?: boolean;
    optional?: boolean;
    type: TypeExpr;
}
/** An exported interface or type alias, with its JSDoc comment. */
export type Declaration = {
    doc?: string;
    name: string;
} & ({
    kind: 'interface';
    members: Member[];
} | {
    kind: 'alias';
    type: TypeExpr;
});
export declare const typeName: (text: string) => TypeExpr;
type Parent = 'annotation' | 'alias' | 'array' | 'tuple' | 'tupleSingle' | 'typeArguments' | 'union' | 'intersection';
/** The type as plain source text (for prettier, when a layout declines). */
export declare function typeSource(t: TypeExpr): string;
export declare function memberSource(m: Member): string;
export declare function printType(t: TypeExpr, parent?: Parent): Doc;
/**
 * The type on one line, as the printer prints it when it fits (every group flat); undefined when
 * something in it always breaks (a type literal with members) or its layout throws `Unsupported`, and
 * possibly when it is wider than a line (see `joinTexts`). The cases mirror `printType` and the rules
 * it calls.
 */
export declare function typeFlatText(t: TypeExpr, parent?: Parent): string | undefined;
export declare function member(m: Member, type?: Doc): Doc;
/**
 * `export interface Name { … }` with its members, and the JSDoc comment above it. Each member is on
 * lines of its own, after which comes a line break, which is all prettier's `fits` looks for after it:
 * the body is its members' lines, each as text where `memberText` has it and printed alone where not
 * (a long table, paths or operations, is then never one document in memory).
 */
export declare function interfaceDeclaration(doc: string | undefined, name: string, members: Member[]): Doc;
/** A declaration in prettier's layout (throws `Unsupported` where the layout does not know prettier's). */
export declare function printDeclaration(d: Declaration): Doc;
/** A declaration as source text, for prettier. */
export declare function declarationSource(d: Declaration): string;
/**
 * `export type Name = type;` with prettier's assignment layouts (break after `=` for a union, fluid
 * otherwise), and the JSDoc comment above it.
 */
export declare function typeAliasDeclaration(doc: string | undefined, name: string, type: TypeExpr, exported?: boolean): Doc;
export {};
