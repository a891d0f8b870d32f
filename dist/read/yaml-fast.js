/**
 * The fast path for YAML: js-yaml, told YAML 1.2's core schema exactly (the `yaml` package's rules, see
 * load.ts), parses a plain document in a fraction of the time. Measured on docusign-v2.yaml (1.5 MB):
 * `yaml`'s parseDocument and the duplicate-key walk took 9x JSON.parse of the same data (its lexer alone
 * took 8x); js-yaml took about 2x. `yaml` keeps what it earns its place for: a document the fast path
 * declines (a syntax error, a duplicate key, an anchor or alias, a tag outside the core schema, a key
 * that is not a plain string) is read by `yaml` as before, so its diagnostics, alias limits and values
 * are unchanged; and line:column for a later diagnostic comes from `yaml`, parsed only when one is needed.
 *
 * js-yaml's own CORE_SCHEMA is YAML 1.1-flavoured where it matters here: `1_000` is 1000 and `0b11` is 3,
 * while YAML 1.2 (and `yaml`) read both as strings; so the four implicit types are written out below.
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let schema;
/** YAML 1.2 core schema (yaml.org/spec/1.2.2/#1032-tag-resolution), with the `yaml` package's number reading. */
function coreSchema(js) {
    const scalar = (tag, test, construct) => new js.Type(`tag:yaml.org,2002:${tag}`, {
        kind: 'scalar',
        resolve: (data) => data !== null && test.test(data),
        construct: (data) => construct(data ?? ''),
    });
    return js.FAILSAFE_SCHEMA.extend({
        implicit: [
            new js.Type('tag:yaml.org,2002:null', {
                kind: 'scalar',
                resolve: (data) => data === null || data === '' || /^(?:~|null|Null|NULL)$/.test(data),
                construct: () => null,
            }),
            scalar('bool', /^(?:true|True|TRUE|false|False|FALSE)$/, (data) => data[0] === 't' || data[0] === 'T'),
            scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (data) => data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : Number(data)),
            scalar('float', /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (data) => /nan$/i.test(data) ? NaN : /inf$/i.test(data) ? (data.startsWith('-') ? -Infinity : Infinity) : parseFloat(data)),
        ],
    });
}
/**
 * The document's value by the fast path, or undefined where it declines (see above). What js-yaml reads
 * differently from `yaml` is found in the value it returns: an alias of a map or list is the same object
 * twice (`yaml` copies it, counting copies against its alias limit), a null key is "null" (`yaml`: ""),
 * a list as a key is "a,b" and a map "[object Object]" (`yaml` writes them as flow YAML).
 */
export function loadYamlFast(text) {
    if (/^[ \t-]*\?(?:[ \t]|$)/m.test(text))
        return undefined; // an explicit key
    let value;
    try {
        const js = require('js-yaml');
        schema ??= coreSchema(js);
        value = js.load(text, { schema });
    }
    catch {
        // A syntax error, a duplicate key, an unknown tag, too deep for the stack: `yaml` says which, and where.
        return undefined;
    }
    // An empty document (`yaml` reads it as null) and a bare scalar are left to `yaml`.
    if (typeof value !== 'object' || value === null)
        return undefined;
    const seen = new Set();
    const stack = [value];
    while (stack.length > 0) {
        const node = stack.pop();
        if (seen.has(node))
            return undefined;
        seen.add(node);
        const isList = Array.isArray(node);
        for (const key in node) {
            if (!isList && (ambiguousKeys.has(key) || key.includes(',')))
                return undefined;
            const child = node[key];
            if (typeof child === 'object' && child !== null)
                stack.push(child);
        }
    }
    return value;
}
/** Keys js-yaml may have written for a null or a map key. */
const ambiguousKeys = new Set(['', 'null', 'Null', 'NULL', '~', '[object Object]']);
//# sourceMappingURL=yaml-fast.js.map