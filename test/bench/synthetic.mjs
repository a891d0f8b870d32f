/**
 * A synthetic OpenAPI 3.1 spec with the shapes large real specs have, generated from a fixed seed so
 * every run (and every machine) sees the same document: many small objects, long enums, deep `allOf`
 * chains, objects with inline objects inside, nullable unions and discriminated unions, maps and arrays,
 * and operations over them (paths with query and path parameters, JSON bodies and responses). Used by
 * `npm run bench` and by the docs test for large documents.
 */

/** mulberry32: a small, well-known seeded generator. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nouns = [
  'Account',
  'Order',
  'Invoice',
  'Shipment',
  'Customer',
  'Product',
  'Payment',
  'Refund',
  'Ticket',
  'Session',
  'Device',
  'Report',
  'Policy',
  'Token',
  'Webhook',
  'Plan',
  'Quota',
  'Region',
  'Tenant',
  'Asset',
];
const fields = [
  'id',
  'name',
  'status',
  'created_at',
  'updated_at',
  'amount',
  'currency',
  'email',
  'note',
  'count',
  'enabled',
  'kind',
  'owner_id',
  'tags',
  'score',
  'url',
  'code',
  'label',
  'priority',
  'version',
];

/**
 * `schemas` component schemas (more definitions result: inline objects are hoisted) and about one
 * operation per five schemas.
 */
export function syntheticSpec({ schemas = 2000, seed = 2026 } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const between = (low, high) => low + Math.floor(next() * (high - low + 1));
  const names = Array.from({ length: schemas }, (_, i) => `${pick(nouns)}${pick(['', 'Item', 'Detail', 'Summary', 'Event'])}${i}`);
  const ref = (i) => ({ $ref: `#/components/schemas/${names[i]}` });
  const earlier = (i) => (i === 0 ? { type: 'string' } : ref(between(0, i - 1)));

  const primitive = () =>
    pick([
      { type: 'string' },
      { type: 'string', format: 'date-time' },
      { type: 'string', format: 'uuid' },
      { type: 'string', maxLength: between(8, 200) },
      { type: 'integer', minimum: 0 },
      { type: 'number' },
      { type: 'boolean' },
      { type: ['string', 'null'] },
      { type: 'array', items: { type: 'string' } },
    ]);
  const properties = (count, i, depth) => {
    const result = {};
    for (let k = 0; k < count; k++) {
      const name = `${pick(fields)}${k}`;
      const roll = next();
      result[name] =
        roll < 0.15 && i > 0
          ? earlier(i)
          : roll < 0.25 && depth < 3
            ? { type: 'object', description: `The ${name} part.`, properties: properties(between(2, 4), i, depth + 1) }
            : { ...primitive(), description: `The ${name} of this ${names[i] ?? 'thing'}.` };
    }
    return result;
  };

  const components = {};
  for (let i = 0; i < schemas; i++) {
    const roll = next();
    let schema;
    if (roll < 0.4) {
      const props = properties(between(2, 8), i, 0);
      schema = { type: 'object', required: Object.keys(props).slice(0, between(0, 2)), properties: props };
    } else if (roll < 0.5) {
      schema = { type: 'string', enum: Array.from({ length: between(20, 300) }, (_, k) => `${pick(fields)}_${k}`) };
    } else if (roll < 0.65 && i > 0) {
      // A chain: each allOf member refers to an earlier schema, which may itself be such a chain.
      schema = { allOf: [earlier(i), { type: 'object', properties: properties(between(1, 4), i, 0) }] };
    } else if (roll < 0.8) {
      schema = { type: 'object', properties: properties(between(3, 6), i, 1) };
      for (const key of Object.keys(schema.properties).slice(0, 2))
        schema.properties[key] = { type: 'object', properties: properties(between(2, 5), i, 1) };
    } else if (roll < 0.9 && i > 2) {
      const variants = [earlier(i), earlier(i), earlier(i)];
      schema = next() < 0.5 ? { anyOf: [...variants, { type: 'null' }] } : { oneOf: variants };
    } else {
      schema = next() < 0.5 ? { type: 'array', items: earlier(i) } : { type: 'object', additionalProperties: earlier(i) };
    }
    schema.description = `${names[i]}: a synthetic schema of the kind large specs hold.`;
    components[names[i]] = schema;
  }

  const paths = {};
  for (let p = 0; p < Math.floor(schemas / 5); p++) {
    const resource = `/v1/${pick(nouns).toLowerCase()}s${p}`;
    const target = between(0, schemas - 1);
    paths[resource] = {
      get: {
        operationId: `list${names[target]}At${p}`,
        tags: [pick(nouns).toLowerCase()],
        summary: `List ${names[target]}`,
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } },
          { name: 'cursor', in: 'query', schema: { type: ['string', 'null'] } },
        ],
        responses: {
          200: { description: 'A page.', content: { 'application/json': { schema: { type: 'array', items: ref(target) } } } },
          default: { description: 'An error.', content: { 'application/json': { schema: ref(between(0, schemas - 1)) } } },
        },
      },
      post: {
        operationId: `create${names[target]}At${p}`,
        tags: [pick(nouns).toLowerCase()],
        requestBody: { required: true, content: { 'application/json': { schema: ref(target) } } },
        responses: { 201: { description: 'Created.', content: { 'application/json': { schema: ref(target) } } } },
      },
    };
    paths[`${resource}/{id}`] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: `get${names[target]}At${p}`,
        tags: [pick(nouns).toLowerCase()],
        responses: {
          200: { description: 'The item.', content: { 'application/json': { schema: ref(target) } } },
          404: { description: 'None.' },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: `Synthetic API (${schemas} schemas, seed ${seed})`, version: '1.0.0' },
    paths,
    components: { schemas: components },
  };
}
