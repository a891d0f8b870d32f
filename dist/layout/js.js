/**
 * A small JavaScript expression tree (what the Zod emitter writes: calls, member chains, objects,
 * arrays, arrows, literals) and its layout as prettier's estree printer lays it out, rebuilt from
 * prettier's rules for exactly these node kinds: member chains (printMemberChain), call arguments with
 * last-argument hugging (printCallArguments), assignment layouts (chooseLayout), objects kept broken
 * when written broken, arrays, arrows. The documents are printed by ./printer.ts (prettier's line
 * printer, re-implemented). A line the printer would print flat (it fits, and nothing in it breaks) is
 * written as text without a document (`flatText`), and so are the lines of a broken object around it.
 * Anything outside these rules throws `Unsupported`, and prettier formats that statement instead.
 */
import { blockComment, blockCommentText, builders, fitsAsText, joinTexts, numberLiteral, numberText, pieceCache, printItems, propertyKey, stringLiteral, Unsupported, utils, willBreak, } from './doc.js';
import { printWidth } from './options.js';
import { isIdentifierName } from '../model/index.js';
const { conditionalGroup, group, hardline, ifBreak, indent, indentIfBreak, join, line, lineSuffixBoundary, softline, breakParent } = builders;
// Builders, so emitters read like the code they write.
export const id = (name) => ({ kind: 'id', name });
export const str = (value) => ({ kind: 'string', value });
export const num = (value) => ({ kind: 'number', text: typeof value === 'string' ? value : numberText(value) });
export const regex = (pattern, flags = '') => ({ kind: 'regex', pattern, flags });
export const raw = (text) => ({ kind: 'raw', text });
export const member = (object, property) => ({ kind: 'member', object, property });
export const call = (callee, ...args) => ({ kind: 'call', callee, args });
export const newCall = (callee, ...args) => ({ kind: 'call', callee, args, isNew: true });
export const method = (object, name, ...args) => call(member(object, name), ...args);
export const arrow = (params, body) => ({ kind: 'arrow', params, body });
export const object = (properties, expanded = false) => ({ kind: 'object', properties, expanded });
export const array = (items) => ({ kind: 'array', items });
/** The expression as plain source text (for prettier, when a layout declines). */
export function sourceText(e) {
    switch (e.kind) {
        case 'id':
            return e.name;
        case 'string':
            return stringLiteral(e.value);
        case 'number':
            return e.text.startsWith('-') ? `-${numberLiteral(e.text.slice(1))}` : numberLiteral(e.text);
        case 'regex':
            return `/${e.pattern}/${e.flags}`;
        case 'raw':
            return e.text;
        case 'member':
            return `${sourceText(e.object)}.${e.property}`;
        case 'call':
            return `${e.isNew ? 'new ' : ''}${sourceText(e.callee)}(${e.args.map(sourceText).join(', ')})`;
        case 'arrow':
            return `(${e.params.join(', ')}) => ${sourceText(e.body)}`;
        case 'object': {
            if (e.properties.length === 0)
                return '{}';
            const entries = e.properties.map((p) => `${p.doc === undefined ? '' : `${p.doc}\n`}${keyText(p)}: ${sourceText(p.value)}`);
            return e.expanded || e.properties.some((p) => p.doc !== undefined) ? `{\n${entries.join(',\n')},\n}` : `{ ${entries.join(', ')} }`;
        }
        case 'array':
            return `[${e.items.map(sourceText).join(', ')}]`;
    }
}
function keyText(p) {
    if (p.numericKey)
        return numericKey(p.key);
    try {
        return propertyKey(p.key);
    }
    catch {
        return stringLiteral(p.key);
    }
}
/** A key written as a number: only plain decimal integers, which prettier prints as they are. */
function numericKey(key) {
    if (!/^(?:0|[1-9]\d{0,14})$/.test(key))
        throw new Error(`internal error: ${JSON.stringify(key)} is not a numeric key`);
    return key;
}
/** ESTree node types, which several of prettier's rules compare. */
function estreeType(e) {
    switch (e.kind) {
        case 'id':
            return 'Identifier';
        case 'string':
        case 'regex':
            return 'Literal';
        case 'number':
            return e.text.startsWith('-') ? 'UnaryExpression' : 'Literal';
        case 'raw':
            return 'BinaryExpression';
        case 'member':
            return 'MemberExpression';
        case 'call':
            return e.isNew ? 'NewExpression' : 'CallExpression';
        case 'arrow':
            return 'ArrowFunctionExpression';
        case 'object':
            return 'ObjectExpression';
        case 'array':
            return 'ArrayExpression';
    }
}
const isCall = (e) => e.kind === 'call' && !e.isNew;
/** prettier's isSimpleCallArgument (depth 2). */
function isSimpleCallArgument(e, depth = 2) {
    if (depth <= 0)
        return false;
    const child = (c) => isSimpleCallArgument(c, depth - 1);
    switch (e.kind) {
        case 'regex':
            return e.pattern.length <= 5;
        case 'string':
        case 'number':
        case 'id':
            return true;
        case 'object':
            return e.properties.every((p) => child(p.value));
        case 'array':
            return e.items.every(child);
        case 'call':
            return isSimpleCallArgument(e.callee, depth) && e.args.length <= depth && e.args.every(child);
        case 'member':
            return isSimpleCallArgument(e.object, depth);
        default:
            return false;
    }
}
/** prettier's isLoneShortArgument: short next to the line width. */
function isLoneShortArgument(e) {
    const threshold = printWidth * 0.25;
    switch (e.kind) {
        case 'id':
            return e.name.length <= threshold;
        case 'number':
            return true;
        case 'regex':
            return e.pattern.length <= threshold;
        case 'string':
            return stringLiteral(e.value).length <= threshold;
        case 'call':
            return !e.isNew && e.args.length === 0 && e.callee.kind === 'id' && e.callee.name.length <= threshold - 2;
        default:
            return false;
    }
}
function couldExpandArg(e) {
    if (e.kind === 'object')
        return e.properties.length > 0;
    if (e.kind === 'array')
        return e.items.length > 0;
    if (e.kind === 'arrow')
        return e.body.kind === 'object' || e.body.kind === 'array' || isCall(e.body);
    return false;
}
function isConciselyPrintedArray(e) {
    return e.kind === 'array' && e.items.length > 1 && e.items.every((i) => i.kind === 'number');
}
function isFunctionCompositionArgs(args) {
    if (args.length <= 1)
        return false;
    let functions = 0;
    for (const arg of args) {
        if (arg.kind === 'arrow') {
            if (++functions > 1)
                return true;
        }
        else if (isCall(arg) && arg.args.some((a) => a.kind === 'arrow')) {
            return true;
        }
    }
    return false;
}
export function printExpr(e) {
    return print(e).doc;
}
/** Each node printed once: prettier's rules ask for the printed form of the same nodes more than once. */
const printedCache = pieceCache();
function print(e) {
    let printed = printedCache.get(e);
    if (!printed)
        printedCache.set(e, (printed = printUncached(e)));
    return printed;
}
/**
 * A literal, an identifier or `Identifier.name` (the only member written outside a chain, as in
 * `Number.isInteger`, which prettier keeps inline): one piece of text; undefined for any other node.
 */
function leafText(e) {
    switch (e.kind) {
        case 'id':
        case 'string':
        case 'number':
        case 'regex':
        case 'raw':
            return sourceText(e);
        case 'member':
            return e.object.kind === 'id' ? sourceText(e) : undefined;
        default:
            return undefined;
    }
}
function printUncached(e) {
    switch (e.kind) {
        case 'id':
        case 'string':
        case 'number':
        case 'regex':
        case 'raw':
        case 'member': {
            const text = leafText(e);
            if (text === undefined)
                throw new Unsupported('member of an expression');
            return { doc: text };
        }
        case 'call':
            if (e.isNew)
                return { doc: ['new ', printExpr(e.callee), callArguments(e.args)] };
            if (e.callee.kind === 'member')
                return memberChain(e);
            if (e.callee.kind !== 'id')
                throw new Unsupported('call of a call');
            return { doc: [e.callee.name, callArguments(e.args)] };
        case 'arrow':
            return { doc: arrowFunction(e) };
        case 'object':
            return { doc: objectExpression(e) };
        case 'array':
            return { doc: arrayExpression(e) };
    }
}
function arrowFunction(e) {
    if (e.body.kind === 'object' || e.body.kind === 'array' || e.body.kind === 'arrow')
        throw new Unsupported('arrow body');
    const params = e.params.length === 0 ? '()' : group(['(', indent([softline, join([',', line], e.params)]), softline, ')']);
    return group([group([params]), ' =>', group([indent([line, printExpr(e.body)])])]);
}
function objectExpression(e) {
    if (e.properties.length === 0)
        return '{}';
    return group(['{', indent([line, join([',', line], e.properties.map(propertyDoc))]), ifBreak(','), line, '}'], {
        shouldBreak: isBroken(e),
    });
}
/** An object written broken, or with a comment above a property, which prettier keeps broken. */
const isBroken = (e) => e.expanded || e.properties.some((p) => p.doc !== undefined);
function propertyDoc(p) {
    const key = p.numericKey ? numericKey(p.key) : propertyKey(p.key);
    const printed = assignment(key, ':', p.value, { property: p.key });
    return p.doc === undefined ? printed : [blockComment(p.doc), hardline, printed];
}
function arrayExpression(e) {
    if (e.items.length === 0)
        return '[]';
    if (isConciselyPrintedArray(e))
        throw new Unsupported('numbers filling lines');
    const first = e.items[0];
    const shouldBreak = e.items.length > 1 &&
        e.items.every((item) => item.kind === first.kind &&
            ((item.kind === 'object' && item.properties.length > 1) || (item.kind === 'array' && item.items.length > 1)));
    return group([
        '[',
        indent([
            softline,
            join([',', line], e.items.map((i) => group(printExpr(i)))),
        ]),
        ifBreak(','),
        softline,
        ']',
    ], { shouldBreak });
}
/** prettier's printCallArguments. */
function callArguments(args) {
    if (args.length === 0)
        return '()';
    const printed = args.map((a, i) => (i === args.length - 1 ? printExpr(a) : [printExpr(a), ',', line]));
    const allArgsBrokenOut = () => group(['(', indent([line, ...printed]), ',', line, ')'], { shouldBreak: true });
    if (isFunctionCompositionArgs(args))
        return allArgsBrokenOut();
    const last = args.at(-1);
    const penultimate = args.at(-2);
    const expandLast = couldExpandArg(last) &&
        (!penultimate || estreeType(penultimate) !== estreeType(last)) &&
        (args.length !== 2 || penultimate.kind !== 'arrow' || last.kind !== 'array') &&
        !(args.length > 1 && isConciselyPrintedArray(last));
    if (expandLast) {
        const head = printed.slice(0, -1);
        if (head.some(willBreak))
            return allArgsBrokenOut();
        const lastDoc = printExpr(last);
        if (willBreak(lastDoc)) {
            return [breakParent, conditionalGroup([['(', ...head, group(lastDoc, { shouldBreak: true }), ')'], allArgsBrokenOut()])];
        }
        return conditionalGroup([['(', ...head, lastDoc, ')'], ['(', ...head, group(lastDoc, { shouldBreak: true }), ')'], allArgsBrokenOut()]);
    }
    return group(['(', indent([softline, ...printed]), ifBreak(','), softline, ')'], { shouldBreak: printed.some(willBreak) });
}
/**
 * prettier's printMemberChain, for chains whose head is an identifier or a call of one. The chain's
 * nodes and their documents are kept in two flat lists and its groups as where each starts: most chains
 * (`string().exactOptional()`) are short enough to print as one group, which needs no more than that.
 */
function memberChain(root) {
    const exprs = [];
    const docs = [];
    const calls = [];
    let node = root;
    for (;;) {
        if (isCall(node) && node.callee.kind === 'member') {
            exprs.push(node);
            docs.push(callArguments(node.args));
            calls.push(node);
            node = node.callee;
        }
        else if (node.kind === 'member') {
            exprs.push(node);
            docs.push(['.', node.property]);
            node = node.object;
        }
        else {
            if (isCall(node))
                calls.push(node);
            exprs.push(node);
            docs.push(printExpr(node));
            break;
        }
    }
    exprs.reverse();
    docs.reverse();
    calls.reverse();
    const n = exprs.length;
    const head = exprs[0];
    if (head.kind !== 'id' && !isCall(head))
        throw new Unsupported('chain head');
    // Groups: the head (with the calls right after it), then `.name(...)` runs; `starts` holds where each begins.
    const starts = [0];
    let i = 1;
    for (; i < n && isCall(exprs[i]); i++)
        ;
    if (!isCall(head)) {
        for (; i + 1 < n && exprs[i].kind === 'member' && exprs[i + 1].kind === 'member'; i++)
            ;
    }
    if (i < n)
        starts.push(i);
    let seenCall = false;
    for (let j = i; j < n; j++) {
        if (seenCall && exprs[j].kind === 'member') {
            starts.push(j);
            seenCall = false;
        }
        if (isCall(exprs[j]))
            seenCall = true;
    }
    const groupCount = starts.length;
    const firstGroupLength = (starts[1] ?? n) - starts[0];
    const shouldMerge = groupCount >= 2 && firstGroupLength === 1 && head.kind === 'id' && /^[A-Z]|^[$_]+$/.test(head.name);
    const cutoff = shouldMerge ? 3 : 2;
    // One group, its documents in a row (nesting arrays prints the same).
    if (groupCount <= cutoff)
        return { doc: group(docs) };
    const printedGroups = starts.map((start, k) => docs.slice(start, starts[k + 1] ?? n));
    const oneLine = printedGroups;
    const rest = printedGroups.slice(shouldMerge ? 2 : 1);
    const expanded = [printedGroups[0], shouldMerge ? printedGroups[1] : '', indent([hardline, join(hardline, rest)])];
    const lastGroupWillBreakAndOtherCallsHaveFunctionArguments = isCall(exprs[n - 1]) && willBreak(printedGroups.at(-1)) && calls.slice(0, -1).some((c) => c.args.some((a) => a.kind === 'arrow'));
    if ((calls.length > 2 && calls.some((c) => !c.args.every((a) => isSimpleCallArgument(a)))) ||
        printedGroups.slice(0, -1).some(willBreak) ||
        lastGroupWillBreakAndOtherCallsHaveFunctionArguments) {
        return { doc: group(expanded), memberChain: true };
    }
    return { doc: [willBreak(oneLine) ? breakParent : '', conditionalGroup([oneLine, expanded])], memberChain: true };
}
/** prettier's isPoorlyBreakableMemberOrCallChain. */
function isPoorlyBreakable(e, deep = false) {
    if (isCall(e)) {
        if (print(e).memberChain)
            return false;
        if (!(e.args.length === 0 || (e.args.length === 1 && isLoneShortArgument(e.args[0]))))
            return false;
        return isPoorlyBreakable(e.callee, true);
    }
    if (e.kind === 'member')
        return isPoorlyBreakable(e.object, true);
    return deep && e.kind === 'id';
}
/**
 * prettier's printAssignment with the layouts chooseLayout picks for an object property (`key: value`)
 * or a variable declarator (`name = value`); `left` is the printed left side.
 */
export function assignment(left, operator, right, context = {}) {
    const canBreakLeft = utils.canBreak(left);
    const hasShortKey = context.property !== undefined && typeof left === 'string' && left.length < 2 + 3;
    let layout;
    const isNumericLiteral = right.kind === 'number' && estreeType(right) === 'Literal';
    const isBooleanLiteral = right.kind === 'id' && (right.name === 'true' || right.name === 'false');
    if (!hasShortKey && (right.kind === 'string' || isPoorlyBreakable(right)))
        layout = 'break-after-operator';
    else if (!canBreakLeft && (hasShortKey || isNumericLiteral || isBooleanLiteral))
        layout = 'never-break-after-operator';
    else
        layout = 'fluid';
    const rightDoc = printExpr(right);
    switch (layout) {
        case 'break-after-operator':
            return group([group(left), operator, group(indent([line, rightDoc]))]);
        case 'never-break-after-operator':
            return group([group(left), operator, ' ', rightDoc]);
        case 'fluid': {
            const groupId = Symbol('assignment');
            return group([group(left), operator, group(indent(line), { id: groupId }), lineSuffixBoundary, indentIfBreak(rightDoc, { groupId })]);
        }
    }
}
/**
 * The expression on one line, as the printer prints it when it fits (every group flat); undefined when
 * something in it always breaks (an object written broken, a comment, an array of objects, a chain
 * prettier always expands, function-composition arguments) or its layout throws `Unsupported`, and
 * possibly when it is wider than a line (see `joinTexts`). The cases mirror `printUncached` and the
 * rules it calls, which hold every such case to a forced break.
 */
export function flatText(e) {
    switch (e.kind) {
        case 'id':
        case 'string':
        case 'number':
        case 'regex':
        case 'raw':
        case 'member':
            return leafText(e);
        case 'call': {
            if (e.isNew) {
                const callee = flatText(e.callee);
                const args = callee === undefined ? undefined : flatArguments(e.args);
                return args === undefined ? undefined : `new ${callee}${args}`;
            }
            if (e.callee.kind === 'member')
                return flatChain(e);
            if (e.callee.kind !== 'id')
                return undefined;
            const args = flatArguments(e.args);
            return args === undefined ? undefined : e.callee.name + args;
        }
        case 'arrow': {
            if (e.body.kind === 'object' || e.body.kind === 'array' || e.body.kind === 'arrow')
                return undefined;
            const body = flatText(e.body);
            return body === undefined ? undefined : `(${e.params.join(', ')}) => ${body}`;
        }
        case 'object': {
            if (e.properties.length === 0)
                return '{}';
            if (isBroken(e))
                return undefined;
            const entries = joinTexts(e.properties, (p) => {
                if (!p.numericKey && !isIdentifierOrAscii(p.key))
                    return undefined;
                const value = flatText(p.value);
                return value === undefined ? undefined : `${p.numericKey ? numericKey(p.key) : propertyKey(p.key)}: ${value}`;
            }, ', ');
            return entries === undefined ? undefined : `{ ${entries} }`;
        }
        case 'array': {
            if (e.items.length === 0)
                return '[]';
            if (isConciselyPrintedArray(e) || arrayAlwaysBreaks(e))
                return undefined;
            const items = joinTexts(e.items, flatText, ', ');
            return items === undefined ? undefined : `[${items}]`;
        }
    }
}
/** `callArguments` on one line: undefined where it always breaks them out (function composition). */
function flatArguments(args) {
    if (args.length === 0)
        return '()';
    if (isFunctionCompositionArgs(args))
        return undefined;
    const list = joinTexts(args, flatText, ', ');
    return list === undefined ? undefined : `(${list})`;
}
/** `memberChain` on one line: undefined for a chain it always expands, or one it does not lay out. */
function flatChain(root) {
    const exprs = [];
    const calls = [];
    let text = '';
    let node = root;
    for (;;) {
        if (isCall(node) && node.callee.kind === 'member') {
            const args = flatArguments(node.args);
            if (args === undefined)
                return undefined;
            text = args + text;
            exprs.push(node);
            calls.push(node);
            node = node.callee;
        }
        else if (node.kind === 'member') {
            text = `.${node.property}${text}`;
            exprs.push(node);
            node = node.object;
        }
        else {
            const last = node;
            if (last.kind !== 'id' && !isCall(last))
                return undefined;
            const head = flatText(node);
            if (head === undefined)
                return undefined;
            if (isCall(node))
                calls.push(node);
            exprs.push(node);
            text = head + text;
            break;
        }
    }
    exprs.reverse();
    calls.reverse();
    // The groups, counted as memberChain counts them: a chain of more than `cutoff` groups with more than
    // two calls, one of them with an argument that is not simple, is always printed expanded.
    const n = exprs.length;
    const head = exprs[0];
    let groups = 1;
    let i = 1;
    for (; i < n && isCall(exprs[i]); i++)
        ;
    if (!isCall(head)) {
        for (; i + 1 < n && exprs[i].kind === 'member' && exprs[i + 1].kind === 'member'; i++)
            ;
    }
    const second = i;
    if (i < n)
        groups++;
    let seenCall = false;
    for (let j = i; j < n; j++) {
        if (seenCall && exprs[j].kind === 'member') {
            groups++;
            seenCall = false;
        }
        if (isCall(exprs[j]))
            seenCall = true;
    }
    const firstGroupLength = groups >= 2 ? second : n;
    const shouldMerge = groups >= 2 && firstGroupLength === 1 && head.kind === 'id' && /^[A-Z]|^[$_]+$/.test(head.name);
    if (groups > (shouldMerge ? 3 : 2) && calls.length > 2 && calls.some((c) => !c.args.every((a) => isSimpleCallArgument(a))))
        return undefined;
    return text;
}
const isIdentifierOrAscii = (key) => !/[^\x20-\x7e]/.test(key) || isIdentifierName(key);
/** An array of two or more objects (or arrays) of more than one entry each: prettier breaks it. */
function arrayAlwaysBreaks(e) {
    const first = e.items[0];
    return (e.items.length > 1 &&
        e.items.every((item) => item.kind === first.kind &&
            ((item.kind === 'object' && item.properties.length > 1) || (item.kind === 'array' && item.items.length > 1))));
}
/**
 * `export const name[: type] = value;` (the type printed as given, one unbreakable piece), with the
 * `/** … *\/` comment `doc` above it. Two shapes are written as text, without a document: a declaration
 * that fits on its line, and `name = callee({` with a broken object, whose properties are printed one
 * at a time (each a line of text when it fits on one).
 */
export function exportConst(name, type, value, doc) {
    const comment = doc === undefined ? '' : blockCommentText(doc, '');
    if (comment !== undefined) {
        const above = comment === '' ? '' : `${comment}\n`;
        const head = `export const ${name}${type === undefined ? '' : `: ${type}`} = `;
        const flat = flatText(value);
        if (flat !== undefined && fitsAsText(`${head}${flat};`))
            return `${above}${head}${flat};`;
        const hugged = huggedObject(value);
        if (hugged && fitsAsText(`${head}${hugged.callee}({`))
            return `${above}${head}${hugged.callee}({\n${brokenProperties(hugged.properties, 1)}\n});`;
    }
    const left = type === undefined ? name : [name, ': ', type];
    const declaration = ['export ', group(['const ', assignment(left, ' =', value), ';'])];
    return doc === undefined ? declaration : [blockComment(doc), hardline, declaration];
}
/** `const name = value;`, a constant the file does not export. */
export function localConst(name, value) {
    return group(['const ', assignment(name, ' =', value), ';']);
}
/** `callee({ … })` with a broken object, the one argument, which prettier hugs. */
function huggedObject(e) {
    if (!isCall(e) || e.callee.kind !== 'id' || e.args.length !== 1)
        return undefined;
    const arg = e.args[0];
    return arg.kind === 'object' && arg.properties.length > 0 && isBroken(arg)
        ? { callee: e.callee.name, properties: arg.properties }
        : undefined;
}
/**
 * A broken object's properties, `depth` indents deep, each ending in its comma, one at a time: a
 * property that fits on its line with nothing in it that breaks is its text (with its comment's lines
 * above it), which is what the printer makes of it; the others are printed as documents.
 */
function brokenProperties(properties, depth) {
    const indentText = '  '.repeat(depth);
    let text = '';
    for (let i = 0; i < properties.length; i++) {
        const p = properties[i];
        const line = propertyText(p, indentText) ?? printItems([() => [propertyDoc(p), ',']], depth);
        text += i === 0 ? line : `\n${line}`;
    }
    return text;
}
/**
 * A property of a broken object at `indent` as text, its comment above it: `key: value,` on one line
 * when it fits and nothing in it breaks; `key: {`, the object's properties a level deeper, and `},`
 * when the value is a broken object that stays on the key's line (a short key never breaks after the
 * colon; a longer one does only when `key: {` does not fit). Undefined where the printer is needed.
 */
function propertyText(p, indent) {
    if (!p.numericKey && !isIdentifierOrAscii(p.key))
        return undefined;
    const key = p.numericKey ? numericKey(p.key) : propertyKey(p.key);
    let text;
    const value = p.value;
    if (value.kind === 'object' && value.properties.length > 0 && isBroken(value)) {
        const head = `${indent}${key}: {`;
        // assignment's never-break-after-operator layout for a short key; fluid otherwise.
        if (key.length >= 2 + 3 && !fitsAsText(head))
            return undefined;
        text = `${head}\n${brokenProperties(value.properties, indent.length / 2 + 1)}\n${indent}},`;
    }
    else {
        const flat = flatText(value);
        if (flat === undefined)
            return undefined;
        text = `${indent}${key}: ${flat},`;
        if (!fitsAsText(text))
            return undefined;
    }
    if (p.doc === undefined)
        return text;
    const comment = blockCommentText(p.doc, indent);
    return comment === undefined ? undefined : `${indent}${comment}\n${text}`;
}
/** `function name() { return value; }`, as prettier lays out a function whose body is one return. */
export function functionReturning(name, value) {
    // A broken object's properties each end in a comma and a line break: printed one at a time.
    if (value.kind === 'object' && value.properties.length > 0 && isBroken(value)) {
        return `function ${name}() {\n  return {\n${brokenProperties(value.properties, 2)}\n  };\n}`;
    }
    return ['function ', name, '() {', indent([hardline, 'return ', printExpr(value), ';']), hardline, '}'];
}
//# sourceMappingURL=js.js.map