#!/usr/bin/env node
/**
 * `npm run bench`: structgen (all four targets, formatted) against openapi-typescript (types) and
 * @hey-api/openapi-ts (types + Zod), and structgen writing types.ts alone (openapi-typescript's job), alternating run by run on each input (each round starting with the
 * next tool), each tool as its own process under GNU time: medians (and min–max) of wall time, CPU time
 * and peak RSS, and the ratios. Inputs: the Letta spec with its operations, the corpus's discord.json, a
 * seeded synthetic spec of 2,000 varied schemas (./synthetic.mjs) and the Letta spec's schemas copied 16
 * times. Then structgen's time per schema against size (synthetic specs of 347 to 5,000 schemas), and
 * `tsc --noEmit --strict` over types.ts (as written, with its `// @ts-nocheck`, and checked in full)
 * against openapi-typescript's output and over zod.ts against hey-api's.
 *
 * Then YAML inputs (the synthetic spec written as YAML, docusign-v2.yaml, magento-2.1.yaml) and the large
 * real JSON specs of ../shared/data/openapi-corpus-large (zuora, compute, ec2, bungie) against
 * openapi-typescript, and the validation bench (./validation.mjs): generated Zod against Ajv and hey-api's Zod.
 *
 * BENCH_RUNS sets the runs per tool and input (default 5; the two large inputs take at most 3).
 * BENCH_ONLY=letta,discord,synthetic,letta16,synthetic-yaml,docusign,magento,zuora,compute,ec2,bungie,scaling,validation
 * picks inputs. Machines are noisy: compare the ratios, measured side by
 * side, more than the absolute figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { syntheticSpec } from './synthetic.mjs';
import { validationBench } from './validation.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared/data');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const only = process.env.BENCH_ONLY?.split(',');
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
    maxBuffer: 256 * 1024 * 1024,
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
  {
    // openapi-typescript's own job, for its users: the same one file of types.
    name: 'structgen (types.ts only)',
    run: (input, out) =>
      measure(node, [path.join(root, 'dist/cli/main.js'), 'generate', input, '--out', out, '--targets', 'ts', '--quiet']),
  },
];

/** The Letta spec's component schemas copied `factor` times under new names, their refs rewritten to the copies. */
function scaledLetta(factor) {
  const document = JSON.parse(readFileSync(path.join(shared, 'letta-openapi.json'), 'utf8'));
  const schemas = document.components.schemas;
  const copy = { ...document, paths: {}, components: { ...document.components, schemas: {} } };
  for (let k = 0; k < factor; k++) {
    const suffix = k === 0 ? '' : `_${k}`;
    for (const [name, schema] of Object.entries(schemas)) {
      copy.components.schemas[name + suffix] = JSON.parse(
        JSON.stringify(schema).replace(/"#\/components\/schemas\/([^"]+)"/g, (_, target) => `"#/components/schemas/${target}${suffix}"`),
      );
    }
  }
  return write(`letta-x${factor}.json`, copy);
}

function write(name, document) {
  const file = path.join(scratch, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

const schemasOf = (file) => Object.keys(JSON.parse(readFileSync(file, 'utf8')).components?.schemas ?? {}).length;

const inputs = [
  { key: 'letta', name: 'Letta (347 schemas, 302 operations)', file: path.join(shared, 'letta-openapi.json'), runs },
  { key: 'discord', name: 'discord.json (539 schemas, 242 operations)', file: path.join(shared, 'openapi-corpus/discord.json'), runs },
  {
    key: 'synthetic',
    name: 'synthetic (2,000 schemas, seed 2026)',
    file: () => write('synthetic-2000.json', syntheticSpec({ schemas: 2000 })),
    // Five even when more are asked: hey-api takes half a minute a run here.
    runs: Math.min(runs, 5),
  },
  { key: 'letta16', name: 'Letta ×16 (5,552 schemas)', file: () => scaledLetta(16), runs: Math.min(runs, 3) },
  // YAML inputs, and the large real specs; hey-api is left out of these (minutes a run), the bar being
  // openapi-typescript's.
  {
    key: 'synthetic-yaml',
    name: 'synthetic as YAML (2,000 schemas)',
    file: () => {
      const file = path.join(scratch, 'synthetic-2000.yaml');
      writeFileSync(file, toYaml(syntheticSpec({ schemas: 2000 }), { aliasDuplicateObjects: false, lineWidth: 0 }));
      return file;
    },
    runs: Math.min(runs, 5),
    heyApi: false,
  },
  ...[
    ['docusign', 'docusign-v2.yaml'],
    ['magento', 'magento-2.1.yaml'],
    ['zuora', 'zuora-2017-09-06.json'],
    ['compute', 'googleapis-compute-v1.json'],
    ['ec2', 'amazonaws-ec2-2016-11-15.json'],
    ['bungie', 'bungie-2.0.0.json'],
  ].map(([key, file]) => ({
    key,
    name: `${file}`,
    file: path.join(shared, 'openapi-corpus-large', file),
    runs: Math.min(runs, 5),
    heyApi: false,
  })),
].filter((i) => !only || only.includes(i.key));

const summary = [];
for (const input of inputs) {
  const file = typeof input.file === 'function' ? input.file() : input.file;
  console.log(`\n${input.name}: ${input.runs} runs each, alternating`);
  const results = tools.map(() => ({ wall: [], cpu: [], rss: [] }));
  const used = tools.map((_, t) => t).filter((t) => input.heyApi !== false || t !== 2);
  for (let i = 0; i < input.runs; i++) {
    // Each round starts with the next tool, so no tool always runs right after the same one (hey-api's
    // half-minute, 640 MB runs leave the machine slower for whatever follows them).
    for (let k = 0; k < used.length; k++) {
      const t = used[(i + k) % used.length];
      const m = tools[t].run(file, path.join(scratch, `${input.key}-${t}`));
      for (const key of ['wall', 'cpu', 'rss']) results[t][key].push(m[key]);
    }
  }
  console.log(`  ${'tool'.padEnd(34)} ${'wall s (min–max)'.padEnd(22)} ${'CPU s'.padEnd(8)} peak RSS MiB`);
  tools.forEach((tool, t) => {
    const r = results[t];
    if (r.wall.length === 0) return;
    console.log(
      `  ${tool.name.padEnd(34)} ${`${median(r.wall).toFixed(2)} (${range(r.wall)})`.padEnd(22)} ${median(r.cpu).toFixed(2).padEnd(8)} ${median(r.rss).toFixed(0)}`,
    );
  });
  const ratio = (a, b, key) => median(results[a][key]) / median(results[b][key]);
  const line = {
    input: input.name,
    wallVsTypes: ratio(0, 1, 'wall'),
    rssVsTypes: ratio(0, 1, 'rss'),
    cpuVsTypes: ratio(0, 1, 'cpu'),
    wallVsHey: ratio(0, 2, 'wall'),
    rssVsHey: ratio(0, 2, 'rss'),
    typesOnlyWall: ratio(3, 1, 'wall'),
    typesOnlyRss: ratio(3, 1, 'rss'),
  };
  summary.push(line);
  const versusHey = input.heyApi === false ? '' : ` / hey-api: wall ${line.wallVsHey.toFixed(2)}×, RSS ${line.rssVsHey.toFixed(2)}×`;
  console.log(
    `  structgen / openapi-typescript: wall ${line.wallVsTypes.toFixed(2)}×, CPU ${line.cpuVsTypes.toFixed(2)}×, RSS ${line.rssVsTypes.toFixed(2)}×;` +
      versusHey,
  );
  console.log(
    `  structgen types.ts only / openapi-typescript: wall ${line.typesOnlyWall.toFixed(2)}×, RSS ${line.typesOnlyRss.toFixed(2)}×`,
  );

  if (input.key === 'letta' || input.key === 'synthetic') {
    // Type-checking what each generator wrote: types.ts against openapi-typescript's, zod.ts against hey-api's.
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const flags = [
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
    ];
    const out = (t, f) => path.join(scratch, `${input.key}-${t}`, f);
    // types.ts says `// @ts-nocheck`, as openapi-typescript's .d.ts is skipped under --skipLibCheck; a copy
    // without the directive shows what checking it in full costs.
    const checked = out(0, 'types-checked.ts');
    writeFileSync(checked, readFileSync(out(0, 'types.ts'), 'utf8').replace(/^\/\/ @ts-nocheck$/m, ''));
    const pairs = [
      ['types.ts', [out(0, 'types.ts')], 'openapi-typescript', [out(1, 'schema.d.ts')]],
      ['types.ts checked in full', [checked], 'openapi-typescript', [out(1, 'schema.d.ts')]],
      ['zod.ts', [out(0, 'zod.ts')], 'hey-api zod.gen.ts', [out(2, 'zod.gen.ts')]],
    ];
    for (const [ours, oursFiles, theirs, theirsFiles] of pairs) {
      const times = { ours: [], theirs: [] };
      let lastOurs;
      let lastTheirs;
      for (let i = 0; i < Math.min(input.runs, 3); i++) {
        lastOurs = measure(node, [tsc, ...flags, ...oursFiles], { mayFail: true });
        lastTheirs = measure(node, [tsc, ...flags, ...theirsFiles], { mayFail: true });
        times.ours.push(lastOurs.wall);
        times.theirs.push(lastTheirs.wall);
      }
      const errors = (m) => (m.errors > 0 ? `, ${m.errors} type errors` : '');
      console.log(
        `  tsc --strict over structgen's ${ours}: ${median(times.ours).toFixed(2)} s${errors(lastOurs)}; over ${theirs}: ` +
          `${median(times.theirs).toFixed(2)} s${errors(lastTheirs)} (${(median(times.ours) / median(times.theirs)).toFixed(2)}×)`,
      );
    }
  }
}

if (!only || only.includes('scaling')) {
  console.log(`\nstructgen time per schema against size (synthetic specs, median of ${Math.min(runs, 3)} runs)`);
  let base;
  for (const schemas of [347, 1000, 2000, 5000]) {
    const file = write(`synthetic-${schemas}.json`, syntheticSpec({ schemas }));
    const walls = [];
    for (let i = 0; i < Math.min(runs, 3); i++) walls.push(tools[0].run(file, path.join(scratch, `scaling-${schemas}`)).wall);
    const perSchema = (median(walls) * 1000) / schemasOf(file);
    base ??= perSchema;
    console.log(
      `  ${String(schemas).padStart(6)} schemas  ${median(walls).toFixed(2).padStart(7)} s  ${perSchema.toFixed(2)} ms/schema  (${(perSchema / base).toFixed(2)}× the 347-schema figure)`,
    );
  }
}

if (summary.length > 0) {
  console.log('\nstructgen / openapi-typescript (wall, RSS), per input: all four targets; types.ts only');
  for (const s of summary)
    console.log(
      `  ${s.input.padEnd(44)} wall ${s.wallVsTypes.toFixed(2)}×  RSS ${s.rssVsTypes.toFixed(2)}×;  wall ${s.typesOnlyWall.toFixed(2)}×  RSS ${s.typesOnlyRss.toFixed(2)}×`,
    );
}

if (!only || only.includes('validation')) await validationBench({ root, shared, scratch, node });
