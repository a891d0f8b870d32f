/**
 * What `z.toJSONSchema` says of a generated validator: the same as `schema.json` says of the definition.
 *
 * Zod writes a JSON Schema from what it can read in a schema: its type, `.regex`, `.gte`/`.lte`, array
 * lengths, object shapes. structgen checks some things in ways Zod cannot read (an integer with
 * `Number.isInteger`, since Zod's `.int()` stops at 2^53; a format as ajv-formats checks it; a length in
 * code points; an exact `multipleOf`), and documentation is not a check at all. So each validator
 * carries the rest as keywords in Zod's global registry (`meta(schema, { type: "integer" })`), which
 * `z.toJSONSchema` writes beside what it reads: the integer, the format, structgen's format refinement,
 * lengths, `multipleOf`, `uniqueItems`, and the title, description, default, examples, deprecated,
 * readOnly and writeOnly of definitions and properties. Validation does not change: the keywords are
 * data, read only by `z.toJSONSchema`.
 *
 * Checks made by helpers over other schemas (allOf, not, if/then/else, patternProperties and the other
 * object-key rules, contains, unevaluated*) write their keywords through Zod's per-schema JSON Schema
 * hook (`withJsonSchema` in helpers.ts), converting the schemas inside in the same conversion.
 *
 * A test converts every definition of the Letta spec and the corpus and checks with Ajv, on sampled
 * values, that the result accepts exactly what `schema.json`'s definition accepts.
 */
import type { Docs, JsonValue, Property, TypeNode } from '../../model/index.js';
import { isIntegerKind } from '../../model/index.js';
import { assertedFormat } from '../../model/formats.js';
import { array, arrow, call, id, method, num, object, str, type Expr } from '../../layout/js.js';
import { z, type ZodContext } from './expression.js';

export type Keywords = Record<string, JsonValue>;

/** The keywords of a node that Zod cannot read from the validator structgen writes for it. */
export function nodeKeywords(node: TypeNode): Keywords {
  const k: Keywords = {};
  switch (node.kind) {
    case 'string': {
      const c = node.checks ?? {};
      if (node.format !== undefined) k['format'] = node.format;
      if (c.minLength !== undefined) k['minLength'] = c.minLength;
      if (c.maxLength !== undefined) k['maxLength'] = c.maxLength;
      // structgen's check beyond ajv-formats', as schema.json states it (beside the document's own pattern).
      const refinement = assertedFormat(node.format)?.refinement;
      if (refinement !== undefined) {
        if (c.pattern === undefined) k['pattern'] = refinement;
        else k['allOf'] = [{ pattern: refinement }];
      }
      return k;
    }
    case 'number': {
      // A string of digits is `z.string().regex(…)`, which Zod writes as it is.
      if (node.wire === 'string') return k;
      if (isIntegerKind(node.numberKind)) k['type'] = 'integer';
      if (node.format !== undefined) k['format'] = node.format;
      if (node.checks?.multipleOf !== undefined) k['multipleOf'] = node.checks.multipleOf;
      // A fixed-width kind's range is `.gte`/`.lte`, which Zod writes.
      return k;
    }
    case 'array':
      if (node.checks?.uniqueItems) k['uniqueItems'] = true;
      return k;
    case 'tuple': {
      const c = node.checks ?? {};
      if (c.uniqueItems) k['uniqueItems'] = true;
      const required = node.elements.filter((e) => !e.optional).length;
      if (c.minItems !== undefined) k['minItems'] = Math.max(required, c.minItems);
      if (c.maxItems !== undefined) k['maxItems'] = c.maxItems;
      return k;
    }
    default:
      return k;
  }
}

/** The annotations of a definition or property, as schema.json writes them. */
export function docKeywords(docs: Docs, property?: Property): Keywords {
  const k: Keywords = {};
  if (docs.title) k['title'] = docs.title;
  if (docs.description) k['description'] = docs.description;
  if (docs.default) k['default'] = docs.default.value;
  if (docs.examples?.length) k['examples'] = docs.examples;
  if (docs.deprecated) k['deprecated'] = true;
  // A format that only annotates: kept, unless Ajv with ajv-formats would check it (schema.json comments it out then).
  const format = docs.annotations?.['format'];
  if (typeof format === 'string' && !assertedFormat(format)?.ajv) k['format'] = format;
  if (property?.readOnly) k['readOnly'] = true;
  if (property?.writeOnly) k['writeOnly'] = true;
  return k;
}

/**
 * `meta(e, { … })`: `e` with keywords for `z.toJSONSchema`. A schema declared elsewhere (a reference)
 * is wrapped in `lazy` first, so the keywords go to a schema of this use alone: registering them on the
 * constant would change every other use, and a copy (`.meta()`) loses the JSON Schema of a schema a
 * helper built.
 */
export function withKeywords(e: Expr, keywords: Keywords, ctx: ZodContext): Expr {
  if (Object.keys(keywords).length === 0) return e;
  ctx.helpers.add('meta');
  const own = e.kind === 'id' ? z(ctx, 'lazy', arrow([], e)) : e;
  return call(id('meta'), own, jsonExpression(keywords));
}

/** A JSON value as a literal; one holding a `__proto__` key is parsed from its text (a literal would set the prototype). */
export function jsonExpression(value: JsonValue): Expr {
  if (hasProtoKey(value)) return method(id('JSON'), 'parse', str(JSON.stringify(value)));
  return literal(value);
}

function literal(value: JsonValue): Expr {
  if (value === null || typeof value === 'boolean') return id(String(value));
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  if (Array.isArray(value)) return array(value.map(literal));
  return object(Object.entries(value).map(([key, v]) => ({ key, value: literal(v) })));
}

function hasProtoKey(value: JsonValue): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasProtoKey);
  return Object.keys(value).some((key) => key === '__proto__' || hasProtoKey(value[key]!));
}
