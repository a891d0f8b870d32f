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
import { printer as prettierPrinter } from 'prettier/doc';
const BREAK = 1;
const FLAT = 0;
/** The documents this printer does not handle: prettier's printer prints them. */
class Declined extends Error {
}
/** An indentation: its text, the text a literal line returns to (`markAsRoot`), and the pieces it is made of. */
class Indent {
    queue;
    value;
    root;
    indented;
    aligned;
    marked;
    constructor(queue, root) {
        this.queue = queue;
        this.value = queue.join('');
        this.root = root ?? this;
    }
    indent() {
        return (this.indented ??= new Indent([...this.queue, '  '], this.root));
    }
    /** prettier's `makeAlign`: a width in spaces, a string, one step back, back to the root, or a new root. */
    align(n) {
        if (!n)
            return this;
        if (typeof n === 'object' && n.type === 'root') {
            return (this.marked ??= new Indent(this.queue, this));
        }
        if (n === Number.NEGATIVE_INFINITY)
            return this.root;
        if (typeof n !== 'number' && typeof n !== 'string')
            throw new Declined('align');
        this.aligned ??= new Map();
        let next = this.aligned.get(n);
        if (!next) {
            const queue = typeof n === 'number' ? (n < 0 ? this.queue.slice(0, -1) : [...this.queue, ' '.repeat(n)]) : [...this.queue, n];
            next = new Indent(queue, this.root);
            this.aligned.set(n, next);
        }
        return next;
    }
}
const rootIndent = new Indent([], undefined);
function width(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20 || c > 0x7f)
            throw new Declined('text outside printable ASCII');
    }
    return text.length;
}
/**
 * prettier's `propagateBreaks`: a group holding a break-parent (every hard line has one) or a broken
 * group is broken, except a conditional group, which chooses among its states instead. Returns whether
 * the document breaks the group around it. Settled groups answer at once; `visited` guards the rest
 * (groups built by prettier's own builders) against being walked twice, and is made when one is met.
 */
export function propagateBreaks(doc, visited) {
    if (typeof doc === 'string')
        return false;
    if (Array.isArray(doc)) {
        let breaks = false;
        for (const part of doc)
            if (propagateBreaks(part, visited))
                breaks = true;
        return breaks;
    }
    const d = doc;
    switch (d.type) {
        case 'group': {
            // `settled`: built by ./doc.ts's `group`, which ran this over its contents; its `break` is final.
            if (d.settled)
                return Boolean(d.break);
            visited ??= new Set();
            if (visited.has(d))
                return Boolean(d.break);
            visited.add(d);
            let inner = false;
            if (d.expandedStates) {
                for (const state of d.expandedStates)
                    if (propagateBreaks(state, visited))
                        inner = true;
            }
            else {
                inner = propagateBreaks(d.contents, visited);
            }
            if (inner && !d.expandedStates && !d.break)
                d.break = 'propagated';
            return Boolean(d.break);
        }
        case 'break-parent':
            return true;
        case 'if-break': {
            const a = propagateBreaks(d.breakContents ?? '', visited);
            const b = propagateBreaks(d.flatContents ?? '', visited);
            return a || b;
        }
        case 'fill': {
            let breaks = false;
            for (const part of d.parts)
                if (propagateBreaks(part, visited))
                    breaks = true;
            return breaks;
        }
        case 'indent':
        case 'align':
        case 'indent-if-break':
        case 'label':
        case 'line-suffix':
            return propagateBreaks(d.contents, visited);
        case 'line':
        case 'line-suffix-boundary':
        case 'trim':
        case 'cursor':
            return false;
        default:
            throw new Error(`internal error: unexpected document ${JSON.stringify(d.type)}`);
    }
}
// The command stack (document, mode, indentation), and the one `fits` measures with: reused by every print.
const docs = [];
const modes = [];
const indents = [];
const fitDocs = [];
const fitModes = [];
/**
 * prettier's `fits`: whether `doc` printed flat, followed by the commands still on the stack up to the
 * first line break, fits in `remaining` columns. A space before a line break is not counted.
 */
function fits(doc, restLength, remaining, groupModes) {
    let rest = restLength;
    let pendingSpace = false;
    // A stack by index, not by length: emptying an array gives up its storage, which every call then regrew.
    let top = 0;
    fitDocs[top] = doc;
    fitModes[top++] = FLAT;
    while (remaining >= 0) {
        if (top === 0) {
            if (rest === 0)
                return true;
            rest--;
            fitDocs[top] = docs[rest];
            fitModes[top++] = modes[rest];
            continue;
        }
        const d = fitDocs[--top];
        const mode = fitModes[top];
        if (typeof d === 'string') {
            if (d !== '') {
                if (pendingSpace) {
                    remaining -= 1;
                    pendingSpace = false;
                }
                remaining -= width(d);
            }
            continue;
        }
        if (Array.isArray(d)) {
            for (let i = d.length - 1; i >= 0; i--) {
                fitDocs[top] = d[i];
                fitModes[top++] = mode;
            }
            continue;
        }
        const o = d;
        switch (o.type) {
            case 'indent':
            case 'align':
            case 'indent-if-break':
            case 'label':
                fitDocs[top] = o.contents;
                fitModes[top++] = mode;
                break;
            case 'group': {
                const groupMode = o.break ? BREAK : mode;
                fitDocs[top] = o.expandedStates && groupMode === BREAK ? o.expandedStates[o.expandedStates.length - 1] : o.contents;
                fitModes[top++] = groupMode;
                break;
            }
            case 'if-break': {
                const groupMode = o.groupId ? (groupModes.get(o.groupId) ?? FLAT) : mode;
                const contents = groupMode === BREAK ? o.breakContents : o.flatContents;
                if (contents) {
                    fitDocs[top] = contents;
                    fitModes[top++] = mode;
                }
                break;
            }
            case 'line':
                if (mode === BREAK || o.hard)
                    return true;
                if (!o.soft)
                    pendingSpace = true;
                break;
            case 'break-parent':
            case 'line-suffix-boundary': // a boundary matters only after a line suffix, which is declined
            case 'cursor':
                break;
            default:
                throw new Declined(o.type);
        }
    }
    return false;
}
/** The printed text, in pieces; a line break trims the spaces and tabs the last line ended with. */
function trimTrailing(out) {
    for (let i = out.length - 1; i >= 0; i--) {
        const piece = out[i];
        let end = piece.length;
        while (end > 0 && (piece.charCodeAt(end - 1) === 0x20 || piece.charCodeAt(end - 1) === 0x09))
            end--;
        if (end > 0) {
            if (end < piece.length)
                out[i] = piece.slice(0, end);
            return;
        }
        out.length = i;
    }
}
/** The ids of the groups `printFlat` recorded as flat, so an attempt it gives up on can take them back. */
const flatIds = [];
/**
 * A document printed flat: what the main loop prints for it in flat mode, without its stacks. Lines are
 * spaces or nothing, groups are flat (their ids recorded so), and `if-break`s follow their group's mode.
 * Returns false, part way, at what the main loop would break even in flat mode (a hard line, a broken
 * group); the caller then takes back what was printed and recorded.
 */
function printFlat(doc, out, groupModes) {
    if (typeof doc === 'string') {
        if (doc !== '')
            out.push(doc);
        return true;
    }
    if (Array.isArray(doc)) {
        for (const part of doc)
            if (!printFlat(part, out, groupModes))
                return false;
        return true;
    }
    const o = doc;
    switch (o.type) {
        case 'indent':
        case 'align':
        case 'label':
            return printFlat(o.contents, out, groupModes);
        case 'group':
            if (o.break)
                return false;
            if (o.id) {
                groupModes.set(o.id, FLAT);
                flatIds.push(o.id);
            }
            return printFlat(o.contents, out, groupModes);
        case 'if-break':
        case 'indent-if-break': {
            const groupMode = o.groupId ? groupModes.get(o.groupId) : FLAT;
            if (groupMode === undefined)
                return true;
            if (o.type === 'indent-if-break')
                return printFlat(o.contents, out, groupModes);
            const contents = groupMode === BREAK ? o.breakContents : o.flatContents;
            return contents ? printFlat(contents, out, groupModes) : true;
        }
        case 'line':
            if (o.hard)
                return false;
            if (!o.soft)
                out.push(' ');
            return true;
        case 'break-parent':
        case 'line-suffix-boundary':
            return true;
        default:
            throw new Declined(o.type);
    }
}
/**
 * prettier's `willBreak` (a group broken on purpose, a hard line or a break-parent inside; conditional
 * groups by their first state). The layouts ask it of the same nested documents again and again: a group
 * built by ./doc.ts answers from itself (`willBreak`, kept once asked), so a walk stops at the first group
 * it meets, and what lies between groups (arrays, indents) is shallow.
 */
export function willBreak(doc) {
    if (typeof doc === 'string')
        return false;
    const group = doc;
    if (group.settled)
        return (group.willBreak ??= Boolean(group.break) || willBreak(group.contents));
    if (Array.isArray(doc)) {
        for (const part of doc)
            if (willBreak(part))
                return true;
        return false;
    }
    const d = doc;
    switch (d.type) {
        case 'break-parent':
            return true;
        case 'line':
            return d.hard === true;
        case 'group':
            return Boolean(d.break) || willBreak(d.contents);
        case 'if-break':
            return willBreak(d.breakContents ?? '') || willBreak(d.flatContents ?? '');
        case 'fill':
            return d.parts.some(willBreak);
        default:
            return d.contents !== undefined && willBreak(d.contents);
    }
}
/** The modes of the groups with an id of the document being printed (emptied by each print). */
const printGroupModes = new Map();
function print(doc, printWidth) {
    // Many small documents are printed (a long interface's members, a table's entries): nothing is
    // allocated for what a document does not use (a visited set for groups prettier's builders made).
    propagateBreaks(doc, undefined);
    const groupModes = printGroupModes;
    if (groupModes.size > 0)
        groupModes.clear();
    const out = [];
    // The column is measured only when a group asks for it: most text (comment lines, members that
    // end in a hard line) is never measured, and the pieces of a line are measured once.
    let measured = 0;
    let column = 0;
    const position = () => {
        for (; measured < out.length; measured++)
            column += width(out[measured]);
        return column;
    };
    let shouldRemeasure = false;
    if (docs.length > 0) {
        // left by a print that was declined part way
        docs.length = 0;
        modes.length = 0;
        indents.length = 0;
    }
    flatIds.length = 0;
    const push = (d, mode, indent) => {
        docs.push(d);
        modes.push(mode);
        indents.push(indent);
    };
    push(doc, BREAK, rootIndent);
    while (docs.length > 0) {
        const d = docs.pop();
        const mode = modes.pop();
        const indent = indents.pop();
        if (typeof d === 'string') {
            if (d !== '') {
                out.push(d);
            }
            continue;
        }
        if (Array.isArray(d)) {
            for (let i = d.length - 1; i >= 0; i--)
                push(d[i], mode, indent);
            continue;
        }
        const o = d;
        switch (o.type) {
            case 'indent':
                push(o.contents, mode, indent.indent());
                break;
            case 'align':
                push(o.contents, mode, indent.align(o.n));
                break;
            case 'group': {
                let chosen;
                let next;
                if (mode === FLAT && !shouldRemeasure) {
                    chosen = o.break ? BREAK : FLAT;
                    next = o.contents;
                }
                else {
                    shouldRemeasure = false;
                    const remaining = printWidth - position();
                    if (!o.break && fits(o.contents, docs.length, remaining, groupModes)) {
                        chosen = FLAT;
                        next = o.contents;
                    }
                    else if (!o.expandedStates) {
                        chosen = BREAK;
                        next = o.contents;
                    }
                    else {
                        const states = o.expandedStates;
                        let state = -1;
                        if (!o.break) {
                            for (let i = 1; i < states.length - 1 && state < 0; i++)
                                if (fits(states[i], docs.length, remaining, groupModes))
                                    state = i;
                        }
                        chosen = state < 0 ? BREAK : FLAT;
                        next = states[state < 0 ? states.length - 1 : state];
                    }
                }
                if (o.id)
                    groupModes.set(o.id, chosen);
                // Flat: its text at once, without the stacks, unless a hard line turns up inside (rare: one
                // would have broken the group, unless it sits in a conditional group's state); then as usual.
                if (chosen === FLAT) {
                    const pieces = out.length;
                    const recorded = flatIds.length;
                    if (!printFlat(next, out, groupModes)) {
                        out.length = pieces;
                        for (let i = recorded; i < flatIds.length; i++)
                            groupModes.delete(flatIds[i]);
                        push(next, chosen, indent);
                    }
                    flatIds.length = recorded;
                }
                else
                    push(next, chosen, indent);
                break;
            }
            case 'if-break':
            case 'indent-if-break': {
                const groupMode = o.groupId ? groupModes.get(o.groupId) : mode;
                if (groupMode === BREAK) {
                    if (o.type === 'if-break') {
                        if (o.breakContents)
                            push(o.breakContents, mode, indent);
                    }
                    else {
                        push(o.contents, mode, o.negate ? indent : indent.indent());
                    }
                }
                else if (groupMode === FLAT) {
                    if (o.type === 'if-break') {
                        if (o.flatContents)
                            push(o.flatContents, mode, indent);
                    }
                    else {
                        push(o.contents, mode, o.negate ? indent.indent() : indent);
                    }
                }
                break;
            }
            case 'line':
                if (mode === FLAT && !o.hard) {
                    if (!o.soft) {
                        out.push(' ');
                    }
                    break;
                }
                if (mode === FLAT)
                    shouldRemeasure = true;
                if (o.literal) {
                    out.push('\n', indent.root.value);
                    measured = out.length;
                    column = indent.root.value.length;
                }
                else {
                    trimTrailing(out);
                    out.push('\n', indent.value);
                    measured = out.length;
                    column = indent.value.length;
                }
                break;
            case 'label':
                push(o.contents, mode, indent);
                break;
            case 'break-parent':
            case 'line-suffix-boundary': // prints a line only after a line suffix, which is declined
                break;
            default:
                throw new Declined(o.type);
        }
    }
    return out.join('');
}
/** The text prettier's `printDocToString` gives for `doc` with spaces, two per indent, and `\n`. */
export function printDocument(doc, printWidth) {
    try {
        return print(doc, printWidth);
    }
    catch (error) {
        if (!(error instanceof Declined))
            throw error;
        return prettierPrinter.printDocToString(doc, { printWidth, tabWidth: 2, useTabs: false }).formatted;
    }
}
//# sourceMappingURL=printer.js.map