/**
 * The catalogue of diagnostic codes. Each code has a title (what went wrong) and a fix (what to do), so a
 * diagnostic teaches; the README's error table is this list.
 */
export interface CodeInfo {
  severity: 'error' | 'warning';
  title: string;
  fix: string;
}

export const diagnosticCodes = {
  'file-not-found': {
    severity: 'error',
    title: 'the input file cannot be read',
    fix: 'check the path; it is resolved against the current working directory',
  },
  'invalid-json': {
    severity: 'error',
    title: 'the input is not valid JSON',
    fix: 'fix the syntax at the reported line and column',
  },
  'unknown-format': {
    severity: 'error',
    title: 'the input is not a document structgen can read',
    fix: 'structgen reads flat JSON Structure summaries (with a "jsonStructure" key); check the file',
  },
  'flat-schema-violation': {
    severity: 'error',
    title: 'the document does not match the flat JSON Structure form',
    fix: 'compare it with schemas/flat-structure.schema.json',
  },
  'unknown-field-type': {
    severity: 'error',
    title: 'a field has a type the flat form does not define',
    fix: 'use one of the allowed types',
  },
  'duplicate-field': {
    severity: 'error',
    title: 'two fields have the same name',
    fix: 'rename or remove one of them; a name must be unique within the document',
  },
  'missing-entity': {
    severity: 'error',
    title: 'the document names no entity',
    fix: 'set "entity" to the upstream schema name, e.g. "Job"',
  },
  'enum-on-non-string': {
    severity: 'error',
    title: 'a field has string enum values but is not of type string',
    fix: 'set the field type to "string" or remove the enum',
  },
  'count-mismatch': {
    severity: 'warning',
    title: 'fieldCount or requiredCount disagrees with fields',
    fix: 'correct the count; structgen uses the fields themselves',
  },
  'duplicate-enum-value': {
    severity: 'warning',
    title: 'an enum lists the same value twice',
    fix: 'remove the repeated value; structgen keeps the first',
  },
  'format-on-non-string': {
    severity: 'warning',
    title: 'a format is given for a field that is not a string',
    fix: 'remove the format or change the type; structgen ignores it',
  },
  'unknown-key': {
    severity: 'warning',
    title: 'the document has a key the flat form does not define',
    fix: 'check for a typo; structgen ignores the key',
  },
  'lossy-field': {
    severity: 'warning',
    title: 'the flat summary lost the real type of some fields',
    fix: 'pass the upstream OpenAPI document with --upstream to get exact types; until then these fields accept any value',
  },
  'invalid-targets': {
    severity: 'error',
    title: 'an unknown output target was requested',
    fix: 'choose from ts, json-schema, zod, docs',
  },
  'invalid-output': {
    severity: 'error',
    title: 'structgen produced invalid output (a bug in structgen)',
    fix: 'please report it with the input document',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof diagnosticCodes;
