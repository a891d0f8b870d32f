import { type Definition, type Model, type TypeNode } from '../../model/index.js';
import { type Expr, type ObjectProperty } from '../../layout/js.js';
import { type BuilderName } from './builders.js';
import type { HelperName } from './helpers.js';
import { type MappedName } from './mappings.js';
import { type Keywords } from './json-schema.js';
export interface ZodContext {
    schemaNameOf: (definitionName: string) => string;
    definitionOf: (definitionName: string) => Definition | undefined;
    /** Definitions whose constant is already declared; a ref to any other is a back edge and goes through `z.lazy`. */
    declared: Set<string>;
    /** Helpers the file must declare (see helpers.ts). */
    helpers: Set<HelperName>;
    /** Zod builders the file calls, each through a function it declares (see builders.ts). */
    builders: Set<BuilderName>;
    /** Each property's documentation object by its JSON text, with a setter for each place that holds it (see shareKeywordObjects). */
    keywordObjects: Map<string, {
        name: string;
        keywords: Keywords;
        uses: ((e: Expr) => void)[];
    }>;
    /**
     * Set while a definition's own object is built: its properties' docs go here instead of into their
     * validators, for one `describe(…)` statement after the declaration (see emit-zod.ts).
     */
    liftedDocs?: ObjectProperty[] | undefined;
    /** The local name of a user's export that a custom type mapping names (zod.ts imports it). */
    mappedName?: MappedName;
    /** Request views whose z.input is a mapped value's wire form, not their type in types.ts (see emit-zod.ts). */
    wireInput?: ReadonlySet<string>;
    /** A number for each distinct `unevaluated(…)` call by its text, which copies of it share (see unevaluated.ts). */
    unevaluatedKeys: Map<string, number>;
    /**
     * Set while a definition is built: the plan branches declared as constants before it, by their text
     * and by node (named after the definition, `…Branch1Schema`, unique in the file: `taken`; see
     * unevaluated.ts).
     */
    branches?: {
        prefix: string;
        names: Map<string, string>;
        byNode: Map<TypeNode, string>;
        declared: {
            name: string;
            expression: Expr;
        }[];
        taken: Set<string>;
    } | undefined;
}
export declare function zodContext(model: Model): ZodContext;
/** `<TypeName>Schema`: the Zod constant beside each type of the same name. */
export declare function schemaNameResolver(model: Model): (name: string) => string;
/** `<name>(...args)`: Zod's builder `z.<name>`, through the function of that name zod.ts declares. */
export declare const z: (ctx: ZodContext, name: BuilderName, ...args: Expr[]) => Expr;
/**
 * The validator of a node, carrying for `z.toJSONSchema` what Zod cannot read from it (see
 * json-schema.ts), with `annotations` (a definition's or property's docs) besides.
 */
export declare function zodExpression(node: TypeNode, ctx: ZodContext, annotations?: Keywords, property?: string): Expr;
