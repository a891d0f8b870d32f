/**
 * OpenAPI input through the CLI: refs that must not be followed, dangling refs with a suggestion, YAML
 * alias bombs, refs across files, --entity, and a URL fetched only because the user passed it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { root } from './support.js';

const cli = path.join(root, 'dist/cli/main.js');
let work: string;

function run(args: string[]) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

/** Like `run`, but without blocking the event loop, so a server in this process can answer. */
function runAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: work });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const api = (schemas: Record<string, unknown>) =>
  JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } }, null, 2);
const write = (name: string, text: string) => {
  mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
  writeFileSync(path.join(work, name), text);
};

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'structgen-openapi-'));
  // A project that uses the output has zod installed (else structgen warns zod-missing).
  mkdirSync(path.join(work, 'node_modules'));
  symlinkSync(path.join(root, 'node_modules/zod'), path.join(work, 'node_modules/zod'));
});

describe('OpenAPI refs', () => {
  it('a dangling $ref exits 1, names it and suggests the nearest name', () => {
    write(
      'spec.json',
      api({ PetOwner: { type: 'object' }, Pet: { type: 'object', properties: { owner: { $ref: '#/components/schemas/Owner' } } } }),
    );
    const r = run(['generate', 'spec.json', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /spec\.json:\d+:\d+ error unresolved-ref #\/components\/schemas\/Pet\/properties\/owner\/\$ref .*"Owner".*did you mean "PetOwner"\?/,
    );
    expect(() => readdirSync(path.join(work, 'out'))).toThrow();
  });

  it('does not follow remote or file: refs by default', () => {
    write('spec.json', api({ A: { $ref: 'http://127.0.0.1:9/evil.json#/x' }, B: { $ref: 'file:///etc/passwd' } }));
    const r = run(['generate', 'spec.json', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error ref-refused .*remote refs are not followed/);
    expect(r.stderr).toMatch(/error ref-refused .*file: refs are not followed/);
  });

  it('follows relative refs across files, but not out of the input folder', () => {
    write(
      'api/spec.yaml',
      'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        tag: {$ref: "common/tag.yaml#/Tag"}\n',
    );
    write('api/common/tag.yaml', 'Tag:\n  type: object\n  required: [name]\n  properties:\n    name: {type: string}\n');
    const ok = run(['generate', 'api/spec.yaml', '--out', 'out']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(readFileSync(path.join(work, 'out/types.ts'), 'utf8')).toMatch(/export interface Tag \{\s+name: string;/);

    write(
      'api/escape.yaml',
      'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: "../secret.yaml#/Secret"}\n',
    );
    write('secret.yaml', 'Secret: {type: string}\n');
    const refused = run(['generate', 'api/escape.yaml', '--out', 'out2']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ref-refused .*leaves the input's folder/);
  });
});

describe('YAML', () => {
  it('refuses an alias bomb within seconds', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      rows.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    write('bomb.yaml', `openapi: 3.1.0\ninfo: {title: t, version: "1"}\n${rows.join('\n')}\n`);
    const r = run(['generate', 'bomb.yaml', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error invalid-yaml .*alias/);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('reports YAML syntax errors with line and column', () => {
    write('bad.yaml', 'openapi: 3.1.0\ninfo:\n  title: [unclosed\n');
    const r = run(['generate', 'bad.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ error invalid-yaml/);
  });
});

describe('--entity', () => {
  it('generates only the named schemas and what they reference', () => {
    write(
      'spec.json',
      api({ A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } }, B: { type: 'string' }, C: { type: 'integer' } }),
    );
    expect(run(['generate', 'spec.json', '--entity', 'A', '--out', 'out']).code).toBe(0);
    const schema = JSON.parse(readFileSync(path.join(work, 'out/schema.json'), 'utf8')) as { $ref: string; $defs: object };
    expect(Object.keys(schema.$defs).sort()).toEqual(['A', 'B']);
    expect(schema.$ref).toBe('#/$defs/A');
    const unknown = run(['generate', 'spec.json', '--entity', 'Bb', '--out', 'out2']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown-entity .*did you mean "B"/);
  });
});

describe('a URL on the command line', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/openapi.json') {
        res.setHeader('content-type', 'application/json');
        res.end(
          api({
            Job: {
              type: 'object',
              additionalProperties: false,
              properties: { id: { type: 'string' }, code: { anyOf: [{ type: 'integer' }, { type: 'null' }] } },
            },
          }),
        );
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is fetched for --upstream, and the summary keeps its name', async () => {
    write(
      'job.json',
      JSON.stringify({
        jsonStructure: '0.1',
        name: 'job',
        entity: 'Job',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'code', type: 'object' },
        ],
      }),
    );
    const r = await runAsync(['generate', 'job.json', '--upstream', `${base}/openapi.json`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(requests).toEqual(['/openapi.json']);
    expect(readFileSync(path.join(work, 'generated/job/types.ts'), 'utf8')).toContain('code?: number | null;');
    const missing = await runAsync(['generate', 'job.json', '--upstream', `${base}/missing.json`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/fetch-failed .*HTTP 404/);
  });
});

describe('explicit permission', () => {
  it('follows a file: ref only with --allow-remote-refs', () => {
    write('ext/int.json', '{"type":"integer"}');
    const url = new URL(`file://${path.join(work, 'ext/int.json')}`).href;
    write('spec.json', api({ A: { $ref: url } }));
    expect(run(['generate', 'spec.json', '--out', 'out']).code).toBe(1);
    const allowed = run(['generate', 'spec.json', '--out', 'out', '--allow-remote-refs']);
    expect(allowed.code).toBe(0);
    expect(readFileSync(path.join(work, 'out/types.ts'), 'utf8')).toMatch(/export type A = Int;/);
  });
});
