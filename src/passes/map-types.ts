/**
 * Type mappings onto the model (docs/type-mappings.md): each string and number node that a mapping
 * matches is marked with what its value becomes once decoded (`mapped`); the node still says what
 * travels on the wire. A custom mapping (a `format`, or an `x-` keyword's value) wins over nothing else:
 * the options are checked so that no two mappings match the same thing (src/api/type-mappings.ts).
 */
import { childNodes, typeRoots, type Model, type TypeNode, type ValueMapping } from '../model/index.js';
import type { ResolvedMappings } from '../api/type-mappings.js';

/**
 * The model with every matching node marked, and the custom mappings (their indexes in
 * `mappings.custom`) that matched no node: a typo, or a mapping meant for another document.
 */
export function mapTypes(model: Model, mappings: ResolvedMappings): { model: Model; unmatched: number[] } {
  const copy = structuredClone(model);
  const seen = new Set<TypeNode>();
  const matched = new Set<ValueMapping>();
  const visit = (node: TypeNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.kind === 'string' || node.kind === 'number') {
      const mapped = mappingOf(node, mappings);
      if (mapped) {
        node.mapped = mapped;
        matched.add(mapped);
      }
      return;
    }
    for (const child of childNodes(node)) visit(child);
  };
  for (const root of typeRoots(copy)) visit(root);
  const unmatched = mappings.custom.flatMap((m, i) => (matched.has(m.mapping) ? [] : [i]));
  return { model: copy, unmatched };
}

/** 64-bit integers: `format: int64` and JSON Structure's int64 and uint64. */
function isInt64(node: Extract<TypeNode, { kind: 'number' }>): boolean {
  return node.numberKind === 'int64' || node.numberKind === 'uint64' || node.format === 'int64';
}

function mappingOf(node: Extract<TypeNode, { kind: 'string' | 'number' }>, mappings: ResolvedMappings): ValueMapping | undefined {
  for (const { match, mapping } of mappings.custom) {
    const [key, value] = match;
    if (
      key === 'format'
        ? node.format === value
        : node.extensions !== undefined && Object.hasOwn(node.extensions, key) && node.extensions[key] === value
    )
      return mapping;
  }
  if (node.kind === 'string')
    return mappings.dates === 'Date' && (node.format === 'date-time' || node.format === 'date') ? { to: 'Date' } : undefined;
  if (!isInt64(node) || mappings.int64 === undefined) return undefined;
  const wire = node.wire === 'string' ? 'string' : 'number';
  // A mode that names the wire's own type changes nothing.
  return mappings.int64 === wire ? undefined : { to: mappings.int64 };
}
