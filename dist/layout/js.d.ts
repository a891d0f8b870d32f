/**
 * A small JavaScript expression tree (what the Zod emitter writes: calls, member chains, objects,
 * arrays, arrows, literals) and its layout as prettier's estree printer lays it out, rebuilt from
 * prettier's rules for exactly these node kinds: member chains (printMemberChain), call arguments with
 * last-argument hugging (printCallArguments), assignment layouts (chooseLayout), objects kept broken
 * when written broken, arrays, arrows. The documents are printed by ./printer.ts (prettier's line
 * printer, re-implemented). A line the printer would print flat (it fits, and nothing in it breaks) is
 * written as text without a document (`flatText`), and so are the lines of a broken object around it.
 * Anything outside these rules throws `Unsupported`, and prettier formats that statement instead.
 */
import { type Doc } from './doc.js';
export type Expr = {
    kind: 'id';
    name: string;
} | {
    kind: 'string';
    value: string;
}
/** A number as its decimal text (bounds like int64's do not fit a JS number). */
 | {
    kind: 'number';
    text: string;
} | {
    kind: 'regex';
    pattern: string;
    flags: string;
}
/** An arrow's short expression body (`[...text].length >= 1`), printed as written, never broken. */
 | {
    kind: 'raw';
    text: string;
} | {
    kind: 'member';
    object: Expr;
    property: string;
} | {
    kind: 'call';
    callee: Expr;
    args: Expr[];
    isNew?: boolean;
} | {
    kind: 'arrow';
    params: string[];
    body: Expr;
} | {
    kind: 'object';
    properties: ObjectProperty[];
    expanded: boolean;
} | {
    kind: 'array';
    items: Expr[];
};
export interface ObjectProperty {
    key: string;
    value: Expr;
    /** Written as a number (`200: …`), as a response status is; otherwise an identifier or a string. */
    numericKey?: boolean;
    /** A `/** … *\/` comment above the property (which makes prettier keep the object broken). */
    doc?: string;
}
export declare const id: (name: string) => Expr;
export declare const str: (value: string) => Expr;
export declare const num: (value: number | string) => Expr;
export declare const regex: (pattern: string, flags?: string) => Expr;
export declare const raw: (text: string) => Expr;
export declare const member: (object: Expr, property: string) => Expr;
export declare const call: (callee: Expr, ...args: Expr[]) => Expr;
export declare const newCall: (callee: Expr, ...args: Expr[]) => Expr;
export declare const method: (object: Expr, name: string, ...args: Expr[]) => Expr;
export declare const arrow: (params: string[], body: Expr) => Expr;
export declare const object: (properties: ObjectProperty[], expanded?: boolean) => Expr;
export declare const array: (items: Expr[]) => Expr;
/** The expression as plain source text (for prettier, when a layout declines). */
export declare function sourceText(e: Expr): string;
export declare function printExpr(e: Expr): Doc;
/**
 * prettier's printAssignment with the layouts chooseLayout picks for an object property (`key: value`)
 * or a variable declarator (`name = value`); `left` is the printed left side.
 */
export declare function assignment(left: Doc, operator: string, right: Expr, context?: {
    property?: string;
}): Doc;
/**
 * The expression on one line, as the printer prints it when it fits (every group flat); undefined when
 * something in it always breaks (an object written broken, a comment, an array of objects, a chain
 * prettier always expands, function-composition arguments) or its layout throws `Unsupported`, and
 * possibly when it is wider than a line (see `joinTexts`). The cases mirror `printUncached` and the
 * rules it calls, which hold every such case to a forced break.
 */
export declare function flatText(e: Expr): string | undefined;
/**
 * `export const name[: type] = value;` (the type printed as given, one unbreakable piece), with the
 * `/** … *\/` comment `doc` above it. Two shapes are written as text, without a document: a declaration
 * that fits on its line, and `name = callee({` with a broken object, whose properties are printed one
 * at a time (each a line of text when it fits on one).
 */
export declare function exportConst(name: string, type: string | undefined, value: Expr, doc?: string): Doc;
/** `const name = value;`, a constant the file does not export. */
export declare function localConst(name: string, value: Expr): Doc;
/** `function name() { return value; }`, as prettier lays out a function whose body is one return. */
export declare function functionReturning(name: string, value: Expr): Doc;
