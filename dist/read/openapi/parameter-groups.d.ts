import { type Parameter, type ParameterGroup, type ParameterLocation, type Property } from '../../model/index.js';
import { type At, type ReadContext, type SchemaObject } from '../json-schema/context.js';
/** A parameter as listed, not yet typed. */
export interface RawParameter<Location extends string = ParameterLocation> {
    name: string;
    in: Location;
    value: SchemaObject;
    at: At;
    /** Declared on the path item, for every operation of the path. */
    pathLevel: boolean;
    /** Named only by the path template. */
    fromTemplate?: true;
}
export interface GroupedOperation {
    /** The operation object, where the group definitions' origin points. */
    at: At;
    stem: string;
    method: string;
    path: string;
}
/** One group per location (in `parameterLocations` order), each with the object definition of its typed values. */
export declare function parameterGroups<P extends RawParameter<string>>(ctx: ReadContext, parameters: readonly P[], operation: GroupedOperation, describe: (p: P, groupName: string, location: P['in'] & ParameterLocation) => {
    property: Property;
    parameter: Parameter;
}): ParameterGroup[];
/**
 * Path parameters checked against the template: each `{name}` needs one (a missing one is added, by
 * `missing`, as a required string, since a client must fill it in), and one the template lacks can
 * never be sent.
 */
export declare function withTemplateParameters<P extends RawParameter<string>>(parameters: P[], at: At, path: string, defect: (at: At, message: string) => void, missing: (name: string) => P): P[];
/** Path-level parameters first, then the operation's; one of the operation's replaces the path's of the same name and location. */
export declare function mergeParameters<P extends RawParameter<string>>(shared: readonly P[], own: readonly P[]): P[];
