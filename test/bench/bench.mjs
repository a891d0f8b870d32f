#!/usr/bin/env node
/**
 * `npm run bench`: structgen (all four targets, formatted) on the whole Letta spec, alternating in the
 * same run with openapi-typescript (types only) and @hey-api/openapi-ts (types + Zod). Each tool runs
 * as its own process under GNU time: median and min–max of wall time, CPU time and peak RSS over
 * BENCH_RUNS runs (default 5), and the ratios. Then structgen's time per schema on synthetic specs of
 * 4× and 16× the schemas, and `tsc --noEmit` over structgen's and hey-api's whole-spec output.
 * Machines are noisy: compare the ratios, measured side by side, more than the absolute figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const spec = path.resolve(root, process.argv[2] ?? '../shared/data/letta-openapi.json');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const scratch = path.join(root, 'test/.tmp/bench');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });

const node = process.execPath;
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

/** Runs a command under GNU time; returns wall and CPU seconds and peak RSS in MiB. */
function measure(command, args, { mayFail = false } = {}) {
  const report = path.join(scratch, 'time.txt');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, command, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 && !mayFail) throw new Error(`${[command, ...args].join(' ')} failed:\n${run.stderr}`);
  const [wall, user, system, rssKiB] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const errors = (run.stdout.match(/error TS\d+/g) ?? []).length;
  return { wall, cpu: user + system, rss: rssKiB / 1024, errors };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

const tools = [
  {
    name: 'structgen (4 targets)',
    run: (input, out) => measure(node, [path.join(root, 'dist/cli/main.js'), 'generate', input, '--out', out, '--quiet']),
  },
  {
    name: 'openapi-typescript (types)',
    run: (input, out) => measure(node, [bin('openapi-typescript', 'bin/cli.js'), input, '-o', path.join(out, 'schema.d.ts')]),
  },
  {
    name: '@hey-api/openapi-ts (types+zod)',
    run: (input, out) =>
      measure(node, [
        bin('@hey-api/openapi-ts', 'bin/run.js'),
        '-i',
        input,
        '-o',
        out,
        '-p',
        '@hey-api/typescript',
        'zod',
        '-s',
        '--no-log-file',
      ]),
  },
];

console.log(`Whole spec: ${path.relative(root, spec)}, ${runs} runs each, alternating\n`);
const results = tools.map(() => ({ wall: [], cpu: [], rss: [] }));
for (let i = 0; i < runs; i++) {
  tools.forEach((tool, t) => {
    const m = tool.run(spec, path.join(scratch, `out-${t}`));
    for (const key of ['wall', 'cpu', 'rss']) results[t][key].push(m[key]);
  });
}
console.log(`${'tool'.padEnd(34)} ${'wall s (min–max)'.padEnd(22)} ${'CPU s'.padEnd(8)} ${'peak RSS MiB'}`);
tools.forEach((tool, t) => {
  const r = results[t];
  console.log(
    `${tool.name.padEnd(34)} ${`${median(r.wall).toFixed(2)} (${range(r.wall)})`.padEnd(22)} ${median(r.cpu).toFixed(2).padEnd(8)} ${median(r.rss).toFixed(0)}`,
  );
});
const ratio = (a, b, key) => (median(results[a][key]) / median(results[b][key])).toFixed(2);
console.log(`\nstructgen / openapi-typescript: wall ${ratio(0, 1, 'wall')}×, RSS ${ratio(0, 1, 'rss')}×`);
console.log(`structgen / hey-api:            wall ${ratio(0, 2, 'wall')}×, RSS ${ratio(0, 2, 'rss')}×`);

// Synthetic specs: the schemas copied under new names, their refs rewritten to the copies.
const document = JSON.parse(readFileSync(spec, 'utf8'));
const schemas = document.components.schemas;
const names = Object.keys(schemas);
function scaled(factor) {
  const copy = { ...document, paths: {}, components: { ...document.components, schemas: {} } };
  for (let k = 0; k < factor; k++) {
    const suffix = k === 0 ? '' : `_${k}`;
    for (const name of names) {
      copy.components.schemas[name + suffix] = JSON.parse(
        JSON.stringify(schemas[name]).replace(
          /"#\/components\/schemas\/([^"]+)"/g,
          (_, target) => `"#/components/schemas/${target}${suffix}"`,
        ),
      );
    }
  }
  const file = path.join(scratch, `spec-x${factor}.json`);
  writeFileSync(file, JSON.stringify(copy));
  return file;
}
console.log(`\nstructgen time per schema (median of ${Math.min(runs, 3)} runs)`);
let base;
for (const factor of [1, 4, 16]) {
  const file = factor === 1 ? spec : scaled(factor);
  const walls = [];
  for (let i = 0; i < Math.min(runs, 3); i++) walls.push(tools[0].run(file, path.join(scratch, `scaled-${factor}`)).wall);
  const perSchema = (median(walls) * 1000) / (names.length * factor);
  base ??= perSchema;
  console.log(
    `${String(factor).padStart(3)}× ${String(names.length * factor).padStart(6)} schemas  ${median(walls).toFixed(2).padStart(7)} s  ${perSchema.toFixed(2)} ms/schema  (${(perSchema / base).toFixed(2)}× the 1× figure)`,
  );
}

// Type-checking what each generator wrote for the whole spec.
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const tscFlags = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
// Alternating, like the generators, and the median of up to 3 runs each.
const tscRuns = { ours: [], theirs: [] };
let ours;
let theirs;
for (let i = 0; i < Math.min(runs, 3); i++) {
  ours = measure(node, [tsc, ...tscFlags, path.join(scratch, 'out-0/types.ts'), path.join(scratch, 'out-0/zod.ts')], { mayFail: true });
  theirs = measure(node, [tsc, ...tscFlags, path.join(scratch, 'out-2/types.gen.ts'), path.join(scratch, 'out-2/zod.gen.ts')], {
    mayFail: true,
  });
  tscRuns.ours.push(ours.wall);
  tscRuns.theirs.push(theirs.wall);
}
const errors = (m) => (m.errors > 0 ? `, ${m.errors} type errors` : '');
console.log(
  `\ntsc --noEmit --strict (median of ${tscRuns.ours.length}): structgen types.ts + zod.ts ${median(tscRuns.ours).toFixed(2)} s${errors(ours)}; ` +
    `hey-api types.gen.ts + zod.gen.ts ${median(tscRuns.theirs).toFixed(2)} s${errors(theirs)} ` +
    `(${(median(tscRuns.ours) / median(tscRuns.theirs)).toFixed(2)}×)`,
);
