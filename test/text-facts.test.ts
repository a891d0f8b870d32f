/**
 * The walks for identifiers (`$id`, `$anchor`, …) and for references to other documents are skipped for
 * a JSON text that never spells those keywords. A key written with `\u` escapes is not seen in the text,
 * so such a text is walked; these tests hold both ways to what the walks find.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { loadDocument } from '../src/read/index.js';
import { mayHoldExternalRefs, mayHoldIdentifiers } from '../src/read/load.js';
import { root } from './support.js';

const parsed = async (text: string) => {
  const loaded = await loadDocument({ document: text, name: 'doc.json' }, root);
  if (!loaded.ok) throw new Error('not parsed');
  return loaded.document.value;
};

describe('what a JSON text rules out', () => {
  it('rules out identifiers and references to other documents only where the text spells none', async () => {
    const plain = await parsed('{"$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"type": "string", "description": "an $id, a $ref: x"}}}');
    expect([mayHoldIdentifiers(plain), mayHoldExternalRefs(plain)]).toEqual([false, false]);
    const anchored = await parsed('{"$defs": {"A": {"$anchor": "a"}}}');
    expect(mayHoldIdentifiers(anchored)).toBe(true);
    const external = await parsed('{"$defs": {"A": {"$ref" : "other.json#/$defs/B"}}}');
    expect(mayHoldExternalRefs(external)).toBe(true);
    const mapped = await parsed('{"discriminator": {"propertyName": "k", "mapping": {"a": "#/x"}}}');
    expect(mayHoldExternalRefs(mapped)).toBe(true);
    // Escaped keys are not seen in the text, so nothing is ruled out.
    const escaped = await parsed('{"$defs": {"A": {"\\u0024anchor": "a"}}}');
    expect([mayHoldIdentifiers(escaped), mayHoldExternalRefs(escaped)]).toEqual([true, true]);
    // A value that was not parsed from text here rules out nothing.
    expect([mayHoldIdentifiers({}), mayHoldExternalRefs({})]).toEqual([true, true]);
  });

  it('still resolves an anchor and follows a reference to another file spelled with escapes', async () => {
    const dir = mkdtempSync(path.join(root, 'test/.tmp/text-facts-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ $defs: { B: { type: 'integer' } } }));
    const main = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: {
        A: { type: 'object', properties: { b: { $ref: 'other.json#/$defs/B' }, c: { $ref: '#c' } } },
        C: { $anchor: 'c', type: 'string' },
      },
      $ref: '#/$defs/A',
    };
    const escapedText = JSON.stringify(main).replaceAll('"$ref"', '"\\u0024ref"').replaceAll('"$anchor"', '"\\u0024anchor"');
    for (const text of [JSON.stringify(main), escapedText]) {
      writeFileSync(path.join(dir, 'main.json'), text);
      const result = await generate({ input: path.join(dir, 'main.json'), targets: ['ts'], cwd: dir });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const types = result.files.find((f) => f.path === 'types.ts')!.contents;
      expect(types).toMatch(/b\?: B;/);
      expect(types).toMatch(/c\?: C;/);
      expect(result.reads.some((r) => r.endsWith('other.json'))).toBe(true);
    }
  });
});
