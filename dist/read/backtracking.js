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
const maxCodePoint = 0x10ffff;
const end = 0x110000;
const endSet = [[end, end]];
/** Positions beyond which a pattern gets no verdict (its product automaton would be too large to search). */
const maxPositions = 600;
/** Steps of the product search beyond which a pattern gets no verdict. */
const maxSteps = 2_000_000;
/** Copies a bounded repeat is expanded into, at most, beyond its minimum (and of its minimum). */
const maxCopies = 3;
/**
 * The exponential-backtracking verdict: an attack input when the pattern can backtrack exponentially,
 * null when it cannot, undefined when it could not be decided (a syntax error, or too large).
 */
export function exponentialBacktracking(pattern) {
    let tree;
    try {
        tree = new Parser(pattern).parse();
    }
    catch {
        return undefined;
    }
    const automaton = buildAutomaton(tree);
    if (!automaton)
        return undefined;
    try {
        return findAmbiguity(automaton);
    }
    catch (error) {
        if (error === outOfBudget)
            return undefined;
        throw error;
    }
}
// ---------------------------------------------------------------------------------------------------
// Character sets
function normalize(ranges) {
    ranges.sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [lo, hi] of ranges) {
        const last = out[out.length - 1];
        if (last && lo <= last[1] + 1)
            last[1] = Math.max(last[1], hi);
        else
            out.push([lo, hi]);
    }
    return out;
}
function negate(set) {
    const out = [];
    let next = 0;
    for (const [lo, hi] of set) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = hi + 1;
    }
    if (next <= maxCodePoint)
        out.push([next, maxCodePoint]);
    return out;
}
/** A character of both sets, preferring letters, digits and printable ASCII; undefined when they share none. */
function common(a, b) {
    const shared = [];
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
        const lo = Math.max(a[i][0], b[j][0]);
        const hi = Math.min(a[i][1], b[j][1]);
        if (lo <= hi)
            shared.push([lo, hi]);
        if (a[i][1] < b[j][1])
            i++;
        else
            j++;
    }
    if (shared.length === 0)
        return undefined;
    for (const [plo, phi] of preferred)
        for (const [lo, hi] of shared)
            if (lo <= phi && hi >= plo)
                return Math.max(lo, plo);
    return shared[0][0];
}
const preferred = [
    [0x61, 0x7a],
    [0x41, 0x5a],
    [0x30, 0x39],
    [0x20, 0x7e],
];
const digit = [[0x30, 0x39]];
const word = normalize([
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
]);
// ECMAScript WhiteSpace and LineTerminator.
const space = normalize([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
    .map((c) => [c, c])
    .concat([[0x2000, 0x200a]]));
const lineTerminators = normalize([0x0a, 0x0d, 0x2028, 0x2029].map((c) => [c, c]));
const anyButNewline = negate(lineTerminators);
/**
 * `\p{…}` sets, computed once each by letting the engine find its runs in the basic plane (a few ms).
 * Characters above it are left out: ambiguity between two classes shows on the characters they share
 * there, and the search only needs some shared character, not all of them.
 */
const propertySets = new Map();
let basicPlane;
function propertySet(escape) {
    const known = propertySets.get(escape);
    if (known)
        return known;
    // Index i is code point i (a lone surrogate is a code point of its own under the u flag).
    basicPlane ??= Array.from({ length: 16 }, (_, block) => String.fromCharCode(...Array.from({ length: 0x1000 }, (_, i) => block * 0x1000 + i))).join('');
    const ranges = [];
    for (const m of basicPlane.matchAll(new RegExp(`${escape}+`, 'gu')))
        ranges.push([m.index, m.index + m[0].length - 1]);
    const set = normalize(ranges);
    propertySets.set(escape, set);
    return set;
}
// ---------------------------------------------------------------------------------------------------
// Parsing (ECMAScript pattern syntax, `u` flag)
class Parser {
    i = 0;
    chars;
    constructor(source) {
        this.chars = [...source];
    }
    parse() {
        const node = this.alternation();
        if (this.i < this.chars.length)
            throw new SyntaxError('unbalanced )');
        return node;
    }
    peek(offset = 0) {
        return this.chars[this.i + offset];
    }
    alternation() {
        const items = [this.sequence()];
        while (this.peek() === '|') {
            this.i++;
            items.push(this.sequence());
        }
        return items.length === 1 ? items[0] : { kind: 'alt', items };
    }
    sequence() {
        const items = [];
        while (this.i < this.chars.length && this.peek() !== '|' && this.peek() !== ')')
            items.push(this.quantified());
        return items.length === 1 ? items[0] : { kind: 'seq', items };
    }
    quantified() {
        let item = this.atom();
        for (;;) {
            const c = this.peek();
            let min, max;
            if (c === '*')
                [min, max] = [0, Infinity];
            else if (c === '+')
                [min, max] = [1, Infinity];
            else if (c === '?')
                [min, max] = [0, 1];
            else if (c === '{') {
                const match = /^\{(\d+)(,(\d*))?\}/.exec(this.chars.slice(this.i, this.i + 24).join(''));
                if (!match)
                    throw new SyntaxError('lone {');
                min = Number(match[1]);
                max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
                this.i += match[0].length - 1;
            }
            else
                return item;
            this.i++;
            if (this.peek() === '?')
                this.i++; // lazy: the same paths, tried in another order
            item = { kind: 'repeat', item, min, max };
        }
    }
    atom() {
        const c = this.chars[this.i++];
        switch (c) {
            case '.':
                return { kind: 'char', set: anyButNewline };
            case '^':
                return { kind: 'empty' };
            case '$':
                return { kind: 'char', set: endSet };
            case '[':
                return { kind: 'char', set: this.characterClass() };
            case '\\':
                return this.atomEscape();
            case '(':
                return this.group();
            case ')':
            case '*':
            case '+':
            case '?':
            case '{':
            case '}':
            case ']':
                throw new SyntaxError(`unexpected ${c}`);
            default:
                return { kind: 'char', set: single(c) };
        }
    }
    group() {
        let lookaround = false;
        if (this.peek() === '?') {
            const next = this.peek(1);
            if (next === ':')
                this.i += 2;
            else if (next === '=' || next === '!')
                [this.i, lookaround] = [this.i + 2, true];
            else if (next === '<' && (this.peek(2) === '=' || this.peek(2) === '!'))
                [this.i, lookaround] = [this.i + 3, true];
            else if (next === '<') {
                while (this.i < this.chars.length && this.peek() !== '>')
                    this.i++;
                this.i++;
            }
            else
                throw new SyntaxError('unknown group');
        }
        const inner = this.alternation();
        if (this.chars[this.i++] !== ')')
            throw new SyntaxError('unterminated group');
        // A lookaround reads nothing: its own backtracking is bounded by the input left, not multiplied.
        return lookaround ? { kind: 'empty' } : inner;
    }
    atomEscape() {
        const c = this.chars[this.i];
        if (c === 'b' || c === 'B') {
            this.i++;
            return { kind: 'empty' };
        }
        if (/[1-9]/.test(c)) {
            while (/\d/.test(this.peek() ?? ''))
                this.i++;
            return { kind: 'empty' }; // a back reference: read as empty (what it repeats is already counted)
        }
        if (c === 'k' && this.peek(1) === '<') {
            while (this.i < this.chars.length && this.peek() !== '>')
                this.i++;
            this.i++;
            return { kind: 'empty' };
        }
        return { kind: 'char', set: this.classEscape(false) };
    }
    /** After a `\`: the set it stands for (in a class, `\b` is a backspace). */
    classEscape(inClass) {
        const c = this.chars[this.i++];
        switch (c) {
            case undefined:
                throw new SyntaxError('\\ at end');
            case 'd':
                return digit;
            case 'D':
                return negate(digit);
            case 'w':
                return word;
            case 'W':
                return negate(word);
            case 's':
                return space;
            case 'S':
                return negate(space);
            case 'n':
                return single('\n');
            case 'r':
                return single('\r');
            case 't':
                return single('\t');
            case 'v':
                return single('\v');
            case 'f':
                return single('\f');
            case '0':
                return single('\0');
            case 'b':
                if (inClass)
                    return single('\b');
                throw new SyntaxError('\\b');
            case '-':
                return single('-');
            case 'c': {
                const letter = this.chars[this.i++] ?? '';
                if (!/[a-z]/i.test(letter))
                    throw new SyntaxError('\\c');
                return point(letter.codePointAt(0) % 32);
            }
            case 'x': {
                const hex = this.chars.slice(this.i, this.i + 2).join('');
                if (!/^[\da-f]{2}$/i.test(hex))
                    throw new SyntaxError('\\x');
                this.i += 2;
                return point(parseInt(hex, 16));
            }
            case 'u': {
                if (this.peek() === '{') {
                    const close = this.chars.indexOf('}', this.i);
                    const hex = this.chars.slice(this.i + 1, close).join('');
                    if (close < 0 || !/^[\da-f]+$/i.test(hex) || parseInt(hex, 16) > maxCodePoint)
                        throw new SyntaxError('\\u{}');
                    this.i = close + 1;
                    return point(parseInt(hex, 16));
                }
                const hex = this.chars.slice(this.i, this.i + 4).join('');
                if (!/^[\da-f]{4}$/i.test(hex))
                    throw new SyntaxError('\\u');
                this.i += 4;
                let code = parseInt(hex, 16);
                // A surrogate pair spelled as two escapes is one character.
                const low = this.chars.slice(this.i, this.i + 6).join('');
                if (code >= 0xd800 && code <= 0xdbff && /^\\u[dD][c-fC-F][\da-fA-F]{2}$/.test(low)) {
                    code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(low.slice(2), 16) - 0xdc00);
                    this.i += 6;
                }
                return point(code);
            }
            case 'p':
            case 'P': {
                const close = this.chars.indexOf('}', this.i);
                if (this.peek() !== '{' || close < 0)
                    throw new SyntaxError('\\p');
                const escape = `\\${c}${this.chars.slice(this.i, close + 1).join('')}`;
                this.i = close + 1;
                return propertySet(escape); // throws for an unknown property, as the engine would
            }
            default:
                // With the u flag only syntax characters and / may be escaped.
                if (!/[\^$\\.*+?()[\]{}|/]/.test(c))
                    throw new SyntaxError(`\\${c}`);
                return single(c);
        }
    }
    characterClass() {
        let negated = false;
        if (this.peek() === '^')
            [negated, this.i] = [true, this.i + 1];
        const ranges = [];
        const atom = () => {
            const c = this.chars[this.i++];
            if (c === undefined)
                throw new SyntaxError('unterminated class');
            return c === '\\' ? this.classEscape(true) : single(c);
        };
        while (this.peek() !== ']') {
            const from = atom();
            if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
                this.i++;
                const to = atom();
                if (from.length !== 1 || to.length !== 1 || from[0][0] !== from[0][1] || to[0][0] !== to[0][1] || from[0][0] > to[0][0])
                    throw new SyntaxError('bad range');
                ranges.push([from[0][0], to[0][0]]);
            }
            else
                ranges.push(...from.map(([lo, hi]) => [lo, hi]));
        }
        this.i++;
        const set = normalize(ranges);
        return negated ? negate(set) : set;
    }
}
function single(c) {
    return point(c.codePointAt(0));
}
function point(code) {
    return [[code, code]];
}
const tooLarge = Symbol('too large');
function buildAutomaton(tree) {
    const sets = [];
    const follow = [];
    const add = (into, p, n) => into.set(p, Math.min(2, (into.get(p) ?? 0) + n));
    const scaled = (from, by, into = new Map()) => {
        if (by > 0)
            for (const [p, n] of from)
                add(into, p, n * by);
        return into;
    };
    const link = (last, first) => {
        for (const [l, m] of last)
            for (const [f, n] of first)
                add(follow[l], f, m * n);
    };
    const build = (node) => {
        switch (node.kind) {
            case 'char': {
                if (sets.length >= maxPositions)
                    throw tooLarge;
                const p = sets.push(node.set) - 1;
                follow.push(new Map());
                return { nullable: 0, first: new Map([[p, 1]]), last: new Map([[p, 1]]) };
            }
            case 'empty':
                return { nullable: 1, first: new Map(), last: new Map() };
            case 'seq': {
                let part = { nullable: 1, first: new Map(), last: new Map() };
                for (const item of node.items)
                    part = concat(part, build(item));
                return part;
            }
            case 'alt': {
                const parts = node.items.map(build);
                const first = new Map();
                const last = new Map();
                for (const part of parts) {
                    scaled(part.first, 1, first);
                    scaled(part.last, 1, last);
                }
                return {
                    nullable: Math.min(2, parts.reduce((n, p) => n + p.nullable, 0)),
                    first,
                    last,
                };
            }
            case 'repeat': {
                const min = Math.min(node.min, maxCopies);
                const max = node.max === Infinity ? Infinity : Math.min(node.max, min + maxCopies);
                let part = { nullable: 1, first: new Map(), last: new Map() };
                for (let k = 0; k < min; k++)
                    part = concat(part, build(node.item));
                if (max === Infinity) {
                    // A loop: each iteration reads something (the engine's empty check), then may start again.
                    const body = build(node.item);
                    link(body.last, body.first);
                    part = concat(part, { nullable: 1, first: body.first, last: body.last });
                }
                else if (max > min) {
                    // x{0,k} is (x(x(x)?)?)?, as the engine's counted loop tries it: not x?x?x?.
                    let optional = { nullable: 1, first: new Map(), last: new Map() };
                    for (let k = min; k < max; k++) {
                        const copy = build(node.item);
                        const nested = concat(copy, optional);
                        optional = { nullable: 1, first: nested.first, last: nested.last };
                    }
                    part = concat(part, optional);
                }
                return part;
            }
        }
    };
    const concat = (a, b) => {
        link(a.last, b.first);
        return {
            nullable: Math.min(2, a.nullable * b.nullable),
            first: scaled(b.first, a.nullable, scaled(a.first, 1)),
            last: scaled(a.last, b.nullable, scaled(b.last, 1)),
        };
    };
    let whole;
    try {
        whole = build(tree);
    }
    catch (error) {
        if (error === tooLarge)
            return undefined;
        throw error;
    }
    return { sets, follow, first: whole.first, final: new Set(whole.last.keys()) };
}
// ---------------------------------------------------------------------------------------------------
// The ambiguity search
const outOfBudget = Symbol('out of budget');
function findAmbiguity(a) {
    let steps = 0;
    const step = () => {
        if (++steps > maxSteps)
            throw outOfBudget;
    };
    const n = a.sets.length;
    const component = stronglyConnected(n, (p) => a.follow[p].keys(), step);
    // Pairs (p, r) of one component that read the same character, as numbers p * n + r.
    for (const members of groupBy(component, n)) {
        const inside = new Set(members);
        const hasCycle = members.length > 1 || a.follow[members[0]].has(members[0]);
        if (!hasCycle)
            continue;
        // A cycle through a state where the pattern may already match succeeds at once: not a slow failure.
        if (members.some((p) => a.final.has(p)))
            continue;
        // Nor can it fail when every character continues some path (`^(\s+|\S+)*$`).
        const readable = normalize(members.flatMap((p) => [...a.follow[p].keys()].flatMap((f) => a.sets[f].map(([lo, hi]) => [lo, hi]))));
        const failing = common(negate(readable), [[0, maxCodePoint]]);
        if (failing === undefined)
            continue;
        const successors = (pair) => {
            const p = Math.floor(pair / n);
            const r = pair % n;
            const next = [];
            for (const p2 of a.follow[p].keys()) {
                if (!inside.has(p2))
                    continue;
                for (const r2 of a.follow[r].keys()) {
                    step();
                    if (inside.has(r2) && (p2 === r2 || common(a.sets[p2], a.sets[r2]) !== undefined))
                        next.push(p2 * n + r2);
                }
            }
            return next;
        };
        // Pairs reachable from the diagonal.
        const pairs = [];
        const index = new Map();
        const queue = members.map((p) => p * n + p);
        for (const pair of queue) {
            if (index.has(pair))
                continue;
            index.set(pair, pairs.push(pair) - 1);
            for (const next of successors(pair))
                if (!index.has(next))
                    queue.push(next);
        }
        const edges = pairs.map((pair) => successors(pair).map((next) => index.get(next)));
        const pairComponent = stronglyConnected(pairs.length, (i) => edges[i], step);
        for (const group of groupBy(pairComponent, pairs.length)) {
            const same = new Set(group);
            const diagonal = group.find((i) => isDiagonal(pairs[i], n));
            if (diagonal === undefined)
                continue;
            // A divergence inside the group: a pair of two states, or one of two parallel edges between diagonal pairs.
            const offDiagonal = group.find((i) => !isDiagonal(pairs[i], n));
            if (offDiagonal !== undefined) {
                const cycle = [...shortestPath(edges, same, diagonal, offDiagonal), ...shortestPath(edges, same, offDiagonal, diagonal)];
                return attack(a, pairs, cycle, diagonal, n, failing);
            }
            for (const i of group) {
                const p = Math.floor(pairs[i] / n);
                const j = edges[i].find((j) => same.has(j) && a.follow[p].get(Math.floor(pairs[j] / n)) > 1);
                if (j === undefined)
                    continue;
                const cycle = [...shortestPath(edges, same, diagonal, i), j, ...shortestPath(edges, same, j, diagonal)];
                return attack(a, pairs, cycle, diagonal, n, failing);
            }
        }
    }
    return null;
}
const isDiagonal = (pair, n) => Math.floor(pair / n) === pair % n;
function groupBy(component, n) {
    const groups = new Map();
    for (let i = 0; i < n; i++) {
        const list = groups.get(component[i]);
        if (list)
            list.push(i);
        else
            groups.set(component[i], [i]);
    }
    return [...groups.values()];
}
/** Tarjan's algorithm, without recursion: the component number of each node. */
function stronglyConnected(n, successors, step) {
    const index = new Array(n).fill(-1);
    const low = new Array(n).fill(0);
    const component = new Array(n).fill(-1);
    const onStack = new Array(n).fill(false);
    const stack = [];
    let counter = 0;
    let components = 0;
    for (let root = 0; root < n; root++) {
        if (index[root] !== -1)
            continue;
        const work = [[root, successors(root)[Symbol.iterator]()]];
        index[root] = low[root] = counter++;
        stack.push(root);
        onStack[root] = true;
        while (work.length > 0) {
            const [node, it] = work[work.length - 1];
            const next = it.next();
            step();
            if (!next.done) {
                const m = next.value;
                if (index[m] === -1) {
                    index[m] = low[m] = counter++;
                    stack.push(m);
                    onStack[m] = true;
                    work.push([m, successors(m)[Symbol.iterator]()]);
                }
                else if (onStack[m])
                    low[node] = Math.min(low[node], index[m]);
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1][0];
                low[parent] = Math.min(low[parent], low[node]);
            }
            if (low[node] === index[node]) {
                for (;;) {
                    const m = stack.pop();
                    onStack[m] = false;
                    component[m] = components;
                    if (m === node)
                        break;
                }
                components++;
            }
        }
    }
    return component;
}
/** The nodes after `start` on a shortest path to `goal` inside `group` (empty when they are one). */
function shortestPath(edges, group, start, goal) {
    const before = new Map([[start, -1]]);
    const queue = [start];
    for (const at of queue) {
        if (at === goal)
            break;
        for (const next of edges[at]) {
            if (!group.has(next) || before.has(next))
                continue;
            before.set(next, at);
            queue.push(next);
        }
    }
    const path = [];
    for (let at = goal; at !== start; at = before.get(at))
        path.unshift(at);
    return path;
}
/**
 * An input showing the blow-up: the shortest way into the ambiguous state q, the pumped word (the
 * characters of a cycle from (q, q) through the divergence and back) repeated, and a character that no
 * state of the loop can go on with, which ends every path.
 */
function attack(a, pairs, cycle, diagonal, n, last) {
    const pump = cycle.map((i) => common(a.sets[Math.floor(pairs[i] / n)], a.sets[pairs[i] % n]));
    const q = Math.floor(pairs[diagonal] / n);
    const before = new Map();
    const queue = [];
    for (const p of a.first.keys()) {
        before.set(p, -1);
        queue.push(p);
    }
    for (const p of queue) {
        if (p === q)
            break;
        for (const next of a.follow[p].keys()) {
            if (before.has(next))
                continue;
            before.set(next, p);
            queue.push(next);
        }
    }
    const prefix = [];
    for (let p = q; p !== -1 && before.has(p); p = before.get(p))
        prefix.unshift(common(a.sets[p], a.sets[p]));
    // The end-of-input symbol is no character: a path through `$` shows it by ending there.
    const text = (codes) => String.fromCodePoint(...codes.filter((c) => c !== end));
    const [start, middle, suffix] = [text(prefix), text(pump), text([last])];
    return {
        prefix: start,
        pump: middle,
        suffix,
        attack: start + middle.repeat(Math.max(2, Math.ceil(30 / Math.max(1, middle.length)))) + suffix,
    };
}
//# sourceMappingURL=backtracking.js.map