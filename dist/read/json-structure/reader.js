/**
 * The run state of one JSON Structure read, and the one entry every schema goes through: `convert`
 * reads a schema's type (types.ts, objects.ts, compounds.ts, references.ts), narrows it by const/enum
 * and applies the conditional-composition keywords on top (compositions.ts).
 */
import { copyBudgetFor } from '../copy-budget.js';
import { diagnostic, jsonPointer, pointerSegments } from '../../diagnostics/index.js';
import { exactValueType } from '../../model/index.js';
import { composition, compositionKeywords, narrowed } from './compositions.js';
import { checkKeywords } from './keywords.js';
import { objectNode } from './objects.js';
import { refNode } from './references.js';
import { enumNode, typeExpression } from './types.js';
export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The pointer of a keyword (or deeper) below the schema at `at`. */
export function child(at, ...segments) {
    return jsonPointer([...pointerSegments(at), ...segments]);
}
export class Reader {
    loaded;
    strict;
    diagnostics = [];
    definitions = [];
    /** Definition pointer (`/definitions/a/b`) → its schema. */
    schemas = new Map();
    /** Definition pointer → definition name. */
    names = new Map();
    converting = new Set();
    converted = new Map();
    validationEnabled = false;
    /** Model JSON that `$extends` has copied out of bases so far (see read/copy-budget.ts). */
    copied = 0;
    budget;
    /** How much `$extends` may copy in this document (measured on first use: most documents never ask). */
    get copyBudget() {
        return (this.budget ??= copyBudgetFor(JSON.stringify(this.loaded.value).length));
    }
    constructor(loaded, strict) {
        this.loaded = loaded;
        this.strict = strict;
    }
    report(code, pointer, message, hint) {
        this.diagnostics.push(diagnostic(code, { message, file: this.loaded.uri, pointer, ...this.loaded.locate(pointer), ...(hint ? { hint } : {}) }));
    }
    /** A Core-like deviation: a warning, or an error under --strict. */
    deviation(pointer, message, hint) {
        this.report(this.strict ? 'structure-deviation-strict' : 'structure-deviation', pointer, message, hint);
    }
    /** Converts the definition at `pointer` once (refs in cycles stay refs). */
    definitionType(pointer) {
        const done = this.converted.get(pointer);
        if (done)
            return done;
        if (this.converting.has(pointer))
            return undefined;
        this.converting.add(pointer);
        const type = this.convert(this.schemas.get(pointer), pointer, this.names.get(pointer));
        this.converting.delete(pointer);
        this.converted.set(pointer, type);
        return type;
    }
    convert(schema, at, name) {
        checkKeywords(this, schema, at, at === '');
        if ('example' in schema)
            this.deviation(jsonPointer([...pointerSegments(at), 'example']), '"example" is not JSON Structure; read as "examples": [...]');
        const type = schema['type'];
        let node;
        if (type === undefined) {
            if (typeof schema['$ref'] === 'string') {
                this.deviation(jsonPointer([...pointerSegments(at), '$ref']), 'a bare $ref is not JSON Structure; read as "type": {"$ref": ...}');
                node = refNode(this, schema['$ref'], jsonPointer([...pointerSegments(at), '$ref']));
            }
            else if (isObject(schema['properties'])) {
                this.deviation(at, 'an object schema without "type": read as "type": "object"');
                node = objectNode(this, schema, at, name);
            }
            else if (Array.isArray(schema['enum']) || 'const' in schema || compositionKeywords.some((k) => k in schema)) {
                // A schema of conditions only (conditional composition): what they allow, of any type.
                node = { kind: 'any' };
            }
            else {
                this.report('missing-type', at, 'a schema must have a "type"');
                return { kind: 'any' };
            }
        }
        else {
            node = typeExpression(this, type, schema, at, name);
        }
        // const and enum narrow the type (both apply when both are given): a value must have the type and be listed.
        const narrowing = [];
        if ('const' in schema)
            narrowing.push(exactValueType(schema['const']));
        if (Array.isArray(schema['enum']))
            narrowing.push(enumNode(this, schema['enum'], at));
        else if (schema['enum'] !== undefined)
            this.report('invalid-structure', jsonPointer([...pointerSegments(at), 'enum']), '"enum" must be a list of values');
        if (narrowing.length > 0)
            node = narrowed(node, narrowing);
        return composition(this, node, schema, at, name);
    }
}
//# sourceMappingURL=reader.js.map