/**
 * What differs between the Zod APIs the validators can be written in. The Zod emitter builds every
 * schema in Zod's classic API (`string().refine(…)`, `.exactOptional()`); a dialect says which module
 * zod.ts imports and rewrites what the other API spells differently: the schemas' expressions, the
 * builders and helpers the file declares, and the types it names. The classic dialect changes nothing;
 * Zod Mini's lives with its target (../zod-mini/dialect.ts).
 */
import type { Expr } from '../../layout/js.js';
import type { BuilderName } from './builders.js';

export interface ZodDialect {
  /** The module zod.ts imports `z` from. */
  specifier: string;
  /** A schema's expression, built in the classic API, as this API writes it; builders it calls go in `used`. */
  expression(e: Expr, used: Set<BuilderName>): Expr;
  /** Declared source text (builders, helpers, the parameter and operation helpers) as this API writes it. */
  source(text: string): string;
  /** The type of a schema of output (and input) `T`: `z.ZodType<T>`; `output` may be `Output, Input`. */
  schemaType(output: string): string;
}

export const classicDialect: ZodDialect = {
  specifier: 'zod',
  expression: (e) => e,
  source: (text) => text,
  schemaType: (output) => `z.ZodType<${output}>`,
};
