/**
 * The validation bench (`npm run bench`, or BENCH_ONLY=validation): structgen's generated Zod against Ajv
 * (compiled from the same run's schema.json) and against @hey-api/openapi-ts's Zod (where it reads the
 * input), on real payloads: the Letta payload fixtures (Letta's `Job`), the examples the shared OpenAPI
 * corpus gives for its component schemas, and a SchemaStore-like config file (tsconfig-like, a root allOf
 * of 10; hey-api reads no JSON Schema document). For each validator: the median and the worst of the
 * per-payload times (per parse, the least of `repeat` timed batches, the validators of a payload taking turns), and how
 * often its verdict is Ajv's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const repeat = 7;

/** A generated TypeScript module, transpiled next to where it was written and imported. */
async function importTs(file) {
  const out = file.replace(/\.ts$/, '.bench.mjs');
  const source = readFileSync(file, 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  // hey-api imports './x.gen' without an extension; the bench imports only the zod module, which imports only zod.
  writeFileSync(out, js);
  return import(pathToFileURL(out).href);
}

/**
 * One parse's time for each of several validators of the same payload. Each is first run until a batch
 * of its parses takes at least 2 ms (so that the clock's resolution and one interruption do not decide a
 * payload of a few microseconds, and V8 has compiled the code both share: Zod's own, for structgen and
 * hey-api alike, which whichever ran first used to pay for); then `repeat` rounds time a batch of each,
 * in an order that rotates from round to round, and the least batch per validator is divided by its size.
 */
function timesOf(parsers) {
  const batches = parsers.map((parse) => {
    parse();
    let batch = 1;
    for (; batch < 1 << 20; batch *= 2) {
      const start = performance.now();
      for (let i = 0; i < batch; i++) parse();
      if (performance.now() - start >= 2) break;
    }
    return batch;
  });
  const least = parsers.map(() => Infinity);
  for (let round = 0; round < repeat; round++) {
    for (let k = 0; k < parsers.length; k++) {
      const j = (round + k) % parsers.length;
      const start = performance.now();
      for (let i = 0; i < batches[j]; i++) parsers[j]();
      least[j] = Math.min(least[j], (performance.now() - start) / batches[j]);
    }
  }
  return least;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const pascal = (name) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/**
 * @param {{ root: string, shared: string, scratch: string, node: string }} env
 */
export async function validationBench({ root, shared, scratch, node }) {
  const { compileJsonSchema } = await import(pathToFileURL(path.join(root, 'test/bench/ajv.mjs')).href);
  const { loadDocument, readDocument } = await import(pathToFileURL(path.join(root, 'dist/read/index.js')).href);
  const { runPasses } = await import(pathToFileURL(path.join(root, 'dist/passes/index.js')).href);
  const { typeNameResolver } = await import(pathToFileURL(path.join(root, 'dist/model/index.js')).href);

  /** Each case: an input, and payloads each naming the component (definition) they are an instance of. */
  const cases = [];
  const lettaPayloads = [];
  for (const dir of ['letta-job/valid', 'letta-job-upstream/valid', 'letta-job-upstream/invalid']) {
    const folder = path.join(root, 'test/fixtures-payloads', dir);
    for (const f of readdirSync(folder).filter((f) => f.endsWith('.json')))
      lettaPayloads.push({ definition: 'Job', value: JSON.parse(readFileSync(path.join(folder, f), 'utf8')), label: `${dir}/${f}` });
  }
  cases.push({ name: 'Letta Job payloads', input: path.join(shared, 'letta-openapi.json'), payloads: lettaPayloads, heyApi: true });
  const corpus = path.join(shared, 'openapi-corpus');
  for (const f of readdirSync(corpus)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const document = JSON.parse(readFileSync(path.join(corpus, f), 'utf8'));
    const payloads = [];
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      if (schema && typeof schema === 'object' && schema.example !== undefined && typeof schema.example === 'object')
        payloads.push({ definition: name, value: schema.example, label: `${f} ${name}` });
    }
    // Media types whose schema is a component and that give an example (or examples) of it.
    const walk = (value) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      const ref = value.schema?.$ref;
      if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
        const definition = decodeURIComponent(ref.slice('#/components/schemas/'.length));
        const examples = [value.example, ...Object.values(value.examples ?? {}).map((e) => e?.value)];
        for (const example of examples)
          if (example !== undefined && typeof example === 'object')
            payloads.push({ definition, value: example, label: `${f} ${definition}` });
      }
      Object.values(value).forEach(walk);
    };
    walk(document.paths ?? {});
    if (payloads.length > 0) cases.push({ name: `${f} examples`, input: path.join(corpus, f), payloads, heyApi: true });
  }
  const tsconfig = path.join(root, 'test/fixtures-validation/tsconfig-like');
  cases.push({
    name: 'tsconfig-like (root allOf of 10)',
    input: path.join(tsconfig, 'schema.json'),
    payloads: [
      {
        definition: 'tsconfig-like',
        value: JSON.parse(readFileSync(path.join(tsconfig, 'tsconfig.json'), 'utf8')),
        label: 'tsconfig.json',
      },
    ],
    heyApi: false,
  });

  const totals = { structgen: [], ajv: [], heyApi: [], heyApiShared: [], structgenShared: [], shared: [] };
  let agree = 0;
  let compared = 0;
  let heyAgree = 0;
  let heyCompared = 0;
  console.log(`\nvalidation: per payload, per parse, the least of ${repeat} timed batches (ms)`);
  console.log(
    `  ${'input'.padEnd(40)} ${'payloads'.padEnd(9)} ${'structgen median / worst'.padEnd(26)} ${'Ajv median / worst'.padEnd(20)} hey-api median / worst`,
  );
  for (const c of cases) {
    const out = path.join(scratch, `validation-${path.basename(c.input).replace(/\W+/g, '-')}`);
    mkdirSync(out, { recursive: true });
    const run = spawnSync(
      node,
      [path.join(root, 'dist/cli/main.js'), 'generate', c.input, '--out', out, '--quiet', '--targets', 'zod,json-schema'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) {
      console.log(`  ${c.name}: structgen failed (${run.stderr.split('\n')[0]})`);
      continue;
    }
    const zod = await importTs(path.join(out, 'zod.ts'));
    const schema = JSON.parse(readFileSync(path.join(out, 'schema.json'), 'utf8'));
    const loaded = await loadDocument(c.input, root);
    const model = runPasses((await readDocument(loaded.document, { cwd: root, location: c.input })).model);
    const typeNameOf = typeNameResolver(model);
    let hey;
    if (c.heyApi) {
      const heyOut = path.join(out, 'hey-api');
      const heyRun = spawnSync(
        node,
        [
          path.join(root, 'node_modules/@hey-api/openapi-ts/bin/run.js'),
          '-i',
          c.input,
          '-o',
          heyOut,
          '-p',
          '@hey-api/typescript',
          'zod',
          '-s',
          '--no-log-file',
        ],
        { cwd: root, encoding: 'utf8' },
      );
      if (heyRun.status === 0 && existsSync(path.join(heyOut, 'zod.gen.ts'))) hey = await importTs(path.join(heyOut, 'zod.gen.ts'));
    }
    const times = { structgen: [], ajv: [], heyApi: [] };
    for (const p of c.payloads) {
      const definition = model.definitions.find((d) => d.name === p.definition || d.origin?.pointer?.endsWith(`/${p.definition}`));
      if (!definition) continue;
      const validator = zod[`${typeNameOf(definition.name)}Schema`];
      if (!validator) continue;
      const ajv = compileJsonSchema({
        ...schema,
        $ref: `#/$defs/${encodeURIComponent(definition.name.replaceAll('~', '~0').replaceAll('/', '~1'))}`,
      });
      const verdict = ajv(p.value);
      compared++;
      if (validator.safeParse(p.value).success === verdict) agree++;
      const theirs = hey?.[`z${pascal(p.definition)}`];
      const parsers = [() => validator.safeParse(p.value), () => ajv(p.value)];
      if (theirs) parsers.push(() => theirs.safeParse(p.value));
      const [ours, ajvTime, heyTime] = timesOf(parsers);
      times.structgen.push(ours);
      times.ajv.push(ajvTime);
      if (theirs) {
        heyCompared++;
        const heyVerdict = theirs.safeParse(p.value).success;
        if (heyVerdict === verdict) heyAgree++;
        times.heyApi.push(heyTime);
        // Payloads both accept: the comparison the acceptance asks for.
        if (heyVerdict && verdict) {
          totals.heyApiShared.push(heyTime);
          totals.structgenShared.push(ours);
          totals.shared.push(p.label);
        }
      }
    }
    for (const k of Object.keys(times)) totals[k].push(...times[k]);
    const cell = (xs) => (xs.length ? `${median(xs).toFixed(3)} / ${Math.max(...xs).toFixed(3)}` : 'n/a');
    console.log(
      `  ${c.name.padEnd(40)} ${String(times.structgen.length).padEnd(9)} ${cell(times.structgen).padEnd(26)} ${cell(times.ajv).padEnd(20)} ${cell(times.heyApi)}`,
    );
  }
  const cell = (xs) => (xs.length ? `median ${median(xs).toFixed(3)} ms, worst ${Math.max(...xs).toFixed(3)} ms` : 'n/a');
  console.log(`  all payloads: structgen ${cell(totals.structgen)}; Ajv ${cell(totals.ajv)}; hey-api ${cell(totals.heyApi)}`);
  console.log(`  structgen's verdict is Ajv's on ${agree} of ${compared} payloads; hey-api's on ${heyAgree} of ${heyCompared}`);
  if (totals.heyApiShared.length) {
    const ratios = totals.structgenShared.map((t, i) => t / totals.heyApiShared[i]);
    console.log(
      `  on the ${ratios.length} payloads both accept: structgen / hey-api median ${median(ratios).toFixed(2)}×, worst ${Math.max(...ratios).toFixed(2)}×`,
    );
    const worst = ratios
      .map((r, i) => [r, totals.shared[i]])
      .sort((a, b) => b[0] - a[0])
      .slice(0, 3);
    console.log(`  slowest against hey-api: ${worst.map(([r, label]) => `${label} ${r.toFixed(2)}×`).join('; ')}`);
  }
}
