/**
 * Reader for JSON Schema documents (drafts 2020-12, 2019-09 and 07, see dialects.ts): a single schema,
 * whose root becomes the root definition, or a bundle with nothing but `$defs` (or draft-07
 * `definitions`), whose entries become the definitions. Schema Objects are converted by `schema.ts`
 * in the `json-schema` dialect (keywords constrain only the types they apply to; `format` annotates).
 */
import path from 'node:path';
import { documentSlug } from '../document-name.js';
import { hasErrors, jsonPointer } from '../../diagnostics/index.js';
import type { Model } from '../../model/index.js';
import type { LoadedDocument } from '../load.js';
import type { ReadResult } from '../read-result.js';
import { ReadContext, isSchemaObject, type UnresolvedRefs } from './context.js';
import { dialectOf, type JsonSchemaDialect } from './dialects.js';
import { loadDocumentSet } from './documents.js';
import { definitionAt } from './schema.js';
import { mappingKeySets } from './primitives.js';

export interface JsonSchemaOptions {
  cwd: string;
  location?: string;
  allowRemoteRefs?: boolean;
  remoteDocuments?: Record<string, unknown>;
  assertFormats?: boolean;
  maxInputBytes?: number;
  unresolvedRefs?: UnresolvedRefs;
  dialect?: JsonSchemaDialect;
  mappingKeys?: { formats: readonly string[]; extensions: readonly string[] };
}

export function isJsonSchema(value: unknown): boolean {
  if (typeof value === 'boolean') return true;
  if (!isSchemaObject(value) || 'openapi' in value || 'swagger' in value || 'jsonStructure' in value) return false;
  if (typeof value['$schema'] === 'string') return value['$schema'].includes('json-schema.org');
  return (
    '$defs' in value ||
    // A document that is only a reference to a schema (`{"$ref": "..."}`) is read by what the ref names.
    typeof value['$ref'] === 'string' ||
    (typeof value['type'] === 'string' && !('name' in value)) ||
    'properties' in value ||
    'allOf' in value ||
    'anyOf' in value ||
    'oneOf' in value
  );
}

export async function readJsonSchema(loaded: LoadedDocument, options: JsonSchemaOptions): Promise<ReadResult> {
  const value = loaded.value;
  const declared = isSchemaObject(value) && typeof value['$schema'] === 'string' ? value['$schema'] : undefined;
  const dialect = options.dialect ?? (declared !== undefined ? dialectOf(declared) : undefined) ?? '2020-12';
  const { set, diagnostics } = await loadDocumentSet(loaded, {
    schemas: { dialect, forced: options.dialect !== undefined },
    cwd: options.cwd,
    allowRemoteRefs: options.allowRemoteRefs ?? false,
    ...(options.remoteDocuments ? { remoteDocuments: options.remoteDocuments } : {}),
    ...(options.maxInputBytes !== undefined ? { maxInputBytes: options.maxInputBytes } : {}),
    rootLocation: options.location,
  });
  const bundleKey = isSchemaObject(value) ? (['$defs', 'definitions'] as const).find((k) => isSchemaObject(value[k])) : undefined;
  const structural = isSchemaObject(value)
    ? Object.keys(value).filter((k) => !['$schema', '$id', '$defs', 'definitions', 'title', 'description', '$comment'].includes(k))
    : ['boolean'];
  const bundle = bundleKey !== undefined && structural.length === 0;
  // A bundle's entries keep their names (as components do in OpenAPI): reserved up front, each is its own.
  const ctx = new ReadContext(set, 'json-schema', bundle ? [bundleKey] : undefined);
  ctx.assertFormats = options.assertFormats === true;
  if (options.unresolvedRefs) ctx.unresolvedRefs = options.unresolvedRefs;
  if (options.mappingKeys) ctx.mappingKeys = mappingKeySets(options.mappingKeys);
  ctx.loaded(diagnostics);
  ctx.convertPending = (pending) => definitionAt(ctx, pending);
  if (declared !== undefined && options.dialect === undefined && dialectOf(declared) === undefined) {
    ctx.report(
      'schema-defect',
      { uri: loaded.uri, pointer: '/$schema' },
      `unknown JSON Schema dialect ${JSON.stringify(declared)}; read as 2020-12`,
      'name a draft structgen knows (draft-04, draft-06, draft-07, 2019-09, 2020-12) in $schema, or pass --dialect',
    );
  }

  const roots: string[] = [];
  const title = isSchemaObject(value) && typeof value['title'] === 'string' ? value['title'] : undefined;
  if (bundle) {
    // A bundle: its definitions are the entry points.
    const defs = (value as Record<string, Record<string, unknown>>)[bundleKey]!;
    ctx.reserve(Object.keys(defs));
    for (const name of Object.keys(defs)) ctx.definitionFor({ uri: loaded.uri, pointer: jsonPointer([bundleKey, name]) }, name);
  } else {
    const rootName = title ?? baseName(options.location) ?? 'Root';
    roots.push(ctx.definitionFor({ uri: loaded.uri, pointer: '' }, rootName));
  }
  ctx.drain();
  if (hasErrors(ctx.diagnostics)) return { diagnostics: ctx.diagnostics };
  const model: Model = {
    documents: [...set.byUri.keys()].map((uri) => ({ uri, format: 'json-schema' as const })),
    name: documentSlug(baseName(options.location) ?? title ?? 'schema', 'schema'),
    docs: {
      ...(title ? { title } : {}),
      ...(isSchemaObject(value) && typeof value['description'] === 'string' ? { description: value['description'] } : {}),
    },
    definitions: ctx.definitions,
    roots,
    // This format describes no API.
    operations: [],
    webhooks: [],
    tags: [],
  };
  return { model, diagnostics: ctx.diagnostics };
}

function baseName(location: string | undefined): string | undefined {
  if (!location) return undefined;
  return path.basename(location.replace(/[?#].*$/, '')).replace(/(\.schema)?\.(json|ya?ml)$/i, '') || undefined;
}
