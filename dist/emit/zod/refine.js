import { call, id, method, str } from '../../layout/js.js';
import { linearPattern } from './linear-pattern.js';
/*
 * Checks with a message, passed as Zod 4's string shorthand, which Zod normalises to `{ error }` (the
 * `message` key is deprecated): tsc relates one string to the parameter type far faster than it does a
 * fresh object literal at each of thousands of calls.
 */
/** `.refine(check, "message")` */
export const refine = (s, check, message) => method(s, 'refine', check, str(message));
/**
 * `pattern("…")`: a pattern through zod.ts's `pattern` helper rather than `new RegExp("…", "u")` at each
 * use, since tsc walks back over every declaration before a top-level use of a global such as `RegExp`.
 */
export function pattern(helpers, source) {
    // A pattern that can backtrack exponentially is tested in linear time instead (see linear-pattern.ts).
    const linear = linearPattern(helpers, source);
    if (linear)
        return linear;
    helpers.add('pattern');
    return call(id('pattern'), str(source));
}
//# sourceMappingURL=refine.js.map