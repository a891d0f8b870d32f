import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import { assertNever, definitionIndex, type Definition, type Model, type TypeNode } from '../model/index.js';

/**
 * A definition that reaches itself without passing through an object, array, tuple or map (`A = B`,
 * `B = A`; `N = N | null`; `S = allOf [S]`) has no finite value: TypeScript rejects the alias and a
 * validator would recurse forever. Such cycles are errors in the input, reported once per definition.
 */
export function checkUnguardedCycles(model: Model): Diagnostic[] {
  const index = definitionIndex(model);
  const diagnostics: Diagnostic[] = [];
  for (const def of model.definitions) {
    if (reachesUnguarded(def.type, def.name, index, new Set())) {
      diagnostics.push(
        diagnostic('circular-ref', {
          message: `${JSON.stringify(def.name)} refers to itself without any object, array or tuple in between, so no value can match it`,
          file: def.origin.document,
          pointer: def.origin.pointer,
        }),
      );
    }
  }
  return diagnostics;
}

/** Whether `node` reaches definition `start` through refs and combinators alone. */
function reachesUnguarded(node: TypeNode, start: string, index: Map<string, Definition>, seen: Set<string>): boolean {
  switch (node.kind) {
    case 'ref': {
      if (node.target === start) return true;
      if (seen.has(node.target)) return false;
      seen.add(node.target);
      const target = index.get(node.target);
      return target ? reachesUnguarded(target.type, start, index, seen) : false;
    }
    case 'nullable':
      return reachesUnguarded(node.inner, start, index, seen);
    case 'not':
      return reachesUnguarded(node.inner, start, index, seen);
    case 'union':
      return node.variants.some((v) => reachesUnguarded(v, start, index, seen));
    case 'taggedUnion':
      return node.variants.some((v) => reachesUnguarded(v.type, start, index, seen));
    case 'intersection':
      return node.members.some((m) => reachesUnguarded(m, start, index, seen));
    case 'conditional':
      return [node.if, node.then, node.else].some((n) => n !== undefined && reachesUnguarded(n, start, index, seen));
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'any':
    case 'never':
    case 'literal':
    case 'enum':
    case 'object':
    case 'array':
    case 'tuple':
      return false;
    default:
      return assertNever(node);
  }
}
