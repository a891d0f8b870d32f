/**
 * From a config to the documents one run generates: each entry's `input` globs expanded (relative to the
 * config's folder, sorted, so the order is the same on every machine), its options mapped to
 * `generate()`'s, and its output folder pattern checked. Every document's paths stay relative to the
 * config's folder, which becomes the run's `cwd`: banners then hold paths relative to it and the
 * command `npx structgen generate`, run there, reproduces every file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GenerateOptions } from '../api/generate.js';
import { documentOptionKeys, documentOptions } from '../api/options.js';
import { portablePath, shellWord } from '../api/banner.js';
import { diagnostic, jsonPointer, type Diagnostic } from '../diagnostics/index.js';
import type { LoadedConfig } from './load.js';
import { typeMappingProblems } from '../api/type-mappings.js';

// Required when a config is planned, not imported: a run without a config never loads the globber.
const globber = () => createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');

/**
 * An output that names a TypeScript file (`src/api/schema.ts`, `schema.d.ts`) rather than a folder: the
 * types alone are written there (unless a folder of that name exists, which run.ts checks).
 */
export const namesTypesFile = (out: string): boolean => /\.(?:d\.)?[cm]?ts$/i.test(out);

/** The output folder when a document names none; `[name]` is the document's name. */
export const defaultOut = 'generated/[name]';

export interface PlannedDocument {
  /** Where the document comes from in the config (`/documents/2`); absent for a command line's document. */
  pointer?: string;
  /** The same place for diagnostics about the document as a whole: the config file, pointer, line:column. */
  origin?: { file: string; pointer: string; line?: number; column?: number };
  /** What to pass to `generate()`: `cwd` is the project folder, `input` a path relative to it. */
  options: GenerateOptions & { cwd: string };
  /** The output folder, relative to `options.cwd`; `[name]` stands for the document's name. */
  out: string;
}

/** A folder whose new files may match a config's glob: a watcher follows it for documents to add. */
export interface GlobBase {
  dir: string;
  recursive: boolean;
}

export async function planConfigDocuments(
  loaded: LoadedConfig,
): Promise<{ documents: PlannedDocument[]; diagnostics: Diagnostic[]; globBases: GlobBase[] }> {
  const diagnostics: Diagnostic[] = [];
  const documents: PlannedDocument[] = [];
  const globBases: GlobBase[] = [];
  const command = `npx structgen generate${loaded.discoverable ? '' : ` --config ${shellWord(portablePath(loaded.file, loaded.dir))}`}`;
  const at = (pointer: string) => ({ file: loaded.uri, pointer, ...loaded.locate(pointer) });
  const outputs = outputGlobs(loaded.config.documents.map((entry) => entry.out ?? defaultOut));

  for (const [i, entry] of loaded.config.documents.entries()) {
    const patterns = typeof entry.input === 'string' ? [entry.input] : [...entry.input];
    const inputs: string[] = [];
    for (const [j, pattern] of patterns.entries()) {
      const pointer = jsonPointer(typeof entry.input === 'string' ? ['documents', i, 'input'] : ['documents', i, 'input', j]);
      const { glob, isDynamicPattern } = globber();
      if (/^https?:\/\//i.test(pattern) || !isDynamicPattern(pattern)) {
        inputs.push(pattern);
        continue;
      }
      const base = globBase(loaded.dir, pattern);
      const refused = outsideWalk(loaded.dir, base.dir);
      if (refused) {
        diagnostics.push(
          diagnostic('invalid-config', {
            ...at(pointer),
            message: `the glob ${JSON.stringify(pattern)} would walk ${refused}`,
            hint: `a glob searches the config's folder; to read documents elsewhere, name their folder before the pattern (e.g. "../schemas/*.json")`,
          }),
        );
        continue;
      }
      globBases.push(base);
      let found: string[];
      try {
        const options = { cwd: loaded.dir, onlyFiles: true, expandDirectories: false, dot: false, ignore: outputs };
        found = await glob(pattern, { ...options, signal: AbortSignal.timeout(globSeconds * 1000) });
      } catch (error) {
        if ((error as Error).name !== 'TimeoutError' && (error as Error).name !== 'AbortError') throw error;
        diagnostics.push(
          diagnostic('invalid-config', {
            ...at(pointer),
            message: `the glob ${JSON.stringify(pattern)} was still walking ${base.dir} after ${globSeconds} s; structgen stopped it`,
            hint: 'name the folder that holds the documents before the pattern, so that the walk stays small',
          }),
        );
        continue;
      }
      // Nor the config file itself (`**/*.json` beside structgen.config.json).
      const matched = found
        .filter((file) => path.join(loaded.dir, file) !== loaded.file && !writtenByStructgen(path.join(loaded.dir, file)))
        .sort();
      if (matched.length > maxGlobMatches) {
        diagnostics.push(
          diagnostic('invalid-config', {
            ...at(pointer),
            message: `the glob ${JSON.stringify(pattern)} matches ${matched.length} files, more than the ${maxGlobMatches} documents one config entry generates`,
            hint: 'narrow the pattern to the documents meant',
          }),
        );
        continue;
      }
      if (matched.length === 0) {
        diagnostics.push(
          diagnostic('no-input-matched', {
            ...at(pointer),
            message: `no file matches ${JSON.stringify(pattern)} (in ${loaded.uri}'s folder)`,
          }),
        );
      }
      inputs.push(...matched);
    }
    const unique = [...new Set(inputs)];
    const out = entry.out ?? defaultOut;
    if (unique.length > 1 && !out.includes('[name]')) {
      diagnostics.push(
        diagnostic('invalid-config', {
          ...at(jsonPointer(['documents', i, entry.out === undefined ? 'input' : 'out'])),
          message: `documents/${i} matches ${unique.length} files but its out ${JSON.stringify(out)} has no [name]: they would all write one folder`,
          hint: 'put [name] in out, e.g. "generated/[name]"',
        }),
      );
      continue;
    }
    const options = documentSettings(entry as unknown as Record<string, unknown>);
    // Type mappings the config's schema cannot judge (one matcher each, `specifier#Export`), located.
    // An output file holds types.ts alone (run.ts), which decodes nothing: no mapping needs a zod schema there.
    const mappingProblems = typeMappingProblems({
      ...options,
      ...(typeof entry.out === 'string' && namesTypesFile(entry.out) ? { targets: ['ts'] } : {}),
    });
    for (const problem of mappingProblems)
      diagnostics.push(
        diagnostic('invalid-config', {
          ...at(jsonPointer(['documents', i, ...problem.path])),
          message: `documents/${i}: ${problem.message}`,
          ...(problem.hint ? { hint: problem.hint } : {}),
        }),
      );
    if (mappingProblems.length > 0) continue;
    for (const input of unique) {
      documents.push({
        pointer: jsonPointer(['documents', i]),
        origin: at(jsonPointer(['documents', i])),
        options: { ...options, input, cwd: loaded.dir, command, ...(entry.out !== undefined ? { outDir: entry.out } : {}) },
        out,
      });
    }
  }
  return { documents, diagnostics, globBases };
}

/** A config document's generate options, keyed as `generate()` takes them (the table maps `out` to `outDir`). */
function documentSettings(entry: Record<string, unknown>): Omit<GenerateOptions, 'input'> {
  const options: Record<string, unknown> = {};
  for (const key of documentOptionKeys) {
    const value = entry[documentOptions[key].configKey];
    if (value !== undefined && key !== 'outDir') options[key] = value;
  }
  return options as Omit<GenerateOptions, 'input'>;
}

/**
 * A glob never takes up structgen's own output, nor what lies under node_modules: the config's output folders (`gen/[name]` is every
 * folder under `gen/`) are left out of every match, and so is any file that opens with a structgen
 * banner (output written elsewhere, or with `out: "[name]"`, whose folders cannot be told from others).
 * Otherwise `**\/*.json` beside its `out/` would read each run's schema.json as a new document, and a
 * watch would feed on itself. A generated file named explicitly (not by a glob) is still read.
 */
function outputGlobs(outs: readonly string[]): string[] {
  // Installed packages are never documents of the project (`**/*.json` at its top).
  const globs: string[] = ['**/node_modules/**'];
  for (const out of outs) {
    const folder = out.replaceAll('\\', '/').replace(/\/+$/, '');
    const fixed = folder.split('[name]')[0]!.replace(/\/$/, '');
    // An output folder at the top (`.`, `[name]`) or outside the config's folder is left to the banner check.
    if (fixed === '' || fixed === '.' || fixed.startsWith('../') || path.isAbsolute(fixed)) continue;
    globs.push(`${folder.replaceAll('[name]', '*')}/**`);
  }
  return globs;
}

function writtenByStructgen(file: string): boolean {
  let head = '';
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(1024);
      head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // unreadable here: reading it as a document reports why
  }
  return /Generated by structgen from /.test(head);
}

/** How long a glob may walk, and how many documents it may match: far beyond any project, short of a disk. */
const globSeconds = 20;
const maxGlobMatches = 1000;

/**
 * Globs stay in the config's folder unless the pattern names a folder elsewhere (`../schemas/*.json`).
 * What is refused is a walk of the file system's root, or of a folder that holds the config's folder
 * (`/**`, `../../**`): it would search the whole disk or the user's home. Says why, or `undefined` when
 * the walk is fine. (node_modules is never searched; a timeout bounds what remains.)
 */
function outsideWalk(configDir: string, baseDir: string): string | undefined {
  const relative = path.relative(configDir, baseDir);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return undefined;
  if (path.parse(baseDir).root === baseDir) return `the whole file system (${baseDir})`;
  const back = path.relative(baseDir, configDir);
  if (back === '' || (!back.startsWith('..') && !path.isAbsolute(back)))
    return `${baseDir}, a folder that holds the config's own folder and far more`;
  return undefined;
}

/** The folder a glob's matches live under: the part before its first pattern segment. */
function globBase(dir: string, pattern: string): GlobBase {
  const { isDynamicPattern } = globber();
  const segments = pattern.split('/');
  const first = segments.findIndex((s) => isDynamicPattern(s));
  const base = segments.slice(0, first);
  // A pattern from the root (`/**/*.json`) has an empty first segment: its base is the root, not `dir`.
  const prefix = base.join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { dir: path.resolve(dir, prefix), recursive: segments.length - first > 1 || segments[first]!.includes('**') };
}

/** The output folder for a document of this name. */
export function outFor(document: PlannedDocument, name: string): string {
  return document.out.replaceAll('[name]', name);
}
