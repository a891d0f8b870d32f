/**
 * zod.ts names no import, global or helper constant at the top level, outside a function: tsc types each
 * such reference by walking the file's control flow back over every declaration before it, a cost that
 * grows with the square of the file (see src/emit/zod/builders.ts). Schemas call the builders zod.ts
 * declares, formats are functions, patterns go through `pattern(…)` and the operations table is built in
 * a function. References from one schema constant to another are the one kind left (hey-api's has them
 * too); an empty tuple is the one use of `z` itself (`z.tuple([])`, typed apart by Zod).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { root } from './support.js';

/** Identifiers in value position, at the top level of `file`, that name an import, a global or a non-schema constant. */
function topLevelWalks(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const constants = new Set<string>();
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isTypeNode(node)) return;
    if (ts.isIdentifier(node) && isValueReference(node)) {
      const name = node.text;
      const walks = name === 'z' || name === 'RegExp' || name === 'Number' || (constants.has(name) && !name.endsWith('Schema'));
      if (walks && !isEmptyTuple(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.basename(path.dirname(file))}/zod.ts:${line + 1} ${name}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) || ts.isImportDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    visit(statement);
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) constants.add(d.name.text);
  }
  return found;
}

function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent)) && parent.name === node) return false;
  return !ts.isQualifiedName(parent) && !ts.isTypeReferenceNode(parent);
}

function isEmptyTuple(node: ts.Identifier): boolean {
  const access = node.parent;
  if (!ts.isPropertyAccessExpression(access) || access.name.text !== 'tuple' || !ts.isCallExpression(access.parent)) return false;
  const [items] = access.parent.arguments;
  return items !== undefined && ts.isArrayLiteralExpression(items) && items.elements.length === 0;
}

const snapshots = path.join(root, 'test/snapshots');
const files = readdirSync(snapshots)
  .map((dir) => path.join(snapshots, dir, 'zod.ts'))
  .filter((file) => existsSync(file));

it('is checked on every fixture', () => {
  expect(files.length).toBeGreaterThan(20);
});

it('names no import, global or helper constant at the top level of any fixture zod.ts', () => {
  expect(files.flatMap((file) => topLevelWalks(file, readFileSync(file, 'utf8')))).toEqual([]);
});

it('sees such a reference when there is one', () => {
  const text =
    'import { z } from "zod";\nconst uuidFormat = /x/;\nexport const ASchema = z.string().regex(uuidFormat).regex(new RegExp("a", "u"));\n';
  expect(topLevelWalks('x/zod.ts', text)).toEqual(['x/zod.ts:3 z', 'x/zod.ts:3 uuidFormat', 'x/zod.ts:3 RegExp']);
});
