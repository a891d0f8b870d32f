/**
 * `structgen generate --watch` does not feed on itself, and follows files coming and going under a
 * config glob. Issue 24 found 93-144 runs in 20 s with no edit when `--out` sat in the input's folder,
 * and 60-125 with a config glob `**\/*.json` whose folder held `out/` (its own temp files, journal and
 * generated schema.json taken up as new documents); issue 30 found a file copied where a glob looks
 * planned twice (`duplicate-output`, the document counted failed).
 *
 * Each case runs the real CLI and waits for what it says; a quiet period of 3 s must hold no run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { cli, scratchProject } from './cli-support.js';
import { root } from './support.js';

const quietMs = 3_000;
const api = (title: string) =>
  JSON.stringify({
    openapi: '3.1.0',
    info: { title, version: '1' },
    paths: {},
    components: { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } },
  });

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** The watching CLI in `dir`, with a way to wait for its output and to stop it. */
function watching(dir: string, args: string[]) {
  child = spawn(process.execPath, [cli, 'generate', '--watch', ...args], { cwd: dir });
  const out = { stdout: '', stderr: '' };
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  child.stdout!.on('data', (d: Buffer) => ((out.stdout += d.toString()), wake()));
  child.stderr!.on('data', (d: Buffer) => ((out.stderr += d.toString()), wake()));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp, from: number, ms = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms:\n${out.stdout}\n${out.stderr}`)), ms);
      const look = () => {
        if (pattern.test(out.stdout.slice(from))) {
          clearTimeout(timer);
          resolve();
        } else waiters.push(look);
      };
      look();
    });
  const stop = async () => {
    child!.kill('SIGINT');
    expect(await exited).toBe(0);
  };
  const runs = () => (out.stdout.match(/changed; generating/g) ?? []).length;
  return { out, waitFor, stop, runs };
}

const quiet = () => new Promise((resolve) => setTimeout(resolve, quietMs));

it('--out inside the input folder: no run without an edit, one run per edit', async () => {
  const dir = scratchProject('watch-own');
  cpSync(path.join(root, 'schemas/letta-job.json'), path.join(dir, 'schema.json'));
  const w = watching(dir, ['schema.json', '--out', 'out']);
  await w.waitFor(/watching \d+ files? for changes/, 0);
  await quiet();
  expect(w.runs()).toBe(0);

  const mark = w.out.stdout.length;
  writeFileSync(path.join(dir, 'schema.json'), JSON.stringify({ ...(readJson(path.join(dir, 'schema.json')) as object), title: 'Edited' }));
  await w.waitFor(/wrote 6 files in out/, mark);
  await quiet();
  expect(w.runs()).toBe(1);
  await w.stop();
  expect(w.out.stderr).not.toMatch(/ error /);
}, 60_000);

it('a config glob **/*.json over a folder holding out/: its output, temp files and journal are not documents', async () => {
  const dir = scratchProject('watch-glob');
  mkdirSync(path.join(dir, 'schemas'));
  writeFileSync(path.join(dir, 'schemas/pets.json'), api('pets'));
  writeFileSync(path.join(dir, 'structgen.config.json'), JSON.stringify({ documents: [{ input: '**/*.json', out: 'out/[name]' }] }));
  const w = watching(dir, []);
  await w.waitFor(/watching \d+ files? for changes/, 0);
  expect(w.out.stdout).toContain('structgen: 1 document: 6 files written');
  await quiet();
  expect(w.runs()).toBe(0);
  // A second plain run does not take up out/pets/schema.json either.
  expect(readdirSync(path.join(dir, 'out'))).toEqual(['pets']);
  await w.stop();
}, 60_000);

it('a file added, renamed and deleted under a config glob is planned once each time', async () => {
  const dir = scratchProject('watch-files');
  mkdirSync(path.join(dir, 'schemas'));
  writeFileSync(path.join(dir, 'schemas/pets.json'), api('pets'));
  writeFileSync(path.join(dir, 'structgen.config.json'), JSON.stringify({ documents: [{ input: 'schemas/*.json', out: 'gen/[name]' }] }));
  const w = watching(dir, []);
  await w.waitFor(/watching \d+ files? for changes/, 0);

  // Added: one run of one document.
  let mark = w.out.stdout.length;
  writeFileSync(path.join(dir, 'schemas/shop.json'), api('shop'));
  await w.waitFor(/wrote 6 files in gen\/shop/, mark);
  await quiet();
  expect(w.out.stdout.slice(mark).match(/changed; generating 1 document\b/g)).toHaveLength(1);

  // Renamed: the new name is one new document.
  mark = w.out.stdout.length;
  renameSync(path.join(dir, 'schemas/shop.json'), path.join(dir, 'schemas/store.json'));
  await w.waitFor(/wrote 6 files in gen\/store/, mark);
  await quiet();
  expect(w.out.stdout.slice(mark).match(/generating \d+ documents?/g)).toEqual(['generating 1 document']);

  // Deleted: nothing to generate, and no error.
  mark = w.out.stdout.length;
  rmSync(path.join(dir, 'schemas/store.json'));
  await quiet();
  expect(w.out.stdout.slice(mark)).not.toMatch(/generating/);

  await w.stop();
  expect(w.out.stderr).not.toMatch(/duplicate-output| error |failed/);
}, 90_000);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
