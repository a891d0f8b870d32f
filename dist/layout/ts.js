/**
 * TypeScript type syntax as prettier's estree printer lays it out, for the type forms structgen writes:
 * unions (hugged, indented, parenthesized), arrays, tuples, type literals kept broken, type references
 * with type arguments, literal types, and interface and type alias declarations with JSDoc. A member
 * or alias the printer would print flat is written as text without a document (`typeFlatText`), and an
 * interface is its members' lines. Unknown forms throw `Unsupported`, and prettier formats that
 * declaration instead.
 */
import { blockComment, blockCommentText, builders, fitsAsText, joinTexts, printItems, propertyKey, stringLiteral, Unsupported, } from './doc.js';
const { group, hardline, ifBreak, indent, indentIfBreak, join, line, lineSuffixBoundary, softline, align } = builders;
export const typeName = (text) => ({ kind: 'name', text });
const isVoid = (t) => t.kind === 'name' && (t.text === 'null' || t.text === 'void');
const isObjectLike = (t) => t.kind === 'literal' || t.kind === 'reference' || (t.kind === 'name' && !isKeyword(t.text) && !isLiteralText(t.text));
const keywords = new Set([
    'string',
    'number',
    'boolean',
    'null',
    'undefined',
    'unknown',
    'never',
    'any',
    'void',
    'object',
    'bigint',
    'symbol',
]);
const isKeyword = (text) => keywords.has(text);
const isLiteralText = (text) => /^["'\d-]|^(true|false)$/.test(text);
/** prettier's shouldHugUnionType: one object-like member, the others null or void. */
function shouldHugUnion(members) {
    const objectType = members.find(isObjectLike);
    return objectType !== undefined && members.every((m) => m === objectType || isVoid(m));
}
/** prettier's isSimpleType: a keyword, or a reference without type arguments. */
function isSimpleType(t) {
    return (t.kind === 'name' && !isLiteralText(t.text)) || (t.kind === 'reference' && t.args.length === 0);
}
/** Where prettier parenthesizes a union or an intersection: inside an array, a union or an intersection. */
const inParentheses = (parent) => parent === 'array' || parent === 'intersection' || parent === 'union';
/** The type as plain source text (for prettier, when a layout declines). */
export function typeSource(t) {
    const wrapped = (m) => (m.kind === 'union' || m.kind === 'intersection' ? `(${typeSource(m)})` : typeSource(m));
    const unionMember = (m) => (m.kind === 'union' ? `(${typeSource(m)})` : typeSource(m));
    switch (t.kind) {
        case 'name':
            return t.text;
        case 'query':
            return `typeof ${t.name}`;
        case 'reference':
            return t.args.length === 0 ? t.name : `${t.name}<${t.args.map(typeSource).join(', ')}>`;
        case 'array':
            return `${wrapped(t.items)}[]`;
        case 'literal':
            return t.members.length === 0 ? '{}' : `{\n${t.members.map(memberSource).join('\n')}\n}`;
        case 'tuple':
            return `[${t.elements
                .map((e) => e.rest
                ? `...${typeSource(e.type)}`
                : e.label !== undefined
                    ? `${e.label}${e.optional ? '?' : ''}: ${typeSource(e.type)}`
                    : e.optional
                        ? `${wrapped(e.type)}?`
                        : typeSource(e.type))
                .join(', ')}]`;
        case 'union':
            return t.members.map(unionMember).join(' | ');
        case 'intersection':
            return t.members.map(wrapped).join(' & ');
        case 'indexed':
            return `${wrapped(t.object)}[${t.index}]`;
    }
}
/** A member's key as written: a name (quoted where needed), a number, or an index signature. */
function memberKey(m, name) {
    const { key } = m;
    const modifier = m.readonly ? 'readonly ' : '';
    if ('name' in key)
        return modifier + name(key.name);
    if ('number' in key)
        return modifier + key.number;
    return `${modifier}[${key.parameter}: ${key.index}]`;
}
export function memberSource(m) {
    const key = memberKey(m, keySource);
    return `${m.doc === undefined ? '' : `${m.doc}\n`}${key}${m.optional ? '?' : ''}: ${typeSource(m.type)};`;
}
function keySource(name) {
    try {
        return propertyKey(name);
    }
    catch {
        return stringLiteral(name);
    }
}
export function printType(t, parent = 'annotation') {
    switch (t.kind) {
        case 'name':
            return t.text;
        case 'query':
            return `typeof ${t.name}`;
        case 'reference':
            return [t.name, typeArguments(t.args)];
        case 'array':
            return [printType(t.items, 'array'), '[]'];
        case 'literal':
            return typeLiteral(t.members);
        case 'tuple':
            return tuple(t.elements);
        case 'union':
            return union(t.members, parent);
        case 'intersection':
            // prettier parenthesizes an intersection inside an array, a union or another intersection.
            return inParentheses(parent) ? ['(', intersection(t.members), ')'] : intersection(t.members);
        case 'indexed':
            // Only `name["literal"]` is written, which prettier never breaks.
            if (t.object.kind !== 'name' && t.object.kind !== 'reference')
                throw new Unsupported('indexed access of a compound type');
            return [printType(t.object), '[', t.index, ']'];
    }
}
function typeArguments(args) {
    if (args.length === 0)
        return '';
    if (args.length === 1 &&
        (isSimpleType(args[0]) || args[0].kind === 'literal' || (args[0].kind === 'union' && shouldHugUnion(args[0].members))))
        return ['<', printType(args[0], 'typeArguments'), '>'];
    return group([
        '<',
        indent([
            softline,
            join([',', line], args.map((a) => printType(a, 'typeArguments'))),
        ]),
        softline,
        '>',
    ]);
}
/**
 * The type on one line, as the printer prints it when it fits (every group flat); undefined when
 * something in it always breaks (a type literal with members) or its layout throws `Unsupported`, and
 * possibly when it is wider than a line (see `joinTexts`). The cases mirror `printType` and the rules
 * it calls.
 */
export function typeFlatText(t, parent = 'annotation') {
    switch (t.kind) {
        case 'name':
            return t.text;
        case 'query':
            return `typeof ${t.name}`;
        case 'reference': {
            if (t.args.length === 0)
                return t.name;
            const args = flatTypes(t.args, ', ', 'typeArguments');
            return args === undefined ? undefined : `${t.name}<${args}>`;
        }
        case 'array': {
            const items = typeFlatText(t.items, 'array');
            return items === undefined ? undefined : `${items}[]`;
        }
        case 'literal':
            return t.members.length === 0 ? '{}' : undefined;
        case 'tuple': {
            const elements = joinTexts(t.elements, (e) => {
                if ((e.rest || e.label !== undefined || e.optional) && (e.type.kind === 'union' || e.type.kind === 'intersection'))
                    return undefined;
                const type = typeFlatText(e.type, t.elements.length > 1 ? 'tuple' : 'tupleSingle');
                if (type === undefined)
                    return undefined;
                if (e.rest)
                    return `...${type}`;
                if (e.label !== undefined)
                    return `${e.label}${e.optional ? '?' : ''}: ${type}`;
                return e.optional ? `${type}?` : type;
            }, ', ');
            return elements === undefined ? undefined : `[${elements}]`;
        }
        case 'union':
        case 'intersection': {
            const members = flatTypes(t.members, t.kind === 'union' ? ' | ' : ' & ', t.kind);
            return members === undefined ? undefined : inParentheses(parent) ? `(${members})` : members;
        }
        case 'indexed': {
            if (t.object.kind !== 'name' && t.object.kind !== 'reference')
                return undefined;
            const object = typeFlatText(t.object);
            return object === undefined ? undefined : `${object}[${t.index}]`;
        }
    }
}
const flatTypes = (types, separator, parent) => joinTexts(types, (m) => typeFlatText(m, parent), separator);
/** prettier's printUnionType (3.x): `| ` starts each member once the union breaks. */
function union(members, parent) {
    const needsParens = inParentheses(parent);
    if (shouldHugUnion(members)) {
        const hugged = join(' | ', members.map((m) => printType(m, 'union')));
        return needsParens ? ['(', hugged, ')'] : hugged;
    }
    const printed = group(members.map((m, i) => [i === 0 ? ifBreak('| ') : [line, '| '], align(2, printType(m, 'union'))]));
    if (needsParens)
        return ['(', group([indent([softline, printed]), softline]), ')'];
    if (parent === 'tuple')
        return group([indent([ifBreak(['(', softline]), printed]), softline, ifBreak(')')]);
    // A type alias breaks after `=` instead (break-after-operator); type arguments and tuples do not indent.
    if (parent === 'alias' || parent === 'typeArguments' || parent === 'tupleSingle')
        return printed;
    return group(indent([softline, printed]));
}
/**
 * prettier's printIntersectionType: object types stay on the line (`A & {`), other members break onto
 * their own indented lines (` &` then the member) when the whole does not fit.
 */
function intersection(members) {
    let wasIndented = false;
    return group(members.map((m, index) => {
        const doc = printType(m, 'intersection');
        if (index === 0)
            return doc;
        const current = m.kind === 'literal';
        const previous = members[index - 1].kind === 'literal';
        if (previous && current)
            return [' & ', wasIndented ? indent(doc) : doc];
        if (!previous && !current)
            return indent([' &', line, doc]);
        if (index > 1)
            wasIndented = true;
        return [' & ', index > 1 ? indent(doc) : doc];
    }));
}
function tuple(elements) {
    if (elements.length === 0)
        return '[]';
    const printed = elements.map((e) => {
        if ((e.rest || e.label !== undefined || e.optional) && (e.type.kind === 'union' || e.type.kind === 'intersection'))
            throw new Unsupported('union or intersection in a tuple member');
        const type = printType(e.type, elements.length > 1 ? 'tuple' : 'tupleSingle');
        if (e.rest)
            return ['...', type];
        if (e.label !== undefined)
            return [e.label, e.optional ? '?' : '', ': ', type];
        return e.optional ? [type, '?'] : type;
    });
    return group(['[', indent([softline, join([',', line], printed)]), ifBreak(','), softline, ']']);
}
/** An inline object type, always broken (structgen writes it broken, and prettier keeps that). */
function typeLiteral(members) {
    if (members.length === 0)
        return '{}';
    return group([
        '{',
        indent([
            line,
            join(line, members.map((m) => member(m))),
        ]),
        line,
        '}',
    ], { shouldBreak: true });
}
export function member(m, type = printType(m.type)) {
    const key = memberKey(m, propertyKey);
    const comment = m.doc === undefined ? '' : [blockComment(m.doc), hardline];
    return [comment, key, m.optional ? '?' : '', ': ', type, ';'];
}
/** A member's lines `depth` indents deep: its text, or its document printed alone (see `printItems`). */
const memberLines = (m, depth) => memberText(m, depth) ?? printItems([() => member(m)], depth);
/**
 * A member `depth` indents deep as the printer prints it, as text: one that fits on its line with
 * nothing in it that breaks, or one whose type is an object type (always broken, so `key: {` stays on
 * the key's line whatever its width) with its members' lines, each of those as text where it can be and
 * printed alone where not (what follows a member is a line break, so it prints the same alone). Its
 * comment's lines are written above it. Undefined where the member itself needs the printer.
 */
function memberText(m, depth) {
    const indent = '  '.repeat(depth);
    const head = `${indent}${memberKey(m, propertyKey)}${m.optional ? '?' : ''}: `;
    let text;
    if (m.type.kind === 'literal' && m.type.members.length > 0) {
        let lines = '';
        for (const inner of m.type.members)
            lines += `${memberLines(inner, depth + 1)}\n`;
        text = `${head}{\n${lines}${indent}};`;
    }
    else {
        const type = typeFlatText(m.type);
        if (type === undefined || !fitsAsText(`${head}${type};`))
            return undefined;
        text = `${head}${type};`;
    }
    if (m.doc === undefined)
        return text;
    const comment = blockCommentText(m.doc, indent);
    return comment === undefined ? undefined : `${indent}${comment}\n${text}`;
}
/**
 * `export interface Name { … }` with its members, and the JSDoc comment above it. Each member is on
 * lines of its own, after which comes a line break, which is all prettier's `fits` looks for after it:
 * the body is its members' lines, each as text where `memberText` has it and printed alone where not
 * (a long table, paths or operations, is then never one document in memory).
 */
export function interfaceDeclaration(doc, name, members) {
    if (members.length === 0)
        return interfaceHead(doc, name, '{}');
    let body = '{';
    for (const m of members)
        body += `\n${memberLines(m, 1)}`;
    return interfaceHead(doc, name, `${body}\n}`);
}
function interfaceHead(doc, name, body) {
    const comment = doc === undefined ? '' : blockCommentText(doc, '');
    if (comment !== undefined)
        return `${comment === '' ? '' : `${comment}\n`}export interface ${name} ${body}`;
    return [blockComment(doc), hardline, 'export interface ', name, ' ', body];
}
/** A declaration in prettier's layout (throws `Unsupported` where the layout does not know prettier's). */
export function printDeclaration(d) {
    return d.kind === 'interface' ? interfaceDeclaration(d.doc, d.name, d.members) : typeAliasDeclaration(d.doc, d.name, d.type);
}
/** A declaration as source text, for prettier. */
export function declarationSource(d) {
    const head = d.doc === undefined ? '' : `${d.doc}\n`;
    if (d.kind === 'alias')
        return `${head}export type ${d.name} = ${typeSource(d.type)};`;
    return `${head}export interface ${d.name} {\n${d.members.map(memberSource).join('\n')}\n}`;
}
/**
 * `export type Name = type;` with prettier's assignment layouts (break after `=` for a union, fluid
 * otherwise), and the JSDoc comment above it.
 */
export function typeAliasDeclaration(doc, name, type, exported = true) {
    // One that fits on its line with nothing in it that breaks is its text.
    const flat = typeFlatText(type, 'alias');
    const comment = doc === undefined ? '' : blockCommentText(doc, '');
    if (flat !== undefined && comment !== undefined) {
        const line = `${exported ? 'export ' : ''}type ${name} = ${flat};`;
        if (fitsAsText(line))
            return comment === '' ? line : `${comment}\n${line}`;
    }
    const groupId = Symbol('assignment');
    const right = printType(type, 'alias');
    const declaration = type.kind === 'union' && !shouldHugUnion(type.members)
        ? group([group(name), ' =', group(indent([line, right])), ';'])
        : group([group(name), ' =', group(indent(line), { id: groupId }), lineSuffixBoundary, indentIfBreak(right, { groupId }), ';']);
    return [doc === undefined ? '' : [blockComment(doc), hardline], exported ? 'export ' : '', 'type ', declaration];
}
//# sourceMappingURL=ts.js.map