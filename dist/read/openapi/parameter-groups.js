/**
 * The parameters of an operation as the Model holds them, for both OpenAPI readers (3.x and Swagger 2.0):
 * one group per location, each typed by an object definition of its own (`ListPetsQuery`), and the path
 * template's parameters checked against the list. How one parameter is typed and described is each
 * reader's own (`describe`): the two versions spell parameters differently.
 */
import { jsonPointer } from '../../diagnostics/index.js';
import { parameterLocations } from '../../model/index.js';
import { pointerOf } from '../json-schema/context.js';
/** The group definitions' names: the operation's stem and this suffix (`ListPets` + `Query`). */
const groupSuffix = {
    path: 'Path',
    query: 'Query',
    header: 'Headers',
    cookie: 'Cookies',
    querystring: 'Querystring',
};
/** One group per location (in `parameterLocations` order), each with the object definition of its typed values. */
export function parameterGroups(ctx, parameters, operation, describe) {
    const { at, stem, method, path } = operation;
    const groups = [];
    for (const location of parameterLocations) {
        const raw = parameters.filter((p) => p.in === location);
        if (raw.length === 0)
            continue;
        const groupName = ctx.uniqueName(`${stem}${groupSuffix[location]}`);
        const properties = [];
        const described = [];
        for (const p of raw) {
            // p.in is `location`, one of the reader's locations.
            const { property, parameter } = describe(p, groupName, location);
            properties.push(property);
            described.push(parameter);
        }
        ctx.addDefinition({
            name: groupName,
            type: { kind: 'object', properties, additional: { mode: 'allow', explicit: false } },
            docs: { description: `The ${location} parameters of ${method.toUpperCase()} ${path}.` },
            origin: { document: at.uri, pointer: jsonPointer([...pointerOf(at), 'parameters']) },
        });
        groups.push({
            in: location,
            type: { kind: 'ref', target: groupName },
            required: properties.some((p) => p.required),
            parameters: described,
        });
    }
    return groups;
}
/**
 * Path parameters checked against the template: each `{name}` needs one (a missing one is added, by
 * `missing`, as a required string, since a client must fill it in), and one the template lacks can
 * never be sent.
 */
export function withTemplateParameters(parameters, at, path, defect, missing) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const p of parameters.filter((p) => p.in === 'path' && !names.includes(p.name)))
        defect(p.at, `path parameter ${JSON.stringify(p.name)} does not appear in the path ${path}`);
    const absent = names.filter((n) => !parameters.some((p) => p.in === 'path' && p.name === n));
    if (absent.length === 0)
        return parameters;
    defect(at, `the path ${path} has ${absent.map((n) => `{${n}}`).join(', ')} but no parameter of that name; read as required strings`);
    return [...parameters, ...absent.map(missing)];
}
/** Path-level parameters first, then the operation's; one of the operation's replaces the path's of the same name and location. */
export function mergeParameters(shared, own) {
    const key = (p) => `${p.in}\u0000${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
    const merged = new Map();
    for (const p of [...shared, ...own])
        merged.set(key(p), p);
    return [...merged.values()];
}
//# sourceMappingURL=parameter-groups.js.map