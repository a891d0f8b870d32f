/**
 * Replacing an output folder's files as a set. A rename is atomic for one file, not for four: a run
 * killed between two renames would leave a mix of old and new files. So a run keeps a small journal in
 * the folder (`.structgen-journal.json`) that says what it is doing:
 *
 * 1. **staging**: the journal is created (exclusively: it is also the folder's lock) listing every
 *    temporary file and backup the run will make; then each new file is written beside its target as
 *    `<name>.structgen-<id>.tmp` and each file it replaces or removes gets a hard link `<name>.structgen-<id>.old`.
 * 2. **committing**: the journal is replaced (atomically) by one in state `committing`; then each
 *    temporary file is renamed over its target and each file to remove is unlinked; then the backups and
 *    the journal are deleted.
 *
 * A run killed in staging is rolled back by the next run (its temporary files and backups are deleted:
 * the earlier set never changed). A run killed while committing is rolled forward (every new file is
 * complete by then, so the renames are finished). A run that fails while committing rolls itself back
 * from the backups. Signal handlers are the caller's: `writeOutput` takes an `AbortSignal` and stops at
 * the next safe point (rolled back while staging, finished once committing).
 *
 * Only the run holding the folder's lock (lock.ts) writes a journal, and only a run holding the lock
 * recovers one: a journal found by the lock's holder was left by a run that is gone.
 *
 * A journal is input from the disk and could have been planted: it is only ever allowed to rename or
 * delete names that follow structgen's own patterns, inside the real folder (no path through a link), to
 * put a new file over a file structgen owns (ownership.ts), and to remove a file the folder's manifest
 * records with the very bytes it has now. The manifest is renamed last in a commit, so while a journal
 * is committing, the manifest on disk is still the earlier run's record.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, lstat, open, readdir, readFile, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { confined, inside, manifestName, mayRemove, mayReplace, readManifest } from './ownership.js';
export { inside } from './ownership.js';
export const journalName = '.structgen-journal.json';
const journalStaging = `${journalName}.tmp`;
/** A run's own suffix for temporary files and backups: its process and a random part (two runs, one process). */
export function runId() {
    return `${process.pid}-${randomBytes(3).toString('hex')}`;
}
const ownName = /\.structgen-\d+-[0-9a-f]{6}\.(tmp|old)$/;
/** What structgen before the journal left behind when killed: `<name>.structgen-<pid>-<ms>.tmp`. */
const legacyTemp = /\.structgen-\d+-\d{10,}\.tmp$/;
/** Creates the journal exclusively: an existing one means another run holds the folder, or a run died. */
export async function createJournal(dir, journal) {
    let handle;
    try {
        handle = await open(path.join(dir, journalName), 'wx');
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return 'exists';
        throw error;
    }
    try {
        await handle.writeFile(JSON.stringify(journal), 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    return 'created';
}
/** Moves the journal to `committing` in one rename, so it is never half-written in that state. */
export async function markCommitting(dir, journal) {
    const staging = path.join(dir, journalStaging);
    await writeDurably(staging, JSON.stringify({ ...journal, state: 'committing' }));
    await rename(staging, path.join(dir, journalName));
    await syncFolder(dir);
}
/** Writes a file and flushes it to the disk before returning, so a rename after it never exposes a torn file. */
export async function writeDurably(file, contents, flag = 'w') {
    const handle = await open(file, flag);
    try {
        await handle.writeFile(contents, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/** Makes renames in a folder durable; not every platform can open a folder (Windows), which is fine. */
export async function syncFolder(dir) {
    let handle;
    try {
        handle = await open(dir, constants.O_RDONLY);
        await handle.sync();
    }
    catch {
        // Best effort: the renames are already atomic; this only orders them against a power cut.
    }
    finally {
        await handle?.close();
    }
}
/** A second name for `target` (a hard link; a copy where the file system has no links). */
export async function backUp(target, backup) {
    try {
        await link(target, backup);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            throw error;
        await copyFile(target, backup, constants.COPYFILE_EXCL);
    }
}
export async function exists(file) {
    try {
        await lstat(file);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Finishes an interrupted commit, in the commit's own order: every temporary file over its target (where
 * the target is absent or structgen's), every removal the manifest vouches for, the manifest last; then
 * the backups and the journal go. `dir` is the real folder.
 */
export async function rollForward(dir, journal) {
    const onDisk = await readManifest(dir);
    // A journal names its document (before manifests, none did): the record must be that document's.
    const manifest = onDisk && (journal.source === undefined || onDisk.source === journal.source) ? onDisk : undefined;
    const files = journal.replace.filter((e) => e.path !== manifestName);
    const record = journal.replace.filter((e) => e.path === manifestName);
    for (const entry of files)
        await finishReplacement(dir, entry, manifest);
    for (const entry of journal.remove) {
        const target = await confined(dir, entry.path);
        if (target && (await mayRemove(target, entry.path, manifest)))
            await rm(target, { force: true });
    }
    for (const entry of record)
        await finishReplacement(dir, entry, manifest);
    await syncFolder(dir);
    await removeBackups(dir, journal);
    await unlink(path.join(dir, journalName));
}
async function finishReplacement(dir, entry, manifest) {
    const target = await confined(dir, entry.path);
    const temp = await confined(dir, entry.temp);
    if (!target || !temp || !(await exists(temp)))
        return;
    const next = await readFile(temp, 'utf8').catch(() => undefined);
    const allowed = next !== undefined &&
        (entry.path === manifestName
            ? !(await exists(target)) || (await readManifest(dir)) !== undefined
            : (await mayReplace(target, entry.path, next, manifest)).owned);
    if (allowed)
        await rename(temp, target);
    else
        await rm(temp, { force: true });
}
/** Undoes a commit that failed part-way: earlier files back from their backups, new files gone. */
export async function rollBack(dir, journal) {
    for (const entry of journal.replace) {
        const target = await confined(dir, entry.path);
        const temp = await confined(dir, entry.temp);
        const backup = entry.backup === undefined ? undefined : await confined(dir, entry.backup);
        if (!target || !temp || (entry.backup !== undefined && !backup))
            continue;
        if (backup && (await exists(backup)))
            await restore(backup, target);
        // No backup: the target did not exist before; once its temporary file is gone, the target is ours.
        else if (!backup && !(await exists(temp)))
            await rm(target, { force: true });
        await rm(temp, { force: true });
    }
    for (const entry of journal.remove) {
        const backup = await confined(dir, entry.backup);
        const target = await confined(dir, entry.path);
        if (backup && target && (await exists(backup)))
            await restore(backup, target);
    }
    await syncFolder(dir);
    await unlink(path.join(dir, journalName));
    await removeEmptyFolders(dir, journal.replace.map((e) => e.temp));
}
/**
 * Puts a backup back in place. A target that was never replaced is still a hard link to the same file as
 * its backup, and renaming one link over another of the same file does nothing (POSIX): the backup then
 * has to be unlinked too.
 */
async function restore(backup, target) {
    await rename(backup, target);
    await rm(backup, { force: true });
}
/** Undoes a run that never committed: its temporary files and backups go; no target was touched. */
export async function discardStaging(dir, journal) {
    for (const entry of journal?.replace ?? []) {
        const temp = await confined(dir, entry.temp);
        if (temp)
            await rm(temp, { force: true });
    }
    await removeBackups(dir, journal);
    // Subfolders made for the new files (docs/definitions/) are left empty: they go too.
    await removeEmptyFolders(dir, (journal?.replace ?? []).map((e) => e.temp));
    await rm(path.join(dir, journalStaging), { force: true });
    await rm(path.join(dir, journalName), { force: true });
}
/** The folders of these paths (inside `dir`, not `dir` itself) that are empty, deepest first, and their empty parents. */
export async function removeEmptyFolders(dir, paths) {
    const folders = new Set(paths.map((p) => path.posix.dirname(p)).filter((f) => f !== '.'));
    for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
        for (let current = folder; current !== '.'; current = path.posix.dirname(current)) {
            // Never through a link: a folder reached through one is somewhere else.
            const real = await confined(dir, current);
            if (!real)
                break;
            try {
                await rmdir(real);
            }
            catch {
                break;
            }
        }
    }
}
async function removeBackups(dir, journal) {
    for (const entry of [...(journal?.replace ?? []), ...(journal?.remove ?? [])]) {
        const backup = entry.backup === undefined ? undefined : await confined(dir, entry.backup);
        if (backup)
            await rm(backup, { force: true });
    }
}
/** Reads a journal, or undefined when it is torn (a run killed while creating it, before any file was staged). */
export async function readJournal(dir) {
    let value;
    try {
        value = JSON.parse(await readFile(path.join(dir, journalName), 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw error;
        return undefined;
    }
    return isJournal(dir, value) && (value.source === undefined || typeof value.source === 'string') ? value : undefined;
}
/** Only names inside the folder, and temporary and backup names of structgen's own pattern, are trusted. */
function isJournal(dir, value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const j = value;
    if (j.structgen !== 1 || (j.state !== 'staging' && j.state !== 'committing'))
        return false;
    if (!Array.isArray(j.replace) || !Array.isArray(j.remove))
        return false;
    const own = (name, of) => typeof name === 'string' && name.startsWith(of + '.structgen-') && ownName.test(name) && inside(dir, name) !== undefined;
    return (j.replace.every((e) => typeof e === 'object' &&
        e !== null &&
        inside(dir, e.path) !== undefined &&
        own(e.temp, e.path) &&
        (e.backup === undefined || own(e.backup, e.path))) &&
        j.remove.every((e) => typeof e === 'object' && e !== null && inside(dir, e.path) !== undefined && own(e.backup, e.path)));
}
export function newJournal(replace, remove, source) {
    return { structgen: 1, pid: process.pid, host: hostname(), state: 'staging', source, replace, remove };
}
/**
 * Brings a folder back to a complete set after a run that died: rolls an interrupted commit forward or
 * a staging run back, and deletes what structgen before the journal left behind. Returns what it did.
 * Only the holder of the folder's lock calls this (the journal's writer is then known to be gone); `dir`
 * is the real folder.
 */
export async function recoverFolder(dir) {
    let outcome = 'none';
    let journal;
    let present = true;
    try {
        journal = await readJournal(dir);
    }
    catch {
        present = false;
    }
    if (present) {
        if (journal?.state === 'committing') {
            await rollForward(dir, journal);
            outcome = 'rolled-forward';
        }
        else {
            await discardStaging(dir, journal);
            outcome = 'rolled-back';
        }
    }
    else {
        await rm(path.join(dir, journalStaging), { force: true });
    }
    for (const name of await readdir(dir).catch(() => [])) {
        if (legacyTemp.test(name)) {
            await rm(path.join(dir, name), { force: true });
            if (outcome === 'none')
                outcome = 'rolled-back';
        }
    }
    return outcome;
}
//# sourceMappingURL=journal.js.map