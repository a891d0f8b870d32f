/**
 * Zod v4 target: `zod.ts`, one exported `<TypeName>Schema` per definition, declared after what it uses;
 * with `typeProof`, ending in a compile-time proof that each schema's output type equals the type of the
 * same name in `types.ts` (structgen's tests always generate it and compile it).
 *
 * Zod's builders are called through functions of the same names that the file declares (builders.ts):
 * `object({ … })` is `z.object({ … })` with the same type, which tsc checks far faster in a large file.
 *
 * How it represents what Zod says differently:
 * - `integer` is `z.number().refine(isInteger)` (`Number.isInteger`): JSON integers are unbounded,
 *   but `.int()` in Zod v4 rejects anything beyond 2^53;
 * - an optional property is `.exactOptional()`: the key may be absent, but JSON has no `undefined`, and
 *   the type proof then holds with or without `exactOptionalPropertyTypes`;
 * - formats mean what Ajv with ajv-formats makes them mean, plus structgen's refinements; see formats.ts;
 * - `multipleOf` is exact (BigInt on the decimals of both numbers); see numbers.ts;
 * - objects closed by the document are `z.strictObject` (extra keys rejected, never silently stripped);
 *   declared-open ones `z.looseObject`; open by default `z.object`;
 * - an object with a property named like an `Object.prototype` member (`constructor`, `toString`) is
 *   parsed from a null-prototype copy, since Zod would read the inherited member as a present value;
 * - a property named `__proto__` cannot live in a Zod shape (Zod drops it to protect prototypes), so it
 *   is checked on the raw input before the object schema runs, and the constant is typed from types.ts;
 * - no validator evaluates spec text: every value is a literal, every regex a checked literal;
 * - what Zod cannot read from these checks (the integer, the format, lengths in code points) and the
 *   docs are JSON Schema keywords in Zod's registry, so `z.toJSONSchema` of a validator says what
 *   schema.json says of the definition (see json-schema.ts).
 */
import type { Model } from '../../model/index.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
import { type OperationTables } from './operations.js';
import { type ZodDialect } from './dialect.js';
export declare const zodEmitter: Emitter<OperationTables>;
export declare function emitZod(model: Model, context: EmitContext, operations?: OperationTables, dialect?: ZodDialect): Emitted;
