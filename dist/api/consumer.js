/**
 * Whether the project that holds the output can use it: a generated file that imports a package at run
 * time (`zod.ts` imports `zod`; the target table says which, ../emit/targets.ts) needs that package to
 * resolve from the output folder (as Node and TypeScript resolve a bare import: `node_modules/<package>`
 * in the folder or any folder above it) in a recent enough version. Otherwise `tsc` fails later with
 * TS2307, or with errors in the validators, far from the cause; structgen warns at once, with the
 * command that installs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diagnostic } from '../diagnostics/index.js';
import { targetNamed } from '../emit/index.js';
/** The oldest zod the generated validators compile and run with (`z.xor`, `.exactOptional()`). */
export const minimumZod = targetNamed('zod').runtime.minimum;
/** The installed copy of `name` that a bare import from a file in `dir` gets, if any. */
export function resolvePackage(dir, name) {
    for (let folder = path.resolve(dir);; folder = path.dirname(folder)) {
        const manifest = path.join(folder, 'node_modules', ...name.split('/'), 'package.json');
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
 * Warnings for generated files that cannot resolve a recent enough runtime package: one missing or
 * too-old warning per distinct situation (fifteen folders of one project get one warning), naming the
 * files and the install command for the project's package manager.
 */
export function checkRuntimes(uses, cwd) {
    const groups = new Map();
    for (const use of uses) {
        const found = resolvePackage(path.resolve(cwd, use.dir), use.runtime.package);
        const { major, minor } = use.runtime.minimum;
        const key = `${use.runtime.package}@${major}.${minor}:${found ? `${found.package}@${found.version}` : ''}`;
        const group = groups.get(key) ?? { found, runtime: use.runtime, files: [], dirs: [] };
        group.files.push(`${use.dir.split(path.sep).join('/')}/${use.file}`);
        if (!group.dirs.includes(use.dir))
            group.dirs.push(use.dir);
        groups.set(key, group);
    }
    const diagnostics = [];
    for (const { found, runtime, files, dirs } of groups.values()) {
        if (found && !olderThan(found.version, runtime.minimum))
            continue;
        const named = files.length === 1 ? files[0] : `${files[0]} and ${files.length - 1} more`;
        const wanted = `${runtime.package}@^${runtime.minimum.major}.${runtime.minimum.minor}`;
        const install = installCommand(path.resolve(cwd, dirs[0]), wanted);
        if (!found) {
            diagnostics.push(diagnostic(runtime.codes.missing, {
                message: `${named} ${files.length === 1 ? 'imports' : 'import'} "${runtime.specifier}", ${runtime.specifier === runtime.package ? 'which is' : `but ${runtime.package} is`} not installed in ${dirs[0]} or any folder above it`,
                file: files[0],
                hint: `install it in the project that holds the output: ${install}`,
            }));
        }
        else {
            const where = path.relative(cwd, found.package).split(path.sep).join('/') || found.package;
            diagnostics.push(diagnostic(runtime.codes.tooOld, {
                message: `${named} ${files.length === 1 ? 'needs' : 'need'} ${runtime.package} ${runtime.minimum.major}.${runtime.minimum.minor} or later, but ${where} is ${found.version}`,
                file: files[0],
                hint: `upgrade it: ${install}`,
            }));
        }
    }
    return diagnostics;
}
/** `checkRuntimes` for output folders that hold a `zod.ts`. */
export function checkZod(outDirs, cwd) {
    const zod = targetNamed('zod');
    return checkRuntimes(outDirs.map((dir) => ({ dir, file: zod.file, runtime: zod.runtime })), cwd);
}
function olderThan(version, minimum) {
    const [major = 0, minor = 0] = version.split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0);
    return major < minimum.major || (major === minimum.major && minor < minimum.minor);
}
/** `npm install zod@^4.3`, or pnpm's, yarn's or bun's when the nearest lock file is theirs. */
function installCommand(dir, wanted) {
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