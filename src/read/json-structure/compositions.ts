/**
 * Conditional composition add-in (draft-vasters-json-structure-cond-composition): `allOf`, `anyOf`,
 * `oneOf`, `not` and `if`/`then`/`else` on top of a schema's own type, or standing alone on a schema
 * without one; and `const`/`enum`, which narrow a type.
 */
import { jsonPointer, pointerSegments } from '../../diagnostics/index.js';
import type { TypeNode } from '../../model/index.js';
import { isObject, type Json, type Reader } from './reader.js';

/** Conditional composition add-in: allOf, anyOf, oneOf apply on top of the type; not and if/then/else cannot be carried. */
export function composition(r: Reader, node: TypeNode, schema: Json, at: string, name: string): TypeNode {
  const parts: TypeNode[] = [node];
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const value = schema[keyword];
    if (value === undefined) continue;
    const keywordAt = jsonPointer([...pointerSegments(at), keyword]);
    if (!Array.isArray(value) || value.length === 0) {
      r.report('invalid-structure', keywordAt, `"${keyword}" must be a non-empty list of schemas`);
      continue;
    }
    const members = value.map((member, i) =>
      isObject(member)
        ? r.convert(member, jsonPointer([...pointerSegments(keywordAt), i]), `${name}.${keyword}${i + 1}`)
        : ({ kind: 'any' } as TypeNode),
    );
    parts.push(
      keyword === 'allOf' ? { kind: 'intersection', members } : { kind: 'union', variants: members, exclusive: keyword === 'oneOf' },
    );
  }
  for (const keyword of ['not', 'if']) {
    if (schema[keyword] !== undefined)
      r.report(
        'unsupported-keyword',
        jsonPointer([...pointerSegments(at), keyword]),
        `"${keyword}" is not carried into the outputs yet; it is ignored`,
      );
  }
  const meaningful = parts.filter((p, i) => i > 0 || p.kind !== 'any');
  return meaningful.length === 0 ? node : meaningful.length === 1 ? meaningful[0]! : { kind: 'intersection', members: meaningful };
}

/**
 * A type narrowed by const/enum. A primitive type whose listed values all fit it is replaced by them
 * (readable output: `"a" | "b"`); anything else keeps the type and intersects it with the values.
 */
export function narrowed(type: TypeNode, narrowing: TypeNode[]): TypeNode {
  const fits = (value: TypeNode): boolean => {
    if (value.kind === 'enum')
      return value.members.every((m) => fits(m.value === null ? { kind: 'null' } : { kind: 'literal', value: m.value }));
    if (value.kind === 'null') return type.kind === 'null';
    if (value.kind !== 'literal') return false;
    if (type.kind === 'string') return typeof value.value === 'string' && !type.format && !type.checks;
    if (type.kind === 'boolean') return typeof value.value === 'boolean';
    return false;
  };
  if (type.kind === 'any') return narrowing.length === 1 ? narrowing[0]! : { kind: 'intersection', members: narrowing };
  if (narrowing.length === 1 && fits(narrowing[0]!)) return narrowing[0]!;
  return { kind: 'intersection', members: [type, ...narrowing] };
}
