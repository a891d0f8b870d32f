/**
 * The declarations built with the compiler API, read from their syntax tree into the layout's forms
 * (src/layout/ts.ts), which print them in prettier's layout or as source. The tree is the one
 * emit-typescript.ts builds, so anything else here is a bug in structgen, not a layout gap.
 */
import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';
import { numberLiteral, stringLiteral } from '../../layout/doc.js';
import { typeName, type Declaration, type Member, type TupleElement, type TypeExpr } from '../../layout/ts.js';

const { ts } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');

export function declarationOf(statement: TS.Statement): Declaration {
  if (!isExported(statement)) return unexpected('statement');
  const doc = docComment(statement);
  const head = { ...(doc === undefined ? {} : { doc }), name: '' };
  if (ts.isInterfaceDeclaration(statement) && !statement.heritageClauses && !statement.typeParameters) {
    return { ...head, name: statement.name.text, kind: 'interface', members: statement.members.map(member) };
  }
  if (ts.isTypeAliasDeclaration(statement) && !statement.typeParameters) {
    return { ...head, name: statement.name.text, kind: 'alias', type: typeExprOf(statement.type) };
  }
  return unexpected('statement');
}

function isExported(statement: TS.Statement): boolean {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  return modifiers?.length === 1 && modifiers[0]!.kind === ts.SyntaxKind.ExportKeyword;
}

/** The one `/** … *\/` comment attached to a node. */
function docComment(node: TS.Node): string | undefined {
  const comments = ts.getSyntheticLeadingComments(node) ?? [];
  if (comments.length === 0) return undefined;
  if (comments.length > 1 || comments[0]!.kind !== ts.SyntaxKind.MultiLineCommentTrivia) return unexpected('comments');
  return `/*${comments[0]!.text}*/`;
}

function member(node: TS.TypeElement): Member {
  const doc = docComment(node);
  if (ts.isPropertySignature(node) && node.type && !node.modifiers) {
    const { name } = node;
    if (!ts.isIdentifier(name) && !ts.isStringLiteral(name) && !ts.isNumericLiteral(name)) return unexpected('property name');
    return {
      ...(doc === undefined ? {} : { doc }),
      key: ts.isNumericLiteral(name) ? { number: name.text } : { name: name.text },
      optional: node.questionToken !== undefined,
      type: typeExprOf(node.type),
    };
  }
  if (ts.isIndexSignatureDeclaration(node) && node.parameters.length === 1 && !node.modifiers) {
    const parameter = node.parameters[0]!;
    if (!ts.isIdentifier(parameter.name) || parameter.type?.kind !== ts.SyntaxKind.StringKeyword) return unexpected('index signature');
    return { ...(doc === undefined ? {} : { doc }), key: { index: 'string', parameter: parameter.name.text }, type: typeExprOf(node.type) };
  }
  return unexpected('type member');
}

const keywordNames: Partial<Record<TS.SyntaxKind, string>> = {
  [ts.SyntaxKind.StringKeyword]: 'string',
  [ts.SyntaxKind.NumberKeyword]: 'number',
  [ts.SyntaxKind.BooleanKeyword]: 'boolean',
  [ts.SyntaxKind.UnknownKeyword]: 'unknown',
  [ts.SyntaxKind.NeverKeyword]: 'never',
  [ts.SyntaxKind.UndefinedKeyword]: 'undefined',
  [ts.SyntaxKind.AnyKeyword]: 'any',
  [ts.SyntaxKind.ObjectKeyword]: 'object',
};

/** The layout's form of a type the emitter built. */
export function typeExprOf(node: TS.TypeNode): TypeExpr {
  const keyword = keywordNames[node.kind];
  if (keyword) return typeName(keyword);
  if (ts.isLiteralTypeNode(node)) return typeName(literalText(node.literal));
  if (ts.isTypeReferenceNode(node)) {
    const name = entityName(node.typeName);
    if (!node.typeArguments) return typeName(name);
    return { kind: 'reference', name, args: node.typeArguments.map(typeExprOf) };
  }
  if (ts.isUnionTypeNode(node)) {
    // The factory parenthesizes an intersection inside a union; the layout decides parentheses itself.
    const members = node.types.map((t) => typeExprOf(unparenthesized(t)));
    return { kind: 'union', members: members.flatMap((m) => (m.kind === 'union' ? m.members : [m])) };
  }
  if (ts.isArrayTypeNode(node)) return { kind: 'array', items: typeExprOf(unparenthesized(node.elementType)) };
  if (ts.isIntersectionTypeNode(node)) return { kind: 'intersection', members: node.types.map((t) => typeExprOf(unparenthesized(t))) };
  if (ts.isTypeLiteralNode(node)) return { kind: 'literal', members: node.members.map(member) };
  if (ts.isTupleTypeNode(node)) return { kind: 'tuple', elements: node.elements.map(tupleElement) };
  if (ts.isIndexedAccessTypeNode(node) && ts.isLiteralTypeNode(node.indexType)) {
    return { kind: 'indexed', object: typeExprOf(node.objectType), index: literalText(node.indexType.literal) };
  }
  unexpected(`type ${ts.SyntaxKind[node.kind]}`);
}

function tupleElement(node: TS.TypeNode): TupleElement {
  if (ts.isNamedTupleMember(node)) {
    if (node.dotDotDotToken) unexpected('named rest');
    return { label: node.name.text, optional: node.questionToken !== undefined, type: typeExprOf(node.type) };
  }
  if (ts.isOptionalTypeNode(node)) {
    return { optional: true, type: typeExprOf(unparenthesized(node.type)) };
  }
  if (ts.isRestTypeNode(node)) return { rest: true, type: typeExprOf(node.type) };
  return { type: typeExprOf(node) };
}

function literalText(literal: TS.LiteralTypeNode['literal']): string {
  switch (literal.kind) {
    case ts.SyntaxKind.StringLiteral:
      return stringLiteral((literal as TS.StringLiteral).text);
    case ts.SyntaxKind.NumericLiteral:
      return numberLiteral((literal as TS.NumericLiteral).text);
    case ts.SyntaxKind.TrueKeyword:
      return 'true';
    case ts.SyntaxKind.FalseKeyword:
      return 'false';
    case ts.SyntaxKind.NullKeyword:
      return 'null';
    case ts.SyntaxKind.PrefixUnaryExpression: {
      const { operator, operand } = literal as TS.PrefixUnaryExpression;
      if (operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(operand)) return `-${numberLiteral(operand.text)}`;
      unexpected('literal');
    }
    default:
      unexpected('literal');
  }
}

/** The type inside parentheses the layout puts back (around a union or intersection), or the type itself. */
function unparenthesized(node: TS.TypeNode): TS.TypeNode {
  if (!ts.isParenthesizedTypeNode(node)) return node;
  if (!ts.isUnionTypeNode(node.type) && !ts.isIntersectionTypeNode(node.type)) unexpected('parentheses');
  return node.type;
}

function entityName(name: TS.EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityName(name.left)}.${name.right.text}`;
}

function unexpected(what: string): never {
  throw new Error(`internal error: the types.ts syntax tree has an unexpected ${what}`);
}
