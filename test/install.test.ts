/**
 * The README's "Install" section, run as written: a copy of this checkout packed with `npm pack` (its
 * prepack script builds it), the tarball installed into a fresh project beside it with its dependencies,
 * the npm script run, the output compiled with `tsc --strict`, and the package loaded with `require`.
 * The copy's dependencies are this checkout's, linked: the section's `npm ci` is left out. npm prefers
 * its cache (the dependencies are the ones this checkout installed), so the test works offline; the
 * registry is used only for what the cache lacks.
 *
 * The install is held to issue 30's budget and to what the README says of it: at most 30 packages and
 * 45 MB (structgen and its dependencies, zod left out), the figures the README states, no npm warning
 * while packing or installing, a short pack (no file-by-file listing), and a first `npx structgen` in
 * seconds.
 *
 * Cost: one build and one install (about 30-60 s on two cores).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, tsFilesBelow, typecheck } from './support.js';

/** The code blocks of a README section, by language, in order. */
function sectionBlocks(heading: string): { lang: string; text: string }[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README has no "## ${heading}"`).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));
}

const work = mkdtempSync(path.join(tmpdir(), 'structgen-install-'));
// Removing the packed checkout and the project's node_modules takes seconds, more on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('README: Install', () => {
  it('runs as written: pack, install into a project, npm run generate, compile, require', () => {
    const blocks = sectionBlocks('Install');
    const shell = blocks.find((b) => b.lang === 'sh')!;
    expect(shell.text).toContain('npm ci --silent && npm pack --silent');
    const script = shell.text.replace('npm ci --silent && ', '');
    const config = blocks.find((b) => b.lang === 'json')!;

    // "a structgen checkout beside your project as ../structgen": this checkout's files; node_modules
    // linked so that prepack can build.
    const checkout = path.join(work, 'structgen');
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && !f.startsWith('test/') && !f.startsWith('generated/'));
    for (const file of tracked) {
      mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
      cpSync(path.join(root, file), path.join(checkout, file));
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(checkout, 'node_modules'));

    // "your project": a package.json, the config the README shows, and a schema for its glob.
    const app = path.join(work, 'my-app');
    mkdirSync(path.join(app, 'schemas'), { recursive: true });
    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'my-app', version: '1.0.0', private: true, type: 'module' }, null, 2),
    );
    writeFileSync(path.join(app, 'structgen.config.json'), config.text);
    cpSync(path.join(root, 'schemas/letta-job.json'), path.join(app, 'schemas/letta-job.json'));

    // As a user's shell would have it: none of the npm_* variables `npm test` sets for its own run
    // (a nested npm reads them as its configuration), and npm's cache before the registry.
    const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    Object.assign(env, {
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_loglevel: 'warn',
    });
    const run = spawnSync('sh', ['-e', '-c', script], { cwd: app, encoding: 'utf8', env, timeout: 240_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    // No warning (npm 11 lists a prepare script of a package installed from a tarball or git for review;
    // structgen has none), and the pack says only what it wrote.
    expect(run.stderr).not.toMatch(/npm warn/i);
    expect(run.stdout.split('\n').filter((line) => /\.tgz$/.test(line))).toEqual([expect.stringMatching(/^structgen-\d+\.\d+\.\d+\.tgz$/)]);

    const pkg = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts['generate']).toBe('structgen generate');
    expect(pkg.devDependencies['structgen']).toMatch(/structgen-\d+\.\d+\.\d+\.tgz$/);
    expect(readdirSync(path.join(app, 'src/generated/letta-job')).sort()).toEqual([
      '.structgen-manifest.json',
      'README.md',
      'docs-index.json',
      'llms.txt',
      'schema.json',
      'types.ts',
      'zod.ts',
    ]);
    // zod was installed, so no zod-missing; the run reported what it wrote.
    expect(run.stderr).not.toContain('zod-missing');
    expect(run.stdout).toContain('structgen: 1 document: 6 files written, 0 unchanged.');

    // The weight: every package npm installed for structgen (zod is the project's own), and their size.
    const installed = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: app, encoding: 'utf8', env })
      .split('\n')
      .filter((line) => line && line !== app && !line.endsWith(`${path.sep}node_modules${path.sep}zod`));
    const megabytes =
      Number(execFileSync('du', ['-sk', '--exclude=zod', path.join(app, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]) / 1024;
    expect(installed.length).toBeLessThanOrEqual(30);
    expect(megabytes).toBeLessThanOrEqual(45);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const stated = /brings (\d+) packages and (\d+) MB/.exec(readme);
    expect(stated, 'the README states the install weight').not.toBeNull();
    expect(Number(stated![1])).toBe(installed.length);
    expect(Math.abs(Number(stated![2]) - megabytes)).toBeLessThanOrEqual(2);

    // The first `npx structgen` runs the installed bin: seconds, not the minute of a copy.
    const started = performance.now();
    const version = spawnSync('npx', ['structgen', '--version'], { cwd: app, encoding: 'utf8', env, timeout: 60_000 });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(performance.now() - started).toBeLessThan(15_000);

    const cjs = spawnSync(process.execPath, ['-e', "console.log(Object.keys(require('structgen')).sort().join(' '))"], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(cjs.status, cjs.stderr).toBe(0);
    expect(cjs.stdout.trim().split(' ')).toEqual(expect.arrayContaining(['generate', 'writeOutput', 'defineConfig', 'formatDiagnostics']));
  }, 300_000);

  it('the generated output compiles with tsc --strict against the zod the project installed', async () => {
    const app = path.join(work, 'my-app');
    expect(await typecheck(tsFilesBelow(path.join(app, 'src/generated')))).toEqual([]);
    const zod = JSON.parse(readFileSync(path.join(app, 'node_modules/zod/package.json'), 'utf8')) as { version: string };
    expect(zod.version).toMatch(/^4\./);
  }, 60_000);
});

/** Whether this checkout is a git work tree (a copy without .git skips the git checks, saying so). */
function gitHead(): string | undefined {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return head.status === 0 ? head.stdout.trim() : undefined;
}

/** The files of a folder that differ between the work tree and HEAD, or are untracked there. */
function changedBelow(folder: string): string[] {
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', folder], { cwd: root, encoding: 'utf8' });
  return status.split('\n').filter(Boolean);
}

const head = gitHead();
if (!head) console.warn('install.test.ts: not a git checkout; the committed dist/ and the install from git are not checked');

describe.skipIf(!head)('README: installing from git', () => {
  it('the committed dist/ is the build of the committed src/', (context) => {
    // `npm test` has just built dist/ from the work tree's src/; with src/ as committed, dist/ must be too.
    if (changedBelow('src').length > 0) {
      console.warn('install.test.ts: src/ has uncommitted changes, so dist/ is not compared with the commit');
      context.skip();
    }
    expect(changedBelow('dist'), 'dist/ differs from the commit: run npm run build and commit dist/ with src/').toEqual([]);
  });

  it('npm install git+file://… installs the committed tree with no install script and no warning', () => {
    const app = path.join(work, 'from-git');
    mkdirSync(app, { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'from-git', version: '1.0.0', private: true }, null, 2));
    const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    Object.assign(env, {
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    });
    const install = spawnSync('npm', ['install', '--save-dev', `git+file://${root}#${head}`], {
      cwd: app,
      encoding: 'utf8',
      env,
      timeout: 280_000,
    });
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    expect(install.stderr).not.toMatch(/npm warn/i);
    const version = spawnSync('npx', ['structgen', '--version'], { cwd: app, encoding: 'utf8', env, timeout: 60_000 });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 300_000);
});
