import type { TypeNode } from '../model/index.js';
/**
 * Makes `target` become `replacement` where it stands: every parent holds the node by reference, so
 * passes that work on their own copy of the Model can rewrite a node without a second map of where
 * children live (`childNodes` stays the one place that knows).
 */
export declare function replaceInPlace(target: TypeNode, replacement: TypeNode): void;
