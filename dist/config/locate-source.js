/**
 * Line and column of a JSON pointer inside a JavaScript or TypeScript config file, so that a config
 * error in `structgen.config.ts` is as located as one in `structgen.config.json`. The exported value is
 * followed through `export default`, `module.exports =`, `defineConfig(...)`, `satisfies`, `as` and
 * parentheses, then through object literal properties and array elements. Where the value is built
 * some other way (a variable, a spread), the deepest literal reached is what is pointed at.
 *
 * The parser is TypeScript's own, loaded only on such an error from the project's `typescript` (an
 * optional peer dependency: a project that compiles the generated `.ts` files has it, and it would add
 * 23 MB to every install). Without it the error names the JSON pointer alone.
 */
import { createRequire } from 'node:module';
import { pointerSegments } from '../diagnostics/index.js';
export function locateInSource(text, fileName, pointer) {
    const ts = typescriptFor(fileName);
    if (!ts)
        return undefined;
    const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    let node = exported(ts, file);
    if (!node)
        return undefined;
    for (const segment of pointerSegments(pointer)) {
        const inner = unwrap(ts, node);
        let next;
        if (ts.isObjectLiteralExpression(inner)) {
            // A property is pointed at by its key, as an editor would for the property's value.
            next = inner.properties.find((p) => p.name !== undefined && propertyName(ts, p.name) === segment);
        }
        else if (ts.isArrayLiteralExpression(inner) && /^(0|[1-9]\d*)$/.test(segment)) {
            next = inner.elements[Number(segment)];
        }
        if (!next)
            break;
        node = next;
    }
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return { line: line + 1, column: character + 1 };
}
/** The project's TypeScript, as the config file's folder resolves it (or as structgen's own folder does). */
function typescriptFor(configFile) {
    for (const from of [configFile, import.meta.url]) {
        try {
            return createRequire(from)('typescript');
        }
        catch {
            // not installed there
        }
    }
    return undefined;
}
function exported(ts, file) {
    for (const statement of file.statements) {
        if (ts.isExportAssignment(statement))
            return statement.expression;
        if (ts.isExpressionStatement(statement) &&
            ts.isBinaryExpression(statement.expression) &&
            statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            statement.expression.left.getText(file) === 'module.exports') {
            return statement.expression.right;
        }
    }
    return undefined;
}
/** `defineConfig(x)`, `x satisfies T`, `x as T`, `(x)` are all `x`. */
function unwrap(ts, node) {
    for (;;) {
        if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
            node = node.expression;
        else if (ts.isCallExpression(node) && node.arguments.length === 1)
            node = node.arguments[0];
        else if (ts.isPropertyAssignment(node))
            node = node.initializer;
        else
            return node;
    }
}
function propertyName(ts, name) {
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
        return name.text;
    return undefined;
}
//# sourceMappingURL=locate-source.js.map