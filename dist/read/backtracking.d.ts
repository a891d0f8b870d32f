/**
 * Whether a regular expression can make a backtracking engine (V8's RegExp, and so Ajv's and Zod's
 * validators) take time exponential in the input's length, decided by looking at the pattern, never by
 * running it.
 *
 * The theory (Weideman, van der Merwe, Berglund, Watson: "Analyzing matching time behavior of
 * backtracking regular expression matchers by using ambiguity of NFA", 2016): a backtracking matcher
 * explores every path of the pattern's automaton that reads the input before it gives up, so it takes
 * exponential time exactly when the automaton has *exponential degree of ambiguity*: a state q and a
 * word w with two different paths from q back to q reading w. Then w repeated n times reads 2^n paths,
 * and a last character that no path accepts makes the matcher try them all.
 *
 * How it is decided here:
 * 1. The pattern (ECMAScript syntax with the `u` flag, as the generated validators compile it) is parsed
 *    into a tree. Assertions (`^`, `\b`, lookarounds) and back references are read as matching the
 *    empty string; `$` is a position that reads an end-of-input symbol, so that what follows a loop
 *    must be the end. Bounded repeats are expanded (a large bound as a few copies: ambiguity shows
 *    within two).
 * 2. The position automaton (Glushkov's: one state per character position, an edge labelled with the
 *    target's character set) is built with *counts*: `(a*)*` has two edges from `a` to `a`, one per
 *    loop, which a plain set would merge. A loop skips empty iterations, as the engine's empty check does.
 * 3. Within each strongly connected part of it, the product automaton of pairs of states (both reading
 *    the same character) is searched: a state q is ambiguous when (q, q) reaches a pair of two different
 *    states, or takes one of two parallel edges, and comes back to (q, q).
 * 4. Exponential time needs a failing end: a cycle that passes a state where the whole pattern may
 *    already match (`^(a+)+` without `$`) makes the matcher succeed at once, and is not reported.
 *
 * The answer comes with an input that shows it: a prefix reaching q, w repeated, and a character that
 * ends every path. Polynomial backtracking (`^.*a.*$`) is not reported. A pattern too large to analyse
 * in the work budget gets no verdict.
 */
export interface Verdict {
    /** An input on which the pattern takes time doubling with each repetition of `pump`: `prefix`, `pump` repeated, `suffix`. */
    attack: string;
    prefix: string;
    pump: string;
    /** A character that no state of the loop goes on with, so that every path fails. */
    suffix: string;
}
/**
 * The exponential-backtracking verdict: an attack input when the pattern can backtrack exponentially,
 * null when it cannot, undefined when it could not be decided (a syntax error, or too large).
 */
export declare function exponentialBacktracking(pattern: string): Verdict | null | undefined;
