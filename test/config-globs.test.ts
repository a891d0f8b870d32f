/**
 * Config globs stay bounded (issue 24): a glob searches the config's folder, or a folder the pattern
 * names; one that would walk the file system's root or a folder holding the config's own is refused
 * at once with a located invalid-config (before, `/**` walked the whole disk silently).
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSync, scratchProject } from './cli-support.js';
import { root } from './support.js';

function project(pattern: string): string {
  const dir = scratchProject('globs');
  mkdirSync(path.join(dir, 'proj/schemas'), { recursive: true });
  mkdirSync(path.join(dir, 'shared'));
  cpSync(path.join(root, 'schemas/letta-job.json'), path.join(dir, 'proj/schemas/letta-job.json'));
  cpSync(path.join(root, 'schemas/letta-job.json'), path.join(dir, 'shared/other-job.json'));
  writeFileSync(
    path.join(dir, 'proj/structgen.config.json'),
    JSON.stringify({ documents: [{ input: pattern, out: 'gen/[name]', targets: ['ts'] }] }),
  );
  return path.join(dir, 'proj');
}

describe('config globs', () => {
  for (const [pattern, walks] of [
    ['/**/*.json', 'the whole file system (/)'],
    ['../**/*.json', 'a folder that holds the config'],
    ['../../*/*.json', 'a folder that holds the config'],
  ] as const) {
    it(`${pattern} is refused at once, located, naming what it would walk`, () => {
      const started = Date.now();
      const r = runSync(['generate', '-q'], project(pattern));
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^structgen\.config\.json:1:\d+ error invalid-config #\/documents\/0\/input {2}the glob .* would walk /m);
      expect(r.stderr).toContain(walks);
    });
  }

  it('a glob in the config folder, or in a folder the pattern names, still matches', () => {
    const inside = runSync(['generate', '-q'], project('schemas/**/*.json'));
    expect(inside.code, inside.stderr).toBe(0);
    const named = runSync(['generate', '-q'], project('../shared/*.json'));
    expect(named.code, named.stderr).toBe(0);
  });

  it('node_modules is not searched', () => {
    const dir = project('schemas/**/*.json');
    mkdirSync(path.join(dir, 'schemas/node_modules/some-package'), { recursive: true });
    writeFileSync(path.join(dir, 'schemas/node_modules/some-package/package.json'), '{"name": "some-package"}');
    const r = runSync(['generate', '-q'], dir);
    expect(r.code, r.stderr).toBe(0);
  });
});
