import { method, str, type Expr } from '../../layout/js.js';

/*
 * Checks with a message, passed as Zod 4's string shorthand, which Zod normalises to `{ error }` (the
 * `message` key is deprecated): tsc relates one string to the parameter type far faster than it does a
 * fresh object literal at each of thousands of calls.
 */

/** `.refine(check, "message")` */
export const refine = (s: Expr, check: Expr, message: string): Expr => method(s, 'refine', check, str(message));

/** `.regex(pattern, "message")` */
export const regex = (s: Expr, pattern: Expr, message: string): Expr => method(s, 'regex', pattern, str(message));
