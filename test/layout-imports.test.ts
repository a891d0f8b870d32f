import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layouts sit below the emitters: src/layout/ may be used by src/emit/, never the other way round.
describe('src/layout', () => {
  it('imports nothing from src/emit/ or anything above it', () => {
    const dir = join(import.meta.dirname, '../src/layout');
    const upward = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(join(dir, file), 'utf8').matchAll(/\bfrom\s+'([^']+)'|import\('([^']+)'\)/g)]
          .map((m) => m[1] ?? m[2]!)
          .filter((spec) => spec.startsWith('../') && !spec.startsWith('../model/'))
          .map((spec) => `${file}: ${spec}`),
      );
    expect(upward).toEqual([]);
  });
});
