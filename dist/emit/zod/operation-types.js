import { printWidth } from '../../layout/options.js';
const source = `// Types of the operations table, for generic server code: what each operation receives once validated
// and what it may send (see docs/operations-server.md).
export type Operations = typeof operations;
export type OperationId = keyof Operations;
/** Where a group of parameters is sent, as the table's \`parameters\` keys them. */
export type ParameterLocation = "path" | "query" | "header" | "cookie" | "querystring";
/** What a validator gives (\`undefined\` for none). */
type Parsed<T> = T extends z.core.$ZodType ? z.output<T> : undefined;
type Responses<Id extends OperationId> = Operations[Id]["responses"];

/** Operation \`Id\`'s parameters sent in \`In\`, as its validator gives them; \`undefined\` when it has none there. */
export type OperationParameters<
  Id extends OperationId,
  In extends ParameterLocation,
> = Operations[Id]["parameters"] extends { [K in In]: infer S } ? Parsed<S> : undefined;

/** The media types of operation \`Id\`'s request body; \`never\` when it takes none. */
export type OperationBodyMediaType<Id extends OperationId> = Operations[Id] extends {
  body: infer B;
}
  ? keyof B & string
  : never;

/** Operation \`Id\`'s request body as validated (of \`Media\`, by default any of its media types); \`undefined\` when it takes none. */
export type OperationBody<
  Id extends OperationId,
  Media extends string = OperationBodyMediaType<Id>,
> = Operations[Id] extends { body: infer B } ? Parsed<B[keyof B & Media]> : undefined;

/** What a server received for operation \`Id\`, validated: the parameters by location, and the body. */
export interface OperationRequest<Id extends OperationId> {
  path: OperationParameters<Id, "path">;
  query: OperationParameters<Id, "query">;
  headers: OperationParameters<Id, "header">;
  cookies: OperationParameters<Id, "cookie">;
  querystring: OperationParameters<Id, "querystring">;
  /** Absent only where the operation does not require one. */
  body: Id extends RequiredBodyOperation ? OperationBody<Id> : OperationBody<Id> | undefined;
}

/** The statuses operation \`Id\` answers with, as the document keys them (\`200\`, \`"4XX"\`, \`"default"\`). */
export type OperationStatus<Id extends OperationId> = keyof Responses<Id>;

/** The body operation \`Id\` sends with \`Status\` (as \`Media\`, by default any of that status's media types). */
export type OperationResponseBody<
  Id extends OperationId,
  Status extends OperationStatus<Id>,
  Media extends keyof Responses<Id>[Status] = keyof Responses<Id>[Status],
> = Parsed<Responses<Id>[Status][Media]>;

/**
 * A response a handler of operation \`Id\` may send: one of its statuses, one of that status's media
 * types and the body, as validated; a status without a body has neither.
 */
export type OperationResponse<Id extends OperationId> = Id extends OperationId
  ? ResponseOf<Id>
  : never;
// Distributed over \`Id\` above: a handler's \`{ status: 200 }\` then keeps its literal status while tsc infers \`Id\`.
type ResponseOf<Id extends OperationId> = {
  [Status in OperationStatus<Id>]: [keyof Responses<Id>[Status]] extends [never]
    ? { status: Status; mediaType?: undefined; body?: undefined }
    : {
        [Media in keyof Responses<Id>[Status]]: {
          status: Status;
          mediaType: Media;
          body: Parsed<Responses<Id>[Status][Media]>;
        };
      }[keyof Responses<Id>[Status]];
}[OperationStatus<Id>];

/** What a server received, as its framework hands it over: text values (a repeated key's as an array). */
export interface ReceivedRequest {
  path?: unknown;
  query?: unknown;
  headers?: unknown;
  cookies?: unknown;
  querystring?: unknown;
  /** The parsed body; absent when none was sent. */
  body?: unknown;
  /** The body's media type (parameters such as \`charset\` are ignored); by default the operation's first. */
  mediaType?: string;
}

/**
 * Validates what a server received for operation \`id\`: each group of parameters the operation has,
 * and the body of the media type received. The result is typed for \`id\`, so generic route code needs
 * no cast. A body the operation does not require may be absent.
 */
export function parseRequest<Id extends OperationId>(
  id: Id,
  received: ReceivedRequest,
): z.ZodSafeParseResult<OperationRequest<Id>> {
  // Read as plain validators: relating every entry of the table to this shape would cost tsc more than the rest of parseRequest.
  const entry = operations[id] as unknown as {
    parameters: Partial<Record<ParameterLocation, z.core.SomeType>>;
    body?: Record<string, z.core.SomeType>;
  };
  const issues: z.core.$ZodIssue[] = [];
  const data: Record<string, unknown> = {};
  const check = (key: string, schema: z.core.SomeType, value: unknown) => {
    const result = z.safeParse(schema as z.core.$ZodType, value);
    if (result.success) data[key] = result.data;
    else
      issues.push(
        ...result.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })),
      );
  };
  const locations = {
    path: "path",
    query: "query",
    header: "headers",
    cookie: "cookies",
    querystring: "querystring",
  } as const;
  for (const [location, key] of Object.entries(locations)) {
    const schema = entry.parameters[location as ParameterLocation];
    if (schema) check(key, schema, received[key as keyof ReceivedRequest] ?? {});
  }
  if (entry.body) {
    const mediaType = received.mediaType?.split(";")[0]!.trim() ?? Object.keys(entry.body)[0]!;
    const key = Object.keys(entry.body).find((k) => k.toLowerCase() === mediaType.toLowerCase());
    const schema = key === undefined ? undefined : entry.body[key];
    if (
      received.body === undefined &&
      !(requiredBodies as readonly string[]).includes(id as string)
    )
      data["body"] = undefined;
    else if (schema) check("body", schema, received.body);
    else
      issues.push({
        code: "custom",
        message: \`Unsupported media type \${JSON.stringify(mediaType)}\`,
        path: ["body"],
        input: received.mediaType,
      });
  }
  if (issues.length > 0)
    return { success: false, error: new z.ZodError(issues) as z.ZodError<OperationRequest<Id>> };
  return { success: true, data: data as unknown as OperationRequest<Id> };
}
`;
/** The segment's text for a document's operations (none: no segment). */
export function operationTypes(operations) {
    if (operations.length === 0)
        return undefined;
    const all = (list) => list.flatMap((o) => [o, ...all(o.callbacks.flatMap((c) => c.operations))]);
    const required = all(operations)
        .filter((o) => o.requestBody?.required && o.requestBody.content.length > 0)
        .map((o) => JSON.stringify(o.id));
    // As prettier lays the array out: on the line when it fits, else one id a line.
    const flat = `const requiredBodies = [${required.join(', ')}] as const;`;
    const list = flat.length <= printWidth ? flat : `const requiredBodies = [\n${required.map((r) => `  ${r},\n`).join('')}] as const;`;
    const declaration = `/** The operations whose request body is required. */\n${list}\ntype RequiredBodyOperation = (typeof requiredBodies)[number];`;
    return `${source.trimEnd()}\n\n${declaration}`;
}
//# sourceMappingURL=operation-types.js.map