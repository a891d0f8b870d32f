/**
 * Prettier, once, for every text output, with fixed options so a user's prettier config cannot change
 * what structgen writes (output must be byte-identical everywhere).
 */
import { format } from 'prettier';
import type { EmittedFile } from './emit/index.js';

const parsers: Record<EmittedFile['language'], string> = {
  typescript: 'typescript',
  json: 'json',
  markdown: 'markdown',
};

export async function formatFile(file: EmittedFile): Promise<EmittedFile> {
  const contents = await format(file.contents, {
    parser: parsers[file.language],
    printWidth: 100,
    proseWrap: 'preserve',
    endOfLine: 'lf',
  });
  return { ...file, contents };
}
