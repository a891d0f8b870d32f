/**
 * Writing generated files safely: paths are confined to the output directory, every file is written to a
 * temporary sibling first and only then renamed into place, so a failed run leaves earlier output intact.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from './generate.js';

/** Resolves a generated file's path inside `outDir`, refusing anything that would land outside it. */
function targetPath(outDir: string, file: GeneratedFile): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, file.path);
  if (path.isAbsolute(file.path) || !target.startsWith(root + path.sep)) {
    throw new Error(`refusing to write ${JSON.stringify(file.path)} outside ${root}`);
  }
  return target;
}

/** Writes all files into `outDir` (created if needed). No existing file is touched until every new one is written in full. */
export async function writeFiles(outDir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const targets = files.map((file) => targetPath(outDir, file));
  const suffix = `.structgen-${process.pid}-${Date.now()}.tmp`;
  const temporary = targets.map((t) => t + suffix);
  try {
    for (const [i, file] of files.entries()) {
      await mkdir(path.dirname(targets[i]!), { recursive: true });
      await writeFile(temporary[i]!, file.contents, 'utf8');
    }
  } catch (error) {
    await Promise.all(temporary.map((t) => rm(t, { force: true })));
    throw error;
  }
  for (const [i, target] of targets.entries()) await rename(temporary[i]!, target);
  return targets;
}

/** Paths (relative to `outDir`) whose contents on disk differ from `files` or are missing. */
export async function staleFiles(outDir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(targetPath(outDir, file), 'utf8').catch(() => undefined);
    if (current !== file.contents) stale.push(file.path);
  }
  return stale;
}
