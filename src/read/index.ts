/**
 * Format detection and the reader registry: a new input format is a new folder plus one entry here.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { InputFormat, Model } from '../model/index.js';
import { isFlatStructure, readFlatStructure } from './flat-structure/read-flat-structure.js';
import type { LoadedDocument } from './load.js';

export { loadDocument, displayPath, type DocumentInput, type LoadedDocument } from './load.js';

interface Reader {
  format: InputFormat;
  /** Whether a parsed document looks like this format. */
  detect(value: unknown): boolean;
  read(document: LoadedDocument): { model?: Model; diagnostics: Diagnostic[] };
}

const readers: Reader[] = [{ format: 'flat-structure', detect: isFlatStructure, read: readFlatStructure }];

export const inputFormats: InputFormat[] = readers.map((r) => r.format);

export function readDocument(document: LoadedDocument, format?: InputFormat): { model?: Model; diagnostics: Diagnostic[] } {
  const reader = format ? readers.find((r) => r.format === format) : readers.find((r) => r.detect(document.value));
  if (!reader) {
    return {
      diagnostics: [
        diagnostic('unknown-format', {
          file: document.uri,
          pointer: '',
          message: `${document.uri} is not a format structgen reads (known: ${inputFormats.join(', ')})`,
        }),
      ],
    };
  }
  return reader.read(document);
}
