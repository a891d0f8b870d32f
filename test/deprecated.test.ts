/**
 * The generated validators use no API that zod 4 marks `@deprecated` (`z.string().email()`, `.url()`,
 * a refinement's `message` parameter, ...): TypeScript's own deprecation report (the suggestion
 * diagnostics an editor strikes through) over every zod.ts in generated/ and test/snapshots/.
 * Cost: about 5 s (one language service over all files).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { root, tsFilesBelow } from './support.js';

/** TypeScript's codes for "'x' is deprecated" and "The signature ... is deprecated". */
const deprecatedCodes = new Set([6385, 6387]);

it('no generated zod.ts calls an API zod marks deprecated', () => {
  const files = [...tsFilesBelow(path.join(root, 'generated')), ...tsFilesBelow(path.join(root, 'test/snapshots'))].filter((f) =>
    f.endsWith('zod.ts'),
  );
  expect(files.length).toBeGreaterThanOrEqual(15);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => files,
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(readFileSync(file, 'utf8')) : undefined),
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const deprecated = files.flatMap((file) =>
    service
      .getSuggestionDiagnostics(file)
      .filter((d) => deprecatedCodes.has(d.code))
      .map((d) => {
        const line = d.file!.getLineAndCharacterOfPosition(d.start!).line + 1;
        return `${path.relative(root, file)}:${line} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
  );
  // TypeScript does not report a deprecated property written in an object literal (zod's `message`
  // parameter), so those are found from the properties' own JSDoc tags.
  const checker = service.getProgram()!.getTypeChecker();
  for (const file of files) {
    const source = service.getProgram()!.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const contextual = checker.getContextualType(node);
        for (const property of node.properties) {
          const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
          const types = !contextual ? [] : contextual.isUnion() ? contextual.types : [contextual];
          const symbols = name === undefined ? [] : types.map((t) => t.getProperty(name));
          if (symbols.some((symbol) => symbol?.getJsDocTags(checker).some((tag) => tag.name === 'deprecated'))) {
            const line = source.getLineAndCharacterOfPosition(property.getStart()).line + 1;
            deprecated.push(`${path.relative(root, file)}:${line} property '${name}' is deprecated`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  expect(deprecated).toEqual([]);
}, 60_000);
