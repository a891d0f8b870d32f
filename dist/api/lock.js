/**
 * One structgen run at a time in an output folder. A run that writes holds the folder's lock file
 * (`.structgen-lock.json`, created exclusively) from before it reads what is there until its set is
 * replaced, so no other run can plan against a folder that is changing, roll back or forward a journal
 * whose writer is still at work, or commit between another run's comparison and its commit.
 *
 * A lock whose process is gone (killed with -9, a crash, a power cut) is taken over: it is renamed to a
 * name of the taker's own first, which only one taker can do, and checked to be the dead run's before it
 * is dropped; if another taker was quicker, the lock is put back and the wait goes on.
 * `--check` writes nothing: it waits while a live run holds the lock, then reads.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
export const lockName = '.structgen-lock.json';
/** Whether the process that wrote `record` is still running (same machine; another machine's is taken as alive). */
function holderAlive(record) {
    if (!record)
        return false;
    if (record.host !== hostname())
        return true;
    if (record.pid === process.pid)
        return true;
    try {
        process.kill(record.pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
async function readLock(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        const value = JSON.parse(text);
        if (value.structgen === 1 && typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string')
            return { text, record: value };
    }
    catch {
        // A torn lock: its writer died between creating and filling it.
    }
    return { text };
}
export class FolderBusyError extends Error {
    pid;
    host;
    constructor(pid, host) {
        super(`another structgen run${pid !== undefined ? ` (process ${pid}${host !== hostname() ? ` on ${host}` : ''})` : ''} holds the folder`);
        this.pid = pid;
        this.host = host;
        this.name = 'FolderBusyError';
    }
}
/** A torn lock younger than this may still be being written: it is left alone for that long. */
const tornGraceMs = 2_000;
/**
 * Takes the folder's lock, waiting up to `waitMs` for a live holder to finish; throws `FolderBusyError`
 * when it does not. A dead holder's lock is taken over.
 */
export async function lockFolder(realDir, waitMs, signal) {
    const file = path.join(realDir, lockName);
    const record = { structgen: 1, pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
    const text = JSON.stringify(record) + '\n';
    const deadline = Date.now() + waitMs;
    let tornSince;
    for (;;) {
        signal?.throwIfAborted();
        try {
            const handle = await open(file, 'wx');
            try {
                await handle.writeFile(text, 'utf8');
            }
            finally {
                await handle.close();
            }
            return { release: () => releaseLock(file, text) };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const held = await readLock(file);
        if (held === undefined)
            continue;
        const torn = held.record === undefined;
        if (torn)
            tornSince ??= Date.now();
        else
            tornSince = undefined;
        const dead = torn ? Date.now() - tornSince > tornGraceMs : !holderAlive(held.record);
        if (dead && (await takeOver(file, held.text, record.token)))
            continue;
        if (Date.now() > deadline)
            throw new FolderBusyError(held.record?.pid, held.record?.host);
        await new Promise((resolve) => setTimeout(resolve, 40));
    }
}
/** Waits while a live run holds the folder (for readers such as `--check`); throws `FolderBusyError` after `waitMs`. */
export async function waitForFolder(realDir, waitMs) {
    const file = path.join(realDir, lockName);
    const deadline = Date.now() + waitMs;
    for (;;) {
        const held = await readLock(file);
        if (held === undefined || (held.record !== undefined && !holderAlive(held.record)))
            return;
        if (Date.now() > deadline)
            throw new FolderBusyError(held.record?.pid, held.record?.host);
        await new Promise((resolve) => setTimeout(resolve, 40));
    }
}
/** Whether a lock is left in the folder by a run that is gone (`kill -9`): the next run takes it over and drops it. */
export async function deadLock(realDir) {
    const held = await readLock(path.join(realDir, lockName)).catch(() => undefined);
    return held?.record !== undefined && !holderAlive(held.record);
}
/** Whether a live run holds the folder now. */
export async function folderHeld(realDir) {
    const held = await readLock(path.join(realDir, lockName)).catch(() => undefined);
    return held !== undefined && (held.record === undefined || holderAlive(held.record));
}
/**
 * Moves a dead run's lock out of the way. Renaming it to a name of our own succeeds for one taker only;
 * what was renamed is then checked to be the dead lock (another taker may have replaced it with a live
 * one in the meantime), and put back with `link` (which never overwrites) when it is not.
 */
async function takeOver(file, deadText, token) {
    const aside = `${file}.${token}.dead`;
    try {
        await rename(file, aside);
    }
    catch {
        return false;
    }
    const moved = await readFile(aside, 'utf8').catch(() => undefined);
    if (moved === deadText) {
        await rm(aside, { force: true });
        return true;
    }
    await link(aside, file).catch(() => undefined);
    await rm(aside, { force: true });
    return false;
}
async function releaseLock(file, text) {
    // Only our own lock is removed: a lock that is not ours (taken over while we were presumed dead) stays.
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === text)
        await unlink(file).catch(() => undefined);
}
//# sourceMappingURL=lock.js.map