import { assertNever, isIdentifierName, type NodeOf, type TypeNameOf, type TypeNode } from '../../model/index.js';

export type { TypeNameOf };
import { tsLiteral, tsPropertyKey } from '../escape.js';
import { propertyDocText } from './jsdoc.js';

/** The TypeScript type expression for a node (not a declaration). */
export function typeText(node: TypeNode, nameOf: TypeNameOf): string {
  switch (node.kind) {
    case 'string':
      return 'string';
    case 'number':
      // int64, decimal and friends travel as strings: typing them `number` would promise lost precision.
      return node.wire === 'string' ? 'string' : 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'any':
      return 'unknown';
    case 'never':
      return 'never';
    case 'literal':
      return tsLiteral(node.value);
    case 'enum':
      return node.members.length === 0 ? 'never' : node.members.map((m) => tsLiteral(m.value)).join(' | ');
    case 'object':
      return objectTypeText(node, nameOf);
    case 'array':
      return arrayOf(node.items, nameOf);
    case 'tuple': {
      // Labels only when every element has an identifier label: TypeScript wants all or none.
      const labelled = node.elements.length > 0 && node.elements.every((e) => e.name !== undefined && isIdentifierName(e.name));
      const elements = node.elements.map((e) => {
        const text = typeText(e.type, nameOf);
        if (labelled) return `${e.name}${e.optional ? '?' : ''}: ${text}`;
        return e.optional ? `${needsParens(e.type) ? `(${text})` : text}?` : text;
      });
      if (node.rest) elements.push(`...${arrayOf(node.rest, nameOf)}`);
      return `[${elements.join(', ')}]`;
    }
    case 'nullable':
      return `${typeText(node.inner, nameOf)} | null`;
    case 'union':
      return node.variants.length === 0 ? 'never' : node.variants.map((v) => typeText(v, nameOf)).join(' | ');
    case 'taggedUnion':
      return node.variants.length === 0 ? 'never' : node.variants.map((v) => typeText(v.type, nameOf)).join(' | ');
    case 'intersection':
      return node.members.length === 0
        ? 'unknown'
        : node.members.map((m) => (needsParens(m) ? `(${typeText(m, nameOf)})` : typeText(m, nameOf))).join(' & ');
    case 'not':
    case 'conditional':
      // TypeScript has no negation or implication: the validators carry these, the type admits any value.
      return 'unknown';
    case 'ref':
      return nameOf(node.target);
    default:
      return assertNever(node);
  }
}

function arrayOf(items: TypeNode, nameOf: TypeNameOf): string {
  const text = typeText(items, nameOf);
  return needsParens(items) ? `(${text})[]` : `${text}[]`;
}

function needsParens(node: TypeNode): boolean {
  return (
    node.kind === 'nullable' ||
    node.kind === 'union' ||
    node.kind === 'taggedUnion' ||
    node.kind === 'intersection' ||
    (node.kind === 'enum' && node.members.length > 1)
  );
}

/** Members of an inline object type, one per line, each with its JSDoc. */
function objectMembers(node: NodeOf<'object'>, nameOf: TypeNameOf): string[] {
  const members = node.properties.map((p) => {
    const doc = propertyDocText(p);
    return `${doc}${tsPropertyKey(p.name)}${p.required ? '' : '?'}: ${typeText(p.type, nameOf)};`;
  });
  const index = indexSignatureType(node, nameOf);
  if (index) members.push(`[key: string]: ${index};`);
  return members;
}

/**
 * Open objects the document declared open get `[key: string]: unknown`; objects with a schema for extra
 * keys get an index signature whose type also covers the named properties, as TypeScript requires.
 * Objects open only by default get none (what users expect of `additionalProperties` left out), unless
 * they have no properties at all; a closed object without properties is `[key: string]: never`.
 */
export function indexSignatureType(node: NodeOf<'object'>, nameOf: TypeNameOf): string | undefined {
  const { additional } = node;
  // Pattern keys are checked at run time; the type cannot name them, so any extra key is `unknown`.
  if (node.patternProperties?.length) return 'unknown';
  // With no properties, `{}` would mean "any non-null value" to TypeScript: say what the keys may hold.
  if (additional.mode === 'allow' && (additional.explicit || node.properties.length === 0)) return 'unknown';
  if (additional.mode === 'forbid' && node.properties.length === 0) return 'never';
  if (additional.mode !== 'schema') return undefined;
  const types = new Set([typeText(additional.type, nameOf)]);
  for (const p of node.properties) {
    types.add(typeText(p.type, nameOf));
    if (!p.required) types.add('undefined');
  }
  return [...types].join(' | ');
}

function objectTypeText(node: NodeOf<'object'>, nameOf: TypeNameOf): string {
  const members = objectMembers(node, nameOf);
  return members.length === 0 ? '{}' : `{\n${members.join('\n')}\n}`;
}
