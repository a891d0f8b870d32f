/**
 * prettier's document printer (`printDocToString` in `prettier/doc`), re-implemented for the documents
 * structgen's layouts build, and with what the options fix (spaces, two per indent, `\n`): the same
 * commands in the same order, the same `fits` measure, the same break propagation, so the same text.
 * prettier's printer allocates an object for every command and every indentation it meets and copies
 * commands to measure them; on a 2,000-schema spec that was a third of everything the run allocated.
 * This one keeps its stacks in three reused arrays and builds each indentation once.
 *
 * Documents it does not print (fill, line suffixes, trim, cursors) and text outside printable ASCII
 * (whose width prettier measures with its own tables) go to prettier's printer, which gives the answer
 * by definition; a test holds the two to the same text on every layout the emitters produce.
 */
import { type builders } from 'prettier/doc';
type Doc = builders.Doc;
/**
 * prettier's `propagateBreaks`: a group holding a break-parent (every hard line has one) or a broken
 * group is broken, except a conditional group, which chooses among its states instead. Returns whether
 * the document breaks the group around it. Settled groups answer at once; `visited` guards the rest
 * (groups built by prettier's own builders) against being walked twice, and is made when one is met.
 */
export declare function propagateBreaks(doc: Doc, visited: Set<object> | undefined): boolean;
/**
 * prettier's `willBreak` (a group broken on purpose, a hard line or a break-parent inside; conditional
 * groups by their first state). The layouts ask it of the same nested documents again and again: a group
 * built by ./doc.ts answers from itself (`willBreak`, kept once asked), so a walk stops at the first group
 * it meets, and what lies between groups (arrays, indents) is shallow.
 */
export declare function willBreak(doc: Doc): boolean;
/** The text prettier's `printDocToString` gives for `doc` with spaces, two per indent, and `\n`. */
export declare function printDocument(doc: Doc, printWidth: number): string;
export {};
