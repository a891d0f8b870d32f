import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import { childNodes, definitionIndex, operationTypes, type Definition, type Model, type TypeNode } from '../model/index.js';
import { replaceInPlace } from './replace-node.js';

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

/**
 * Whether `node` reaches definition `start` through refs and combinators alone. Objects, arrays and
 * tuples guard recursion (a value must nest to recurse); every other node is looked through.
 */
function reachesUnguarded(node: TypeNode, start: string, index: Map<string, Definition>, seen: Set<string>): boolean {
  if (node.kind === 'object' || node.kind === 'array' || node.kind === 'tuple') return false;
  if (node.kind !== 'ref') return childNodes(node).some((child) => reachesUnguarded(child, start, index, seen));
  if (node.target === start) return true;
  if (seen.has(node.target)) return false;
  seen.add(node.target);
  const target = index.get(node.target);
  return target ? reachesUnguarded(target.type, start, index, seen) : false;
}

/**
 * Leaves out the definitions `checkUnguardedCycles` finds, so the rest of the document generates: each
 * is reported (`circular-ref-skipped`, located where it is defined), and every reference to one accepts
 * anything, as a type nothing describes does. Rewrites the read model in place (it belongs to the run).
 */
export function skipUnguardedCycles(model: Model): Diagnostic[] {
  const index = definitionIndex(model);
  const skipped = new Set(model.definitions.filter((d) => reachesUnguarded(d.type, d.name, index, new Set())).map((d) => d.name));
  if (skipped.size === 0) return [];
  const diagnostics = model.definitions
    .filter((d) => skipped.has(d.name))
    .map((def) =>
      diagnostic('circular-ref-skipped', {
        message: `${JSON.stringify(def.name)} refers to itself without any object, array or tuple in between, so no value can match it; it is left out, and references to it accept anything`,
        file: def.origin.document,
        pointer: def.origin.pointer,
      }),
    );
  model.definitions = model.definitions.filter((d) => !skipped.has(d.name));
  model.roots = model.roots.filter((name) => !skipped.has(name));
  const seen = new Set<TypeNode>();
  const stack: TypeNode[] = [
    ...model.definitions.map((d) => d.type),
    ...[...model.operations, ...model.webhooks].flatMap((o) => operationTypes(o)),
  ];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'ref' && skipped.has(node.target)) replaceInPlace(node, { kind: 'any' });
    else stack.push(...childNodes(node));
  }
  return diagnostics;
}
