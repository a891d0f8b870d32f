/**
 * The output folder is replaced as a set. Real CLI runs on the Letta spec (347 schemas, 2.2 MB of output)
 * write into a folder holding an earlier output and are killed (SIGKILL, SIGINT, SIGTERM) at random
 * moments: spread over the whole run, and aimed at the write itself (from the moment the run's journal
 * appears). Every file is then classified. After SIGINT and SIGTERM the folder must hold the complete
 * earlier or the complete new set and no temporary file; after SIGKILL the next run (`--check` or
 * `generate`) must first restore a complete set and remove what the killed run left.
 *
 * The earlier output is the spec's `Job` alone with all four targets; the new one is the whole spec as
 * JSON Schema and docs (1.7 MB; the docs paged: README.md and some 60 pages under docs/), so the earlier
 * types.ts and zod.ts (same document, by their banners) must go as part of the set. (Two targets rather than four keep each run short; the write is the same.)
 *
 * Cost: about 47 runs (40 killed, a few recoveries) of 1-2.5 s CPU each, two at a time (about 60 s on
 * two idle cores; 100 s of CPU). Seeded: set STRUCTGEN_KILL_SEED to replay a sequence, and
 * STRUCTGEN_KILL_TRIALS to run more.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { filesBelow } from './cli-support.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { random, root, sharedData, sharedDataMissing } from './support.js';

const cli = path.join(root, 'dist/cli/main.js');
const skip = sharedDataMissing('output-set.test.ts: the kill test on the Letta spec');
const spec = path.join(sharedData, 'letta-openapi.json');
// Every run works in a folder of its own at the same depth, writing into its `out/`: the banners agree.
const newArgs = ['generate', spec, '--out', 'out', '--targets', 'json-schema,docs', '-q'];
const earlierArgs = ['generate', spec, '--out', 'out', '--entity', 'Job', '-q'];

type FileState = 'earlier' | 'new' | 'other' | 'temporary' | 'journal';
/** `+ leftovers`: temporary files, backups or a journal beside a complete set; `mixed`: earlier and new files together. */
type FolderState = 'earlier set' | 'new set' | 'earlier set + leftovers' | 'new set + leftovers' | 'mixed';

interface Trial {
  signal: 'SIGKILL' | 'SIGINT' | 'SIGTERM';
  aimed: boolean;
  delay: number;
}

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

/** Every file below `dir` (paged docs live in docs/), by relative path. */
const snapshot = (dir: string): Map<string, string> => filesBelow(dir);

describe.skipIf(skip)('the output folder is replaced as a set', () => {
  let work: string;
  let earlier: Map<string, string>;
  let fresh: Map<string, string>;
  /** How long a whole run takes, and how long its write (journal to exit) takes, measured once. */
  let runMs = 0;
  let writeMs = 0;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'structgen-set-'));
    mkdirSync(path.join(work, 'earlier'));
    expect(run(earlierArgs, path.join(work, 'earlier')).code).toBe(0);
    earlier = snapshot(path.join(work, 'earlier/out'));
    const timing = await killAt(withEarlierOutput('calibration'), undefined);
    runMs = timing.ms;
    writeMs = timing.writeMs ?? 50;
    fresh = snapshot(path.join(work, 'calibration/out'));
    // The whole spec's docs are paged: README.md as the index, and pages under docs/.
    expect([...fresh.keys()].filter((f) => !f.startsWith('docs/')).sort()).toEqual([
      '.structgen-manifest.json',
      'README.md',
      'docs-index.json',
      'llms.txt',
      'schema.json',
    ]);
    expect([...fresh.keys()].filter((f) => f.startsWith('docs/')).length).toBeGreaterThan(10);
    for (const name of ['README.md', 'schema.json']) expect(fresh.get(name), name).not.toBe(earlier.get(name));
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A run's folder, `work/<name>`, holding the earlier output in `out/`. Returns the run's folder. */
  function withEarlierOutput(name: string): string {
    cpSync(path.join(work, 'earlier'), path.join(work, name), { recursive: true });
    return path.join(work, name);
  }

  /**
   * Runs the CLI in `folder` (writing its `out/`), sending `trial.signal` after `trial.delay` ms (from the start, or from the
   * moment the journal appears when aimed). Without a trial it runs to the end and reports its timing.
   */
  function killAt(
    folder: string,
    trial: Trial | undefined,
  ): Promise<{ ms: number; writeMs?: number; code: number | null; signal: string | null }> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      let writeStarted: number | undefined;
      const out = path.join(folder, 'out');
      const child = spawn(process.execPath, [cli, ...newArgs], { cwd: folder, stdio: 'ignore' });
      const send = () => child.exitCode === null && child.signalCode === null && child.kill(trial!.signal);
      const watcher = watch(out, (_event, name) => {
        if (writeStarted !== undefined || !String(name).startsWith('.structgen-journal')) return;
        writeStarted = Date.now();
        if (trial?.aimed) setTimeout(send, trial.delay);
      });
      if (trial && !trial.aimed) setTimeout(send, trial.delay);
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        watcher.close();
        const ms = Date.now() - started;
        resolve({ ms, code, signal, ...(writeStarted !== undefined ? { writeMs: Date.now() - writeStarted } : {}) });
      });
    });
  }

  function classify(dir: string): { files: Record<string, FileState>; folder: FolderState } {
    const files: Record<string, FileState> = {};
    for (const [name, text] of snapshot(dir)) {
      files[name] = /^\.structgen-(journal|lock)/.test(name)
        ? 'journal'
        : /\.structgen-[\w-]+\.(tmp|old)$/.test(name)
          ? 'temporary'
          : text === fresh.get(name)
            ? 'new'
            : text === earlier.get(name)
              ? 'earlier'
              : 'other';
    }
    const own = Object.keys(files).filter((name) => files[name] !== 'temporary' && files[name] !== 'journal');
    const leftovers = own.length < Object.keys(files).length ? ' + leftovers' : '';
    const is = (set: Map<string, string>, state: FileState) =>
      own.sort().join(',') === [...set.keys()].sort().join(',') && own.every((name) => files[name] === state);
    const folder = (is(earlier, 'earlier') ? `earlier set${leftovers}` : is(fresh, 'new') ? `new set${leftovers}` : 'mixed') as FolderState;
    return { files, folder };
  }

  it('after kills at random moments: a complete set, no temporary file (after SIGKILL: once the next run has recovered)', async () => {
    const seed = Number(process.env['STRUCTGEN_KILL_SEED'] ?? 20260127);
    const count = Number(process.env['STRUCTGEN_KILL_TRIALS'] ?? 40);
    const next = random(seed);
    const signals = ['SIGKILL', 'SIGINT', 'SIGTERM'] as const;
    // Two in three aimed at the write (a little past its measured length), the rest anywhere in the run.
    const trials: Trial[] = Array.from({ length: count }, (_, i) => {
      const aimed = Math.floor(i / 3) % 3 !== 2;
      return { signal: signals[i % 3]!, aimed, delay: Math.round(next() * (aimed ? writeMs * 1.3 : runMs)) };
    });

    const tally = new Map<string, number>();
    const count1 = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
    const failures: string[] = [];
    let recoveries = 0;
    const one = async (trial: Trial, i: number) => {
      const folder = withEarlierOutput(`trial-${i}`);
      const out = path.join(folder, 'out');
      const ended = await killAt(folder, trial);
      const after = classify(out);
      const how = ended.signal ? `killed by ${ended.signal}` : `exit ${ended.code}`;
      count1(`${trial.signal} ${trial.aimed ? 'aimed' : 'anywhere'} -> ${after.folder}`);
      for (const state of Object.values(after.files)) count1(`files after ${trial.signal}: ${state}`);
      if (trial.signal !== 'SIGKILL') {
        if (after.folder !== 'earlier set' && after.folder !== 'new set')
          failures.push(`#${i} ${trial.signal} at ${trial.delay} ms (${how}): ${JSON.stringify(after.files)}`);
        return;
      }
      // A kill that left a complete set and nothing else needs no recovery; otherwise the next run,
      // alternately --check and generate, must first restore a complete set.
      if (after.folder === 'earlier set' || after.folder === 'new set') return;
      const check = (recoveries++ & 1) === 0;
      const again = run([...newArgs, ...(check ? ['--check'] : [])], folder);
      const recovered = classify(out);
      count1(`after SIGKILL, the next ${check ? '--check' : 'generate'} -> ${recovered.folder}`);
      const complete = recovered.folder === 'earlier set' || recovered.folder === 'new set';
      if (!complete || (!check && recovered.folder !== 'new set')) {
        failures.push(
          `#${i} SIGKILL at ${trial.delay} ms, then ${check ? '--check' : 'generate'} (exit ${again.code}): ${JSON.stringify(recovered.files)}\n${again.stderr}`,
        );
      }
      if (check && again.code !== (recovered.folder === 'new set' ? 0 : 1)) {
        failures.push(
          `#${i} SIGKILL at ${trial.delay} ms, then --check exited ${again.code} on ${JSON.stringify(recovered.files)} (before: ${JSON.stringify(after.files)})\n${again.stderr}`,
        );
      }
    };
    // Two runs at a time: the machine has two cores.
    for (let i = 0; i < trials.length; i += 2) await Promise.all(trials.slice(i, i + 2).map((t, j) => one(t, i + j)));

    console.info(
      `kill test (seed ${seed}, run ${runMs} ms, write ${writeMs} ms):\n` +
        [...tally]
          .sort()
          .map(([k, v]) => `  ${k}: ${v}`)
          .join('\n'),
    );
    expect(failures).toEqual([]);
    // The aimed kills did land in the write: some runs were caught with temporary files or a journal.
    expect([...tally.keys()].some((k) => /files after SIGKILL: (temporary|journal)/.test(k))).toBe(true);
  }, 300_000);

  it('a write that fails keeps the earlier set (a folder stands where README.md is to go)', () => {
    const folder = withEarlierOutput('blocked');
    const out = path.join(folder, 'out');
    rmSync(path.join(out, 'README.md'));
    mkdirSync(path.join(out, 'README.md'));
    const r = run(newArgs, folder);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/out\/README\.md error output-write-failed .*it is a folder/);
    for (const name of ['types.ts', 'schema.json', 'zod.ts']) expect(readFileSync(path.join(out, name), 'utf8')).toBe(earlier.get(name));
    expect(readdirSync(out).sort()).toEqual([
      '.structgen-manifest.json',
      'README.md',
      'docs-index.json',
      'llms.txt',
      'schema.json',
      'types.ts',
      'zod.ts',
    ]);
  }, 30_000);
});
