/**
 * Where a JSON pointer's value stands in a JSON text: the offset of its property's key (where an editor
 * would put the cursor), or of the value itself for an array element or the whole document. Only
 * warnings and errors ask, so this walks the text along the pointer, skipping the values it passes,
 * instead of building a syntax tree of the whole document (which took longer than reading it, and
 * about as much memory as the parsed document). The text is valid JSON: it has parsed. Duplicate keys
 * resolve to the first, as a syntax tree's lookup does.
 */
export declare class JsonLocator {
    private readonly text;
    /**
     * The objects and arrays a pointer went through, by offset: each key's offset and its value's (the
     * first of duplicate keys), each element's offset. A container is scanned once, however many
     * pointers go through it, so many warnings in one large document cost one pass over it.
     */
    private readonly objects;
    private readonly arrays;
    constructor(text: string);
    /** The offset, or undefined when the pointer names nothing in the text. */
    offsetOf(segments: readonly string[]): number | undefined;
    private object;
    private array;
}
