/**
 * The `paths`, `webhooks` and `operations` interfaces of `types.ts`, in the shape openapi-typescript 7
 * writes them, so that openapi-fetch (`createClient<paths>()`) and the libraries built on it work
 * against structgen's output unchanged. Every payload and parameter set is one of structgen's named
 * types (`ListArchivesQuery`, `Archive`), where openapi-typescript writes the type inline or as
 * `components["schemas"]["Archive"]`.
 *
 * The shape, per operation: `parameters: { query, header, path, cookie }` (`?: never` where a location
 * has no parameters, optional where none of its parameters is required); `requestBody` (`?: never` when
 * there is none, optional unless required); `responses` by status (`200`, `"4XX"`, `default`), each with
 * `headers` (the declared ones and any others) and `content` by media type (`content?: never` for a
 * response without a body). Where openapi-typescript differs on purpose, the README says why: every
 * operation (webhooks' and callbacks' too) sits in `operations` under its id, and callbacks are written
 * (openapi-typescript leaves them out).
 */
import type { ts as TS } from 'ts-morph';
import { createRequire } from 'node:module';
import {
  httpMethods,
  operationsByPath,
  type Model,
  type Operation,
  type ParameterGroup,
  type TypeNameOf,
  type TypeNode,
} from '../../model/index.js';
import { docLines, docComment } from './jsdoc.js';

const { ts } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
const f = ts.factory;

export interface OperationTypes {
  /** The TypeScript type of a model node, as the definitions are written. */
  typeNode: (node: TypeNode) => TS.TypeNode;
  withDoc: <T extends TS.Node>(node: T, comment: string | undefined) => T;
  nameOf: TypeNameOf;
}

/** The locations openapi-typescript writes, in its order; OpenAPI 3.2's `querystring` is read into `query`. */
const writtenLocations = ['query', 'header', 'path', 'cookie'] as const;

/** The three interfaces, or none when the document describes no API. */
export function operationStatements(model: Model, types: OperationTypes): TS.Statement[] {
  if (model.operations.length === 0 && model.webhooks.length === 0) return [];
  const exported = [f.createModifier(ts.SyntaxKind.ExportKeyword)];
  const table = (name: string, members: TS.TypeElement[]): TS.Statement =>
    members.length > 0
      ? f.createInterfaceDeclaration(exported, name, undefined, undefined, members)
      : // What openapi-typescript writes for an empty table, so `paths[...]` stays an error rather than `any`.
        f.createTypeAliasDeclaration(
          exported,
          name,
          undefined,
          f.createTypeReferenceNode('Record', [keyword(ts.SyntaxKind.StringKeyword), keyword(ts.SyntaxKind.NeverKeyword)]),
        );
  const all = [...model.operations, ...model.webhooks, ...model.operations.concat(model.webhooks).flatMap(callbackOperations)];
  return [
    table('paths', pathItems(model.operations, types)),
    table('webhooks', pathItems(model.webhooks, types)),
    table(
      'operations',
      all.map((operation) => property(operation.id, false, operationType(operation, types))),
    ),
  ];
}

function callbackOperations(operation: Operation): Operation[] {
  return operation.callbacks.flatMap((c) => c.operations.flatMap((o) => [o, ...callbackOperations(o)]));
}

const keyword = (kind: TS.KeywordTypeSyntaxKind) => f.createKeywordTypeNode(kind);
const never = () => keyword(ts.SyntaxKind.NeverKeyword);

function property(name: string, optional: boolean, type: TS.TypeNode): TS.PropertySignature {
  const key = /^(?:0|[1-9]\d{0,14})$/.test(name)
    ? f.createNumericLiteral(name)
    : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && name !== '__proto__'
      ? f.createIdentifier(name)
      : f.createStringLiteral(name);
  return f.createPropertySignature(undefined, key, optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined, type);
}

const literalType = (members: TS.TypeElement[]) => f.createTypeLiteralNode(members);
const operationRef = (id: string) =>
  f.createIndexedAccessTypeNode(f.createTypeReferenceNode('operations'), f.createLiteralTypeNode(f.createStringLiteral(id)));

/** One entry per path (or webhook name): the path-level parameters, then every method (`?: never` where absent). */
function pathItems(operations: readonly Operation[], types: OperationTypes): TS.TypeElement[] {
  return [...operationsByPath(operations)].map(([path, list]) => {
    const members: TS.TypeElement[] = [property('parameters', false, pathLevelParameters(list, types))];
    for (const method of httpMethods) {
      const operation = list.find((o) => o.method === method);
      if (operation) members.push(types.withDoc(property(method, false, operationRef(operation.id)), operationDoc(operation)));
      // OpenAPI 3.2's query method is written only where a document uses it.
      else if (method !== 'query') members.push(property(method, true, never()));
    }
    for (const operation of list.filter((o) => !(httpMethods as readonly string[]).includes(o.method)))
      members.push(types.withDoc(property(operation.method, false, operationRef(operation.id)), operationDoc(operation)));
    return property(path, false, literalType(members));
  });
}

function operationDoc(operation: Operation): string | undefined {
  return docComment(docLines(operation.docs));
}

/**
 * The Path Item's own parameters: those declared on it, as they appear in its operations' groups (an
 * operation may override one, so the first operation that keeps it supplies its type).
 */
function pathLevelParameters(operations: readonly Operation[], types: OperationTypes): TS.TypeNode {
  const groups = new Map<ParameterGroup['in'], { group: ParameterGroup; names: string[] }>();
  for (const operation of operations) {
    for (const group of operation.parameters) {
      const names = group.parameters.filter((p) => p.pathLevel).map((p) => p.name);
      if (names.length > 0 && !groups.has(group.in)) groups.set(group.in, { group, names });
    }
  }
  return parametersType((location) => {
    const found = groups.get(location);
    if (!found) return undefined;
    const { group, names } = found;
    const type =
      names.length === group.parameters.length
        ? types.typeNode(group.type)
        : f.createTypeReferenceNode('Pick', [
            types.typeNode(group.type),
            f.createUnionTypeNode(names.map((n) => f.createLiteralTypeNode(f.createStringLiteral(n)))),
          ]);
    const required = group.parameters.some((p) => p.pathLevel && p.required);
    return { type, required };
  });
}

/** `{ query?: never; header?: never; path?: never; cookie?: never }`, with the locations given filled in. */
function parametersType(of: (location: ParameterGroup['in']) => { type: TS.TypeNode; required: boolean } | undefined): TS.TypeNode {
  return literalType(
    writtenLocations.map((location) => {
      const found = of(location) ?? (location === 'query' ? of('querystring') : undefined);
      return found ? property(location, !found.required, found.type) : property(location, true, never());
    }),
  );
}

function operationType(operation: Operation, types: OperationTypes): TS.TypeNode {
  const group = (location: ParameterGroup['in']) => operation.parameters.find((g) => g.in === location);
  const members: TS.TypeElement[] = [
    property(
      'parameters',
      false,
      parametersType((location) => {
        const found = group(location);
        if (!found) return undefined;
        // The whole query string (3.2) is described by its one parameter's type.
        const type = location === 'querystring' ? querystringType(found, types) : types.typeNode(found.type);
        return { type, required: found.required };
      }),
    ),
  ];
  const body = operation.requestBody;
  if (body && body.content.length > 0) {
    const bodyType = literalType([property('content', false, contentType(body.content, types))]);
    members.push(types.withDoc(property('requestBody', !body.required, bodyType), docComment(docLines(body.docs))));
  } else {
    members.push(property('requestBody', true, never()));
  }
  members.push(
    property(
      'responses',
      false,
      // No responses at all (OpenAPI 3.1 makes them optional): `never`, as openapi-typescript writes it.
      operation.responses.length === 0
        ? never()
        : literalType(
        operation.responses.map((response) => {
          const anyHeader = literalType([
            f.createIndexSignature(
              undefined,
              [f.createParameterDeclaration(undefined, undefined, 'name', undefined, keyword(ts.SyntaxKind.StringKeyword))],
              keyword(ts.SyntaxKind.UnknownKeyword),
            ),
          ]);
          const headers = response.headers ? f.createIntersectionTypeNode([types.typeNode(response.headers), anyHeader]) : anyHeader;
          const content =
            response.content.length > 0 ? property('content', false, contentType(response.content, types)) : property('content', true, never());
          return types.withDoc(
            property(response.status, false, literalType([property('headers', false, headers), content])),
            docComment(docLines(response.docs)),
          );
        }),
      ),
    ),
  );
  if (operation.callbacks.length > 0) {
    members.push(
      property(
        'callbacks',
        false,
        literalType(
          operation.callbacks.map((callback) =>
            property(
              callback.name,
              false,
              literalType(
                [...operationsByPath(callback.operations)].map(([expression, list]) =>
                  property(
                    expression,
                    false,
                    literalType(list.map((o) => types.withDoc(property(o.method, false, operationRef(o.id)), operationDoc(o)))),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return literalType(members);
}

/** A payload per media type; a sequential media type described only by its items (3.2) is typed as a list of them. */
function contentType(content: Operation['responses'][number]['content'], types: OperationTypes): TS.TypeNode {
  return literalType(
    content.map((media) => {
      const type =
        media.type.kind === 'any' && media.itemType ? f.createArrayTypeNode(types.typeNode(media.itemType)) : types.typeNode(media.type);
      return property(media.mediaType, false, type);
    }),
  );
}

function querystringType(group: ParameterGroup, types: OperationTypes): TS.TypeNode {
  const [parameter] = group.parameters;
  if (!parameter) return types.typeNode(group.type);
  return f.createIndexedAccessTypeNode(types.typeNode(group.type), f.createLiteralTypeNode(f.createStringLiteral(parameter.name)));
}
