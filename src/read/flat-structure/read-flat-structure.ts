/**
 * Reader for the API catalog's flat JSON Structure form (`"jsonStructure": "0.1"`), see DOMAIN.md §1.1.
 *
 * The form is a lossy summary of an upstream OpenAPI schema: every upstream `anyOf: [X, null]` became
 * `"type": "object"`, so such a field's real type *and* its null are gone. A validator built from the
 * summary must never reject what the real API sends, so `object` becomes `any` (unknown) here, marked
 * lossy, and the document gets one warning naming those fields. `array<object>` keeps its array-ness,
 * which the summary does record, with items of unknown type.
 */
import type { ReadResult } from '../read-result.js';
import { diagnostic, jsonPointer, nearestName, type Diagnostic } from '../../diagnostics/index.js';
import type { Definition, Docs, Model, Property, TypeNode } from '../../model/index.js';
import { readFormat } from '../formats.js';
import type { LoadedDocument } from '../load.js';
import { validateFlatDocument } from './meta-schema.js';
import { pascalCase } from '../../model/index.js';

/** The document as the meta-schema guarantees it. */
interface FlatDocument {
  jsonStructure: '0.1';
  name: string;
  title?: string;
  description?: string;
  source?: string;
  entity: string;
  fields: FlatField[];
  fieldCount?: number;
  requiredCount?: number;
}

interface FlatField {
  name: string;
  type: string;
  required?: boolean;
  description?: string | null;
  enum?: string[] | null;
  format?: string | null;
}

const documentKeys = new Set([
  'jsonStructure',
  'name',
  'title',
  'description',
  'source',
  'entity',
  'fields',
  'fieldCount',
  'requiredCount',
]);
const fieldKeys = new Set(['name', 'type', 'required', 'description', 'enum', 'format']);

export { isFlatStructure } from './detect.js';

export function readFlatStructure(loaded: LoadedDocument): ReadResult {
  const violations = validateFlatDocument(loaded);
  if (violations.length > 0) return { diagnostics: violations };
  const doc = loaded.value as FlatDocument;
  const diagnostics: Diagnostic[] = [];
  const at = (segments: (string | number)[]) => {
    const pointer = jsonPointer(segments);
    return { file: loaded.uri, pointer, ...loaded.locate(pointer) };
  };

  for (const key of Object.keys(doc)) {
    if (!documentKeys.has(key)) diagnostics.push(unknownKey(key, documentKeys, at([key]), 'document'));
  }

  const seen = new Map<string, number>();
  const usedNames = new Set([doc.entity]);
  const enumDefinitions: Definition[] = [];
  const properties: Property[] = [];
  const lossy: string[] = [];

  doc.fields.forEach((field, index) => {
    for (const key of Object.keys(field)) {
      if (!fieldKeys.has(key)) diagnostics.push(unknownKey(key, fieldKeys, at(['fields', index, key]), 'field'));
    }
    const first = seen.get(field.name);
    if (first !== undefined) {
      diagnostics.push(
        diagnostic('duplicate-field', {
          ...at(['fields', index, 'name']),
          message: `field ${JSON.stringify(field.name)} appears twice (first at /fields/${first})`,
        }),
      );
      return;
    }
    seen.set(field.name, index);

    const docs: Docs = {};
    if (field.description) docs.description = field.description;
    let type = fieldType(field.type);

    if (field.format != null) {
      if (type.kind === 'string')
        type.format = readFormat(field.format, (message, hint) =>
          diagnostics.push(diagnostic('format-alias', { ...at(['fields', index, 'format']), message, hint })),
        );
      else
        diagnostics.push(
          diagnostic('format-on-non-string', {
            ...at(['fields', index, 'format']),
            message: `format ${JSON.stringify(field.format)} on a field of type ${field.type}`,
          }),
        );
    }

    if (field.enum != null) {
      if (type.kind !== 'string') {
        diagnostics.push(
          diagnostic('enum-on-non-string', {
            ...at(['fields', index, 'enum']),
            message: `field ${JSON.stringify(field.name)} of type ${field.type} lists string enum values`,
          }),
        );
      } else {
        const values = uniqueValues(field.enum, (value) =>
          diagnostics.push(
            diagnostic('duplicate-enum-value', {
              ...at(['fields', index, 'enum']),
              message: `enum of ${JSON.stringify(field.name)} repeats ${JSON.stringify(value)}`,
            }),
          ),
        );
        const name = enumName(doc.entity, field.name, usedNames);
        usedNames.add(name);
        const enumDocs: Docs = {};
        if (field.description) enumDocs.description = field.description;
        enumDefinitions.push({
          name,
          type: { kind: 'enum', members: values.map((value) => ({ value })) },
          docs: enumDocs,
          origin: { document: loaded.uri, pointer: jsonPointer(['fields', index, 'enum']) },
        });
        type = { kind: 'ref', target: name };
      }
    }

    if (field.type === 'object') {
      docs.lossy = 'the flat summary lost this field\'s type (it says "object"); any value is accepted';
      lossy.push(field.name);
    } else if (field.type === 'array<object>') {
      docs.lossy = 'the flat summary lost the item type (it says "array<object>"); items of any value are accepted';
      lossy.push(field.name);
    }
    properties.push({ name: field.name, type, required: field.required ?? false, docs });
  });

  if (lossy.length > 0) {
    diagnostics.push(
      diagnostic('lossy-field', {
        ...at(['fields']),
        message: `${lossy.length} of ${doc.fields.length} fields lost their type in the summary and accept any value: ${lossy.join(', ')}`,
        hint: `for exact types and nulls, generate from the upstream document with --upstream ${doc.source ?? '<openapi document>'}`,
      }),
    );
  }
  checkCounts(doc, diagnostics, at);

  const rootDocs: Docs = {};
  if (doc.title) rootDocs.title = doc.title;
  if (doc.description) rootDocs.description = doc.description;
  if (doc.source) rootDocs.seeAlso = doc.source;

  const root: Definition = {
    name: doc.entity,
    type: { kind: 'object', properties, additional: { mode: 'allow', explicit: false } },
    docs: rootDocs,
    origin: { document: loaded.uri, pointer: '' },
  };
  const model: Model = {
    documents: [{ uri: loaded.uri, format: 'flat-structure' }],
    name: doc.name,
    docs: rootDocs,
    definitions: [root, ...enumDefinitions],
    roots: [doc.entity],
    // This format describes no API.
    operations: [],
    webhooks: [],
    tags: [],
  };
  return { model, diagnostics };
}

function unknownKey(key: string, known: Set<string>, where: object, of: 'document' | 'field'): Diagnostic {
  const near = nearestName(key, known);
  return diagnostic('unknown-key', {
    ...where,
    message: `unknown ${of} key ${JSON.stringify(key)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`,
  });
}

function fieldType(type: string): TypeNode {
  const array = /^array<(.+)>$/.exec(type);
  if (array) return { kind: 'array', items: fieldType(array[1]!) };
  switch (type) {
    case 'string':
      return { kind: 'string' };
    case 'integer':
      return { kind: 'number', numberKind: 'integer' };
    case 'number':
      return { kind: 'number', numberKind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'object':
      return { kind: 'any' };
    default:
      // The meta-schema lists every type; reaching here means it and this switch disagree.
      throw new Error(`flat field type ${JSON.stringify(type)} passed the meta-schema but has no mapping`);
  }
}

/** `JobStatus` for Job.status; `JobType` (not `JobJobType`) for Job.job_type, as upstream names it. */
function enumName(entity: string, field: string, taken: Set<string>): string {
  const entityPart = pascalCase(entity);
  const fieldPart = pascalCase(field);
  const base = fieldPart.startsWith(entityPart) ? fieldPart : entityPart + fieldPart;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  return name;
}

function uniqueValues(values: string[], onRepeat: (value: string) => void): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const value of values) {
    if (seen.has(value)) onRepeat(value);
    else {
      seen.add(value);
      unique.push(value);
    }
  }
  return unique;
}

function checkCounts(doc: FlatDocument, diagnostics: Diagnostic[], at: (segments: (string | number)[]) => object): void {
  const required = doc.fields.filter((f) => f.required).length;
  if (doc.fieldCount !== undefined && doc.fieldCount !== doc.fields.length) {
    diagnostics.push(
      diagnostic('count-mismatch', {
        ...at(['fieldCount']),
        message: `fieldCount is ${doc.fieldCount} but fields has ${doc.fields.length} entries`,
      }),
    );
  }
  if (doc.requiredCount !== undefined && doc.requiredCount !== required) {
    diagnostics.push(
      diagnostic('count-mismatch', {
        ...at(['requiredCount']),
        message: `requiredCount is ${doc.requiredCount} but ${required} fields are required`,
      }),
    );
  }
}
