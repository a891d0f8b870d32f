/**
 * Reader for JSON Structure Core (draft-vasters-json-structure-core) with the validation, alternate-name
 * and import add-ins. Types are named under `definitions` (namespaces nest), referenced only as
 * `"type": {"$ref": "#/definitions/..."}`; `$root` (or a type at the document root) is the entry point.
 *
 * Wire encodings are kept exactly: int64, uint64, int128, uint128 and decimal are JSON strings;
 * the smaller integers are JSON numbers within their ranges. Core-like documents (wrong `$schema`, bare
 * `$ref`, `$defs`, `example`, `title` for `name`) are read with a warning each; `strict` makes those
 * warnings errors, as the reference SDK's schema validator does.
 */
import type { ReadResult } from '../read-result.js';
import path from 'node:path';
import { diagnostic, jsonPointer, nearestName, pointerSegments, type Diagnostic, type DiagnosticCode } from '../../diagnostics/index.js';
import {
  exactValueType,
  stringEncodedKinds,
  type Definition,
  type Docs,
  type JsonPrimitive,
  type JsonValue,
  type Model,
  type NodeOf,
  type NumberKind,
  type Property,
  type TypeNode,
} from '../../model/index.js';
import type { LoadedDocument } from '../load.js';
import { expandImports, isTypeDefinition } from './imports.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface JsonStructureOptions {
  cwd: string;
  location?: string;
  /** Deviations from Core (Core-like documents) are errors rather than warnings. */
  strict?: boolean;
  /** Folder `$import`s must stay inside; the parent of the input's folder by default. */
  importRoot?: string;
}

const metaSchemas = /^https:\/\/json-structure\.org\/meta\/(core|extended|validation)\/v0\/?#?$/;

/** A JSON Structure document names a json-structure.org meta-schema, or looks like one (Core-like). */
export function isJsonStructure(value: unknown): boolean {
  if (!isObject(value) || 'openapi' in value || 'swagger' in value || 'jsonStructure' in value) return false;
  if (typeof value['$schema'] === 'string' && value['$schema'].includes('json-structure')) return true;
  // Catalogs publish Core-like documents under a JSON Schema $schema: JSON Structure's own marks decide.
  if (typeof value['$schema'] === 'string' && value['$schema'].includes('json-schema.org')) return hasStructureMarks(value);
  return (
    '$root' in value ||
    (isObject(value['definitions']) && !('$defs' in value)) ||
    (typeof value['type'] === 'string' && typeof value['name'] === 'string')
  );
}

/** Type names only JSON Structure has (JSON Schema has none of them), and its `$root`. */
const structureOnlyTypes =
  /"type"\s*:\s*"(int8|uint8|int16|uint16|int32|uint32|int64|uint64|int128|uint128|float8|float|double|decimal|binary|date|time|datetime|duration|uuid|uri|jsonpointer|set|map|tuple|choice|any)"/;
function hasStructureMarks(value: Json): boolean {
  return '$root' in value || structureOnlyTypes.test(JSON.stringify(value));
}

const primitives: Record<string, () => TypeNode> = {
  string: () => ({ kind: 'string' }),
  boolean: () => ({ kind: 'boolean' }),
  null: () => ({ kind: 'null' }),
  any: () => ({ kind: 'any' }),
  number: () => ({ kind: 'number', numberKind: 'number' }),
  integer: () => ({ kind: 'number', numberKind: 'int32' }),
  binary: () => ({ kind: 'string', format: 'byte' }),
  date: () => ({ kind: 'string', format: 'date' }),
  // Patterns, not JSON Schema formats, where JSON Structure means something else than the format does:
  // its time needs no offset, its duration may have fractional seconds, its pointer may start with "#".
  time: () => ({ kind: 'string', checks: { pattern: wireFormats.time } }),
  datetime: () => ({ kind: 'string', format: 'date-time' }),
  duration: () => ({ kind: 'string', checks: { pattern: wireFormats.duration } }),
  uuid: () => ({ kind: 'string', format: 'uuid' }),
  uri: () => ({ kind: 'string', format: 'uri' }),
  jsonpointer: () => ({ kind: 'string', checks: { pattern: wireFormats.jsonpointer } }),
};

/** The string shapes of JSON Structure's time, duration (ISO 8601) and JSON Pointer types. */
export const wireFormats = {
  time: '^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])?$',
  duration: '^P(?!$)([0-9]+W|([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?)$',
  jsonpointer: '^#?(/([^~/]|~[01])*)*$',
};
const numberKinds: NumberKind[] = [
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
  'int128',
  'uint128',
  'float8',
  'float',
  'double',
  'decimal',
];
const compoundTypes = ['object', 'array', 'set', 'map', 'tuple', 'choice'];
export const allTypeNames = [...Object.keys(primitives), ...numberKinds, ...compoundTypes];

/** Validation add-in keywords: they constrain only when `$uses` enables JSONStructureValidation. */
const validationKeywords = new Set([
  // maxLength is Core (a storage hint the SDK does not warn about); the rest belong to the add-in.
  'minLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'patternProperties',
  'propertyNames',
  'keyNames',
  'minEntries',
  'maxEntries',
  'patternKeys',
  'contentEncoding',
  'contentMediaType',
  'contentCompression',
  'default',
]);

class Reader {
  readonly diagnostics: Diagnostic[] = [];
  readonly definitions: Definition[] = [];
  /** Definition pointer (`/definitions/a/b`) → its schema. */
  readonly schemas = new Map<string, Json>();
  /** Definition pointer → definition name. */
  readonly names = new Map<string, string>();
  private readonly converting = new Set<string>();
  private readonly converted = new Map<string, TypeNode>();
  validationEnabled = false;

  constructor(
    readonly loaded: LoadedDocument,
    readonly strict: boolean,
  ) {}

  report(code: DiagnosticCode, pointer: string, message: string, hint?: string): void {
    this.diagnostics.push(
      diagnostic(code, { message, file: this.loaded.uri, pointer, ...this.loaded.locate(pointer), ...(hint ? { hint } : {}) }),
    );
  }

  /** A Core-like deviation: a warning, or an error under --strict. */
  deviation(pointer: string, message: string, hint?: string): void {
    this.report(this.strict ? 'structure-deviation-strict' : 'structure-deviation', pointer, message, hint);
  }

  /** Walks `definitions` (and `$defs` in Core-like documents): type nodes are definitions, others namespaces. */
  collect(node: Json, segments: string[]): void {
    for (const [key, child] of Object.entries(node)) {
      const pointer = jsonPointer([...segments, key]);
      if (!isObject(child)) {
        this.report('invalid-structure', pointer, `${JSON.stringify(key)} under definitions must be a type or a namespace object`);
        continue;
      }
      if (isTypeDefinition(child)) {
        const name = segments.slice(1).concat(key).join('.');
        if (this.schemas.has(pointer))
          this.deviation(pointer, `${JSON.stringify(name)} is defined in both "definitions" and "$defs"; the "$defs" one is used`);
        this.schemas.set(pointer, child);
        this.names.set(pointer, name);
      } else {
        this.collect(child, [...segments, key]);
      }
    }
  }

  /** The definition a `#/definitions/...` pointer names, with a "did you mean" when it names none. */
  resolve(reference: unknown, at: string): string | undefined {
    if (typeof reference !== 'string' || !reference.startsWith('#')) {
      this.report('unresolved-ref', at, `$ref ${JSON.stringify(reference)} must be a local JSON pointer such as "#/definitions/Name"`);
      return undefined;
    }
    let pointer = reference.slice(1);
    if (/^\/(\$defs|components\/schemas)\//.test(pointer)) {
      const rewritten = '/definitions/' + pointer.replace(/^\/(\$defs|components\/schemas)\//, '');
      if (this.schemas.has(rewritten)) {
        this.deviation(
          at,
          `$ref ${JSON.stringify(reference)} is not a JSON Structure reference; read as #${rewritten}`,
          'refer to types as {"$ref": "#/definitions/..."}',
        );
        pointer = rewritten;
      }
    }
    try {
      pointer = decodeURIComponent(pointer);
    } catch {
      // A malformed escape stays as written and fails below.
    }
    if (this.schemas.has(pointer)) return pointer;
    const wanted = pointerSegments(pointer).pop() ?? '';
    const near = nearestName(
      wanted,
      [...this.names.values()].map((n) => n.split('.').pop()!),
    );
    this.report(
      'unresolved-ref',
      at,
      `$ref ${JSON.stringify(reference)} points at no type${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`,
    );
    return undefined;
  }

  /** Converts the definition at `pointer` once (refs in cycles stay refs). */
  definitionType(pointer: string): TypeNode | undefined {
    const done = this.converted.get(pointer);
    if (done) return done;
    if (this.converting.has(pointer)) return undefined;
    this.converting.add(pointer);
    const type = this.convert(this.schemas.get(pointer)!, pointer, this.names.get(pointer)!);
    this.converting.delete(pointer);
    this.converted.set(pointer, type);
    return type;
  }

  convert(schema: Json, at: string, name: string): TypeNode {
    if ('example' in schema)
      this.deviation(jsonPointer([...pointerSegments(at), 'example']), '"example" is not JSON Structure; read as "examples": [...]');
    const type = schema['type'];
    let node: TypeNode;
    if (type === undefined) {
      if (typeof schema['$ref'] === 'string') {
        this.deviation(jsonPointer([...pointerSegments(at), '$ref']), 'a bare $ref is not JSON Structure; read as "type": {"$ref": ...}');
        node = this.refNode(schema['$ref'], jsonPointer([...pointerSegments(at), '$ref']));
      } else if (isObject(schema['properties'])) {
        this.deviation(at, 'an object schema without "type": read as "type": "object"');
        node = this.objectNode(schema, at, name);
      } else if (Array.isArray(schema['enum']) || 'const' in schema || ['allOf', 'anyOf', 'oneOf'].some((k) => k in schema)) {
        node = { kind: 'any' };
      } else {
        this.report('missing-type', at, 'a schema must have a "type"');
        return { kind: 'any' };
      }
    } else {
      node = this.typeExpression(type, schema, at, name);
    }
    // const and enum narrow the type (both apply when both are given): a value must have the type and be listed.
    const narrowing: TypeNode[] = [];
    if ('const' in schema) narrowing.push(exactValueType(schema['const'] as JsonValue));
    if (Array.isArray(schema['enum'])) narrowing.push(this.enumNode(schema['enum'] as JsonValue[], at));
    else if (schema['enum'] !== undefined)
      this.report('invalid-structure', jsonPointer([...pointerSegments(at), 'enum']), '"enum" must be a list of values');
    if (narrowing.length > 0) node = narrowed(node, narrowing);
    return this.composition(node, schema, at, name);
  }

  /** Conditional composition add-in: allOf, anyOf, oneOf apply on top of the type; not and if/then/else cannot be carried. */
  private composition(node: TypeNode, schema: Json, at: string, name: string): TypeNode {
    const parts: TypeNode[] = [node];
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const value = schema[keyword];
      if (value === undefined) continue;
      const keywordAt = jsonPointer([...pointerSegments(at), keyword]);
      if (!Array.isArray(value) || value.length === 0) {
        this.report('invalid-structure', keywordAt, `"${keyword}" must be a non-empty list of schemas`);
        continue;
      }
      const members = value.map((member, i) =>
        isObject(member)
          ? this.convert(member, jsonPointer([...pointerSegments(keywordAt), i]), `${name}.${keyword}${i + 1}`)
          : ({ kind: 'any' } as TypeNode),
      );
      parts.push(
        keyword === 'allOf' ? { kind: 'intersection', members } : { kind: 'union', variants: members, exclusive: keyword === 'oneOf' },
      );
    }
    for (const keyword of ['not', 'if']) {
      if (schema[keyword] !== undefined)
        this.report(
          'unsupported-keyword',
          jsonPointer([...pointerSegments(at), keyword]),
          `"${keyword}" is not carried into the outputs yet; it is ignored`,
        );
    }
    const meaningful = parts.filter((p, i) => i > 0 || p.kind !== 'any');
    return meaningful.length === 0 ? node : meaningful.length === 1 ? meaningful[0]! : { kind: 'intersection', members: meaningful };
  }

  private typeExpression(type: unknown, schema: Json, at: string, name: string): TypeNode {
    const typeAt = jsonPointer([...pointerSegments(at), 'type']);
    if (isObject(type)) {
      if (typeof type['$ref'] !== 'string') {
        this.report('invalid-structure', typeAt, 'a "type" object must be {"$ref": "#/definitions/..."}');
        return { kind: 'any' };
      }
      return this.refNode(type['$ref'], jsonPointer([...pointerSegments(typeAt), '$ref']));
    }
    if (Array.isArray(type)) {
      if (type.length === 0) {
        this.report('invalid-structure', typeAt, 'a type union must list at least one type');
        return { kind: 'never' };
      }
      const nullable = type.includes('null');
      const variants = type
        .filter((t) => t !== 'null')
        .map((t, i) =>
          this.typeExpression(
            t,
            typeof t === 'string' ? schema : {},
            jsonPointer([...pointerSegments(typeAt), i]).replace(/\/type\/\d+$/, ''),
            `${name}${i + 1}`,
          ),
        );
      const inner: TypeNode = variants.length === 0 ? { kind: 'null' } : variants.length === 1 ? variants[0]! : { kind: 'union', variants };
      return nullable && inner.kind !== 'null' ? { kind: 'nullable', inner } : inner;
    }
    if (typeof type !== 'string') {
      this.report('invalid-structure', typeAt, `"type" must be a type name, a {"$ref"} or a list of them, not ${JSON.stringify(type)}`);
      return { kind: 'any' };
    }
    if (Object.hasOwn(primitives, type)) return this.withChecks(primitives[type]!(), schema, at);
    if (
      type === 'decimal' &&
      typeof schema['precision'] === 'number' &&
      typeof schema['scale'] === 'number' &&
      schema['scale'] > schema['precision']
    ) {
      this.report(
        'invalid-structure',
        jsonPointer([...pointerSegments(at), 'scale']),
        `scale ${schema['scale']} exceeds precision ${schema['precision']}`,
      );
    }
    if ((numberKinds as string[]).includes(type)) return this.withChecks(numberNode(type as NumberKind, schema), schema, at);
    switch (type) {
      case 'object':
        return this.objectNode(schema, at, name);
      case 'array':
      case 'set':
        return this.arrayNode(schema, at, name, type === 'set');
      case 'map':
        return this.mapNode(schema, at, name);
      case 'tuple':
        return this.tupleNode(schema, at, name);
      case 'choice':
        return this.choiceNode(schema, at, name);
      default: {
        const near = nearestName(type, allTypeNames);
        this.report(
          'unknown-type',
          typeAt,
          `unknown type ${JSON.stringify(type)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`,
          `types: ${allTypeNames.join(', ')}`,
        );
        return { kind: 'any' };
      }
    }
  }

  private refNode(reference: unknown, at: string): TypeNode {
    const pointer = this.resolve(reference, at);
    return pointer ? { kind: 'ref', target: this.names.get(pointer)! } : { kind: 'any' };
  }

  private enumNode(values: JsonValue[], at: string): TypeNode {
    const enumAt = jsonPointer([...pointerSegments(at), 'enum']);
    if (values.length === 0) {
      this.report('invalid-structure', enumAt, 'enum must list at least one value');
      return { kind: 'never' };
    }
    const seen = new Set(values.map((v) => JSON.stringify(v)));
    if (seen.size < values.length) this.report('invalid-structure', enumAt, 'enum lists a value twice');
    const unique = [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
    if (unique.every((v): v is JsonPrimitive => v === null || typeof v !== 'object'))
      return { kind: 'enum', members: unique.map((value) => ({ value })) };
    // Objects and arrays in an enum: one exact type per listed value.
    return { kind: 'union', variants: unique.map(exactValueType) };
  }

  /** Validation add-in keywords on primitives. */
  private withChecks(node: TypeNode, schema: Json, at: string): TypeNode {
    const keyAt = (key: string) => jsonPointer([...pointerSegments(at), key]);
    const number = (key: string): number | undefined => {
      const value = schema[key];
      if (value === undefined) return undefined;
      const parsed = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      if (typeof parsed === 'number' && Number.isFinite(parsed)) return parsed;
      this.report('invalid-structure', keyAt(key), `${key} must be a number, not ${JSON.stringify(value)}`);
      return undefined;
    };
    const misplaced = (keys: string[], what: string) => {
      for (const key of keys) if (key in schema) this.report('invalid-structure', keyAt(key), `${key} does not apply to ${what}`);
    };
    if (node.kind === 'string') misplaced(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'], 'strings');
    else if (node.kind === 'number') misplaced(['minLength', 'maxLength', 'pattern'], 'numbers');
    else misplaced(['minLength', 'maxLength', 'pattern', 'minimum', 'maximum'], `a ${node.kind}`);
    if (node.kind === 'string') {
      const checks: NonNullable<NodeOf<'string'>['checks']> = { ...node.checks };
      const minLength = number('minLength');
      const maxLength = number('maxLength');
      if (minLength !== undefined) checks.minLength = this.nonNegative(minLength, keyAt('minLength'));
      if (maxLength !== undefined) checks.maxLength = this.nonNegative(maxLength, keyAt('maxLength'));
      if (minLength !== undefined && maxLength !== undefined && minLength > maxLength)
        this.report('invalid-structure', keyAt('minLength'), `minLength ${minLength} exceeds maxLength ${maxLength}`);
      if (schema['pattern'] !== undefined) {
        const pattern = schema['pattern'];
        try {
          if (typeof pattern !== 'string') throw new Error('not a string');
          new RegExp(pattern, 'u');
          checks.pattern = pattern;
        } catch (error) {
          this.report(
            'invalid-structure',
            keyAt('pattern'),
            `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(error as Error).message}`,
          );
        }
      }
      if (typeof schema['format'] === 'string' && !node.format) node.format = schema['format'];
      if (Object.keys(checks).length > 0) node.checks = checks;
    } else if (node.kind === 'number') {
      const checks: NonNullable<NodeOf<'number'>['checks']> = {};
      for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const) {
        const value = number(key);
        if (value !== undefined) checks[key] = value;
      }
      if (checks.multipleOf !== undefined && checks.multipleOf <= 0) {
        this.report('invalid-structure', keyAt('multipleOf'), `multipleOf must be greater than 0, not ${checks.multipleOf}`);
        delete checks.multipleOf;
      }
      if (checks.minimum !== undefined && checks.maximum !== undefined && checks.minimum > checks.maximum) {
        this.report('invalid-structure', keyAt('minimum'), `minimum ${checks.minimum} exceeds maximum ${checks.maximum}`);
      }
      if (Object.keys(checks).length > 0 && node.wire !== 'string') node.checks = checks;
    }
    return node;
  }

  private nonNegative(value: number, at: string): number {
    if (value < 0 || !Number.isInteger(value)) {
      this.report('invalid-structure', at, `expected a non-negative integer, not ${value}`);
      return 0;
    }
    return value;
  }

  objectNode(schema: Json, at: string, name: string): TypeNode {
    const segments = pointerSegments(at);
    const own = isObject(schema['properties']) ? schema['properties'] : undefined;
    if (schema['properties'] !== undefined && !own)
      this.report('invalid-structure', jsonPointer([...segments, 'properties']), '"properties" must be an object');
    if (own && Object.keys(own).length === 0 && schema['$extends'] === undefined) {
      this.deviation(
        jsonPointer([...segments, 'properties']),
        'an object with empty "properties" declares nothing; read as an object of any keys',
        'list the properties, or use "type": "map"',
      );
    }
    const properties = new Map<string, Property>();
    // Inherited properties first, in base order; the type's own come after and may override.
    const bases = this.bases(schema, at);
    for (const base of bases) for (const p of base.properties) properties.set(p.name, p);
    const inheritedRequired = new Set([...properties.values()].filter((p) => p.required).map((p) => p.name));
    for (const [key, propertySchema] of Object.entries(own ?? {})) {
      const propertyAt = jsonPointer([...segments, 'properties', key]);
      if (!isObject(propertySchema)) {
        this.report('invalid-structure', propertyAt, `property ${JSON.stringify(key)} must be a schema object`);
        continue;
      }
      // altnames.json names the key on the wire when it differs from the identifier (the property's key).
      const altnames = propertySchema['altnames'];
      const wire = isObject(altnames) && typeof altnames['json'] === 'string' ? altnames['json'] : key;
      const docs = docsOf(propertySchema);
      if (wire !== key) docs.description = [docs.description, `Identifier: ${key}.`].filter(Boolean).join(' ');
      properties.set(key, {
        name: wire,
        type: this.convert(propertySchema, propertyAt, `${name}.${key}`),
        required: inheritedRequired.has(key),
        docs,
      });
    }
    const required = schema['required'];
    const requiredAt = jsonPointer([...segments, 'required']);
    let alternatives: string[][] | undefined;
    if (required !== undefined) {
      if (!Array.isArray(required))
        this.report('invalid-structure', requiredAt, '"required" must be a list of property names (or of lists)');
      else if (required.every((r) => typeof r === 'string')) this.markRequired(properties, required as string[], requiredAt);
      else if (required.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'string'))) alternatives = required as string[][];
      else this.report('invalid-structure', requiredAt, '"required" must list names, or lists of names, not both');
    }
    const additional = schema['additionalProperties'];
    // Without its own additionalProperties, a type keeps what its bases said (a closed base stays closed).
    const inherited =
      additional === undefined ? bases.map((b) => b.additional).find((a) => !(a.mode === 'allow' && !a.explicit)) : undefined;
    const object: NodeOf<'object'> = {
      kind: 'object',
      properties: [...properties.values()],
      additional:
        inherited ??
        (additional === true
          ? { mode: 'allow', explicit: true }
          : isObject(additional)
            ? { mode: 'schema', type: this.convert(additional, jsonPointer([...segments, 'additionalProperties']), `${name}.value`) }
            : additional === false
              ? { mode: 'forbid' }
              : // Absent: extra keys are allowed, as the reference SDK validates.
                { mode: 'allow', explicit: false }),
    };
    if (additional !== undefined && typeof additional !== 'boolean' && !isObject(additional))
      this.report(
        'invalid-structure',
        jsonPointer([...segments, 'additionalProperties']),
        'additionalProperties must be a boolean or a schema',
      );
    this.objectChecks(object, schema, at);
    if (!alternatives) return object;
    // Alternative required sets: the object is valid when any one set is all present.
    const variants = alternatives.map((set): TypeNode => {
      const variant: NodeOf<'object'> = { ...object, properties: object.properties.map((p) => ({ ...p })) };
      this.markRequired(new Map(variant.properties.map((p) => [p.name, p])), set, requiredAt);
      return variant;
    });
    return variants.length === 1 ? variants[0]! : { kind: 'union', variants };
  }

  private markRequired(properties: Map<string, Property>, names: string[], at: string): void {
    for (const required of names) {
      const property = properties.get(required);
      if (property) property.required = true;
      else this.report('invalid-structure', at, `required property ${JSON.stringify(required)} is not among the properties`);
    }
  }

  private objectChecks(object: NodeOf<'object'>, schema: Json, at: string): void {
    const checks: NonNullable<NodeOf<'object'>['checks']> = {};
    if (typeof schema['minProperties'] === 'number') checks.minProperties = schema['minProperties'];
    if (typeof schema['maxProperties'] === 'number') checks.maxProperties = schema['maxProperties'];
    const dependent = schema['dependentRequired'];
    if (isObject(dependent)) {
      checks.dependentRequired = Object.entries(dependent).flatMap(([property, requires]) =>
        Array.isArray(requires) && requires.every((r) => typeof r === 'string') ? [{ property, requires: requires as string[] }] : [],
      );
    }
    if (isObject(schema['propertyNames']))
      checks.propertyNames = this.convert(schema['propertyNames'], jsonPointer([...pointerSegments(at), 'propertyNames']), 'key');
    if (Object.keys(checks).length > 0) object.checks = checks;
  }

  /** The objects a type `$extends`, converted (one base or several); cycles are errors. */
  private bases(schema: Json, at: string): NodeOf<'object'>[] {
    const extendsValue = schema['$extends'];
    if (extendsValue === undefined) return [];
    const list = Array.isArray(extendsValue) ? extendsValue : [extendsValue];
    const result: NodeOf<'object'>[] = [];
    list.forEach((reference, i) => {
      const refAt = jsonPointer([...pointerSegments(at), '$extends', ...(Array.isArray(extendsValue) ? [i] : [])]);
      const pointer = this.resolve(reference, refAt);
      if (!pointer) return;
      const base = this.definitionType(pointer);
      if (!base) {
        this.report('circular-extends', refAt, `$extends ${JSON.stringify(reference)} leads back to this type`);
        return;
      }
      if (base.kind !== 'object') {
        this.report('invalid-structure', refAt, `$extends ${JSON.stringify(reference)} names a ${base.kind}, not an object`);
        return;
      }
      result.push(base);
    });
    return result;
  }

  private arrayNode(schema: Json, at: string, name: string, unique: boolean): TypeNode {
    const items = schema['items'];
    const itemsAt = jsonPointer([...pointerSegments(at), 'items']);
    if (!isObject(items)) {
      this.report('invalid-structure', itemsAt, `${unique ? 'a set' : 'an array'} needs "items": the schema of its elements`);
      return { kind: 'array', items: { kind: 'any' } };
    }
    const node: NodeOf<'array'> = { kind: 'array', items: this.convert(items, itemsAt, `${name}.item`) };
    const checks: NonNullable<NodeOf<'array'>['checks']> = {};
    for (const key of ['minItems', 'maxItems'] as const) {
      const value = schema[key];
      if (value === undefined) continue;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) checks[key] = value;
      else this.report('invalid-structure', jsonPointer([...pointerSegments(at), key]), `${key} must be a non-negative integer`);
    }
    if (checks.minItems !== undefined && checks.maxItems !== undefined && checks.minItems > checks.maxItems) {
      this.report(
        'invalid-structure',
        jsonPointer([...pointerSegments(at), 'minItems']),
        `minItems ${checks.minItems} exceeds maxItems ${checks.maxItems}`,
      );
    }
    if (unique || schema['uniqueItems'] === true) checks.uniqueItems = true;
    if (isObject(schema['contains'])) {
      const contains: NonNullable<typeof checks.contains> = {
        type: this.convert(schema['contains'], jsonPointer([...pointerSegments(at), 'contains']), `${name}.contains`),
      };
      if (typeof schema['minContains'] === 'number') contains.min = schema['minContains'];
      if (typeof schema['maxContains'] === 'number') contains.max = schema['maxContains'];
      checks.contains = contains;
    }
    if (Object.keys(checks).length > 0) node.checks = checks;
    return node;
  }

  private mapNode(schema: Json, at: string, name: string): TypeNode {
    const values = schema['values'];
    if (!isObject(values)) {
      this.report('invalid-structure', jsonPointer([...pointerSegments(at), 'values']), 'a map needs "values": the schema of its values');
      return { kind: 'object', properties: [], additional: { mode: 'allow', explicit: true } };
    }
    const node: NodeOf<'object'> = {
      kind: 'object',
      properties: [],
      additional: { mode: 'schema', type: this.convert(values, jsonPointer([...pointerSegments(at), 'values']), `${name}.value`) },
    };
    const checks: NonNullable<NodeOf<'object'>['checks']> = {};
    if (typeof schema['minEntries'] === 'number') checks.minProperties = schema['minEntries'];
    if (typeof schema['maxEntries'] === 'number') checks.maxProperties = schema['maxEntries'];
    const keyNames = schema['keyNames'] ?? schema['propertyNames'];
    if (isObject(keyNames)) checks.propertyNames = this.convert(keyNames, jsonPointer([...pointerSegments(at), 'keyNames']), `${name}.key`);
    if (Object.keys(checks).length > 0) node.checks = checks;
    return node;
  }

  private tupleNode(schema: Json, at: string, name: string): TypeNode {
    const segments = pointerSegments(at);
    const properties = isObject(schema['properties']) ? schema['properties'] : undefined;
    const order = schema['tuple'];
    if (!properties || !Array.isArray(order)) {
      this.report('invalid-structure', at, 'a tuple needs "properties" and a "tuple" list giving their order');
      return { kind: 'tuple', elements: [], rest: null };
    }
    const elements = order.flatMap((element, i) => {
      if (typeof element !== 'string' || !Object.hasOwn(properties, element) || !isObject(properties[element])) {
        this.report(
          'invalid-structure',
          jsonPointer([...segments, 'tuple', i]),
          `tuple element ${JSON.stringify(element)} is not among the properties`,
        );
        return [];
      }
      const type = this.convert(properties[element], jsonPointer([...segments, 'properties', element]), `${name}.${element}`);
      return [{ name: element, type, optional: false }];
    });
    return { kind: 'tuple', elements, rest: null };
  }

  private choiceNode(schema: Json, at: string, name: string): TypeNode {
    const segments = pointerSegments(at);
    const choices = schema['choices'];
    if (!isObject(choices) || Object.keys(choices).length === 0) {
      this.report('invalid-structure', jsonPointer([...segments, 'choices']), 'a choice needs "choices": a map of names to types');
      return { kind: 'never' };
    }
    const selector = schema['selector'];
    const entries = Object.entries(choices).flatMap(([choice, choiceSchema]) => {
      const choiceAt = jsonPointer([...segments, 'choices', choice]);
      if (!isObject(choiceSchema)) {
        this.report('invalid-structure', choiceAt, `choice ${JSON.stringify(choice)} must be a schema`);
        return [];
      }
      return [{ choice, type: this.convert(choiceSchema, choiceAt, `${name}.${choice}`) }];
    });
    if (typeof selector === 'string') {
      // Inline choice: the variant object itself carries `selector: "<choice name>"`.
      return {
        kind: 'taggedUnion',
        property: selector,
        exclusive: true,
        variants: entries.map(({ choice, type }) => ({
          tags: [choice],
          type: {
            kind: 'intersection',
            members: [
              type,
              {
                kind: 'object',
                properties: [{ name: selector, type: { kind: 'literal', value: choice }, required: true, docs: {} }],
                additional: { mode: 'allow', explicit: false },
              },
            ],
          },
        })),
      };
    }
    // Tagged choice: a single-key object whose key names the choice and whose value is its type.
    return {
      kind: 'union',
      exclusive: true,
      variants: entries.map(({ choice, type }) => ({
        kind: 'object',
        properties: [{ name: choice, type, required: true, docs: {} }],
        additional: { mode: 'forbid' },
      })),
    };
  }
}

function numberNode(kind: NumberKind, schema: Json): NodeOf<'number'> {
  const node: NodeOf<'number'> = { kind: 'number', numberKind: kind };
  if (stringEncodedKinds.has(kind)) node.wire = 'string';
  if (kind === 'decimal') {
    if (typeof schema['precision'] === 'number') node.precision = schema['precision'];
    if (typeof schema['scale'] === 'number') node.scale = schema['scale'];
    if (node.precision !== undefined && node.scale !== undefined && node.scale > node.precision) delete node.scale;
  }
  return node;
}

/**
 * A type narrowed by const/enum. A primitive type whose listed values all fit it is replaced by them
 * (readable output: `"a" | "b"`); anything else keeps the type and intersects it with the values.
 */
function narrowed(type: TypeNode, narrowing: TypeNode[]): TypeNode {
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

function docsOf(schema: Json): Docs {
  const docs: Docs = {};
  if (typeof schema['description'] === 'string' && schema['description']) docs.description = schema['description'];
  if (typeof schema['title'] === 'string') docs.title = schema['title'];
  if (Array.isArray(schema['examples'])) docs.examples = schema['examples'] as JsonValue[];
  else if ('example' in schema) docs.examples = [schema['example'] as JsonValue];
  if ('default' in schema) docs.default = { value: schema['default'] as JsonValue };
  if (schema['deprecated'] === true) docs.deprecated = true;
  return docs;
}

export async function readJsonStructure(loaded: LoadedDocument, options: JsonStructureOptions): Promise<ReadResult> {
  if (!isObject(loaded.value)) {
    return {
      diagnostics: [
        diagnostic('invalid-structure', { message: 'a JSON Structure document must be an object', file: loaded.uri, pointer: '' }),
      ],
    };
  }
  const file = options.location && !/^https?:/i.test(options.location) ? path.resolve(options.cwd, options.location) : undefined;
  const importDiagnostics: Diagnostic[] = [];
  const importRoot = options.importRoot
    ? path.resolve(options.cwd, options.importRoot)
    : file
      ? path.dirname(path.dirname(file))
      : options.cwd;
  const value = await expandImports(loaded.value, file, loaded.uri, {
    cwd: options.cwd,
    root: importRoot,
    diagnostics: importDiagnostics,
    active: new Set(file ? [file] : []),
  });
  const reader = new Reader({ ...loaded, value }, options.strict ?? false);
  reader.diagnostics.push(...importDiagnostics);

  const schemaUri = value['$schema'];
  if (typeof schemaUri !== 'string')
    reader.deviation(
      '',
      'the document has no "$schema"; read as JSON Structure Core',
      'add "$schema": "https://json-structure.org/meta/core/v0/#"',
    );
  else if (!metaSchemas.test(schemaUri))
    reader.deviation(
      '/$schema',
      `${JSON.stringify(schemaUri)} is not a JSON Structure meta-schema; read as Core`,
      'use https://json-structure.org/meta/core/v0/# (or extended/validation)',
    );
  const uses = Array.isArray(value['$uses']) ? value['$uses'] : [];
  reader.validationEnabled =
    uses.includes('JSONStructureValidation') || (typeof schemaUri === 'string' && /\/(extended|validation)\//.test(schemaUri));

  if (value['definitions'] !== undefined && !isObject(value['definitions']))
    reader.report('invalid-structure', '/definitions', '"definitions" must be an object of types and namespaces');
  if (isObject(value['definitions'])) reader.collect(value['definitions'], ['definitions']);
  if (isObject(value['$defs'])) {
    reader.deviation('/$defs', '"$defs" is JSON Schema; read as "definitions"');
    reader.collect(value['$defs'], ['definitions']);
  }
  const documentName = typeof value['name'] === 'string' ? value['name'] : typeof value['title'] === 'string' ? value['title'] : undefined;
  if (typeof value['name'] !== 'string' && typeof value['title'] === 'string')
    reader.deviation('/title', '"title" used where JSON Structure has "name"');

  const roots: string[] = [];
  let rootPointer: string | undefined;
  if (value['type'] !== undefined) {
    const rootName = uniqueRootName(documentName ?? 'Root', reader);
    reader.schemas.set('', value);
    reader.names.set('', rootName);
    rootPointer = '';
  } else if (value['$root'] !== undefined) {
    rootPointer = reader.resolve(value['$root'], '/$root');
  }
  for (const pointer of reader.schemas.keys()) {
    const type = reader.definitionType(pointer) ?? { kind: 'any' };
    const schema = reader.schemas.get(pointer)!;
    reader.definitions.push({
      name: reader.names.get(pointer)!,
      type,
      docs: docsOf(pointer === '' ? { ...schema, title: undefined } : schema),
      origin: { document: loaded.uri, pointer },
    });
  }
  if (rootPointer !== undefined) roots.push(reader.names.get(rootPointer)!);
  if (reader.schemas.size === 0 && !reader.diagnostics.some((d) => d.severity === 'error')) {
    reader.report('missing-type', '', 'the document defines no type: give it a "type" (with a "name"), or "definitions" and a "$root"');
  }
  checkValidationKeywords(reader, value);
  acceptSchemaKey(reader.definitions, roots);

  if (reader.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: reader.diagnostics };
  const model: Model = {
    documents: [{ uri: loaded.uri, format: 'json-structure' }],
    name: outputName(options.location, documentName),
    docs: {
      ...(documentName ? { title: documentName } : {}),
      ...(typeof value['description'] === 'string' ? { description: value['description'] } : {}),
    },
    definitions: reader.definitions,
    roots,
    // This format describes no API.
    operations: [],
    webhooks: [],
    tags: [],
  };
  return { model, diagnostics: reader.diagnostics };
}

function uniqueRootName(wanted: string, reader: Reader): string {
  const taken = new Set(reader.names.values());
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
  return name;
}

/** Instances may name their schema with a `$schema` key: the root object accepts it. */
function acceptSchemaKey(definitions: Definition[], roots: string[]): void {
  for (const def of definitions) {
    if (
      !roots.includes(def.name) ||
      def.type.kind !== 'object' ||
      def.type.additional.mode !== 'forbid' ||
      def.type.properties.some((p) => p.name === '$schema')
    )
      continue;
    def.type = {
      ...def.type,
      properties: [
        ...def.type.properties,
        { name: '$schema', type: { kind: 'string' }, required: false, docs: { description: 'The schema this instance claims to follow.' } },
      ],
    };
  }
}

/** Validation keywords without `$uses: ["JSONStructureValidation"]`: a warning at each, as the SDK gives. */
function checkValidationKeywords(reader: Reader, document: Json): void {
  if (reader.validationEnabled) return;
  const visit = (node: unknown, segments: (string | number)[]): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...segments, i]));
    if (!isObject(node)) return;
    const isSchema = 'type' in node;
    for (const [key, value] of Object.entries(node)) {
      if (isSchema && validationKeywords.has(key)) {
        reader.report(
          'validation-without-uses',
          jsonPointer([...segments, key]),
          `${key} is a validation keyword, but the document does not enable the validation add-in`,
          'add "$uses": ["JSONStructureValidation"]',
        );
      }
      if (['enum', 'const', 'examples', 'default', 'required'].includes(key)) continue;
      visit(value, [...segments, key]);
    }
  };
  visit(document, []);
}

function outputName(location: string | undefined, documentName: string | undefined): string {
  const base = location ? path.basename(location).replace(/(\.struct)?\.json$/i, '') : (documentName ?? 'structure');
  const chosen = base === 'schema' && documentName ? documentName : base;
  return (
    chosen
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'structure'
  );
}
