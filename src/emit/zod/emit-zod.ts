/**
 * Zod v4 target: `zod.ts`, one exported `<TypeName>Schema` per definition, declared after what it uses,
 * ending in a compile-time proof that each schema's output type equals the type of the same name in
 * `types.ts`, so the two targets cannot drift apart.
 *
 * How it represents what Zod says differently:
 * - `integer` is `z.number().refine(Number.isInteger)`: JSON integers are unbounded, but `.int()` in
 *   Zod v4 rejects anything beyond 2^53;
 * - an optional property is `.exactOptional()`: the key may be absent, but JSON has no `undefined`, and
 *   the type proof then holds with or without `exactOptionalPropertyTypes`;
 * - formats mean what JSON Schema validators make them mean: date-time, date and time are RFC 3339
 *   (`+02:00` as well as `Z`; a real calendar day), checked by small helpers; see `formatChecks`;
 * - objects closed by the document are `z.strictObject` (extra keys rejected, never silently stripped);
 *   declared-open ones `z.looseObject`; open by default `z.object`;
 * - an object with a property named like an `Object.prototype` member (`constructor`, `toString`) is
 *   parsed from a null-prototype copy, since Zod would read the inherited member as a present value;
 * - a property named `__proto__` cannot live in a Zod shape (Zod drops it to protect prototypes), so it
 *   is checked on the raw input before the object schema runs, and the constant is typed from types.ts;
 * - no validator evaluates spec text: every value is a literal, every regex a checked literal.
 */
import type { Definition, Model } from '../../model/index.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
import { jsDocText, lineCommentText } from '../escape.js';
import { zodContext, zodExpression, type ZodContext } from './expression.js';
import { helperDeclarations } from './helpers.js';

export const zodEmitter: Emitter = { target: 'zod', emit: emitZod };

export function emitZod(model: Model, context: EmitContext): Emitted {
  const ctx = zodContext(model);
  const withProof = context.targets.includes('ts');
  const declarations = model.definitions.map((def) => declaration(def, ctx, withProof));

  const out: string[] = [];
  out.push(...context.banner('Zod v4 validators').map((l) => `// ${lineCommentText(l)}`), '');
  out.push('import { z } from "zod";');
  if (withProof) out.push('import type * as T from "./types.js";');
  out.push('');
  for (const helper of helperDeclarations(ctx.helpers)) out.push(helper, '');
  out.push(...declarations);
  if (withProof) out.push(typeProof(model, ctx));
  return { files: [{ path: 'zod.ts', contents: out.join('\n') + '\n', language: 'typescript' }], diagnostics: [] };
}

/**
 * Definitions are declared dependencies first; a reference to one not yet declared is a back edge of a
 * cycle, made lazy. A recursive definition's constant carries its type from types.ts, which TypeScript
 * needs to type a self-referential initializer.
 */
function declaration(def: Definition, ctx: ZodContext, withTypes: boolean): string {
  const doc = def.docs.description ? `/** ${jsDocText(def.docs.description).replace(/\n/g, '\n * ')} */\n` : '';
  const annotation = (def.recursive || hasProtoKey(def)) && withTypes ? `: z.ZodType<T.${def.typeName}>` : '';
  const expression = zodExpression(def.type, ctx);
  ctx.declared.add(def.name);
  return `${doc}export const ${ctx.schemaNameOf(def.name)}${annotation} = ${expression};\n`;
}

/**
 * A `__proto__` property is validated (by objectKeys, on the raw input) but Zod's parsed object cannot
 * carry it, so Zod would infer a type without it; the constant is typed from types.ts instead.
 */
function hasProtoKey(def: Definition): boolean {
  return def.type.kind === 'object' && def.type.properties.some((p) => p.name === '__proto__');
}

/** `Equals` is exact (not mutual assignability): optional vs `| undefined`, `unknown` vs `any` all differ. */
function typeProof(model: Model, ctx: ZodContext): string {
  const checks = model.definitions.map((def) => {
    const typeName = def.typeName!;
    return `  Expect<Equals<z.output<typeof ${ctx.schemaNameOf(def.name)}>, T.${typeName}>>,`;
  });
  return [
    '// Compile-time proof that every schema validates exactly the type of the same name in types.ts.',
    'type Equals<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;',
    'type Expect<Proof extends true> = Proof;',
    'export type SchemasMatchTypes = [',
    ...checks,
    '];',
  ].join('\n');
}
