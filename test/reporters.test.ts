/**
 * --reporter json and github on every bad input of the CLI tests: json is one valid JSON array holding
 * exactly the diagnostics the text reporter prints; github prints one workflow command per diagnostic,
 * each of which parses back (properties and message unescaped) to the same diagnostic.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostics, type Diagnostic } from '../src/index.js';
import { badInputs } from './cli-cases.js';
import { runSync, scratchProject, type CliRun } from './cli-support.js';

let work: string;
beforeAll(() => {
  work = scratchProject('reporters');
  for (const [file, text] of badInputs) writeFileSync(path.join(work, file), text);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
const nothingWritten = 'structgen: nothing was written for';

/** The inverse of the runner's escaping (the Actions toolkit's escapeData / escapeProperty). */
const unescape = (text: string) =>
  text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');

function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties = Object.fromEntries(
    (match[2] ?? '')
      .split(',')
      .filter(Boolean)
      .map((p) => {
        const [key, ...value] = p.split('=');
        return [key!, unescape(value.join('='))];
      }),
  );
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

describe.each(badInputs)('%s', (file) => {
  let text: CliRun, json: CliRun, github: CliRun;
  beforeAll(() => {
    text = runSync(['generate', file, '--out', 'out'], work);
    json = runSync(['generate', file, '--out', 'out', '--reporter', 'json'], work);
    github = runSync(['generate', file, '--out', 'out', '--reporter', 'github'], work);
  });

  it('json: one JSON array on stdout with the diagnostics text prints, exit 1', () => {
    expect(json.code).toBe(1);
    const diagnostics = JSON.parse(json.stdout) as Diagnostic[];
    expect(Array.isArray(diagnostics)).toBe(true);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(Object.keys(d)).toEqual(expect.arrayContaining(['code', 'severity', 'message']));
    expect(text.code).toBe(1);
    expect(text.stderr.slice(0, text.stderr.indexOf(nothingWritten))).toBe(formatDiagnostics(diagnostics) + '\n');
  });

  it('github: workflow commands that parse back to the same diagnostics', () => {
    expect(github.code).toBe(1);
    const diagnostics = JSON.parse(json.stdout) as Diagnostic[];
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(diagnostics.length);
    for (const [i, line] of lines.entries()) {
      const d = diagnostics[i]!;
      const parsed = parseWorkflowCommand(line);
      expect(parsed.command).toBe(d.severity);
      expect(parsed.properties).toEqual({
        ...(d.file !== undefined ? { file: d.file } : {}),
        ...(d.line !== undefined ? { line: String(d.line) } : {}),
        ...(d.column !== undefined ? { col: String(d.column) } : {}),
        title: `structgen ${d.code}`,
      });
      expect(parsed.message).toBe(
        `${d.pointer !== undefined ? `#${d.pointer} ` : ''}${d.message.replace(/[\n]/g, ' ')}${d.hint ? `\nhint: ${d.hint}` : ''}`,
      );
    }
  });
});

it('escapes what would end a property or the message early', async () => {
  const { formatReport } = await import('../src/index.js');
  const line = formatReport('github', [
    { code: 'invalid-json', severity: 'error', message: 'a\nb 100% c::d', file: 'we,ird:name.json', line: 1, column: 2, hint: 'x' },
  ]);
  expect(line).toBe('::error file=we%2Cird%3Aname.json,line=1,col=2,title=structgen invalid-json::a b 100%25 c::d%0Ahint: x');
  expect(parseWorkflowCommand(line).properties['file']).toBe('we,ird:name.json');
});
