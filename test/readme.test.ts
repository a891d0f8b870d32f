/**
 * The README and docs/ as a user reads them: the README stays a page for users (at most 350 lines),
 * every link between the pages resolves (file and heading), every diagnostic code is documented, and
 * every `npx structgen` command in a shell block runs as written in a project set up like the README's
 * (the Install section itself runs in test/install.test.ts).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../src/index.js';
import { runSync, scratchProject } from './cli-support.js';
import { root } from './support.js';

const pages = ['README.md', ...readdirSync(path.join(root, 'docs')).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));
const text = (page: string) => readFileSync(path.join(root, page), 'utf8');

/** The anchors GitHub gives a page's headings. */
function anchors(page: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(
    text(page)
      .replace(/```[\s\S]*?```/g, '')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => slugger.slug(line.replace(/^#+ /, ''))),
  );
}

it('the README is a page for users: at most 350 lines', () => {
  expect(text('README.md').split('\n').length).toBeLessThanOrEqual(350);
});

it.each(pages)('every link in %s resolves to a file and heading of this repository', (page) => {
  const broken: string[] = [];
  const body = text(page).replace(/```[\s\S]*?```/g, '');
  for (const [, target] of body.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target!)) continue;
    const [file, anchor] = target!.split('#') as [string, string | undefined];
    const resolved = file === '' ? page : path.posix.join(path.posix.dirname(page), file);
    if (!existsSync(path.join(root, resolved))) broken.push(`${target} (no file ${resolved})`);
    else if (anchor !== undefined && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) broken.push(`${target} (no heading)`);
  }
  expect(broken).toEqual([]);
});

it('docs/diagnostics.md lists every diagnostic code in its table', () => {
  const docs = text('docs/diagnostics.md');
  for (const [code, info] of Object.entries(diagnosticCodes)) expect(docs).toContain(`| \`${code}\` | ${info.severity} |`);
});

describe('every npx structgen command in a shell block runs as written', () => {
  const project = scratchProject('readme');
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  writeFileSync(
    path.join(project, 'openapi.yaml'),
    [
      'openapi: 3.1.0',
      "info: { title: Pets, version: '1' }",
      'paths:',
      '  /pets/{petId}:',
      '    get:',
      '      operationId: getPet',
      '      tags: [pets]',
      '      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]',
      "      responses: { '200': { description: a pet, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } } }",
      'components:',
      '  schemas:',
      '    Pet: { type: object, required: [id, name], properties: { id: { type: integer }, name: { type: string } } }',
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(project, 'schemas'));
  cpSync(path.join(root, 'schemas/letta-job.json'), path.join(project, 'schemas/letta-job.json'));
  // The config of the README's Install section, generated once, so that --check has output to check.
  const install = /## Install\n[\s\S]*?```json\n([\s\S]*?)```/.exec(text('README.md'))![1]!;
  writeFileSync(path.join(project, 'structgen.config.json'), install);
  expect(runSync(['generate', '-q'], project).code).toBe(0);

  const commands = pages.flatMap((page) =>
    [...text(page).matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(([, block]) =>
      block!
        .split('\n')
        .map((line) => line.replace(/\s+#.*$/, '').trim())
        .filter((line) => line.startsWith('npx structgen '))
        .map((line) => [page, line] as const),
    ),
  );

  it('finds the commands', () => expect(commands.length).toBeGreaterThanOrEqual(5));

  it.each(commands)('%s: %s', (_page, line) => {
    const args = line.replace(/^npx structgen /, '').split(/\s+/);
    // A watch runs until stopped: that its flags parse is what can be checked here.
    if (args.includes('--watch')) args.splice(args.indexOf('--watch'), 1, '--check');
    const r = runSync(args, project);
    expect(r.stderr).not.toMatch(/ error |unknown option|internal error/);
    expect(r.code, r.stderr).toBe(0);
  });
});
