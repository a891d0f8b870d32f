const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A JSON Structure document names a json-structure.org meta-schema, or looks like one (Core-like). */
export function isJsonStructure(value) {
    if (!isObject(value) || 'openapi' in value || 'swagger' in value || 'jsonStructure' in value)
        return false;
    // JSON Structure writes references only inside `type`: a `$ref` at the root is JSON Schema's.
    if (typeof value['$ref'] === 'string')
        return false;
    if (typeof value['$schema'] === 'string' && value['$schema'].includes('json-structure'))
        return true;
    // Catalogs publish Core-like documents under a JSON Schema $schema: JSON Structure's own marks decide.
    if (typeof value['$schema'] === 'string' && value['$schema'].includes('json-schema.org'))
        return hasStructureMarks(value);
    return ('$root' in value ||
        (isObject(value['definitions']) && !('$defs' in value)) ||
        (typeof value['type'] === 'string' && typeof value['name'] === 'string'));
}
/** Type names only JSON Structure has (JSON Schema has none of them). */
const structureOnlyTypes = new Set('int8 uint8 int16 uint16 int32 uint32 int64 uint64 int128 uint128 float8 float double decimal binary date time datetime duration uuid uri jsonpointer set map tuple choice any'.split(' '));
/**
 * Keywords whose values are data, not schemas: a `"type": "float"` inside an example is a value the
 * document shows, and says nothing about the document's format.
 */
const dataKeywords = new Set(['examples', 'example', 'default', 'const', 'enum', 'altenums', 'altnames', 'x-example']);
/** JSON Structure's `$root`, or one of its own type names where a schema's `type` is written (never inside data). */
function hasStructureMarks(value) {
    if ('$root' in value)
        return true;
    const stack = [value];
    while (stack.length > 0) {
        const node = stack.pop();
        if (Array.isArray(node)) {
            stack.push(...node);
            continue;
        }
        if (!isObject(node))
            continue;
        for (const [key, child] of Object.entries(node)) {
            if (dataKeywords.has(key))
                continue;
            if (key === 'type') {
                const names = Array.isArray(child) ? child : [child];
                if (names.some((name) => typeof name === 'string' && structureOnlyTypes.has(name)))
                    return true;
            }
            if (typeof child === 'object' && child !== null)
                stack.push(child);
        }
    }
    return false;
}
//# sourceMappingURL=detect.js.map