import { type Expr } from '../../layout/js.js';
import type { HelperName } from './helpers.js';
/** `.refine(check, "message")` */
export declare const refine: (s: Expr, check: Expr, message: string) => Expr;
/**
 * `pattern("…")`: a pattern through zod.ts's `pattern` helper rather than `new RegExp("…", "u")` at each
 * use, since tsc walks back over every declaration before a top-level use of a global such as `RegExp`.
 */
export declare function pattern(helpers: Set<HelperName>, source: string): Expr;
