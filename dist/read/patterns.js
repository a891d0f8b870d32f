/**
 * Patterns whose backtracking can explode: `^(a+)+$` takes a backtracking engine (V8's RegExp, Ajv's,
 * Zod's) 2^n steps on a near-miss of n characters (11.5 s at 28). Readers call `slowPatternWarning` on
 * every pattern they keep and report what it returns as `slow-pattern`.
 *
 * The verdict comes from structgen's own analysis of the pattern's automaton (`backtracking.ts`: a state
 * with two different paths back to itself on one word), which only looks and never runs the pattern.
 * Exponential backtracking needs a group that repeats without bound and can match in more than one way
 * inside, i.e. holds a quantifier or an alternation; patterns without such a group (nearly all real
 * ones: `^[a-z0-9-]+$`, UUIDs) are passed without the analysis. Polynomial cases (`^.*a.*$`) are not
 * reported: they are common and slow only on long input.
 */
import { exponentialBacktracking } from './backtracking.js';
/** Verdicts by pattern source: specs repeat their patterns, and the answer never changes. */
const verdicts = new Map();
/** Calls `report` with the warning when the pattern can backtrack exponentially: the readers' one call. */
export function warnIfSlow(pattern, report) {
    const warning = slowPatternWarning(pattern);
    if (warning !== undefined)
        report(warning);
}
/** The warning text for a pattern that can backtrack exponentially, or undefined. */
export function slowPatternWarning(pattern) {
    if (!mayBacktrackExponentially(pattern))
        return undefined;
    if (verdicts.has(pattern))
        return verdicts.get(pattern);
    let warning;
    const verdict = exponentialBacktracking(pattern);
    if (verdict) {
        warning = `pattern ${JSON.stringify(clip(pattern))} can backtrack exponentially: checking a near-miss such as ${JSON.stringify(clip(verdict.attack))} takes time that doubles with each character, in every validator generated from it`;
    }
    if (verdicts.size < 10_000)
        verdicts.set(pattern, warning);
    return warning;
}
const clip = (text) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
/**
 * Whether the pattern has a group repeated without bound (`*`, `+`, `{n,}`) that holds a quantifier or
 * an alternation: the shape every exponential case has. A cheap scan over the source, respecting
 * escapes and character classes; it errs towards yes.
 */
export function mayBacktrackExponentially(pattern) {
    const groups = []; // per open group: has a quantifier or an alternation inside
    let closedAmbiguous = false; // the group just closed was ambiguous
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        const wasClosed = closedAmbiguous;
        closedAmbiguous = false;
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[') {
            for (i++; i < pattern.length && pattern[i] !== ']'; i++)
                if (pattern[i] === '\\')
                    i++;
            continue;
        }
        if (c === '(') {
            groups.push(false);
            continue;
        }
        if (c === ')') {
            const ambiguous = groups.pop() ?? false;
            if (ambiguous && groups.length > 0)
                groups[groups.length - 1] = true;
            closedAmbiguous = ambiguous;
            continue;
        }
        const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(pattern.slice(i, i + 24)));
        const quantifier = unbounded || c === '?' || c === '{';
        if (unbounded && wasClosed)
            return true;
        if ((quantifier || c === '|') && groups.length > 0)
            groups[groups.length - 1] = true;
    }
    return false;
}
/**
 * The Unicode-mode (`u`) source of a pattern that is valid ECMA-262 only without `u`, or undefined.
 *
 * Without `u`, ECMA-262 Annex B accepts identity escapes of any character (`\-`, `\:`, `\_`, `\'`) and
 * a lone `{`, `}` or `]` as literal characters; with `u` (as JSON Schema validators compile patterns)
 * they are syntax errors. Written as the characters they stand for (`-`, `:`, `_`, `\{`), the pattern
 * means the same and compiles in both modes, so Zod and schema.json (Ajv) keep checking it. Patterns
 * that rely on what only the legacy mode has (octal escapes, `\c` outside a class, `\k` without
 * named groups) are left alone (undefined): they stay refused.
 */
export function unicodeModeSource(pattern) {
    try {
        new RegExp(pattern);
    }
    catch {
        return undefined;
    }
    const hasGroups = /\((?!\?)|\(\?</.test(pattern);
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            const n = pattern[i + 1];
            if (n === undefined)
                return undefined;
            const rest = pattern.slice(i + 2);
            if ('^$\\.*+?()[]{}|/'.includes(n) || 'fnrtvdDsSwW'.includes(n) || (inClass ? n === '-' || n === 'b' : n === 'b' || n === 'B')) {
                out += c + n;
            }
            else if (n === 'c' && /^[A-Za-z]/.test(rest)) {
                out += pattern.slice(i, i + 3);
                i++;
            }
            else if (n === 'x' && /^[0-9A-Fa-f]{2}/.test(rest)) {
                out += pattern.slice(i, i + 4);
                i += 2;
            }
            else if (n === 'u' && /^[0-9A-Fa-f]{4}/.test(rest)) {
                out += pattern.slice(i, i + 6);
                i += 4;
            }
            else if (n === '0' && !/^[0-9]/.test(rest)) {
                out += '\\0';
            }
            else if (/[1-9]/.test(n) && hasGroups && !inClass) {
                out += c + n; // a back-reference
            }
            else if (/[0-9cxukpP]/.test(n)) {
                return undefined;
            }
            else {
                // An identity escape of a character with no meaning: the character itself.
                out += n;
            }
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c === '[') {
            inClass = true;
            out += c;
            if (pattern[i + 1] === '^')
                out += pattern[++i];
            continue;
        }
        if (c === '{') {
            const quantifier = /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(i));
            if (quantifier) {
                out += quantifier[0];
                i += quantifier[0].length - 1;
            }
            else
                out += '\\{';
            continue;
        }
        out += c === '}' || c === ']' ? `\\${c}` : c;
    }
    try {
        new RegExp(out, 'u');
        return out;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=patterns.js.map