import { everyOperation, type Definition, type Model, type TypeNode } from '../model/index.js';

/**
 * `allowEmptyValue` (Swagger 2.0, OpenAPI 3.x query parameters): the parameter may be sent with an empty
 * value (`?flag=` or `?flag`), whatever its schema says. Readers record it on the parameter; this pass
 * makes it part of the parameter's type in its group's definition — `T | ""` — so that every target
 * says the same: `types.ts` lets a client send it, the parameter validators in `zod.ts` accept it (the
 * empty text is not a number, so it stays `""`), `schema.json` and the docs show it. A type that takes
 * any string already takes `""` and is left as it is.
 */
export function allowEmptyValues(model: Model): Model {
  const operations = everyOperation(model);
  if (!operations.some((o) => o.parameters.some((g) => g.parameters.some((p) => p.allowEmptyValue)))) return model;
  const copy = structuredClone(model);
  const byName = new Map(copy.definitions.map((d) => [d.name, d]));
  for (const operation of everyOperation(copy))
    for (const group of operation.parameters) {
      const definition = group.type.kind === 'ref' ? byName.get(group.type.target) : undefined;
      for (const parameter of group.parameters.filter((p) => p.allowEmptyValue)) widen(definition, parameter.name);
    }
  return copy;
}

const empty: TypeNode = { kind: 'literal', value: '' };

function widen(definition: Definition | undefined, name: string): void {
  if (definition?.type.kind !== 'object') return;
  const property = definition.type.properties.find((p) => p.name === name);
  if (!property || takesEmptyText(property.type)) return;
  property.type =
    property.type.kind === 'union' && !property.type.exclusive
      ? { ...property.type, variants: [...property.type.variants, empty] }
      : { kind: 'union', variants: [property.type, empty] };
}

/** A type that takes `""` as it is: any string without checks or format, or already `""`. */
function takesEmptyText(type: TypeNode): boolean {
  switch (type.kind) {
    case 'any':
      return true;
    case 'string':
      return type.format === undefined && (type.checks === undefined || Object.keys(type.checks).length === 0);
    case 'literal':
      return type.value === '';
    case 'enum':
      return type.members.some((m) => m.value === '');
    case 'nullable':
      return takesEmptyText(type.inner);
    case 'union':
      return !type.exclusive && type.variants.some(takesEmptyText);
    default:
      return false;
  }
}
