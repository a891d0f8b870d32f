/**
 * Text safety (issue 24): file names and spec text reach terminals, CI logs and generated files only
 * escaped. No reporter prints a raw control character or a line that GitHub Actions would read as a
 * workflow command (`::error ...`), and no generated file holds a control character besides newline and tab.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, generate, reporterNames, terminalLine, type Diagnostic } from '../src/index.js';
import { runSync, scratchProject } from './cli-support.js';
import { root } from './support.js';

// eslint-disable-next-line no-control-regex
const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const hostileName = 'a\n::error file=x,line=1::forged\u001b[2J\u0000\u009b.json';

/** structgen's own annotations (the github reporter's): every property escaped, so `::` comes once, before the message. */
const ownCommand = /^::(?:error|warning) (?:file=[^:]*,)?(?:line=\d+,)?(?:col=\d+,)?title=structgen [a-z-]+::/;

/** Every line of a run's output: none but structgen's own annotations starts a workflow command, none holds a control character. */
function expectSafe(output: string, ownCommands?: number): void {
  const lines = output.split('\n');
  const commands = lines.filter((l) => /^\s*::/.test(l));
  for (const line of commands) expect(line).toMatch(ownCommand);
  if (ownCommands !== undefined) expect(commands).toHaveLength(ownCommands);
  for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(rawControl);
}

describe('reporters', () => {
  const diagnostic: Diagnostic = {
    code: 'unresolved-ref',
    severity: 'error',
    message: 'no definition "X\n::warning::forged\u001b[31m"',
    file: hostileName,
    pointer: '/a\u0007b',
    line: 3,
    column: 4,
    hint: 'fix\r\n::notice::forged',
  };

  it('text, json and github escape controls in file names as well as in messages, and form no workflow command', () => {
    for (const reporter of reporterNames) {
      const text = formatReport(reporter, [diagnostic, { ...diagnostic, file: '::stop-commands::token' }]);
      // The github reporter's own two commands are the only lines starting with `::`.
      expectSafe(text, reporter === 'github' ? 2 : 0);
      if (reporter === 'github')
        for (const line of text.split('\n')) expect(line).toMatch(/^::error file=[^:\n]*,line=3,col=4,title=structgen unresolved-ref::/);
    }
    expect(formatReport('text', [diagnostic])).toContain(
      'a ::error file=x,line=1::forged\\u001b[2J\\u0000\\u009b.json:3:4 error unresolved-ref',
    );
    expect(terminalLine('::error::x')).toBe('./::error::x');
    expect(JSON.parse(formatReport('json', [diagnostic]))).toEqual([diagnostic]);
  });

  it('the CLI prints file names from the command line, written folders and removed files safely, under every reporter', () => {
    const dir = scratchProject('text-safety');
    mkdirSync(path.join(dir, 'schemas'));
    cpSync(path.join(root, 'schemas/letta-job.json'), path.join(dir, 'schemas/letta-job.json'));
    for (const reporter of reporterNames) {
      // A missing input with a hostile name: a located diagnostic naming it.
      // (An argument cannot hold a NUL.)
      const missing = runSync(['generate', hostileName.replace('\u0000', ''), '--out', 'o', '--reporter', reporter], dir);
      expect(missing.code).toBe(1);
      expectSafe(missing.stdout, reporter === 'github' ? 1 : 0);
      expectSafe(missing.stderr);
    }
    // An output folder with a hostile name: "wrote ..." lines.
    const out = 'out\n::error::forged\u001b[31m';
    const wrote = runSync(['generate', 'schemas/letta-job.json', '--out', out, '--reporter', 'github'], dir);
    expect(wrote.code, wrote.stderr).toBe(0);
    expectSafe(wrote.stdout);
    expect(wrote.stdout).toContain('structgen: wrote 6 files in out ::error::forged\\u001b[31m (6 changed)');
    // A file of the output renamed to a hostile name: the next run removes it as stale, or refuses it; either way it prints it safely.
    renameSync(path.join(dir, out, 'README.md'), path.join(dir, out, 'x\n::error file=a::forged\u001b[2J.md'));
    for (const args of [['--check'], []]) {
      const again = runSync(['generate', 'schemas/letta-job.json', '--out', out, '--reporter', 'github', ...args], dir);
      expectSafe(again.stdout);
      expect(again.stdout).not.toMatch(/^::error file=a::forged/m);
      expectSafe(again.stderr);
    }
  });
});

describe('generated files hold no control characters but newline and tab', () => {
  const c = 'A\u0000B\u0001C\u0007D\u001bE[31mF\u007fG\u0085H\u009bI\rJ\u000bK\u000cL\u2028M';
  const document = JSON.stringify({
    openapi: '3.1.0',
    info: { title: `T${c}`, version: `1${c}`, description: `D${c}` },
    tags: [{ name: `tag${c}`, description: `td${c}` }],
    paths: {
      [`/p${c}/{id}`]: {
        get: {
          operationId: `op${c}`,
          summary: `S${c}`,
          description: `OD${c}`,
          tags: [`tag${c}`],
          parameters: [{ name: 'id', in: 'path', required: true, description: `pd${c}`, schema: { type: 'string', example: `ex${c}` } }],
          responses: { '200': { description: `R${c}`, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Pet: {
          type: 'object',
          title: `PT${c}`,
          description: `PD${c}`,
          properties: {
            [`name${c}`]: {
              type: 'string',
              description: `ND${c}`,
              default: `df${c}`,
              examples: [`e${c}`],
              pattern: `^a${c.replace(/[[\]]/g, '')}$`,
              format: `fmt${c}`,
            },
            kind: { enum: [`k${c}`, 'plain'], description: `KD${c}` },
            lit: { const: `c${c}` },
          },
          required: ['kind'],
          'x-ext': `xe${c}`,
        },
        [`Weird${c}`]: { type: 'string', description: `W${c}` },
      },
    },
  });

  it('types.ts, zod.ts, schema.json and the docs escape them per context (a NUL made git call them binary)', async () => {
    const result = await generate({ input: { document, name: `api${c}.json` } });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'docs-index.json',
      'llms.txt',
      'schema.json',
      'types.ts',
      'zod.ts',
    ]);
    for (const file of result.files) expect(file.contents, file.path).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const byPath = new Map(result.files.map((f) => [f.path, f.contents]));
    // Visible in comments and Markdown, escapes in literals and JSON (which still read back as the text).
    expect(byPath.get('types.ts')).toContain(' * PDA\\u0000B\\u0001C\\u0007D\\u001bE[31mF\\u007fG\\u0085H\\u009bI');
    expect(byPath.get('README.md')).toContain('PDA\\\\u0000B');
    expect(byPath.get('schema.json')).toContain('"PDA\\u0000B\\u0001C\\u0007D\\u001bE[31mF\\u007fG\\u0085H\\u009bI');
    expect(byPath.get('zod.ts')).toContain('"kA\\u0000B\\u0001C\\u0007D\\u001bE[31mF\\u007fG\\u0085H\\u009bI');
  });

  it('a written output folder of such a document holds none either', () => {
    const dir = scratchProject('text-safety-files', false);
    writeFileSync(path.join(dir, 'api.json'), document);
    const r = runSync(['generate', 'api.json', '--out', 'out', '-q'], dir);
    expect(r.code, r.stderr).toBe(0);
    for (const entry of readdirSync(path.join(dir, 'out'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      expect(readFileSync(path.join(entry.parentPath, entry.name), 'latin1'), entry.name).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    }
    expect(existsSync(path.join(dir, 'out/types.ts'))).toBe(true);
  });
});
