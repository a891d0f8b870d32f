#!/usr/bin/env node
/**
 * `node test/bench/stages.mjs FILE...`: structgen's time by stage on one document, in one process (after
 * loading the modules): load (read the file, parse JSON or YAML), read (the format's reader to a Model),
 * passes, then each target's emit and the layout of its files, from `generate`'s progress events.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (file) => import(pathToFileURL(path.join(root, 'dist', file)).href);
const { loadDocument, readDocument } = await dist('read/index.js');
const { runPasses } = await dist('passes/index.js');
const { generate } = await dist('index.js');

for (const input of process.argv.slice(2)) {
  const file = path.resolve(input);
  const bytes = readFileSync(file).length;
  const t0 = performance.now();
  const loaded = await loadDocument(file, root);
  const t1 = performance.now();
  const read = await readDocument(loaded.document, { cwd: root, location: file });
  const t2 = performance.now();
  const model = runPasses(read.model);
  const t3 = performance.now();
  const marks = [];
  const start = performance.now();
  await generate({ input: file, cwd: root, onProgress: (e) => marks.push({ ...e, at: performance.now() }) });
  const end = performance.now();
  const stages = [
    ['load (parse)', t1 - t0],
    ['read to Model', t2 - t1],
    ['passes', t3 - t2],
  ];
  // generate() loads, reads and runs the passes again before the first event: that part is left out.
  const byStage = new Map();
  marks.forEach((m, i) => {
    const next = marks[i + 1]?.at ?? end;
    const key = m.stage === 'emit' ? `emit ${m.detail}` : 'layout (all files)';
    byStage.set(key, (byStage.get(key) ?? 0) + (next - m.at));
  });
  stages.push(...byStage);
  console.log(
    `\n${path.basename(file)} (${(bytes / 1e6).toFixed(2)} MB, ${model.definitions.length} definitions); generate() in all ${((end - start) / 1000).toFixed(2)} s`,
  );
  for (const [stage, ms] of stages) console.log(`  ${stage.padEnd(24)} ${(ms / 1000).toFixed(2)} s`);
}
