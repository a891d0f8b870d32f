/**
 * TypeScript target: `types.ts`, one exported declaration per definition, built with ts-morph structures
 * in a single `createSourceFile` call (far faster than adding declarations one by one).
 *
 * How it represents what TypeScript cannot say directly:
 * - object definitions become interfaces; every other definition a type alias;
 * - optional properties are `p?: T`; nullable is `T | null`; enums are literal unions;
 * - `any` (also a field the flat summary lost) is `unknown`, never `any`;
 * - checks (lengths, patterns, bounds) are not types: patterns and formats go to JSDoc only;
 * - objects open by default get no index signature; declared-open ones get `[key: string]: unknown`.
 */
import {
  Project,
  StructureKind,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import { typeNameResolver, type Definition, type Model, type NodeOf, type TypeNameOf } from '../../model/index.js';
import type { EmitContext, Emitted, Emitter } from '../emitter.js';
import { lineCommentText, tsPropertyKey } from '../escape.js';
import { definitionDocLines, propertyDocLines } from './jsdoc.js';
import { indexSignatureType, typeText } from './type-text.js';

export const typescriptEmitter: Emitter = { target: 'ts', emit: emitTypeScript };

export function emitTypeScript(model: Model, context: EmitContext): Emitted {
  const nameOf = typeNameResolver(model);
  const statements = model.definitions.map((def) => declaration(def, nameOf));
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('types.ts', { statements });
  const banner = context
    .banner('TypeScript types')
    .map((l) => `// ${lineCommentText(l)}`)
    .join('\n');
  return { files: [{ path: 'types.ts', contents: `${banner}\n\n${file.getFullText()}`, language: 'typescript' }], diagnostics: [] };
}

function declaration(def: Definition, nameOf: TypeNameOf): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const lines = definitionDocLines(def);
  const docs = lines.length > 0 ? [lines.join('\n')] : [];
  const name = nameOf(def.name);
  if (def.type.kind !== 'object') {
    return { kind: StructureKind.TypeAlias, name, isExported: true, docs, type: typeText(def.type, nameOf) };
  }
  const index = indexSignatureType(def.type, nameOf);
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs,
    properties: properties(def.type, nameOf),
    indexSignatures: index ? [{ keyName: 'key', keyType: 'string', returnType: index }] : [],
  };
}

function properties(node: NodeOf<'object'>, nameOf: TypeNameOf): OptionalKind<PropertySignatureStructure>[] {
  return node.properties.map((p) => {
    const lines = propertyDocLines(p);
    return {
      name: tsPropertyKey(p.name),
      hasQuestionToken: !p.required,
      type: typeText(p.type, nameOf),
      docs: lines.length > 0 ? [lines.join('\n')] : [],
    };
  });
}
