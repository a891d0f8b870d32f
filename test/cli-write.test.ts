/**
 * Write failures through the CLI: exit 1 with an `output-write-failed` error naming the path and the
 * system's reason, and the earlier output intact. A read-only folder needs a non-root user (the machine
 * runs as root: the case runs under `setpriv` as nobody when it is available) and a full disk a tiny
 * tmpfs (mounted when the machine allows it); each skips with a message otherwise. test/write.test.ts
 * injects the failures no machine produces on demand (a full disk half-way through, a failing rename).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './support.js';

const cli = path.join(root, 'dist/cli/main.js');

function run(args: string[], cwd: string, asUser?: string) {
  const command = asUser
    ? [
        'setpriv',
        ['--reuid', asUser, '--regid', asUser === 'nobody' ? 'nogroup' : asUser, '--clear-groups', process.execPath, cli, ...args],
      ]
    : [process.execPath, [cli, ...args]];
  const r = spawnSync(command[0] as string, command[1] as string[], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'structgen-cli-write-'));
  chmodSync(work, 0o755); // readable by the unprivileged user of the read-only case
  mkdirSync(path.join(work, 'schemas'));
  cpSync(path.join(root, 'schemas/letta-job.json'), path.join(work, 'schemas/letta-job.json'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Generates the default input into `out` and returns what it wrote. */
function earlierOutput(out: string): Record<string, string> {
  expect(run(['generate', 'schemas/letta-job.json', '--out', out, '-q'], work).code).toBe(0);
  return Object.fromEntries(readdirSync(path.join(work, out)).map((f) => [f, readFileSync(path.join(work, out, f), 'utf8')]));
}

const asRoot = process.getuid?.() === 0;
/** Whether the checkout can be run as nobody: setpriv exists and every folder down to the CLI is open to others. */
const canDropPrivileges =
  asRoot &&
  spawnSync('setpriv', [
    '--reuid',
    'nobody',
    '--regid',
    'nogroup',
    '--clear-groups',
    process.execPath,
    '-e',
    `require('fs').accessSync(${JSON.stringify(cli)})`,
  ]).status === 0;
if (asRoot && !canDropPrivileges) console.warn('skipped: the read-only case needs setpriv and a checkout readable by nobody');

describe('write failures exit 1 with output-write-failed', () => {
  it('--out names an existing file', () => {
    writeFileSync(path.join(work, 'a-file'), 'mine\n');
    const r = run(['generate', 'schemas/letta-job.json', '--out', 'a-file'], work);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^a-file error output-write-failed {2}cannot write a-file: EEXIST: file already exists$/m);
    expect(r.stderr).toContain('hint: --out must name a folder');
    expect(r.stderr).not.toContain('internal error');
    expect(readFileSync(path.join(work, 'a-file'), 'utf8')).toBe('mine\n');
  });

  it('--out names a path below a file', () => {
    writeFileSync(path.join(work, 'b-file'), 'mine\n');
    const r = run(['generate', 'schemas/letta-job.json', '--out', 'b-file/generated'], work);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^b-file\/generated error output-write-failed {2}cannot write b-file\/generated: ENOTDIR: not a directory$/m);
  });

  it.skipIf(!canDropPrivileges && asRoot)('a read-only folder, as a user who may not write it', () => {
    const before = earlierOutput('read-only');
    // The folder is root's and not writable by others; the run is nobody's (or the test's own user, not root).
    const r = run(['generate', 'schemas/letta-job.json', '--out', 'read-only', '--targets', 'ts'], work, asRoot ? 'nobody' : undefined);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^read-only error output-write-failed {2}cannot write read-only: EACCES: permission denied$/m);
    expect(r.stderr).toContain('structgen: the earlier output in read-only was left as it was.');
    const after = Object.fromEntries(
      readdirSync(path.join(work, 'read-only')).map((f) => [f, readFileSync(path.join(work, 'read-only', f), 'utf8')]),
    );
    expect(after).toEqual(before);
  });

  describe('a full disk', () => {
    const mount = path.join(tmpdir(), `structgen-full-${process.pid}`);
    let mounted = false;
    beforeAll(() => {
      mkdirSync(mount, { recursive: true });
      mounted = asRoot && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', mount]).status === 0;
      if (!mounted) console.warn('skipped: cannot mount a small tmpfs here (needs root); test/write.test.ts injects ENOSPC instead');
    });
    afterAll(() => {
      if (mounted) spawnSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    });

    it('the earlier output survives a write that runs out of space', (context) => {
      if (!mounted) return context.skip();
      cpSync(path.join(work, 'schemas'), path.join(mount, 'schemas'), { recursive: true });
      const before = (() => {
        expect(run(['generate', 'schemas/letta-job.json', '--out', 'out', '-q'], mount).code).toBe(0);
        return Object.fromEntries(readdirSync(path.join(mount, 'out')).map((f) => [f, readFileSync(path.join(mount, 'out', f), 'utf8')]));
      })();
      // The same document with a description long enough that four copies of it cannot fit.
      const job = JSON.parse(readFileSync(path.join(mount, 'schemas/letta-job.json'), 'utf8')) as { description: string };
      job.description = 'x'.repeat(30_000);
      writeFileSync(path.join(work, 'big.json'), JSON.stringify(job));
      // Another file's output in that folder: --overwrite says to take it over (the refusal is tested in ownership.test.ts).
      const r = run(['generate', path.join(work, 'big.json'), '--out', path.join(mount, 'out'), '--overwrite'], work);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/error output-write-failed {2}cannot write .*: ENOSPC: no space left on device/);
      const after = Object.fromEntries(
        readdirSync(path.join(mount, 'out')).map((f) => [f, readFileSync(path.join(mount, 'out', f), 'utf8')]),
      );
      expect(after).toEqual(before);
    });
  });

  it('a folder where a file is to go', () => {
    const before = earlierOutput('blocked');
    rmSync(path.join(work, 'blocked/zod.ts'));
    mkdirSync(path.join(work, 'blocked/zod.ts'));
    const r = run(['generate', 'schemas/letta-job.json', '--out', 'blocked'], work);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^blocked\/zod\.ts error output-write-failed {2}cannot write blocked\/zod\.ts: it is a folder$/m);
    for (const name of ['types.ts', 'schema.json', 'README.md'])
      expect(readFileSync(path.join(work, 'blocked', name), 'utf8')).toBe(before[name]);
    expect(existsSync(path.join(work, 'blocked/.structgen-journal.json'))).toBe(false);
  });
});
