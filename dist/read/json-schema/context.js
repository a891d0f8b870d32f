/**
 * Run state of one OpenAPI read: the documents, the definitions made so far, and a queue of `$ref`
 * targets still to convert. Created per run; nothing here outlives it.
 */
import { diagnostic, jsonPointer, nearestName, pointerSegments } from '../../diagnostics/index.js';
import { pascalCase } from '../../model/index.js';
export function child(at, ...segments) {
    return { uri: at.uri, pointer: at.pointer + jsonPointer(segments) };
}
/** The segments of `at`'s JSON pointer, unescaped (`/paths/~1pets/get` → `paths`, `/pets`, `get`). */
export function pointerOf(at) {
    return at.pointer === ''
        ? []
        : at.pointer
            .slice(1)
            .split('/')
            .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
const noScope = new Map();
export class ReadContext {
    documents;
    dialect;
    componentsPath;
    diagnostics = [];
    definitions = [];
    /** `uri#pointer` of a converted (or queued) schema → its definition name. */
    byTarget = new Map();
    taken = new Set();
    queue = [];
    /** The dynamic scope of the schema being converted. */
    scope = noScope;
    /** JSON Schema: `format` asserts, as `assertFormats` asks (OpenAPI formats always do). */
    assertFormats = false;
    /** What the type mappings match on (see `ReadOptions.mappingKeys`). */
    mappingKeys = { formats: new Set(), extensions: new Set() };
    /**
     * Model JSON an `allOf` merge has copied so far out of referenced definitions (see `mergeAll`): once
     * `copyBudget` (read/copy-budget.ts) is spent, an `allOf` keeps referring to its bases instead of copying them.
     */
    copied = 0;
    /**
     * `unknown`: a `$ref` that names nothing is a warning and reads as any value (`unknown`), so a spec
     * with one broken link still generates (the `unresolvedRefs` option); `error` (the default) refuses it.
     */
    unresolvedRefs = 'error';
    constructor(documents, 
    /**
     * OpenAPI 3.0 ignores keywords beside `$ref` and has `nullable`; OpenAPI 3.1 schemas are JSON Schema
     * 2020-12 read the way API authors mean them (`properties` without `type` is an object, `format`
     * asserts); `json-schema` reads them as the specification says (keywords constrain only the types
     * they apply to, `format` only annotates).
     */
    dialect, 
    /**
     * Where the root document keeps its named schemas: `components.schemas` in OpenAPI 3, `definitions`
     * in Swagger 2.0.
     */
    componentsPath = ['components', 'schemas']) {
        this.documents = documents;
        this.dialect = dialect;
        this.componentsPath = componentsPath;
    }
    /** The pointer of the named-schemas object (`/components/schemas`, `/definitions`). */
    get componentsPointer() {
        return jsonPointer([...this.componentsPath]);
    }
    /** Which JSON Schema draft's rules read the schema at a place (see dialects.ts); 2020-12 in OpenAPI. */
    draftAt(at) {
        return this.dialect === 'json-schema' ? this.documents.identifiers.dialectAt(at.uri, at.pointer) : '2020-12';
    }
    report(code, at, message, hint) {
        const where = this.documents.byUri.get(at.uri)?.locate(at.pointer);
        const reported = diagnostic(code, { message, file: at.uri, pointer: at.pointer, ...where, ...(hint ? { hint } : {}) });
        this.diagnostics.push(this.unresolvedRefs === 'unknown' ? tolerated(reported) : reported);
    }
    /** Diagnostics of loading the documents a `$ref` names, tolerated as `unresolvedRefs` says. */
    loaded(diagnostics) {
        for (const d of diagnostics)
            this.diagnostics.push(this.unresolvedRefs === 'unknown' ? tolerated(d) : d);
    }
    /** The value a pointer names in a document, or undefined. Own keys only: `__proto__` is data. */
    valueAt(doc, pointer) {
        let node = doc.value;
        for (const segment of pointerSegments(pointer)) {
            if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
                return undefined;
            node = node[segment];
        }
        return node;
    }
    /** A definition name not yet used, from a wanted one: `Name`, then `Name2`, ... */
    uniqueName(wanted) {
        let name = wanted;
        // Numbering resumes where the last name wanted the same way stopped (names are never given back):
        // thousands of inline types wanting one name made this quadratic.
        let n = this.suffixes.get(wanted) ?? 2;
        for (; this.taken.has(name); n++)
            name = `${wanted}${n}`;
        if (name !== wanted)
            this.suffixes.set(wanted, n);
        this.taken.add(name);
        return name;
    }
    /** The next number to try for a name wanted before (see `uniqueName`). */
    suffixes = new Map();
    /** Reserves the names of `components.schemas`, so inline types named later cannot take them. */
    reserve(names) {
        for (const name of names)
            this.taken.add(name);
    }
    /**
     * The definition for a schema location, queued for conversion the first time it is asked for. Where
     * dynamic anchors exist, one per dynamic scope the location is reached in, since `$dynamicRef`s inside
     * it may resolve differently in each.
     */
    definitionFor(at, preferredName) {
        const scope = this.scope;
        const key = `${at.uri}#${at.pointer}${scope.size > 0 ? ` ${JSON.stringify([...scope].sort())}` : ''}`;
        const known = this.byTarget.get(key);
        if (known !== undefined)
            return known;
        const name = this.assigned.get(`${at.uri}#${at.pointer}`) ??
            (this.taken.has(preferredName) && this.isComponentName(at, preferredName) ? preferredName : this.uniqueName(preferredName));
        this.byTarget.set(key, name);
        this.queue.push({ name, at, scope });
        return name;
    }
    /** Names given to locations before anything refers to them (`nameLocation`). */
    assigned = new Map();
    /**
     * The definition name a schema location takes if it is ever read (an inheritance base's own fields,
     * whose component name the union of its variants takes). The name must be reserved already.
     */
    nameLocation(at, name) {
        this.assigned.set(`${at.uri}#${at.pointer}`, name);
    }
    /**
     * Enters the schema at `at`: its resource joins the dynamic scope (its dynamic anchors count where no
     * outer resource declared them). Returns the scope to restore on leaving.
     */
    enterScope(at) {
        const outer = this.scope;
        const identifiers = this.documents.identifiers;
        if (!identifiers.hasDynamicAnchors)
            return outer;
        const base = identifiers.baseAt(at.uri, at.pointer);
        const names = base === undefined ? undefined : identifiers.dynamicAnchorsOf(base);
        if (!names || [...names].every((n) => outer.has(n)))
            return outer;
        const inner = new Map(outer);
        for (const n of names)
            if (!inner.has(n))
                inner.set(n, base);
        this.scope = inner;
        return outer;
    }
    /** Component names were reserved up front; the root document's own component keeps its name. */
    isComponentName(at, name) {
        return at.uri === this.documents.root.uri && at.pointer === jsonPointer([...this.componentsPath, name]);
    }
    converted = new Map();
    inProgress = new Set();
    /** Set by the reader: converts one queued schema into its definition. */
    convertPending = () => {
        throw new Error('ReadContext.convertPending is not set');
    };
    /** Converts everything queued, including what conversion itself queues. */
    drain() {
        this.scope = noScope;
        for (let pending = this.queue.shift(); pending; pending = this.queue.shift())
            this.convert(pending);
    }
    /**
     * A definition's converted form, converting it now if it is only queued (an `allOf` merge needs its
     * parts). Undefined while it is being converted: that is a cycle, and the caller keeps a plain ref.
     */
    definition(name) {
        const done = this.converted.get(name);
        if (done || this.inProgress.has(name))
            return done;
        const index = this.queue.findIndex((p) => p.name === name);
        if (index !== -1)
            return this.convert(this.queue.splice(index, 1)[0]);
        return this.definitions.find((d) => d.name === name);
    }
    convert(pending) {
        this.inProgress.add(pending.name);
        const outer = this.scope;
        this.scope = pending.scope;
        const definition = this.convertPending(pending);
        this.scope = outer;
        this.inProgress.delete(pending.name);
        this.converted.set(pending.name, definition);
        this.definitions.push(definition);
        return definition;
    }
    /** For inline types hoisted into definitions of their own. */
    addDefinition(definition) {
        this.converted.set(definition.name, definition);
        this.definitions.push(definition);
    }
    /** For "did you mean": the schema names of a document. */
    componentNames(doc) {
        const schemas = this.valueAt(doc, this.componentsPointer);
        return isSchemaObject(schemas) ? Object.keys(schemas) : [];
    }
    suggest(name, doc) {
        return nearestName(name, this.componentNames(doc));
    }
}
/** A name for an inline type: its parent's name plus the place it sits, as an identifier-ish word. */
export function inlineName(parent, ...parts) {
    return parent + parts.map((p) => pascalCase(p)).join('');
}
export function isSchemaObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Under `unresolvedRefs: 'unknown'`: a `$ref` naming nothing (or a file that cannot be read, named by
 * a `$ref`) becomes a warning, and what it named is read as any value. Other diagnostics stay as they are.
 */
function tolerated(d) {
    const unresolved = d.code === 'unresolved-ref' || (d.code === 'file-not-found' && d.pointer !== undefined && d.pointer.endsWith('/$ref'));
    if (!unresolved || d.severity !== 'error')
        return d;
    return { ...d, severity: 'warning', message: `${d.message}; read as unknown (unresolvedRefs: "unknown")` };
}
//# sourceMappingURL=context.js.map