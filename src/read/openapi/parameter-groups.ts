/**
 * The parameters of an operation as the Model holds them, for both OpenAPI readers (3.x and Swagger 2.0):
 * one group per location, each typed by an object definition of its own (`ListPetsQuery`), and the path
 * template's parameters checked against the list. How one parameter is typed and described is each
 * reader's own (`describe`): the two versions spell parameters differently.
 */
import { jsonPointer } from '../../diagnostics/index.js';
import { parameterLocations, type Parameter, type ParameterGroup, type ParameterLocation, type Property } from '../../model/index.js';
import { pointerOf, type At, type ReadContext, type SchemaObject } from '../json-schema/context.js';

/** A parameter as listed, not yet typed. */
export interface RawParameter<Location extends string = ParameterLocation> {
  name: string;
  in: Location;
  value: SchemaObject;
  at: At;
  /** Declared on the path item, for every operation of the path. */
  pathLevel: boolean;
  /** Named only by the path template. */
  fromTemplate?: true;
}

/** The group definitions' names: the operation's stem and this suffix (`ListPets` + `Query`). */
const groupSuffix: Record<ParameterLocation, string> = {
  path: 'Path',
  query: 'Query',
  header: 'Headers',
  cookie: 'Cookies',
  querystring: 'Querystring',
};

export interface GroupedOperation {
  /** The operation object, where the group definitions' origin points. */
  at: At;
  stem: string;
  method: string;
  path: string;
}

/** One group per location (in `parameterLocations` order), each with the object definition of its typed values. */
export function parameterGroups<P extends RawParameter<string>>(
  ctx: ReadContext,
  parameters: readonly P[],
  operation: GroupedOperation,
  describe: (p: P, groupName: string, location: P['in'] & ParameterLocation) => { property: Property; parameter: Parameter },
): ParameterGroup[] {
  const { at, stem, method, path } = operation;
  const groups: ParameterGroup[] = [];
  for (const location of parameterLocations) {
    const raw = parameters.filter((p) => p.in === location);
    if (raw.length === 0) continue;
    const groupName = ctx.uniqueName(`${stem}${groupSuffix[location]}`);
    const properties: Property[] = [];
    const described: Parameter[] = [];
    for (const p of raw) {
      // p.in is `location`, one of the reader's locations.
      const { property, parameter } = describe(p, groupName, location as P['in'] & ParameterLocation);
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
export function withTemplateParameters<P extends RawParameter<string>>(
  parameters: P[],
  at: At,
  path: string,
  defect: (at: At, message: string) => void,
  missing: (name: string) => P,
): P[] {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  for (const p of parameters.filter((p) => p.in === 'path' && !names.includes(p.name)))
    defect(p.at, `path parameter ${JSON.stringify(p.name)} does not appear in the path ${path}`);
  const absent = names.filter((n) => !parameters.some((p) => p.in === 'path' && p.name === n));
  if (absent.length === 0) return parameters;
  defect(at, `the path ${path} has ${absent.map((n) => `{${n}}`).join(', ')} but no parameter of that name; read as required strings`);
  return [...parameters, ...absent.map(missing)];
}

/** Path-level parameters first, then the operation's; one of the operation's replaces the path's of the same name and location. */
export function mergeParameters<P extends RawParameter<string>>(shared: readonly P[], own: readonly P[]): P[] {
  const key = (p: P) => `${p.in}\u0000${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
  const merged = new Map<string, P>();
  for (const p of [...shared, ...own]) merged.set(key(p), p);
  return [...merged.values()];
}
