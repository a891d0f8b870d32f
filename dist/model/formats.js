/**
 * What a `format` on a string or number node means to structgen's validators, in one table both code
 * targets read, so that Zod and JSON Schema (as Ajv with ajv-formats runs it) always give one verdict.
 *
 * A format is *asserted* when structgen knows it: every format ajv-formats defines (full mode) is
 * checked exactly as ajv-formats checks it, and where that check accepts what the format's RFC rejects,
 * structgen adds a `refinement`: a regular expression the value must also match, written into JSON
 * Schema as a `pattern` beside the `format`, so Ajv applies it too. A few formats ajv-formats does not
 * know (iri, iri-reference) are asserted by their refinement alone. Any other format name only
 * annotates: no validator checks it.
 *
 * Refinements are ECMA-262 sources for Unicode mode (`u`), as JSON Schema patterns are compiled; they
 * are derived from the grammars (RFC 3339 Appendix A, RFC 4122 §3, RFC 1123 §2.1, RFC 3987 §2.2).
 */
// RFC 3986 / RFC 3987 building blocks, for the IRI grammar (§2.2 of RFC 3987).
const hex = '[0-9A-Fa-f]';
const h16 = `${hex}{1,4}`;
const decOctet = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])';
const ipv4 = `${decOctet}(?:\\.${decOctet}){3}`;
const ls32 = `(?:${h16}:${h16}|${ipv4})`;
/** `[ *(n-1)( h16 ":" ) h16 ]`: up to n groups before a `::`. */
const before = (n) => `(?:(?:${h16}:){0,${n - 1}}${h16})?`;
const ipv6 = [
    `(?:${h16}:){6}${ls32}`,
    `::(?:${h16}:){5}${ls32}`,
    `${before(1)}::(?:${h16}:){4}${ls32}`,
    `${before(2)}::(?:${h16}:){3}${ls32}`,
    `${before(3)}::(?:${h16}:){2}${ls32}`,
    `${before(4)}::${h16}:${ls32}`,
    `${before(5)}::${ls32}`,
    `${before(6)}::${h16}`,
    `${before(7)}::`,
].join('|');
const planes = Array.from({ length: 13 }, (_, i) => `\\u{${(i + 1).toString(16).toUpperCase()}0000}-\\u{${(i + 1).toString(16).toUpperCase()}FFFD}`);
const ucschar = ['\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF', ...planes, '\\u{E1000}-\\u{EFFFD}'].join('');
const iprivate = '\\uE000-\\uF8FF\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const iunreserved = `A-Za-z0-9\\-._~${ucschar}`;
const subDelims = "!$&'()*+,;=";
const pct = `%${hex}{2}`;
const ipchar = `(?:[${iunreserved}${subDelims}:@]|${pct})`;
const isegment = `${ipchar}*`;
const isegmentNz = `${ipchar}+`;
const isegmentNzNc = `(?:[${iunreserved}${subDelims}@]|${pct})+`;
const iuserinfo = `(?:[${iunreserved}${subDelims}:]|${pct})*`;
const iregName = `(?:[${iunreserved}${subDelims}]|${pct})*`;
const ipLiteral = `\\[(?:${ipv6}|[vV]${hex}+\\.[A-Za-z0-9\\-._~${subDelims}:]+)\\]`;
const iauthority = `(?:${iuserinfo}@)?(?:${ipLiteral}|${ipv4}|${iregName})(?::[0-9]*)?`;
const ipathAbempty = `(?:\\/${isegment})*`;
const ipathAbsolute = `\\/(?:${isegmentNz}(?:\\/${isegment})*)?`;
const ipathRootless = `${isegmentNz}(?:\\/${isegment})*`;
const ipathNoscheme = `${isegmentNzNc}(?:\\/${isegment})*`;
const iquery = `(?:\\?(?:${ipchar}|[${iprivate}\\/?])*)?`;
const ifragment = `(?:#(?:${ipchar}|[\\/?])*)?`;
const scheme = '[A-Za-z][A-Za-z0-9+\\-.]*';
// ipath-empty is the empty alternative of each part.
const ihierPart = `(?:\\/\\/${iauthority}${ipathAbempty}|${ipathAbsolute}|${ipathRootless})?`;
const irelativePart = `(?:\\/\\/${iauthority}${ipathAbempty}|${ipathAbsolute}|${ipathNoscheme})?`;
/** RFC 3339 Appendix A: each unit once, in order, none skipped between the largest and smallest given. */
const durationGrammar = (() => {
    const time = 'T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)';
    const date = '(?:[0-9]+D|[0-9]+M(?:[0-9]+D)?|[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?)';
    return `^P(?:${date}(?:${time})?|${time}|[0-9]+W)$`;
})();
const string = (ajv, refinement) => ({
    appliesTo: 'string',
    ajv,
    ...(refinement ? { refinement } : {}),
});
const table = {
    date: string(true),
    time: string(true),
    'date-time': string(true),
    'iso-time': string(true),
    'iso-date-time': string(true),
    duration: string(true, durationGrammar),
    uri: string(true),
    'uri-reference': string(true),
    'uri-template': string(true),
    url: string(true),
    email: string(true),
    // RFC 1123 host names: ajv-formats also accepts the trailing dot of a fully qualified DNS name.
    hostname: string(true, '[^.]$'),
    ipv4: string(true),
    ipv6: string(true),
    regex: string(true),
    // RFC 4122's string form; ajv-formats also accepts a `urn:uuid:` prefix.
    uuid: string(true, `^${hex}{8}(?:-${hex}{4}){3}-${hex}{12}$`),
    'json-pointer': string(true),
    'json-pointer-uri-fragment': string(true),
    'relative-json-pointer': string(true),
    byte: string(true),
    password: string(true),
    binary: string(true),
    iri: string(false, `^${scheme}:${ihierPart}${iquery}${ifragment}$`),
    'iri-reference': string(false, `^(?:${scheme}:${ihierPart}|${irelativePart})${iquery}${ifragment}$`),
    int32: { appliesTo: 'number', ajv: true },
    int64: { appliesTo: 'number', ajv: true },
    float: { appliesTo: 'number', ajv: true },
    double: { appliesTo: 'number', ajv: true },
};
const definitions = new Map(Object.entries(table));
/** The definition of a format structgen asserts, or undefined for one that only annotates. */
export function assertedFormat(name) {
    return name === undefined ? undefined : definitions.get(name);
}
/** Every format structgen asserts, in a fixed order (for tests and docs). */
export const assertedFormatNames = [...definitions.keys()];
/**
 * Format names readers take as another: `url` is not a JSON Schema format, and ajv-formats' `url` (http,
 * https and ftp with a public host only) rejects what specs mean by it; it is read as `uri`.
 */
const aliases = new Map([['url', 'uri']]);
/** The format a reader records for a name, and the name it stood for when it was an alias. */
export function canonicalFormat(name) {
    const target = aliases.get(name);
    return target === undefined ? { format: name } : { format: target, aliasOf: name };
}
//# sourceMappingURL=formats.js.map