/**
 * Type mappings (docs/type-mappings.md): the `dates`, `int64` and `typeMappings` options, checked, and
 * resolved into what the `map-types` pass marks on the model's string and number nodes.
 *
 * A custom mapping names what it matches (a `format`, or one `x-` keyword with its value) and the
 * user's modules as `specifier#Export`: `type` for types.ts, `zod` for zod.ts. A relative specifier
 * (`./money.js`) is a path relative to the project folder (a config's folder; the working directory
 * for the CLI; `cwd` for the API), as every path option is; the generated files import it by the path
 * from the output folder to it. Any other specifier (`decimal.js`, `@acme/money`) is a package, imported
 * as written.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isIdentifierName } from '../model/index.js';
import { defaultTargets, targets } from '../emit/targets.js';
/** What `date-time` and `date` strings are in types.ts and zod.ts: strings as sent (the default), or `Date`s. */
export const datesModes = ['string', 'Date'];
/**
 * What 64-bit integers (`format: int64`, JSON Structure int64 and uint64) are in types.ts and zod.ts.
 * Unset, each is what it travels as (a JSON number is a `number`, a string of digits a `string`).
 */
export const int64Modes = ['number', 'bigint', 'string'];
const exportPattern = /^([^#\s]+)#([^#\s]+)$/;
/** `specifier#Export`, split; undefined when malformed. */
function moduleExport(value) {
    const match = exportPattern.exec(value);
    if (!match || !isIdentifierName(match[2]))
        return undefined;
    return { specifier: match[1], name: match[2] };
}
/** What a mapping matches on: its `format`, or its one `x-` keyword. */
function matchersOf(mapping) {
    return Object.keys(mapping).filter((k) => k === 'format' || k.startsWith('x-'));
}
/** `format: decimal`, `x-kind: money`: what a mapping matches, as messages and docs say it. */
function matchedText(mapping) {
    const key = matchersOf(mapping)[0];
    return `${key}: ${typeof mapping[key] === 'string' ? mapping[key] : JSON.stringify(mapping[key])}`;
}
/**
 * Every problem with `dates`, `int64` and `typeMappings` (values as a config or the API gives them):
 * a mapping must match one thing (a format or one `x-` keyword), name its type (and validator) as
 * `specifier#Export`, not match what another mapping (or `dates`/`int64`) does.
 */
export function typeMappingProblems(options) {
    const problems = [];
    if (options.dates !== undefined && !datesModes.includes(options.dates))
        problems.push({ path: ['dates'], message: `dates is ${JSON.stringify(options.dates)}, not one of ${datesModes.join(', ')}` });
    if (options.int64 !== undefined && !int64Modes.includes(options.int64))
        problems.push({ path: ['int64'], message: `int64 is ${JSON.stringify(options.int64)}, not one of ${int64Modes.join(', ')}` });
    if (options.typeMappings === undefined)
        return problems;
    if (!Array.isArray(options.typeMappings)) {
        problems.push({ path: ['typeMappings'], message: 'typeMappings must be a list of mappings' });
        return problems;
    }
    // The targets that decode the mapped values need each custom mapping's Zod schema.
    const chosen = options.targets ?? defaultTargets;
    const validators = targets.filter((t) => t.validatorName !== undefined && chosen.includes(t.name));
    const taken = new Map();
    if (options.dates === 'Date')
        for (const f of ['date-time', 'date'])
            taken.set(JSON.stringify(['format', f]), 'dates');
    if (options.int64 !== undefined)
        taken.set(JSON.stringify(['format', 'int64']), 'int64');
    for (const [i, mapping] of options.typeMappings.entries()) {
        const at = (...rest) => ['typeMappings', i, ...rest];
        if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
            problems.push({
                path: at(),
                message: `typeMappings/${i} must be an object such as { "format": "decimal", "type": "./money.js#Money", "zod": "./money.js#MoneySchema" }`,
            });
            continue;
        }
        const m = mapping;
        const matchers = matchersOf(m);
        const unknown = Object.keys(m).filter((k) => !['format', 'type', 'zod'].includes(k) && !k.startsWith('x-'));
        for (const key of unknown)
            problems.push({
                path: at(key),
                message: `typeMappings/${i} has an unknown key ${JSON.stringify(key)}`,
                hint: 'a mapping takes format (or one x- keyword), type and zod',
            });
        if (matchers.length !== 1) {
            problems.push({
                path: at(),
                message: matchers.length === 0
                    ? `typeMappings/${i} matches nothing: it names neither a format nor an x- keyword`
                    : `typeMappings/${i} matches on ${matchers.join(' and ')}: a mapping matches on one of them`,
                hint: 'e.g. { "format": "decimal", ... } or { "x-kind": "money", ... }; write one mapping for each',
            });
        }
        else {
            const key = matchers[0];
            const value = m[key];
            if (key === 'format'
                ? typeof value !== 'string' || value === ''
                : !['string', 'number', 'boolean'].includes(typeof value) && value !== null)
                problems.push({
                    path: at(key),
                    message: `typeMappings/${i}/${key} must be ${key === 'format' ? 'a format name' : 'a string, number, boolean or null'}, not ${JSON.stringify(value)}`,
                });
            else {
                const id = JSON.stringify([key, value]);
                const earlier = taken.get(id);
                if (earlier !== undefined)
                    problems.push({
                        path: at(key),
                        message: `typeMappings/${i} maps ${matchedText(m)}, which ${typeof earlier === 'number' ? `typeMappings/${earlier}` : `the ${earlier} option`} maps already`,
                        hint: 'keep one mapping for each format or x- value',
                    });
                else
                    taken.set(id, i);
            }
        }
        for (const key of ['type', 'zod']) {
            const value = m[key];
            if (value === undefined) {
                if (key === 'type')
                    problems.push({
                        path: at(),
                        message: `typeMappings/${i} has no type`,
                        hint: 'name the TypeScript type as "specifier#Export", e.g. "./money.js#Money"',
                    });
                else if (validators.length > 0)
                    problems.push({
                        path: at(),
                        message: `typeMappings/${i}${matchers.length === 1 ? ` (${matchedText(m)})` : ''} names no zod schema, which ${validators.map((t) => t.file).join(' and ')} need${validators.length === 1 ? 's' : ''} to decode the values it maps`,
                        hint: `add zod=specifier#Export to the --type-mapping (in a config or the API, "zod": "specifier#Export"): a Zod schema from the wire value to the type, usually a z.codec; or leave ${validators.map((t) => t.name).join(' and ')} out of the targets`,
                    });
                continue;
            }
            if (typeof value !== 'string' || moduleExport(value) === undefined)
                problems.push({
                    path: at(key),
                    message: `typeMappings/${i}/${key} is ${JSON.stringify(value)}, not "specifier#Export"`,
                    hint: `e.g. "./money.js#${key === 'type' ? 'Money' : 'MoneySchema'}" (a path relative to the project folder, or a package name), the export a JavaScript identifier`,
                });
        }
    }
    return problems;
}
/** Whether any mapping is asked for (the pass and the reader's extra work are skipped otherwise). */
export function hasMappings(m) {
    return m.dates === 'Date' || m.int64 !== undefined || m.custom.length > 0;
}
/**
 * The mappings of valid options (see `typeMappingProblems`), their modules as the generated files
 * import them: relative to `outFolder` (absolute) for a path, as written for a package.
 */
export function resolveTypeMappings(options, cwd, outFolder) {
    const imported = (value) => {
        const { specifier, name } = moduleExport(value);
        return { module: importSpecifier(specifier, cwd, outFolder), name };
    };
    const custom = (options.typeMappings ?? []).map((m) => {
        const record = m;
        const key = matchersOf(record)[0];
        return {
            match: [key, record[key]],
            mapping: {
                to: 'custom',
                type: imported(m.type),
                ...(m.zod !== undefined ? { zod: imported(m.zod) } : {}),
                matched: matchedText(record),
            },
        };
    });
    return {
        ...(options.dates !== undefined ? { dates: options.dates } : {}),
        ...(options.int64 !== undefined ? { int64: options.int64 } : {}),
        custom,
    };
}
/** How a file in `outFolder` imports `specifier` (a path relative to `cwd`, or a package). */
export function importSpecifier(specifier, cwd, outFolder) {
    if (!/^\.\.?(?:\/|$)/.test(specifier) && !path.isAbsolute(specifier))
        return specifier;
    const relative = path.relative(outFolder, path.resolve(cwd, specifier)).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
}
/**
 * The folder the generated files go to, absolute: the `out` option (or `generated/[name]`), `[name]`
 * replaced; an output file (`-o src/api/schema.ts`, types.ts alone) stands in its folder.
 */
export function outputFolder(outDir, name, cwd) {
    const out = path.resolve(cwd, (outDir ?? 'generated/[name]').replaceAll('[name]', name));
    const isFile = /\.(?:d\.)?[cm]?ts$/i.test(out) && !(existsSync(out) && statSync(out).isDirectory());
    return isFile ? path.dirname(out) : out;
}
/**
 * A `--type-mapping` argument: `key=value` pairs separated by commas (`format=decimal,type=./money.js#Money,zod=./money.js#MoneySchema`,
 * or `x-kind=money,...`). An `x-` value is a string; the rest is checked as any mapping is.
 */
export function parseTypeMappingFlag(text) {
    const mapping = {};
    for (const part of text.split(',')) {
        const eq = part.indexOf('=');
        if (eq <= 0)
            throw new Error(`expected key=value pairs separated by commas (format=decimal,type=./money.js#Money,zod=./money.js#MoneySchema), not ${JSON.stringify(part)}`);
        mapping[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return mapping;
}
/** A mapping as `--type-mapping` spells it (the banner's command). */
export function typeMappingFlag(mapping) {
    return Object.entries(mapping)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(',');
}
//# sourceMappingURL=type-mappings.js.map