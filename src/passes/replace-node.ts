import type { TypeNode } from '../model/index.js';

/**
 * Makes `target` become `replacement` where it stands: every parent holds the node by reference, so
 * passes that work on their own copy of the Model can rewrite a node without a second map of where
 * children live (`childNodes` stays the one place that knows).
 */
export function replaceInPlace(target: TypeNode, replacement: TypeNode): void {
  const fresh = { ...replacement };
  for (const key of Object.keys(target)) delete (target as unknown as Record<string, unknown>)[key];
  Object.assign(target, fresh);
}
