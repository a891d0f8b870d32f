/**
 * Formats in the Zod target: each format structgen asserts (see `model/formats.ts`) is checked exactly as
 * Ajv with ajv-formats (full mode) checks it on the JSON Schema target, plus structgen's refinement where
 * it has one. The regular expressions below mirror ajv-formats 3.0.1 (src/formats.ts, MIT licence,
 * © Evgeny Poberezkin and contributors) byte for byte, with their flags, so that the two targets agree
 * on every string; a test compares them with ajv-formats' own. Its function-defined formats (date, time,
 * date-time, uri, byte, regex) are small helpers with the same logic.
 *
 * Checks are constants and functions declared once in zod.ts when used; none evaluates input as code.
 */
import { assertedFormat, assertedFormatNames } from '../../model/formats.js';
import { call, id, str } from '../../layout/js.js';
import { jsonExpression } from './json-schema.js';
import { printWidth } from '../../layout/options.js';
/** ajv-formats' regular expressions, `[source, flags]`: copied from its fullFormats (and its URI constant). */
const ajvPatterns = {
    duration: ['^P(?!$)((\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?|(\\d+W)?)$', ''],
    'uri-reference': [
        "^(?:[a-z][a-z0-9+\\-.]*:)?(?:\\/?\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\\.[a-z0-9\\-._~!$&'()*+,;=:]+)\\]|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)|(?:[a-z0-9\\-._~!$&'\"()*+,;=]|%[0-9a-f]{2})*)(?::\\d*)?(?:\\/(?:[a-z0-9\\-._~!$&'\"()*+,;=:@]|%[0-9a-f]{2})*)*|\\/(?:(?:[a-z0-9\\-._~!$&'\"()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:[a-z0-9\\-._~!$&'\"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\\-._~!$&'\"()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:[a-z0-9\\-._~!$&'\"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\\?(?:[a-z0-9\\-._~!$&'\"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\\-._~!$&'\"()*+,;=:@/?]|%[0-9a-f]{2})*)?$",
        'i',
    ],
    'uri-template': [
        '^(?:(?:[^\\x00-\\x20"\'<>%\\\\^`{|}]|%[0-9a-f]{2})|\\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\\*)?)*\\})*$',
        'i',
    ],
    url: [
        '^(?:https?|ftp):\\/\\/(?:\\S+(?::\\S*)?@)?(?:(?!(?:10|127)(?:\\.\\d{1,3}){3})(?!(?:169\\.254|192\\.168)(?:\\.\\d{1,3}){2})(?!172\\.(?:1[6-9]|2\\d|3[0-1])(?:\\.\\d{1,3}){2})(?:[1-9]\\d?|1\\d\\d|2[01]\\d|22[0-3])(?:\\.(?:1?\\d{1,2}|2[0-4]\\d|25[0-5])){2}(?:\\.(?:[1-9]\\d?|1\\d\\d|2[0-4]\\d|25[0-4]))|(?:(?:[a-z0-9\\u{00a1}-\\u{ffff}]+-)*[a-z0-9\\u{00a1}-\\u{ffff}]+)(?:\\.(?:[a-z0-9\\u{00a1}-\\u{ffff}]+-)*[a-z0-9\\u{00a1}-\\u{ffff}]+)*(?:\\.(?:[a-z\\u{00a1}-\\u{ffff}]{2,})))(?::\\d{2,5})?(?:\\/[^\\s]*)?$',
        'iu',
    ],
    email: [
        "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
        'i',
    ],
    hostname: ['^(?=.{1,253}\\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\\.?$', 'i'],
    ipv4: ['^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$', ''],
    ipv6: [
        '^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:)))$',
        'i',
    ],
    uuid: ['^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$', 'i'],
    'json-pointer': ['^(?:\\/(?:[^~/]|~0|~1)*)*$', ''],
    'json-pointer-uri-fragment': ["^#(?:\\/(?:[a-z0-9_\\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$", 'i'],
    'relative-json-pointer': ['^(?:0|[1-9][0-9]*)(?:#|(?:\\/(?:[^~/]|~0|~1)*)*)$', ''],
    uri: [
        "^(?:[a-z][a-z0-9+\\-.]*:)(?:\\/?\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\\.[a-z0-9\\-._~!$&'()*+,;=:]+)\\]|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)|(?:[a-z0-9\\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\\d*)?(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\\?(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$",
        'i',
    ],
};
/** The identifier of the constant holding a format's regular expression in zod.ts (`uri-reference` → `uriReferenceFormat`). */
function constantName(format, suffix) {
    return format.replace(/-([a-z])/g, (_, c) => c.toUpperCase()) + suffix;
}
const functionHelpers = {
    isDate: `/** ajv-formats' date: an RFC 3339 full-date that is a real calendar day (leap years included). */
function isDate(text: string): boolean {
  const match = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]!;
}`,
    timeOf: `/**
 * ajv-formats' time: hh:mm:ss with an optional fraction and an offset (required unless \`iso\`); a leap
 * second only at 23:59:60 UTC. As in ajv-formats, the seconds are compared as a JavaScript number.
 */
function timeOf(text: string, iso: boolean): boolean {
  const match = /^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$/i.exec(text);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const sign = match[5] === "-" ? -1 : 1;
  const [offsetHour, offsetMinute] = [Number(match[6] ?? 0), Number(match[7] ?? 0)];
  if (offsetHour > 23 || offsetMinute > 59 || (!iso && !match[4])) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const utcMinute = minute - offsetMinute * sign;
  const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);
  const lastMinute = (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1);
  return lastMinute && second < 61;
}`,
    isTime: `/** ajv-formats' time: RFC 3339 full-time, the offset required. */
function isTime(text: string): boolean {
  return timeOf(text, false);
}`,
    isIsoTime: `/** ajv-formats' iso-time: as time, the offset optional. */
function isIsoTime(text: string): boolean {
  return timeOf(text, true);
}`,
    isDateTime: `/** ajv-formats' date-time: a date and a time (offset required) split at one \`T\`, \`t\` or white space. */
function isDateTime(text: string): boolean {
  const parts = text.split(/t|\\s/i);
  return parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!);
}`,
    isIsoDateTime: `/** ajv-formats' iso-date-time: as date-time, the offset optional. */
function isIsoDateTime(text: string): boolean {
  const parts = text.split(/t|\\s/i);
  return parts.length === 2 && isDate(parts[0]!) && isIsoTime(parts[1]!);
}`,
    isUri: `/** ajv-formats' uri: an absolute RFC 3986 URI, which must contain a \`/\` or a \`:\`. */
function isUri(text: string): boolean {
  return /\\/|:/.test(text) && uriFormat.test(text);
}`,
    isByte: `/**
 * ajv-formats' byte: base64. Its expression has the \`m\` flag, so, as in ajv-formats, any line of the
 * text that is base64 (an empty one included) makes the whole text pass.
 */
function isByte(text: string): boolean {
  return byteFormat.test(text);
}`,
    isRegex: `/**
 * ajv-formats' regex: compiles as an ECMA-262 regular expression (without the \`u\` flag) and has no
 * \`\\Z\` anchor. The expression is compiled, never run.
 */
function isRegex(text: string): boolean {
  if (/[^\\\\]\\\\Z/.test(text)) return false;
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}`,
};
/** The byte format's expression (ajv-formats gives it `gm`; `m` alone tests the same from index 0). */
const byteSource = ['^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$', 'm'];
/** How each ajv-formats string format is checked: by a pattern constant, or by a helper function. */
const ajvChecks = {
    date: { helper: 'isDate' },
    time: { helper: 'isTime' },
    'date-time': { helper: 'isDateTime' },
    'iso-time': { helper: 'isIsoTime' },
    'iso-date-time': { helper: 'isIsoDateTime' },
    duration: { pattern: 'duration' },
    uri: { helper: 'isUri' },
    'uri-reference': { pattern: 'uri-reference' },
    'uri-template': { pattern: 'uri-template' },
    url: { pattern: 'url' },
    email: { pattern: 'email' },
    hostname: { pattern: 'hostname' },
    ipv4: { pattern: 'ipv4' },
    ipv6: { pattern: 'ipv6' },
    regex: { helper: 'isRegex' },
    uuid: { pattern: 'uuid' },
    'json-pointer': { pattern: 'json-pointer' },
    'json-pointer-uri-fragment': { pattern: 'json-pointer-uri-fragment' },
    'relative-json-pointer': { pattern: 'relative-json-pointer' },
    byte: { helper: 'isByte' },
    // password and binary: ajv-formats accepts every string.
};
/** `const name = value;` in prettier's layout: broken after `=` when it does not fit on one line. */
function constant(name, value) {
    const line = `const ${name} = ${value};`;
    return line.length <= printWidth ? line : `const ${name} =\n  ${value};`;
}
/** `uri-reference` → `UriReference` */
const pascal = (format) => format.replace(/(?:^|-)([a-z])/g, (_, c) => c.toUpperCase());
/**
 * The function zod.ts checks a string format with (`.refine(isUuid, "Invalid uuid")`): ajv-formats'
 * own function, or one that tests its pattern, and structgen's refinement where there is one. Always a
 * function: tsc types a reference to a function declaration at once, while each top-level use of a
 * constant makes it walk back over every declaration in between (see builders.ts).
 */
function checkName(format) {
    const check = ajvChecks[format];
    const refined = assertedFormat(format)?.refinement !== undefined;
    if (check && 'helper' in check && !refined)
        return check.helper;
    return `is${pascal(format)}${check && 'helper' in check ? 'Refined' : ''}`;
}
/**
 * Every helper a format may need, in the fixed order zod.ts declares them: ajv-formats' functions, one
 * constant per pattern, structgen's refinements, then the check functions that use the constants.
 * Built once from the tables above (pure data).
 */
const built = (() => {
    const helpers = new Map();
    const stringChecks = new Map();
    const needs = {
        isTime: ['timeOf'],
        isIsoTime: ['timeOf'],
        isDateTime: ['isDate', 'isTime'],
        isIsoDateTime: ['isDate', 'isIsoTime'],
        isUri: ['uriFormat'],
        isByte: ['byteFormat'],
    };
    for (const [name, source] of Object.entries(functionHelpers))
        helpers.set(name, { source, requires: needs[name] ?? [] });
    const patterns = [...Object.entries(ajvPatterns), ['byte', byteSource]];
    for (const [format, [source, flags]] of patterns) {
        const name = constantName(format, 'Format');
        helpers.set(name, {
            source: `/** ajv-formats' ${format} (full mode), mirrored so that Zod and Ajv agree. */\n${constant(name, `/${source}/${flags}`)}`,
            requires: [],
        });
    }
    for (const format of assertedFormatNames) {
        const refinement = assertedFormat(format)?.refinement;
        if (refinement === undefined)
            continue;
        const name = constantName(format, 'Refinement');
        const doc = ajvChecks[format]
            ? `structgen's ${format} check beyond ajv-formats'`
            : `structgen's ${format} check (ajv-formats has none)`;
        helpers.set(name, {
            source: `/** ${doc}; schema.json states it as a pattern. */\n${constant(name, `/${refinement}/u`)}`,
            requires: [],
        });
    }
    for (const format of assertedFormatNames) {
        const definition = assertedFormat(format);
        if (definition.appliesTo !== 'string')
            continue;
        const name = checkName(format);
        if (helpers.has(name)) {
            stringChecks.set(format, name); // ajv-formats' own function
            continue;
        }
        const check = ajvChecks[format];
        const tests = [];
        const requires = [];
        const uses = (helper, test) => {
            requires.push(helper);
            tests.push(test);
        };
        const matches = (constant) => uses(constant, `${constant}.test(text)`);
        if (check && 'pattern' in check)
            matches(constantName(check.pattern, 'Format'));
        else if (check)
            uses(check.helper, `${check.helper}(text)`);
        if (definition.refinement !== undefined)
            matches(constantName(format, 'Refinement'));
        if (tests.length === 0)
            continue; // a format ajv-formats accepts every string of (password, binary)
        const doc = [
            check ? `ajv-formats' ${format} (full mode)` : undefined,
            definition.refinement !== undefined ? "structgen's refinement" : undefined,
        ]
            .filter(Boolean)
            .join(' and ');
        helpers.set(name, {
            source: `/** The ${format} format: ${doc}. */\nfunction ${name}(text: string): boolean {\n  return ${tests.join(' && ')};\n}`,
            requires,
        });
        stringChecks.set(format, name);
    }
    return { helpers, stringChecks };
})();
export const formatHelpers = built.helpers;
/** The check function of each string format that has one (password and binary have none), by format name. */
const stringChecks = built.stringChecks;
/** Whether `format` is a string format structgen checks with a function (see `formattedString`). */
export function hasFormatCheck(format) {
    return format !== undefined && stringChecks.has(format);
}
/**
 * `formatted(check, { format, … })`, a string checked as structgen asserts `format`, carrying for
 * `z.toJSONSchema` the format and the other `keywords` (see json-schema.ts); undefined when the format
 * has no check (password, binary, or one structgen does not assert). `use` records each helper the
 * file must declare.
 */
export function formattedString(format, keywords, use) {
    const name = format === undefined ? undefined : stringChecks.get(format);
    if (name === undefined)
        return undefined;
    use(name);
    use('formatted');
    const args = [str(format), id(name), ...(Object.keys(keywords).length > 0 ? [jsonExpression(keywords)] : [])];
    return call(id('formatted'), ...args);
}
/** For tests: the patterns as mirrored, by ajv-formats name. */
export const mirroredAjvPatterns = { ...ajvPatterns, byte: byteSource };
//# sourceMappingURL=formats.js.map