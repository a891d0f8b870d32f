/**
 * zod.ts's types of the `operations` table and `parseRequest`: a generic Express-style route helper,
 * written once for every operation with no cast, compiles against the Spotify spec's output (needs
 * ../shared/data), wrong handlers fail `tsc` (each `@ts-expect-error` must be needed); and
 * `parseRequest` validates and types what a server received, on the operations fixture.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import { root, sharedData, sharedDataMissing, typecheck } from './support.js';

const skip = sharedDataMissing('the operation-types test over Spotify');
const project = path.join(root, 'test/.tmp/operation-types');

/** The helper as a user writes it, with a minimal Express-like app of its own (no server dependency). */
const helper = `import {
  operations,
  parseRequest,
  type OperationId,
  type OperationRequest,
  type OperationResponse,
} from "./zod.js";

export interface Received {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  contentType?: string;
}
export interface Sender {
  status(code: number): Sender;
  type(mediaType: string): Sender;
  json(body: unknown): void;
  end(): void;
}
export interface App {
  on(method: string, path: string, handle: (req: Received, res: Sender) => Promise<void>): void;
}

/** One route for operation \`id\`: the request validated and typed for it, the reply typed by it. */
export function route<Id extends OperationId>(
  app: App,
  id: Id,
  handler: (request: OperationRequest<Id>) => Promise<OperationResponse<Id>>,
): void {
  const { method, path } = operations[id];
  app.on(method, path.replace(/{([^}]+)}/g, ":$1"), async (req, res) => {
    const parsed = parseRequest(id, {
      path: req.params,
      query: req.query,
      headers: req.headers,
      body: req.body,
      ...(req.contentType === undefined ? {} : { mediaType: req.contentType }),
    });
    if (!parsed.success) {
      res.status(400).json(parsed.error.issues);
      return;
    }
    const reply = await handler(parsed.data);
    const code = typeof reply.status === "number" ? reply.status : 500;
    if (reply.mediaType === undefined) res.status(code).end();
    else res.status(code).type(String(reply.mediaType)).json(reply.body);
  });
}
`;

const routes = `import type { AlbumObject, PlaylistObject } from "./types.js";
import { route, type App } from "./helper.js";

type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
declare const app: App;
declare const album: AlbumObject;
declare const playlist: PlaylistObject;

route(app, "get-an-album", async (request) => {
  const id: string = request.path.id;
  const market: string | undefined = request.query.market;
  const none: Is<typeof request.body, undefined> = true;
  console.log(id, market, none);
  return { status: 200, mediaType: "application/json", body: album };
});

route(app, "create-playlist", async (request) => {
  // An optional body may be absent.
  const name: string | undefined = request.body?.name;
  console.log(name);
  return { status: 201, mediaType: "application/json", body: playlist };
});

route(app, "upload-custom-playlist-cover", async (request) => {
  // A required body is there.
  const image: string = request.body;
  console.log(image, request.path.playlist_id);
  return { status: 202 };
});

// @ts-expect-error a status the operation does not answer with
route(app, "get-an-album", async () => ({ status: 204 }));
// @ts-expect-error the body of another type than the status's
route(app, "get-an-album", async () => ({ status: 200, mediaType: "application/json", body: playlist }));
route(app, "get-an-album", async (request) => {
  // @ts-expect-error a parameter the operation does not have
  console.log(request.query.limit);
  return { status: 200, mediaType: "application/json", body: album };
});
`;

describe.skipIf(skip !== undefined)('a generic route helper over the Spotify operations', () => {
  beforeAll(async () => {
    const result = await generate({ input: path.join(sharedData, 'openapi-corpus/spotify.yml'), cwd: root, targets: ['ts', 'zod'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await writeFiles(project, result.files);
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'helper.ts'), helper);
    writeFileSync(path.join(project, 'routes.ts'), routes);
  }, 120_000);

  it('has no cast in the helper', () => {
    expect(helper).not.toMatch(/\bas\b|<[A-Za-z.]+>\(|!\./);
  });

  it('compiles, and rejects wrong handlers', async () => {
    expect(await typecheck([path.join(project, 'helper.ts'), path.join(project, 'routes.ts')])).toEqual([]);
  }, 300_000);
});

describe('parseRequest on the operations fixture', () => {
  interface Result {
    success: boolean;
    data?: Record<string, unknown>;
    error?: { issues: { path: PropertyKey[] }[] };
  }
  let parseRequest: (id: string, received: Record<string, unknown>) => Result;
  beforeAll(async () => {
    const result = await generate({ input: 'test/fixtures/openapi-operations/input.yaml', cwd: root });
    const dir = path.join(root, 'test/.tmp/operation-types-fixture');
    await writeFiles(dir, result.files);
    ({ parseRequest } = await import(pathToFileURL(path.join(dir, 'zod.ts')).href));
  }, 120_000);

  it('gives each location as its validator does', () => {
    const parsed = parseRequest('listPets', {
      query: { limit: '20', tags: ['a', 'b'] },
      headers: { 'X-Trace-Id': '123e4567-e89b-12d3-a456-426614174000' },
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.['query']).toMatchObject({ limit: 20, tags: ['a', 'b'] });
    expect(parsed.data?.['path']).toBeUndefined();
  });

  it('reports each failing part under its name', () => {
    const parsed = parseRequest('listPets', { query: { limit: 'twenty' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain('query');
  });

  it('checks the body of the media type received, and that a required body is there', () => {
    const pet = { id: 1, name: 'Rex' };
    expect(parseRequest('createPet', { body: pet }).data?.['body']).toEqual(pet);
    expect(parseRequest('createPet', { body: pet, mediaType: 'application/x-www-form-urlencoded; charset=utf-8' }).success).toBe(true);
    expect(parseRequest('createPet', { body: { id: 1, name: '' } }).error?.issues[0]?.path).toEqual(['body', 'name']);
    expect(parseRequest('createPet', { body: pet, mediaType: 'text/plain' }).error?.issues[0]?.path).toEqual(['body']);
    expect(parseRequest('createPet', {}).success).toBe(false);
  });
});
