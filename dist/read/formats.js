/**
 * How readers record a `format`: under its canonical name (see `canonicalFormat`), with a warning when
 * the document used an alias, so a `url` is checked as the `uri` it means in every target.
 */
import { canonicalFormat } from '../model/formats.js';
export function readFormat(name, warn) {
    const { format, aliasOf } = canonicalFormat(name);
    if (aliasOf !== undefined)
        warn(`format ${JSON.stringify(aliasOf)} is read as ${JSON.stringify(format)}`, `${JSON.stringify(aliasOf)} is not a JSON Schema format; write ${JSON.stringify(format)} (checked as RFC 3986 says) to silence this`);
    return format;
}
//# sourceMappingURL=formats.js.map