/**
 * TypeScript target: `types.ts`, one exported declaration per definition, built in the layout's forms
 * (./types.ts) and printed in prettier's layout (src/layout/ts.ts). A declaration the layout does not
 * know is formatted by prettier instead.
 *
 * How it represents what TypeScript cannot say directly:
 * - object definitions become interfaces; every other definition a type alias;
 * - optional properties are `p?: T`; nullable is `T | null`; enums are literal unions;
 * - `any` (also a field the flat summary lost) is `unknown`, never `any`;
 * - checks (lengths, patterns, bounds) are not types: patterns and formats go to JSDoc only;
 * - objects open by default get no index signature; declared-open ones get `[key: string]: unknown`.
 */
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
import {
  declarationSource,
  printDeclaration,
  typeSource,
  type Declaration,
  type Member,
  type TupleElement,
  type TypeExpr,
} from '../../layout/ts.js';
import { blockComment, definitionDocLines, docComment, propertyDocLines } from './jsdoc.js';
import { operationStatements } from './operations.js';
import { indexSignature, intersection, keyword, literal, property, reference, union, withDoc } from './types.js';

export const typescriptEmitter: Emitter<Declaration[]> = {
  target: 'ts',
  // paths, webhooks and operations (./operations.ts), after the definitions they refer to.
  emitOperations: (model) => {
    const nameOf = typeNameResolver(model);
    return operationStatements(model, { typeNode: (node) => typeNode(node, nameOf), nameOf });
  },
  emit: emitTypeScript,
};

/**
 * types.ts holds type declarations only, so checking it in a user's build finds nothing the tests have
 * not (each generated types.ts compiles under --strict there, the directive stripped): the pragma gives
 * it what a `.d.ts` gets under skipLibCheck — its types resolve when used, its declarations are not
 * checked again — while staying a `.ts` file, which tsc copies into an outDir and a `.d.ts` it does not.
 */
const noCheck = [
  "// Declarations only, compiled under --strict by structgen's tests: tsc need not check them again.",
  '// @ts-nocheck',
].join('\n');

export function emitTypeScript(model: Model, context: EmitContext, operations: Declaration[] = []): Emitted {
  const nameOf = typeNameResolver(model);
  const banner = context
    .banner('TypeScript types')
    .map((l) => `// ${lineCommentText(l)}`.trimEnd())
    .join('\n');
  const segments: Segment[] = [verbatim(`${banner}\n${noCheck}`)];
  let previous: Definition | undefined;
  for (const def of model.definitions) {
    const declared = declaration(def, nameOf);
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
  for (const declared of operations) {
    segments.push(
      segment(
        () => printDeclaration(declared),
        () => declarationSource(declared),
      ),
    );
  }
  return { files: [codeFile('types.ts', segments)], diagnostics: [] };
}

function declaration(def: Definition, nameOf: TypeNameOf): Declaration {
  const name = nameOf(def.name);
  const doc = docComment(definitionDocLines(def));
  const head = doc === undefined ? { name } : { doc, name };
  return def.type.kind === 'object'
    ? { ...head, kind: 'interface', members: members(def.type, nameOf) }
    : { ...head, kind: 'alias', type: typeNode(def.type, nameOf) };
}

function members(node: NodeOf<'object'>, nameOf: TypeNameOf, inline = false): Member[] {
  const result: Member[] = node.properties.map((p) => {
    const lines = propertyDocLines(p);
    return withDoc(property(p.name, !p.required, typeNode(p.type, nameOf)), inline ? blockComment(lines) : docComment(lines));
  });
  const index = indexSignatureType(node, nameOf);
  if (index) {
    // An interface lists it first (as ts-morph's printer did), an inline object type last.
    if (inline) result.push(indexSignature('key', index));
    else result.unshift(indexSignature('key', index));
  }
  return result;
}

/** A type as TypeScript source text on one line where it has no object type (what `drift` shows). */
export function typeText(node: TypeNode, nameOf: TypeNameOf): string {
  return typeSource(typeNode(node, nameOf));
}

/** The type a node stands for. */
function typeNode(node: TypeNode, nameOf: TypeNameOf): TypeExpr {
  switch (node.kind) {
    case 'string':
      return keyword.string;
    case 'number':
      // int64, decimal and friends travel as strings: typing them `number` would promise lost precision.
      return node.wire === 'string' ? keyword.string : keyword.number;
    case 'boolean':
      return keyword.boolean;
    case 'null':
      return literal(null);
    case 'any':
    case 'not':
    case 'conditional':
      // TypeScript has no negation or implication: the validators carry these, the type admits any value.
      return keyword.unknown;
    case 'never':
      return keyword.never;
    case 'literal':
      return literal(node.value);
    case 'enum':
      return node.members.length === 0 ? keyword.never : union(node.members.map((m) => literal(m.value)));
    case 'object':
      return { kind: 'literal', members: members(node, nameOf, true) };
    case 'array':
      return arrayOf(node.items, nameOf);
    case 'tuple': {
      // Labels only when every element has an identifier label: TypeScript wants all or none.
      const labelled = node.elements.length > 0 && node.elements.every((e) => e.name !== undefined && isIdentifierName(e.name));
      const elements: TupleElement[] = node.elements.map((e) => {
        const type = typeNode(e.type, nameOf);
        if (labelled) return { label: e.name!, optional: e.optional === true, type };
        return e.optional ? { optional: true, type } : { type };
      });
      if (node.rest) elements.push({ rest: true, type: arrayOf(node.rest, nameOf) });
      return { kind: 'tuple', elements };
    }
    case 'nullable':
      return union([typeNode(node.inner, nameOf), literal(null)]);
    case 'unevaluated':
      // What is left unevaluated is checked by the validators; the type is the inner one's.
      return typeNode(node.inner, nameOf);
    case 'union':
      if (node.variants.length === 0) return keyword.never;
      return union(node.variants.map((v) => typeNode(v, nameOf)));
    case 'taggedUnion':
      return node.variants.length === 0 ? keyword.never : union(node.variants.map((v) => typeNode(v.type, nameOf)));
    case 'intersection':
      return intersection(node.members.map((m) => typeNode(m, nameOf)));
    case 'ref':
      return reference(nameOf(node.target));
    default:
      return assertNever(node);
  }
}

function arrayOf(items: TypeNode, nameOf: TypeNameOf): TypeExpr {
  return { kind: 'array', items: typeNode(items, nameOf) };
}

/**
 * Open objects the document declared open get `[key: string]: unknown`; objects with a schema for extra
 * keys get an index signature whose type also covers the named properties, as TypeScript requires.
 * Objects open only by default get none (what users expect of `additionalProperties` left out), unless
 * they have no properties at all; a closed object without properties is `[key: string]: never`.
 */
function indexSignatureType(node: NodeOf<'object'>, nameOf: TypeNameOf): TypeExpr | undefined {
  const { additional } = node;
  // Pattern keys are checked at run time; the type cannot name them, so any extra key is `unknown`.
  if (node.patternProperties?.length) return keyword.unknown;
  // With no properties, `{}` would mean "any non-null value" to TypeScript: say what the keys may hold.
  if (additional.mode === 'allow' && (additional.explicit || node.properties.length === 0)) return keyword.unknown;
  if (additional.mode === 'forbid' && node.properties.length === 0) return keyword.never;
  if (additional.mode !== 'schema') return undefined;
  // One member per distinct type, in first-seen order.
  const types = new Map<string, TypeExpr>();
  const add = (t: TypeNode | 'undefined') => {
    const built = t === 'undefined' ? keyword.undefined : typeNode(t, nameOf);
    const text = typeSource(built);
    if (!types.has(text)) types.set(text, built);
  };
  add(additional.type);
  for (const p of node.properties) {
    add(p.type);
    if (!p.required) add('undefined');
  }
  return union([...types.values()]);
}
