/**
 * Generated validators evaluate no code: no eval or Function in any generated file, and a generated
 * module still validates correctly under `node --disallow-code-generation-from-strings` (where Zod
 * switches its own JIT off too).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root, tsFilesBelow } from './support.js';

describe('generated validators evaluate no code', () => {
  const files = [...tsFilesBelow(path.join(root, 'generated')), ...tsFilesBelow(path.join(root, 'test/snapshots'))].filter((f) =>
    f.endsWith('zod.ts'),
  );

  it.each(files.map((f) => path.relative(root, f)))('%s has no eval or Function', (file) => {
    const source = readFileSync(path.join(root, file), 'utf8');
    expect(source).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/);
  });

  it('validates under --disallow-code-generation-from-strings', () => {
    const dir = path.join(root, 'test/.tmp/no-eval');
    mkdirSync(dir, { recursive: true });
    const source = readFileSync(path.join(root, 'test/snapshots/openapi-keywords/zod.ts'), 'utf8');
    writeFileSync(
      path.join(dir, 'zod.mjs'),
      ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText,
    );
    const valid = readFileSync(path.join(root, 'test/fixtures/openapi-keywords/valid/full.json'), 'utf8');
    const invalid = readFileSync(path.join(root, 'test/fixtures/openapi-keywords/invalid/tags-duplicate.json'), 'utf8');
    const script = `const m = await import(${JSON.stringify(path.join(dir, 'zod.mjs'))});
      let evaluated = true; try { new Function(''); } catch { evaluated = false; }
      console.log(JSON.stringify({ evaluated, valid: m.EverythingSchema.safeParse(${valid}).success, invalid: m.EverythingSchema.safeParse(${invalid}).success }));`;
    const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ evaluated: false, valid: true, invalid: false });
  });
});
