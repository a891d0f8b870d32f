/** Documentation keywords (Core §3.9): description, title (Core-like), examples, default, deprecated. */
import type { Docs, JsonValue } from '../../model/index.js';
import type { Json } from './reader.js';

export function docsOf(schema: Json): Docs {
  const docs: Docs = {};
  if (typeof schema['description'] === 'string' && schema['description']) docs.description = schema['description'];
  if (typeof schema['title'] === 'string') docs.title = schema['title'];
  if (Array.isArray(schema['examples'])) docs.examples = schema['examples'] as JsonValue[];
  else if ('example' in schema) docs.examples = [schema['example'] as JsonValue];
  if ('default' in schema) docs.default = { value: schema['default'] as JsonValue };
  if (schema['deprecated'] === true) docs.deprecated = true;
  return docs;
}
