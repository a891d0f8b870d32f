/**
 * The user's modules that custom type mappings name (docs/type-mappings.md), as types.ts and zod.ts
 * import them: one import per module, in the order the model first uses them, each export under its
 * own name unless the file declares that name already (then `Money_2`, ...).
 */
import { type Model, type ModuleExport, type ValueMapping } from '../model/index.js';
export interface MappedImports {
    /** The import declarations, in prettier's layout; empty when no mapping needs one. */
    source: string;
    /** The name an export goes by in the file. */
    localName: (e: ModuleExport) => string;
}
/** Every mapping marked on the model's nodes, in the order first met. */
export declare function mappingsOf(model: Model): ValueMapping[];
/**
 * The definitions whose values hold a mapped value, directly or through the definitions they refer to:
 * their validators' input (the wire) and output (the mapped types) differ there.
 */
export declare function definitionsWithMappings(model: Model): ReadonlySet<string>;
/**
 * The imports of the custom mappings' `type` exports (types.ts, `import type`) or `zod` exports
 * (zod.ts). `taken`: the names the file declares itself.
 */
export declare function mappedImports(model: Model, part: 'type' | 'zod', taken: ReadonlySet<string>): MappedImports;
