/**
 * The CLI as users run it (the built `dist/cli/main.js`, as `npm test` builds first): exit codes, output
 * on stdout/stderr, `--check`, and that a failed run writes nothing and keeps earlier output intact.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { badInputs, flat } from './cli-cases.js';
import { root } from './support.js';

const cli = path.join(root, 'dist/cli/main.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch project folder holding the default input, as a user's checkout would. */
let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'structgen-cli-'));
  mkdirSync(path.join(work, 'schemas'));
  cpSync(path.join(root, 'schemas/letta-job.json'), path.join(work, 'schemas/letta-job.json'));
});

function write(name: string, text: string): string {
  writeFileSync(path.join(work, name), text);
  return name;
}

describe('structgen CLI', () => {
  it('prints help and version with exit 0', () => {
    const help = run(['--help'], work);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('generate');
    const generateHelp = run(['generate', '--help'], work);
    expect(generateHelp.stdout).toMatch(/--targets/);
    expect(generateHelp.stdout).toMatch(/--check/);
    const version = run(['--version'], work);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('with no input and no config, says what it looked for and how to start (exit 2), and writes nothing', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'structgen-empty-'));
    try {
      const r = run(['generate'], empty);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `no input was named, and ${empty} has no config file (looked for structgen.config.{ts, mts, cts, mjs, js, cjs, json})`,
      );
      expect(r.stderr).toContain('npx structgen generate openapi.yaml');
      expect(r.stderr).toContain('"documents"');
      expect(r.stderr).not.toContain('letta');
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('generates the sample input (npm run generate) into generated/letta-job/, matching the checked-in copy', () => {
    const r = run(['generate', 'schemas/letta-job.json'], work);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('lossy-field');
    const out = path.join(work, 'generated/letta-job');
    expect(readdirSync(out).sort()).toEqual([
      '.structgen-manifest.json',
      'README.md',
      'docs-index.json',
      'llms.txt',
      'schema.json',
      'types.ts',
      'zod.ts',
    ]);
    for (const file of readdirSync(out)) {
      expect(readFileSync(path.join(out, file), 'utf8')).toBe(readFileSync(path.join(root, 'generated/letta-job', file), 'utf8'));
    }
  });

  it('honours --out and --targets', () => {
    const r = run(['generate', 'schemas/letta-job.json', '--out', 'out', '--targets', 'ts,json-schema'], work);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(work, 'out')).sort()).toEqual(['.structgen-manifest.json', 'schema.json', 'types.ts']);
    expect(readFileSync(path.join(work, 'out/types.ts'), 'utf8')).toContain('--targets ts,json-schema');
  });

  it('exits 2 on usage errors', () => {
    expect(run(['generate', 'schemas/letta-job.json', '--targets', 'ts,python'], work).code).toBe(2);
    expect(run(['generate', '--nope'], work).code).toBe(2);
    expect(run(['frobnicate'], work).code).toBe(2);
  });

  it('--check passes when current, fails after an edit and writes nothing', () => {
    expect(run(['generate', 'schemas/letta-job.json', '--out', 'out'], work).code).toBe(0);
    const check = run(['generate', 'schemas/letta-job.json', '--out', 'out', '--check'], work);
    expect(check.code).toBe(0);
    const types = path.join(work, 'out/types.ts');
    writeFileSync(types, readFileSync(types, 'utf8') + '// edited\n');
    const stale = run(['generate', 'schemas/letta-job.json', '--out', 'out', '--check'], work);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(path.join('out', 'types.ts'));
    expect(readFileSync(types, 'utf8')).toContain('// edited');
    expect(run(['generate', 'schemas/letta-job.json', '--out', 'fresh', '--check'], work).code).toBe(1);
    expect(existsSync(path.join(work, 'fresh'))).toBe(false);
  });

  describe('bad input exits 1, with a located message, writing nothing', () => {
    it.each(badInputs)('%s', (file, text, message) => {
      write(file, text);
      mkdirSync(path.join(work, 'out'));
      writeFileSync(path.join(work, 'out/types.ts'), 'earlier output\n');
      const r = run(['generate', file, '--out', 'out'], work);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('nothing was written');
      expect(readdirSync(path.join(work, 'out'))).toEqual(['types.ts']);
      expect(readFileSync(path.join(work, 'out/types.ts'), 'utf8')).toBe('earlier output\n');
    });

    it('a missing file', () => {
      const r = run(['generate', 'nope.json'], work);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/nope\.json error file-not-found/);
    });
  });

  it('warns (exit 0) when fieldCount and requiredCount disagree with the fields', () => {
    write('counts.json', flat([{ name: 'a', type: 'string', required: true }], { fieldCount: 3, requiredCount: 0 }));
    const r = run(['generate', 'counts.json', '--out', 'out'], work);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/counts\.json:\d+:\d+ warning count-mismatch #\/fieldCount +fieldCount is 3 but fields has 1 entries/);
    expect(r.stderr).toMatch(/warning count-mismatch #\/requiredCount/);
  });
});

describe('progress line', () => {
  const spec = () =>
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: Object.fromEntries(
          Array.from({ length: 60 }, (_, i) => [`S${i}`, { type: 'object', properties: { a: { type: 'string' } } }]),
        ),
      },
    });

  it('is drawn on a terminal for large specs and never when piped or in CI', async () => {
    const { runCli } = await import('../src/cli/program.js');
    write('big.json', spec());
    const capture = async (interactive: boolean) => {
      let err = '';
      const code = await runCli(['generate', 'big.json', '--out', 'out'], {
        stdout: () => {},
        stderr: (t) => (err += t),
        cwd: work,
        interactive,
      });
      return { code, err };
    };
    const tty = await capture(true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/\r\x1b\[Kstructgen: formatting README\.md \(60 definitions\)/);
    const piped = await capture(false);
    expect(piped.err).not.toContain('formatting');
    // The spawned CLI runs with CI set by the test runner's environment or a pipe: no progress either.
    expect(run(['generate', 'big.json', '--out', 'out2'], work).stderr).not.toContain('formatting');
  });
});
