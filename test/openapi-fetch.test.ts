/**
 * openapi-fetch (`createClient<paths>()`) against structgen's types for the Letta spec (needs
 * ../shared/data): wrong calls fail `tsc` (each `@ts-expect-error` must be needed, or tsc reports it
 * unused), a successful call's `data` has the named schema type, and one call runs against a local
 * fetch stub whose response the generated Zod `operations` entry validates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import createClient from 'openapi-fetch';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import { root, sharedData, sharedDataMissing, typecheck } from './support.js';

const skip = sharedDataMissing('the openapi-fetch tests');
const project = path.join(root, 'test/.tmp/openapi-fetch');

const client = `import createClient from "openapi-fetch";
import type { Folder, paths } from "./types.js";

type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const client = createClient<paths>({ baseUrl: "https://api.letta.test" });

export async function calls(): Promise<void> {
  // @ts-expect-error the path parameter folder_id is left out
  await client.GET("/v1/folders/{folder_id}", { params: { path: {} } });
  // @ts-expect-error no params at all for a path that has one
  await client.GET("/v1/folders/{folder_id}");
  // @ts-expect-error a body field of the wrong type (openapi-fetch, with openapi-typescript's types too,
  // lets an extra field through: its body parameter is generic, so TypeScript makes no excess-property check)
  await client.POST("/v1/folders/", { body: { name: 42 } });
  // @ts-expect-error a required body field left out
  await client.POST("/v1/folders/", { body: { description: "no name" } });
  // @ts-expect-error a query parameter of the wrong type
  await client.GET("/v1/folders/", { params: { query: { limit: "ten" } } });

  const { data } = await client.GET("/v1/folders/{folder_id}", { params: { path: { folder_id: "source-1" } } });
  if (data) {
    const exact: Is<typeof data, Folder> = true;
    // @ts-expect-error a wrong use of the response: name is a string
    const name: number = data.name;
    console.log(exact, name);
  }
  const created = await client.POST("/v1/folders/", { body: { name: "notes" } });
  const list = await client.GET("/v1/folders/", { params: { query: { limit: 10, order: "desc" } } });
  const folders: Folder[] | undefined = list.data;
  console.log(created.data?.id, folders?.length);
}
`;

describe.skipIf(skip !== undefined)('openapi-fetch over the generated Letta paths', () => {
  beforeAll(async () => {
    const result = await generate({ input: path.join(sharedData, 'letta-openapi.json'), cwd: root, targets: ['ts', 'zod'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await writeFiles(project, result.files);
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'client.ts'), client);
  }, 120_000);

  it('type-checks right calls and rejects wrong ones', async () => {
    expect(await typecheck([path.join(project, 'client.ts')], { noUnusedLocals: false })).toEqual([]);
  }, 120_000);

  it('runs a call against a fetch stub and validates the response with operations.<id>.responses', async () => {
    // Folder, not Archive: Letta's Archive requires organization_id yet forbids every key it does not
    // declare, so no object is a valid Archive (structgen warns required-not-in-properties).
    const folder = {
      id: 'source-1234abcd',
      name: 'notes',
      created_at: '2026-01-27T10:00:00+00:00',
      embedding_config: { embedding_endpoint_type: 'openai', embedding_model: 'text-embedding-3-small', embedding_dim: 1536 },
    };
    const requests: string[] = [];
    const api = createClient<Record<string, never>>({
      baseUrl: 'https://api.letta.test',
      fetch: async (request: Request) => {
        requests.push(`${request.method} ${request.url}`);
        return new Response(JSON.stringify(folder), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    // The runtime client needs no types; the typed calls are checked above.
    const { data, response } = await (
      api as unknown as { GET: (p: string, o: object) => Promise<{ data: unknown; response: Response }> }
    ).GET('/v1/folders/{folder_id}', { params: { path: { folder_id: 'source-1234abcd' } } });
    expect(requests).toEqual(['GET https://api.letta.test/v1/folders/source-1234abcd']);
    expect(response.status).toBe(200);
    const zod = (await import(pathToFileURL(path.join(project, 'zod.ts')).href)) as {
      operations: Record<string, { responses: Record<number, Record<string, { safeParse(v: unknown): { success: boolean } }>> }>;
    };
    const validator = zod.operations['retrieve_folder']!.responses[200]!['application/json']!;
    expect(validator.safeParse(data).success).toBe(true);
    expect(validator.safeParse({ ...folder, created_at: 'yesterday' }).success).toBe(false);
    expect(validator.safeParse({ ...folder, embedding_config: { embedding_dim: 1536 } }).success).toBe(false);
  });
});
