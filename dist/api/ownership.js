/**
 * What structgen owns in an output folder, and how it proves it.
 *
 * Every run records the files it wrote in the folder's manifest (`.structgen-manifest.json`): the document
 * they were generated from (its path relative to the folder, so the record is the same from any working
 * directory and on any machine), the config that planned it, if any, and each file's SHA-256. A later
 * run may then
 *
 * - **replace** a file at a path it generates when the manifest of the same document lists that path and
 *   the file still holds what was recorded or still opens with a structgen banner of that document, or,
 *   where there is no record (output of a structgen before manifests), when the file's banner is exactly
 *   the one this run writes for it (same document, target and regenerate command);
 * - **remove** a file only when the manifest of the same document lists it and its bytes are still exactly
 *   the recorded ones. A banner alone never makes a file removable.
 *
 * Anything else at a path structgen wants is the user's: the run refuses (`output-not-owned`), naming it,
 * unless it was told to take the file over (`overwrite`). A manifest is data on disk and can be forged,
 * but only by someone who can already write the folder, and even then it can make structgen remove a file
 * only if that file's bytes hash to the recorded value *and* open with a structgen banner: a user's
 * hand-written file has no banner, so no record can make it removable. Every path is also checked on its
 * real location (`confined`): no symlink or `..` takes a write or a removal out of the real output folder.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bannerHeadBytes, bannerSource, bannerText } from './banner.js';
export const manifestName = '.structgen-manifest.json';
export function sha256(contents) {
    return createHash('sha256').update(contents).digest('hex');
}
/** A document's identity as the manifest spells it: relative to the output folder, or a URL or name as given. */
export function documentIdentity(source, realDir) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) || !path.isAbsolute(source))
        return source;
    const relative = path.relative(realDir, source);
    return path.isAbsolute(relative) ? path.basename(source) : relative.split(path.sep).join('/');
}
/** The manifest text for a set of file hashes: sorted and stable, so the same run writes the same bytes. */
export function manifestText(source, config, hashes) {
    const entries = [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const manifest = { structgen: 1, source, ...(config !== undefined ? { config } : {}), files: Object.fromEntries(entries) };
    return JSON.stringify(manifest, null, 2) + '\n';
}
/** The folder's manifest, or undefined when there is none or it is not one (a torn or foreign file is no record). */
export async function readManifest(realDir) {
    const file = path.join(realDir, manifestName);
    const kind = await lstat(file).catch(() => undefined);
    if (!kind?.isFile() || kind.size > 16_000_000)
        return undefined;
    let value;
    try {
        value = JSON.parse(await readFile(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const m = value;
    if (m.structgen !== 1 || typeof m.source !== 'string' || typeof m.files !== 'object' || m.files === null)
        return undefined;
    if (m.config !== undefined && typeof m.config !== 'string')
        return undefined;
    const files = Object.create(null);
    for (const [name, hash] of Object.entries(m.files)) {
        if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash) || !inside(realDir, name))
            return undefined;
        files[name] = hash;
    }
    return { structgen: 1, source: m.source, ...(m.config !== undefined ? { config: m.config } : {}), files };
}
/** The absolute path of `relative` inside `dir`, or undefined when its text would land outside it. */
export function inside(dir, relative) {
    if (typeof relative !== 'string' || relative === '' || path.isAbsolute(relative) || relative.includes('\0'))
        return undefined;
    const target = path.resolve(dir, relative);
    return target.startsWith(dir + path.sep) ? target : undefined;
}
/**
 * The absolute path of `relative` inside the real folder `realDir`, checked on the disk: every folder on
 * the way is a real folder (not a link, which could lead anywhere) or does not exist yet, and the file
 * itself, if present, is not a link. Undefined when any of that fails: the path is then not structgen's to touch.
 */
export async function confined(realDir, relative) {
    const target = inside(realDir, relative);
    if (!target)
        return undefined;
    const parts = path.relative(realDir, target).split(path.sep);
    let current = realDir;
    for (const [i, part] of parts.entries()) {
        current = path.join(current, part);
        const kind = await lstat(current).catch((error) => (error.code === 'ENOENT' ? null : undefined));
        if (kind === null)
            return target; // Nothing there yet (nor below): it will be created as a real folder or file.
        if (kind === undefined || kind.isSymbolicLink())
            return undefined;
        if (i < parts.length - 1 && !kind.isDirectory())
            return undefined;
    }
    return target;
}
/**
 * Whether structgen may replace the file at `relative` (which exists) with `next`: recorded as written for
 * this document and still of structgen's making, or, without a record, carrying the very banner this run
 * writes. `manifest` is the folder's record when it belongs to the same document.
 */
export async function mayReplace(absolute, relative, next, manifest) {
    const kind = await lstat(absolute).catch(() => undefined);
    if (!kind)
        return { owned: true };
    if (!kind.isFile())
        return { owned: false, why: kind.isSymbolicLink() ? 'it is a symbolic link' : 'it is not a regular file' };
    const bytes = await readFile(absolute).catch(() => undefined);
    if (bytes === undefined)
        return { owned: false, why: 'it cannot be read' };
    const head = bytes.subarray(0, bannerHeadBytes).toString('utf8');
    const recorded = manifest?.files[relative];
    if (recorded !== undefined) {
        if (recorded === sha256(bytes))
            return { owned: true };
        const source = bannerSource(relative, head);
        if (source !== undefined && source === bannerSource(relative, next.slice(0, bannerHeadBytes)))
            return { owned: true };
        return { owned: false, why: 'structgen wrote it once, but it no longer holds structgen output' };
    }
    const theirs = bannerText(relative, head);
    if (theirs !== undefined && theirs === bannerText(relative, next.slice(0, bannerHeadBytes)))
        return { owned: true };
    return {
        owned: false,
        why: theirs === undefined ? 'structgen did not write it' : 'it was generated for another document or with another command',
    };
}
/** Whether structgen may remove `relative`: recorded for this document, and its bytes still exactly the recorded ones (and bannered). */
export async function mayRemove(absolute, relative, manifest) {
    const recorded = manifest?.files[relative];
    if (recorded === undefined)
        return false;
    const kind = await lstat(absolute).catch(() => undefined);
    if (!kind?.isFile())
        return false;
    const bytes = await readFile(absolute).catch(() => undefined);
    if (bytes === undefined || sha256(bytes) !== recorded)
        return false;
    return bannerSource(relative, bytes.subarray(0, bannerHeadBytes).toString('utf8')) !== undefined;
}
//# sourceMappingURL=ownership.js.map