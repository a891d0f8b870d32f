#!/usr/bin/env node
/**
 * `npm run conformance`: the JSON Schema Test Suite through structgen, for drafts 4, 6, 7, 2019-09 and 2020-12.
 * Each group's schema is generated as a JSON Schema input in the draft's dialect; every test's data is then
 * judged by the generated Zod validator, by Ajv on the generated JSON Schema, and (the baseline) by Ajv on
 * the original schema with the Ajv class of that draft. Each draft reports three folders separately:
 * core (the required keywords), optional (without format) and optional/format. Formats assert only in the
 * format folder (structgen's assertFormats; Ajv with ajv-formats), as the suite expects: elsewhere
 * `format` is an annotation, and neither Ajv gets ajv-formats.
 *
 *   node test/conformance/run.mjs [draft folder ...] [--quiet] [--by-file]
 *
 * With no folder, the three drafts under ../shared/data/json-schema-test-suite. Prints a table per draft,
 * internal errors (structgen bugs), and (unless --quiet) each case the Zod target or Ajv on our JSON
 * Schema gets wrong, with a one-line reason. `remotes/` are served from memory; nothing is fetched.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { generate } from '../../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suiteRoot = path.resolve(root, '../shared/data/json-schema-test-suite');
const arguments_ = process.argv.slice(2);
const quiet = arguments_.includes('--quiet');
const byFile = arguments_.includes('--by-file');
const given = arguments_.filter((a) => !a.startsWith('--'));
const drafts = (
  given.length > 0 ? given : ['draft4', 'draft6', 'draft7', 'draft2019-09', 'draft2020-12'].map((d) => path.join(suiteRoot, d))
).map((d) => path.resolve(root, d));
const scratch = path.join(root, 'test/.tmp/conformance');

/** Per draft folder: structgen's dialect name and the Ajv class for the original schemas. */
const draftInfo = {
  // Ajv 8 has no draft-04 class (that is the ajv-draft-04 package): the baseline column says n/a there.
  draft4: { dialect: 'draft-04', Ajv: undefined },
  draft6: { dialect: 'draft-06', Ajv, metaSchema: 'json-schema-draft-06.json' },
  draft7: { dialect: 'draft-07', Ajv },
  'draft2019-09': { dialect: '2019-09', Ajv: Ajv2019 },
  'draft2020-12': { dialect: '2020-12', Ajv: Ajv2020 },
};

/** remotes/ as the suite's own harness serves them: http://localhost:1234/<path>. */
function remotes(dir) {
  const documents = {};
  const walk = (folder, prefix) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.json'))
        documents[`http://localhost:1234/${prefix}${entry.name}`] = JSON.parse(readFileSync(path.join(folder, entry.name), 'utf8'));
    }
  };
  try {
    walk(dir, '');
  } catch {
    // No remotes: refRemote cases will fail and say why.
  }
  // The meta-schemas, as the suite's harness provides them (Ajv's own copies; never fetched).
  const refs = path.join(root, 'node_modules/ajv/dist/refs');
  const metaSchemas = ['json-schema-draft-06.json', 'json-schema-draft-07.json', 'json-schema-2019-09', 'json-schema-2020-12'].flatMap(
    (name) =>
      name.endsWith('.json')
        ? [path.join(refs, name)]
        : [
            path.join(refs, name, 'schema.json'),
            ...readdirSync(path.join(refs, name, 'meta')).map((f) => path.join(refs, name, 'meta', f)),
          ],
  );
  for (const file of metaSchemas) {
    const document = JSON.parse(readFileSync(file, 'utf8'));
    documents[document.$id.replace(/#$/, '')] = document;
  }
  return documents;
}

/** A draft's files by folder: core (top level), optional (without format/), format (optional/format/). */
function suiteFiles(dir) {
  const list = (folder) =>
    readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => e.name)
      .sort();
  const folders = { core: list(dir).map((f) => f) };
  try {
    folders.optional = list(path.join(dir, 'optional')).map((f) => `optional/${f}`);
  } catch {
    folders.optional = [];
  }
  try {
    folders.format = list(path.join(dir, 'optional/format')).map((f) => `optional/format/${f}`);
  } catch {
    folders.format = [];
  }
  return folders;
}

/** An Ajv for the original schema, with the suite's remotes it names registered. */
function originalValidator(info, schema, remoteDocuments, assertFormats) {
  if (info.Ajv === undefined) return undefined;
  const ajv = new info.Ajv({ strict: false, logger: false, validateFormats: assertFormats });
  if (info.metaSchema) ajv.addMetaSchema(JSON.parse(readFileSync(path.join(root, 'node_modules/ajv/dist/refs', info.metaSchema), 'utf8')));
  if (assertFormats) addFormats(ajv);
  const text = JSON.stringify(schema);
  if (text.includes('localhost:1234')) {
    for (const [uri, document] of Object.entries(remoteDocuments)) {
      try {
        ajv.addSchema(document, uri);
      } catch {
        // A remote of another draft, or one whose $id another remote already registered.
      }
    }
  }
  return ajv.compile(schema);
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
let module = 0;
const crashes = [];
const failures = [];
const summaries = [];

for (const draftDir of drafts) {
  const draft = path.basename(draftDir);
  const info = draftInfo[draft] ?? draftInfo['draft2020-12'];
  const remoteDocuments = remotes(path.resolve(draftDir, '../remotes'));
  const folders = suiteFiles(draftDir);
  const summary = { draft, folders: [] };
  for (const [folder, files] of Object.entries(folders)) {
    const assertFormats = folder === 'format';
    const totals = { folder, cases: 0, zod: 0, ajv: 0, original: 0, rows: [] };
    for (const file of files) {
      const groups = JSON.parse(readFileSync(path.join(draftDir, file), 'utf8'));
      const row = { file: file.replace(/\.json$/, ''), cases: 0, zod: 0, ajv: 0, original: 0 };
      for (const [index, group] of groups.entries()) {
        const name = `${path.basename(file, '.json')}-${index}`;
        let zodCheck;
        let ajvCheck;
        let originalCheck;
        let reason = '';
        try {
          originalCheck = originalValidator(info, group.schema, remoteDocuments, assertFormats);
        } catch (error) {
          originalCheck = () => `Ajv cannot compile it: ${String(error.message ?? error).slice(0, 60)}`;
        }
        try {
          const result = await generate({
            input: { document: group.schema, name: `${name}.json` },
            format: 'json-schema',
            dialect: info.dialect,
            targets: ['ts', 'zod', 'json-schema'],
            remoteDocuments,
            cwd: root,
            assertFormats,
          });
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          if (errors.length > 0 || !result.entryPoints?.length)
            throw new Error(`not generated: ${errors[0]?.code ?? 'no root'} ${errors[0]?.message ?? ''}`);
          const unsupported = result.diagnostics.filter((d) => d.code === 'unsupported-keyword').map((d) => d.message.split(' ')[0]);
          if (unsupported.length > 0) reason = `unsupported ${[...new Set(unsupported)].join(', ')}`;
          const zodSource = result.files.find((f) => f.path === 'zod.ts').contents;
          const js = ts.transpileModule(zodSource, {
            compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
          }).outputText;
          const modulePath = path.join(scratch, `m${module++}.mjs`);
          writeFileSync(modulePath, js);
          const zod = await import(pathToFileURL(modulePath).href);
          const schema = zod[result.entryPoints[0].zodSchema];
          zodCheck = (data) => schema.safeParse(data).success;
          // Our JSON Schema is 2020-12 whatever the input's draft; ajv-formats where formats assert, as users run it.
          const ajv = new Ajv2020({ strict: false, logger: false, validateFormats: assertFormats });
          if (assertFormats) addFormats(ajv);
          const validate = ajv.compile(JSON.parse(result.files.find((f) => f.path === 'schema.json').contents));
          ajvCheck = (data) => validate(data);
        } catch (error) {
          reason = String(error.message ?? error)
            .split('\n')[0]
            .slice(0, 160);
          // A thrown Error from generate() is a bug in structgen (bad input gives diagnostics instead).
          if (!reason.startsWith('not generated')) crashes.push(`${draft}/${row.file} #${index}: ${reason}`);
        }
        for (const test of group.tests) {
          row.cases++;
          const judge = (check) => {
            if (!check) return undefined;
            try {
              return check(test.data);
            } catch (error) {
              return `threw ${String(error.message ?? error).slice(0, 80)}`;
            }
          };
          const verdict = (v) => (typeof v === 'string' ? v : v === undefined ? 'n/a' : v ? 'valid' : 'invalid');
          const zodVerdict = judge(zodCheck);
          const ajvVerdict = judge(ajvCheck);
          const originalVerdict = judge(originalCheck);
          if (zodVerdict === test.valid) row.zod++;
          if (ajvVerdict === test.valid) row.ajv++;
          if (originalVerdict === test.valid) row.original++;
          if (zodVerdict !== test.valid || ajvVerdict !== test.valid) {
            const who =
              zodVerdict !== test.valid && ajvVerdict !== test.valid
                ? `Zod ${verdict(zodVerdict)}, Ajv on ours ${verdict(ajvVerdict)}`
                : zodVerdict !== test.valid
                  ? `Zod ${verdict(zodVerdict)}`
                  : `Ajv on ours ${verdict(ajvVerdict)}`;
            failures.push(
              `${draft}/${row.file}: ${group.description} / ${test.description}: want ${test.valid ? 'valid' : 'invalid'}, ${who}${originalVerdict === test.valid ? '' : ' (Ajv on the original also wrong)'}${reason ? ` (${reason})` : ''}`,
            );
          }
        }
      }
      for (const key of ['cases', 'zod', 'ajv', 'original']) totals[key] += row[key];
      totals.rows.push(row);
    }
    summary.folders.push(totals);
  }
  summaries.push(summary);
}

const pct = (n, d) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1)}%`.padStart(6));
const line = (label, r) =>
  `${label.padEnd(28)} ${String(r.cases).padStart(5)}  ${pct(r.zod, r.cases)}  ${pct(r.ajv, r.cases).padStart(11)}  ${pct(r.original, r.cases).padStart(16)}`;
for (const { draft, folders } of summaries) {
  console.log(`\n${draft}`);
  console.log(`${'folder'.padEnd(28)} ${'cases'.padStart(5)}  ${'Zod'.padStart(6)}  ${'Ajv on ours'}  ${'Ajv on original'.padStart(16)}`);
  for (const folder of folders) {
    if (byFile) for (const row of folder.rows) console.log(line(`  ${row.file}`, row));
    console.log(
      line(folder.folder, folder).replace(
        /\s+0\.0%$/,
        draftInfo[draft]?.Ajv === undefined && draftInfo[draft] ? '               n/a' : '$&',
      ),
    );
  }
}
console.log(`\ninternal errors (structgen bugs): ${crashes.length}`);
for (const crash of crashes) console.log(`  ${crash}`);
if (!quiet) {
  console.log(`\nCases the generated Zod validator or Ajv on our JSON Schema gets wrong (${failures.length}):`);
  for (const failure of failures) console.log(`  ${failure}`);
}
