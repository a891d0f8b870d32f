/**
 * Reader for OpenAPI 3.0, 3.1 and 3.2 documents (JSON or YAML): `components.schemas` become definitions,
 * and `paths`, `webhooks` and their callbacks become operations (`operations.ts`) — all of them, or those
 * selected by `entities` (schemas), `operations` (operation ids) and `tags`, with everything they reference.
 * Schema Objects are converted in `../json-schema/schema.ts`; `$ref`s resolved across the documents
 * `documents.ts` loads. OpenAPI 3.1.0 §4.8.24 (Schema Object = JSON Schema 2020-12; 3.2 keeps it);
 * 3.0.3 §4.7.24 (its own JSON Schema subset).
 */
import type { ReadResult } from '../read-result.js';
import { documentSlug } from '../document-name.js';
import path from 'node:path';
import { diagnostic, framePointer, hasErrors, jsonPointer, nearestName, type PathFrame } from '../../diagnostics/index.js';
import type { ComponentType, Model } from '../../model/index.js';
import type { LoadedDocument } from '../load.js';
import { ReadContext, isSchemaObject, type At, type SchemaObject, type UnresolvedRefs } from '../json-schema/context.js';
import { loadDocumentSet } from '../json-schema/documents.js';
import { polymorphicTarget, polymorphicTargetRead, prepareHierarchies } from '../json-schema/inheritance.js';
import { definitionAt } from '../json-schema/schema.js';
import {
  readOperations,
  readSecurity,
  readSecuritySchemes,
  readServers,
  type OpenApiVersion,
  type OperationSelection,
} from './operations.js';
import { mappingKeySets } from '../json-schema/primitives.js';

export interface OpenApiOptions {
  /** Only these component schemas (and what they reference); all of them when absent. */
  entities?: readonly string[];
  /** Only these operations (by operationId, or the id structgen derives) and what they reference. */
  operations?: readonly string[];
  /** Only operations with one of these tags and what they reference. */
  tags?: readonly string[];
  cwd: string;
  /** Follow `http(s):` refs (off by default: a spec must not make structgen send requests). */
  allowRemoteRefs?: boolean;
  remoteDocuments?: Record<string, unknown>;
  maxInputBytes?: number;
  mappingKeys?: { formats: readonly string[]; extensions: readonly string[] };
  /** Where the document came from (path relative to cwd, or URL), to resolve relative refs against. */
  location?: string;
  /** `unknown`: a `$ref` that names nothing is a warning and reads as any value. */
  unresolvedRefs?: UnresolvedRefs;
}

export function isOpenApi(value: unknown): boolean {
  return isSchemaObject(value) && 'openapi' in value;
}

export async function readOpenApi(loaded: LoadedDocument, options: OpenApiOptions): Promise<ReadResult> {
  // Any JSON value may arrive here under --format openapi: a non-object has no version, like {}.
  const value = isSchemaObject(loaded.value) ? loaded.value : {};
  const version = typeof value['openapi'] === 'string' ? /^3\.([0-2])\./.exec(value['openapi']) : null;
  if (!version) {
    const raw = value['openapi'];
    const [found, hint] =
      typeof raw === 'number'
        ? [`"openapi": ${raw} (a number)`, `quote the version: "openapi": "${raw}.0"`]
        : typeof raw === 'string'
          ? [`openapi ${raw}`, 'structgen reads OpenAPI 3.0.x, 3.1.x and 3.2.x documents']
          : typeof value['swagger'] === 'string'
            ? [`Swagger ${value['swagger']}`, 'structgen reads Swagger 2.0 as itself: leave --format out, or pass --format swagger2']
            : ['no "openapi" version', 'add "openapi": "3.1.0"'];
    return {
      diagnostics: [
        diagnostic('not-openapi', {
          message: `${loaded.uri} has ${found}; structgen reads OpenAPI 3.0, 3.1 and 3.2`,
          hint,
          file: loaded.uri,
          pointer: '/openapi',
          ...loaded.locate('/openapi'),
        }),
      ],
    };
  }
  const { set, diagnostics: loadDiagnostics } = await loadDocumentSet(loaded, {
    cwd: options.cwd,
    allowRemoteRefs: options.allowRemoteRefs ?? false,
    ...(options.remoteDocuments ? { remoteDocuments: options.remoteDocuments } : {}),
    ...(options.maxInputBytes !== undefined ? { maxInputBytes: options.maxInputBytes } : {}),
    rootLocation: options.location,
  });
  // OpenAPI 3.2 keeps 3.1's Schema Object (JSON Schema 2020-12).
  const openApiVersion = `3.${version[1]}` as OpenApiVersion;
  const ctx = new ReadContext(set, openApiVersion === '3.0' ? 'openapi-3.0' : 'openapi-3.1');
  if (options.unresolvedRefs) ctx.unresolvedRefs = options.unresolvedRefs;
  if (options.mappingKeys) ctx.mappingKeys = mappingKeySets(options.mappingKeys);
  ctx.loaded(loadDiagnostics);
  ctx.convertPending = (pending) => definitionAt(ctx, pending);

  const declared = ctx.valueAt(loaded, '/components/schemas');
  if (declared !== undefined && !isSchemaObject(declared)) {
    ctx.report(
      'schema-defect',
      { uri: loaded.uri, pointer: '/components/schemas' },
      '"components.schemas" must be an object of named schemas; it is ignored',
    );
  }
  const components = ctx.componentNames(loaded);
  ctx.reserve(components);
  prepareHierarchies(ctx, loaded.uri, components);
  const schemaAt = (name: string): At => ({ uri: loaded.uri, pointer: jsonPointer(['components', 'schemas', name]) });
  const roots: string[] = [];
  // Naming anything selects: only what is named, and what that references, is generated.
  const selecting = [options.entities, options.operations, options.tags].some((list) => list !== undefined && list.length > 0);
  if (selecting) {
    for (const entity of options.entities ?? []) {
      if (!components.includes(entity)) {
        const near = nearestName(entity, components);
        ctx.diagnostics.push(
          diagnostic('unknown-entity', {
            message: `${loaded.uri} defines no schema ${JSON.stringify(entity)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`,
            file: loaded.uri,
            pointer: '/components/schemas',
            ...loaded.locate('/components/schemas'),
          }),
        );
        continue;
      }
      // A polymorphic base named is the union of its variants, as wherever it is referred to.
      roots.push(polymorphicTarget(ctx, ctx.definitionFor(schemaAt(entity), entity), schemaAt(entity)));
    }
  } else {
    for (const name of components) polymorphicTarget(ctx, ctx.definitionFor(schemaAt(name), name), schemaAt(name));
  }
  ctx.drain();
  const selection: OperationSelection | undefined = selecting
    ? { operations: new Set(options.operations ?? []), tags: new Set(options.tags ?? []) }
    : undefined;
  const api = readOperations(ctx, value as SchemaObject, loaded.uri, openApiVersion, selection);
  if (selection) checkSelection(ctx, loaded, selection, api.knownIds, api.knownTags);
  ctx.drain();
  // `components.schemas`, as a `$ref` to each means it (an inheritance base: the union of its variants);
  // with a selection, those the selection reached.
  const schemas: ComponentType[] = [];
  const readAt = new Set(ctx.definitions.map((d) => `${d.origin.document}#${d.origin.pointer}`));
  for (const name of components) {
    const at = schemaAt(name);
    if (selecting && !readAt.has(`${at.uri}#${at.pointer}`)) continue;
    const definition = ctx.definitionFor(at, name);
    const target = selecting ? polymorphicTargetRead(ctx, definition, at) : polymorphicTarget(ctx, definition, at);
    if (target !== undefined) schemas.push({ name, type: { kind: 'ref', target }, docs: {} });
  }
  ctx.drain();
  if (!selecting) checkMediaTypes(ctx, loaded, openApiVersion);
  if (hasErrors(ctx.diagnostics)) return { diagnostics: ctx.diagnostics };

  const info = isSchemaObject(value['info']) ? value['info'] : {};
  const model: Model = {
    documents: [...set.byUri.keys()].map((uri) => ({ uri, format: 'openapi' as const })),
    name: documentName(options.location, info['title']),
    docs: {
      ...(typeof info['title'] === 'string' ? { title: info['title'] } : {}),
      ...(typeof info['description'] === 'string' && info['description'] ? { description: info['description'] } : {}),
    },
    definitions: ctx.definitions,
    roots,
    operations: api.operations,
    webhooks: api.webhooks,
    tags: api.tags,
    components: { schemas, ...api.components },
  };
  const servers = readServers(value['servers']);
  if (servers.length > 0) model.servers = servers;
  const componentsObject = isSchemaObject(value['components']) ? value['components'] : {};
  const schemes = readSecuritySchemes(componentsObject['securitySchemes']);
  if (schemes.length > 0) model.securitySchemes = schemes;
  if (value['security'] !== undefined) {
    const security = readSecurity(ctx, value['security'], { uri: loaded.uri, pointer: '/security' });
    if (security) model.security = security;
  }
  return { model, diagnostics: ctx.diagnostics };
}

/** Operation ids and tags the selection names but the document lacks are errors, with a "did you mean". */
export function checkSelection(
  ctx: ReadContext,
  loaded: LoadedDocument,
  selection: OperationSelection,
  ids: string[],
  tags: string[],
): void {
  const missing = (wanted: ReadonlySet<string>, known: string[], code: 'unknown-operation' | 'unknown-tag', what: string) => {
    for (const name of wanted) {
      if (known.includes(name)) continue;
      const near = nearestName(name, known);
      ctx.diagnostics.push(
        diagnostic(code, {
          message: `${loaded.uri} has no ${what} ${JSON.stringify(name)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`,
          file: loaded.uri,
          pointer: '/paths',
          ...loaded.locate('/paths'),
        }),
      );
    }
  };
  missing(selection.operations, ids, 'unknown-operation', 'operation');
  missing(selection.tags, tags, 'unknown-tag', 'operation tagged');
}

/** The output folder name: the file's base name, or the API title (see documentSlug). */
export function documentName(location: string | undefined, title: unknown): string {
  const base = location
    ? path.basename(location.replace(/[?#].*$/, '')).replace(/\.(json|ya?ml)$/i, '')
    : typeof title === 'string'
      ? title
      : 'openapi';
  return documentSlug(base, 'openapi');
}

/** Media Type Objects allow schema, example, examples and encoding (and 3.2's item fields); a `description` there is a common defect. */
function checkMediaTypes(ctx: ReadContext, loaded: LoadedDocument, version: OpenApiVersion): void {
  const allowed = new Set([
    'schema',
    'example',
    'examples',
    'encoding',
    ...(version === '3.2' ? ['itemSchema', 'itemEncoding', 'prefixEncoding'] : []),
  ]);
  const paths = (loaded.value as Record<string, unknown>)['paths'];
  if (!isSchemaObject(paths)) return;
  // Each node's place as a frame (its parent and key): a pointer is spelled out only for a report.
  const visit = (node: unknown, path: PathFrame, depth: number): void => {
    if (!isSchemaObject(node) || depth > 12) return;
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (key === 'content' && isSchemaObject(child)) {
        for (const [mediaType, media] of Object.entries(child)) {
          if (!isSchemaObject(media)) continue;
          for (const extra of Object.keys(media).filter((k) => !allowed.has(k) && !k.startsWith('x-'))) {
            const at = { uri: loaded.uri, pointer: framePointer(path) + jsonPointer([key, mediaType, extra]) };
            ctx.report('schema-defect', at, `a Media Type Object has no "${extra}" field (only ${[...allowed].join(', ')}); it is ignored`);
          }
        }
      } else if (key !== 'schema' && key !== 'example' && key !== 'examples') {
        visit(child, { parent: path, key }, depth + 1);
      }
    }
  };
  visit(paths, { parent: { parent: undefined, key: '' }, key: 'paths' }, 0);
}
