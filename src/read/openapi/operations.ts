/**
 * OpenAPI paths, webhooks and callbacks → the Model's operations. OpenAPI 3.1 §4.8.8 (Paths), §4.8.9
 * (Path Item), §4.8.10 (Operation), §4.8.12 (Parameter), §4.8.13 (Request Body), §4.8.16–17 (Responses),
 * §4.8.18 (Callback), §4.8.21 (Header); 3.0 reads the same; 3.2 adds the `query` method,
 * `additionalOperations`, the `querystring` location, `itemSchema` and a Response `summary`.
 *
 * Every schema an operation holds becomes a definition, so the operation is a table of refs: a `$ref`
 * stays a ref; an inline schema becomes a definition named after the operation and its role
 * (`CreateArchiveBody`, `ListArchivesResponse200`), or after the component it sits in
 * (`components.responses.NotFound` → `NotFoundResponse`); each location's parameters become one object
 * definition (`ListArchivesQuery`). Names are unique and follow document order, so they are stable.
 */
import {
  httpMethods,
  parameterLocations,
  pascalCase,
  type Callback,
  type Components,
  type Docs,
  type Example,
  type JsonValue,
  type MediaContent,
  type Operation,
  type OperationResponse,
  type Parameter,
  type ParameterGroup,
  type ParameterLocation,
  type ParameterStyle,
  type Property,
  type RequestBody,
  type SecurityRequirement,
  type SecurityScheme,
  type Server,
  type Tag,
  type TypeNode,
} from '../../model/index.js';
import { child, inlineName, isSchemaObject, type At, type ReadContext, type SchemaObject } from '../json-schema/context.js';
import { convert, docsOf } from '../json-schema/schema.js';
import { mergeParameters, parameterGroups, withTemplateParameters, type RawParameter as ListedParameter } from './parameter-groups.js';
import { dereference } from './references.js';

export type OpenApiVersion = '3.0' | '3.1' | '3.2';

/** Which operations to read: all of them, or those with one of these ids or tags. */
export interface OperationSelection {
  operations: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

export interface ReadOperations {
  operations: Operation[];
  webhooks: Operation[];
  /** Every component but the schemas. */
  components: Omit<Components, 'schemas'>;
  tags: Tag[];
  /** Every operation id and tag the document has, for "did you mean" on a selection that names none. */
  knownIds: string[];
  knownTags: string[];
}

/** OpenAPI's defaults: form (exploded) for query and cookie, simple for path and header. */
const defaultStyle: Record<ParameterLocation, ParameterStyle> = {
  path: 'simple',
  query: 'form',
  header: 'simple',
  cookie: 'form',
  querystring: 'form',
};

/** Styles each location allows (OpenAPI 3.1 §4.8.12.4; `cookie` is OpenAPI 3.2's). */
const allowedStyles: Record<ParameterLocation, readonly ParameterStyle[]> = {
  path: ['matrix', 'label', 'simple'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form', 'cookie'],
  querystring: ['form'],
};

/** Keys that only annotate beside a `$ref`: such a payload schema is the referenced definition itself. */
const refAnnotations = new Set(['$ref', 'description', 'summary', 'title', '$comment', 'deprecated', 'example', 'examples']);

/** A parameter as listed; by `$ref`, with the description the reference gives it (3.1). */
type RawParameter = ListedParameter & { description?: string };

interface Where {
  /** `path` (a Paths entry), `webhook`, or `callback` (with the operation that declares it). */
  kind: 'path' | 'webhook' | 'callback' | 'component';
  /** For callbacks: the declaring operation's id and the callback's name. */
  parent?: { id: string; callback: string };
}

export function readOperations(
  ctx: ReadContext,
  document: SchemaObject,
  rootUri: string,
  version: OpenApiVersion,
  selection: OperationSelection | undefined,
): ReadOperations {
  const reader = new OperationReader(ctx, version, selection);
  const root: At = { uri: rootUri, pointer: '' };
  if (document['$self'] !== undefined)
    reader.notCarried('$self', child(root, '$self'), 'relative $refs resolve against where the document was read from, not against $self');

  const paths = document['paths'];
  if (isSchemaObject(paths)) {
    for (const [path, item] of Object.entries(paths)) {
      if (path.startsWith('x-')) continue;
      if (!path.startsWith('/')) reader.defect(child(root, 'paths', path), `the path ${JSON.stringify(path)} must begin with "/"`);
      reader.operations.push(...reader.pathItem(item, child(root, 'paths', path), path, { kind: 'path' }));
    }
  } else if (paths !== undefined) {
    reader.defect(child(root, 'paths'), '"paths" must be an object of path items; it is ignored');
  }

  const webhooks = document['webhooks'];
  if (isSchemaObject(webhooks)) {
    if (version === '3.0') reader.defect(child(root, 'webhooks'), 'webhooks are OpenAPI 3.1 (3.0 has none); read as 3.1 describes them');
    for (const [name, item] of Object.entries(webhooks)) {
      if (name.startsWith('x-')) continue;
      reader.webhooks.push(...reader.pathItem(item, child(root, 'webhooks', name), name, { kind: 'webhook' }));
    }
  } else if (webhooks !== undefined) {
    reader.defect(child(root, 'webhooks'), '"webhooks" must be an object of path items; it is ignored');
  }

  const components = reader.components(document, root);
  return {
    operations: reader.operations,
    webhooks: reader.webhooks,
    components,
    tags: readTags(ctx, document['tags'], child(root, 'tags')),
    knownIds: [...reader.ids],
    knownTags: [...reader.tagsSeen],
  };
}

class OperationReader {
  readonly operations: Operation[] = [];
  readonly webhooks: Operation[] = [];
  /** Operation ids given out so far (declared and derived share one space). */
  readonly ids = new Set<string>();
  readonly tagsSeen = new Set<string>();
  /** Types already read, by schema location: a shared component parameter or header is converted once. */
  private readonly types = new Map<string, TypeNode>();
  /** 3.2 fields structgen does not carry, each warned about once. */
  private readonly warned = new Set<string>();
  /** Where each path and webhook's Path Item sits, so a Path Item component names the entry that uses it. */
  readonly pathItemsRead = new Map<string, { table: 'paths' | 'webhooks'; key: string }>();

  constructor(
    readonly ctx: ReadContext,
    readonly version: OpenApiVersion,
    readonly selection: OperationSelection | undefined,
  ) {}

  /** Reference Objects followed, each component reached remembered (a selection lists only those in `components`). */
  private deref(value: unknown, at: At, what: string): ReturnType<typeof dereference> {
    const found = dereference(this.ctx, value, at, what);
    if (found && found.at.uri === this.ctx.documents.root.uri && found.at.pointer.startsWith('/components/'))
      this.reached.add(found.at.pointer);
    return found;
  }

  private readonly reached = new Set<string>();

  defect(at: At, message: string): void {
    this.ctx.report('schema-defect', at, message);
  }

  /** One warning per field OpenAPI 3.2 added that no target carries. */
  notCarried(field: string, at: At, consequence: string): void {
    if (this.warned.has(field)) return;
    this.warned.add(field);
    this.ctx.report('unsupported-keyword', at, `${field} (OpenAPI 3.2) is not carried into the outputs`, consequence);
  }

  /** The operations of a Path Item: its fixed methods in OpenAPI's order, then 3.2's additional ones. */
  pathItem(value: unknown, at: At, path: string, where: Where): Operation[] {
    const item = this.deref(value, at, 'a path item');
    if (!item) return [];
    if (where.kind === 'path' || where.kind === 'webhook')
      this.pathItemsRead.set(`${item.at.uri}#${item.at.pointer}`, { table: where.kind === 'path' ? 'paths' : 'webhooks', key: path });
    const shared = this.parameterList(item.value['parameters'], child(item.at, 'parameters'), true);
    const operations: Operation[] = [];
    for (const method of httpMethods) {
      if (!Object.hasOwn(item.value, method)) continue;
      if (method === 'query' && this.version !== '3.2') {
        this.defect(child(item.at, method), 'the query method is OpenAPI 3.2; this document is older, so it is ignored');
        continue;
      }
      const operation = this.operation(item.value[method], child(item.at, method), method, path, shared, where);
      if (operation) operations.push(operation);
    }
    const additional = item.value['additionalOperations'];
    if (isSchemaObject(additional) && this.version === '3.2') {
      for (const [method, operation] of Object.entries(additional)) {
        const at = child(item.at, 'additionalOperations', method);
        if ((httpMethods as readonly string[]).includes(method.toLowerCase())) {
          this.defect(at, `additionalOperations may not name ${method}, which has its own field; it is ignored`);
          continue;
        }
        const read = this.operation(operation, at, method, path, shared, where);
        if (read) operations.push(read);
      }
    } else if (additional !== undefined) {
      this.defect(child(item.at, 'additionalOperations'), 'additionalOperations is OpenAPI 3.2 and must be an object; it is ignored');
    }
    return operations;
  }

  private operation(
    given: unknown,
    givenAt: At,
    method: string,
    path: string,
    shared: RawParameter[],
    where: Where,
  ): Operation | undefined {
    if (!isSchemaObject(given)) {
      this.defect(givenAt, `an operation must be an object, not ${JSON.stringify(given)}; it is ignored`);
      return undefined;
    }
    // OpenAPI has no Reference Object here, but specs split by file (DigitalOcean's) write each operation
    // as a `$ref` to it, and openapi-typescript follows them: so does structgen, to the same document or another.
    const target = this.deref(given, givenAt, 'an operation');
    if (!target) return undefined;
    const { value, at } = target;
    const tags = Array.isArray(value['tags']) ? value['tags'].filter((t): t is string => typeof t === 'string') : [];
    for (const tag of tags) this.tagsSeen.add(tag);
    const { id, declared } = this.operationId(value['operationId'], at, method, path, where);
    if (this.selection && !this.selection.operations.has(id) && !tags.some((t) => this.selection!.tags.has(t))) return undefined;

    const stem = pascalCase(id);
    const own = this.parameterList(value['parameters'], child(at, 'parameters'), false);
    const operation: Operation = {
      id,
      declaredId: declared,
      method,
      path,
      docs: operationDocs(value),
      tags,
      parameters: this.parameterGroups(mergeParameters(shared, own), at, stem, method, path, where),
      responses: this.responses(value['responses'], child(at, 'responses'), stem),
      callbacks: [],
      origin: { document: at.uri, pointer: at.pointer },
    };
    if (value['requestBody'] !== undefined) {
      const body = this.requestBody(value['requestBody'], child(at, 'requestBody'), stem);
      if (body) operation.requestBody = body;
    }
    if (value['callbacks'] !== undefined) operation.callbacks = this.callbacks(value['callbacks'], child(at, 'callbacks'), id);
    if (value['security'] !== undefined) {
      const security = readSecurity(this.ctx, value['security'], child(at, 'security'));
      if (security) operation.security = security;
    }
    return operation;
  }

  /** The declared `operationId` (made unique if the document repeats it), or one derived from where the operation sits. */
  private operationId(declared: unknown, at: At, method: string, path: string, where: Where): { id: string; declared: boolean } {
    if (typeof declared === 'string' && declared !== '') {
      if (!this.ids.has(declared)) {
        this.ids.add(declared);
        return { id: declared, declared: true };
      }
      const unique = this.uniqueId(declared);
      this.defect(
        child(at, 'operationId'),
        `operationId ${JSON.stringify(declared)} is used by another operation too; this one is ${JSON.stringify(unique)}`,
      );
      return { id: unique, declared: false };
    }
    if (declared !== undefined)
      this.defect(child(at, 'operationId'), 'operationId must be a non-empty string; one is derived from the method and path');
    const words =
      where.kind === 'callback'
        ? [where.parent!.id, where.parent!.callback, method]
        : where.kind === 'webhook' || where.kind === 'component'
          ? [method, path]
          : [method, ...pathWords(path)];
    const derived = pascalCase(words.map((w) => pascalCase(w)).join(' '));
    return { id: this.uniqueId(derived.charAt(0).toLowerCase() + derived.slice(1)), declared: false };
  }

  private uniqueId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}${n}`;
    this.ids.add(id);
    return id;
  }

  /** A `parameters` list, each entry dereferenced and checked; entries that cannot be read are reported and left out. */
  private parameterList(value: unknown, at: At, pathLevel: boolean): RawParameter[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.defect(at, '"parameters" must be a list; it is ignored');
      return [];
    }
    const list: RawParameter[] = [];
    value.forEach((entry, i) => {
      const parameter = this.deref(entry, child(at, i), 'a parameter');
      if (!parameter) return;
      const { name, in: location } = parameter.value;
      if (typeof name !== 'string' || name === '') {
        this.defect(parameter.at, 'a parameter needs a "name"; it is ignored');
        return;
      }
      if (typeof location !== 'string' || !(parameterLocations as readonly string[]).includes(location)) {
        this.defect(
          child(parameter.at, 'in'),
          `parameter ${JSON.stringify(name)} has "in": ${JSON.stringify(location)}; it must be one of ${parameterLocations.join(', ')}; it is ignored`,
        );
        return;
      }
      if (location === 'querystring' && this.version !== '3.2') {
        this.defect(child(parameter.at, 'in'), `"in": "querystring" is OpenAPI 3.2; parameter ${JSON.stringify(name)} is ignored`);
        return;
      }
      if (location === 'header' && /^(accept|content-type|authorization)$/i.test(name)) {
        this.defect(parameter.at, `OpenAPI ignores a header parameter named ${name} (the request's own mechanism sets it); it is left out`);
        return;
      }
      list.push({
        name,
        in: location as ParameterLocation,
        value: parameter.value,
        at: parameter.at,
        pathLevel,
        ...(parameter.overrides.description !== undefined ? { description: parameter.overrides.description } : {}),
      });
    });
    return list;
  }

  /** One group per location, each with the object definition of its typed values. */
  private parameterGroups(parameters: RawParameter[], at: At, stem: string, method: string, path: string, where: Where): ParameterGroup[] {
    if (where.kind === 'path')
      parameters = withTemplateParameters(parameters, at, path, this.defect.bind(this), (name) => ({
        name,
        in: 'path',
        value: { name, in: 'path', required: true, schema: { type: 'string' } },
        at,
        pathLevel: false,
        fromTemplate: true,
      }));
    return parameterGroups(this.ctx, parameters, { at, stem, method, path }, (p, groupName) => this.parameter(p, groupName));
  }

  private parameter(p: RawParameter, groupName: string): { property: Property; parameter: Parameter } {
    const { value, at } = p;
    const schema = this.parameterSchema(p);
    // Without a schema the value is still text on the wire: a string, as openapi-typescript reads it.
    const type = schema ? this.typeAt(schema.value, schema.at, inlineName(groupName, p.name)) : ({ kind: 'string' } as const);
    let required = value['required'] === true;
    if (p.in === 'path' && !required) {
      if (value['required'] !== undefined)
        this.defect(child(at, 'required'), `path parameter ${JSON.stringify(p.name)} must be required; read as required`);
      required = true;
    }
    const docs: Docs = schema ? docsOf(this.ctx, schema.value, schema.at) : {};
    const description =
      p.description ?? (typeof value['description'] === 'string' && value['description'] !== '' ? value['description'] : undefined);
    if (description !== undefined) docs.description = description;
    if (value['deprecated'] === true) docs.deprecated = true;
    const examples = exampleValues(value);
    if (examples) docs.examples = examples;

    let style = defaultStyle[p.in];
    if (typeof value['style'] === 'string') {
      if ((allowedStyles[p.in] as readonly string[]).includes(value['style'])) style = value['style'] as ParameterStyle;
      else
        this.defect(
          child(at, 'style'),
          `style ${JSON.stringify(value['style'])} does not apply to ${p.in} parameters (${allowedStyles[p.in].join(', ')}); read as ${style}`,
        );
    }
    const parameter: Parameter = {
      name: p.name,
      required,
      style,
      explode: typeof value['explode'] === 'boolean' ? value['explode'] : style === 'form' || style === 'cookie',
      docs: { ...(description !== undefined ? { description } : {}), ...(value['deprecated'] === true ? { deprecated: true } : {}) },
    };
    const located = this.examples(value, at);
    if (located) parameter.examples = located;
    if (value['allowReserved'] === true) parameter.allowReserved = true;
    if (value['allowEmptyValue'] === true) {
      // OpenAPI 3.x: query parameters only (deprecated since 3.0.2, still read as the document says).
      if (p.in === 'query') parameter.allowEmptyValue = true;
      else
        this.defect(
          child(at, 'allowEmptyValue'),
          `allowEmptyValue applies to query parameters only; it is ignored on this ${p.in} parameter`,
        );
    }
    if (schema?.mediaType !== undefined) parameter.mediaType = schema.mediaType;
    if (p.pathLevel) parameter.pathLevel = true;
    if (p.fromTemplate) parameter.fromTemplate = true;
    const property: Property = { name: p.name, type, required, docs };
    if (schema) property.origin = { document: schema.at.uri, pointer: schema.at.pointer };
    return { property, parameter };
  }

  /** A parameter's schema: its `schema`, or the schema of its one `content` media type. */
  private parameterSchema(p: RawParameter): { value: unknown; at: At; mediaType?: string } | undefined {
    if (Object.hasOwn(p.value, 'schema')) return { value: p.value['schema'], at: child(p.at, 'schema') };
    const content = p.value['content'];
    if (isSchemaObject(content)) {
      const entries = Object.entries(content);
      if (entries.length !== 1)
        this.defect(
          child(p.at, 'content'),
          `parameter ${JSON.stringify(p.name)} must have exactly one media type in "content"; the first is used`,
        );
      const [mediaType, media] = entries[0] ?? [];
      if (mediaType !== undefined && isSchemaObject(media) && Object.hasOwn(media, 'schema'))
        return { value: media['schema'], at: child(p.at, 'content', mediaType, 'schema'), mediaType };
      if (mediaType !== undefined) return undefined;
    }
    this.defect(p.at, `parameter ${JSON.stringify(p.name)} has neither "schema" nor "content"; read as a string`);
    return undefined;
  }

  /** A type read once per schema location (shared component parameters and headers). */
  private typeAt(schema: unknown, at: At, name: string): TypeNode {
    const key = `${at.uri}#${at.pointer}`;
    let type = this.types.get(key);
    if (!type) this.types.set(key, (type = convert(this.ctx, schema, at, name)));
    return type;
  }

  /** A payload's type: the definition a `$ref` names, or a definition made of the inline schema. */
  private payloadType(schema: unknown, at: At, name: string): TypeNode {
    if (
      isSchemaObject(schema) &&
      typeof schema['$ref'] === 'string' &&
      Object.keys(schema).every((k) => refAnnotations.has(k) || k.startsWith('x-'))
    )
      return convert(this.ctx, schema, at, name);
    if (!isSchemaObject(schema) && typeof schema !== 'boolean') {
      this.defect(at, `a schema must be an object or a boolean, not ${JSON.stringify(schema)}; the payload may be anything`);
      return { kind: 'any' };
    }
    return { kind: 'ref', target: this.ctx.definitionFor(at, name) };
  }

  /**
   * The `example` or `examples` of a parameter or media type, each with where its value is written
   * (an Example Object's `$ref` to components.examples followed), for the docs to show and check.
   */
  examples(value: SchemaObject, at: At): Example[] | undefined {
    if (Object.hasOwn(value, 'example'))
      return [{ value: value['example']!, origin: { document: at.uri, pointer: child(at, 'example').pointer } }];
    const examples = value['examples'];
    if (!isSchemaObject(examples)) return undefined;
    const found: Example[] = [];
    for (const [name, entry] of Object.entries(examples)) {
      const example = dereference(this.ctx, entry, child(at, 'examples', name), 'an example');
      if (!example || !Object.hasOwn(example.value, 'value')) continue;
      const summary = example.overrides.summary ?? example.value['summary'];
      found.push({
        name,
        ...(typeof summary === 'string' && summary !== '' ? { summary } : {}),
        value: example.value['value']!,
        origin: { document: example.at.uri, pointer: child(example.at, 'value').pointer },
      });
    }
    return found.length > 0 ? found : undefined;
  }

  /** A `content` map: one entry per media type, the same inline schema written twice read once. */
  private content(value: unknown, at: At, baseName: string): MediaContent[] {
    if (value === undefined) return [];
    if (!isSchemaObject(value)) {
      this.defect(at, '"content" must be an object of media types; it is ignored');
      return [];
    }
    const content: MediaContent[] = [];
    const seen = new Map<string, TypeNode>();
    for (const [mediaType, entry] of Object.entries(value)) {
      const media = this.deref(entry, child(at, mediaType), 'a media type object');
      if (!media) continue;
      const name = content.length === 0 ? baseName : `${baseName}${mediaSuffix(mediaType)}`;
      const read: MediaContent = { mediaType, type: { kind: 'any' } };
      if (Object.hasOwn(media.value, 'schema')) {
        const key = JSON.stringify(media.value['schema']);
        read.type = seen.get(key) ?? this.payloadType(media.value['schema'], child(media.at, 'schema'), name);
        seen.set(key, read.type);
      }
      if (Object.hasOwn(media.value, 'itemSchema')) {
        if (this.version === '3.2')
          read.itemType = this.payloadType(media.value['itemSchema'], child(media.at, 'itemSchema'), `${name}Item`);
        else this.defect(child(media.at, 'itemSchema'), 'itemSchema is OpenAPI 3.2; it is ignored');
      }
      const examples = this.examples(media.value, media.at);
      if (examples) read.examples = examples;
      for (const field of ['itemEncoding', 'prefixEncoding'])
        if (Object.hasOwn(media.value, field))
          this.notCarried(field, child(media.at, field), 'how the items of a sequence or multipart payload are encoded is not checked');
      content.push(read);
    }
    return content;
  }

  private requestBody(value: unknown, at: At, stem: string): RequestBody | undefined {
    const body = this.deref(value, at, 'a request body');
    if (!body) return undefined;
    const docs: Docs = {};
    const description = body.overrides.description ?? body.value['description'];
    if (typeof description === 'string' && description !== '') docs.description = description;
    const base = componentName(body.at, 'requestBodies', 'Body') ?? `${stem}Body`;
    if (body.value['content'] === undefined) this.defect(body.at, 'a request body needs "content"; it may be anything');
    return {
      required: body.value['required'] === true,
      content: this.content(body.value['content'], child(body.at, 'content'), base),
      docs,
    };
  }

  private responses(value: unknown, at: At, stem: string): OperationResponse[] {
    if (value === undefined) {
      if (this.version === '3.0') this.defect(at, 'an operation must list its "responses" in OpenAPI 3.0; read as none');
      return [];
    }
    if (!isSchemaObject(value)) {
      this.defect(at, '"responses" must be an object of responses by status; it is ignored');
      return [];
    }
    const responses: OperationResponse[] = [];
    for (const [key, entry] of Object.entries(value)) {
      if (key.startsWith('x-')) continue;
      const status = /^[1-5]xx$/i.test(key) ? key.toUpperCase() : key;
      if (!/^(?:[1-5]\d\d|[1-5]XX|default)$/.test(status)) {
        this.defect(child(at, key), `${JSON.stringify(key)} is not a status code, a range such as 4XX, or "default"; it is ignored`);
        continue;
      }
      const read = this.response(entry, child(at, key), status, `${stem}Response${status === 'default' ? 'Default' : status}`);
      if (read) responses.push(read);
    }
    return responses;
  }

  /** One Response Object (or a ref to one); an inline payload is named `base`, unless it sits in a component. */
  private response(entry: unknown, at: At, status: string, base: string): OperationResponse | undefined {
    const response = this.deref(entry, at, 'a response');
    if (!response) return undefined;
    const name = componentName(response.at, 'responses', 'Response') ?? base;
    const docs: Docs = {};
    const summary = response.overrides.summary ?? response.value['summary'];
    const description = response.overrides.description ?? response.value['description'];
    if (typeof summary === 'string' && summary !== '') docs.title = summary;
    if (typeof description === 'string' && description !== '') docs.description = description;
    const read: OperationResponse = {
      status,
      docs,
      content: this.content(response.value['content'], child(response.at, 'content'), name),
    };
    const headers = this.responseHeaders(response.value['headers'], child(response.at, 'headers'), `${name}Headers`);
    if (headers) read.headers = headers;
    return read;
  }

  /**
   * `components` responses, parameters, request bodies, headers and path items (schemas are definitions,
   * read by the caller), in document order. Read after the paths, so that the names the paths gave
   * their payloads stand; with a selection, only the components the selected operations reach.
   */
  components(document: SchemaObject, root: At): Omit<Components, 'schemas'> {
    const result: Omit<Components, 'schemas'> = { responses: [], parameters: [], requestBodies: [], headers: [], pathItems: [] };
    const declared = document['components'];
    if (!isSchemaObject(declared)) return result;
    const entries = (kind: keyof typeof result): [string, unknown, At][] => {
      const map = declared[kind];
      if (!isSchemaObject(map)) return [];
      return Object.entries(map)
        .map(([name, value]): [string, unknown, At] => [name, value, child(root, 'components', kind, name)])
        .filter(([, , at]) => !this.selection || this.reached.has(at.pointer));
    };
    for (const [name, value, at] of entries('responses')) {
      const response = this.response(value, at, 'default', `${pascalCase(name)}Response`);
      if (response) result.responses.push({ name, response });
    }
    for (const [name, value, at] of entries('requestBodies')) {
      const body = this.requestBody(value, at, pascalCase(name));
      if (body) result.requestBodies.push({ name, body });
    }
    const valueOf = (kind: 'parameters' | 'headers', role: string) => {
      for (const [name, value, at] of entries(kind)) {
        const found = this.deref(value, at, kind === 'headers' ? 'a header' : 'a parameter');
        if (!found) continue;
        const described = Object.hasOwn(found.value, 'schema') || isSchemaObject(found.value['content']);
        const schema = described
          ? this.parameterSchema({ name, in: 'header', value: found.value, at: found.at, pathLevel: false })
          : undefined;
        const type = schema ? this.typeAt(schema.value, schema.at, `${pascalCase(name)}${role}`) : ({ kind: 'any' } as const);
        const docs: Docs = {};
        const description = found.overrides.description ?? found.value['description'];
        if (typeof description === 'string' && description !== '') docs.description = description;
        if (found.value['deprecated'] === true) docs.deprecated = true;
        result[kind].push({ name, type, docs });
      }
    };
    valueOf('parameters', 'Parameter');
    valueOf('headers', 'Header');
    for (const [name, value, at] of entries('pathItems')) {
      const item = this.deref(value, at, 'a path item');
      if (!item) continue;
      const usedBy = this.pathItemsRead.get(`${item.at.uri}#${item.at.pointer}`);
      if (usedBy) result.pathItems.push({ name, usedBy, operations: [] });
      else result.pathItems.push({ name, operations: this.pathItem(value, at, name, { kind: 'component' }) });
    }
    return result;
  }

  /** Declared response headers as one object definition (read once per location: component responses are shared). */
  private responseHeaders(value: unknown, at: At, name: string): TypeNode | undefined {
    if (value === undefined) return undefined;
    if (!isSchemaObject(value)) {
      this.defect(at, '"headers" must be an object of headers by name; it is ignored');
      return undefined;
    }
    const key = `${at.uri}#${at.pointer}`;
    const known = this.types.get(key);
    if (known) return known;
    const definitionName = this.ctx.uniqueName(name);
    const properties: Property[] = [];
    for (const [headerName, entry] of Object.entries(value)) {
      // OpenAPI: "If a response header is defined with the name Content-Type, it SHALL be ignored."
      if (/^content-type$/i.test(headerName)) continue;
      const header = this.deref(entry, child(at, headerName), 'a header');
      if (!header) continue;
      const schema = this.parameterSchema({ name: headerName, in: 'header', value: header.value, at: header.at, pathLevel: false });
      const type = schema ? this.typeAt(schema.value, schema.at, inlineName(definitionName, headerName)) : ({ kind: 'any' } as const);
      const docs: Docs = schema ? docsOf(this.ctx, schema.value, schema.at) : {};
      const description = header.overrides.description ?? header.value['description'];
      if (typeof description === 'string' && description !== '') docs.description = description;
      if (header.value['deprecated'] === true) docs.deprecated = true;
      const property: Property = { name: headerName, type, required: header.value['required'] === true, docs };
      if (schema) property.origin = { document: schema.at.uri, pointer: schema.at.pointer };
      properties.push(property);
    }
    if (properties.length === 0) return undefined;
    this.ctx.addDefinition({
      name: definitionName,
      type: { kind: 'object', properties, additional: { mode: 'allow', explicit: false } },
      docs: { description: 'Response headers.' },
      origin: { document: at.uri, pointer: at.pointer },
    });
    const type: TypeNode = { kind: 'ref', target: definitionName };
    this.types.set(key, type);
    return type;
  }

  private callbacks(value: unknown, at: At, parentId: string): Callback[] {
    if (!isSchemaObject(value)) {
      this.defect(at, '"callbacks" must be an object of callbacks by name; it is ignored');
      return [];
    }
    const callbacks: Callback[] = [];
    for (const [name, entry] of Object.entries(value)) {
      if (name.startsWith('x-')) continue;
      const callback = this.deref(entry, child(at, name), 'a callback');
      if (!callback) continue;
      const operations: Operation[] = [];
      for (const [expression, item] of Object.entries(callback.value)) {
        if (expression.startsWith('x-')) continue;
        operations.push(
          ...this.pathItem(item, child(callback.at, expression), expression, {
            kind: 'callback',
            parent: { id: parentId, callback: name },
          }),
        );
      }
      callbacks.push({ name, operations });
    }
    return callbacks;
  }
}

/** `/v1/archives/{archive_id}/agents` → `V1 Archives ByArchiveId Agents`. */
export function pathWords(path: string): string[] {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/\{([^}]*)\}/g, (_, name: string) => ` by ${name} `));
  return words.length > 0 ? words : ['root'];
}

/** `multipart/form-data` → `FormData`; `application/vnd.api+json` → `VndApiJson`. */
export function mediaSuffix(mediaType: string): string {
  return pascalCase(mediaType.replace(/^[^/]*\//, '').replace(/^x-/, ''));
}

/** A name for a schema inside `components.<kind>.<key>`: the key, with the role's word unless it ends in it already. */
function componentName(at: At, kind: string, role: string): string | undefined {
  const match = new RegExp(`^/components/${kind}/([^/]+)$`).exec(at.pointer);
  if (!match) return undefined;
  const name = pascalCase(match[1]!.replaceAll('~1', '/').replaceAll('~0', '~'));
  return name.toLowerCase().endsWith(role.toLowerCase()) ? name : `${name}${role}`;
}

export function operationDocs(value: SchemaObject): Docs {
  const docs: Docs = {};
  if (typeof value['summary'] === 'string' && value['summary'] !== '') docs.title = value['summary'];
  if (typeof value['description'] === 'string' && value['description'] !== '') docs.description = value['description'];
  if (value['deprecated'] === true) docs.deprecated = true;
  const external = value['externalDocs'];
  if (isSchemaObject(external) && typeof external['url'] === 'string') docs.seeAlso = external['url'];
  return docs;
}

/** `example`, or the values of `examples` (Example Objects; `$ref`s to components.examples are not followed here). */
export function exampleValues(value: SchemaObject): JsonValue[] | undefined {
  if (Object.hasOwn(value, 'example')) return [value['example']!];
  const examples = value['examples'];
  if (!isSchemaObject(examples)) return undefined;
  const values = Object.values(examples).flatMap((e) => (isSchemaObject(e) && Object.hasOwn(e, 'value') ? [e['value']!] : []));
  return values.length > 0 ? values : undefined;
}

/** A `security` list: each alternative's schemes with their scopes (malformed entries are defects, skipped). */
export function readSecurity(ctx: ReadContext, value: unknown, at: At): SecurityRequirement[] | undefined {
  if (!Array.isArray(value)) {
    ctx.report('schema-defect', at, '"security" must be a list of security requirements; it is ignored');
    return undefined;
  }
  return value.flatMap((entry, i): SecurityRequirement[] => {
    if (!isSchemaObject(entry)) {
      ctx.report('schema-defect', child(at, i), 'a security requirement must be an object of scheme names; it is ignored');
      return [];
    }
    return [
      Object.entries(entry).map(([scheme, scopes]) => ({
        scheme,
        scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [],
      })),
    ];
  });
}

/** `servers`: each URL with its description and variables. */
export function readServers(value: unknown): Server[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): Server[] => {
    if (!isSchemaObject(entry) || typeof entry['url'] !== 'string') return [];
    const server: Server = { url: entry['url'] };
    if (typeof entry['description'] === 'string' && entry['description'] !== '') server.description = entry['description'];
    const variables = entry['variables'];
    if (isSchemaObject(variables)) {
      server.variables = Object.entries(variables).flatMap(([name, v]) => {
        if (!isSchemaObject(v)) return [];
        return [
          {
            name,
            default: typeof v['default'] === 'string' ? v['default'] : String(v['default'] ?? ''),
            ...(typeof v['description'] === 'string' && v['description'] !== '' ? { description: v['description'] } : {}),
            ...(Array.isArray(v['enum']) ? { enum: v['enum'].map(String) } : {}),
          },
        ];
      });
    }
    return [server];
  });
}

/** `components.securitySchemes`, as docs show them. */
export function readSecuritySchemes(value: unknown): SecurityScheme[] {
  if (!isSchemaObject(value)) return [];
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return Object.entries(value).flatMap(([name, entry]): SecurityScheme[] => {
    if (!isSchemaObject(entry) || typeof entry['type'] !== 'string') return [];
    const scheme: SecurityScheme = { name, type: entry['type'] };
    const fields: [keyof SecurityScheme, unknown][] = [
      ['description', entry['description']],
      ['in', entry['in']],
      ['parameterName', entry['name']],
      ['scheme', entry['scheme']],
      ['bearerFormat', entry['bearerFormat']],
      ['openIdConnectUrl', entry['openIdConnectUrl']],
    ];
    for (const [key, v] of fields) if (text(v) !== undefined) (scheme as unknown as Record<string, string>)[key] = text(v)!;
    const flows = entry['flows'];
    if (isSchemaObject(flows)) {
      scheme.flows = Object.entries(flows).flatMap(([flow, f]) => {
        if (!isSchemaObject(f)) return [];
        const scopes = isSchemaObject(f['scopes'])
          ? Object.entries(f['scopes']).map(([n, d]) => ({ name: n, description: typeof d === 'string' ? d : '' }))
          : [];
        return [
          {
            flow,
            ...(text(f['authorizationUrl']) ? { authorizationUrl: text(f['authorizationUrl'])! } : {}),
            ...(text(f['tokenUrl']) ? { tokenUrl: text(f['tokenUrl'])! } : {}),
            ...(text(f['refreshUrl']) ? { refreshUrl: text(f['refreshUrl'])! } : {}),
            scopes,
          },
        ];
      });
    }
    return [scheme];
  });
}

export function readTags(ctx: ReadContext, value: unknown, at: At): Tag[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    ctx.report('schema-defect', at, '"tags" must be a list of tag objects; it is ignored');
    return [];
  }
  return value.flatMap((entry, i): Tag[] => {
    if (!isSchemaObject(entry) || typeof entry['name'] !== 'string') {
      ctx.report('schema-defect', child(at, i), 'a tag needs a "name"; it is ignored');
      return [];
    }
    const docs: Docs = {};
    if (typeof entry['summary'] === 'string') docs.title = entry['summary'];
    if (typeof entry['description'] === 'string' && entry['description'] !== '') docs.description = entry['description'];
    const external = entry['externalDocs'];
    if (isSchemaObject(external) && typeof external['url'] === 'string') docs.seeAlso = external['url'];
    const tag: Tag = { name: entry['name'], docs };
    if (typeof entry['parent'] === 'string') tag.parent = entry['parent'];
    if (typeof entry['kind'] === 'string') tag.kind = entry['kind'];
    return [tag];
  });
}
