/**
 * What every emitter asks of operations: the fixed orders (locations, methods), and which type nodes and
 * definitions an operation holds, callbacks included. The one place that knows where an operation keeps
 * its types.
 */
import type { HttpMethod, MediaContent, Model, Operation, OperationResponse, ParameterLocation, TypeNode } from './types.js';
import { referencedNames } from './walk.js';

/** Locations in the order every target lists them (openapi-typescript's: query, header, path, cookie; then 3.2's querystring). */
export const parameterLocations: readonly ParameterLocation[] = ['query', 'header', 'path', 'cookie', 'querystring'];

/** The methods of a Path Item, in the order OpenAPI lists them (and openapi-typescript writes them). */
export const httpMethods: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

/** Every type node an operation holds (its callbacks' operations included), in a stable order. */
export function operationTypes(operation: Operation): TypeNode[] {
  const types: TypeNode[] = operation.parameters.map((g) => g.type);
  types.push(...mediaNodes(operation.requestBody?.content ?? []));
  for (const response of operation.responses) types.push(...responseNodes(response));
  for (const callback of operation.callbacks) for (const inner of callback.operations) types.push(...operationTypes(inner));
  return types;
}

/** Names of the definitions an operation refers to, directly or through the definitions' own nodes, in first-seen order. */
export function operationDefinitions(operation: Operation): string[] {
  const seen = new Set<string>();
  for (const type of operationTypes(operation)) for (const name of referencedNames(type)) seen.add(name);
  return [...seen];
}

/** Whether the model describes an API (operations or webhooks), so targets write their operation parts. */
export function hasOperations(model: Model): boolean {
  return model.operations.length > 0 || model.webhooks.length > 0;
}

/** `paths` grouped by path, in first-seen order: what a Path Item is to openapi-typescript and openapi-fetch. */
export function operationsByPath(operations: readonly Operation[]): Map<string, Operation[]> {
  const byPath = new Map<string, Operation[]>();
  for (const operation of operations) {
    const list = byPath.get(operation.path);
    if (list) list.push(operation);
    else byPath.set(operation.path, [operation]);
  }
  return byPath;
}

/** Every operation of the model: paths', webhooks', path item components' own, and their callbacks', depth first. */
export function everyOperation(model: Model): Operation[] {
  const all: Operation[] = [];
  const add = (operations: readonly Operation[]) => {
    for (const operation of operations) {
      all.push(operation);
      for (const callback of operation.callbacks) add(callback.operations);
    }
  };
  add(model.operations);
  add(model.webhooks);
  for (const item of model.components?.pathItems ?? []) add(item.operations);
  return all;
}

/**
 * The roots of every type node the model holds: each definition's type, each operation's (callbacks,
 * webhooks and path item components included) and each component's (an unused component parameter or
 * header is a node of its own). A walk over the model's values starts here, so that a component or a
 * response's headers are not left out of it.
 */
export function typeRoots(model: Model): TypeNode[] {
  const roots = model.definitions.map((d) => d.type);
  for (const operation of everyOperation(model)) roots.push(...operationTypes(operation));
  const components = model.components;
  if (components) {
    for (const c of [...components.schemas, ...components.parameters, ...components.headers]) roots.push(c.type);
    for (const { response } of components.responses) roots.push(...responseNodes(response));
    for (const { body } of components.requestBodies) roots.push(...mediaNodes(body.content));
  }
  return roots;
}

/** A body's types: each media type's, and the items' of a streamed one (`itemSchema`). */
const mediaNodes = (content: readonly MediaContent[]): TypeNode[] => content.flatMap((m) => (m.itemType ? [m.type, m.itemType] : [m.type]));

/** A response's body types and its headers' object. */
const responseNodes = (response: OperationResponse): TypeNode[] => [
  ...mediaNodes(response.content),
  ...(response.headers ? [response.headers] : []),
];
