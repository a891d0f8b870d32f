/**
 * Where a JSON pointer's value stands in a JSON text: the offset of its property's key (where an editor
 * would put the cursor), or of the value itself for an array element or the whole document. Only
 * warnings and errors ask, so this walks the text along the pointer, skipping the values it passes,
 * instead of building a syntax tree of the whole document (which took longer than reading it, and
 * about as much memory as the parsed document). The text is valid JSON: it has parsed. Duplicate keys
 * resolve to the first, as a syntax tree's lookup does.
 */
export class JsonLocator {
    text;
    /**
     * The objects and arrays a pointer went through, by offset: each key's offset and its value's (the
     * first of duplicate keys), each element's offset. A container is scanned once, however many
     * pointers go through it, so many warnings in one large document cost one pass over it.
     */
    objects = new Map();
    arrays = new Map();
    constructor(text) {
        this.text = text;
    }
    /** The offset, or undefined when the pointer names nothing in the text. */
    offsetOf(segments) {
        const { text } = this;
        let i = skipSpace(text, 0);
        let key = -1;
        for (const segment of segments) {
            const c = text.charCodeAt(i);
            if (c === 0x7b /* { */) {
                const entry = this.object(i).get(segment);
                if (entry === undefined)
                    return undefined;
                [key, i] = entry;
            }
            else if (c === 0x5b /* [ */ && /^(0|[1-9]\d*)$/.test(segment)) {
                const element = this.array(i)[Number(segment)];
                if (element === undefined)
                    return undefined;
                i = element;
                key = -1;
            }
            else {
                return undefined;
            }
        }
        return key >= 0 ? key : i;
    }
    object(at) {
        let entries = this.objects.get(at);
        if (entries)
            return entries;
        entries = new Map();
        this.objects.set(at, entries);
        const { text } = this;
        let i = skipSpace(text, at + 1);
        while (text.charCodeAt(i) === 0x22 /* " */) {
            const start = i;
            const end = stringEnd(text, i);
            i = skipSpace(text, skipSpace(text, end) + 1); // past the colon, at the value
            const key = keyText(text, start, end);
            if (!entries.has(key))
                entries.set(key, [start, i]);
            i = skipSpace(text, skipValue(text, i));
            if (text.charCodeAt(i) !== 0x2c /* , */)
                break;
            i = skipSpace(text, i + 1);
        }
        return entries;
    }
    array(at) {
        let elements = this.arrays.get(at);
        if (elements)
            return elements;
        elements = [];
        this.arrays.set(at, elements);
        const { text } = this;
        let i = skipSpace(text, at + 1);
        if (text.charCodeAt(i) === 0x5d /* ] */)
            return elements;
        for (;;) {
            elements.push(i);
            i = skipSpace(text, skipValue(text, i));
            if (text.charCodeAt(i) !== 0x2c)
                return elements;
            i = skipSpace(text, i + 1);
        }
    }
}
function skipSpace(text, i) {
    for (;;) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            i++;
        else
            return i;
    }
}
/** The offset just past the string whose opening quote is at `i`. */
function stringEnd(text, i) {
    let from = i + 1;
    for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0)
            return text.length;
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === 0x5c /* \ */)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote + 1;
        from = quote + 1;
    }
}
function keyText(text, start, end) {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? JSON.parse(text.slice(start, end)) : raw;
}
/** The offset just past the value that starts at `i`. */
function skipValue(text, i) {
    const c = text.charCodeAt(i);
    if (c === 0x22)
        return stringEnd(text, i);
    if (c === 0x7b || c === 0x5b) {
        let depth = 0;
        for (let j = i; j < text.length; j++) {
            const d = text.charCodeAt(j);
            if (d === 0x22)
                j = stringEnd(text, j) - 1;
            else if (d === 0x7b || d === 0x5b)
                depth++;
            else if ((d === 0x7d || d === 0x5d) && --depth === 0)
                return j + 1;
        }
        return text.length;
    }
    // A number, true, false or null: up to the next delimiter.
    let j = i;
    for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09)
            break;
    }
    return j;
}
//# sourceMappingURL=locate.js.map