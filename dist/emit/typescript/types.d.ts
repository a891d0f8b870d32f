import { type Member, type TypeExpr } from '../../layout/ts.js';
/**
 * The keyword types, one object each: a union lists each of these once and an intersection drops
 * `unknown`, both decided by identity, so a definition whose type is named `string` (a reference) is
 * never taken for the keyword.
 */
export declare const keyword: {
    readonly string: TypeExpr;
    readonly number: TypeExpr;
    readonly bigint: TypeExpr;
    readonly boolean: TypeExpr;
    readonly unknown: TypeExpr;
    readonly never: TypeExpr;
    readonly undefined: TypeExpr;
    readonly null: TypeExpr;
};
export declare function literal(value: string | number | boolean | null): TypeExpr;
/** A union whose nested unions are spread into it, as `A | B` written inside `… | null` reads. */
export declare function union(types: TypeExpr[]): TypeExpr;
/** An intersection; `unknown` adds nothing to one (`string & unknown` is `string`). */
export declare function intersection(types: TypeExpr[]): TypeExpr;
export declare const reference: (name: string, args?: TypeExpr[]) => TypeExpr;
/** A property: `name?: type`. A key of up to 15 digits is written as a number (`200:`), as an HTTP status is. */
export declare function property(name: string, optional: boolean, type: TypeExpr, numeric?: boolean): Member;
/** `[parameter: string]: type`. */
export declare const indexSignature: (parameter: string, type: TypeExpr) => Member;
/** A member with its JSDoc comment, when it has one. */
export declare function withDoc(member: Member, comment: string | undefined): Member;
