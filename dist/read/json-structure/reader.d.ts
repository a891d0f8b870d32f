import { type Diagnostic, type DiagnosticCode } from '../../diagnostics/index.js';
import { type Definition, type TypeNode } from '../../model/index.js';
import type { LoadedDocument } from '../load.js';
export type Json = Record<string, unknown>;
export declare const isObject: (value: unknown) => value is Json;
/** The pointer of a keyword (or deeper) below the schema at `at`. */
export declare function child(at: string, ...segments: (string | number)[]): string;
export declare class Reader {
    readonly loaded: LoadedDocument;
    readonly strict: boolean;
    readonly diagnostics: Diagnostic[];
    readonly definitions: Definition[];
    /** Definition pointer (`/definitions/a/b`) → its schema. */
    readonly schemas: Map<string, Json>;
    /** Definition pointer → definition name. */
    readonly names: Map<string, string>;
    private readonly converting;
    private readonly converted;
    validationEnabled: boolean;
    /** Model JSON that `$extends` has copied out of bases so far (see read/copy-budget.ts). */
    copied: number;
    private budget;
    /** How much `$extends` may copy in this document (measured on first use: most documents never ask). */
    get copyBudget(): number;
    constructor(loaded: LoadedDocument, strict: boolean);
    report(code: DiagnosticCode, pointer: string, message: string, hint?: string): void;
    /** A Core-like deviation: a warning, or an error under --strict. */
    deviation(pointer: string, message: string, hint?: string): void;
    /** Converts the definition at `pointer` once (refs in cycles stay refs). */
    definitionType(pointer: string): TypeNode | undefined;
    convert(schema: Json, at: string, name: string): TypeNode;
}
