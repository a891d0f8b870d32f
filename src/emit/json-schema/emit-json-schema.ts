/**
 * JSON Schema target: `schema.json`, draft 2020-12. Every definition sits under `$defs` keyed by its
 * original name; the root `$ref`s the document's root definition. The output is checked against the
 * 2020-12 meta-schema and its refs resolved before it is returned: an invalid output is our bug.
 *
 * Representation: nullable is `anyOf [T, {type: null}]` (a type array would drop null under `enum`);
 * `any` is `{}` and `never` is `false`; a lossy field keeps its note in `$comment`; objects open by
 * default say nothing about `additionalProperties`; a property named like an `Object.prototype` member
 * (`constructor`, `__proto__`) is written as an exact `patternProperties` entry, since Ajv drops a
 * `__proto__` property and reads an absent `constructor` from the prototype.
 */
import { diagnostic, jsonPointer, type Diagnostic } from '../../diagnostics/index.js';
import {
  assertNever,
  integerRange,
  isIntegerKind,
  wirePattern,
  type Docs,
  type JsonValue,
  type Model,
  type NodeOf,
  type Property,
  type TypeNode,
} from '../../model/index.js';
import { assertedFormat } from '../../model/formats.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
import { exactRegexSource, inheritedMemberNames } from '../escape.js';
import { metaSchemaProblem } from './meta-schema.js';

export const jsonSchemaEmitter: Emitter<void> = {
  target: 'json-schema',
  // JSON Schema has no form for an operation, and needs none: every schema an operation holds is a
  // definition, so its body, response and parameter types are in $defs under the names the other
  // targets use (`#/$defs/ListArchivesResponse200`). Nothing else is written, because a keyword of our
  // own would make Ajv's default strict mode reject the file.
  emitOperations: () => undefined,
  emit: (model, context) => emitJsonSchema(model, context),
};

type Schema = { [key: string]: JsonValue } | boolean;

export function emitJsonSchema(model: Model, context: EmitContext): Emitted {
  const defs: Record<string, JsonValue> = Object.create(null) as Record<string, JsonValue>;
  for (const def of rootsFirst(model)) defs[def.name] = withDocs(schemaOf(def.type), def.docs);

  const document: Record<string, JsonValue> = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $comment: context.banner().join(' '),
  };
  if (model.docs.title) document['title'] = model.docs.title;
  if (model.docs.description) document['description'] = model.docs.description;
  if (model.roots.length === 1) document['$ref'] = refTo(model.roots[0]!);
  document['$defs'] = defs;

  const diagnostics = checkAgainstMetaSchema(document);
  // The text is only made if someone reads it: the layout prints the value itself.
  const file = {
    path: context.target.file,
    language: 'json' as const,
    value: document,
    get contents() {
      return JSON.stringify(document, null, 2);
    },
  };
  return { files: [file], diagnostics };
}

/** Roots first, then the rest in model order: the file reads from the entity down. */
function rootsFirst(model: Model): Model['definitions'] {
  const roots = new Set(model.roots);
  return [...model.definitions.filter((d) => roots.has(d.name)), ...model.definitions.filter((d) => !roots.has(d.name))];
}

/** `#/$defs/<name>`: JSON-pointer-escaped, then percent-encoded, because `$ref` is a URI reference. */
export function refTo(name: string): string {
  return `#/$defs${encodeURIComponent(jsonPointer([name])).replaceAll('%2F', '/')}`;
}

export function schemaOf(node: TypeNode): Schema {
  switch (node.kind) {
    case 'string': {
      const s: Record<string, JsonValue> = { type: 'string' };
      if (node.format) s['format'] = node.format;
      assignDefined(s, node.checks);
      // structgen's check beyond ajv-formats' (see model/formats.ts), stated so that Ajv applies it too.
      const refinement = assertedFormat(node.format)?.refinement;
      if (refinement !== undefined) {
        if (s['pattern'] === undefined) s['pattern'] = refinement;
        else s['allOf'] = [{ pattern: refinement }];
      }
      return s;
    }
    case 'number':
      return numberSchema(node);
    case 'boolean':
      return { type: 'boolean' };
    case 'null':
      return { type: 'null' };
    case 'any':
      return {};
    case 'never':
      return false;
    case 'literal':
      return { const: node.value };
    case 'enum': {
      if (node.members.length === 0) return false;
      // Named values are written back as they came: one `{const, title}` branch each.
      if (node.members.some((m) => m.title !== undefined))
        return {
          oneOf: node.members.map((m) => {
            const branch: Record<string, JsonValue> = { const: m.value };
            if (m.title !== undefined) branch['title'] = m.title;
            if (m.description !== undefined) branch['description'] = m.description;
            return branch;
          }),
        };
      const values = node.members.map((m) => m.value);
      return values.every((v) => typeof v === 'string') ? { type: 'string', enum: values } : { enum: values };
    }
    case 'object': {
      const s: Record<string, JsonValue> = { type: 'object' };
      const properties: Record<string, JsonValue> = Object.create(null) as Record<string, JsonValue>;
      const patternProperties: Record<string, JsonValue> = Object.create(null) as Record<string, JsonValue>;
      let inheritedNames = false;
      for (const p of node.properties) {
        // A name only `required` lists stays out of `properties`: additionalProperties judges it there.
        if (p.undeclared) continue;
        // Same meaning, but validators that read data[name] (Ajv) would see an inherited `constructor`
        // or drop `__proto__` entirely; a pattern is matched against the keys actually present.
        if (inheritedMemberNames.has(p.name)) {
          patternProperties[exactRegexSource(p.name)] = propertySchema(p);
          inheritedNames = true;
        } else {
          properties[p.name] = propertySchema(p);
        }
      }
      for (const p of node.patternProperties ?? []) patternProperties[p.pattern] = schemaOf(p.type);
      if (inheritedNames) {
        s['$comment'] =
          'Properties named like Object.prototype members are listed under patternProperties (exact-match patterns), which means the same and is validated correctly by validators that read data[name].';
      }
      if (Object.keys(properties).length > 0) s['properties'] = properties;
      if (Object.keys(patternProperties).length > 0) s['patternProperties'] = patternProperties;
      const required = node.properties.filter((p) => p.required).map((p) => p.name);
      if (required.length > 0) s['required'] = required;
      // Ajv tests `required` as data[name] !== undefined, which an inherited `constructor` or `__proto__`
      // always passes; "not every key differs from the name" says the same over the keys actually present.
      const inheritedRequired = required.filter((name) => inheritedMemberNames.has(name));
      if (inheritedRequired.length > 0)
        s['allOf'] = inheritedRequired.map((name) => ({ not: { propertyNames: { not: { const: name } } } }));
      assignDefined(s, node.checks);
      const { additional } = node;
      if (additional.mode === 'forbid') s['additionalProperties'] = false;
      else if (additional.mode === 'schema') s['additionalProperties'] = schemaOf(additional.type);
      else if (additional.explicit) s['additionalProperties'] = true;
      return s;
    }
    case 'array': {
      // No `items` where the document gave none: `items: {}` would evaluate every item (unevaluatedItems).
      const s: Record<string, JsonValue> = node.implicitItems ? { type: 'array' } : { type: 'array', items: schemaOf(node.items) };
      assignDefined(s, node.checks);
      return s;
    }
    case 'tuple': {
      // prefixItems may not be empty: a tuple of no elements is an array of no items, or of its rest items.
      if (node.elements.length === 0 && !node.rest) return { type: 'array', maxItems: 0 };
      if (node.elements.length === 0) {
        const array: NodeOf<'array'> = { kind: 'array', items: node.rest! };
        if (node.checks) array.checks = node.checks;
        if (node.implicitItems) array.implicitItems = true;
        return schemaOf(array);
      }
      const s: Record<string, JsonValue> = { type: 'array', prefixItems: node.elements.map((e) => schemaOf(e.type)) };
      const required = node.elements.filter((e) => !e.optional).length;
      assignDefined(s, node.checks);
      if (required > 0) s['minItems'] = Math.max(required, node.checks?.minItems ?? 0);
      if (!node.implicitItems) s['items'] = node.rest ? schemaOf(node.rest) : false;
      return s;
    }
    case 'nullable':
      return { anyOf: [schemaOf(node.inner), { type: 'null' }] };
    case 'union':
      if (node.variants.length === 0) return false;
      return typelessSchema(node) ?? { [node.exclusive ? 'oneOf' : 'anyOf']: node.variants.map(schemaOf) };
    case 'taggedUnion':
      if (node.variants.length === 0) return false;
      return { [node.exclusive === false ? 'anyOf' : 'oneOf']: node.variants.map((v) => taggedVariantSchema(v.type)) };
    case 'intersection':
      return { allOf: node.members.map(schemaOf) };
    case 'not':
      return { not: schemaOf(node.inner) };
    case 'conditional': {
      const s: Record<string, JsonValue> = { if: schemaOf(node.if) };
      if (node.then) s['then'] = schemaOf(node.then);
      if (node.else) s['else'] = schemaOf(node.else);
      return s;
    }
    case 'unevaluated': {
      const inner = schemaOf(node.inner);
      const rest: Record<string, JsonValue> = {};
      if (node.properties) rest['unevaluatedProperties'] = schemaOf(node.properties);
      if (node.items) rest['unevaluatedItems'] = schemaOf(node.items);
      // Beside the inner schema's own keywords where they leave room; else around it (annotations pass through allOf).
      if (typeof inner === 'object' && !('unevaluatedProperties' in inner) && !('unevaluatedItems' in inner)) return { ...inner, ...rest };
      return { allOf: [inner], ...rest };
    }
    case 'ref':
      return { $ref: refTo(node.target) };
    default:
      return assertNever(node);
  }
}

/** The keywords that apply to one JSON type only (JSON Schema 2020-12 validation and applicator vocabularies). */
const typeKeywords: Record<string, ReadonlySet<string>> = {
  object: new Set([
    'properties',
    'patternProperties',
    'additionalProperties',
    'required',
    'minProperties',
    'maxProperties',
    'dependentRequired',
    'dependentSchemas',
    'propertyNames',
  ]),
  array: new Set(['items', 'prefixItems', 'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems']),
  string: new Set(['minLength', 'maxLength', 'pattern', 'format']),
  number: new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format']),
  boolean: new Set(),
  null: new Set(),
};

/**
 * A union of one variant per JSON type (what a JSON Schema without `type` reads as) is written back as
 * one schema without `type`, each variant's keywords side by side: the same meaning, since each applies
 * to its own type only, and the form validators track best (Ajv loses the items an `anyOf` branch
 * evaluates, which `unevaluatedItems` needs). Undefined when the union is not of that form.
 */
function typelessSchema(node: NodeOf<'union'>): Schema | undefined {
  const kinds = ['object', 'array', 'string', 'number', 'boolean', 'null'];
  if (node.exclusive || node.variants.length !== kinds.length) return undefined;
  const merged: Record<string, JsonValue> = {};
  for (const [i, variant] of node.variants.entries()) {
    const kind = variant.kind === 'tuple' ? 'array' : variant.kind;
    if (kind !== kinds[i] || (variant.kind === 'number' && (variant.numberKind !== 'number' || variant.wire === 'string')))
      return undefined;
    const schema = schemaOf(variant);
    if (typeof schema === 'boolean' || schema['type'] !== kind) return undefined;
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'type') continue;
      if (!typeKeywords[kind]!.has(key) || Object.hasOwn(merged, key)) return undefined;
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * A tagged union's variant. One the polymorphism pass joined with its tag (`Variant & { tag }`) is the
 * variant's `$ref` with the tag's object keywords beside it (2020-12 applies both), which says the same
 * as the `allOf` and reads as the variant with its tag.
 */
function taggedVariantSchema(type: TypeNode): Schema {
  if (type.kind === 'intersection' && type.members.length === 2) {
    const [variant, tag] = type.members;
    if (variant?.kind === 'ref' && tag?.kind === 'object' && tag.properties.length === 1 && tag.properties[0]!.required) {
      const tagSchema = schemaOf(tag);
      if (typeof tagSchema === 'object' && !Object.hasOwn(tagSchema, '$ref')) return { $ref: refTo(variant.target), ...tagSchema };
    }
  }
  return schemaOf(type);
}

function numberSchema(node: NodeOf<'number'>): Schema {
  if (node.wire === 'string') {
    // The pattern states the range exactly (see wirePattern); the comment says it in words.
    const range = integerRange(node.numberKind);
    const s: Record<string, JsonValue> = { type: 'string', pattern: wirePattern(node.numberKind, node.precision, node.scale) };
    s['$comment'] = range
      ? `${node.numberKind} as a string of digits, from ${range.min} to ${range.max}`
      : `${node.numberKind} as a string${node.precision !== undefined ? `, precision ${node.precision}` : ''}${node.scale !== undefined ? `, scale ${node.scale}` : ''}`;
    return s;
  }
  const s: Record<string, JsonValue> = { type: isIntegerKind(node.numberKind) ? 'integer' : 'number' };
  if (node.format) s['format'] = node.format;
  const range = integerRange(node.numberKind);
  if (range) {
    s['minimum'] = Math.max(Number(range.min), node.checks?.minimum ?? -Infinity);
    s['maximum'] = Math.min(Number(range.max), node.checks?.maximum ?? Infinity);
  }
  assignDefined(s, { ...node.checks, ...(range ? { minimum: undefined, maximum: undefined } : {}) });
  return s;
}

function propertySchema(p: Property): Schema {
  const schema = withDocs(schemaOf(p.type), p.docs);
  if ((!p.readOnly && !p.writeOnly) || typeof schema === 'boolean') return schema;
  return { ...schema, ...(p.readOnly ? { readOnly: true } : {}), ...(p.writeOnly ? { writeOnly: true } : {}) };
}

/** Checks are named as JSON Schema names them; the structured ones are translated here. */
function assignDefined(target: Record<string, JsonValue>, checks: object | undefined): void {
  for (const [key, value] of Object.entries(checks ?? {})) {
    if (value === undefined) continue;
    if (key === 'contains') {
      const contains = value as { type: TypeNode; min?: number; max?: number };
      target['contains'] = schemaOf(contains.type);
      if (contains.min !== undefined) target['minContains'] = contains.min;
      if (contains.max !== undefined) target['maxContains'] = contains.max;
    } else if (key === 'dependentRequired') {
      target['dependentRequired'] = Object.fromEntries(
        (value as { property: string; requires: string[] }[]).map((d) => [d.property, d.requires]),
      );
    } else if (key === 'dependentSchemas') {
      target['dependentSchemas'] = Object.fromEntries(
        (value as { property: string; type: TypeNode }[]).map((d) => [d.property, schemaOf(d.type)]),
      );
    } else if (key === 'propertyNames') {
      target['propertyNames'] = schemaOf(value as TypeNode);
    } else {
      target[key] = value as JsonValue;
    }
  }
}

function withDocs(schema: Schema, docs: Docs): Schema {
  const annotations: Record<string, JsonValue> = {};
  if (docs.title) annotations['title'] = docs.title;
  if (docs.description) annotations['description'] = docs.description;
  if (docs.lossy) annotations['$comment'] = `Lossy: ${docs.lossy}.`;
  if (docs.default) annotations['default'] = docs.default.value;
  if (docs.examples?.length) annotations['examples'] = docs.examples;
  if (docs.deprecated) annotations['deprecated'] = true;
  for (const [key, value] of Object.entries(docs.annotations ?? {})) {
    // A format that only annotates must not be one Ajv with ajv-formats checks, or schema.json would
    // reject what zod.ts accepts: such a format is kept as a comment (see README, Formats).
    if (key === 'format' && typeof value === 'string' && assertedFormat(value)?.ajv) {
      annotations['$comment'] = joinComments(
        annotations['$comment'],
        `format ${JSON.stringify(value)} is an annotation here, not checked (structgen --assert-formats checks it)`,
      )!;
    } else annotations[key] = value;
  }
  if (Object.keys(annotations).length === 0) return schema;
  // A boolean schema cannot carry annotations; `{}` and `{not: {}}` say the same and can.
  const base: Record<string, JsonValue> = schema === true ? {} : schema === false ? { not: {} } : schema;
  const comment = joinComments(annotations['$comment'], base['$comment']);
  return { ...annotations, ...base, ...(comment !== undefined ? { $comment: comment } : {}) };
}

function joinComments(...comments: (JsonValue | undefined)[]): string | undefined {
  const texts = comments.filter((c): c is string => typeof c === 'string');
  return texts.length === 0 ? undefined : texts.join(' ');
}

/**
 * Our output must be a valid 2020-12 schema whose refs all resolve; if not, that is a bug in structgen.
 * The meta-schema is checked by a walk of our own (./meta-schema.ts), linear in the document. Compiling
 * the output with Ajv, as this check once did, is not: Ajv's code generation overflows the stack on a
 * oneOf of 5,000 branches, writes every dependentRequired name into every error message (20,000 names:
 * 4 GB), and its inlining test walks each nested anyOf twice (2^depth). Refs are what compiling checked
 * beyond the meta-schema, so they are checked directly.
 */
function checkAgainstMetaSchema(document: Record<string, JsonValue>): Diagnostic[] {
  // Every `$ref` we write is `#/$defs/<name>`: it must name a definition of the document (checked in
  // the same walk).
  const defs = document['$defs'] as Record<string, JsonValue>;
  let dangling: string | undefined;
  const problem = metaSchemaProblem(document, (ref) => {
    if (refTargets(ref, defs)) return undefined;
    dangling = `generated $ref ${JSON.stringify(ref)} names no definition`;
    return dangling;
  });
  if (!problem) return [];
  const message = dangling ?? `generated JSON Schema is invalid: ${problem.pointer} ${problem.message}`;
  return [diagnostic('invalid-output', { file: 'schema.json', pointer: problem.pointer, message })];
}

function refTargets(reference: string, defs: Record<string, JsonValue>): boolean {
  if (!reference.startsWith('#/$defs/')) return false;
  let segment: string;
  try {
    segment = decodeURIComponent(reference.slice('#/$defs/'.length));
  } catch {
    return false;
  }
  return !segment.includes('/') && Object.hasOwn(defs, segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}
