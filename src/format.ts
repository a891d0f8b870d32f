/**
 * Prettier, once, for every text output, with fixed options so a user's prettier config cannot change
 * what structgen writes (output must be byte-identical everywhere).
 */
import type { EmittedFile } from './emit/index.js';
import { printJson } from './json-print.js';
import { layoutMarkdown, type StringWidth } from './layout/markdown.js';

const parsers: Record<EmittedFile['language'], string> = {
  typescript: 'typescript',
  json: 'json',
  markdown: 'markdown',
};

export async function formatFile(file: EmittedFile): Promise<EmittedFile> {
  // JSON has one layout prettier would give it; printing it directly saves a parse and print of the largest file.
  if (file.language === 'json') {
    const printed = printJson(JSON.parse(file.contents));
    if (printed !== undefined) return { ...file, contents: printed };
  }
  if (file.language === 'markdown') {
    const laidOut = layoutMarkdown(file.contents, await stringWidth(file.contents));
    if (laidOut !== undefined) return { ...file, contents: laidOut };
  }
  // Loaded on first use: a run that stops at an input error never pays for prettier.
  const { format } = await import('prettier');
  const contents = await format(file.contents, {
    parser: parsers[file.language],
    printWidth: 100,
    proseWrap: 'preserve',
    endOfLine: 'lf',
  });
  return { ...file, contents };
}

/** Columns a string takes, as prettier counts them (wide East Asian characters 2, combining marks 0). */
async function stringWidth(text: string): Promise<StringWidth> {
  if (!/[^\x20-\x7e\n]/.test(text)) return (s) => s.length;
  const { util } = await import('prettier');
  return (s) => util.getStringWidth(s);
}
