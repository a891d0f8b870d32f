/**
 * Writing generated files into an output folder: paths are confined to the real folder, the run's files
 * replace the earlier ones as a set (see journal.ts), whether the run succeeds, fails or is interrupted,
 * and one run at a time holds the folder (lock.ts). Files whose contents are already right are left alone
 * (their modification time too, so watchers and incremental builds see no change).
 *
 * Files structgen did not write are never touched: what it owns is recorded in the folder's manifest and
 * proved as ownership.ts says. A file in the way that is not structgen's stops the run
 * (`output-not-owned`) unless the caller says to take it over (`overwrite`).
 *
 * Failures are thrown as `OutputWriteError`, which carries an `output-write-failed` (`output-busy`,
 * `output-not-owned`) diagnostic naming the path and the reason; the earlier output is intact when it is thrown.
 */
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic } from '../diagnostics/index.js';
import { bannerHeadBytes, bannerSource } from './banner.js';
import { backUp, createJournal, discardStaging, exists, journalName, markCommitting, newJournal, recoverFolder, removeEmptyFolders, rollBack, runId, syncFolder, writeDurably, } from './journal.js';
import { deadLock, FolderBusyError, folderHeld, lockFolder, lockName, waitForFolder } from './lock.js';
import { confined, documentIdentity, inside, manifestName, manifestText, mayRemove, mayReplace, readManifest, sha256, } from './ownership.js';
/** A write into an output folder failed; `diagnostic` says where and why. The earlier output is intact. */
export class OutputWriteError extends Error {
    code;
    /** The file or folder that could not be written, as given (joined to the `outDir` passed in). */
    path;
    /** The system's error code (`EACCES`, `ENOSPC`, `ENOTDIR`, ...), when the system gave one. */
    reason;
    diagnostic;
    constructor(code, file, message, reason, hint) {
        super(message);
        this.name = 'OutputWriteError';
        this.code = code;
        this.path = file;
        this.reason = reason;
        this.diagnostic = diagnostic(code, { message, file, ...(hint ? { hint } : {}) });
    }
}
/**
 * Files are read and staged a few at a time, so that small files' reads and flushes overlap: at most 8
 * files and, past the first, 2 MB of text (each write holds a buffer of its file, each read its old text).
 */
function batches(items, size) {
    const result = [];
    let current = [];
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
    if (current.length > 0)
        result.push(current);
    return result;
}
/** Folders this process is writing now: a second write into one of them waits for the first. */
const busy = new Map();
/** How long a run waits for another that holds the folder, by default. */
const defaultWaitMs = 60_000;
/**
 * Writes `files` into `outDir` (created if needed) as one set: the folder then holds all of them or, if
 * the write fails or is aborted, exactly what it held before. Removes the same document's files that are
 * no longer produced (unless `removeStale: false`), and records what it wrote in the folder's manifest.
 */
export async function writeOutput(outDir, files, options = {}) {
    const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
    const previous = busy.get(dir);
    const run = (previous ?? Promise.resolve()).catch(() => undefined).then(() => writeExclusively(outDir, dir, files, options));
    busy.set(dir, run);
    try {
        return await run;
    }
    finally {
        if (busy.get(dir) === run)
            busy.delete(dir);
    }
}
/** Writes all files into `outDir` as a set (see `writeOutput`) and returns their absolute paths. Removes nothing. */
export async function writeFiles(outDir, files, options = {}) {
    await writeOutput(outDir, files, { ...options, removeStale: false });
    const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
    return files.map((file) => targetOf(outDir, dir, file.path));
}
/**
 * Paths (relative to `outDir`) whose contents on disk differ from `files` or are missing, followed by the
 * files the folder's manifest records for the same document that a write would remove: what `--check`
 * reports. It waits while another run writes the folder, and an interrupted earlier write is first
 * finished or undone, so the answer is about a complete set.
 */
export async function staleFiles(outDir, files, options = {}) {
    const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
    for (const file of files)
        targetOf(outDir, dir, file.path);
    if (!(await isFolder(dir)))
        return files.map((f) => f.path);
    const real = await realpath(dir).catch((error) => {
        throw asWriteError(outDir, dir, error, undefined);
    });
    const waitMs = options.waitMs ?? defaultWaitMs;
    // A run that starts writing while the files are compared would make the answer one about a mix: then
    // the comparison is made again once it is done.
    for (let attempt = 0;; attempt++) {
        await waited(outDir, real, () => waitForFolder(real, waitMs));
        // What a killed run left (its journal, its lock) is cleared first, under the lock.
        if ((await exists(path.join(real, journalName))) || (await deadLock(real)))
            await recoverLocked(outDir, real, waitMs);
        const stale = [];
        for (const file of files) {
            const target = await confined(real, file.path);
            const current = target === undefined ? undefined : await readFile(target, 'utf8').catch(() => undefined);
            if (current !== file.contents)
                stale.push(file.path);
        }
        const manifest = sameDocument(await readManifest(real), identityOf(real, files, options));
        const removable = (await removalsOf(real, files, manifest)).removable;
        if (attempt < 5 && (await folderHeld(real)))
            continue;
        return [...stale, ...removable];
    }
}
/**
 * Finishes or undoes an interrupted write in `outDir`, if there was one, and removes what it left
 * behind. `writeOutput` and `staleFiles` do this first on their own. A journal whose run is still at
 * work (it holds the folder) is waited for, never touched.
 */
export async function recoverOutput(outDir, options = {}) {
    const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
    if (!(await isFolder(dir)))
        return 'none';
    const real = await realpath(dir).catch((error) => {
        throw asWriteError(outDir, dir, error, undefined);
    });
    if (!(await exists(path.join(real, journalName))) && !(await hasLegacyLeftovers(real)) && !(await deadLock(real)))
        return 'none';
    return recoverLocked(outDir, real, options.waitMs ?? defaultWaitMs);
}
async function recoverLocked(outDir, real, waitMs) {
    const lock = await waited(outDir, real, () => lockFolder(real, waitMs));
    try {
        return await recover(outDir, real);
    }
    finally {
        await lock.release();
    }
}
async function writeExclusively(outDir, dir, files, options) {
    for (const file of files)
        targetOf(outDir, dir, file.path);
    if (files.some((file) => file.path === manifestName || file.path === journalName))
        throw new Error(`refusing to write structgen's own record (${manifestName}, ${journalName}) as a generated file`);
    options.signal?.throwIfAborted();
    const created = await makeFolder(outDir, dir);
    let lock;
    try {
        const real = await realpath(dir).catch((error) => {
            throw asWriteError(outDir, dir, error, undefined);
        });
        lock = await waited(outDir, real, () => lockFolder(real, options.waitMs ?? defaultWaitMs, options.signal));
        return await replaceSet(outDir, real, files, options);
    }
    catch (error) {
        await lock?.release();
        lock = undefined;
        // A folder this run created and could not fill is not left behind empty.
        if (created)
            await removeCreatedFolders(dir, created);
        throw error;
    }
    finally {
        await lock?.release();
    }
}
async function replaceSet(outDir, dir, files, options) {
    // Under the lock: a journal here was left by a run that is gone.
    const recovered = await recover(outDir, dir);
    const source = identityOf(dir, files, options);
    const onDisk = await readManifest(dir);
    const manifest = sameDocument(onDisk, source);
    if (onDisk && !manifest && !options.overwrite) {
        throw notOwned(outDir, undefined, `${outDir} holds the output of ${JSON.stringify(onDisk.source)} (by its ${manifestName}), not of ${JSON.stringify(source)}`);
    }
    // What changes: files whose contents differ, and the same document's files no longer produced.
    const replace = [];
    const unchanged = [];
    const refused = [];
    const id = runId();
    const targets = [];
    for (const file of files) {
        const target = await confined(dir, file.path);
        if (!target) {
            throw new OutputWriteError('output-write-failed', shown(outDir, file.path), `cannot write ${shown(outDir, file.path)}: the path leads through a symbolic link or a file`, 'ELOOP', 'structgen writes only inside the real output folder: remove the link, or choose another --out');
        }
        targets.push(target);
    }
    // What is there now, and whether it already holds the new text: a few files at a time (`batches`),
    // each file's old text dropped as soon as it is compared.
    const existing = [];
    for (const batch of batches([...files.keys()], (i) => files[i].contents.length)) {
        const checked = batch.map(async (i) => {
            const kind = await lstat(targets[i]).catch(() => undefined);
            // Compared as bytes, and only when the sizes agree: decoding every old file into a string cost a
            // large run's heap as much as the new text did.
            const contents = files[i].contents;
            const same = kind?.isFile() === true &&
                kind.size === Buffer.byteLength(contents) &&
                (await readFile(targets[i]).catch(() => undefined))?.equals(Buffer.from(contents)) === true;
            return { kind, same };
        });
        existing.push(...(await Promise.all(checked)));
    }
    for (const [i, file] of files.entries()) {
        const target = targets[i];
        const { kind, same } = existing[i];
        if (kind?.isDirectory()) {
            throw new OutputWriteError('output-write-failed', shown(outDir, file.path), `cannot write ${shown(outDir, file.path)}: it is a folder`, 'EISDIR', hintFor('EISDIR', outDir));
        }
        if (same) {
            unchanged.push(file.path);
            continue;
        }
        if (kind && !options.overwrite) {
            const ownership = await mayReplace(target, file.path, file.contents, manifest);
            if (!ownership.owned)
                refused.push({ path: file.path, why: ownership.why });
        }
        replace.push({
            path: file.path,
            temp: `${file.path}.structgen-${id}.tmp`,
            ...(kind ? { backup: `${file.path}.structgen-${id}.old` } : {}),
            contents: file.contents,
            target,
        });
    }
    if (refused.length > 0) {
        const [first] = refused;
        const more = refused.length > 1
            ? ` (and ${refused.length - 1} more: ${refused
                .slice(1)
                .map((r) => r.path)
                .join(', ')})`
            : '';
        throw notOwned(outDir, first.path, `${shown(outDir, first.path)} exists and ${first.why}${more}: structgen will not replace it`);
    }
    const { removable, kept } = options.removeStale === false ? { removable: [], kept: [] } : await removalsOf(dir, files, manifest);
    const remove = removable.map((p) => ({ path: p, backup: `${p}.structgen-${id}.old` }));
    // The record of what this folder now holds for the document: written with the set, renamed last.
    const recordText = manifestText(source, options.config === undefined ? undefined : recordedConfig(dir, options), recordedHashes(files, manifest, removable, kept, options));
    const recordPath = path.join(dir, manifestName);
    const recordNow = await readFile(recordPath, 'utf8').catch(() => undefined);
    if (recordNow !== recordText) {
        const recordKind = await lstat(recordPath).catch(() => undefined);
        if (recordKind && !recordKind.isFile())
            throw notOwned(outDir, manifestName, `${shown(outDir, manifestName)} is not a file structgen wrote`);
        replace.push({
            path: manifestName,
            temp: `${manifestName}.structgen-${id}.tmp`,
            ...(recordKind ? { backup: `${manifestName}.structgen-${id}.old` } : {}),
            contents: recordText,
            target: recordPath,
        });
    }
    if (replace.length === 0 && remove.length === 0)
        return { written: [], unchanged, removed: [], ...(kept.length ? { kept } : {}), recovered };
    const journal = newJournal(replace.map(({ path: p, temp, backup }) => ({ path: p, temp, ...(backup ? { backup } : {}) })), remove, source);
    try {
        if ((await createJournal(dir, journal)) === 'exists')
            throw new Error(`a journal appeared in ${dir} while this run held its lock`);
    }
    catch (error) {
        throw asWriteError(outDir, dir, error, journalName);
    }
    let staging;
    try {
        // Staged a few files at a time (`batches`); every write of a batch has settled before a failure is
        // handled, so discarding the staging races with none of them.
        for (const batch of batches(replace, (entry) => entry.contents.length)) {
            const settled = await Promise.allSettled(batch.map(async (entry) => {
                const temp = inside(dir, entry.temp);
                await mkdir(path.dirname(temp), { recursive: true });
                await writeDurably(temp, entry.contents, 'wx');
                if (entry.backup)
                    await backUp(entry.target, inside(dir, entry.backup));
            }));
            const failed = settled.findIndex((r) => r.status === 'rejected');
            if (failed !== -1) {
                staging = batch[failed].path;
                throw settled[failed].reason;
            }
            options.signal?.throwIfAborted();
        }
        for (const entry of remove)
            await backUp(inside(dir, entry.path), inside(dir, entry.backup));
        options.signal?.throwIfAborted();
        await markCommitting(dir, journal);
    }
    catch (error) {
        await discardStaging(dir, journal).catch(() => undefined);
        throw asWriteError(outDir, dir, error, staging);
    }
    // From here on the new set is complete on disk: an abort waits for the renames, which take milliseconds.
    // The files first, then the removals, then the manifest: until it is renamed, the record on disk is the
    // earlier run's, which is what a recovery checks removals against.
    let current;
    try {
        for (const entry of replace) {
            if (entry.path === manifestName)
                continue;
            current = entry.path;
            await rename(inside(dir, entry.temp), entry.target);
        }
        for (const entry of remove) {
            current = entry.path;
            await unlink(inside(dir, entry.path)).catch((error) => {
                if (error.code !== 'ENOENT')
                    throw error;
            });
        }
        for (const entry of replace) {
            if (entry.path !== manifestName)
                continue;
            current = entry.path;
            await rename(inside(dir, entry.temp), entry.target);
        }
        await syncFolder(dir);
        for (const entry of [...replace, ...remove])
            if (entry.backup)
                await rm(inside(dir, entry.backup), { force: true });
        await unlink(path.join(dir, journalName));
        // Folders that removing stale files left empty (docs/operations/) go too.
        await removeEmptyFolders(dir, remove.map((r) => r.path));
    }
    catch (error) {
        // Put the earlier set back; if even that fails, the journal stays and the next run finishes the job.
        const undone = await rollBack(dir, committed(journal)).then(() => true, () => false);
        throw asWriteError(outDir, dir, error, current, undone ? undefined : 'the folder could not be restored either; the next structgen run on it completes the replacement');
    }
    const written = replace.filter((e) => e.path !== manifestName).map((e) => e.path);
    return { written, unchanged, removed: remove.map((e) => e.path), ...(kept.length ? { kept } : {}), recovered };
}
/**
 * What the manifest records: the files written now, and the earlier record's files that stay (those kept
 * because they changed, and, when stale files are not being removed, all the others): still structgen's.
 */
function recordedHashes(files, manifest, removed, kept, options) {
    const hashes = new Map();
    if (manifest) {
        const gone = new Set(removed);
        const staying = new Set(kept);
        for (const [name, hash] of Object.entries(manifest.files))
            if (!gone.has(name) && (options.removeStale === false || staying.has(name)))
                hashes.set(name, hash);
    }
    for (const file of files)
        hashes.set(file.path, sha256(file.contents));
    return hashes;
}
function recordedConfig(dir, options) {
    return documentIdentity(path.resolve(options.cwd ?? process.cwd(), options.config), dir);
}
/** The document's identity for the manifest: the source option, relative to the folder, else the files' banner. */
function identityOf(dir, files, options) {
    if (options.source !== undefined) {
        const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(options.source)
            ? options.source
            : path.resolve(options.cwd ?? process.cwd(), options.source);
        return documentIdentity(absolute, dir);
    }
    for (const file of files) {
        const named = bannerSource(file.path, file.contents.slice(0, bannerHeadBytes));
        if (named !== undefined)
            return named;
    }
    return '<unnamed>';
}
function sameDocument(manifest, source) {
    return manifest && manifest.source === source ? manifest : undefined;
}
/** The recorded files the new set no longer holds: removable when still exactly as written, kept otherwise. */
async function removalsOf(dir, files, manifest) {
    const removable = [];
    const kept = [];
    if (!manifest)
        return { removable, kept };
    const produced = new Set(files.map((f) => f.path));
    for (const name of Object.keys(manifest.files).sort()) {
        if (produced.has(name))
            continue;
        const target = await confined(dir, name);
        if (!target || !(await exists(target)))
            continue;
        if (await mayRemove(target, name, manifest))
            removable.push(name);
        else
            kept.push(name);
    }
    return { removable, kept };
}
function notOwned(outDir, relative, message) {
    return new OutputWriteError('output-not-owned', shown(outDir, relative), message, undefined, `move the file away or choose another --out; to let structgen take it over, run again with --overwrite (option overwrite: true)`);
}
/** Turns a busy folder into `output-busy`. */
async function waited(outDir, dir, work) {
    try {
        return await work();
    }
    catch (error) {
        if (!(error instanceof FolderBusyError))
            throw asWriteError(outDir, dir, error, undefined);
        throw new OutputWriteError('output-busy', outDir, `another structgen run${error.pid !== undefined ? ` (process ${error.pid})` : ''} is writing ${outDir}`, undefined, `wait for it to finish; if no structgen is running, delete ${path.join(outDir, lockName)} and run again`);
    }
}
/** Removes the empty folders from `dir` up to `created` (the first one `mkdir` made), deepest first. */
async function removeCreatedFolders(dir, created) {
    for (let folder = dir; folder.length >= created.length; folder = path.dirname(folder)) {
        try {
            await rmdir(folder);
        }
        catch {
            return;
        }
        if (folder === created)
            return;
    }
}
function committed(journal) {
    return { ...journal, state: 'committing' };
}
async function recover(outDir, dir) {
    try {
        return await recoverFolder(dir);
    }
    catch (error) {
        throw asWriteError(outDir, dir, error, undefined, 'an interrupted earlier run could not be finished');
    }
}
/** What structgen before the journal left behind when killed (`<name>.structgen-<pid>-<ms>.tmp`). */
async function hasLegacyLeftovers(dir) {
    return (await readdir(dir).catch(() => [])).some((name) => /\.structgen-\d+-\d{10,}\.tmp$/.test(name));
}
/** Creates the output folder, turning "is a file" and "no permission" into a located error. Returns the first folder created. */
async function makeFolder(outDir, dir) {
    try {
        return await mkdir(dir, { recursive: true });
    }
    catch (error) {
        throw asWriteError(outDir, dir, error, undefined);
    }
}
async function isFolder(dir) {
    return (await lstat(dir).catch(() => undefined))?.isDirectory() === true;
}
/** Resolves a generated file's path inside the folder, refusing anything that would land outside it. */
function targetOf(outDir, dir, relative) {
    const target = inside(dir, relative);
    if (!target)
        throw new Error(`refusing to write ${JSON.stringify(relative)} outside ${outDir}`);
    return target;
}
function shown(outDir, relative) {
    return relative === undefined ? outDir : path.join(outDir, relative);
}
/** Turns a file-system error into an `output-write-failed` error naming the path and the system's reason. */
function asWriteError(outDir, dir, error, relative, extra) {
    if (error instanceof OutputWriteError || (error instanceof Error && error.name === 'AbortError'))
        return error;
    const system = error;
    if (typeof system?.code !== 'string')
        return error;
    // Name the path the system named when it is inside the output folder; else the folder or the file.
    const named = typeof system.path === 'string' ? system.path : undefined;
    const where = named !== undefined ? displayWithin(outDir, dir, named) : shown(outDir, relative);
    const reason = system.message.replace(/, \w+( '.*)?$/, '');
    const message = `cannot write ${where}: ${reason}${extra ? ` (${extra})` : ''}`;
    return new OutputWriteError('output-write-failed', where, message, system.code, hintFor(system.code, outDir));
}
/** The path as the user knows it: a temporary file or backup by its target, the journal by the folder. */
function displayWithin(outDir, dir, absolute) {
    if (absolute === dir || absolute === path.join(dir, journalName) || absolute === path.join(dir, lockName))
        return outDir;
    if (absolute.startsWith(dir + path.sep))
        return path.join(outDir, path.relative(dir, absolute).replace(/\.structgen-[\w-]+\.(tmp|old)$/, ''));
    return absolute;
}
function hintFor(code, outDir) {
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
/**
 * Removes an output folder's recorded files (those still exactly as written), its manifest, and the
 * folders that leaves empty: for output whose document is gone (`orphanedOutputs`). Files that changed
 * since are kept and returned; if any are, the manifest stays too, recording just them.
 */
export async function removeOutput(outDir, options = {}) {
    const dir = path.resolve(options.cwd ?? process.cwd(), outDir);
    const real = await realpath(dir).catch((error) => {
        throw asWriteError(outDir, dir, error, undefined);
    });
    const lock = await waited(outDir, real, () => lockFolder(real, options.waitMs ?? defaultWaitMs));
    const removed = [];
    const kept = [];
    try {
        await recover(outDir, real);
        const manifest = await readManifest(real);
        if (!manifest)
            return { removed, kept };
        for (const name of Object.keys(manifest.files).sort()) {
            const target = await confined(real, name);
            if (!target || !(await exists(target)))
                continue;
            if (await mayRemove(target, name, manifest)) {
                await unlink(target);
                removed.push(name);
            }
            else
                kept.push(name);
        }
        if (kept.length === 0)
            await unlink(path.join(real, manifestName));
        else {
            const hashes = new Map(kept.map((name) => [name, manifest.files[name]]));
            await writeDurably(path.join(real, manifestName), manifestText(manifest.source, manifest.config, hashes));
        }
        await removeEmptyFolders(real, removed);
    }
    catch (error) {
        throw asWriteError(outDir, real, error, undefined);
    }
    finally {
        await lock.release();
    }
    // The folder itself, when nothing is left in it.
    await rmdir(real).catch(() => undefined);
    return { removed, kept };
}
//# sourceMappingURL=write.js.map