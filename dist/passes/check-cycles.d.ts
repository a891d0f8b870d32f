import { type Diagnostic } from '../diagnostics/index.js';
import { type Model } from '../model/index.js';
/**
 * A definition that reaches itself without passing through an object, array, tuple or map (`A = B`,
 * `B = A`; `N = N | null`; `S = allOf [S]`) has no finite value: TypeScript rejects the alias and a
 * validator would recurse forever. Such cycles are errors in the input, reported once per definition.
 *
 * The refs each definition reaches unguarded form a graph; a definition is in such a cycle when it lies
 * on a cycle of that graph (a strongly connected component of two or more, or a ref to itself). Found in
 * one linear pass, without recursion: walking from every definition anew took 4 s on a 3,000-long
 * `allOf` chain, and recursing along it overflowed the stack.
 */
export declare function checkUnguardedCycles(model: Model): Diagnostic[];
/**
 * Leaves out the definitions `checkUnguardedCycles` finds, so the rest of the document generates: each
 * is reported (`circular-ref-skipped`, located where it is defined), and every reference to one accepts
 * anything, as a type nothing describes does. Rewrites the read model in place (it belongs to the run).
 */
export declare function skipUnguardedCycles(model: Model): Diagnostic[];
