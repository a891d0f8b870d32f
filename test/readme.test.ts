/** The README documents every diagnostic code the catalogue defines. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { diagnosticCodes } from '../src/index.js';
import { root } from './support.js';

it('lists every diagnostic code in its error table', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  for (const [code, info] of Object.entries(diagnosticCodes)) expect(readme).toContain(`| \`${code}\` | ${info.severity} |`);
});
