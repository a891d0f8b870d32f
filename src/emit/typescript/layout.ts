/**
 * The declarations built with the compiler API, read from their syntax tree into the layout's type forms
 * (src/layout/ts.ts) and printed in prettier's layout. Syntax this does not know throws `Unsupported`,
 * and prettier formats that declaration instead.
 */
import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';
import { numberLiteral, stringLiteral, Unsupported, type Doc } from '../../layout/doc.js';
import { interfaceDeclaration, typeAliasDeclaration, typeName, type Member, type TupleElement, type TypeExpr } from '../../layout/ts.js';

const { ts } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');

export function layoutStatement(statement: TS.Statement): Doc {
  if (!isExported(statement)) throw new Unsupported('statement');
  if (ts.isInterfaceDeclaration(statement)) {
    if (statement.heritageClauses || statement.typeParameters) throw new Unsupported('interface heritage');
    return interfaceDeclaration(docComment(statement), statement.name.text, statement.members.map(member));
  }
  if (ts.isTypeAliasDeclaration(statement)) {
    if (statement.typeParameters) throw new Unsupported('type parameters');
    return typeAliasDeclaration(docComment(statement), statement.name.text, typeExpr(statement.type));
  }
  throw new Unsupported('statement');
}

function isExported(statement: TS.Statement): boolean {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  return modifiers?.length === 1 && modifiers[0]!.kind === ts.SyntaxKind.ExportKeyword;
}

/** The one `/** … *\/` comment attached to a node. */
function docComment(node: TS.Node): string | undefined {
  const comments = ts.getSyntheticLeadingComments(node) ?? [];
  if (comments.length === 0) return undefined;
  if (comments.length > 1 || comments[0]!.kind !== ts.SyntaxKind.MultiLineCommentTrivia) throw new Unsupported('comments');
  const text = `/*${comments[0]!.text}*/`;
  if (!text.startsWith('/**')) throw new Unsupported('block comment');
  return text;
}

function member(node: TS.TypeElement): Member {
  const doc = docComment(node);
  if (ts.isPropertySignature(node) && node.type && !node.modifiers) {
    const { name } = node;
    if (!ts.isIdentifier(name) && !ts.isStringLiteral(name)) throw new Unsupported('property name');
    return {
      ...(doc === undefined ? {} : { doc }),
      key: { name: name.text },
      optional: node.questionToken !== undefined,
      type: typeExpr(node.type),
    };
  }
  if (ts.isIndexSignatureDeclaration(node) && node.parameters.length === 1 && !node.modifiers) {
    const parameter = node.parameters[0]!;
    if (!ts.isIdentifier(parameter.name) || parameter.name.text !== 'key' || parameter.type?.kind !== ts.SyntaxKind.StringKeyword)
      throw new Unsupported('index signature');
    return { ...(doc === undefined ? {} : { doc }), key: { index: 'string' }, type: typeExpr(node.type) };
  }
  throw new Unsupported('type member');
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

function typeExpr(node: TS.TypeNode): TypeExpr {
  const keyword = keywordNames[node.kind];
  if (keyword) return typeName(keyword);
  if (ts.isLiteralTypeNode(node)) return typeName(literalText(node.literal));
  if (ts.isTypeReferenceNode(node)) {
    const name = entityName(node.typeName);
    if (!node.typeArguments) return typeName(name);
    return { kind: 'reference', name, args: node.typeArguments.map(typeExpr) };
  }
  if (ts.isUnionTypeNode(node)) {
    return { kind: 'union', members: node.types.map((t) => (ts.isParenthesizedTypeNode(t) ? unsupported('parentheses') : typeExpr(t))) };
  }
  if (ts.isArrayTypeNode(node)) return { kind: 'array', items: typeExpr(unparenthesized(node.elementType)) };
  if (ts.isIntersectionTypeNode(node)) return { kind: 'intersection', members: node.types.map((t) => typeExpr(unparenthesized(t))) };
  if (ts.isTypeLiteralNode(node)) return { kind: 'literal', members: node.members.map(member) };
  if (ts.isTupleTypeNode(node)) return { kind: 'tuple', elements: node.elements.map(tupleElement) };
  throw new Unsupported(`type ${ts.SyntaxKind[node.kind]}`);
}

function tupleElement(node: TS.TypeNode): TupleElement {
  if (ts.isNamedTupleMember(node)) {
    if (node.dotDotDotToken) throw new Unsupported('named rest');
    return { label: node.name.text, optional: node.questionToken !== undefined, type: typeExpr(node.type) };
  }
  if (ts.isOptionalTypeNode(node)) {
    if (ts.isParenthesizedTypeNode(node.type)) throw new Unsupported('parentheses');
    return { optional: true, type: typeExpr(node.type) };
  }
  if (ts.isRestTypeNode(node)) return { rest: true, type: typeExpr(node.type) };
  return { type: typeExpr(node) };
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
      throw new Unsupported('literal');
    }
    default:
      throw new Unsupported('literal');
  }
}

/** The type inside parentheses the layout puts back (around a union or intersection), or the type itself. */
function unparenthesized(node: TS.TypeNode): TS.TypeNode {
  if (!ts.isParenthesizedTypeNode(node)) return node;
  if (!ts.isUnionTypeNode(node.type) && !ts.isIntersectionTypeNode(node.type)) throw new Unsupported('parentheses');
  return node.type;
}

function entityName(name: TS.EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityName(name.left)}.${name.right.text}`;
}

function unsupported(what: string): never {
  throw new Unsupported(what);
}
