/**
 * Type mappings in the Zod target (docs/type-mappings.md): a mapped value's validator is a Zod 4 codec
 * from the wire schema (what schema.json says travels) to the mapped type, so `z.decode` (and `parse`)
 * gives a `Date`, a `bigint`, the user's `Money`, and `z.encode` gives the wire value back.
 *
 * - the wire schema checks first, as without the mapping (the format, the digits' range, the bounds),
 *   then the value is decoded; encoding checks the value, encodes it and checks the result as wire;
 * - `z.toJSONSchema` writes the wire schema for the codec in both directions (`io: "input"` and
 *   `"output"`): the JSON a value travels as is the wire's, and a `Date` or `bigint` has no JSON Schema;
 * - nothing rounds silently: a `bigint` no JSON number is exactly, a string of digits no double is, a
 *   leap second (no `Date` has one) are issues, not approximations;
 * - a custom mapping pipes the wire schema into the user's schema (usually a `z.codec` from the wire
 *   value to their type): its decode and encode are theirs.
 */
import type { ModuleExport, NodeOf } from '../../model/index.js';
import { call, id, type Expr } from '../../layout/js.js';
import type { ZodContext } from './expression.js';

const mappedSource = `/**
 * A codec from the wire value (\`wire\`, which schema.json describes) to \`target\`. For \`z.toJSONSchema\`
 * it is the wire schema whichever way it converts (\`io: "input"\` or \`"output"\`): the JSON a value
 * travels as is the wire's.
 */
function mapped<W extends z.core.SomeType, T extends z.core.SomeType>(
  wire: W,
  target: T,
  decode: (value: z.output<W>, ctx: z.core.ParsePayload<z.output<W>>) => z.input<T>,
  encode: (value: z.input<T>, ctx: z.core.ParsePayload<z.input<T>>) => z.output<W>,
) {
  const codec = z.codec(wire, target, { decode, encode });
  return withJsonSchema(codec, (_json, _part, extend) => extend(wire));
}`;

const mappedBySource = `/**
 * A custom type mapping: the wire value, checked by \`wire\`, decoded (and encoded back) by the user's
 * \`schema\`. For \`z.toJSONSchema\`, the wire schema (see \`mapped\`).
 */
function mappedBy<W extends z.core.SomeType, T extends z.core.$ZodType<unknown, z.output<W>>>(
  wire: W,
  schema: T,
) {
  return withJsonSchema(z.pipe(wire, schema), (_json, _part, extend) => extend(wire));
}`;

const mappingIssueSource = `/** An issue of a decode or encode step: the value has no exact counterpart on the other side. */
function mappingIssue(ctx: z.core.ParsePayload<unknown>, message: string): void {
  ctx.issues.push({ code: "custom", input: ctx.value, message });
}`;

const dateTimeSource = `/**
 * A date-time string decoded into a Date (the instant it names, whatever its offset), encoded as UTC
 * with milliseconds (\`toISOString\`). Digits beyond the millisecond are cut; a leap second (23:59:60),
 * which no Date holds, is an issue.
 */
function dateTime(wire: z.ZodType<string, string>) {
  return mapped(wire, z.date(), decodeDateTime, (date) => date.toISOString());
}

/** The instant an RFC 3339 date-time names, as ajv-formats accepts it (\`T\`, \`t\` or a space; \`Z\` or an offset). */
function decodeDateTime(text: string, ctx: z.core.ParsePayload<string>): Date {
  const match =
    /^(\\d{4})-(\\d\\d)-(\\d\\d)[t\\s](\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d+))?(?:z|([+-])(\\d\\d)(?::?(\\d\\d))?)$/i.exec(
      text,
    );
  if (!match || match[6] === "60") {
    mappingIssue(ctx, match ? "A leap second has no Date" : "Invalid date-time");
    return new Date(NaN);
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  const millisecond = Number((match[7] ?? "").padEnd(3, "0").slice(0, 3));
  const offset =
    (match[8] === "-" ? -1 : 1) * (Number(match[9] ?? 0) * 60 + Number(match[10] ?? 0));
  // Date.UTC reads years 0 to 99 as 1900 to 1999: the date is set on its own, then the offset taken off.
  const local = new Date(Date.UTC(2000, 0, 1, hour, minute, second, millisecond));
  local.setUTCFullYear(year!, month! - 1, day);
  return new Date(local.getTime() - offset * 60_000);
}`;

const calendarDateSource = `/**
 * A date string (\`2024-01-15\`) decoded into the Date of its midnight UTC, encoded as the UTC day of a
 * Date (the first ten characters of \`toISOString\`).
 */
function calendarDate(wire: z.ZodType<string, string>) {
  return mapped(wire, z.date(), decodeCalendarDate, (date) => date.toISOString().slice(0, 10));
}

/** Midnight UTC of an RFC 3339 full-date. */
function decodeCalendarDate(text: string): Date {
  const [year, month, day] = text.split("-").map(Number) as number[];
  const date = new Date(Date.UTC(2000, month! - 1, day));
  date.setUTCFullYear(year!, month! - 1, day);
  return date;
}`;

const numberToBigintSource = `/**
 * A JSON integer decoded into a bigint: exact for every number JSON.parse gives (beyond 2 ** 53,
 * JSON.parse has already rounded the text; send such values as strings). Encoded back as the number
 * that is exactly the bigint; a bigint no JSON number is exactly is an issue, not a rounding.
 */
function numberToBigint(wire: z.ZodType<number, number>) {
  return mapped(wire, z.bigint(), (value) => BigInt(value), exactNumber);
}`;

const exactNumberSource = `/** The number that is exactly \`value\` (a bigint, or a string of digits); an issue when no double is. */
function exactNumber(value: bigint | string, ctx: z.core.ParsePayload<unknown>): number {
  const number = Number(value);
  if (BigInt(number) !== BigInt(value))
    mappingIssue(ctx, \`\${value} is not exactly a JavaScript number (beyond 2 ** 53)\`);
  return number;
}`;

const digitsToBigintSource = `/** A string of digits (JSON Structure's int64, uint64) decoded into a bigint, exactly, and back. */
function digitsToBigint(wire: z.ZodType<string, string>) {
  return mapped(
    wire,
    z.bigint(),
    (digits) => BigInt(digits),
    (value) => value.toString(),
  );
}`;

const numberToDigitsSource = `/**
 * A JSON integer decoded into its decimal digits (a string); encoded back as the number that is
 * exactly those digits, an issue when no double is.
 */
function numberToDigits(wire: z.ZodType<number, number>) {
  const digits = z.string().regex(/^-?(?:0|[1-9][0-9]*)$/);
  return mapped(wire, digits, (value) => BigInt(value).toString(), exactNumber);
}`;

const digitsToNumberSource = `/**
 * A string of digits (JSON Structure's int64, uint64) decoded into a number, when a double is exactly
 * that integer (an issue otherwise: beyond 2 ** 53 most are not); encoded back as its digits.
 */
function digitsToNumber(wire: z.ZodType<string, string>) {
  const whole = z.number().refine(Number.isInteger, "Expected an integer");
  return mapped(wire, whole, exactNumber, (value) => BigInt(value).toString());
}`;

/** The helpers a mapped validator uses, for helpers.ts: name → source and the helpers it calls. */
export const mappingHelpers: ReadonlyMap<string, { source: string; requires: string[] }> = new Map([
  ['mapped', { source: mappedSource, requires: ['withJsonSchema'] }],
  ['mappedBy', { source: mappedBySource, requires: ['withJsonSchema'] }],
  ['mappingIssue', { source: mappingIssueSource, requires: [] }],
  ['dateTime', { source: dateTimeSource, requires: ['mapped', 'mappingIssue'] }],
  ['calendarDate', { source: calendarDateSource, requires: ['mapped'] }],
  ['exactNumber', { source: exactNumberSource, requires: ['mappingIssue'] }],
  ['numberToBigint', { source: numberToBigintSource, requires: ['mapped', 'exactNumber'] }],
  ['digitsToBigint', { source: digitsToBigintSource, requires: ['mapped'] }],
  ['numberToDigits', { source: numberToDigitsSource, requires: ['mapped', 'exactNumber'] }],
  ['digitsToNumber', { source: digitsToNumberSource, requires: ['mapped', 'exactNumber'] }],
]);

/** The validator of a mapped string or number node: a codec from `wire` (its validator as sent) to the mapped type. */
export function mappedExpression(node: NodeOf<'string'> | NodeOf<'number'>, wire: Expr, ctx: ZodContext): Expr {
  const mapping = node.mapped!;
  const helper = (name: string) => {
    ctx.helpers.add(name);
    return call(id(name), wire);
  };
  const stringWire = node.kind === 'string' || node.wire === 'string';
  switch (mapping.to) {
    case 'Date':
      return helper(node.kind === 'string' && node.format === 'date' ? 'calendarDate' : 'dateTime');
    case 'bigint':
      return helper(stringWire ? 'digitsToBigint' : 'numberToBigint');
    case 'string':
      return stringWire ? wire : helper('numberToDigits');
    case 'number':
      return stringWire ? helper('digitsToNumber') : wire;
    case 'custom': {
      if (mapping.zod === undefined) return wire; // only with the zod target off (generate() insists on it otherwise)
      ctx.helpers.add('mappedBy');
      return call(id('mappedBy'), wire, id(ctx.mappedName?.(mapping.zod) ?? mapping.zod.name));
    }
  }
}

/** The local name of a user's export zod.ts imports (see mapped-imports.ts). */
export type MappedName = (e: ModuleExport) => string;
