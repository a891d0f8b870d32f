/**
 * Whether the project that holds the output can use it: `zod.ts` imports `zod`, which must resolve from
 * the output folder (as Node and TypeScript resolve a bare import: `node_modules/zod` in the folder or
 * any folder above it) and be 4.3 or later. Otherwise `tsc` fails later with TS2307, or with errors in
 * the validators, far from the cause; structgen warns at once, with the command that installs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diagnostic } from '../diagnostics/index.js';
/** The oldest zod the generated validators compile and run with (`z.xor`, `.exactOptional()`). */
export const minimumZod = { major: 4, minor: 3 };
const wanted = `zod@^${minimumZod.major}.${minimumZod.minor}`;
/** The zod that a bare `import "zod"` from a file in `dir` gets, if any. */
export function resolveZod(dir) {
    for (let folder = path.resolve(dir);; folder = path.dirname(folder)) {
        const manifest = path.join(folder, 'node_modules', 'zod', 'package.json');
        if (existsSync(manifest)) {
            try {
                const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
                return { package: path.dirname(manifest), version: typeof version === 'string' ? version : '0.0.0' };
            }
            catch {
                return { package: path.dirname(manifest), version: '0.0.0' };
            }
        }
        if (path.dirname(folder) === folder)
            return undefined;
    }
}
/**
 * Warnings for output folders whose `zod.ts` cannot resolve a recent enough zod: one `zod-missing` or
 * `zod-too-old` per distinct situation (fifteen folders of one project get one warning), naming the
 * folders and the install command for the project's package manager. `outDirs` are relative to `cwd`.
 */
export function checkZod(outDirs, cwd) {
    const groups = new Map();
    for (const dir of outDirs) {
        const found = resolveZod(path.resolve(cwd, dir));
        const key = found ? `${found.package}@${found.version}` : '';
        const group = groups.get(key) ?? { found, dirs: [] };
        group.dirs.push(dir);
        groups.set(key, group);
    }
    const diagnostics = [];
    for (const { found, dirs } of groups.values()) {
        if (found && !olderThanMinimum(found.version))
            continue;
        const files = dirs.map((d) => `${d.split(path.sep).join('/')}/zod.ts`);
        const named = files.length === 1 ? files[0] : `${files[0]} and ${files.length - 1} more`;
        const install = installCommand(path.resolve(cwd, dirs[0]));
        if (!found) {
            diagnostics.push(diagnostic('zod-missing', {
                message: `${named} ${files.length === 1 ? 'imports' : 'import'} "zod", which is not installed in ${dirs[0]} or any folder above it`,
                file: files[0],
                hint: `install it in the project that holds the output: ${install}`,
            }));
        }
        else {
            const where = path.relative(cwd, found.package).split(path.sep).join('/') || found.package;
            diagnostics.push(diagnostic('zod-too-old', {
                message: `${named} ${files.length === 1 ? 'needs' : 'need'} zod ${minimumZod.major}.${minimumZod.minor} or later, but ${where} is ${found.version}`,
                file: files[0],
                hint: `upgrade it: ${install}`,
            }));
        }
    }
    return diagnostics;
}
function olderThanMinimum(version) {
    const [major = 0, minor = 0] = version.split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0);
    return major < minimumZod.major || (major === minimumZod.major && minor < minimumZod.minor);
}
/** `npm install zod@^4.3`, or pnpm's, yarn's or bun's when the nearest lock file is theirs. */
function installCommand(dir) {
    const managers = [
        ['pnpm-lock.yaml', `pnpm add ${wanted}`],
        ['yarn.lock', `yarn add ${wanted}`],
        ['bun.lock', `bun add ${wanted}`],
        ['bun.lockb', `bun add ${wanted}`],
        ['package-lock.json', `npm install ${wanted}`],
    ];
    for (let folder = dir;; folder = path.dirname(folder)) {
        for (const [lock, command] of managers)
            if (existsSync(path.join(folder, lock)))
                return command;
        if (path.dirname(folder) === folder)
            return `npm install ${wanted}`;
    }
}
//# sourceMappingURL=consumer.js.map