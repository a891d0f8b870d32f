/**
 * Reader for OpenAPI 3.0 and 3.1 documents (JSON or YAML): `components.schemas` become definitions, all
 * of them or those named by `entities` with everything they reference. Schema Objects are converted in
 * `schema.ts`; `$ref`s resolved in `refs.ts` across the documents `documents.ts` loads.
 * OpenAPI 3.1.0 §4.8.24 (Schema Object = JSON Schema 2020-12); 3.0.3 §4.7.24 (its own JSON Schema subset).
 */
import type { ReadResult } from '../read-result.js';
import path from 'node:path';
import { diagnostic, hasErrors, jsonPointer, nearestName } from '../../diagnostics/index.js';
import type { Model } from '../../model/index.js';
import type { LoadedDocument } from '../load.js';
import { ReadContext, isSchemaObject, type At } from '../json-schema/context.js';
import { loadDocumentSet } from '../json-schema/documents.js';
import { definitionAt } from '../json-schema/schema.js';

export interface OpenApiOptions {
  /** Only these component schemas (and what they reference); all of them when absent. */
  entities?: readonly string[];
  cwd: string;
  /** Follow `http(s):` refs (off by default: a spec must not make structgen send requests). */
  allowRemoteRefs?: boolean;
  remoteDocuments?: Record<string, unknown>;
  maxInputBytes?: number;
  /** Where the document came from (path relative to cwd, or URL), to resolve relative refs against. */
  location?: string;
}

export function isOpenApi(value: unknown): boolean {
  return isSchemaObject(value) && ('openapi' in value || 'swagger' in value);
}

export async function readOpenApi(loaded: LoadedDocument, options: OpenApiOptions): Promise<ReadResult> {
  // Any JSON value may arrive here under --format openapi: a non-object has no version, like {}.
  const value = isSchemaObject(loaded.value) ? loaded.value : {};
  const version = typeof value['openapi'] === 'string' ? /^3\.(0|1)\./.exec(value['openapi']) : null;
  if (!version) {
    const raw = value['openapi'];
    const [found, hint] =
      typeof raw === 'number'
        ? [`"openapi": ${raw} (a number)`, `quote the version: "openapi": "${raw}.0"`]
        : typeof raw === 'string'
          ? [`openapi ${raw}`, 'structgen reads OpenAPI 3.0.x and 3.1.x documents']
          : typeof value['swagger'] === 'string'
            ? [`Swagger ${value['swagger']}`, 'convert Swagger 2.0 to OpenAPI 3 first']
            : ['no "openapi" version', 'add "openapi": "3.1.0"'];
    return {
      diagnostics: [
        diagnostic('not-openapi', {
          message: `${loaded.uri} has ${found}; structgen reads OpenAPI 3.0 and 3.1`,
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
  const ctx = new ReadContext(set, version[1] === '0' ? 'openapi-3.0' : 'openapi-3.1');
  ctx.diagnostics.push(...loadDiagnostics);
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
  const schemaAt = (name: string): At => ({ uri: loaded.uri, pointer: jsonPointer(['components', 'schemas', name]) });
  const roots: string[] = [];
  if (options.entities && options.entities.length > 0) {
    for (const entity of options.entities) {
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
      roots.push(ctx.definitionFor(schemaAt(entity), entity));
    }
  } else {
    for (const name of components) ctx.definitionFor(schemaAt(name), name);
  }
  ctx.drain();
  if (!options.entities?.length) checkMediaTypes(ctx, loaded);
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
  };
  return { model, diagnostics: ctx.diagnostics };
}

/** The output folder name: the file's base name, or the API title; letters, digits, `-` and `_` only. */
function documentName(location: string | undefined, title: unknown): string {
  const base = location
    ? path.basename(location.replace(/[?#].*$/, '')).replace(/\.(json|ya?ml)$/i, '')
    : typeof title === 'string'
      ? title
      : 'openapi';
  const slug = base
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return slug || 'openapi';
}

/** Media Type Objects allow schema, example, examples and encoding; a `description` there is a common defect. */
function checkMediaTypes(ctx: ReadContext, loaded: LoadedDocument): void {
  const allowed = new Set(['schema', 'example', 'examples', 'encoding']);
  const paths = (loaded.value as Record<string, unknown>)['paths'];
  if (!isSchemaObject(paths)) return;
  const visit = (node: unknown, segments: string[], depth: number): void => {
    if (!isSchemaObject(node) || depth > 12) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'content' && isSchemaObject(child)) {
        for (const [mediaType, media] of Object.entries(child)) {
          if (!isSchemaObject(media)) continue;
          for (const extra of Object.keys(media).filter((k) => !allowed.has(k) && !k.startsWith('x-'))) {
            const at = { uri: loaded.uri, pointer: jsonPointer([...segments, key, mediaType, extra]) };
            ctx.report(
              'schema-defect',
              at,
              `a Media Type Object has no "${extra}" field (only schema, example, examples, encoding); it is ignored`,
            );
          }
        }
      } else if (key !== 'schema' && key !== 'example' && key !== 'examples') {
        visit(child, [...segments, key], depth + 1);
      }
    }
  };
  visit(paths, ['paths'], 0);
}
