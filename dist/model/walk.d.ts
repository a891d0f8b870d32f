import type { Model, TypeNode } from './types.js';
/** Ends every `switch (node.kind)`: adding a node kind makes the compiler list each switch to extend. */
export declare function assertNever(value: never): never;
/** The nodes directly inside `node`, in order. The one place that knows where children live. */
export declare function childNodes(node: TypeNode): TypeNode[];
/** Names of the definitions `node` refers to, directly or through nested nodes, in first-seen order. */
export declare function referencedNames(node: TypeNode): string[];
/** Looks a definition up by its original name; throws, because a dangling ref here is a bug in a reader. */
export declare function definitionIndex(model: Model): Map<string, Model['definitions'][number]>;
