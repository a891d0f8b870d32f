/**
 * Names stay distinct where file systems compare them loosely (issue 24): document names keep non-Latin
 * letters (in NFC), two documents whose output folders differ only in case or normalisation are
 * reported, and docs pages for tags that differ only in normalisation are two files on every system.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { documentSlug } from '../src/read/document-name.js';
import { runSync, scratchProject } from './cli-support.js';

const petApi = (title: string) =>
  JSON.stringify({
    openapi: '3.1.0',
    info: { title, version: '1' },
    paths: {},
    components: { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } },
  });

function project(files: Record<string, string>): string {
  const dir = scratchProject('names');
  mkdirSync(path.join(dir, 'schemas'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'schemas', name), text);
  writeFileSync(
    path.join(dir, 'structgen.config.json'),
    JSON.stringify({ documents: [{ input: 'schemas/*.json', out: 'gen/[name]', targets: ['ts'] }] }),
  );
  return dir;
}

describe('document names', () => {
  it('keep letters of every script, in NFC; other characters become -', () => {
    expect(documentSlug('목록', 'x')).toBe('목록');
    expect(documentSlug('\u1112\u1161\u11ab', 'x')).toBe('\ud55c'); // 한 in NFD → NFC
    expect(documentSlug('宠物 API (v2)', 'x')).toBe('宠物-API-v2');
    expect(documentSlug('हिन्दी', 'x')).toBe('हिन्दी');
    expect(documentSlug('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(documentSlug('***', 'fallback')).toBe('fallback');
    expect(Array.from(documentSlug('😀'.repeat(150), 'x'))).toHaveLength(1); // an emoji is not a letter
    expect(Array.from(documentSlug('가'.repeat(150), 'x'))).toHaveLength(100);
  });

  it('non-Latin file names give distinct, readable output folders (they all shared one fallback name before)', () => {
    const dir = project({ '목록.json': petApi('a'), '宠物.json': petApi('b'), 'ペット.json': petApi('c') });
    const r = runSync(['generate', '-q'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'gen')).sort()).toEqual(['ペット', '宠物', '목록'].sort());
  });

  it('Pets.json and pets.json: duplicate-output names the collision (one folder on macOS and Windows)', () => {
    const dir = project({ 'Pets.json': petApi('a'), 'pets.json': petApi('b') });
    const r = runSync(['generate'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /error duplicate-output .*schemas\/pets\.json writes gen\/pets and schemas\/Pets\.json writes gen\/Pets: one folder where names ignore case/,
    );
  });

  it('a file name in NFD and one in NFC are one document name: duplicate-output', () => {
    const dir = project({ '\u1112\u1161\u11ab.json': petApi('a'), '\ud55c-.json': petApi('b') });
    const r = runSync(['generate'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error duplicate-output/);
    expect(existsSync(path.join(dir, 'gen', '\u1112\u1161\u11ab'))).toBe(false);
  });
});

describe('docs page names', () => {
  it('tags 한 in NFC and in NFD get two page files that stay two on macOS', async () => {
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++)
      paths[`/items/${i}`] = {
        get: { operationId: `get${i}`, tags: [i % 2 === 0 ? '\ud55c' : '\u1112\u1161\u11ab'], responses: { '200': { description: 'ok' } } },
      };
    const document = JSON.stringify({ openapi: '3.1.0', info: { title: 'tags', version: '1' }, paths });
    const result = await generate({ input: { document, name: 'tags.json' }, targets: ['docs'] });
    const pages = result.files.map((f) => f.path).filter((p) => p.startsWith('docs/operations/'));
    expect(pages).toEqual(['docs/operations/\ud55c.md', 'docs/operations/\ud55c-2.md']);
    expect(new Set(pages.map((p) => p.normalize('NFC').toLowerCase())).size).toBe(pages.length);
  });
});
