/**
 * What every emitter asks of operations: the fixed orders (locations, methods), and which type nodes and
 * definitions an operation holds, callbacks included. The one place that knows where an operation keeps
 * its types.
 */
import type { HttpMethod, Model, Operation, ParameterLocation, TypeNode } from './types.js';
/** Locations in the order every target lists them (openapi-typescript's: query, header, path, cookie; then 3.2's querystring). */
export declare const parameterLocations: readonly ParameterLocation[];
/** The methods of a Path Item, in the order OpenAPI lists them (and openapi-typescript writes them). */
export declare const httpMethods: readonly HttpMethod[];
/** Every type node an operation holds (its callbacks' operations included), in a stable order. */
export declare function operationTypes(operation: Operation): TypeNode[];
/** Names of the definitions an operation refers to, directly or through the definitions' own nodes, in first-seen order. */
export declare function operationDefinitions(operation: Operation): string[];
/** Whether the model describes an API (operations or webhooks), so targets write their operation parts. */
export declare function hasOperations(model: Model): boolean;
/** `paths` grouped by path, in first-seen order: what a Path Item is to openapi-typescript and openapi-fetch. */
export declare function operationsByPath(operations: readonly Operation[]): Map<string, Operation[]>;
/** Every operation of the model: paths', webhooks', path item components' own, and their callbacks', depth first. */
export declare function everyOperation(model: Model): Operation[];
/**
 * The roots of every type node the model holds: each definition's type, each operation's (callbacks,
 * webhooks and path item components included) and each component's (an unused component parameter or
 * header is a node of its own). A walk over the model's values starts here, so that a component or a
 * response's headers are not left out of it.
 */
export declare function typeRoots(model: Model): TypeNode[];
