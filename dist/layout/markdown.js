/**
 * Markdown laid out exactly as prettier's markdown printer (proseWrap: never) lays out what the
 * templates and view model produce, without a prettier pass: a paragraph's (and a quote's and a list
 * item's) lines are joined into one, a table has its columns aligned when its aligned header fits in the
 * print width and is written compact (cells unpadded) when it does not — so one long cell never pads a
 * whole column —, blank lines between blocks collapse to one, and everything else is already in
 * prettier's form because the view model normalizes spec text (see `markdownText`). The block kinds
 * known here are ATX headings, paragraphs, `>` quotes, fenced code (of languages prettier does not
 * format, and JSON in its layout), one-line HTML comments, pipe tables (rows of any number of cells),
 * link reference definitions, `- ` lists whose items hold paragraphs and `- ` lists, and `1.` lists
 * (numbered one up) whose items are a paragraph each, tight or with a blank line between items. On
 * anything else (other blocks in a list item, emphasis written with single `*`/`_`, setext underlines,
 * a user's template that does more) it returns undefined, and prettier formats the piece of the page that holds it (see
 * `layOutPieces` in format.ts). Tests hold the result to prettier's on every generated document, on
 * fuzzed spec text, and on seeded random tables and lists.
 */
import { printJson } from './json.js';
import { printWidth } from './options.js';
class Unsupported extends Error {
}
export function layoutMarkdown(text, width, cells) {
    try {
        // Front matter as `--front-matter` writes it (one-line `key: value`s, a nested `order`) is printed as it is.
        const front = /^---\n(?:[a-z_]+: (?:"[^"'\\\n]*"|\d+)\n|[a-z_]+:\n {2}[a-z_]+: \d+\n)+---\n\n/.exec(text)?.[0];
        if (front)
            return front + blocks(text.slice(front.length).split('\n'), width, cells).join('\n\n') + '\n';
        if (text.startsWith('---'))
            return undefined;
        return blocks(text.split('\n'), width, cells).join('\n\n') + '\n';
    }
    catch (error) {
        if (error instanceof Unsupported)
            return undefined;
        throw error;
    }
}
const fence = /^(`{3,}|~{3,})(.*)$/;
const tableDelimiter = /^\|(?: *:?-+:? *\|)+$/;
/**
 * The blocks of `lines`, each laid out. `nested`: the text of a list item, where only paragraphs and
 * bullet lists are laid out here (a table, code or a heading there is indented by prettier to the item,
 * and a table's width depends on it). `gaps`, when given, gets for each block whether a blank line came
 * before it.
 */
function blocks(lines, width, cells, nested = false, gaps) {
    const out = [];
    let blank = false;
    // The text column of the last list's last item, while the blocks after it may belong to it.
    let listContent;
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        if (line.trim() === '') {
            i++;
            blank = true;
            continue;
        }
        gaps?.push(blank);
        blank = false;
        if (nested && !/^ {0,3}- \S/.test(line) && /^ {0,3}(?:[`~]{3}|<|\||#|>|\d{1,9}[.)]|\[[^\]\n]*\]:)/.test(line))
            throw new Unsupported('block in a list item');
        const open = fence.exec(line);
        if (open) {
            // Fenced code is printed verbatim where prettier leaves it so: a language it does not format, or
            // JSON already in its layout. (It formats the code of the languages it knows, JSON, JavaScript,
            // YAML, CSS…; those are left to it.)
            const [, marker, info] = open;
            if (!/^[a-z]*$/.test(info))
                throw new Unsupported('fence info string');
            const end = lines.findIndex((l, k) => k > i && l === marker);
            if (end < 0)
                throw new Unsupported('unclosed fence');
            const body = lines.slice(i + 1, end);
            if (body.some((l) => l.startsWith(marker.charAt(0).repeat(3)) || /\s$/.test(l)))
                throw new Unsupported('fence body');
            if (!verbatimLanguages.has(info) && !(info === 'json' && isPrettierJson(body)))
                throw new Unsupported('code prettier formats');
            out.push([line, ...body, marker].join('\n'));
            i = end + 1;
            continue;
        }
        if (line.startsWith('<!--')) {
            if (!line.endsWith('-->') || line.indexOf('-->') !== line.length - 3)
                throw new Unsupported('multi-line HTML');
            out.push(line);
            i++;
            continue;
        }
        if (line.startsWith('|')) {
            const end = blockEnd(lines, i);
            out.push(table(lines.slice(i, end), width, cells));
            i = end;
            continue;
        }
        const heading = /^(#{1,6}) (.*)$/.exec(line);
        if (/^#{1,6}\s*$/.test(line) || (heading && /(^|\s)#+\s*$/.test(heading[2])))
            throw new Unsupported('empty heading or closing #s');
        if (heading) {
            out.push(`${heading[1]} ${inline(heading[2])}`);
            i++;
            continue;
        }
        // An indented block after a list, as deep as its last item's text, is more of that item (prettier
        // indents it under the item); a shallower one is a block of its own, printed at the margin.
        const indent = /^ */.exec(line)[0].length;
        if (indent > 0 && listContent !== undefined && indent >= listContent)
            throw new Unsupported('indented after a list');
        const item = /^( {0,3})(- |\d{1,9}\. )/.exec(line);
        listContent = undefined;
        if (item) {
            const ordered = item[2] !== '- ';
            // An ordered list's markers get a space more where prettier finds its text aligned to the tab width,
            // which depends on the source's indentation: only lists at the margin are laid out here.
            if (ordered && indent > 0)
                throw new Unsupported('indented ordered list');
            // A list right after another list of its kind gets prettier's alternate marker (the templates
            // never write one; one blank line between items of a kind keeps them in one list, see listItems).
            if (out.length > 0 && (ordered ? /^\d{1,9}\. / : /^- /).test(out[out.length - 1]))
                throw new Unsupported('adjacent lists');
            if (ordered && nested)
                throw new Unsupported('ordered list in a list item');
            const { items, end } = listItems(lines, i, ordered, indent);
            out.push(ordered ? orderedList(items) : list(items, indent, width, cells));
            listContent = indent + /^(?:- |\d{1,9}\. )/.exec(items[items.length - 1].lines[0])[0].length;
            i = end;
            continue;
        }
        if (line.startsWith('[') && definition.test(line)) {
            // Link reference definitions, one a line, as prettier prints them; it also writes consecutive
            // ones on consecutive lines where the source has blank lines between them, left to it here.
            let end = i + 1;
            while (end < lines.length && lines[end].trim() !== '') {
                if (!definition.test(lines[end]))
                    throw new Unsupported('definitions and text');
                end++;
            }
            if (out.length > 0 && out[out.length - 1].startsWith('[') && definition.test(out[out.length - 1].split('\n')[0]))
                throw new Unsupported('definitions apart');
            out.push(lines.slice(i, end).join('\n'));
            i = end;
            continue;
        }
        const end = blockEnd(lines, i);
        const block = lines.slice(i, end);
        if (line.startsWith('>')) {
            if (!block.every((l) => l.startsWith('> ') && l[2] !== ' '))
                throw new Unsupported('quote');
            out.push(`> ${paragraph(block.map((l) => l.slice(2)))}`);
        }
        else {
            out.push(paragraph(block));
        }
        i = end;
    }
    return out;
}
/**
 * Info strings of fenced code that prettier prints as written: no language, and languages it has no
 * parser for (a test holds each to prettier). Any other fence is declined, but `json` in prettier's
 * JSON layout.
 */
export const verbatimLanguages = new Set([
    '',
    ...'text txt plaintext mermaid sh bash shell console curl http xml sql diff ini toml'.split(' '),
    ...'python java kotlin csharp c cpp go rust swift ruby php powershell'.split(' '),
]);
function isPrettierJson(body) {
    const text = body.join('\n');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return false;
    }
    return printJson(value) === `${text}\n`;
}
/**
 * A link reference definition that prettier prints as it is: a label of words, a destination without
 * spaces, brackets, quotes, escapes or entities, no title.
 */
const definition = /^\[[A-Za-z0-9_.#/-]+(?: [A-Za-z0-9_.#/-]+)*\]: [A-Za-z0-9_.#/:?=%+~@!$,;*-]+$/;
/** A block runs to the next blank line; a line that would start another kind of block is not handled. */
function blockEnd(lines, start) {
    let end = start + 1;
    const kind = (l) => (l.startsWith('|') ? 'table' : l.startsWith('- ') ? 'list' : /^\d{1,9}\. /.test(l) ? 'ordered' : 'text');
    while (end < lines.length && lines[end].trim() !== '') {
        // A bullet item (not empty) interrupts a paragraph: prettier prints the list as the next block.
        if (kind(lines[start]) === 'text' && /^- \S/.test(lines[end]))
            break;
        if (kind(lines[start]) !== kind(lines[end]))
            throw new Unsupported('mixed block');
        end++;
    }
    return end;
}
/** A paragraph's lines, joined into one as prettier's proseWrap "never" prints them. */
/** Characters prettier does not join a line break next to (it keeps the break: a space may not belong there). */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
function paragraph(indented) {
    // Prettier drops a paragraph's indentation: up to three spaces before its first line (four make
    // code), any before the lines that continue it.
    const lines = indented.map((l, k) => {
        if (k === 0 ? / {4}|^ *\t/.test(l.slice(0, 4)) : /^ *\t/.test(l))
            throw new Unsupported('indented code or tab');
        return l.replace(/^ +/, '');
    });
    return lines
        .map((l, k) => {
        if (l !== l.trim() || /[ \t]{2}/.test(l))
            throw new Unsupported('whitespace left in text');
        if (k < lines.length - 1) {
            // A backslash ending a line is a hard line break, which joining the lines would lose.
            if (/(?:^|[^\\])(?:\\\\)*\\$/.test(l))
                throw new Unsupported('hard line break');
            if (cjk.test(l.slice(-2)) || cjk.test(lines[k + 1].slice(0, 2)))
                throw new Unsupported('line break next to CJK');
        }
        // A link reference definition is a block of its own, each on its line: prettier does not join them.
        if (/^\[[^\]\n]*\]:/.test(l))
            throw new Unsupported('link reference definition');
        if (k === 0 && /^(?:[-+*]\s|\d+[.)]|#|>|=|`{3}|~{3}|<|\|)/.test(l))
            throw new Unsupported('block syntax');
        if (k > 0 && /^(?:[-+*]\s|\d+[.)]|#|>|={1,}$|-{1,}$|`{3}|~{3}|<|\|)/.test(l))
            throw new Unsupported('block syntax');
        return inline(l);
    })
        .join(' ');
}
/**
 * A list's items from `start`: each its marker's line and the lines that continue it (indented or lazy),
 * and for a bullet list what follows a blank line indented to the item's text (more paragraphs, a
 * nested list). One blank line before an item of the same kind keeps it in the list; any other blank
 * line ends the list, and what follows (code, say) is judged on its own, which declines an indented line.
 */
function listItems(lines, start, ordered, indent) {
    // Every item as indented as the first (the list is printed at the margin); other lines continue an item.
    const marker = new RegExp(`^ {${indent}}${ordered ? '\\d{1,9}\\. ' : '- '}`);
    // A bullet item's text starts two columns past its marker; up to three more still make a block of it.
    const blockOfItem = new RegExp(`^ {${indent + 2},${indent + 5}}[^ \t]`);
    const items = [];
    let blankBefore = false;
    let i = start;
    while (i < lines.length) {
        const line = lines[i];
        if (marker.test(line)) {
            items.push({ lines: [line.slice(indent)], blankBefore });
            blankBefore = false;
        }
        else if (line.trim() === '') {
            let next = i + 1;
            while (next < lines.length && lines[next].trim() === '')
                next++;
            const item = next < lines.length && marker.test(lines[next]);
            const more = !ordered && next < lines.length && blockOfItem.test(lines[next]);
            if (!item && !more)
                break;
            if (next > i + 1)
                throw new Unsupported('blank lines in a list');
            if (item)
                blankBefore = true;
            else
                items[items.length - 1].lines.push('');
        }
        else {
            if (/^ *\t/.test(line))
                throw new Unsupported('tab in a list');
            // A line less indented than the item's text continues a paragraph (lazily) only if it could not
            // open a block of its own, which another reading might give it.
            const lazy = !line.startsWith(' '.repeat(indent + (ordered ? 1 : 2)));
            if (lazy && /^ *(?:[-+*](?:\s|$)|\d{1,9}[.)]|#|>|[`~]{3}|<|\||=)/.test(line))
                throw new Unsupported('lazy line');
            items[items.length - 1].lines.push(line);
        }
        i++;
    }
    return { items, end: i };
}
function firstText(item, markerLength) {
    const first = item.lines[0].slice(markerLength);
    if (first === '' || first !== first.trim() || /^(?:[-+*]\s|\d+[.)]|#|>|`{3}|~{3}|<)/.test(first))
        throw new Unsupported('list item');
    return first;
}
/**
 * A `- ` list: each item's text laid out as blocks of its own (paragraphs, nested bullet lists), joined
 * with a blank line where one stood between them in the source (the item is then "spread"), and
 * indented to the item. Prettier puts a blank line between two items where the source has one, and
 * after a spread item.
 */
function list(items, indent, width, cells) {
    const rendered = items.map((item) => {
        const text = indent + 2;
        const content = [
            firstText(item, 2),
            ...item.lines.slice(1).map((l) => (l.startsWith(' '.repeat(text)) ? l.slice(text) : l.trimStart())),
        ];
        const gaps = [];
        const children = blocks(content, width, cells, true, gaps);
        // Between two of its blocks prettier keeps a blank line where the source has one (and then after
        // the item too), and writes none where it has none (a list right after the item's paragraph).
        const spread = gaps.slice(1).some(Boolean);
        const lines = children
            .map((child, k) => (k === 0 ? child : `${gaps[k] ? '\n\n' : '\n'}${child}`))
            .join('')
            .split('\n');
        return { spread, text: lines.map((l, k) => (k === 0 || l === '' ? l : `  ${l}`)).join('\n') };
    });
    return rendered.map((r, k) => `${k > 0 && (items[k].blankBefore || rendered[k - 1].spread) ? '\n' : ''}- ${r.text}`).join('\n');
}
/**
 * An ordered list whose items are a paragraph each, numbered one up from its first number (`1.`, `2.`,
 * …), which prettier prints as it is; any other numbering is left to prettier.
 */
function orderedList(items) {
    const start = Number(/^\d+/.exec(items[0].lines[0])[0]);
    return items
        .map((item, k) => {
        const marker = `${start + k}. `;
        const line = item.lines[0];
        if (!line.startsWith(marker) || (k === 0 && /^0\d/.test(line)))
            throw new Unsupported('list numbering');
        return `${k > 0 && item.blankBefore ? '\n' : ''}${marker}${paragraph([firstText(item, marker.length), ...item.lines.slice(1)])}`;
    })
        .join('\n');
}
/**
 * Inline text must already be in prettier's form: spec text arrives escaped by `markdownText`, and the
 * templates' own markup is limited to `**strong**`, links and code spans.
 */
function inline(text) {
    if (!specialInline.test(text)) {
        if (endsInSpace(text))
            throw new Unsupported('whitespace');
        return text;
    }
    // Most cells are a name in backticks: code spans of one backtick around text without one, and nothing
    // else to look at outside them. Such a span is in prettier's form unless it is padded (` a `) or empty.
    if (simpleCodeSpans(text)) {
        if (endsInSpace(text))
            throw new Unsupported('whitespace');
        return text;
    }
    const hasCode = text.includes('`');
    if (hasCode)
        for (const span of codeSpans(text))
            codeSpan(span);
    // Unescaped single `*`, or `_` that could open and close emphasis, is rewritten by prettier (`*a*` →
    // `_a_`); `__` likewise. A lone `_` at a word's edge (a type named `_3DModel`) is left as it is. `$`
    // may start math.
    const unescaped = text.replace(/\\./g, '');
    const codeless = hasCode ? unescaped.replace(/`[^`]*`/g, '') : unescaped;
    // A link's destination is a URL: a `*` or `_` in it is no emphasis, and prettier prints it as it is.
    const spans = codeless.includes('](') ? codeless.replace(/(\[[^[\]\n]*\]\()[^\s()<>`\\]*\)/g, '$1)') : codeless;
    // Emphasis written `_like this_` between non-word characters is what prettier prints for emphasis.
    const bare = spans.includes('_') ? spans.replace(/(?<![\w_])_(?=[^\s_])[^_\n]*?[^\s_]_(?![\w_])/g, 'x') : spans;
    // `***` is emphasis and strong at once, which prettier writes `_**a**_`.
    if (/__|(?<!\*)\*(?!\*)|\*{3}|(?<!\w)_[^_]*_(?!\w)|\$/.test(bare))
        throw new Unsupported('emphasis or math');
    if (bare.includes('\t') || /\s$/.test(text))
        throw new Unsupported('whitespace');
    return text;
}
const specialInline = /[\\`*_$\t]/;
function endsInSpace(text) {
    const c = text.charCodeAt(text.length - 1);
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || (c > 0x7f && /\s$/.test(text));
}
/**
 * Whether every backtick in `text` opens or closes a one-backtick code span whose text has no backtick,
 * is not empty and does not both start and end with a space (prettier would unpad it), and outside the
 * spans there is no other character inline markup could start with (`*`, `_`, `$`, a tab); no backslash.
 */
function simpleCodeSpans(text) {
    // A backslash, even inside a span, is left to the full check (its escapes pair backticks its own way).
    if (text.includes('\\'))
        return false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x2a || c === 0x5f || c === 0x24 || c === 0x09)
            return false;
        if (c !== 0x60)
            continue;
        if (text.charCodeAt(i + 1) === 0x60)
            return false;
        const end = text.indexOf('`', i + 1);
        if (end < 0 || end === i + 1 || text.charCodeAt(end + 1) === 0x60)
            return false;
        if (text.charCodeAt(i + 1) === 0x20 && text.charCodeAt(end - 1) === 0x20)
            return false;
        i = end;
    }
    return true;
}
/** The code spans of a line (CommonMark: a backtick run up to the next run of the same length). */
function codeSpans(text) {
    const spans = [];
    let i = 0;
    while (i < text.length) {
        if (text[i] === '\\') {
            i += 2;
            continue;
        }
        if (text[i] !== '`') {
            i++;
            continue;
        }
        let n = 0;
        while (text[i + n] === '`')
            n++;
        const fence = '`'.repeat(n);
        let j = i + n;
        let end = -1;
        while (j < text.length) {
            const k = text.indexOf(fence, j);
            if (k < 0)
                break;
            let m = 0;
            while (text[k + m] === '`')
                m++;
            if (m === n) {
                end = k;
                break;
            }
            j = k + m;
        }
        if (end < 0) {
            i += n;
            continue;
        }
        spans.push(text.slice(i, end + n));
        i = end + n;
    }
    return spans;
}
/** A code span must be in prettier's form: the shortest fence its text lacks, padded only where needed. */
function codeSpan(span) {
    const fence = /^`+/.exec(span)[0];
    if (!span.endsWith(fence))
        throw new Unsupported('code span');
    const inner = span.slice(fence.length, -fence.length);
    const runs = new Set((inner.match(/`+/g) ?? []).map((r) => r.length));
    let shortest = 1;
    while (runs.has(shortest))
        shortest++;
    if (fence.length !== shortest)
        throw new Unsupported('code span fence');
    if (/^ /.test(inner) && / $/.test(inner) && /[^ ]/.test(inner)) {
        const code = inner.slice(1, -1);
        const needsPad = code.startsWith('`') || code.endsWith('`') || (/^ /.test(code) && / $/.test(code) && /[^ ]/.test(code));
        if (!needsPad)
            throw new Unsupported('code span padding');
    }
}
/** GFM cells: split at every `|` not escaped by a backslash (code spans included, as GFM says). */
/** A cell without the spaces and tabs around it; any other white space is the cell's text (prettier keeps it). */
function trimCell(cell) {
    let start = 0;
    let end = cell.length;
    while (start < end && (cell.charCodeAt(start) === 0x20 || cell.charCodeAt(start) === 0x09))
        start++;
    while (end > start && (cell.charCodeAt(end - 1) === 0x20 || cell.charCodeAt(end - 1) === 0x09))
        end--;
    return start === 0 && end === cell.length ? cell : cell.slice(start, end);
}
function cells(row) {
    if (!row.endsWith('|') || row.endsWith('\\|'))
        throw new Unsupported('row without closing pipe');
    if (!row.includes('\\')) {
        if (row.length === 1)
            return [''];
        const result = [];
        for (let start = 1, end = row.indexOf('|', 1); end >= 0; start = end + 1, end = row.indexOf('|', start)) {
            result.push(trimCell(row.slice(start, end)));
        }
        return result;
    }
    const result = [];
    let start = 1;
    for (let i = 1; i < row.length; i++) {
        const c = row.charCodeAt(i);
        if (c === 0x5c /* \\ */ && i + 1 < row.length) {
            i++; // the escaped character stays in the cell
        }
        else if (c === 0x7c /* | */) {
            result.push(trimCell(row.slice(start, i)));
            start = i + 1;
        }
    }
    return result;
}
/**
 * Prettier's table: each column as wide as its widest cell (at least 3), cells padded as the column is
 * aligned (on the right by default, on the left for `--:`, on both sides for `:-:`) — when that fits in the print width; otherwise compact, every cell as it is (prettier's proseWrap
 * "never" layout), so that one long cell does not pad a whole column.
 */
function table(rows, width, formats) {
    if (rows.length < 2 || !tableDelimiter.test(rows[1]))
        throw new Unsupported('table without delimiter row');
    // Plain loops: thousands of small tables run through here once each, mostly before the JIT has warmed.
    const body = [];
    for (let r = 0; r < rows.length; r++)
        if (r !== 1)
            body.push(cells(rows[r]));
    const columns = body[0].length;
    // Each column's alignment, from the delimiter row (`:--` left, `:-:` center, `--:` right).
    const delimiters = cells(rows[1]);
    if (delimiters.some((d) => d.length < 3))
        throw new Unsupported('short delimiter');
    const align = delimiters.map((d) => d.startsWith(':') ? (d.endsWith(':') && d.length > 1 ? 'center' : 'left') : d.endsWith(':') ? 'right' : '');
    if (align.length !== columns)
        throw new Unsupported('delimiter row unlike the header');
    // A body row may have fewer cells than the header or more: prettier prints each row's own cells,
    // every column (those past the header's too) as wide as its widest cell.
    const widths = [];
    const columnWidth = new Array(columns).fill(3);
    let missing = false;
    for (const row of body) {
        const w = new Array(row.length);
        for (let c = 0; c < row.length; c++) {
            if (c === columnWidth.length)
                columnWidth.push(3);
            let cell = row[c];
            if (cell !== '') {
                try {
                    inline(cell);
                }
                catch (error) {
                    if (!(error instanceof Unsupported) || formats === undefined)
                        throw error;
                    const formatted = formats.formatted.get(cell);
                    if (formatted === undefined) {
                        formats.missing.add(cell);
                        missing = true;
                    }
                    else
                        row[c] = cell = formatted;
                }
            }
            const n = width(cell);
            w[c] = n;
            if (n > columnWidth[c])
                columnWidth[c] = n;
        }
        widths.push(w);
    }
    if (missing)
        throw new Unsupported('cells to format');
    // Prettier writes the table compact when its first line, the header aligned, would not fit.
    let alignedWidth = 3 * columns + 1;
    for (let c = 0; c < columns; c++)
        alignedWidth += columnWidth[c];
    // The table as one list of pieces, joined once.
    const pieces = [];
    const delimiter = (c) => {
        const a = align[c];
        const first = a === 'center' || a === 'left' ? ':' : '-';
        const last = a === 'center' || a === 'right' ? ':' : '-';
        return `${first}${alignedWidth > printWidth ? '-' : '-'.repeat(columnWidth[c] - 2)}${last}`;
    };
    for (let r = 0; r < body.length; r++) {
        if (r === 1) {
            pieces.push('\n|');
            for (let c = 0; c < columns; c++)
                pieces.push(' ', delimiter(c), ' |');
        }
        const row = body[r];
        const w = widths[r];
        pieces.push(r === 0 ? '|' : '\n|');
        for (let c = 0; c < row.length; c++) {
            if (alignedWidth > printWidth) {
                pieces.push(' ', row[c], ' |');
                continue;
            }
            // Padding as prettier puts it: after the text, before it (right), or split with the odd space after (center).
            const free = columnWidth[c] - w[c];
            const before = align[c] === 'right' ? free : align[c] === 'center' ? Math.floor(free / 2) : 0;
            pieces.push(' ', spaces(before), row[c], spaces(free - before), ' |');
        }
    }
    if (body.length === 1) {
        pieces.push('\n|');
        for (let c = 0; c < columns; c++)
            pieces.push(' ', delimiter(c), ' |');
    }
    return pieces.join('');
}
const padding = [];
/** `n` spaces, each width made once. */
function spaces(n) {
    return n < 200 ? (padding[n] ??= ' '.repeat(n)) : ' '.repeat(n);
}
//# sourceMappingURL=markdown.js.map