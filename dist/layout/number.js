/** Numbers as prettier prints them, shared by the code layouts and the JSON printer. */
/** An unsigned number literal's text as prettier prints it (`1e+21` → `1e21`). */
export function numberLiteral(text) {
    return text
        .toLowerCase()
        .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(\d)/, '$1$2$3')
        .replace(/^([+-]?[\d.]+)e[+-]?0+$/, '$1')
        .replace(/^([+-])?\./, '$10.')
        .replace(/(\.\d+?)0+(?=e|$)/, '$1')
        .replace(/\.(?=e|$)/, '');
}
/** A JSON number as prettier's json printer prints it (`1e+21` → `1e21`). */
export function jsonNumber(value) {
    const text = JSON.stringify(value);
    return text.startsWith('-') ? `-${numberLiteral(text.slice(1))}` : numberLiteral(text);
}
//# sourceMappingURL=number.js.map