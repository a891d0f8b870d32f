/**
 * Patterns that can backtrack exponentially (the ones the readers report as `slow-pattern`) are not run by
 * the JavaScript engine in a generated validator: `^(\w+\s?)*$` takes V8 seconds on a near-miss of 30
 * characters, and a request body that takes seconds to validate is a denial of service on the server
 * that checks it. zod.ts tests them with `linearPattern`, a RegExp whose `test` follows every way of
 * matching at once (a Thompson NFA, as RE2 and Go do), so its time grows with the string's length times
 * the pattern's size, never exponentially. Single characters (a class, an escape, `.`) are still judged
 * by the engine's own RegExp, one character at a time, so their meaning is JavaScript's exactly.
 *
 * Backreferences and lookarounds have no such automaton; a slow pattern that uses them (rare) is run by
 * the engine only on strings of at most `slowPatternLimit` characters, and a longer string fails it.
 */
import { call, id, str } from '../../layout/js.js';
import { mayBacktrackExponentially } from '../../read/patterns.js';
/**
 * `linearPattern("…")` when the pattern may backtrack exponentially, else undefined. Decided by the
 * readers' cheap scan (a repeated group that can match in more than one way), which errs towards yes and
 * takes in every pattern recheck reports: recheck's verdict depends on a time limit, and what zod.ts says
 * must not depend on how busy the machine was. 2 of the 97 distinct patterns in the shared corpora pass
 * the scan.
 */
export function linearPattern(helpers, source) {
    if (!mayBacktrackExponentially(source))
        return undefined;
    helpers.add('linearPattern');
    return call(id('linearPattern'), str(source));
}
export const linearPatternHelper = `/** Longest string a slow pattern with a backreference or lookaround is run on (see linearPattern). */
const slowPatternLimit = 256;

/** One step of a pattern's automaton: a character, a fork, a jump, an assertion, or the match. */
type Step =
  | { op: "char"; test: (char: string) => boolean; next: number }
  | { op: "split"; next: number; alt: number }
  | { op: "jump"; next: number }
  | { op: "start" | "end" | "boundary" | "notBoundary"; next: number }
  | { op: "match" };

/** A pattern's syntax tree: what the automaton is built from. */
type Node =
  | { kind: "char"; test: (char: string) => boolean }
  | { kind: "start" | "end" | "boundary" | "notBoundary" }
  | { kind: "sequence"; items: Node[] }
  | { kind: "choice"; options: Node[] }
  | { kind: "repeat"; node: Node; min: number; max: number };

/** A character test by the engine's own RegExp, cached per character. */
function characterTest(source: string): (char: string) => boolean {
  const single = new RegExp(\`^(?:\${source})$\`, "u");
  const seen = new Map<string, boolean>();
  return (char) => {
    let verdict = seen.get(char);
    if (verdict === undefined) {
      verdict = single.test(char);
      if (seen.size < 4096) seen.set(char, verdict);
    }
    return verdict;
  };
}

/** The pattern's syntax tree, or undefined if it needs a backtracking engine (backreference, lookaround). */
function parsePattern(source: string): Node | undefined {
  let at = 0;
  const unsupported = new Error("unsupported");
  const choice = (): Node => {
    const options: Node[] = [sequence()];
    while (source[at] === "|") {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: "choice", options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      const atom = atomAt();
      items.push(quantified(atom));
    }
    return { kind: "sequence", items };
  };
  const quantified = (node: Node): Node => {
    const c = source[at];
    let min: number;
    let max: number;
    if (c === "*" || c === "+" || c === "?") {
      at++;
      [min, max] = c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : [0, 1];
    } else if (c === "{") {
      const counted = /^\\{(\\d+)(,(\\d*))?\\}/.exec(source.slice(at));
      if (!counted) throw unsupported;
      at += counted[0].length;
      min = Number(counted[1]);
      max = counted[2] === undefined ? min : counted[3] === "" ? Infinity : Number(counted[3]);
    } else return node;
    if (source[at] === "?") at++; // lazy: the same strings match
    return quantified({ kind: "repeat", node, min, max });
  };
  const atomAt = (): Node => {
    const start = at;
    const c = source[at]!;
    if (c === "^" || c === "$") {
      at++;
      return { kind: c === "^" ? "start" : "end" };
    }
    if (c === "(") {
      if (
        source.startsWith("(?=", at) ||
        source.startsWith("(?!", at) ||
        source.startsWith("(?<=", at) ||
        source.startsWith("(?<!", at)
      )
        throw unsupported;
      const named = /^\\(\\?<[^>]+>/.exec(source.slice(at));
      at += named ? named[0].length : source.startsWith("(?:", at) ? 3 : 1;
      const inner = choice();
      if (source[at] !== ")") throw unsupported;
      at++;
      return inner;
    }
    if (c === "[") {
      for (at++; at < source.length && source[at] !== "]"; at++) if (source[at] === "\\\\") at++;
      at++;
      return { kind: "char", test: characterTest(source.slice(start, at)) };
    }
    if (c === "\\\\") {
      const e = source[at + 1];
      if (e === "b" || e === "B") {
        at += 2;
        return { kind: e === "b" ? "boundary" : "notBoundary" };
      }
      if (e === undefined || /[1-9k]/.test(e)) throw unsupported;
      const escape =
        /^\\\\(u\\{[0-9a-fA-F]+\\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[pP]\\{[^}]*\\}|0|[^])/u.exec(
          source.slice(at),
        );
      if (!escape) throw unsupported;
      at += escape[0].length;
      return { kind: "char", test: characterTest(escape[0]) };
    }
    const char = String.fromCodePoint(source.codePointAt(at)!);
    at += char.length;
    if (char === ".") return { kind: "char", test: characterTest(".") };
    return { kind: "char", test: (other) => other === char };
  };
  try {
    const node = choice();
    return at === source.length ? node : undefined;
  } catch {
    return undefined;
  }
}

/** The automaton's steps for \`node\`, appended to \`steps\`; it continues at the step after them. */
function compile(node: Node, steps: Step[]): void {
  const hole = () => steps.length;
  switch (node.kind) {
    case "char":
      steps.push({ op: "char", test: node.test, next: hole() + 1 });
      break;
    case "start":
    case "end":
    case "boundary":
    case "notBoundary":
      steps.push({ op: node.kind, next: hole() + 1 });
      break;
    case "sequence":
      for (const item of node.items) compile(item, steps);
      break;
    case "choice": {
      const jumps: { next: number }[] = [];
      node.options.forEach((option, i) => {
        if (i < node.options.length - 1) {
          const split = { op: "split" as const, next: hole() + 1, alt: 0 };
          steps.push(split);
          compile(option, steps);
          const jump = { op: "jump" as const, next: 0 };
          steps.push(jump);
          jumps.push(jump);
          split.alt = hole();
        } else compile(option, steps);
      });
      for (const jump of jumps) jump.next = hole();
      break;
    }
    case "repeat": {
      for (let i = 0; i < node.min; i++) compile(node.node, steps);
      if (node.max === Infinity) {
        const split = { op: "split" as const, next: hole() + 1, alt: 0 };
        steps.push(split);
        const loop = steps.length - 1;
        compile(node.node, steps);
        steps.push({ op: "jump", next: loop });
        split.alt = hole();
      } else {
        const splits: { alt: number }[] = [];
        for (let i = node.min; i < node.max; i++) {
          const split = { op: "split" as const, next: hole() + 1, alt: 0 };
          steps.push(split);
          splits.push(split);
          compile(node.node, steps);
        }
        for (const split of splits) split.alt = hole();
      }
      break;
    }
  }
  if (steps.length > 100_000) throw new Error("pattern too large");
}

const isWordChar = (char: string | undefined) => char !== undefined && /^\\w$/.test(char);

/** Whether the automaton matches somewhere in \`text\`: every thread advanced together, one character at a time. */
function runSteps(steps: readonly Step[], text: string): boolean {
  let current = new Int32Array(steps.length);
  let next = new Int32Array(steps.length);
  let currentCount = 0;
  let nextCount = 0;
  const mark = new Int32Array(steps.length).fill(-1);
  let generation = 0;
  const stack: number[] = [];
  const anchored = steps[0]?.op === "start";
  let previous: string | undefined;
  let char: string | undefined;
  /** Adds \`first\` and every step reachable from it without reading a character to \`list\`; true on a match. */
  const add = (list: Int32Array, count: number, first: number, pos: number): number => {
    stack.push(first);
    while (stack.length > 0) {
      const index = stack.pop()!;
      if (mark[index] === generation) continue;
      mark[index] = generation;
      const step = steps[index]!;
      switch (step.op) {
        case "match":
          stack.length = 0;
          return -1;
        case "char":
          list[count++] = index;
          break;
        case "split":
          stack.push(step.alt, step.next);
          break;
        case "jump":
          stack.push(step.next);
          break;
        case "start":
          if (pos === 0) stack.push(step.next);
          break;
        case "end":
          if (char === undefined) stack.push(step.next);
          break;
        case "boundary":
        case "notBoundary":
          if ((isWordChar(previous) !== isWordChar(char)) === (step.op === "boundary"))
            stack.push(step.next);
          break;
      }
    }
    return count;
  };
  /** The code point at \`pos\` as a string (one UTF-16 unit unless a surrogate pair), or undefined at the end. */
  const charAt = (pos: number): string | undefined => {
    const unit = text.charCodeAt(pos);
    if (unit >= 0xd800 && unit <= 0xdbff) return String.fromCodePoint(text.codePointAt(pos)!);
    return pos < text.length ? text[pos] : undefined;
  };
  // Where the pattern is not anchored, a new thread starts at every position; when no assertion is
  // reached before its first character, the steps it reaches are the same each time, found once.
  let starting: number[] | undefined;
  if (!anchored) {
    const first = new Int32Array(steps.length);
    const count = add(first, 0, 0, -1);
    const asserts = steps.some(
      (step) =>
        step.op === "start" ||
        step.op === "end" ||
        step.op === "boundary" ||
        step.op === "notBoundary",
    );
    if (count >= 0 && !asserts) starting = Array.from(first.subarray(0, count));
    generation++;
  }
  for (let pos = 0; ; pos += char!.length) {
    char = charAt(pos);
    if (starting && pos > 0) {
      for (const index of starting)
        if (mark[index] !== generation) {
          mark[index] = generation;
          current[currentCount++] = index;
        }
    } else if (pos === 0 || !anchored) {
      currentCount = add(current, currentCount, 0, pos);
      if (currentCount < 0) return true;
    }
    if (char === undefined || (anchored && currentCount === 0)) return false;
    generation++;
    nextCount = 0;
    const saved = char;
    // Assertions after this character see it as the one before.
    previous = char;
    char = charAt(pos + saved.length);
    for (let i = 0; i < currentCount; i++) {
      const step = steps[current[i]!] as Extract<Step, { op: "char" }>;
      if (step.test(saved)) {
        nextCount = add(next, nextCount, step.next, pos + saved.length);
        if (nextCount < 0) return true;
      }
    }
    char = saved;
    [current, next] = [next, current];
    currentCount = nextCount;
  }
}

/**
 * A pattern structgen found can backtrack exponentially (\`slow-pattern\`): a RegExp (its \`source\` is the
 * pattern, as \`z.toJSONSchema\` reads it) whose \`test\` runs in time linear in the string, by an automaton
 * that follows every way of matching at once. Patterns with a backreference or lookaround, which no
 * automaton can follow, are run by the engine on strings of at most \`slowPatternLimit\` characters only.
 */
class LinearPattern extends RegExp {
  #steps: Step[] | null | undefined;

  override test(text: string): boolean {
    if (this.#steps === undefined) {
      const node = parsePattern(this.source);
      try {
        const steps: Step[] = [];
        if (node) compile(node, steps);
        this.#steps = node ? [...steps, { op: "match" }] : null;
      } catch {
        this.#steps = null;
      }
    }
    if (this.#steps === null) return text.length <= slowPatternLimit && super.test(text);
    return runSteps(this.#steps, text);
  }
}

function linearPattern(source: string): RegExp {
  return new LinearPattern(source, "u");
}`;
//# sourceMappingURL=linear-pattern.js.map