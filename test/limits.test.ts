/**
 * Limits that hold on every input (issue 24): standard input is read only up to --max-input-bytes, and
 * hostile-but-small documents (an amplifying allOf, a quadratic escape, deep nesting) finish in
 * time and space proportional to their size. Time bounds are generous: the test machine is shared.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import {
  escapeMarkdownText,
  htmlCommentText,
  jsDocText,
  lineCommentText,
  markdownCell,
  markdownHeading,
  markdownText,
} from '../src/emit/escape.js';
import { cli, scratchProject } from './cli-support.js';

describe('standard input is bounded while it is read', () => {
  it('an endless stream of zeros is refused at --max-input-bytes, fast, having read little more than the limit', async () => {
    const dir = scratchProject('stdin-endless', false);
    const limit = 1_000_000;
    const started = Date.now();
    // The writer counts what the pipe took from it: structgen must stop reading near the limit.
    const writer = spawn(process.execPath, [
      '-e',
      `const b = Buffer.alloc(65536); let n = 0;
       process.stdout.on('error', () => { process.stderr.write(String(n)); process.exit(0); });
       const pump = () => { while (process.stdout.write(b)) { n += b.length; if (n > 256e6) { process.stderr.write(String(n)); process.exit(0); } } n += b.length; process.stdout.once('drain', pump); };
       pump();`,
    ]);
    const child = spawn(process.execPath, [cli, 'generate', '-', '--out', 'out', '--max-input-bytes', String(limit)], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    writer.stdout.pipe(child.stdin);
    child.stdin.on('error', () => {});
    let stderr = '';
    let written = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    writer.stderr.on('data', (d: Buffer) => (written += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    writer.stdout.unpipe(child.stdin);
    writer.stdout.destroy();
    await new Promise<void>((resolve) => (writer.exitCode !== null ? resolve() : writer.on('close', () => resolve())));
    const seconds = (Date.now() - started) / 1000;
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/^stdin error too-large {2}stdin holds more than the 1000000 bytes structgen reads/m);
    expect(seconds).toBeLessThan(15);
    // What the writer got rid of: the limit, plus what the pipes buffer (well under 16 MB).
    expect(Number(written)).toBeLessThan(limit + 16 * 1024 * 1024);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  }, 30_000);
});

describe('escaping is linear in the text', () => {
  const breaks = '\n'.repeat(100_000);
  const hostile = [
    `@${breaks}`,
    `@${breaks}x`,
    `${breaks}@`,
    `${'\n \t'.repeat(50_000)}@x`,
    `-${breaks}`,
    `1.${breaks}2`,
    `${breaks}- item`,
    `${breaks}12. item`,
    `${' '.repeat(100_000)}\n#`,
    `${'\r\n'.repeat(50_000)}@`,
  ];

  it('each escaper takes well under a second on 100,000 line breaks around a tag or block marker', () => {
    for (const text of hostile) {
      for (const escape of [jsDocText, markdownText, escapeMarkdownText, markdownCell, markdownHeading, lineCommentText, htmlCommentText]) {
        const started = performance.now();
        escape(text);
        expect(performance.now() - started, `${escape.name} on ${JSON.stringify(text.slice(-8))}`).toBeLessThan(1000);
      }
    }
    // Still escaped: a tag after blank lines, a list marker after indentation.
    expect(jsDocText('a\n\n  @b')).toBe('a\n\n  \\@b');
    expect(escapeMarkdownText('a\n\n- b')).toBe('a\n\n\\- b');
  });

  it('a document whose descriptions hold them generates every target in seconds', async () => {
    const properties = Object.fromEntries(hostile.map((description, i) => [`p${i}`, { type: 'string', description, title: description }]));
    const document = JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Hostile',
      type: 'object',
      description: hostile[0],
      properties,
    });
    const started = performance.now();
    const result = await generate({ input: { document, name: 'hostile.json' }, targets: ['ts', 'zod', 'json-schema', 'docs'] });
    const seconds = (performance.now() - started) / 1000;
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files.find((f) => f.path === 'types.ts')?.contents).toContain('\\@');
    expect(seconds).toBeLessThan(10);
  }, 60_000);
});
