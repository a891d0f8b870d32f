import { type Expr } from '../../layout/js.js';
import type { Model } from '../../model/index.js';
import { type BuilderName } from './builders.js';
export interface OperationTables {
    /** `operations` then `webhooks`, as exported constants; none when the document describes no API. */
    tables: {
        name: 'operations' | 'webhooks';
        value: Expr;
    }[];
    /** Whether the parameter helpers are needed. */
    parameters: boolean;
    /** The Zod builders the tables call (see builders.ts); with `parameters`, whether they need `z` at all. */
    builders: ReadonlySet<BuilderName>;
}
/** The tables of a document that describes no API. */
export declare const noOperationTables: OperationTables;
export declare function operationTables(model: Model, schemaNameOf: (name: string) => string): OperationTables;
