/**
 * Every text output in prettier's layout, with fixed options so a user's prettier config cannot change
 * what structgen writes (output must be byte-identical everywhere). Most of it is laid out without
 * running prettier: JSON and Markdown by printers of their own (json.ts, markdown.ts here),
 * code by the emitters, which hand over segments already laid out. Prettier formats what those decline.
 */
import type { EmittedFile, Segment } from './file.js';
import { printJson } from './json.js';
import { layoutMarkdown, type StringWidth } from './markdown.js';
import { prettierOptions } from './options.js';
import { joinSegments } from './segment.js';

const parsers: Record<EmittedFile['language'], string> = {
  typescript: 'typescript',
  json: 'json',
  markdown: 'markdown',
};

export interface FormatOptions {
  /** Format everything with prettier from source, as structgen did before it laid out its own output. */
  prettierOnly?: boolean;
}

export async function formatFile(file: EmittedFile, options: FormatOptions = {}): Promise<EmittedFile> {
  const done = await laidOut(file, options);
  return { ...done, contents: withoutControls(done.contents, file.language, file.path) };
}

/**
 * The last word on control characters. A generated file holds none besides tab and newline: the
 * escapers write them as `\uXXXX` in comments and Markdown, string literals and JSON as escapes. JSON
 * may still hold DEL and C1 controls raw (JSON.stringify leaves them), and only ever inside strings, so
 * they become escapes here. Any other raw control would be an escaper missing one: a bug, said so.
 */
function withoutControls(text: string, language: EmittedFile['language'], path: string): string {
  const escaped =
    language === 'json' ? text.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
  // eslint-disable-next-line no-control-regex
  const raw = /[\u0000-\u0008\u000b-\u001f]/.exec(escaped);
  if (raw)
    throw new Error(
      `internal error: ${path} would hold the control character U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} at offset ${raw.index}`,
    );
  return escaped;
}

async function laidOut(file: EmittedFile, options: FormatOptions): Promise<EmittedFile> {
  const { segments, path, language } = file;
  const rest = { path, language };
  if (options.prettierOnly) return { ...rest, contents: await prettier(file.contents, language, path) };
  if (segments) return { ...rest, contents: await layOut(segments, language, path) };
  // JSON has one layout prettier would give it; printing it directly saves a parse and print of the largest file.
  if (file.language === 'json') {
    const printed = (file.value !== undefined ? printJson(file.value) : undefined) ?? printJson(JSON.parse(file.contents));
    if (printed !== undefined) return { ...rest, contents: printed };
  }
  if (file.language === 'markdown') {
    const width = await stringWidth(file.contents);
    const laidOut = layoutMarkdown(file.contents, width) ?? (await layOutSections(file.contents, width, path));
    if (laidOut !== undefined) return { ...rest, contents: laidOut };
  }
  return { ...rest, contents: await prettier(file.contents, file.language, path) };
}

/**
 * A page the Markdown layout declines as a whole (spec text with nested lists, aligned tables…) is laid
 * out section by section: split before each top-level `## ` heading (outside fenced code), each section
 * laid out on its own and only the declined ones given to prettier. Prettier formats blocks independently
 * of what lies across a heading (list markers alternate only between adjacent lists), so the pieces join
 * to the page prettier would print; the tests hold them to it. Formatting a 200 KB page with prettier
 * took a second or more, and a large spec has dozens: sections keep that to the few that need it.
 * Undefined (the whole page to prettier) when the page cannot be split safely: an unclosed fence, or link
 * reference definitions, which a link in another section may use.
 */
async function layOutSections(text: string, width: StringWidth, path: string): Promise<string | undefined> {
  if (/^ {0,3}\[[^\]\n]+\]:/m.test(text)) return undefined;
  const lines = text.split('\n');
  const sections: string[][] = [[]];
  let fence: string | undefined;
  for (const line of lines) {
    if (fence === undefined) {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) fence = open[1]!;
      else if (line.startsWith('## ') && sections[sections.length - 1]!.length > 0) sections.push([]);
    } else if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    sections[sections.length - 1]!.push(line);
  }
  if (fence !== undefined || sections.length < 2) return undefined;
  const parts: string[] = [];
  for (const section of sections) {
    const source = `${section.join('\n').trim()}\n`;
    parts.push((layoutMarkdown(source, width) ?? (await prettier(source, 'markdown', path))).trimEnd());
  }
  return `${parts.join('\n\n')}\n`;
}

const marker = '// @structgen-segment';

/**
 * Segments are top-level statements, which prettier formats independently of their neighbours; the
 * declined ones are formatted in one prettier call, separated by a marker comment, and put back in place.
 */
async function layOut(segments: Segment[], language: EmittedFile['language'], path: string): Promise<string> {
  const declined = segments.filter((s) => s.laidOut === undefined);
  let formatted: string[] = [];
  if (declined.length > 0) {
    const text = await prettier(declined.map((s) => s.source()).join(`\n\n${marker}\n\n`), language, path);
    formatted = text.trimEnd().split(`\n\n${marker}\n\n`);
    if (formatted.length !== declined.length) throw new Error('internal error: formatted segments do not match');
  }
  let next = 0;
  return joinSegments(segments, (s) => s.laidOut ?? formatted[next++]!);
}

/** Characters one column wide in prettier's count, besides printable ASCII (© and ® are emoji, so not here). */
export const narrow = '\\u00a0-\\u00a8\\u00aa-\\u00ad\\u00af-\\u00ff\\u2010-\\u2027\\u2030-\\u203b\\u2260\\u2264\\u2265';
const wideTableLine = new RegExp(`^\\|[^\\n]*[^\\x20-\\x7e\\n${narrow}]`, 'm');

async function prettier(text: string, language: EmittedFile['language'], path: string): Promise<string> {
  // Loaded on first use: a run that stops at an input error never pays for prettier.
  const { format } = await import('prettier');
  // The file name tells prettier's TypeScript parser the text is not TSX; without it, prettier guesses
  // with a regular expression that is quadratic in the text (4 s on a 150 KB file of long unions).
  return format(text, { ...prettierOptions, parser: parsers[language], filepath: path });
}

/**
 * Columns a string takes, as prettier counts them (wide East Asian characters 2, combining marks 0).
 * Only table cells are measured, and a table row is a line that starts with `|`: unless one of those
 * holds a character outside `narrow` (printable ASCII, and the Latin-1 letters, dashes, quotes, `…`,
 * `≤`, `≥` and `≠` the docs write, each one column), a cell's width is its length, and prettier (whose
 * width function this is) is not loaded. A test holds every character of `narrow` to prettier's width.
 */
async function stringWidth(text: string): Promise<StringWidth> {
  if (!wideTableLine.test(text)) return (s) => s.length;
  const { util } = await import('prettier');
  return (s) => util.getStringWidth(s);
}
