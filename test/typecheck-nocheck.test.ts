/** The tests' type check sees through `// @ts-nocheck`, so the generated types.ts that carries it is still checked. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { root, typecheck } from './support.js';

it('reports errors in a file that says // @ts-nocheck', async () => {
  const dir = path.join(root, 'test/.tmp/nocheck');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'types.ts');
  writeFileSync(file, '// Generated.\n// @ts-nocheck\n\nexport type A = Missing;\n');
  expect(await typecheck([file])).toEqual([`test/.tmp/nocheck/types.ts:4 Cannot find name 'Missing'.`]);
});

it('types.ts carries the directive, after the banner, and zod.ts does not', async () => {
  const result = await generate({ input: 'schemas/letta-job.json', cwd: root, targets: ['ts', 'zod'] });
  const [types, zod] = result.files.map((f) => f.contents);
  expect(types!.split('\n').slice(0, 4).at(-1)).toBe('// @ts-nocheck');
  expect(zod).not.toContain('@ts-nocheck');
});
