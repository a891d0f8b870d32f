/** `letta__schemas__message__ToolReturn-Output` → `LettaSchemasMessageToolReturnOutput`; `3DModel` → `_3DModel`. */
export function pascalCase(name) {
    // Most names are ASCII: the same parts found by one scan, without the Unicode regex (a hot path in reading).
    let ascii = '';
    let upper = true;
    for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (c > 0x7f)
            return unicodePascalCase(name);
        const digit = c >= 0x30 && c <= 0x39;
        const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
        if (!digit && !letter) {
            upper = true;
            continue;
        }
        ascii += upper && c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 0x20) : name[i];
        upper = false;
    }
    if (ascii === '')
        return 'Type';
    const first = ascii.charCodeAt(0);
    return first >= 0x30 && first <= 0x39 ? `_${ascii}` : ascii;
}
function unicodePascalCase(name) {
    const parts = name.match(/[\p{L}\p{Nd}]+/gu) ?? [];
    // Capitalise each part's first letter and keep the rest, so acronyms such as LLMConfig survive.
    const joined = parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
    if (joined === '')
        return 'Type';
    return /^\p{L}/u.test(joined) ? joined : `_${joined}`;
}
/** Whether `name` can be written bare as a property key in TypeScript (`a-b` and `3d` need quotes). */
export function isIdentifierName(name) {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}
/** Every emitter names definitions the same way; a missing name means passes did not run, or a ref dangles. */
export function typeNameResolver(model) {
    const names = new Map(model.definitions.map((d) => [d.name, d.typeName]));
    return (name) => {
        const typeName = names.get(name);
        if (!typeName)
            throw new Error(`no type name for definition ${JSON.stringify(name)}: passes did not run or a ref dangles`);
        return typeName;
    };
}
//# sourceMappingURL=names.js.map