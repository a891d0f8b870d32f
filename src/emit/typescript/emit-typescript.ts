/**
 * TypeScript target: `types.ts`, one exported declaration per definition, built as a TypeScript syntax
 * tree with the compiler API ts-morph carries (`ts.factory`), then printed from that tree in prettier's
 * layout (./layout.ts). A declaration the layout does not know is printed by the compiler's printer and
 * formatted by prettier instead.
 *
 * How it represents what TypeScript cannot say directly:
 * - object definitions become interfaces; every other definition a type alias;
 * - optional properties are `p?: T`; nullable is `T | null`; enums are literal unions;
 * - `any` (also a field the flat summary lost) is `unknown`, never `any`;
 * - checks (lengths, patterns, bounds) are not types: patterns and formats go to JSDoc only;
 * - objects open by default get no index signature; declared-open ones get `[key: string]: unknown`.
 */
import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';
import {
  assertNever,
  isIdentifierName,
  typeNameResolver,
  type Definition,
  type Model,
  type NodeOf,
  type TypeNameOf,
  type TypeNode,
} from '../../model/index.js';
import type { EmitContext, Emitted, Emitter, Segment } from '../emitter.js';
import { lineCommentText } from '../escape.js';
import { codeFile, segment, verbatim } from '../../layout/segment.js';
import { declarationSource, printDeclaration, typeSource } from '../../layout/ts.js';
import { blockComment, definitionDocLines, docComment, propertyDocLines } from './jsdoc.js';
import { declarationOf, typeExprOf } from './layout.js';
import { operationStatements } from './operations.js';

export const typescriptEmitter: Emitter<TS.Statement[]> = {
  target: 'ts',
  // paths, webhooks and operations (./operations.ts), after the definitions they refer to.
  emitOperations: (model) => {
    const nameOf = typeNameResolver(model);
    return operationStatements(model, { typeNode: (node) => typeNode(node, nameOf), withDoc, nameOf });
  },
  emit: emitTypeScript,
};

// Required, not imported: Node would otherwise scan ts-morph's CommonJS source for its export names.
const { ts } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
const f = ts.factory;

export function emitTypeScript(model: Model, context: EmitContext, operations: TS.Statement[] = []): Emitted {
  const nameOf = typeNameResolver(model);
  const banner = context
    .banner('TypeScript types')
    .map((l) => `// ${lineCommentText(l)}`.trimEnd())
    .join('\n');
  const segments: Segment[] = [verbatim(banner)];
  let previous: Definition | undefined;
  for (const def of model.definitions) {
    const declared = declarationOf(declaration(def, nameOf));
    segments.push({
      ...segment(
        () => printDeclaration(declared),
        () => declarationSource(declared),
      ),
      // Type aliases in a row have no blank line between them (as ts-morph's printer wrote them).
      blankLineBefore: !(previous && previous.type.kind !== 'object' && def.type.kind !== 'object'),
    });
    previous = def;
  }
  for (const statement of operations) {
    const declared = declarationOf(statement);
    segments.push(
      segment(
        () => printDeclaration(declared),
        () => declarationSource(declared),
      ),
    );
  }
  return { files: [codeFile('types.ts', segments)], diagnostics: [] };
}

function declaration(def: Definition, nameOf: TypeNameOf): TS.Statement {
  const name = nameOf(def.name);
  const exported = [f.createModifier(ts.SyntaxKind.ExportKeyword)];
  const statement =
    def.type.kind === 'object'
      ? f.createInterfaceDeclaration(exported, name, undefined, undefined, members(def.type, nameOf))
      : f.createTypeAliasDeclaration(exported, name, undefined, typeNode(def.type, nameOf));
  return withDoc(statement, docComment(definitionDocLines(def)));
}

function withDoc<T extends TS.Node>(node: T, comment: string | undefined): T {
  if (comment !== undefined) ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, comment.slice(2, -2), true);
  return node;
}

function members(node: NodeOf<'object'>, nameOf: TypeNameOf, inline = false): TS.TypeElement[] {
  const result: TS.TypeElement[] = node.properties.map((p) => {
    const key = isIdentifierName(p.name) && p.name !== '__proto__' ? f.createIdentifier(p.name) : f.createStringLiteral(p.name);
    const question = p.required ? undefined : f.createToken(ts.SyntaxKind.QuestionToken);
    const lines = propertyDocLines(p);
    return withDoc(
      f.createPropertySignature(undefined, key, question, typeNode(p.type, nameOf)),
      inline ? blockComment(lines) : docComment(lines),
    );
  });
  const index = indexSignature(node, nameOf);
  if (index) {
    const parameter = f.createParameterDeclaration(undefined, undefined, 'key', undefined, keyword(ts.SyntaxKind.StringKeyword));
    // An interface lists it first (as ts-morph's printer did), an inline object type last.
    if (inline) result.push(f.createIndexSignature(undefined, [parameter], index));
    else result.unshift(f.createIndexSignature(undefined, [parameter], index));
  }
  return result;
}

const keyword = (kind: TS.KeywordTypeSyntaxKind) => f.createKeywordTypeNode(kind);

function literal(value: string | number | boolean | null): TS.TypeNode {
  if (value === null) return f.createLiteralTypeNode(f.createNull());
  if (typeof value === 'boolean') return f.createLiteralTypeNode(value ? f.createTrue() : f.createFalse());
  if (typeof value === 'string') return f.createLiteralTypeNode(f.createStringLiteral(value));
  const text = Object.is(value, -0) ? '0' : String(Math.abs(value));
  const number = f.createNumericLiteral(text);
  return f.createLiteralTypeNode(value < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, number) : number);
}

/** A union whose nested unions are spread into it, as `A | B` written inside `… | null` reads. */
function union(types: TS.TypeNode[]): TS.TypeNode {
  const flat = types.flatMap((t) => (ts.isUnionTypeNode(t) ? [...t.types] : [t]));
  // A keyword or `null` written twice (`string | null | null`, from null in a branch and beside it) once.
  const seen = new Set<TS.SyntaxKind>();
  const members = flat.filter((t) => {
    const kind = ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword ? ts.SyntaxKind.NullKeyword : t.kind;
    if (!(kind in keywordNames) && kind !== ts.SyntaxKind.NullKeyword) return true;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
  return members.length === 1 ? members[0]! : f.createUnionTypeNode(members);
}

/** Keyword types a union may list once. */
const keywordNames: Partial<Record<TS.SyntaxKind, true>> = {
  [ts.SyntaxKind.StringKeyword]: true,
  [ts.SyntaxKind.NumberKeyword]: true,
  [ts.SyntaxKind.BooleanKeyword]: true,
  [ts.SyntaxKind.UnknownKeyword]: true,
  [ts.SyntaxKind.NeverKeyword]: true,
  [ts.SyntaxKind.UndefinedKeyword]: true,
};

/** A type as TypeScript source text on one line where it has no object type (what `drift` shows). */
export function typeText(node: TypeNode, nameOf: TypeNameOf): string {
  return typeSource(typeExprOf(typeNode(node, nameOf)));
}

/** The type a node stands for. */
function typeNode(node: TypeNode, nameOf: TypeNameOf): TS.TypeNode {
  switch (node.kind) {
    case 'string':
      return keyword(ts.SyntaxKind.StringKeyword);
    case 'number':
      // int64, decimal and friends travel as strings: typing them `number` would promise lost precision.
      return keyword(node.wire === 'string' ? ts.SyntaxKind.StringKeyword : ts.SyntaxKind.NumberKeyword);
    case 'boolean':
      return keyword(ts.SyntaxKind.BooleanKeyword);
    case 'null':
      return literal(null);
    case 'any':
    case 'not':
    case 'conditional':
      // TypeScript has no negation or implication: the validators carry these, the type admits any value.
      return keyword(ts.SyntaxKind.UnknownKeyword);
    case 'never':
      return keyword(ts.SyntaxKind.NeverKeyword);
    case 'literal':
      return literal(node.value);
    case 'enum':
      return node.members.length === 0 ? keyword(ts.SyntaxKind.NeverKeyword) : union(node.members.map((m) => literal(m.value)));
    case 'object':
      return f.createTypeLiteralNode(members(node, nameOf, true));
    case 'array':
      return arrayOf(node.items, nameOf);
    case 'tuple': {
      // Labels only when every element has an identifier label: TypeScript wants all or none.
      const labelled = node.elements.length > 0 && node.elements.every((e) => e.name !== undefined && isIdentifierName(e.name));
      const elements: TS.TypeNode[] = node.elements.map((e) => {
        const type = typeNode(e.type, nameOf);
        if (labelled)
          return f.createNamedTupleMember(
            undefined,
            f.createIdentifier(e.name!),
            e.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
            type,
          );
        return e.optional ? f.createOptionalTypeNode(parenthesized(type)) : type;
      });
      if (node.rest) elements.push(f.createRestTypeNode(arrayOf(node.rest, nameOf)));
      return f.createTupleTypeNode(elements);
    }
    case 'nullable':
      return union([typeNode(node.inner, nameOf), literal(null)]);
    case 'unevaluated':
      // What is left unevaluated is checked by the validators; the type is the inner one's.
      return typeNode(node.inner, nameOf);
    case 'union':
      if (node.variants.length === 0) return keyword(ts.SyntaxKind.NeverKeyword);
      return union(node.variants.map((v) => typeNode(v, nameOf)));
    case 'taggedUnion':
      return node.variants.length === 0 ? keyword(ts.SyntaxKind.NeverKeyword) : union(node.variants.map((v) => typeNode(v.type, nameOf)));
    case 'intersection': {
      // `unknown` adds nothing to an intersection (`string & unknown` is `string`).
      const members = node.members.map((m) => typeNode(m, nameOf)).filter((t) => t.kind !== ts.SyntaxKind.UnknownKeyword);
      if (members.length === 0) return keyword(ts.SyntaxKind.UnknownKeyword);
      if (members.length === 1) return members[0]!;
      return f.createIntersectionTypeNode(members.map(parenthesized));
    }
    case 'ref':
      return f.createTypeReferenceNode(nameOf(node.target));
    default:
      return assertNever(node);
  }
}

function arrayOf(items: TypeNode, nameOf: TypeNameOf): TS.TypeNode {
  const type = typeNode(items, nameOf);
  return f.createArrayTypeNode(parenthesized(type));
}

/**
 * A union or intersection in parentheses, where it stands inside an array, a tuple's optional element or
 * an intersection. Decided on the built type, not the model node: a union of one variant is that variant.
 */
function parenthesized(type: TS.TypeNode): TS.TypeNode {
  return ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type) ? f.createParenthesizedType(type) : type;
}

/**
 * Open objects the document declared open get `[key: string]: unknown`; objects with a schema for extra
 * keys get an index signature whose type also covers the named properties, as TypeScript requires.
 * Objects open only by default get none (what users expect of `additionalProperties` left out), unless
 * they have no properties at all; a closed object without properties is `[key: string]: never`.
 */
function indexSignature(node: NodeOf<'object'>, nameOf: TypeNameOf): TS.TypeNode | undefined {
  const { additional } = node;
  // Pattern keys are checked at run time; the type cannot name them, so any extra key is `unknown`.
  if (node.patternProperties?.length) return keyword(ts.SyntaxKind.UnknownKeyword);
  // With no properties, `{}` would mean "any non-null value" to TypeScript: say what the keys may hold.
  if (additional.mode === 'allow' && (additional.explicit || node.properties.length === 0)) return keyword(ts.SyntaxKind.UnknownKeyword);
  if (additional.mode === 'forbid' && node.properties.length === 0) return keyword(ts.SyntaxKind.NeverKeyword);
  if (additional.mode !== 'schema') return undefined;
  // One member per distinct type, in first-seen order.
  const types = new Map<string, TS.TypeNode>();
  const add = (t: TypeNode | 'undefined') => {
    const built = t === 'undefined' ? keyword(ts.SyntaxKind.UndefinedKeyword) : typeNode(t, nameOf);
    const text = typeSource(typeExprOf(built));
    if (!types.has(text)) types.set(text, built);
  };
  add(additional.type);
  for (const p of node.properties) {
    add(p.type);
    if (!p.required) add('undefined');
  }
  return union([...types.values()]);
}
