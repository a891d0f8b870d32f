/**
 * Output folders that a config's documents no longer produce. Each folder structgen writes for a config
 * records, in its manifest, the config and the document (ownership.ts). A folder below the config's
 * folder whose manifest names this config but a document the config no longer plans (removed from the
 * list, or no longer matched by a glob, or deleted) is orphaned: `generate` removes what structgen
 * recorded there and `--check` reports it.
 *
 * The search is bounded, since a project folder holds much else: a few levels deep, never into
 * node_modules or hidden folders, never through links, and at most a few thousand folders.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { manifestName, readManifest } from './ownership.js';
const search = { depth: 5, folders: 5_000 };
/**
 * The output folders below `projectDir` recorded as written for `configFile` from a document that is not
 * among `planned` (absolute paths or URLs of the documents this run plans).
 */
export async function orphanedOutputs(projectDir, configFile, planned) {
    const found = [];
    let folders = 0;
    const walk = async (dir, depth) => {
        if (++folders > search.folders)
            return;
        const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
        if (entries.some((e) => e.isFile() && e.name === manifestName)) {
            const manifest = await readManifest(dir);
            if (manifest?.config !== undefined && path.resolve(dir, manifest.config) === configFile) {
                const source = /^[a-z][a-z0-9+.-]*:\/\//i.test(manifest.source) ? manifest.source : path.resolve(dir, manifest.source);
                if (!planned.has(source))
                    found.push({ dir, source });
            }
        }
        if (depth >= search.depth)
            return;
        const names = entries
            .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
            .map((e) => e.name)
            .sort();
        for (const name of names)
            await walk(path.join(dir, name), depth + 1);
    };
    await walk(projectDir, 0);
    return found;
}
//# sourceMappingURL=orphans.js.map