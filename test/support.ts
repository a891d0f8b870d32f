import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedData = path.resolve(root, '../shared/data');

/**
 * Tests that need ../shared/data skip with a message naming them (`what`) when it is absent, as in a
 * user's clone; in CI (CI set) its absence fails the run instead, since there these tests must run.
 */
export function sharedDataMissing(what: string): string | undefined {
  if (existsSync(sharedData)) return undefined;
  const message = `skipped ${what}: ${sharedData} is absent (it sits beside the project in CI)`;
  if (process.env['CI']) throw new Error(`${message}, but CI must run these tests`);
  console.warn(message);
  return message;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same numbers on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Ajv as a user would run it on our JSON Schema: 2020-12 with format validation, default options otherwise. */
export function compileJsonSchema(schema: object): (data: unknown) => boolean {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => validate(data) as boolean;
}

export interface Instance {
  file: string;
  data: unknown;
}

/** `dir/valid/*.json` or `dir/invalid/*.json`, parsed (JSON.parse keeps `__proto__` as an own key). */
export function instances(dir: string, kind: 'valid' | 'invalid'): Instance[] {
  const folder = path.join(dir, kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file: `${kind}/${file}`, data: JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as unknown }));
}

export interface ZodModule {
  [name: string]: { safeParse(data: unknown): { success: boolean } };
}

const noCheck = /^\/\/ @ts-nocheck$/m;

/**
 * Type-checks files with `tsc --strict` semantics plus the stricter settings users run (unchecked index
 * access, unused locals and parameters) and returns the diagnostics as text; `[]` means it compiles. A
 * `// @ts-nocheck` line (generated types.ts has one) does not turn the check off here.
 */
export async function typecheck(files: string[], extra: Record<string, unknown> = {}): Promise<string[]> {
  const ts = (await import('typescript')).default;
  const options: import('typescript').CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    ...extra,
  };
  // Generated types.ts says `// @ts-nocheck` (a user's build need not check it again); here it is checked.
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, create) => {
    const text = ts.sys.readFile(fileName);
    if (text === undefined || !noCheck.test(text)) return getSourceFile(fileName, language, onError, create);
    return ts.createSourceFile(fileName, text.replace(noCheck, '// (checked by the tests)'), language);
  };
  const program = ts.createProgram(files, options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}`
        : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** Every `.ts` file below `dir`. */
export function tsFilesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The JSON Schema Test Suite's remotes/ as its harness serves them (`http://localhost:1234/<path>`), for
 * the refRemote groups; with `metaSchemas`, the drafts' meta-schemas too (Ajv's copies, under their ids).
 */
export function suiteRemotes(options: { metaSchemas?: boolean } = {}): Record<string, unknown> {
  const documents: Record<string, unknown> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.json'))
        documents[`http://localhost:1234/${prefix}${entry.name}`] = JSON.parse(readFileSync(path.join(dir, entry.name), 'utf8'));
    }
  };
  walk(path.join(sharedData, 'json-schema-test-suite', 'remotes'), '');
  if (!options.metaSchemas) return documents;
  const refs = path.join(root, 'node_modules/ajv/dist/refs');
  for (const file of [
    'json-schema-draft-06.json',
    'json-schema-draft-07.json',
    ...['json-schema-2019-09', 'json-schema-2020-12'].flatMap((d) => [
      `${d}/schema.json`,
      ...readdirSync(path.join(refs, d, 'meta')).map((f) => `${d}/meta/${f}`),
    ]),
  ]) {
    const document = JSON.parse(readFileSync(path.join(refs, file), 'utf8')) as { $id: string };
    documents[document.$id.replace(/#$/, '')] = document;
  }
  return documents;
}
