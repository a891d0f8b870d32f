/**
 * Whether a parsed document is JSON Structure: kept apart from the reader, so that telling formats apart
 * loads none of the reader.
 */
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON Structure document names a json-structure.org meta-schema, or looks like one (Core-like). */
export function isJsonStructure(value: unknown): boolean {
  if (!isObject(value) || 'openapi' in value || 'swagger' in value || 'jsonStructure' in value) return false;
  if (typeof value['$schema'] === 'string' && value['$schema'].includes('json-structure')) return true;
  // Catalogs publish Core-like documents under a JSON Schema $schema: JSON Structure's own marks decide.
  if (typeof value['$schema'] === 'string' && value['$schema'].includes('json-schema.org')) return hasStructureMarks(value);
  return (
    '$root' in value ||
    (isObject(value['definitions']) && !('$defs' in value)) ||
    (typeof value['type'] === 'string' && typeof value['name'] === 'string')
  );
}

/** Type names only JSON Structure has (JSON Schema has none of them), and its `$root`. */
const structureOnlyTypes =
  /"type"\s*:\s*"(int8|uint8|int16|uint16|int32|uint32|int64|uint64|int128|uint128|float8|float|double|decimal|binary|date|time|datetime|duration|uuid|uri|jsonpointer|set|map|tuple|choice|any)"/;
function hasStructureMarks(value: Json): boolean {
  return '$root' in value || structureOnlyTypes.test(JSON.stringify(value));
}
