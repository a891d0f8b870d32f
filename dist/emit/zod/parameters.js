/**
 * Parameter validators that take values as a server receives them: text from the path, query string,
 * headers and cookies. The emitter works out, from each parameter's type in the model and its OpenAPI
 * `style`/`explode`, how its text becomes a typed value (a `ParameterWire`); a helper declared in
 * `zod.ts` applies that at run time, and the location's typed schema (`ListArchivesQuerySchema`) then
 * validates the result. Numbers and booleans are parsed only where the schema has them, and only text
 * that is exactly such a value: `"5.5"` stays text for an integer, and the schema rejects it.
 */
import { assertNever } from '../../model/index.js';
/** The helpers' source, in prettier's layout (a test holds them to it). */
export const parameterHelpers = `/**
 * How a parameter's text becomes the typed value its schema checks: \`as\` says what the text is read
 * as; \`items\` separates a list's items (\`repeat\`: each item is a key of its own, as exploded form sends
 * lists); \`fields\` and \`pairs\` read an object (\`keys\`: its fields are keys of their own; \`deep\`:
 * \`name[field]\`; \`,\`: \`R,100,G,200\`; \`=\`: \`R=100,G=200\`); \`prefix\` is what label and matrix styles
 * put first (\`.\` or \`;name=\`).
 */
type ParameterText = "text" | "number" | "boolean" | "number|boolean" | "json";
interface ParameterWire {
  as?: ParameterText;
  items?: string;
  fields?: Record<string, ParameterText>;
  pairs?: "keys" | "deep" | "," | "=";
  prefix?: string;
}

/** Text read as the schema's type where it parses; anything else stays text, for the schema to reject. */
function parameterText(text: string, as: ParameterText | undefined): unknown {
  const numeric = /^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?$/.test(text);
  if ((as === "number" || as === "number|boolean") && numeric) return Number(text);
  if ((as === "boolean" || as === "number|boolean") && /^(?:true|false)$/.test(text))
    return text === "true";
  if (as !== "json") return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** One parameter's value as received (a string, or a list of them for a repeated key), typed as \`wire\` says. */
function parameterValue(value: unknown, wire: ParameterWire): unknown {
  const strip = (text: string) =>
    wire.prefix !== undefined && text.startsWith(wire.prefix)
      ? text.slice(wire.prefix.length)
      : text;
  if (wire.items !== undefined) {
    const separator = wire.items;
    const received = Array.isArray(value) ? (value as unknown[]) : [value];
    const items = received.flatMap((item) =>
      typeof item !== "string" || separator === "repeat"
        ? [item]
        : strip(item) === ""
          ? []
          : strip(item).split(separator),
    );
    return items.map((item) => (typeof item === "string" ? parameterText(item, wire.as) : item));
  }
  if (typeof value !== "string") return value;
  if (wire.fields === undefined) return parameterText(strip(value), wire.as);
  const parts = strip(value).split(",");
  const pairs =
    wire.pairs === "="
      ? parts.map((part) => part.split("="))
      : parts.flatMap((part, i) => (i % 2 === 0 ? [[part, parts[i + 1]]] : []));
  const fields: Record<string, unknown> = {};
  for (const [field, text] of pairs)
    if (field !== undefined && text !== undefined)
      fields[field] = parameterText(text, wire.fields[field]);
  return fields;
}

/**
 * Parameters as a server receives them — a record of strings (lists of strings for repeated keys),
 * \`URLSearchParams\`, \`Headers\` or a whole query string — each declared one typed as its schema
 * says, then checked by \`schema\`: numbers and booleans parsed only where the schema has them, lists
 * and objects split as OpenAPI's \`style\` and \`explode\` say. Header names match in any case. Other
 * keys are passed on as they are.
 */
function receivedParameters<T extends z.core.SomeType>(
  wires: Record<string, ParameterText | ParameterWire>,
  schema: T,
  anyCase = false,
) {
  return z.preprocess((input: unknown): unknown => {
    const record = Object.create(null) as Record<string, unknown>;
    // A whole query string, as OpenAPI 3.2's querystring parameter describes it.
    if (typeof input === "string") input = new URLSearchParams(input);
    if (input instanceof URLSearchParams)
      for (const key of new Set(input.keys())) {
        const all = input.getAll(key);
        record[key] = all.length === 1 ? all[0] : all;
      }
    else if (typeof Headers !== "undefined" && input instanceof Headers)
      input.forEach((value, key) => (record[key] = value));
    else if (typeof input === "object" && input !== null && !Array.isArray(input))
      Object.assign(record, input);
    else return input;
    const keys = Object.keys(record);
    const keyOf = (name: string) =>
      Object.hasOwn(record, name)
        ? name
        : anyCase
          ? keys.find((k) => k.toLowerCase() === name.toLowerCase())
          : undefined;
    for (const [name, given] of Object.entries(wires)) {
      const wire: ParameterWire = typeof given === "string" ? { as: given } : given;
      if (wire.pairs === "keys" || wire.pairs === "deep") {
        // An object spread over keys of its own: \`R=100&G=200\`, or \`color[R]=100\` (which qs parses into an object).
        const nested = record[name];
        const fields: Record<string, unknown> = {};
        for (const [field, as] of Object.entries(wire.fields ?? {})) {
          const key = keyOf(wire.pairs === "keys" ? field : \`\${name}[\${field}]\`);
          const value =
            typeof nested === "object" && nested !== null
              ? (nested as Record<string, unknown>)[field]
              : key === undefined
                ? undefined
                : record[key];
          if (value !== undefined) fields[field] = parameterValue(value, { as });
        }
        if (Object.keys(fields).length > 0) record[name] = fields;
        continue;
      }
      const key = keyOf(name);
      if (key === undefined) continue;
      const value = record[key];
      delete record[key];
      record[name] = parameterValue(value, wire);
    }
    return record;
  }, schema);
}`;
const everyKind = new Set(['string', 'number', 'boolean', 'null', 'array', 'object']);
/** The wire form of each parameter of a group, by name. */
export function groupWires(group, definitionOf) {
    const object = group.type.kind === 'ref' ? definitionOf(group.type.target)?.type : group.type;
    const types = new Map(object?.kind === 'object' ? object.properties.map((p) => [p.name, p.type]) : []);
    return group.parameters.map((p) => [p.name, wireOf(p, group.in, types.get(p.name) ?? { kind: 'any' }, definitionOf)]);
}
function wireOf(parameter, location, type, definitionOf) {
    if (parameter.mediaType !== undefined)
        return /[/+]json$/i.test(parameter.mediaType.split(';')[0].trim()) ? 'json' : 'text';
    // allowEmptyValue adds `""` to the type (passes/allow-empty-values): other text is still read as the type says.
    if (parameter.allowEmptyValue && type.kind === 'union') {
        const variants = type.variants.filter((v) => !(v.kind === 'literal' && v.value === ''));
        type = variants.length === 1 ? variants[0] : { ...type, variants };
    }
    const kinds = kindsOf(type, definitionOf, new Set());
    const prefix = parameter.style === 'label' ? '.' : parameter.style === 'matrix' ? `;${parameter.name}=` : undefined;
    const withPrefix = (wire) => (prefix === undefined ? wire : { ...wire, prefix });
    if (!kinds.has('string') && kinds.has('array')) {
        const items = new Set();
        for (const item of itemTypes(type, definitionOf, new Set()))
            for (const k of kindsOf(item, definitionOf, new Set()))
                items.add(k);
        return withPrefix({ as: textOf(items), items: separatorOf(parameter, location) });
    }
    if (!kinds.has('string') && kinds.has('object')) {
        const fields = {};
        for (const property of objectProperties(type, definitionOf, new Set()))
            fields[property.name] ??= textOf(kindsOf(property.type, definitionOf, new Set()));
        // deepObject: `color[R]=100`; exploded form: `R=100&G=200`; otherwise `R,100,G,200`, or `R=100,G=200` exploded.
        const form = parameter.style === 'form' || parameter.style === 'cookie';
        const pairs = parameter.style === 'deepObject' ? 'deep' : form ? (parameter.explode ? 'keys' : ',') : parameter.explode ? '=' : ',';
        return withPrefix({ fields, pairs });
    }
    const as = textOf(kinds);
    return prefix === undefined ? as : { as, prefix };
}
/** OpenAPI's serialization table (3.1 §4.8.12.4): how a list's items are separated in each style. */
function separatorOf(parameter, location) {
    switch (parameter.style) {
        case 'form':
        case 'cookie':
            // Exploded form sends each item as a key of its own (`ids=1&ids=2`); a querystring is always so.
            return parameter.explode || location === 'querystring' ? 'repeat' : ',';
        case 'spaceDelimited':
            return ' ';
        case 'pipeDelimited':
            return '|';
        case 'tabDelimited':
            return '\t';
        case 'label':
            return parameter.explode ? '.' : ',';
        case 'matrix':
            return parameter.explode ? `;${parameter.name}=` : ',';
        case 'simple':
        case 'deepObject':
            return ',';
        default:
            return assertNever(parameter.style);
    }
}
/** Text is kept where the type takes strings; otherwise read as the number or boolean the type takes. */
function textOf(kinds) {
    if (kinds.has('string'))
        return 'text';
    if (kinds.has('number') && kinds.has('boolean'))
        return 'number|boolean';
    if (kinds.has('number'))
        return 'number';
    if (kinds.has('boolean'))
        return 'boolean';
    return 'text';
}
/** The JSON kinds a type admits, looking through refs (a cycle admits anything, which keeps text as text). */
function kindsOf(node, definitionOf, seen) {
    const union = (nodes) => new Set(nodes.flatMap((n) => [...kindsOf(n, definitionOf, seen)]));
    switch (node.kind) {
        case 'string':
            return new Set(['string']);
        case 'number':
            return new Set([node.wire === 'string' ? 'string' : 'number']);
        case 'boolean':
            return new Set(['boolean']);
        case 'null':
            return new Set(['null']);
        case 'any':
        case 'not':
        case 'conditional':
            return everyKind;
        case 'never':
            return new Set();
        case 'literal':
            return new Set([node.value === null ? 'null' : typeof node.value]);
        case 'enum':
            return new Set(node.members.map((m) => (m.value === null ? 'null' : typeof m.value)));
        case 'object':
            return new Set(['object']);
        case 'array':
        case 'tuple':
            return new Set(['array']);
        case 'nullable':
            return new Set([...kindsOf(node.inner, definitionOf, seen), 'null']);
        case 'unevaluated':
            return kindsOf(node.inner, definitionOf, seen);
        case 'union':
            return union(node.variants);
        case 'taggedUnion':
            return union(node.variants.map((v) => v.type));
        case 'intersection': {
            const [first, ...rest] = node.members.map((m) => kindsOf(m, definitionOf, seen));
            return new Set([...(first ?? everyKind)].filter((k) => rest.every((r) => r.has(k))));
        }
        case 'ref': {
            if (seen.has(node.target))
                return everyKind;
            const target = definitionOf(node.target);
            return target ? kindsOf(target.type, definitionOf, new Set([...seen, node.target])) : everyKind;
        }
        default:
            return assertNever(node);
    }
}
/** The item types of the array types a type admits. */
function itemTypes(node, definitionOf, seen) {
    return reachable(node, definitionOf, seen).flatMap((n) => n.kind === 'array' ? [n.items] : n.kind === 'tuple' ? [...n.elements.map((e) => e.type), ...(n.rest ? [n.rest] : [])] : []);
}
/** The properties of the object types a type admits. */
function objectProperties(node, definitionOf, seen) {
    return reachable(node, definitionOf, seen).flatMap((n) => (n.kind === 'object' ? n.properties : []));
}
/** The alternatives a type stands for, through refs, nullables, unions and intersections. */
function reachable(node, definitionOf, seen) {
    switch (node.kind) {
        case 'ref': {
            const target = seen.has(node.target) ? undefined : definitionOf(node.target);
            return target ? reachable(target.type, definitionOf, new Set([...seen, node.target])) : [];
        }
        case 'nullable':
            return reachable(node.inner, definitionOf, seen);
        case 'union':
            return node.variants.flatMap((v) => reachable(v, definitionOf, seen));
        case 'taggedUnion':
            return node.variants.flatMap((v) => reachable(v.type, definitionOf, seen));
        case 'intersection':
            return node.members.flatMap((m) => reachable(m, definitionOf, seen));
        default:
            return [node];
    }
}
//# sourceMappingURL=parameters.js.map