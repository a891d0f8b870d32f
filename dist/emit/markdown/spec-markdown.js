import { markdownCode, visibleControls } from '../escape.js';
/**
 * Spec descriptions as the CommonMark they are (OpenAPI 3.x: "CommonMark syntax MAY be used for rich
 * text representation"), made safe to place in a generated page. What is kept: emphasis, code spans,
 * fenced and indented code, lists, block quotes, GFM tables and strikethrough, and links and images whose
 * destination is relative or http(s)/mailto. What is neutralised, so that spec text can neither run code
 * in a reader's browser nor change the page around it:
 *
 * - raw HTML of any kind (`<script>`, `<img onerror>`, comments): every `<` outside code is escaped,
 *   except a `<https://…>` autolink; `<br>` becomes a line break;
 * - links, images and reference definitions whose destination has any scheme but http, https or mailto
 *   (`javascript:`, `data:`, `vbscript:`, `file:`, with entities and escapes decoded first): the link is
 *   left as literal text;
 * - headings (ATX `#` and setext underlines) and `---` lines, which would enter the page's outline or
 *   read as front matter: written as text;
 * - fenced code is re-fenced at the left margin with a fence longer than any run inside it and closed
 *   even where the spec left it open, so a description cannot swallow the page after it; an info string
 *   that GitHub renders as a diagram or a map (`mermaid`, `geojson`, `topojson`, `stl`, `math`) or that is
 *   not a plain language name is dropped, so spec text never reaches Mermaid;
 * - `$`, which Markdown with math support reads as a formula.
 *
 * The decision is made per line with the CommonMark rules that matter for it; where this reading and a
 * renderer's could differ, the text is escaped (shown with a visible backslash at worst), never left raw.
 * A test renders every page of the corpus and hostile inputs with a GFM parser and checks both
 * directions.
 */
/** Control characters but tab and the line breaks: C0, DEL and C1 (as visibleControls spells them). */
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/**
 * The same description is written on many pages (a property's in its definition and in every operation
 * that sends or returns it inline, a tag's in the README and on its page): each text is converted once.
 * Both conversions depend on nothing but the text. Bounded: a page's worth of texts is kept at the least.
 */
const converted = { block: new Map(), cell: new Map() };
function memo(map, text, convert) {
    let result = map.get(text);
    if (result === undefined) {
        if (map.size >= 50_000)
            map.clear();
        map.set(text, (result = convert(text)));
    }
    return result;
}
/** A description as Markdown blocks, for a page's body. */
export function specMarkdown(text) {
    return memo(converted.block, text, blocksOf);
}
function blocksOf(text) {
    const lines = normalized(text);
    const out = [];
    let paragraph = [];
    const flush = () => {
        if (paragraph.length > 0)
            out.push(...inline(paragraph.join('\n'), 'block').split('\n'));
        paragraph = [];
    };
    // The content column of the innermost list item seen since the last blank-separated top-level text:
    // deeper-indented lines belong to it rather than opening an indented code block.
    let listContent = -1;
    let previousBlank = true;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '') {
            flush();
            if (out.length > 0 && out[out.length - 1] !== '')
                out.push('');
            previousBlank = true;
            continue;
        }
        const indent = line.length - unindented(line).length;
        const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
            flush();
            const marker = fence[1];
            const body = [];
            let j = i + 1;
            const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
            for (; j < lines.length && !closing.test(lines[j]); j++)
                body.push(stripIndent(lines[j], indent));
            out.push(...fenced(body, language(fence[2])));
            i = j; // the closing line (or the end)
            listContent = -1;
            previousBlank = false;
            continue;
        }
        const item = /^ *(?:[-+*]|\d{1,9}[.)])(?: +|$)/.exec(line);
        if (item)
            listContent = item[0].length;
        // An indented code block: four spaces past the margin after a blank line, outside a list (inside
        // one, the text is treated as the list's: escaped, which at worst shows a backslash in code).
        if (previousBlank && paragraph.length === 0 && indent >= 4 && listContent < 0) {
            const body = [];
            let j = i;
            for (; j < lines.length; j++) {
                const l = lines[j];
                if (l.trim() !== '' && l.length - unindented(l).length < 4)
                    break;
                body.push(l.slice(4));
            }
            while (body.length > 0 && body[body.length - 1].trim() === '')
                body.pop();
            out.push(...fenced(body, ''));
            i = j - 1;
            previousBlank = false;
            continue;
        }
        if (indent === 0 && !item && previousBlank)
            listContent = -1;
        const first = paragraph[0];
        const inPlainParagraph = first !== undefined && !/^ *(?:[-+*]|\d{1,9}[.)])(?: |$)|^ *[>|]/.test(first);
        if (inPlainParagraph && item && /^ *(?:[-+*]|1[.)]) +\S/.test(line)) {
            // A list interrupting a paragraph: the same blocks with a blank line between them (prettier's form).
            flush();
            out.push('');
            paragraph.push(blockLine(line));
        }
        else if (inPlainParagraph && !item && !unindented(line).startsWith('|')) {
            // A paragraph's continuation line: CommonMark strips its indentation; so does the page.
            paragraph.push(blockLine(unindented(line)));
        }
        else {
            paragraph.push(blockLine(line));
        }
        previousBlank = false;
    }
    flush();
    while (out.length > 0 && out[out.length - 1] === '')
        out.pop();
    return out.join('\n');
}
/** A description inside a table cell: inline Markdown on one line, line breaks as `<br>`, every `|` escaped. */
export function specMarkdownCell(text) {
    return memo(converted.cell, text, cellOf);
}
function cellOf(text) {
    const lines = normalized(text).map((l) => l.trim());
    const joined = lines.join('\n').replace(/\n{2,}/g, '\n\n');
    return inline(joined, 'cell')
        .split('\n')
        .join('<br>')
        .replace(/^(?:<br>|\s)+|(?:<br>|\s)+$/g, '');
}
/** Line breaks as `\n` (other control characters are spelled out where they are written), tabs as spaces, common indentation and trailing space removed, runs of blank lines one. */
function normalized(text) {
    const lines = text
        .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
        .split('\n')
        .map((l) => l.replace(/\t/g, '    ').trimEnd());
    const margin = Math.min(...lines.filter((l) => l !== '').map((l) => l.length - unindented(l).length));
    const dedented = Number.isFinite(margin) && margin > 0 ? lines.map((l) => l.slice(margin)) : lines;
    // One slice, not a shift per line: shifting 100,000 leading blank lines one by one was quadratic.
    let first = 0;
    while (first < dedented.length && dedented[first] === '')
        first++;
    let last = dedented.length;
    while (last > first && dedented[last - 1] === '')
        last--;
    const trimmed = dedented.slice(first, last);
    return trimmed.filter((l, i) => l !== '' || trimmed[i - 1] !== '');
}
/** A line without its indentation: spaces only (tabs are spaces by now); a no-break space is text, as CommonMark reads it. */
function unindented(line) {
    return line.replace(/^ +/, '');
}
/** Up to `indent` leading spaces removed, as CommonMark removes a fence's indentation from its lines. */
function stripIndent(line, indent) {
    let n = 0;
    while (n < indent && line[n] === ' ')
        n++;
    return line.slice(n);
}
/** Info strings that GitHub (or a docs site) renders as something other than code. */
const renderedLanguages = new Set(['mermaid', 'geojson', 'topojson', 'stl', 'math', 'plantuml', 'dot', 'graphviz']);
function language(info) {
    const word = info.trim().split(/\s+/)[0].toLowerCase();
    return /^[a-z0-9][a-z0-9+#.-]{0,30}$/.test(word) && !renderedLanguages.has(word) ? word : '';
}
/** Code lines in a backtick fence that nothing inside can close. */
function fenced(body, lang) {
    let longest = 2;
    for (const l of body)
        for (const run of l.match(/`+/g) ?? [])
            longest = Math.max(longest, run.length);
    const marker = '`'.repeat(longest + 1);
    // Control characters as visible `\uXXXX` text, as everywhere in the output (see visibleControls).
    return [`${marker}${lang}`, ...body.map(visibleControls), marker];
}
/**
 * One line of paragraph text with the block syntax that would change the page neutralised: an ATX
 * heading's `#`, a setext underline, a thematic break (`---`, `***`, `___`, which also reads as front
 * matter), at the line's start or inside its quote or list markers. Bullets are written `-`, as prettier
 * writes them; a `*` or `+` bullet with nothing after it is written as text.
 */
function blockLine(line) {
    // Positions, not slices, and the thematic-break test only where it can hold (every character after
    // the position is a marker or a space): a line of 50,000 `- ` was quadratic otherwise.
    let prefix = '';
    let at = 0;
    // Where the run of one marker kind (and spaces) that ends the line starts: a thematic break can only begin there.
    const runStart = (marker) => {
        let k = line.length;
        while (k > 0 && (line[k - 1] === ' ' || line[k - 1] === marker))
            k--;
        return k;
    };
    const lastOther = Math.min(runStart('-'), runStart('*'), runStart('_')) - 1;
    const br = /( *)(?:<br\s*\/?>\s*)+/iy;
    const marker = / *(?:> ?|[-+*] +|\d{1,9}[.)] +)/y;
    let rest = line;
    for (;;) {
        // A `<br>` where a block starts is dropped (see `inline`); dropped here first, so that what follows it
        // is judged as the block it then starts (`<br>***` is a thematic break once the `<br>` is gone).
        br.lastIndex = at;
        const breaks = br.exec(line);
        if (breaks) {
            prefix += breaks[1];
            at = br.lastIndex;
        }
        if (at > lastOther && /^ *(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,})$/.test((rest = line.slice(at)))) {
            // A thematic break: every marker escaped, so that no star or underscore is left to pair into emphasis.
            return prefix + rest.replace(/[-*_]/g, '\\$&');
        }
        marker.lastIndex = at;
        const found = marker.exec(line);
        if (!found)
            break;
        prefix += found[0].replace(/[+*](?= )/, '-');
        at = marker.lastIndex;
    }
    rest = line.slice(at);
    if (/^ *[+*]$/.test(rest))
        return prefix + rest.replace(/[+*]/, '\\$&');
    // A `~~~` line opens fenced code (which would run to the page's end); a backtick fence is escaped by `inline`.
    if (/^ *~{3,}/.test(rest))
        return prefix + rest.replace('~', '\\~');
    if (/^ *#{1,6}(?: |$)/.test(rest))
        return prefix + rest.replace('#', '\\#');
    if (/^ *(?:=+|-+) *$/.test(rest))
        return prefix + rest.replace(/[-=]/, '\\$&');
    return prefix + rest;
}
/**
 * Inline text of a paragraph (or a cell): code spans kept verbatim, everything else scanned for what is
 * unsafe. In a cell, `|` is escaped everywhere (GFM splits rows before it reads code) and `<br>` is kept.
 */
function inline(source, context) {
    const text = inlineHtml(source);
    // What is written is appended to `out` and never read back from it: reading a string built by `+=`
    // (endsWith, lastIndexOf, a regex) flattens it, once per character here, which made a paragraph of
    // 20,000 lines take minutes. What the checks need is kept on the side instead.
    const out = [];
    let last = ''; // the last character written
    let atLineStart = true; // nothing but spaces and `>` written since the last line break
    let label; // what was written since the last `[`, while short
    let beforeLabel = ''; // the character written before that `[`
    let labelAt = { piece: 0, offset: 0 }; // where that `[` is in `out`
    const put = (piece) => {
        if (piece === '')
            return;
        const bracket = piece.lastIndexOf('[');
        if (bracket >= 0) {
            beforeLabel = bracket > 0 ? piece[bracket - 1] : last;
            label = piece.slice(bracket + 1);
            labelAt = { piece: out.length, offset: bracket };
        }
        else if (label !== undefined)
            label = label.length + piece.length > maxDestination ? undefined : label + piece;
        const lineBreak = piece.lastIndexOf('\n');
        atLineStart = lineBreak >= 0 ? /^[ >]*$/.test(piece.slice(lineBreak + 1)) : atLineStart && /^[ >]*$/.test(piece);
        out.push(piece);
        last = piece[piece.length - 1];
    };
    let i = 0;
    // Where a `*emphasis*` being written as `_emphasis_` closes (prettier's form, which the page keeps).
    let emphasisEnd = -1;
    // Where a `_emphasis_` that is kept closes.
    let underscoreEnd = -1;
    let lineHasText = false;
    while (i < text.length) {
        const c = text[i];
        if (c === '\n')
            lineHasText = false;
        else if (c !== ' ')
            lineHasText = true;
        if (c === '*' && i === emphasisEnd) {
            put('_');
            i++;
            continue;
        }
        if (c === '*' &&
            emphasisEnd < i &&
            text[i + 1] !== '*' &&
            text[i - 1] !== '*' &&
            !/[\w\\]/.test(text[i - 1] ?? '') &&
            /\S/.test(text[i + 1] ?? '')) {
            const close = text.indexOf('*', i + 1);
            const inner = text.slice(i + 1, close);
            if (close > i + 1 &&
                text[close + 1] !== '*' &&
                !/\s/.test(text[close - 1]) &&
                !/\w/.test(text[close + 1] ?? '') &&
                !/[\n_]/.test(inner) &&
                (inner.split('`').length - 1) % 2 === 0) {
                emphasisEnd = close;
                put('_');
                i++;
                continue;
            }
        }
        if (c === '\\') {
            const next = text[i + 1];
            if (next === undefined || next === '\n') {
                // A hard line break (or a backslash at the end); in a cell it would escape the closing pipe.
                put(context === 'cell' ? '\\\\' : '\\');
                i++;
                continue;
            }
            if (control.test(next)) {
                // A backslash before a control character is text; the character is spelled out next.
                put('\\\\');
                i++;
                continue;
            }
            // An escaped `|` in a cell needs its own backslash escaped too (`\\|` reads as text and a boundary).
            put(next === '|' && context === 'cell' ? '\\|' : c + next);
            i += 2;
            continue;
        }
        if (c === '`') {
            let n = 0;
            while (text[i + n] === '`')
                n++;
            const end = closingRun(text, i + n, n);
            const code = end < 0 ? '' : text.slice(i + n, end);
            // In a page's body, a span over a line break or holding a `|` is not kept as code: a renderer
            // may read the lines as two blocks, or split a table row at the pipe, and see no span at all.
            if (end < 0 || (context === 'block' && /[\n|]/.test(code))) {
                put('\\`'.repeat(n));
                i += n;
                continue;
            }
            put(context === 'cell' ? markdownCode(spanText(code)) : visibleControls(text.slice(i, end + n)));
            i = end + n;
            continue;
        }
        if (c === '<') {
            const autolink = /^<(?:https?:\/\/|mailto:)[^\s<>\\`\u0000-\u001f\u007f-\u009f]*>/i.exec(text.slice(i, i + 2048));
            if (autolink) {
                put(context === 'cell' ? autolink[0].replaceAll('|', '%7C') : autolink[0]);
                i += autolink[0].length;
                continue;
            }
            const br = /^<br\s*\/?>/i.exec(text.slice(i, i + 8));
            if (br) {
                // Kept where it is inline; at a line's start in a page's body it could open an HTML block.
                const lineStart = context === 'block' && atLineStart;
                put(lineStart ? '' : '<br>');
                i += br[0].length;
                continue;
            }
            put('\\<');
            i++;
            continue;
        }
        if (c === ']' && (text[i + 1] === '(' || text[i + 1] === ':')) {
            const inline = text[i + 1] === '(' ? linkDestination(text, i + 2) : undefined;
            const destination = inline !== undefined ? (inline?.destination ?? null) : referenceDestination(text, i + 2);
            if (destination === null || (destination !== undefined && !safeDestination(destination))) {
                put('\\]');
                i++;
                continue;
            }
            if (inline) {
                // A safe destination is written as it is: a `*` or `_` there is part of the URL, not emphasis.
                const { end } = inline;
                const raw = text.slice(i, end + 1);
                const plain = text[end] === ')' &&
                    label !== undefined &&
                    !/[[\]]/.test(label) &&
                    beforeLabel !== '\\' &&
                    !/[\s$`<\\\u0000-\u001f\u007f-\u009f]/.test(raw);
                if (plain && absoluteDestination(destination)) {
                    put(context === 'cell' ? raw.replace(/(?<!\\)\|/g, '\\|') : raw);
                    i = end + 1;
                    continue;
                }
                // A relative destination (`/documentation/…`, `#section`, `page.html`) is a place on the
                // publisher's own site, which these docs are not: the link would lead nowhere, so its text is
                // kept without it. One that holds what no URL does (`[a-z]([-a-z0-9]*[a-z0-9])?` is a regular
                // expression that reads as a link) is shown as written.
                if (plain && beforeLabel !== '!' && !/[[\]*{}|^\\]/.test(destination)) {
                    const piece = out[labelAt.piece];
                    out[labelAt.piece] = piece.slice(0, labelAt.offset) + piece.slice(labelAt.offset + 1);
                    label = undefined;
                    i = end + 1;
                    continue;
                }
                put('\\]');
                i++;
                continue;
            }
        }
        if (c === ' ' && last === ' ' && lineHasText) {
            // Runs of spaces inside a line render as one; prettier prints one (indentation is kept).
            i++;
            continue;
        }
        if (control.test(c)) {
            // Spelled as visible `\uXXXX` text (its backslash escaped), as markdownText writes it.
            put(`\\\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
            i++;
            continue;
        }
        if (c === '_') {
            // `_` inside a word is text; `_emphasis_` between non-word characters is kept (prettier's form);
            // any other `_` at a word's edge (and every `_` of a `__` run) is escaped, so that none pairs
            // with another into emphasis or strong text the spec did not mean.
            if (i === underscoreEnd) {
                put('_');
                i++;
                continue;
            }
            const prev = text[i - 1] ?? '';
            const next = text[i + 1] ?? '';
            if (/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) {
                put('_');
                i++;
                continue;
            }
            if (underscoreEnd < i && !/[\w_\\]/.test(prev)) {
                const close = /^_(?=[^\s_])[^_\n`*\\[\]<]{0,200}?[^\s_\\]_(?![\w_])/.exec(text.slice(i, i + 204));
                if (close) {
                    underscoreEnd = i + close[0].length - 1;
                    put('_');
                    i++;
                    continue;
                }
            }
            put('\\_');
            i++;
            continue;
        }
        if (c === '$')
            put('\\$');
        // A lone `*` that was not written as emphasis above is a literal star: escaped, so that no renderer
        // (and no prettier) pairs it with another into emphasis the spec did not mean.
        else if (c === '*' && text[i - 1] !== '*' && text[i + 1] !== '*')
            put('\\*');
        else if (c === '|' && context === 'cell')
            put('\\|');
        else
            put(c);
        i++;
    }
    return out.join('');
}
/**
 * The inline HTML specs write for what Markdown has (`<a href>`, `<b>`, `<strong>`, `<i>`, `<em>`,
 * `<code>`) as that Markdown, where the element is simple (plain text inside, a safe link); the rest
 * of the HTML is escaped by the caller.
 */
function inlineHtml(text) {
    if (!text.includes('<'))
        return text;
    const plain = (t) => t.replace(/[[\]\\`]/g, '\\$&');
    return text
        .replace(/<a\s+href\s*=\s*(?:"([^"<>`]*)"|'([^'<>`]*)')[^<>`]*>([^<>`]*)<\/a\s*>/gi, (whole, double, single, label) => {
        const href = (double ?? single ?? '').trim().replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
        if (!label?.trim() || href === '' || !safeDestination(href))
            return whole;
        return `[${plain(label.trim())}](${href})`;
    })
        .replace(/<(b|strong)>([^<>`*_\n]+)<\/\1\s*>/gi, (_, _tag, inner) => (inner.trim() === inner ? `**${plain(inner)}**` : inner))
        .replace(/<(i|em)>([^<>`*_\n]+)<\/\1\s*>/gi, (_, _tag, inner) => (inner.trim() === inner ? `_${plain(inner)}_` : inner))
        .replace(/<code>([^<>`\n]+)<\/code\s*>/gi, (_, inner) => `\`${inner}\``);
}
/** A code span's text as CommonMark reads it: line breaks as spaces, one space stripped from each end when both have one. */
function spanText(code) {
    const spaced = code.replace(/\n/g, ' ');
    return /^ .*[^ ].* $/.test(spaced) ? spaced.slice(1, -1) : spaced;
}
/** Where a code span opened by `n` backticks before `from` closes (a run of exactly `n`), or -1. */
function closingRun(text, from, n) {
    let j = from;
    while (j < text.length) {
        const k = text.indexOf('`', j);
        if (k < 0)
            return -1;
        let m = 0;
        while (text[k + m] === '`')
            m++;
        if (m === n)
            return k;
        j = k + m;
    }
    return -1;
}
/**
 * How far a link destination is looked for. Each `](` starts a scan, so an unbounded one made text of
 * many `](` quadratic; a destination longer than this (no URL a spec writes) is not kept as a link.
 */
const maxDestination = 4096;
/**
 * The destination of an inline link starting at `from` (after `](`), as written, and where it ends (at
 * the `)` that closes a link without a title); null when it runs past `maxDestination`.
 */
function linkDestination(text, from) {
    let i = from;
    const limit = Math.min(text.length, from + maxDestination);
    while (i < limit && (text[i] === ' ' || text[i] === '\n'))
        i++;
    if (text[i] === '<') {
        const end = text.slice(i, limit).indexOf('>');
        if (end >= 0)
            return { destination: text.slice(i + 1, i + end), end: i + end + 1 };
        return limit < text.length ? null : { destination: text.slice(i + 1), end: limit };
    }
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
        if (j >= limit)
            return null;
        const c = text[j];
        if (c === '\\') {
            j++;
            continue;
        }
        if (c === ' ' || c === '\n')
            break;
        if (c === '(')
            depth++;
        if (c === ')') {
            if (depth === 0)
                break;
            depth--;
        }
    }
    return { destination: text.slice(i, j), end: Math.min(j, text.length) };
}
/** The destination of a link reference definition (`[label]: destination`). */
function referenceDestination(text, from) {
    const match = /^[ \n]*(<[^>\n]*>|\S+)/.exec(text.slice(from, from + 4096));
    return match ? match[1].replace(/^<|>$/g, '') : undefined;
}
const namedEntities = { colon: ':', tab: '', newline: '', sol: '/', lpar: '(', rpar: ')', period: '.' };
/** An http(s) or mailto destination (decoded as `safeDestination` decodes it): a link that leads somewhere from any page. */
function absoluteDestination(destination) {
    return safeDestination(destination) && /^\s*(?:https?:|mailto:)/i.test(destination.replace(/\\(.)/g, '$1'));
}
/** Relative, or http(s)/mailto, once escapes, entities, whitespace and control characters are taken out. */
export function safeDestination(destination) {
    const decoded = destination
        .replace(/\\(.)/g, '$1')
        .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
        .replace(/&#([0-9]+);?/g, (_, dec) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
        .replace(/&([a-z]+);?/gi, (m, name) => namedEntities[name.toLowerCase()] ?? m)
        // eslint-disable-next-line no-control-regex
        .replace(/[\s\u0000-\u001f\u007f]/g, '')
        .toLowerCase();
    const scheme = /^([a-z][a-z0-9+.-]*):/.exec(decoded);
    if (!scheme)
        return !/^[^/?#]*:/.test(decoded);
    return scheme[1] === 'http' || scheme[1] === 'https' || scheme[1] === 'mailto';
}
//# sourceMappingURL=spec-markdown.js.map