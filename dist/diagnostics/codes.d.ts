/**
 * The catalogue of diagnostic codes. Each code has a title (what went wrong) and a fix (what to do), so a
 * diagnostic teaches; docs/diagnostics.md's table is this list (test/readme.test.ts holds it to that).
 */
export interface CodeInfo {
    severity: 'error' | 'warning';
    title: string;
    fix: string;
}
export declare const diagnosticCodes: {
    readonly 'file-not-found': {
        readonly severity: "error";
        readonly title: "a file cannot be read";
        readonly fix: "check the path (an input is resolved against the working directory, a referenced file against the file that refers to it)";
    };
    readonly 'invalid-json': {
        readonly severity: "error";
        readonly title: "the input is not valid JSON";
        readonly fix: "fix the syntax at the reported line and column";
    };
    readonly 'invalid-yaml': {
        readonly severity: "error";
        readonly title: "the input is not valid YAML (1.2), or expands too many aliases";
        readonly fix: "fix the syntax at the reported line and column; structgen refuses alias bombs";
    };
    readonly 'too-deep': {
        readonly severity: "error";
        readonly title: "the input nests deeper than structgen reads";
        readonly fix: "real schemas nest far less; check the document for a generated or malicious structure";
    };
    readonly 'too-large': {
        readonly severity: "error";
        readonly title: "a document is larger than structgen reads (32 MiB unless raised)";
        readonly fix: "if it is meant to be that large, raise the limit with --max-input-bytes (API: maxInputBytes)";
    };
    readonly 'expansion-limit': {
        readonly severity: "error";
        readonly title: "the document would copy the same definitions into the output far more often than it is large";
        readonly fix: "give the shared base fewer copies (fewer types extending it, or a smaller base); structgen refuses output out of proportion to its input";
    };
    readonly 'fetch-failed': {
        readonly severity: "error";
        readonly title: "a URL given on the command line could not be fetched";
        readonly fix: "check the URL and the network, or download the document and pass its path";
    };
    readonly 'unknown-format': {
        readonly severity: "error";
        readonly title: "the input is not a document structgen can read";
        readonly fix: "structgen reads flat JSON Structure summaries (a \"jsonStructure\" key), OpenAPI 3.x (an \"openapi\" key), Swagger 2.0 (a \"swagger\" key), JSON Structure and JSON Schema documents; use --format to say which";
    };
    readonly 'flat-schema-violation': {
        readonly severity: "error";
        readonly title: "the document does not match the flat JSON Structure form";
        readonly fix: "compare it with schemas/flat-structure.schema.json";
    };
    readonly 'unknown-field-type': {
        readonly severity: "error";
        readonly title: "a field has a type the flat form does not define";
        readonly fix: "use one of the allowed types";
    };
    readonly 'duplicate-field': {
        readonly severity: "error";
        readonly title: "two fields have the same name";
        readonly fix: "rename or remove one of them; a name must be unique within the document";
    };
    readonly 'missing-entity': {
        readonly severity: "error";
        readonly title: "the document names no entity";
        readonly fix: "set \"entity\" to the upstream schema name, e.g. \"Job\"";
    };
    readonly 'enum-on-non-string': {
        readonly severity: "error";
        readonly title: "a field has string enum values but is not of type string";
        readonly fix: "set the field type to \"string\" or remove the enum";
    };
    readonly 'count-mismatch': {
        readonly severity: "warning";
        readonly title: "fieldCount or requiredCount disagrees with fields";
        readonly fix: "correct the count; structgen uses the fields themselves";
    };
    readonly 'duplicate-enum-value': {
        readonly severity: "warning";
        readonly title: "an enum lists the same value twice";
        readonly fix: "remove the repeated value; structgen keeps the first";
    };
    readonly 'format-on-non-string': {
        readonly severity: "warning";
        readonly title: "a format is given for a field that is not a string";
        readonly fix: "remove the format or change the type; structgen ignores it";
    };
    readonly 'unknown-key': {
        readonly severity: "warning";
        readonly title: "the document has a key the flat form does not define";
        readonly fix: "check for a typo; structgen ignores the key";
    };
    readonly 'lossy-field': {
        readonly severity: "warning";
        readonly title: "the flat summary lost the real type of some fields";
        readonly fix: "pass the upstream OpenAPI document with --upstream to get exact types; until then these fields accept any value";
    };
    readonly 'not-openapi': {
        readonly severity: "error";
        readonly title: "the document is not an OpenAPI 3.x or Swagger 2.0 document";
        readonly fix: "structgen reads OpenAPI 3.x (\"openapi\": \"3.0.x\", \"3.1.x\", \"3.2.x\") and Swagger 2.0 (\"swagger\": \"2.0\"); convert older Swagger documents first";
    };
    readonly 'unknown-entity': {
        readonly severity: "error";
        readonly title: "an entity was asked for that the document does not define";
        readonly fix: "use a name from components.schemas";
    };
    readonly 'unknown-operation': {
        readonly severity: "error";
        readonly title: "an operation was asked for that the document does not have";
        readonly fix: "use an operationId from the document (or, for an operation without one, the id structgen derives: method and path in camelCase, e.g. getPetsByPetId)";
    };
    readonly 'unknown-tag': {
        readonly severity: "error";
        readonly title: "a tag was asked for that no operation of the document has";
        readonly fix: "use a tag that operations list in their \"tags\"";
    };
    readonly 'nothing-generated': {
        readonly severity: "warning";
        readonly title: "the document has nothing to generate: no schemas and no operations";
        readonly fix: "check that the input is the document you meant; structgen reads OpenAPI components.schemas, paths and webhooks, a JSON Schema root or its $defs, and JSON Structure definitions";
    };
    readonly 'unresolved-ref': {
        readonly severity: "error";
        readonly title: "a $ref points at nothing";
        readonly fix: "check the name and the path of the $ref";
    };
    readonly 'ref-refused': {
        readonly severity: "error";
        readonly title: "a $ref was not followed (remote, file: or outside the input folder)";
        readonly fix: "keep referenced files beside the input, or pass --allow-remote-refs to follow http(s): and file: refs";
    };
    readonly 'ref-siblings-ignored': {
        readonly severity: "warning";
        readonly title: "keywords beside a $ref are ignored in OpenAPI 3.0";
        readonly fix: "wrap them as allOf: [{$ref}, {...}], or move to OpenAPI 3.1";
    };
    readonly 'enum-coerced': {
        readonly severity: "warning";
        readonly title: "a Swagger 2.0 enum of type string lists booleans or numbers (YAML 1.1 reads unquoted true, no, 1 so); they are read as strings";
        readonly fix: "quote the values in the document";
    };
    readonly 'pattern-rewritten': {
        readonly severity: "warning";
        readonly title: "a pattern is valid ECMA-262 only without the u flag (an identity escape such as \\- or \\:); it is kept as the same pattern written for Unicode mode";
        readonly fix: "write the pattern as the warning shows, which every JSON Schema validator compiles";
    };
    readonly 'invalid-pattern': {
        readonly severity: "warning";
        readonly title: "a pattern is not a valid ECMA-262 regular expression";
        readonly fix: "fix the pattern; structgen leaves it out of the validators";
    };
    readonly 'slow-pattern': {
        readonly severity: "warning";
        readonly title: "a pattern can backtrack exponentially (ReDoS): validators take time doubling with the input length";
        readonly fix: "rewrite it so that each part of a string can be matched in only one way, e.g. ^a+$ instead of ^(a+)+$";
    };
    readonly 'default-mismatch': {
        readonly severity: "warning";
        readonly title: "a default value does not match its type";
        readonly fix: "fix the default; structgen keeps it as documentation only and never applies it";
    };
    readonly 'required-not-in-properties': {
        readonly severity: "warning";
        readonly title: "a required name is missing from properties";
        readonly fix: "add the property or drop it from required; structgen requires the key and judges its value as any other key’s (patternProperties, additionalProperties)";
    };
    readonly 'invalid-example': {
        readonly severity: "warning";
        readonly title: "an example the document gives does not match its own schema (the generated validators reject it)";
        readonly fix: "fix the example or the schema; the docs show the example marked as rejected";
    };
    readonly 'invalid-template': {
        readonly severity: "error";
        readonly title: "a --templates folder is missing, or one of its templates is not valid Mustache";
        readonly fix: "point --templates at a copy of the package’s templates/ folder and fix the template named";
    };
    readonly 'schema-defect': {
        readonly severity: "warning";
        readonly title: "the document breaks a rule of its specification (OpenAPI or JSON Schema)";
        readonly fix: "fix the document; structgen reads around the defect as described";
    };
    readonly 'upstream-needs-summary': {
        readonly severity: "error";
        readonly title: "--upstream was given for a document that is not a flat summary";
        readonly fix: "use --upstream with a flat JSON Structure summary; generate OpenAPI documents directly";
    };
    readonly 'invalid-structure': {
        readonly severity: "error";
        readonly title: "the JSON Structure document breaks a rule of the language";
        readonly fix: "fix the keyword at the reported pointer";
    };
    readonly 'missing-type': {
        readonly severity: "error";
        readonly title: "a JSON Structure schema has no \"type\"";
        readonly fix: "add \"type\", e.g. \"object\" or \"string\"";
    };
    readonly 'unknown-type': {
        readonly severity: "error";
        readonly title: "a type name JSON Structure does not define";
        readonly fix: "use one of the listed type names";
    };
    readonly 'circular-ref': {
        readonly severity: "error";
        readonly title: "a type refers to itself with no object, array or tuple in between, so no value can match it";
        readonly fix: "give the type a structure (recursion through an object property or array items is fine)";
    };
    readonly 'circular-ref-skipped': {
        readonly severity: "warning";
        readonly title: "a definition refers to itself with no object, array or tuple in between, so no value can match it; it is left out and references to it accept anything";
        readonly fix: "give the type a structure (recursion through an object property or array items is fine); --strict makes this an error (circular-ref)";
    };
    readonly 'circular-extends': {
        readonly severity: "error";
        readonly title: "$extends leads back to the type itself";
        readonly fix: "break the inheritance cycle";
    };
    readonly 'import-refused': {
        readonly severity: "error";
        readonly title: "a $import or $importdefs was not followed";
        readonly fix: "import relative schema files inside the import root (--import-root widens it)";
    };
    readonly 'structure-deviation': {
        readonly severity: "warning";
        readonly title: "a Core-like document deviates from JSON Structure Core";
        readonly fix: "fix the document; structgen reads it as described (use --strict to make this an error)";
    };
    readonly 'structure-deviation-strict': {
        readonly severity: "error";
        readonly title: "the document deviates from JSON Structure Core (--strict)";
        readonly fix: "fix the document, or leave out --strict to read it leniently";
    };
    readonly 'validation-without-uses': {
        readonly severity: "warning";
        readonly title: "a validation keyword is used without enabling the validation add-in";
        readonly fix: "add \"$uses\": [\"JSONStructureValidation\"]; structgen applies the keyword regardless, as the author meant it";
    };
    readonly 'format-alias': {
        readonly severity: "warning";
        readonly title: "a format name that structgen reads as another (`url` as `uri`)";
        readonly fix: "write the format it is read as; `url` is not a JSON Schema format, and ajv-formats' `url` rejects hosts such as localhost";
    };
    readonly 'unsupported-keyword': {
        readonly severity: "warning";
        readonly title: "a keyword structgen cannot carry into the outputs yet";
        readonly fix: "the keyword is ignored: validators accept what it would reject";
    };
    readonly 'invalid-targets': {
        readonly severity: "error";
        readonly title: "an unknown output target was requested";
        readonly fix: "choose from ts, json-schema, zod, docs";
    };
    readonly 'invalid-option': {
        readonly severity: "error";
        readonly title: "an option has a value structgen does not know";
        readonly fix: "use one of the values the message lists";
    };
    readonly 'unused-type-mapping': {
        readonly severity: "warning";
        readonly title: "a custom type mapping maps nothing in the document";
        readonly fix: "check its format or x- value against the document (a typo?); where a config shares it with other documents, ignore the warning";
    };
    readonly 'transform-failed': {
        readonly severity: "error";
        readonly title: "a transform or postTransform hook threw, or returned what is not a type";
        readonly fix: "return a TypeScript type as a string (transform may also return { schema, questionToken }), or undefined to keep structgen's type";
    };
    readonly 'invalid-output': {
        readonly severity: "error";
        readonly title: "structgen produced invalid output (a bug in structgen)";
        readonly fix: "please report it with the input document";
    };
    readonly 'output-write-failed': {
        readonly severity: "error";
        readonly title: "the output could not be written (the earlier output is left as it was)";
        readonly fix: "check the path and its permissions, free disk space, or choose another --out";
    };
    readonly 'output-busy': {
        readonly severity: "error";
        readonly title: "another structgen run is writing the same output folder";
        readonly fix: "wait for it to finish, then run again";
    };
    readonly 'output-not-owned': {
        readonly severity: "error";
        readonly title: "a file in the way is not one structgen wrote (nothing was written)";
        readonly fix: "move the file away or choose another --out; --overwrite (overwrite: true) lets structgen take it over";
    };
    readonly 'orphaned-output': {
        readonly severity: "error";
        readonly title: "an output folder belongs to a document the config no longer generates";
        readonly fix: "run generate to remove it (structgen removes only what it recorded writing), or delete it by hand";
    };
    readonly 'stale-output': {
        readonly severity: "error";
        readonly title: "--check: a generated file differs from what structgen generates now (or is missing, or is no longer generated)";
        readonly fix: "run the command in the file's banner (or structgen generate) and commit the result";
    };
    readonly 'duplicate-output': {
        readonly severity: "error";
        readonly title: "two documents of one run write the same output folder";
        readonly fix: "give each document its own out (e.g. \"generated/[name]\")";
    };
    readonly 'invalid-config': {
        readonly severity: "error";
        readonly title: "the config file is not valid (or could not be loaded)";
        readonly fix: "compare it with schemas/structgen.config.schema.json (set \"$schema\" to it for completion in your editor)";
    };
    readonly 'no-input-matched': {
        readonly severity: "error";
        readonly title: "a glob in the config matches no file";
        readonly fix: "check the pattern: it is relative to the config file's folder";
    };
    readonly 'multiple-configs': {
        readonly severity: "warning";
        readonly title: "several structgen config files in one folder";
        readonly fix: "keep one; structgen uses the first of structgen.config.{ts,mts,cts,mjs,js,cjs,json}";
    };
    readonly 'zod-missing': {
        readonly severity: "warning";
        readonly title: "zod.ts imports zod, which is not installed where it is";
        readonly fix: "install zod 4.3 or later in the project that holds the output";
    };
    readonly 'zod-too-old': {
        readonly severity: "warning";
        readonly title: "the zod installed where zod.ts is is older than 4.3, which the generated validators need";
        readonly fix: "upgrade zod to 4.3 or later in the project that holds the output";
    };
};
export type DiagnosticCode = keyof typeof diagnosticCodes;
