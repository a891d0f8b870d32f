/**
 * Reads on behalf of a document stay inside a folder (the input's folder for `$ref`s, the import root for
 * `$import`s), judged by real path: a symbolic link, to a file or to a folder, that leads out of the
 * folder is refused however innocent its name. `../`, absolute and `file:` references are refused on
 * their text before this runs; this catches what the text cannot show.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
/**
 * Whether `target` (absolute, already inside `root` by its text) is inside `root` by real path too. A
 * target that does not exist passes: reading it then fails as a missing file, and nothing is read.
 * `show` turns an absolute path into the form diagnostics use.
 */
export async function confine(target, root, show) {
    const realRoot = await realpath(root).catch(() => path.resolve(root));
    const realTarget = await realpath(target).catch(() => undefined);
    if (realTarget === undefined || inside(realTarget, realRoot))
        return { ok: true };
    // Name the link that leads out: the first component below the root that is a symbolic link and
    // whose real path is outside (the target itself, or a folder on the way).
    const segments = path.relative(root, target).split(path.sep);
    for (let i = 1; i <= segments.length; i++) {
        const step = path.join(root, ...segments.slice(0, i));
        const info = await lstat(step).catch(() => undefined);
        if (!info?.isSymbolicLink())
            continue;
        const leadsTo = await realpath(step).catch(() => undefined);
        if (leadsTo !== undefined && !inside(leadsTo, realRoot))
            return { ok: false, reason: `${show(step)} is a symbolic link to ${leadsTo}, outside ${show(root)}` };
    }
    return { ok: false, reason: `its real path ${realTarget} is outside ${show(root)}` };
}
function inside(candidate, folder) {
    const relative = path.relative(folder, candidate);
    return relative !== '' && !relative.startsWith('..' + path.sep) && relative !== '..' && !path.isAbsolute(relative);
}
//# sourceMappingURL=confine.js.map