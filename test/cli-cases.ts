/** Inputs the CLI must refuse with a located error (exit 1, nothing written): shared by the CLI and reporter tests. */
export const flat = (fields: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ jsonStructure: '0.1', name: 'doc', entity: 'Doc', fields, ...extra }, null, 2);

export const badInputs: [file: string, text: string, message: RegExp][] = [
  ['not-json.json', '{\n  "jsonStructure": "0.1",\n  "name": oops\n}\n', /not-json\.json:3:\d+ error invalid-json/],
  ['truncated.json', '{ "jsonStructure": "0.1", ', /truncated\.json:1:\d+ error invalid-json/],
  [
    'unknown-type.json',
    flat([{ name: 'a', type: 'strnig' }]),
    /unknown-type\.json:\d+:\d+ error unknown-field-type #\/fields\/0\/type .*"strnig"[\s\S]*allowed types: string, integer/,
  ],
  [
    'duplicate.json',
    flat([
      { name: 'a', type: 'string' },
      { name: 'a', type: 'integer' },
    ]),
    /error duplicate-field #\/fields\/1\/name/,
  ],
  ['no-entity.json', JSON.stringify({ jsonStructure: '0.1', name: 'doc', fields: [] }), /error missing-entity/],
  ['bad-shape.json', flat([{ name: 'a', type: 'string', required: 'yes' }]), /error flat-schema-violation #\/fields\/0\/required/],
  ['not-a-schema.json', JSON.stringify({ hello: 'world' }), /error unknown-format/],
  ['swagger.json', JSON.stringify({ swagger: '1.2', apis: [] }), /error not-openapi/],
  ['path-name.json', flat([], { name: '../../escape' }), /error flat-schema-violation #\/name/],
];
