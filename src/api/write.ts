/**
 * Writing generated files into an output folder: paths are confined to the folder, and the run's files
 * replace the earlier ones as a set (see journal.ts), whether the run succeeds, fails or is interrupted.
 * Files whose contents are already right are left alone (their modification time too, so watchers and
 * incremental builds see no change). Files structgen did not write are never touched.
 *
 * Failures are thrown as `OutputWriteError`, which carries an `output-write-failed` (or `output-busy`)
 * diagnostic naming the path and the system's reason; the earlier output is intact when it is thrown.
 */
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import { bannerHeadBytes, bannerSource } from './banner.js';
import type { GeneratedFile } from './generate.js';
import {
  backUp,
  createJournal,
  discardStaging,
  inside,
  journalName,
  journalOwnerAlive,
  journalState,
  markCommitting,
  newJournal,
  readHead,
  recoverFolder,
  removeEmptyFolders,
  rollBack,
  runId,
  syncFolder,
  writeDurably,
  type Journal,
  type Removal,
  type Replacement,
} from './journal.js';

/** A write into an output folder failed; `diagnostic` says where and why. The earlier output is intact. */
export class OutputWriteError extends Error {
  readonly code: 'output-write-failed' | 'output-busy';
  /** The file or folder that could not be written, as given (joined to the `outDir` passed in). */
  readonly path: string;
  /** The system's error code (`EACCES`, `ENOSPC`, `ENOTDIR`, ...), when the system gave one. */
  readonly reason: string | undefined;
  readonly diagnostic: Diagnostic;

  constructor(code: 'output-write-failed' | 'output-busy', file: string, message: string, reason?: string, hint?: string) {
    super(message);
    this.name = 'OutputWriteError';
    this.code = code;
    this.path = file;
    this.reason = reason;
    this.diagnostic = diagnostic(code, { message, file, ...(hint ? { hint } : {}) });
  }
}

export interface WriteOptions {
  /** The base of a relative `outDir`; `process.cwd()` by default. Messages show paths as given. */
  cwd?: string;
  /** Stops the write at the next safe point: rolled back while files are staged, finished once committing. */
  signal?: AbortSignal;
  /**
   * Remove files in the folder that structgen wrote for the same document (by their banner) and that
   * `files` no longer holds, in the same set replacement. On by default.
   */
  removeStale?: boolean;
}

export interface WriteReport {
  /** Paths relative to the folder, `/`-separated, in the order of `files`. */
  written: string[];
  /** Files whose contents were already right, left as they were. */
  unchanged: string[];
  /** Files of the same document that this run no longer produces, removed. */
  removed: string[];
  /** Whether an interrupted earlier run had to be rolled forward or back first. */
  recovered: 'none' | 'rolled-forward' | 'rolled-back';
}

/**
 * Files are read and staged a few at a time, so that small files' reads and flushes overlap: at most 8
 * files and, past the first, 2 MB of text (each write holds a buffer of its file, each read its old text).
 */
function batches<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length > 0 && (current.length === 8 || bytes + size(item) > 2_000_000)) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size(item);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Folders this process is writing now: a second write into one of them waits for the first. */
const busy = new Map<string, Promise<unknown>>();

/**
 * Writes `files` into `outDir` (created if needed) as one set: the folder then holds all of them or, if
 * the write fails or is aborted, exactly what it held before. Removes the same document's files that are
 * no longer produced (unless `removeStale: false`).
 */
export async function writeOutput(outDir: string, files: readonly GeneratedFile[], options: WriteOptions = {}): Promise<WriteReport> {
  const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
  const previous = busy.get(dir);
  const run = (previous ?? Promise.resolve()).catch(() => undefined).then(() => writeExclusively(outDir, dir, files, options));
  busy.set(dir, run);
  try {
    return await run;
  } finally {
    if (busy.get(dir) === run) busy.delete(dir);
  }
}

/** Writes all files into `outDir` as a set (see `writeOutput`) and returns their absolute paths. Removes nothing. */
export async function writeFiles(
  outDir: string,
  files: readonly GeneratedFile[],
  options: Omit<WriteOptions, 'removeStale'> = {},
): Promise<string[]> {
  await writeOutput(outDir, files, { ...options, removeStale: false });
  const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
  return files.map((file) => targetOf(outDir, dir, file.path));
}

/**
 * Paths (relative to `outDir`) whose contents on disk differ from `files` or are missing, followed by the
 * files of the same document that a write would remove: what `--check` reports. An interrupted earlier
 * write is first finished or undone, so the answer is about a complete set.
 */
export async function staleFiles(
  outDir: string,
  files: readonly GeneratedFile[],
  options: Pick<WriteOptions, 'cwd'> = {},
): Promise<string[]> {
  const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
  for (const file of files) targetOf(outDir, dir, file.path);
  if (await isFolder(dir)) await recover(outDir, dir);
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(targetOf(outDir, dir, file.path), 'utf8').catch(() => undefined);
    if (current !== file.contents) stale.push(file.path);
  }
  return [...stale, ...(await sameDocumentFiles(dir, files))];
}

/**
 * Finishes or undoes an interrupted write in `outDir`, if there was one, and removes what it left
 * behind. `writeOutput` and `staleFiles` do this first on their own.
 */
export async function recoverOutput(outDir: string, options: Pick<WriteOptions, 'cwd'> = {}): Promise<WriteReport['recovered']> {
  const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
  if (!(await isFolder(dir))) return 'none';
  return recover(outDir, dir);
}

async function writeExclusively(outDir: string, dir: string, files: readonly GeneratedFile[], options: WriteOptions): Promise<WriteReport> {
  const targets = files.map((file) => targetOf(outDir, dir, file.path));
  options.signal?.throwIfAborted();
  const created = await makeFolder(outDir, dir);
  try {
    return await replaceSet(outDir, dir, files, targets, options);
  } catch (error) {
    // A folder this run created and could not fill is not left behind empty.
    if (created) await removeCreatedFolders(dir, created);
    throw error;
  }
}

async function replaceSet(
  outDir: string,
  dir: string,
  files: readonly GeneratedFile[],
  targets: string[],
  options: WriteOptions,
): Promise<WriteReport> {
  const recovered = await recover(outDir, dir);

  // What changes: files whose contents differ, and the same document's files no longer produced.
  const replace: (Replacement & { contents: string; target: string })[] = [];
  const unchanged: string[] = [];
  const id = runId();
  // What is there now, and whether it already holds the new text: a few files at a time (`batches`),
  // each file's old text dropped as soon as it is compared.
  const existing: { kind: Stats | undefined; same: boolean }[] = [];
  for (const batch of batches([...files.keys()], (i) => files[i]!.contents.length)) {
    const checked = batch.map(async (i) => {
      const kind = await lstat(targets[i]!).catch(() => undefined);
      // Compared as bytes, and only when the sizes agree: decoding every old file into a string cost a
      // large run's heap as much as the new text did.
      const contents = files[i]!.contents;
      const same =
        kind?.isFile() === true &&
        kind.size === Buffer.byteLength(contents) &&
        (await readFile(targets[i]!).catch(() => undefined))?.equals(Buffer.from(contents)) === true;
      return { kind, same };
    });
    existing.push(...(await Promise.all(checked)));
  }
  for (const [i, file] of files.entries()) {
    const target = targets[i]!;
    const { kind, same } = existing[i]!;
    if (kind?.isDirectory()) {
      throw new OutputWriteError(
        'output-write-failed',
        shown(outDir, file.path),
        `cannot write ${shown(outDir, file.path)}: it is a folder`,
        'EISDIR',
        hintFor('EISDIR', outDir),
      );
    }
    if (same) {
      unchanged.push(file.path);
      continue;
    }
    replace.push({
      path: file.path,
      temp: `${file.path}.structgen-${id}.tmp`,
      ...(kind ? { backup: `${file.path}.structgen-${id}.old` } : {}),
      contents: file.contents,
      target,
    });
  }
  const remove: Removal[] =
    options.removeStale === false
      ? []
      : (await sameDocumentFiles(dir, files)).map((p) => ({ path: p, backup: `${p}.structgen-${id}.old` }));
  if (replace.length === 0 && remove.length === 0) return { written: [], unchanged, removed: [], recovered };

  const journal = newJournal(
    replace.map(({ path: p, temp, backup }) => ({ path: p, temp, ...(backup ? { backup } : {}) })),
    remove,
  );
  await lock(outDir, dir, journal);
  let staging: string | undefined;
  try {
    // Staged a few files at a time (`batches`); every write of a batch has settled before a failure is
    // handled, so discarding the staging races with none of them.
    for (const batch of batches(replace, (entry) => entry.contents.length)) {
      const settled = await Promise.allSettled(
        batch.map(async (entry) => {
          const temp = inside(dir, entry.temp)!;
          await mkdir(path.dirname(temp), { recursive: true });
          await writeDurably(temp, entry.contents, 'wx');
          if (entry.backup) await backUp(entry.target, inside(dir, entry.backup)!);
        }),
      );
      const failed = settled.findIndex((r) => r.status === 'rejected');
      if (failed !== -1) {
        staging = batch[failed]!.path;
        throw (settled[failed] as PromiseRejectedResult).reason;
      }
      options.signal?.throwIfAborted();
    }
    for (const entry of remove) await backUp(inside(dir, entry.path)!, inside(dir, entry.backup)!);
    options.signal?.throwIfAborted();
    await markCommitting(dir, journal);
  } catch (error) {
    await discardStaging(dir, journal).catch(() => undefined);
    throw asWriteError(outDir, dir, error, staging);
  }

  // From here on the new set is complete on disk: an abort waits for the renames, which take milliseconds.
  let current: string | undefined;
  try {
    for (const entry of replace) {
      current = entry.path;
      await rename(inside(dir, entry.temp)!, entry.target);
    }
    for (const entry of remove) {
      current = entry.path;
      await unlink(inside(dir, entry.path)!).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    await syncFolder(dir);
    for (const entry of [...replace, ...remove]) if (entry.backup) await rm(inside(dir, entry.backup)!, { force: true });
    await unlink(path.join(dir, journalName));
    // Folders that removing stale files left empty (docs/operations/) go too.
    await removeEmptyFolders(
      dir,
      remove.map((r) => r.path),
    );
  } catch (error) {
    // Put the earlier set back; if even that fails, the journal stays and the next run finishes the job.
    const undone = await rollBack(dir, committed(journal)).then(
      () => true,
      () => false,
    );
    throw asWriteError(
      outDir,
      dir,
      error,
      current,
      undone ? undefined : 'the folder could not be restored either; the next structgen run on it completes the replacement',
    );
  }
  return { written: replace.map((e) => e.path), unchanged, removed: remove.map((e) => e.path), recovered };
}

/** Removes the empty folders from `dir` up to `created` (the first one `mkdir` made), deepest first. */
async function removeCreatedFolders(dir: string, created: string): Promise<void> {
  for (let folder = dir; folder.length >= created.length; folder = path.dirname(folder)) {
    try {
      await rmdir(folder);
    } catch {
      return;
    }
    if (folder === created) return;
  }
}

function committed(journal: Journal): Journal {
  return { ...journal, state: 'committing' };
}

/** Takes the folder's journal (its lock), first recovering a dead run's, or waiting a little for a live one. */
async function lock(outDir: string, dir: string, journal: Journal): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    let outcome: 'created' | 'exists';
    try {
      outcome = await createJournal(dir, journal);
    } catch (error) {
      throw asWriteError(outDir, dir, error, journalName);
    }
    if (outcome === 'created') return;
    const state = await journalState(dir);
    if (!journalOwnerAlive(state.journal)) {
      await recover(outDir, dir);
      continue;
    }
    if (Date.now() > deadline) {
      throw new OutputWriteError(
        'output-busy',
        outDir,
        `another structgen run (process ${state.journal!.pid}) is writing ${outDir}`,
        undefined,
        `wait for it to finish; if no structgen is running, delete ${path.join(outDir, journalName)} and run again`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function recover(outDir: string, dir: string): Promise<WriteReport['recovered']> {
  try {
    return await recoverFolder(dir);
  } catch (error) {
    throw asWriteError(outDir, dir, error, undefined, 'an interrupted earlier run could not be finished');
  }
}

/** How far stale-file detection looks below the output folder (docs pages live in `docs/<kind>/`). */
const staleScan = { depth: 4, files: 5_000 } as const;

/**
 * The files in the folder (and its subfolders, but not node_modules, hidden folders or links) that open
 * with a structgen banner naming the same source as the new files, and that the new set does not hold:
 * written for this document by an earlier run. The walk is bounded, since an output folder may be a
 * folder of the user's with much else in it.
 */
async function sameDocumentFiles(dir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const sources = new Set(files.map((f) => bannerSource(f.path, f.contents.slice(0, bannerHeadBytes))).filter((s) => s !== undefined));
  if (sources.size !== 1) return [];
  const [source] = sources;
  const produced = new Set(files.map((f) => f.path));
  const stale: string[] = [];
  let examined = 0;
  const walk = async (relative: string, depth: number): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (depth < staleScan.depth && !entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(name, depth + 1);
        continue;
      }
      if (!entry.isFile() || produced.has(name) || !/\.(ts|json|md)$/.test(entry.name) || ++examined > staleScan.files) continue;
      const head = await readHead(path.join(dir, name));
      if (head !== undefined && bannerSource(entry.name, head) === source) stale.push(name);
    }
  };
  await walk('', 0);
  return stale;
}

/** Creates the output folder, turning "is a file" and "no permission" into a located error. Returns the first folder created. */
async function makeFolder(outDir: string, dir: string): Promise<string | undefined> {
  try {
    return await mkdir(dir, { recursive: true });
  } catch (error) {
    throw asWriteError(outDir, dir, error, undefined);
  }
}

async function isFolder(dir: string): Promise<boolean> {
  return (await lstat(dir).catch(() => undefined))?.isDirectory() === true;
}

/** Resolves a generated file's path inside the folder, refusing anything that would land outside it. */
function targetOf(outDir: string, dir: string, relative: string): string {
  const target = inside(dir, relative);
  if (!target) throw new Error(`refusing to write ${JSON.stringify(relative)} outside ${outDir}`);
  return target;
}

function shown(outDir: string, relative: string | undefined): string {
  return relative === undefined ? outDir : path.join(outDir, relative);
}

/** Turns a file-system error into an `output-write-failed` error naming the path and the system's reason. */
function asWriteError(outDir: string, dir: string, error: unknown, relative: string | undefined, extra?: string): unknown {
  if (error instanceof OutputWriteError || (error instanceof Error && error.name === 'AbortError')) return error;
  const system = error as NodeJS.ErrnoException;
  if (typeof system?.code !== 'string') return error;
  // Name the path the system named when it is inside the output folder; else the folder or the file.
  const named = typeof system.path === 'string' ? system.path : undefined;
  const where = named !== undefined ? displayWithin(outDir, dir, named) : shown(outDir, relative);
  const reason = system.message.replace(/, \w+( '.*)?$/, '');
  const message = `cannot write ${where}: ${reason}${extra ? ` (${extra})` : ''}`;
  return new OutputWriteError('output-write-failed', where, message, system.code, hintFor(system.code, outDir));
}

/** The path as the user knows it: a temporary file or backup by its target, the journal by the folder. */
function displayWithin(outDir: string, dir: string, absolute: string): string {
  if (absolute === dir || absolute === path.join(dir, journalName)) return outDir;
  if (absolute.startsWith(dir + path.sep))
    return path.join(outDir, path.relative(dir, absolute).replace(/\.structgen-[\w-]+\.(tmp|old)$/, ''));
  return absolute;
}

function hintFor(code: string, outDir: string): string {
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return `--out must name a folder (or a path where one can be created); part of ${outDir} is a file`;
    case 'EACCES':
    case 'EPERM':
      return `check the permissions of ${outDir}, or choose another --out`;
    case 'EROFS':
      return 'the file system is read-only: choose another --out';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk (or your quota) is full: free some space and run again';
    case 'EISDIR':
      return 'a folder stands where structgen writes a file: remove or rename it';
    default:
      return 'check that the folder can be written; the earlier output was left as it was';
  }
}
