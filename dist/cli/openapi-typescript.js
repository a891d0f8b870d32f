/** A word of a shell command line, quoted where the shell would read it otherwise (as the banner quotes). */
function shellWord(word) {
    return /^[\w./@:+,=-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
/** openapi-typescript's boolean flags that structgen has under the same name. */
const booleanFlags = new Set([
    'enum',
    'enum-values',
    'dedupe-enums',
    'check',
    'export-type',
    'immutable',
    'additional-properties',
    'empty-objects-unknown',
    'default-non-nullable',
    'properties-required-by-default',
    'array-length',
    'path-params-as-types',
    'root-types',
    'root-types-no-schema-prefix',
    'make-paths-enum',
    'generate-path-params',
    'read-write-markers',
    'exclude-deprecated',
    'alphabetize',
]);
/** Where openapi-typescript's default differs from structgen's: its value, and the flag that turns it. */
const theirDefaults = {
    'default-non-nullable': ['defaultNonNullable', true],
    'empty-objects-unknown': ['emptyObjectsUnknown', false],
    'generate-path-params': ['generatePathParams', false],
};
const commands = new Set(['generate', 'drift', 'help']);
/** Flags that change what a run prints or whether it writes, not what it writes: the banner's command leaves them out. */
const runFlags = new Set(['--check', '-w', '--watch', '-q', '--quiet', '--verbose', '--overwrite']);
const runFlagsWithValue = new Set(['--reporter', '--ignore']);
/** A filter that keeps the words of a command line that decide what is written. */
function writesTheSame() {
    let skipNext = false;
    return (word) => {
        if (skipNext) {
            skipNext = false;
            return false;
        }
        const flag = word.includes('=') ? word.slice(0, word.indexOf('=')) : word;
        if (runFlagsWithValue.has(flag)) {
            skipNext = !word.includes('=');
            return false;
        }
        return !runFlags.has(flag);
    };
}
/**
 * Whether `argv` is an openapi-typescript command line: it starts with the input (a path or URL, which
 * holds a `.` or a `/`, or `-` for standard input), not with one of structgen's commands.
 */
export function isOpenapiTypescriptCommand(argv) {
    const first = argv[0];
    if (first === undefined || commands.has(first))
        return false;
    return first === '-' || (!first.startsWith('-') && /[./\\]/.test(first));
}
/** The `structgen generate` equivalent of an openapi-typescript command line, or a usage message. */
export function translateOpenapiTypescript(argv) {
    const out = ['generate'];
    const defaults = Object.fromEntries(Object.values(theirDefaults));
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
        if (flag === '--redocly' || flag === '-c')
            return {
                usage: `${flag} (a redocly.yaml with several APIs) has no equivalent: run structgen once per API, or list them in a structgen.config.json (structgen's -c is --config)`,
            };
        if (flag === '-o' || flag === '--output') {
            out.push('--out', ...(inline !== undefined ? [inline] : argv[i + 1] !== undefined ? [argv[++i]] : []));
            continue;
        }
        if (flag === '-t') {
            out.push('--export-type');
            continue;
        }
        const name = flag.startsWith('--') ? flag.slice(2) : undefined;
        if (name === undefined || !booleanFlags.has(name)) {
            out.push(arg);
            continue;
        }
        // yargs reads `--flag false`, `--flag=false` and `--flag true` for a boolean flag.
        let value = true;
        const next = inline ?? argv[i + 1];
        if (next === 'true' || next === 'false') {
            value = next === 'true';
            if (inline === undefined)
                i++;
        }
        const differs = theirDefaults[name];
        if (differs) {
            // Set as an option: structgen's flags cannot say `false` where its own default is `true`.
            defaults[differs[0]] = value;
            continue;
        }
        if (value)
            out.push(flag);
    }
    defaults['command'] = ['npx structgen', ...argv.filter(writesTheSame()).map(shellWord)].join(' ');
    return { argv: out, defaults: defaults };
}
//# sourceMappingURL=openapi-typescript.js.map