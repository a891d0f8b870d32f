/**
 * Running the built CLI as users do, in projects made for a test: scratch folders that hold inputs and,
 * like an installed project, `node_modules/structgen` (this checkout) and `node_modules/zod`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './support.js';

export const cli = path.join(root, 'dist/cli/main.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The CLI, blocking. */
export function runSync(args: string[], cwd: string, input?: string): CliRun {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI without blocking, so several can run at once. */
export function run(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A scratch project folder; with `installed`, structgen and zod are in its node_modules as after an install. */
export function scratchProject(prefix: string, installed = true): string {
  const dir = mkdtempSync(path.join(tmpdir(), `structgen-${prefix}-`));
  if (installed) linkInstalled(dir);
  return dir;
}

export function linkInstalled(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(root, path.join(dir, 'node_modules/structgen'));
  symlinkSync(path.join(root, 'node_modules/zod'), path.join(dir, 'node_modules/zod'));
}

/** Every file below `dir` (not following node_modules), relative paths to contents. */
export function filesBelow(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    if (relative.startsWith('node_modules/')) continue;
    files.set(relative, readFileSync(full, 'utf8'));
  }
  return files;
}
