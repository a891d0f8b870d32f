/**
 * "Nothing dropped in silence", as a check any reader's test can use: for each keyword occurrence of a
 * document, the reader must either name it with an `unsupported-keyword` warning at its pointer, or
 * carry it, which is tested by reading the document again without that keyword: the model (or the
 * diagnostics) must change. Keywords that only annotate are listed by the caller.
 */
import { jsonPointer, pointerSegments, type Diagnostic } from '../src/diagnostics/index.js';
import type { Model } from '../src/model/index.js';

export interface Occurrence {
  /** Pointer of the object holding the keyword. */
  at: string;
  keyword: string;
}

export type Read = (document: unknown) => Promise<{ model?: Model; diagnostics: Diagnostic[] }>;

/** What a read produced, as comparable text: the model and each diagnostic's code and place. */
export function outcome(result: { model?: Model; diagnostics: Diagnostic[] }): string {
  return JSON.stringify({ model: result.model ?? null, diagnostics: result.diagnostics.map((d) => `${d.code} ${d.pointer ?? ''}`).sort() });
}

function without(document: unknown, { at, keyword }: Occurrence): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  let node: unknown = copy;
  for (const segment of pointerSegments(at)) node = (node as Record<string, unknown>)[segment];
  delete (node as Record<string, unknown>)[keyword];
  return copy;
}

/** The occurrences that are neither warned about nor change anything when removed. */
export async function droppedInSilence(
  document: unknown,
  occurrences: readonly Occurrence[],
  read: Read,
  annotations: ReadonlySet<string>,
  /** Occurrences that change nothing because another keyword says the same (`type` beside an `enum` of that type). */
  redundant: (occurrence: Occurrence) => boolean = () => false,
): Promise<string[]> {
  const baseline = await read(document);
  // A document with errors generates nothing, so nothing in it can be dropped into an output.
  if (baseline.diagnostics.some((d) => d.severity === 'error')) return [];
  const warned = new Set(baseline.diagnostics.filter((d) => d.code === 'unsupported-keyword').map((d) => d.pointer));
  const expected = outcome(baseline);
  const dropped: string[] = [];
  for (const occurrence of occurrences) {
    const pointer = jsonPointer([...pointerSegments(occurrence.at), occurrence.keyword]);
    if (annotations.has(occurrence.keyword) || warned.has(pointer) || redundant(occurrence)) continue;
    if (outcome(await read(without(document, occurrence))) === expected) dropped.push(pointer);
  }
  return dropped;
}
