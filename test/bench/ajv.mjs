/** Ajv as a user would run it on structgen's schema.json: 2020-12 with formats, default options otherwise. */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

export function compileJsonSchema(schema) {
  const ajv = new Ajv2020({ strict: false, logger: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
