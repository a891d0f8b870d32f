/**
 * Schema Objects → TypeNodes: JSON Schema 2020-12 (and draft-07), OpenAPI 3.1 (which is JSON Schema) and
 * OpenAPI 3.0 (its own subset); `ctx.dialect` says which rules apply where they differ.
 *
 * Null has many spellings and all fold into `nullable`: 3.0 `nullable: true` (also found inside 3.1
 * documents), 3.1 type arrays with "null", `anyOf`/`oneOf` with a null branch, `enum` with null.
 * `oneOf` + `discriminator` becomes a tagged union; `allOf` merges into one object where that keeps its
 * meaning, an intersection where it cannot. Inline objects with properties become named definitions.
 * Spec defects are warnings with a pointer, never crashes.
 */
import {
  exactValueType,
  type Definition,
  type Docs,
  type JsonValue,
  type NodeOf,
  type Property,
  type TypeNode,
} from '../../model/index.js';
import { child, inlineName, isSchemaObject, type At, type ReadContext, type SchemaObject } from './context.js';
import { resolveDynamicRef, resolveRef } from './refs.js';
import { isJsonSchemaKeyword, knownIn } from './keywords.js';
import { allOf, mergeAll, unionOf } from './compositions.js';
import { assertedFormat } from '../../model/formats.js';
import { readFormat } from '../formats.js';
import { warnIfSlow } from '../patterns.js';

/** Keywords that only annotate: beside a `$ref` they are docs, not constraints. */
export const annotationKeys = new Set([
  '$ref',
  'description',
  'title',
  'default',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
  'nullable',
  '$comment',
  'externalDocs',
  'xml',
  'discriminator',
]);

export interface Converted {
  type: TypeNode;
  docs: Docs;
}

/** The definition for a queued schema location: what `ReadContext.convertPending` does for both readers. */
export function definitionAt(ctx: ReadContext, pending: { name: string; at: At }): Definition {
  const { name, at } = pending;
  const schema = ctx.valueAt(ctx.documents.byUri.get(at.uri)!, at.pointer);
  const { type, docs } = convertDefinition(ctx, schema, at, name);
  checkDefault(ctx, docs, type, at);
  return { name, type, docs, origin: { document: at.uri, pointer: at.pointer } };
}

/** Converts a schema that is the body of a definition (objects stay inline there). */
export function convertDefinition(ctx: ReadContext, schema: unknown, at: At, name: string): Converted {
  return { type: convert(ctx, schema, at, name, true), docs: docsOf(ctx, schema, at) };
}

export function docsOf(ctx: ReadContext, schema: unknown, at: At): Docs {
  const docs: Docs = {};
  if (!isSchemaObject(schema)) return docs;
  if (typeof schema['title'] === 'string') docs.title = schema['title'];
  if (typeof schema['description'] === 'string' && schema['description'] !== '') docs.description = schema['description'];
  if (Object.hasOwn(schema, 'default')) docs.default = { value: schema['default']! };
  if (Array.isArray(schema['examples'])) docs.examples = schema['examples'];
  else if (Object.hasOwn(schema, 'example')) docs.examples = [schema['example']!];
  if (schema['deprecated'] === true) docs.deprecated = true;
  if (ctx.dialect === 'json-schema' && !ctx.assertFormats && typeof schema['format'] === 'string')
    docs.annotations = { format: schema['format'] };
  if (Object.hasOwn(schema, 'examples') && !Array.isArray(schema['examples'])) {
    ctx.report('schema-defect', child(at, 'examples'), '"examples" in a Schema Object must be an array; it is ignored');
  }
  return docs;
}

/**
 * The TypeNode for a schema. `name` names inline types found inside it; `top` is true for a
 * definition's own body (an object there is the definition, not something to hoist).
 */
export function convert(ctx: ReadContext, schema: unknown, at: At, name: string, top = false): TypeNode {
  const outer = ctx.enterScope(at);
  try {
    return convertSchema(ctx, schema, at, name, top);
  } finally {
    ctx.scope = outer;
  }
}

function convertSchema(ctx: ReadContext, value: unknown, at: At, name: string, top: boolean): TypeNode {
  if (value === true) return { kind: 'any' };
  if (value === false) return { kind: 'never' };
  if (!isSchemaObject(value)) {
    ctx.report('schema-defect', at, `a schema must be an object or a boolean, not ${JSON.stringify(value)}; it accepts anything here`);
    return { kind: 'any' };
  }
  const schema = ofDialect(ctx, value, at);
  const types = typeList(ctx, schema, at);
  let nullable = (ctx.dialect !== 'json-schema' && schema['nullable'] === true) || types.includes('null');
  const parts: TypeNode[] = [];

  for (const keyword of ['$dynamicRef', '$recursiveRef'] as const)
    if (typeof schema[keyword] === 'string') parts.push(resolveDynamicRef(ctx, schema[keyword], child(at, keyword), keyword));

  if (typeof schema['$ref'] === 'string') {
    parts.push(resolveRef(ctx, schema['$ref'], child(at, '$ref')));
    const structural = Object.keys(schema).filter((k) => !annotationKeys.has(k) && !k.startsWith('x-'));
    if (structural.length > 0 && ctx.dialect === 'openapi-3.0') {
      ctx.report(
        'ref-siblings-ignored',
        at,
        `OpenAPI 3.0 ignores keywords beside $ref: ${structural.join(', ')}`,
        'wrap them as allOf: [{$ref}, {...}] or move to OpenAPI 3.1',
      );
      return wrapNullable(parts[0]!, nullable);
    }
    if (structural.length > 0 && ctx.dialect === 'json-schema' && ctx.draftAt(at) === 'draft-07') {
      // draft-07 §8.3: "All other properties in a "$ref" object MUST be ignored."
      ctx.report(
        'ref-siblings-ignored',
        at,
        `JSON Schema draft-07 ignores keywords beside $ref: ${structural.join(', ')}`,
        'wrap them as allOf: [{$ref}, {...}] or move to 2019-09 or later',
      );
      return parts[0]!;
    }
    if (structural.length === 0) return wrapNullable(parts[0]!, nullable);
  }

  if (Object.hasOwn(schema, 'const')) {
    const value = schema['const']!;
    if (value === null) parts.push({ kind: 'null' });
    else if (typeof value === 'object') parts.push(exactValueType(value));
    else parts.push({ kind: 'literal', value });
  } else if (Array.isArray(schema['enum'])) {
    const values = schema['enum'];
    // A null member counts only where the type allows null (or no type is given).
    if (
      values.includes(null) &&
      (types.length === 0 || types.includes('null') || (ctx.dialect !== 'json-schema' && schema['nullable'] === true))
    )
      nullable = true;
    const kept = values.filter((v) => v !== null && fitsTypes(v, types));
    if (kept.length < values.filter((v) => v !== null).length) {
      ctx.report(
        'schema-defect',
        child(at, 'enum'),
        `some enum values do not match type ${JSON.stringify(schema['type'])}; no instance can take them`,
      );
    }
    const primitives = kept.filter((v): v is string | number | boolean => typeof v !== 'object');
    if (primitives.length < kept.length)
      parts.push({ kind: 'union', variants: kept.map((v) => (typeof v === 'object' ? exactValueType(v) : { kind: 'literal', value: v })) });
    else if (kept.length === 0 && nullable) parts.push({ kind: 'null' });
    else parts.push({ kind: 'enum', members: primitives.map((value) => ({ value })) });
  } else {
    const base = baseType(ctx, schema, at, name, types);
    if (base) parts.push(base);
  }

  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    const union = unionOf(ctx, schema, branches, at, keyword, name);
    if (union.nullable) nullable = true;
    parts.push(union.type);
  }
  if (Array.isArray(schema['allOf'])) parts.push(allOf(ctx, schema['allOf'], child(at, 'allOf'), name));
  parts.push(...applicators(ctx, schema, at, name));

  let type: TypeNode;
  if (parts.length === 0) type = { kind: 'any' };
  else if (parts.length === 1) type = parts[0]!;
  else type = mergeAll(ctx, parts) ?? { kind: 'intersection', members: parts };
  type = withUnevaluated(ctx, schema, at, name, type);
  if (type.kind === 'any' && nullable) return type;
  return hoistIfInline(ctx, wrapNullable(type, nullable), schema, at, name, top);
}

/** `not` and `if`/`then`/`else`: constraints that sit beside the type. */
function applicators(ctx: ReadContext, schema: SchemaObject, at: At, name: string): TypeNode[] {
  const parts: TypeNode[] = [];
  if (Object.hasOwn(schema, 'not'))
    parts.push({ kind: 'not', inner: convert(ctx, schema['not'], child(at, 'not'), inlineName(name, 'not'), true) });
  // `if` alone checks nothing, but what it evaluates counts for an unevaluatedProperties/Items around it.
  if (Object.hasOwn(schema, 'if')) {
    const conditional: NodeOf<'conditional'> = {
      kind: 'conditional',
      if: convert(ctx, schema['if'], child(at, 'if'), inlineName(name, 'if'), true),
    };
    if (Object.hasOwn(schema, 'then')) conditional.then = convert(ctx, schema['then'], child(at, 'then'), inlineName(name, 'then'), true);
    if (Object.hasOwn(schema, 'else')) conditional.else = convert(ctx, schema['else'], child(at, 'else'), inlineName(name, 'else'), true);
    parts.push(conditional);
  }
  return parts;
}

const applicatorKeywords = [
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
  'dependentSchemas',
  'dependencies',
];

/**
 * `dependentSchemas`, and the schema form of draft-07's `dependencies` (its array form is
 * `dependentRequired`, read with the object's checks); 2019-09 and 2020-12 documents still use it.
 */
function dependentSchemas(schema: SchemaObject): { key: string; dependent: JsonValue; keyword: string }[] {
  return (['dependentSchemas', 'dependencies'] as const).flatMap((keyword) => {
    const map = schema[keyword];
    if (!isSchemaObject(map)) return [];
    return Object.entries(map)
      .filter(([, dependent]) => !Array.isArray(dependent))
      .map(([key, dependent]) => ({ key, dependent, keyword }));
  });
}

/**
 * The schema without the keywords its dialect does not have (`prefixItems` in a 2019-09 resource,
 * `$recursiveRef` in 2020-12, `unevaluatedProperties` in draft-07), each named by a warning: they are
 * unknown keywords there, which only annotate.
 */
function ofDialect(ctx: ReadContext, schema: SchemaObject, at: At): SchemaObject {
  const dialect = ctx.draftAt(at);
  if (ctx.dialect === 'json-schema') {
    for (const keyword of Object.keys(schema).filter((k) => !isJsonSchemaKeyword(k)))
      ctx.report(
        'unsupported-keyword',
        child(at, keyword),
        `${keyword} is not a JSON Schema keyword; it only annotates, and no validator checks it`,
        'check its spelling, or prefix a keyword of your own with x-',
      );
  }
  const foreign = Object.keys(schema).filter((k) => !knownIn(k, dialect));
  if (foreign.length === 0) return schema;
  for (const keyword of foreign)
    ctx.report(
      'unsupported-keyword',
      child(at, keyword),
      `${keyword} is not a keyword of JSON Schema ${dialect}; it is ignored`,
      'name a draft that has it in $schema (or pass --dialect)',
    );
  return Object.fromEntries(Object.entries(schema).filter(([k]) => !foreign.includes(k)));
}

/**
 * `unevaluatedProperties`/`unevaluatedItems` beside applicators: what the rest of the schema leaves
 * unevaluated must match them, checked at run time (see the model's `unevaluated` node). Without an
 * applicator they are read as `additionalProperties`/`items` by objectNode and arrayNode.
 */
function withUnevaluated(ctx: ReadContext, schema: SchemaObject, at: At, name: string, type: TypeNode): TypeNode {
  const rest: { properties?: TypeNode; items?: TypeNode } = {};
  if (Object.hasOwn(schema, 'unevaluatedProperties') && !unevaluatedIsAdditional(schema, 'unevaluatedProperties'))
    rest.properties = convert(
      ctx,
      schema['unevaluatedProperties'],
      child(at, 'unevaluatedProperties'),
      inlineName(name, 'unevaluated'),
      true,
    );
  if (Object.hasOwn(schema, 'unevaluatedItems') && !unevaluatedIsAdditional(schema, 'unevaluatedItems'))
    rest.items = convert(ctx, schema['unevaluatedItems'], child(at, 'unevaluatedItems'), inlineName(name, 'unevaluatedItem'), true);
  if (!rest.properties && !rest.items) return type;
  return { kind: 'unevaluated', inner: type, ...rest };
}

/**
 * With no applicator beside it, `unevaluatedProperties` means what `additionalProperties` means (only
 * this schema's properties and patternProperties evaluate anything), and `unevaluatedItems` what `items`
 * after `prefixItems` means; those cases are read as such.
 */
function unevaluatedIsAdditional(schema: SchemaObject, keyword: 'unevaluatedProperties' | 'unevaluatedItems'): boolean {
  if (applicatorKeywords.some((k) => Object.hasOwn(schema, k))) return false;
  if (keyword === 'unevaluatedProperties') return !Object.hasOwn(schema, 'additionalProperties');
  return !Object.hasOwn(schema, 'items') && !Object.hasOwn(schema, 'contains');
}

function wrapNullable(type: TypeNode, nullable: boolean): TypeNode {
  if (!nullable || type.kind === 'nullable' || type.kind === 'null' || type.kind === 'any') return type;
  return { kind: 'nullable', inner: type };
}

/** `type` as a list, checked: 3.0 allows one name, 3.1 a name or an array of names. */
function typeList(ctx: ReadContext, schema: SchemaObject, at: At): string[] {
  const type = schema['type'];
  if (type === undefined) return [];
  const list = Array.isArray(type) ? type : [type];
  const known = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];
  const bad = list.filter((t) => typeof t !== 'string' || !known.includes(t));
  if (bad.length > 0) ctx.report('schema-defect', child(at, 'type'), `unknown type ${JSON.stringify(bad)}; known: ${known.join(', ')}`);
  return list.filter((t): t is string => typeof t === 'string' && known.includes(t));
}

function fitsTypes(value: JsonValue, types: string[]): boolean {
  if (types.length === 0) return true;
  return types.some((t) => {
    switch (t) {
      case 'string':
        return typeof value === 'string';
      case 'number':
        return typeof value === 'number';
      case 'integer':
        return typeof value === 'number' && Number.isInteger(value);
      case 'boolean':
        return typeof value === 'boolean';
      case 'null':
        return value === null;
      case 'array':
        return Array.isArray(value);
      case 'object':
        return typeof value === 'object' && value !== null && !Array.isArray(value);
      default:
        return false;
    }
  });
}

/** The type that `type` and its keywords describe (or that object/array keywords imply when `type` is absent). */
function baseType(ctx: ReadContext, schema: SchemaObject, at: At, name: string, types: string[]): TypeNode | undefined {
  let kinds = types.filter((t) => t !== 'null');
  if (types.length === 0 && ctx.dialect === 'json-schema') return typelessType(ctx, schema, at, name);
  if (types.length === 0) {
    // API authors mean `properties` (or `items`) without `type` as an object (or array); other keywords
    // without a type constrain only the values they apply to, as in JSON Schema.
    if (objectKeywords.some((k) => Object.hasOwn(schema, k))) kinds = ['object'];
    else if (arrayKeywords.some((k) => Object.hasOwn(schema, k))) kinds = ['array'];
    else return typelessType(ctx, schema, at, name);
  }
  if (kinds.length === 0) return types.includes('null') ? { kind: 'null' } : undefined;
  const nodes = kinds.map((kind) => typedNode(ctx, schema, at, name, kind));
  return nodes.length === 1 ? nodes[0] : { kind: 'union', variants: nodes };
}

const stringKeywords = ['minLength', 'maxLength', 'pattern'];
const numberKeywords = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
const objectKeywords = [
  'properties',
  'additionalProperties',
  'patternProperties',
  'required',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'propertyNames',
  'unevaluatedProperties',
];
const arrayKeywords = ['items', 'prefixItems', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'unevaluatedItems'];

/**
 * JSON Schema without `type`: each keyword constrains only values of the type it applies to
 * (`{"maxLength": 2}` accepts 12 and rejects "abc"), so the result is a union over every JSON type,
 * constrained where keywords apply. Undefined when no type-specific keyword is present.
 */
function typelessType(ctx: ReadContext, schema: SchemaObject, at: At, name: string): TypeNode | undefined {
  const has = (keywords: string[]) => keywords.some((k) => Object.hasOwn(schema, k));
  // An asserted format constrains the values of the type it applies to, as that type's keywords do.
  const formatType =
    ctx.assertFormats && typeof schema['format'] === 'string' ? (assertedFormat(schema['format'])?.appliesTo ?? 'string') : undefined;
  const [strings, numbers] = [has(stringKeywords) || formatType === 'string', has(numberKeywords) || formatType === 'number'];
  if (!strings && !numbers && !has(objectKeywords) && !has(arrayKeywords)) return undefined;
  const object = has(objectKeywords) ? objectNode(ctx, schema, at, name) : undefined;
  return {
    kind: 'union',
    variants: [
      // Open, but not `explicit`: no keyword here evaluates their keys or items (see the `unevaluated` node).
      object ?? { kind: 'object', properties: [], additional: { mode: 'allow', explicit: false } },
      has(arrayKeywords) ? arrayNode(ctx, schema, at, name) : { kind: 'array', items: { kind: 'any' }, implicitItems: true },
      strings ? stringNode(ctx, schema, at) : { kind: 'string' },
      numbers ? numberNode(ctx, schema, at, 'number') : { kind: 'number', numberKind: 'number' },
      { kind: 'boolean' },
      { kind: 'null' },
    ],
  };
}

function typedNode(ctx: ReadContext, schema: SchemaObject, at: At, name: string, kind: string): TypeNode {
  switch (kind) {
    case 'string':
      return stringNode(ctx, schema, at);
    case 'integer':
    case 'number':
      return numberNode(ctx, schema, at, kind);
    case 'boolean':
      return { kind: 'boolean' };
    case 'object':
      return objectNode(ctx, schema, at, name);
    case 'array':
      return arrayNode(ctx, schema, at, name);
    default:
      return { kind: 'any' };
  }
}

function count(ctx: ReadContext, schema: SchemaObject, at: At, key: string): number | undefined {
  const value = schema[key];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  ctx.report('schema-defect', child(at, key), `${key} must be a non-negative integer, not ${JSON.stringify(value)}; it is ignored`);
  return undefined;
}

function numeric(ctx: ReadContext, schema: SchemaObject, at: At, key: string): number | undefined {
  const value = schema[key];
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return value;
  ctx.report('schema-defect', child(at, key), `${key} must be a number, not ${JSON.stringify(value)}; it is ignored`);
  return undefined;
}

/** Checks a pattern compiles as an ECMA-262 regex (compiled, never run: no ReDoS in the generator). */
export function validPattern(ctx: ReadContext, pattern: unknown, at: At): string | undefined {
  if (typeof pattern !== 'string') {
    ctx.report('invalid-pattern', at, `pattern must be a string, not ${JSON.stringify(pattern)}`);
    return undefined;
  }
  try {
    new RegExp(pattern, 'u');
    warnIfSlow(pattern, (message) => ctx.report('slow-pattern', at, message));
    return pattern;
  } catch (error) {
    ctx.report(
      'invalid-pattern',
      at,
      `pattern ${JSON.stringify(pattern)} is not a valid ECMA-262 regex: ${(error as Error).message}; it is ignored`,
    );
    return undefined;
  }
}

/** The asserted format's name, with a warning where the document used an alias (`url` for `uri`). */
function formatOf(ctx: ReadContext, schema: SchemaObject, at: At): string {
  return readFormat(schema['format'] as string, (message, hint) => ctx.report('format-alias', child(at, 'format'), message, hint));
}

function stringNode(ctx: ReadContext, schema: SchemaObject, at: At): NodeOf<'string'> {
  const node: NodeOf<'string'> = { kind: 'string' };
  // In JSON Schema 2020-12, format only annotates (docsOf keeps it) unless asked; API authors mean it to assert.
  if (typeof schema['format'] === 'string' && (ctx.dialect !== 'json-schema' || ctx.assertFormats)) node.format = formatOf(ctx, schema, at);
  const checks: NonNullable<NodeOf<'string'>['checks']> = {};
  const minLength = count(ctx, schema, at, 'minLength');
  const maxLength = count(ctx, schema, at, 'maxLength');
  if (minLength !== undefined) checks.minLength = minLength;
  if (maxLength !== undefined) checks.maxLength = maxLength;
  if (schema['pattern'] !== undefined) {
    const pattern = validPattern(ctx, schema['pattern'], child(at, 'pattern'));
    if (pattern !== undefined) checks.pattern = pattern;
  }
  if (Object.keys(checks).length > 0) node.checks = checks;
  return node;
}

function numberNode(ctx: ReadContext, schema: SchemaObject, at: At, kind: 'integer' | 'number'): NodeOf<'number'> {
  const node: NodeOf<'number'> = { kind: 'number', numberKind: kind };
  if (typeof schema['format'] === 'string' && (ctx.dialect !== 'json-schema' || ctx.assertFormats)) node.format = formatOf(ctx, schema, at);
  const checks: NonNullable<NodeOf<'number'>['checks']> = {};
  let minimum = numeric(ctx, schema, at, 'minimum');
  let maximum = numeric(ctx, schema, at, 'maximum');
  let exclusiveMinimum = numeric(ctx, schema, at, 'exclusiveMinimum');
  let exclusiveMaximum = numeric(ctx, schema, at, 'exclusiveMaximum');
  // OpenAPI 3.0 (JSON Schema draft 4): exclusiveMinimum/Maximum are booleans that qualify minimum/maximum.
  if (schema['exclusiveMinimum'] === true && minimum !== undefined) [exclusiveMinimum, minimum] = [minimum, undefined];
  if (schema['exclusiveMaximum'] === true && maximum !== undefined) [exclusiveMaximum, maximum] = [maximum, undefined];
  const multipleOf = numeric(ctx, schema, at, 'multipleOf');
  if (minimum !== undefined) checks.minimum = minimum;
  if (maximum !== undefined) checks.maximum = maximum;
  if (exclusiveMinimum !== undefined) checks.exclusiveMinimum = exclusiveMinimum;
  if (exclusiveMaximum !== undefined) checks.exclusiveMaximum = exclusiveMaximum;
  if (multipleOf !== undefined) {
    if (multipleOf > 0) checks.multipleOf = multipleOf;
    else ctx.report('schema-defect', child(at, 'multipleOf'), `multipleOf must be greater than 0, not ${multipleOf}; it is ignored`);
  }
  if (Object.keys(checks).length > 0) node.checks = checks;
  return node;
}

function objectNode(ctx: ReadContext, schema: SchemaObject, at: At, name: string): NodeOf<'object'> {
  const properties: Property[] = [];
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].filter((r): r is string => typeof r === 'string') : []);
  if (schema['required'] !== undefined && !Array.isArray(schema['required'])) {
    ctx.report('schema-defect', child(at, 'required'), '"required" must be a list of property names; it is ignored');
  }
  if (schema['properties'] !== undefined && !isSchemaObject(schema['properties'])) {
    ctx.report('schema-defect', child(at, 'properties'), '"properties" must be an object of named schemas; it is ignored');
  }
  const declared = isSchemaObject(schema['properties']) ? schema['properties'] : {};
  for (const [propertyName, propertySchema] of Object.entries(declared)) {
    const propertyAt = child(at, 'properties', propertyName);
    const type = convert(ctx, propertySchema, propertyAt, inlineName(name, propertyName));
    const property: Property = {
      name: propertyName,
      type,
      required: required.has(propertyName),
      docs: docsOf(ctx, propertySchema, propertyAt),
    };
    if (isSchemaObject(propertySchema)) {
      if (propertySchema['readOnly'] === true) property.readOnly = true;
      if (propertySchema['writeOnly'] === true) property.writeOnly = true;
    }
    checkDefault(ctx, property.docs, type, propertyAt);
    properties.push(property);
  }
  for (const missing of [...required].filter((r) => !Object.hasOwn(declared, r))) {
    ctx.report(
      'required-not-in-properties',
      child(at, 'required'),
      `${JSON.stringify(missing)} is required but not among the properties; it must be present with any value`,
    );
    properties.push({ name: missing, type: { kind: 'any' }, required: true, docs: {} });
  }

  const node: NodeOf<'object'> = { kind: 'object', properties, additional: { mode: 'allow', explicit: false } };
  const additionalKey = unevaluatedIsAdditional(schema, 'unevaluatedProperties') ? 'unevaluatedProperties' : 'additionalProperties';
  const additional = schema[additionalKey];
  if (additional === false) node.additional = { mode: 'forbid' };
  else if (additional === true || (isSchemaObject(additional) && Object.keys(additional).length === 0))
    node.additional = { mode: 'allow', explicit: true };
  else if (additional !== undefined)
    node.additional = { mode: 'schema', type: convert(ctx, additional, child(at, additionalKey), inlineName(name, 'value')) };

  if (isSchemaObject(schema['patternProperties'])) {
    const patterns = Object.entries(schema['patternProperties']).flatMap(([pattern, patternSchema], i) => {
      const valid = validPattern(ctx, pattern, child(at, 'patternProperties', pattern));
      if (valid === undefined) return [];
      return [
        {
          pattern: valid,
          type: convert(ctx, patternSchema, child(at, 'patternProperties', pattern), inlineName(name, 'pattern', String(i + 1))),
        },
      ];
    });
    if (patterns.length > 0) node.patternProperties = patterns;
  }
  const checks: NonNullable<NodeOf<'object'>['checks']> = {};
  const minProperties = count(ctx, schema, at, 'minProperties');
  const maxProperties = count(ctx, schema, at, 'maxProperties');
  if (minProperties !== undefined) checks.minProperties = minProperties;
  if (maxProperties !== undefined) checks.maxProperties = maxProperties;
  const dependentRequired = [schema['dependentRequired'], schema['dependencies']].flatMap((map) =>
    isSchemaObject(map)
      ? Object.entries(map).flatMap(([property, requires]) =>
          Array.isArray(requires) ? [{ property, requires: requires.filter((r): r is string => typeof r === 'string') }] : [],
        )
      : [],
  );
  if (dependentRequired.length > 0) checks.dependentRequired = dependentRequired;
  const dependents = dependentSchemas(schema).map(({ key, dependent, keyword }) => ({
    property: key,
    type: convert(ctx, dependent, child(at, keyword, key), inlineName(name, 'when', key), true),
  }));
  if (dependents.length > 0) checks.dependentSchemas = dependents;
  if (Object.hasOwn(schema, 'propertyNames'))
    checks.propertyNames = convert(ctx, schema['propertyNames'], child(at, 'propertyNames'), inlineName(name, 'key'), true);
  if (Object.keys(checks).length > 0) node.checks = checks;
  return node;
}

function arrayNode(ctx: ReadContext, schema: SchemaObject, at: At, name: string): TypeNode {
  const checks: NonNullable<NodeOf<'array'>['checks']> = {};
  const minItems = count(ctx, schema, at, 'minItems');
  const maxItems = count(ctx, schema, at, 'maxItems');
  if (minItems !== undefined) checks.minItems = minItems;
  if (maxItems !== undefined) checks.maxItems = maxItems;
  if (schema['uniqueItems'] === true) checks.uniqueItems = true;
  if (Object.hasOwn(schema, 'contains')) {
    const contains: NonNullable<typeof checks.contains> = {
      type: convert(ctx, schema['contains'], child(at, 'contains'), inlineName(name, 'contains'), true),
    };
    const min = count(ctx, schema, at, 'minContains');
    const max = count(ctx, schema, at, 'maxContains');
    if (min !== undefined) contains.min = min;
    if (max !== undefined) contains.max = max;
    checks.contains = contains;
  }
  const hasChecks = Object.keys(checks).length > 0;

  const prefix = Array.isArray(schema['prefixItems'])
    ? schema['prefixItems']
    : Array.isArray(schema['items'])
      ? schema['items']
      : undefined;
  const asItems = unevaluatedIsAdditional(schema, 'unevaluatedItems');
  const items = asItems ? schema['unevaluatedItems'] : schema['items'];
  const itemsAt = asItems ? 'unevaluatedItems' : 'items';
  if (prefix) {
    // draft-07 and 2019-09 write the leading items as an `items` array, the rest as `additionalItems`.
    const restSchema = Array.isArray(schema['items']) ? schema['additionalItems'] : items;
    const restAt = Array.isArray(schema['items']) ? 'additionalItems' : itemsAt;
    const elements = prefix.map((element, i) => ({
      type: convert(
        ctx,
        element,
        child(at, Array.isArray(schema['items']) ? 'items' : 'prefixItems', i),
        inlineName(name, 'item', String(i + 1)),
      ),
      optional: i >= (minItems ?? 0),
    }));
    const rest =
      restSchema === false
        ? null
        : restSchema === undefined
          ? { kind: 'any' as const }
          : convert(ctx, restSchema, child(at, restAt), inlineName(name, 'rest'));
    const tuple: NodeOf<'tuple'> = { kind: 'tuple', elements, rest };
    if (hasChecks) tuple.checks = checks;
    if (restSchema === undefined) tuple.implicitItems = true;
    return tuple;
  }
  const itemType = items === undefined ? ({ kind: 'any' } as const) : convert(ctx, items, child(at, itemsAt), inlineName(name, 'item'));
  const node: NodeOf<'array'> = { kind: 'array', items: itemType };
  if (hasChecks) node.checks = checks;
  if (items === undefined) node.implicitItems = true;
  return node;
}

/** An inline object with properties becomes a definition of its own, named after where it sits. */
function hoistIfInline(ctx: ReadContext, type: TypeNode, schema: SchemaObject, at: At, name: string, top: boolean): TypeNode {
  const object = type.kind === 'nullable' ? type.inner : type;
  if (top || object.kind !== 'object' || object.properties.length === 0) return type;
  const definitionName = ctx.uniqueName(name);
  const docs: Docs = {};
  if (typeof schema['title'] === 'string') docs.title = schema['title'];
  ctx.addDefinition({ name: definitionName, type: object, docs, origin: { document: at.uri, pointer: at.pointer } });
  const ref: TypeNode = { kind: 'ref', target: definitionName };
  return type.kind === 'nullable' ? { kind: 'nullable', inner: ref } : ref;
}

/** A default that does not fit its type (`{type: string, default: true}`) is a spec defect worth a warning. */
export function checkDefault(ctx: ReadContext, docs: Docs, type: TypeNode, at: At): void {
  if (!docs.default) return;
  const fits = valueFits(ctx, docs.default.value, type, 0);
  if (fits === false) {
    ctx.report(
      'default-mismatch',
      at,
      `default ${JSON.stringify(docs.default.value)} does not match the property's type; it is kept as documentation only`,
    );
  }
}

/** Whether a value fits a type, as far as cheaply known (undefined when unsure, e.g. through refs not yet read). */
function valueFits(ctx: ReadContext, value: JsonValue, type: TypeNode, depth: number): boolean | undefined {
  if (depth > 8) return undefined;
  switch (type.kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && (type.numberKind !== 'integer' || Number.isInteger(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'literal':
      return value === type.value;
    case 'enum':
      return type.members.some((m) => m.value === value);
    case 'nullable':
      return value === null || valueFits(ctx, value, type.inner, depth + 1);
    case 'array':
    case 'tuple':
      return Array.isArray(value) ? undefined : false;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : false;
    case 'ref': {
      const target = ctx.definition(type.target);
      return target ? valueFits(ctx, value, target.type, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}
