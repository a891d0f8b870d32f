/**
 * The document's value by the fast path, or undefined where it declines (see above). What js-yaml reads
 * differently from `yaml` is found in the value it returns: an alias of a map or list is the same object
 * twice (`yaml` copies it, counting copies against its alias limit), a null key is "null" (`yaml`: ""),
 * a list as a key is "a,b" and a map "[object Object]" (`yaml` writes them as flow YAML).
 */
export declare function loadYamlFast(text: string): unknown;
