#!/usr/bin/env node
/**
 * `npm run conformance`: the JSON Schema Test Suite (draft 2020-12, required keywords) through structgen.
 * Each group's schema is generated as a JSON Schema input; every test's data is then judged by the
 * generated Zod validator and by Ajv (2020, default options) on the generated JSON Schema. Prints
 * per-keyword and total pass rates, and each case the Zod target fails with a one-line reason.
 * `remotes/` are served from memory; nothing is fetched.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { generate } from '../../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suiteArgument = process.argv.slice(2).find((a) => !a.startsWith('--'));
const suite = path.resolve(root, suiteArgument ?? '../shared/data/json-schema-test-suite/draft2020-12');
const remotesDir = path.resolve(suite, '../remotes');
const scratch = path.join(root, 'test/.tmp/conformance');
const quiet = process.argv.includes('--quiet');
// The suite's optional/format tests expect formats to assert: structgen's --assert-formats.
const assertFormats = process.argv.includes('--assert-formats') || /optional[\\/]format/.test(suite);

/** remotes/ as the suite's own harness serves them: http://localhost:1234/<path>. */
function remotes() {
  const documents = {};
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.json'))
        documents[`http://localhost:1234/${prefix}${entry.name}`] = JSON.parse(readFileSync(path.join(dir, entry.name), 'utf8'));
    }
  };
  try {
    walk(remotesDir, '');
  } catch {
    // No remotes: refRemote cases will fail and say why.
  }
  return documents;
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const remoteDocuments = remotes();
/** The suite's files, with those in subfolders (optional/, optional/format/) as `folder/name.json`. */
function suiteFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? suiteFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.json') ? [`${prefix}${e.name}`] : [],
    );
}
const files = suiteFiles(suite);
const crashes = [];
const totals = { cases: 0, zod: 0, ajv: 0 };
const rows = [];
const failures = [];
let module = 0;

for (const file of files) {
  const groups = JSON.parse(readFileSync(path.join(suite, file), 'utf8'));
  const row = { keyword: file.replace(/\.json$/, ''), cases: 0, zod: 0, ajv: 0 };
  for (const [index, group] of groups.entries()) {
    const name = `${row.keyword}-${index}`;
    let zodCheck;
    let ajvCheck;
    let reason = '';
    try {
      const result = await generate({
        input: { document: group.schema, name: `${name}.json` },
        format: 'json-schema',
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
      const ajv = new Ajv2020({ strict: false, logger: false });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(result.files.find((f) => f.path === 'schema.json').contents));
      ajvCheck = (data) => validate(data);
    } catch (error) {
      reason = String(error.message ?? error)
        .split('\n')[0]
        .slice(0, 160);
      // A thrown Error from generate() is a bug in structgen (bad input gives diagnostics instead).
      if (!reason.startsWith('not generated')) crashes.push(`${row.keyword} #${index}: ${reason}`);
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
      const zodVerdict = judge(zodCheck);
      const ajvVerdict = judge(ajvCheck);
      if (zodVerdict === test.valid) row.zod++;
      else
        failures.push(
          `${row.keyword}: ${group.description} / ${test.description}: want ${test.valid ? 'valid' : 'invalid'}, Zod ${typeof zodVerdict === 'string' ? zodVerdict : zodVerdict === undefined ? 'n/a' : zodVerdict ? 'valid' : 'invalid'}${reason ? ` (${reason})` : ''}`,
        );
      if (ajvVerdict === test.valid) row.ajv++;
    }
  }
  totals.cases += row.cases;
  totals.zod += row.zod;
  totals.ajv += row.ajv;
  rows.push(row);
}

const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`.padStart(6);
console.log(`${'keyword'.padEnd(24)} ${'cases'.padStart(5)}  ${'Zod'.padStart(6)}  ${'Ajv on our JSON Schema'}`);
for (const row of rows)
  console.log(`${row.keyword.padEnd(24)} ${String(row.cases).padStart(5)}  ${pct(row.zod, row.cases)}  ${pct(row.ajv, row.cases)}`);
console.log(
  `${'total'.padEnd(24)} ${String(totals.cases).padStart(5)}  ${pct(totals.zod, totals.cases)}  ${pct(totals.ajv, totals.cases)}`,
);
console.log(`\ninternal errors (structgen bugs): ${crashes.length}`);
for (const crash of crashes) console.log(`  ${crash}`);
if (!quiet) {
  console.log(`\nCases the generated Zod validators get wrong (${failures.length}):`);
  for (const failure of failures) console.log(`  ${failure}`);
}
