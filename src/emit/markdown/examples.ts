/**
 * The examples a document gives for parameters, request bodies and responses, each checked the way the
 * generated validators check a value: Ajv (2020-12, ajv-formats) on the JSON Schema that the json-schema
 * target writes for the same model, which the tests hold to the Zod validators' verdicts. Nothing of the
 * spec is evaluated as code. An example the schema rejects is marked in the docs and reported as a
 * located `invalid-example` warning, so docs and validators cannot disagree silently.
 *
 * The verdicts are computed once per model (a run's model is one object; the cache is keyed by it and
 * dies with it): the API asks for the warnings, the docs emitter for the marks.
 */
import { createRequire } from 'node:module';
import { diagnostic, type Diagnostic } from '../../diagnostics/index.js';
import type { Definition, Example, JsonValue, Model, Operation, TypeNode } from '../../model/index.js';
import { slowPatternWarning } from '../../read/patterns.js';
import { refTo, schemaOf } from '../json-schema/emit-json-schema.js';

/** An example, the type it is written for, and where it sits (for the message). */
export interface CheckedExample {
  example: Example;
  type: TypeNode;
  /** `GET /pets: parameter limit`, `POST /pets: request body application/json`. */
  place: string;
}

const verdicts = new WeakMap<Model, Map<Example, string | undefined>>();

/** Each example of the model's operations mapped to the validator's first complaint, or undefined when it passes. */
export function exampleVerdicts(model: Model): Map<Example, string | undefined> {
  let found = verdicts.get(model);
  if (!found) verdicts.set(model, (found = check(model, operationExamples(model))));
  return found;
}

/** The `invalid-example` warnings of a model (their file and pointer set; the caller adds line and column). */
export function checkExamples(model: Model): Diagnostic[] {
  const results = exampleVerdicts(model);
  return operationExamples(model).flatMap(({ example, place }) => {
    const problem = results.get(example);
    if (problem === undefined) return [];
    return [
      diagnostic('invalid-example', {
        message: `${place}: the example${example.name !== undefined ? ` ${JSON.stringify(example.name)}` : ''} does not match its schema: ${problem}`,
        file: example.origin.document,
        pointer: example.origin.pointer,
      }),
    ];
  });
}

/** Every located example of the model's operations, webhooks and callbacks, in document order. */
export function operationExamples(model: Model): CheckedExample[] {
  const definitions = new Map(model.definitions.map((d) => [d.name, d]));
  const out: CheckedExample[] = [];
  const visit = (operation: Operation) => {
    const at = `${operation.method.toUpperCase()} ${operation.path}`;
    for (const group of operation.parameters)
      for (const parameter of group.parameters) {
        if (!parameter.examples || parameter.mediaType !== undefined) continue;
        const type = parameterType(group.type, parameter.name, definitions);
        for (const example of parameter.examples) out.push({ example, type, place: `${at}: parameter ${parameter.name}` });
      }
    for (const media of operation.requestBody?.content ?? [])
      for (const example of media.examples ?? []) out.push({ example, type: media.type, place: `${at}: request body ${media.mediaType}` });
    for (const response of operation.responses)
      for (const media of response.content)
        for (const example of media.examples ?? [])
          out.push({ example, type: media.type, place: `${at}: response ${response.status} ${media.mediaType}` });
    for (const callback of operation.callbacks) callback.operations.forEach(visit);
  };
  [...model.operations, ...model.webhooks].forEach(visit);
  return out;
}

/** The type of one parameter: the same-named property of its group's object definition. */
export function parameterType(group: TypeNode, name: string, definitions: ReadonlyMap<string, Definition>): TypeNode {
  const object = group.kind === 'ref' ? definitions.get(group.target)?.type : group;
  return (object?.kind === 'object' ? object.properties.find((p) => p.name === name)?.type : undefined) ?? { kind: 'any' };
}

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
interface AjvLike {
  addSchema(schema: object): unknown;
  getSchema(ref: string): Validate | undefined;
}

function check(model: Model, examples: CheckedExample[]): Map<Example, string | undefined> {
  const results = new Map<Example, string | undefined>();
  if (examples.length === 0) return results;
  const ajv = loadAjv();
  if (!ajv) return results;
  // Every definition as the json-schema target writes it, and each example's own type beside them
  // under a name no definition can have (definitions are keyed by their names, which never hold a NUL).
  const defs: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const def of model.definitions) defs[def.name] = schemaOf(def.type);
  const refs = examples.map(({ type }, i) => {
    if (type.kind === 'ref') return refTo(type.target);
    const name = `\u0000example-${i}`;
    defs[name] = schemaOf(type);
    return refTo(name);
  });
  const id = 'urn:structgen:docs-examples';
  try {
    ajv.addSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, $defs: defs });
  } catch {
    return results;
  }
  const validators = new Map<string, Validate | undefined>();
  examples.forEach(({ example }, i) => {
    const ref = refs[i]!;
    if (!validators.has(ref)) {
      let validate: Validate | undefined;
      try {
        validate = ajv.getSchema(`${id}${ref}`);
      } catch {
        validate = undefined; // a pattern Ajv cannot compile, or code generation switched off: no verdict
      }
      validators.set(ref, validate);
    }
    const validate = validators.get(ref);
    let valid: boolean;
    try {
      valid = validate === undefined || validate(example.value as JsonValue);
    } catch (error) {
      if (!(error instanceof UncheckedPattern)) throw error;
      valid = true; // no verdict: see slowPatternLimit
    }
    if (valid || validate === undefined) return results.set(example, undefined);
    const error = validate.errors?.[0];
    results.set(
      example,
      error ? `${error.instancePath === '' ? 'the value' : error.instancePath} ${error.message ?? 'is invalid'}` : 'rejected',
    );
  });
  return results;
}

/**
 * Longest string a pattern that can backtrack exponentially (`slow-pattern`) is run on here: Ajv runs
 * patterns with the engine's RegExp, and `^(a+)+$` on a near-miss of 30 characters would hold the run for
 * minutes. zod.ts runs such patterns with its linear `linearPattern`; this check gives no verdict on a
 * longer string instead (the `slow-pattern` warning already names the pattern).
 */
const slowPatternLimit = 16;

class UncheckedPattern extends Error {}

/** Ajv's RegExp engine: the engine's RegExp, except for patterns that can backtrack exponentially. */
function guardedRegExp(source: string, flags: string): { test(text: string): boolean; toString(): string } {
  const regExp = new RegExp(source, flags);
  if (slowPatternWarning(source) === undefined) return regExp;
  return {
    test(text: string) {
      if (text.length > slowPatternLimit) throw new UncheckedPattern(source);
      return regExp.test(text);
    },
    // Ajv keys the patterns of a schema by this text.
    toString: () => `/${source}/${flags} (guarded)`,
  };
}
guardedRegExp.code = 'guardedRegExp';

/** Ajv 2020 with ajv-formats, required when a document first has examples (a run without any never loads it). */
function loadAjv(): AjvLike | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const addFormats = require('ajv-formats') as (ajv: unknown) => unknown;
    // Quiet: Ajv's console warnings (unknown formats) would reach the CLI's output unlocated.
    const ajv = new Ajv2020({
      strict: false,
      allErrors: false,
      validateSchema: false,
      logger: false,
      code: { regExp: guardedRegExp },
    });
    (addFormats as unknown as { default?: (a: unknown) => unknown }).default?.(ajv) ?? addFormats(ajv);
    return ajv as unknown as AjvLike;
  } catch {
    return undefined;
  }
}
