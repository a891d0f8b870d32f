/** `default` checked against its type: a default that cannot be a value of it is a spec defect. */
import type { Docs, TypeNode } from '../../model/index.js';
import type { At, ReadContext } from './context.js';
/** A default that does not fit its type (`{type: string, default: true}`) is a spec defect worth a warning. */
export declare function checkDefault(ctx: ReadContext, docs: Docs, type: TypeNode, at: At): void;
