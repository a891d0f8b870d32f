/**
 * Validation of flat documents against `schemas/flat-structure.schema.json` with Ajv, turning each
 * violation into a diagnostic that names the JSON pointer (and line:column when the text is known).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { diagnostic, pointerSegments, type Diagnostic } from '../../diagnostics/index.js';
import type { LoadedDocument } from '../load.js';

const metaSchemaUrl = new URL('../../../schemas/flat-structure.schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

/**
 * Compiled once per process: the meta-schema is a fixed file of ours, not run state. Ajv is required
 * here, on the first flat document, so that runs on other formats do not pay for loading it.
 */
function flatValidator(): ValidateFunction {
  if (!validator) {
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as { Ajv2020: typeof Ajv };
    const schema = JSON.parse(readFileSync(metaSchemaUrl, 'utf8')) as object;
    validator = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  }
  return validator;
}

export function allowedFieldTypes(): string[] {
  const schema = JSON.parse(readFileSync(metaSchemaUrl, 'utf8')) as {
    $defs: { field: { properties: { type: { enum: string[] } } } };
  };
  return schema.$defs.field.properties.type.enum;
}

export function validateFlatDocument(doc: LoadedDocument): Diagnostic[] {
  const validate = flatValidator();
  if (validate(doc.value)) return [];
  return mostSpecific(validate.errors ?? []).map((error) => toDiagnostic(error, doc));
}

/** `anyOf` reports every branch and then itself; the branch errors only repeat what it says. */
function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath.replace(/\/anyOf$/, '/anyOf/')));
  return errors.filter((e) => e.keyword === 'anyOf' || ![...anyOfPaths].some((p) => e.schemaPath.startsWith(p)));
}

function toDiagnostic(error: ErrorObject, doc: LoadedDocument): Diagnostic {
  const at = { file: doc.uri, ...doc.locate(error.instancePath) };
  if (error.keyword === 'required' && error.instancePath === '' && error.params['missingProperty'] === 'entity') {
    return diagnostic('missing-entity', { ...at, pointer: '', message: 'the document has no "entity": nothing names the root definition' });
  }
  if (error.keyword === 'enum' && /^\/fields\/\d+\/type$/.test(error.instancePath)) {
    const given = valueAt(doc.value, error.instancePath);
    return diagnostic('unknown-field-type', {
      ...at,
      pointer: error.instancePath,
      message: `unknown field type ${JSON.stringify(given)}`,
      hint: `allowed types: ${allowedFieldTypes().join(', ')}`,
    });
  }
  const where = error.instancePath === '' ? 'the document' : error.instancePath;
  return diagnostic('flat-schema-violation', {
    ...at,
    pointer: error.instancePath,
    message: `${where} ${error.message ?? 'is invalid'}${describeParams(error)}`,
  });
}

function describeParams(error: ErrorObject): string {
  if (error.keyword === 'enum') return `: ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'const') return `: ${JSON.stringify(error.params['allowedValue'])}`;
  return '';
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
