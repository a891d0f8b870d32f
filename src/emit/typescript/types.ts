/**
 * The type forms `types.ts` is written in, built straight into the layout's forms (src/layout/ts.ts),
 * which print them in prettier's layout or as source. Earlier versions built a TypeScript syntax tree
 * with the compiler API and read it back into these forms; these builders keep that tree's rules
 * (nested unions spread, a keyword listed once, `unknown` dropped from intersections, literals as the
 * printer wrote them) without loading the compiler, which took a quarter of a run.
 */
import { numberLiteral, stringLiteral } from '../../layout/doc.js';
import { typeName, type Member, type TypeExpr } from '../../layout/ts.js';

/**
 * The keyword types, one object each: a union lists each of these once and an intersection drops
 * `unknown`, both decided by identity, so a definition whose type is named `string` (a reference) is
 * never taken for the keyword.
 */
export const keyword = {
  string: typeName('string'),
  number: typeName('number'),
  bigint: typeName('bigint'),
  boolean: typeName('boolean'),
  unknown: typeName('unknown'),
  never: typeName('never'),
  undefined: typeName('undefined'),
  null: typeName('null'),
} as const;

/** Keyword types a union may list once (`string | null | null`, from null in a branch and beside it, once). */
const listedOnce: ReadonlySet<TypeExpr> = new Set(Object.values(keyword));

export function literal(value: string | number | boolean | null): TypeExpr {
  if (value === null) return keyword.null;
  if (typeof value === 'boolean') return typeName(value ? 'true' : 'false');
  if (typeof value === 'string') return typeName(stringLiteral(value));
  const text = numberLiteral(Object.is(value, -0) ? '0' : String(Math.abs(value)));
  return typeName(value < 0 ? `-${text}` : text);
}

/** A union whose nested unions are spread into it, as `A | B` written inside `… | null` reads. */
export function union(types: TypeExpr[]): TypeExpr {
  const seen = new Set<TypeExpr>();
  const members: TypeExpr[] = [];
  for (const t of types) {
    for (const m of t.kind === 'union' ? t.members : [t]) {
      if (listedOnce.has(m)) {
        if (seen.has(m)) continue;
        seen.add(m);
      }
      members.push(m);
    }
  }
  return members.length === 1 ? members[0]! : { kind: 'union', members };
}

/** An intersection; `unknown` adds nothing to one (`string & unknown` is `string`). */
export function intersection(types: TypeExpr[]): TypeExpr {
  const members = types.filter((t) => t !== keyword.unknown);
  if (members.length === 0) return keyword.unknown;
  if (members.length === 1) return members[0]!;
  return { kind: 'intersection', members };
}

export const reference = (name: string, args: TypeExpr[] = []): TypeExpr =>
  args.length === 0 ? typeName(name) : { kind: 'reference', name, args };

/** A property: `name?: type`. A key of up to 15 digits is written as a number (`200:`), as an HTTP status is. */
export function property(name: string, optional: boolean, type: TypeExpr, numeric = false): Member {
  const key = numeric && /^(?:0|[1-9]\d{0,14})$/.test(name) ? { number: name } : { name };
  return { key, optional, type };
}

/** `[parameter: string]: type`. */
export const indexSignature = (parameter: string, type: TypeExpr): Member => ({ key: { index: 'string', parameter }, type });

/** A member with its JSDoc comment, when it has one. */
export function withDoc(member: Member, comment: string | undefined): Member {
  return comment === undefined ? member : { doc: comment, ...member };
}
