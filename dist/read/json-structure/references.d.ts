import type { TypeNode } from '../../model/index.js';
import { type Json, type Reader } from './reader.js';
/** Walks `definitions` (and `$defs` in Core-like documents): type nodes are definitions, others namespaces. */
export declare function collect(r: Reader, node: Json, segments: string[]): void;
/** The definition a `#/definitions/...` pointer names, with a "did you mean" when it names none. */
export declare function resolve(r: Reader, reference: unknown, at: string): string | undefined;
export declare function refNode(r: Reader, reference: unknown, at: string): TypeNode;
