/**
 * The catalogue of diagnostic codes. Each code has a title (what went wrong) and a fix (what to do), so a
 * diagnostic teaches; docs/diagnostics.md's table is this list (test/readme.test.ts holds it to that).
 */
export interface CodeInfo {
  severity: 'error' | 'warning';
  title: string;
  fix: string;
}

export const diagnosticCodes = {
  'file-not-found': {
    severity: 'error',
    title: 'a file cannot be read',
    fix: 'check the path (an input is resolved against the working directory, a referenced file against the file that refers to it)',
  },
  'invalid-json': {
    severity: 'error',
    title: 'the input is not valid JSON',
    fix: 'fix the syntax at the reported line and column',
  },
  'invalid-yaml': {
    severity: 'error',
    title: 'the input is not valid YAML (1.2), or expands too many aliases',
    fix: 'fix the syntax at the reported line and column; structgen refuses alias bombs',
  },
  'too-deep': {
    severity: 'error',
    title: 'the input nests deeper than structgen reads',
    fix: 'real schemas nest far less; check the document for a generated or malicious structure',
  },
  'too-large': {
    severity: 'error',
    title: 'a document is larger than structgen reads (32 MiB unless raised)',
    fix: 'if it is meant to be that large, raise the limit with --max-input-bytes (API: maxInputBytes)',
  },
  'expansion-limit': {
    severity: 'error',
    title: 'the document would copy the same definitions into the output far more often than it is large',
    fix: 'give the shared base fewer copies (fewer types extending it, or a smaller base); structgen refuses output out of proportion to its input',
  },
  'fetch-failed': {
    severity: 'error',
    title: 'a URL given on the command line could not be fetched',
    fix: 'check the URL and the network, or download the document and pass its path',
  },
  'unknown-format': {
    severity: 'error',
    title: 'the input is not a document structgen can read',
    fix: 'structgen reads flat JSON Structure summaries (a "jsonStructure" key), OpenAPI 3.x (an "openapi" key), Swagger 2.0 (a "swagger" key), JSON Structure and JSON Schema documents; use --format to say which',
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
  'not-openapi': {
    severity: 'error',
    title: 'the document is not an OpenAPI 3.x or Swagger 2.0 document',
    fix: 'structgen reads OpenAPI 3.x ("openapi": "3.0.x", "3.1.x", "3.2.x") and Swagger 2.0 ("swagger": "2.0"); convert older Swagger documents first',
  },
  'unknown-entity': {
    severity: 'error',
    title: 'an entity was asked for that the document does not define',
    fix: 'use a name from components.schemas',
  },
  'unknown-operation': {
    severity: 'error',
    title: 'an operation was asked for that the document does not have',
    fix: 'use an operationId from the document (or, for an operation without one, the id structgen derives: method and path in camelCase, e.g. getPetsByPetId)',
  },
  'unknown-tag': {
    severity: 'error',
    title: 'a tag was asked for that no operation of the document has',
    fix: 'use a tag that operations list in their "tags"',
  },
  'nothing-generated': {
    severity: 'warning',
    title: 'the document has nothing to generate: no schemas and no operations',
    fix: 'check that the input is the document you meant; structgen reads OpenAPI components.schemas, paths and webhooks, a JSON Schema root or its $defs, and JSON Structure definitions',
  },
  'unresolved-ref': {
    severity: 'error',
    title: 'a $ref points at nothing',
    fix: 'check the name and the path of the $ref',
  },
  'ref-refused': {
    severity: 'error',
    title: 'a $ref was not followed (remote, file: or outside the input folder)',
    fix: 'keep referenced files beside the input, or pass --allow-remote-refs to follow http(s): and file: refs',
  },
  'ref-siblings-ignored': {
    severity: 'warning',
    title: 'keywords beside a $ref are ignored in OpenAPI 3.0',
    fix: 'wrap them as allOf: [{$ref}, {...}], or move to OpenAPI 3.1',
  },
  'enum-coerced': {
    severity: 'warning',
    title: 'a Swagger 2.0 enum of type string lists booleans or numbers (YAML 1.1 reads unquoted true, no, 1 so); they are read as strings',
    fix: 'quote the values in the document',
  },
  'pattern-rewritten': {
    severity: 'warning',
    title:
      'a pattern is valid ECMA-262 only without the u flag (an identity escape such as \\- or \\:); it is kept as the same pattern written for Unicode mode',
    fix: 'write the pattern as the warning shows, which every JSON Schema validator compiles',
  },
  'invalid-pattern': {
    severity: 'warning',
    title: 'a pattern is not a valid ECMA-262 regular expression',
    fix: 'fix the pattern; structgen leaves it out of the validators',
  },
  'slow-pattern': {
    severity: 'warning',
    title: 'a pattern can backtrack exponentially (ReDoS): validators take time doubling with the input length',
    fix: 'rewrite it so that each part of a string can be matched in only one way, e.g. ^a+$ instead of ^(a+)+$',
  },
  'default-mismatch': {
    severity: 'warning',
    title: 'a default value does not match its type',
    fix: 'fix the default; structgen keeps it as documentation only and never applies it',
  },
  'required-not-in-properties': {
    severity: 'warning',
    title: 'a required name is missing from properties',
    fix: 'add the property or drop it from required; structgen requires the key and judges its value as any other key’s (patternProperties, additionalProperties)',
  },
  'invalid-example': {
    severity: 'warning',
    title: 'an example the document gives does not match its own schema (the generated validators reject it)',
    fix: 'fix the example or the schema; the docs show the example marked as rejected',
  },
  'invalid-template': {
    severity: 'error',
    title: 'a --templates folder is missing, or one of its templates is not valid Mustache',
    fix: 'point --templates at a copy of the package’s templates/ folder and fix the template named',
  },
  'schema-defect': {
    severity: 'warning',
    title: 'the document breaks a rule of its specification (OpenAPI or JSON Schema)',
    fix: 'fix the document; structgen reads around the defect as described',
  },
  'upstream-needs-summary': {
    severity: 'error',
    title: '--upstream was given for a document that is not a flat summary',
    fix: 'use --upstream with a flat JSON Structure summary; generate OpenAPI documents directly',
  },
  'invalid-structure': {
    severity: 'error',
    title: 'the JSON Structure document breaks a rule of the language',
    fix: 'fix the keyword at the reported pointer',
  },
  'missing-type': {
    severity: 'error',
    title: 'a JSON Structure schema has no "type"',
    fix: 'add "type", e.g. "object" or "string"',
  },
  'unknown-type': {
    severity: 'error',
    title: 'a type name JSON Structure does not define',
    fix: 'use one of the listed type names',
  },
  'circular-ref': {
    severity: 'error',
    title: 'a type refers to itself with no object, array or tuple in between, so no value can match it',
    fix: 'give the type a structure (recursion through an object property or array items is fine)',
  },
  'circular-ref-skipped': {
    severity: 'warning',
    title:
      'a definition refers to itself with no object, array or tuple in between, so no value can match it; it is left out and references to it accept anything',
    fix: 'give the type a structure (recursion through an object property or array items is fine); --strict makes this an error (circular-ref)',
  },
  'circular-extends': {
    severity: 'error',
    title: '$extends leads back to the type itself',
    fix: 'break the inheritance cycle',
  },
  'import-refused': {
    severity: 'error',
    title: 'a $import or $importdefs was not followed',
    fix: 'import relative schema files inside the import root (--import-root widens it)',
  },
  'structure-deviation': {
    severity: 'warning',
    title: 'a Core-like document deviates from JSON Structure Core',
    fix: 'fix the document; structgen reads it as described (use --strict to make this an error)',
  },
  'structure-deviation-strict': {
    severity: 'error',
    title: 'the document deviates from JSON Structure Core (--strict)',
    fix: 'fix the document, or leave out --strict to read it leniently',
  },
  'validation-without-uses': {
    severity: 'warning',
    title: 'a validation keyword is used without enabling the validation add-in',
    fix: 'add "$uses": ["JSONStructureValidation"]; structgen applies the keyword regardless, as the author meant it',
  },
  'format-alias': {
    severity: 'warning',
    title: 'a format name that structgen reads as another (`url` as `uri`)',
    fix: "write the format it is read as; `url` is not a JSON Schema format, and ajv-formats' `url` rejects hosts such as localhost",
  },
  'unsupported-keyword': {
    severity: 'warning',
    title: 'a keyword structgen cannot carry into the outputs yet',
    fix: 'the keyword is ignored: validators accept what it would reject',
  },
  'invalid-targets': {
    severity: 'error',
    title: 'an unknown output target was requested',
    fix: 'choose from ts, json-schema, zod, docs',
  },
  'invalid-option': {
    severity: 'error',
    title: 'an option has a value structgen does not know',
    fix: 'use one of the values the message lists',
  },
  'unused-type-mapping': {
    severity: 'warning',
    title: 'a custom type mapping maps nothing in the document',
    fix: 'check its format or x- value against the document (a typo?); where a config shares it with other documents, ignore the warning',
  },
  'transform-failed': {
    severity: 'error',
    title: 'a transform or postTransform hook threw, or returned what is not a type',
    fix: "return a TypeScript type as a string (transform may also return { schema, questionToken }), or undefined to keep structgen's type",
  },
  'invalid-output': {
    severity: 'error',
    title: 'structgen produced invalid output (a bug in structgen)',
    fix: 'please report it with the input document',
  },
  // Writing output and checking it.
  'output-write-failed': {
    severity: 'error',
    title: 'the output could not be written (the earlier output is left as it was)',
    fix: 'check the path and its permissions, free disk space, or choose another --out',
  },
  'output-busy': {
    severity: 'error',
    title: 'another structgen run is writing the same output folder',
    fix: 'wait for it to finish, then run again',
  },
  'output-not-owned': {
    severity: 'error',
    title: 'a file in the way is not one structgen wrote (nothing was written)',
    fix: 'move the file away or choose another --out; --overwrite (overwrite: true) lets structgen take it over',
  },
  'orphaned-output': {
    severity: 'error',
    title: 'an output folder belongs to a document the config no longer generates',
    fix: 'run generate to remove it (structgen removes only what it recorded writing), or delete it by hand',
  },
  'stale-output': {
    severity: 'error',
    title: '--check: a generated file differs from what structgen generates now (or is missing, or is no longer generated)',
    fix: "run the command in the file's banner (or structgen generate) and commit the result",
  },
  'duplicate-output': {
    severity: 'error',
    title: 'two documents of one run write the same output folder',
    fix: 'give each document its own out (e.g. "generated/[name]")',
  },
  // Config files.
  'invalid-config': {
    severity: 'error',
    title: 'the config file is not valid (or could not be loaded)',
    fix: 'compare it with schemas/structgen.config.schema.json (set "$schema" to it for completion in your editor)',
  },
  'no-input-matched': {
    severity: 'error',
    title: 'a glob in the config matches no file',
    fix: "check the pattern: it is relative to the config file's folder",
  },
  'multiple-configs': {
    severity: 'warning',
    title: 'several structgen config files in one folder',
    fix: 'keep one; structgen uses the first of structgen.config.{ts,mts,cts,mjs,js,cjs,json}',
  },
  // The project that uses the output.
  'zod-missing': {
    severity: 'warning',
    title: 'zod.ts imports zod, which is not installed where it is',
    fix: 'install zod 4.3 or later in the project that holds the output',
  },
  'zod-too-old': {
    severity: 'warning',
    title: 'the zod installed where zod.ts is is older than 4.3, which the generated validators need',
    fix: 'upgrade zod to 4.3 or later in the project that holds the output',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof diagnosticCodes;
