/**
 * Add-ins: the validation add-in's keywords warned about where the document does not enable it (as the
 * reference SDK warns), and instance-level details of the root (its `$schema` key).
 */
import { jsonPointer } from '../../diagnostics/index.js';
import type { Definition } from '../../model/index.js';
import { isObject, type Json, type Reader } from './reader.js';

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

/** Instances may name their schema with a `$schema` key: the root object accepts it. */
export function acceptSchemaKey(definitions: Definition[], roots: string[]): void {
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
export function checkValidationKeywords(reader: Reader, document: Json): void {
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
