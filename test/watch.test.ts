/**
 * `structgen generate --watch`, as a user runs it: the real CLI on a project whose OpenAPI input has an
 * external `$ref`. Every step waits for the process to say it is done (no fixed sleeps): an edit of the
 * input regenerates within 5 s, so does an edit of the file it references (saved the way editors save,
 * by renaming a new file over it) and of the config, and a new file where a config glob looks becomes a
 * document; a broken input prints the error, the process
 * stays and the output stays as it was; the repair regenerates; SIGINT ends it with exit 0 within 2 s
 * and no temporary file. One run at start, not two.
 *
 * Cost: one process, six small runs (about 3 s; bounded at 20 s).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cli, scratchProject } from './cli-support.js';

const api = (extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      openapi: '3.1.0',
      info: { title: 'pets', version: '1' },
      paths: {},
      components: {
        schemas: {
          Pet: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' }, tag: { $ref: 'common.json#/Tag' }, ...extra },
          },
        },
      },
    },
    null,
    2,
  );
const common = (property: string) => JSON.stringify({ Tag: { type: 'object', properties: { [property]: { type: 'string' } } } }, null, 2);

let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

it('regenerates on every change it depends on, survives a broken input, and stops on SIGINT', async () => {
  const dir = scratchProject('watch');
  const file = (name: string) => path.join(dir, name);
  writeFileSync(file('api.json'), api());
  mkdirSync(file('more'));
  writeFileSync(file('more/first.api.json'), api());
  const config = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      documents: [
        { input: 'api.json', out: 'out', ...extra },
        { input: 'more/*.api.json', out: 'more-out/[name]', targets: ['ts'] },
      ],
    });
  writeFileSync(file('common.json'), common('label'));
  writeFileSync(file('structgen.config.json'), config());
  writeFileSync(file('more/common.json'), common('label'));

  child = spawn(process.execPath, [cli, 'generate', '--watch', '--verbose'], { cwd: dir });
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  child.stdout!.on('data', (d: Buffer) => ((stdout += d.toString()), wake()));
  child.stderr!.on('data', (d: Buffer) => ((stderr += d.toString()), wake()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child!.on('exit', (code, signal) => resolve({ code, signal })),
  );

  /** Resolves when `pattern` has appeared in `stream` past `from`, or fails after `ms`. */
  const waitFor = (stream: 'stdout' | 'stderr', pattern: RegExp, from: number, ms: number) =>
    new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const timer = setTimeout(() => reject(new Error(`no ${pattern} on ${stream} within ${ms} ms:\n${stdout}\n${stderr}`)), ms);
      const look = () => {
        const text = stream === 'stdout' ? stdout : stderr;
        if (pattern.test(text.slice(from))) {
          clearTimeout(timer);
          resolve(Date.now() - started);
        } else waiters.push(look);
      };
      look();
    });
  const types = () => readFileSync(file('out/types.ts'), 'utf8');

  try {
    await waitFor('stdout', /watching \d+ files for changes/, 0, 15_000);
    // One run at start: each document written once.
    expect(stdout.match(/wrote out\/types\.ts/g)).toHaveLength(1);
    expect(stdout.match(/structgen: 2 documents:/g)).toHaveLength(1);
    expect(types()).toContain('label?: string;');

    // The input.
    let mark = stdout.length;
    writeFileSync(file('api.json'), api({ age: { type: 'integer' } }));
    expect(await waitFor('stdout', /wrote out\/types\.ts/, mark, 5_000)).toBeLessThan(5_000);
    expect(stdout.slice(mark).match(/changed; generating 1 document/g)).toHaveLength(1);
    expect(types()).toContain('age?: number;');

    // The file it references, saved by renaming a new file over it.
    mark = stdout.length;
    writeFileSync(file('common.json.new'), common('colour'));
    renameSync(file('common.json.new'), file('common.json'));
    await waitFor('stdout', /wrote out\/types\.ts/, mark, 5_000);
    expect(types()).toContain('colour?: string;');

    // A broken input: the error is printed, the process stays, the output stays.
    const before = readdirSync(file('out')).map((f) => [f, readFileSync(file(`out/${f}`), 'utf8')]);
    const errMark = stderr.length;
    writeFileSync(file('api.json'), '{ "openapi": "3.1.0", ');
    await waitFor('stderr', /api\.json:1:\d+ error invalid-json/, errMark, 5_000);
    expect(child.exitCode).toBeNull();
    expect(readdirSync(file('out')).map((f) => [f, readFileSync(file(`out/${f}`), 'utf8')])).toEqual(before);

    // The repair.
    mark = stdout.length;
    writeFileSync(file('api.json'), api({ weight: { type: 'number' } }));
    await waitFor('stdout', /wrote out\/types\.ts/, mark, 5_000);
    expect(types()).toContain('weight?: number;');

    // A new file where a config glob looks is a new document.
    mark = stdout.length;
    writeFileSync(file('more/second.api.json'), api());
    await waitFor('stdout', /wrote more-out\/second-api\/types\.ts/, mark, 5_000);

    // The config: fewer targets, and the files no longer generated are removed.
    mark = stdout.length;
    writeFileSync(file('structgen.config.json'), config({ targets: ['ts'] }));
    await waitFor('stdout', /removed out\/(README\.md|schema\.json|zod\.ts)/, mark, 5_000);
    expect(readdirSync(file('out')).sort()).toEqual(['.structgen-manifest.json', 'types.ts']);

    const stopping = Date.now();
    child.kill('SIGINT');
    const { code } = await exited;
    expect(Date.now() - stopping).toBeLessThan(2_000);
    expect(code).toBe(0);
    expect(readdirSync(file('out')).filter((f) => f !== '.structgen-manifest.json' && f.includes('.structgen-'))).toEqual([]);
    expect(stderr).not.toContain('internal error');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}, 20_000);
