import { method, str, type Expr } from '../../layout/js.js';

/**
 * `.refine(check, "message")`, or another check that takes Zod 4's error parameter (`.regex`). The
 * message is passed as the string shorthand, which Zod normalises to `{ error }` (the `message` key is
 * deprecated): tsc relates one string to the parameter type far faster than it does a fresh object
 * literal at each of thousands of calls.
 */
export const refine = (s: Expr, check: Expr, message: string, name: 'refine' | 'regex' = 'refine'): Expr =>
  method(s, name, check, str(message));
