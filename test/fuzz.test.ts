/**
 * The mutation fuzzer (test/fuzz/mutate.ts) through the library API, in this process: no case may
 * throw (exit 70 in the CLI) or report `invalid-output`, and none may take over 5 s of CPU time. In
 * `npm test` it runs 300 cases with a fixed seed; `npm run fuzz` runs 3,000 (FUZZ_CASES) with a new seed
 * each time (FUZZ_SEED to repeat one). Failing cases are saved under test/.tmp/fuzz/ with seed and index.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, writeFiles } from '../src/index.js';
import { loadSeeds, makeCase, type FuzzCase } from './fuzz/mutate.js';
import { root, sharedData, sharedDataMissing, typecheck } from './support.js';

const cases = Number(process.env['FUZZ_CASES'] ?? 300);
const seed = Number(process.env['FUZZ_SEED'] ?? (process.env['FUZZ_CASES'] ? Date.now() % 1_000_000 : 1));
const limitSeconds = 5;
/** FUZZ_TYPECHECK=1: also run tsc --strict over every case that generated (about 1 s per 3 cases). */
const typecheckOutputs = process.env['FUZZ_TYPECHECK'] === '1';
const sharedMissing = sharedDataMissing('fuzz.test.ts: seeds from the shared data (the fixtures still seed it)');

interface Failure {
  fuzzCase: FuzzCase;
  problem: string;
}

describe('the mutation fuzzer', () => {
  it(`${cases} cases (seed ${seed}): no internal error, no invalid-output, none over ${limitSeconds} s of CPU`, async () => {
    const seeds = await loadSeeds(root, sharedMissing ? undefined : sharedData);
    // Every sixth case runs from a file, beside a document its relative refs can reach.
    const casesDir = path.join(root, `test/.tmp/fuzz/cases-${process.pid}`);
    mkdirSync(casesDir, { recursive: true });
    writeFileSync(path.join(casesDir, 'other.json'), JSON.stringify({ $defs: { A: { type: 'string' }, B: { $ref: '#/$defs/A' } } }));
    const outcomes = new Map<string, number>();
    const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    const failures: Failure[] = [];
    const durations: { seconds: number; fuzzCase: FuzzCase }[] = [];
    const generatedTs: { fuzzCase: FuzzCase; files: string[] }[] = [];
    const start = performance.now();
    for (let index = 0; index < cases; index++) {
      const fuzzCase = makeCase(seeds, seed, index);
      if (index % 6 === 0) {
        const { name, document } = fuzzCase.options.input as { name: string; document: string };
        writeFileSync(path.join(casesDir, name), document);
        fuzzCase.options.input = path.relative(root, path.join(casesDir, name));
      }
      const begin = performance.now();
      const cpuBefore = process.cpuUsage();
      let problem: string | undefined;
      try {
        const result = await generate({ ...fuzzCase.options, cwd: root });
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (result.diagnostics.some((d) => d.code === 'invalid-output')) problem = `invalid-output: ${errors[0]?.message}`;
        else if (errors.length === 0) {
          count('generated');
          if (typecheckOutputs) {
            const dir = path.join(root, 'test/.tmp/fuzz/outputs', String(index));
            await writeFiles(dir, result.files);
            generatedTs.push({ fuzzCase, files: ['types.ts', 'zod.ts'].map((f) => path.join(dir, f)) });
          }
        } else count(`refused: ${errors[0]!.code}`);
      } catch (error) {
        problem = `thrown: ${(error as Error).stack?.split('\n').slice(0, 4).join(' | ')}`;
      }
      // The bound is on CPU time, which other processes on the machine (other test files, other
      // engineers' builds) do not inflate the way they inflate wall time.
      const cpu = process.cpuUsage(cpuBefore);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const seconds = (performance.now() - begin) / 1000;
      durations.push({ seconds, fuzzCase });
      if (!problem && cpuSeconds > limitSeconds) problem = `took ${cpuSeconds.toFixed(1)} s of CPU (${seconds.toFixed(1)} s wall)`;
      if (problem) {
        count('FAILED');
        failures.push({ fuzzCase, problem });
      }
    }
    if (generatedTs.length > 0) {
      const errors = await typecheck(generatedTs.flatMap((g) => g.files));
      for (const error of errors.slice(0, 20)) {
        const index = Number(/fuzz\/outputs\/(\d+)\//.exec(error)?.[1]);
        const fuzzCase = generatedTs.find((g) => g.fuzzCase.index === index)?.fuzzCase ?? generatedTs[0]!.fuzzCase;
        failures.push({ fuzzCase, problem: `tsc: ${error}` });
      }
      count(`type-checked: ${generatedTs.length}`);
    }
    const total = (performance.now() - start) / 1000;
    durations.sort((a, b) => a.seconds - b.seconds);
    const slowest = durations
      .slice(-3)
      .reverse()
      .map(
        ({ seconds, fuzzCase }) =>
          `    ${seconds.toFixed(2)} s  case ${fuzzCase.index} from ${fuzzCase.seed}: ${fuzzCase.mutations.join('; ').slice(0, 160)}`,
      );
    const summary = [...outcomes].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => `  ${String(n).padStart(5)}  ${outcome}`);
    console.log(
      [
        `fuzz: ${cases} cases, seed ${seed}, ${seeds.length} seed documents, ${total.toFixed(1)} s`,
        `  median ${(durations[Math.floor(durations.length / 2)]!.seconds * 1000).toFixed(0)} ms; slowest:`,
        ...slowest,
        '  outcomes:',
        ...summary,
      ].join('\n'),
    );
    if (failures.length > 0) {
      const dir = path.join(root, 'test/.tmp/fuzz');
      for (const { fuzzCase } of failures) {
        const input = fuzzCase.options.input;
        const name = typeof input === 'string' ? path.basename(input) : (input as { name: string }).name;
        writeFileSync(path.join(dir, `seed${seed}-case${fuzzCase.index}-${name}`), fuzzCase.text);
      }
    }
    expect(
      failures.map(({ fuzzCase, problem }) => ({
        case: `seed ${seed} case ${fuzzCase.index} from ${fuzzCase.seed}`,
        mutations: fuzzCase.mutations,
        problem,
      })),
    ).toEqual([]);
  }, 900_000);
});
