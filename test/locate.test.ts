/**
 * The pointer locator (src/read/locate.ts) against jsonc-parser's syntax tree, which diagnostics used to
 * build for every document: for every value of a document, the same offset (the property's key, or the
 * value for an array element and the root); for pointers that name nothing, undefined.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { pointerSegments } from '../src/diagnostics/index.js';
import { JsonLocator } from '../src/read/locate.js';
import { sharedData, sharedDataMissing } from './support.js';

const skip = sharedDataMissing('locate.test.ts: the locator against the syntax tree on the Letta spec');

/** What the loader's locator did: follow the tree, take the first duplicate key, point at the key. */
function treeOffset(tree: Node, segments: string[]): number | undefined {
  let node: Node | undefined = tree;
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.type === 'object') node = node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1];
    else if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) node = node.children?.[Number(segment)];
    else return undefined;
  }
  if (!node) return undefined;
  return (node.parent?.type === 'property' ? node.parent : node).offset;
}

/** Every pointer in the tree, with near misses: a key that is not there, an index past the end, an index into an object. */
function pointersOf(node: Node, prefix: string[], out: string[][]): string[][] {
  out.push(prefix);
  if (node.type === 'object') {
    for (const property of node.children ?? [])
      pointersOf(property.children![1]!, [...prefix, property.children![0]!.value as string], out);
    out.push([...prefix, 'absent'], [...prefix, '0']);
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => pointersOf(child, [...prefix, String(i)], out));
    out.push([...prefix, String(node.children?.length ?? 0)], [...prefix, '01'], [...prefix, 'x']);
  } else {
    out.push([...prefix, '0']);
  }
  return out;
}

function agree(text: string, limit = Infinity): number {
  const tree = parseTree(text)!;
  const locator = new JsonLocator(text);
  const pointers = pointersOf(tree, [], []).slice(0, limit);
  for (const segments of pointers) expect([segments, locator.offsetOf(segments)]).toEqual([segments, treeOffset(tree, segments)]);
  return pointers.length;
}

describe('JsonLocator', () => {
  it('finds keys with escapes, duplicates (the first), nested arrays, odd spacing and every scalar', () => {
    const text =
      '\n\t {"a":1 ,"b" : [ 1 , [2,3] ,{"c":null} , "x\\"]" ] , "a" : {"dup":true}, "e\\u0301\\/\\\\":"v\\\\","__proto__":{"k":-1.5e3},' +
      '"":{"":[]},"s":"{[\\"","o":{},"z":[{},{"q":false}]}\r\n';
    expect(agree(text)).toBeGreaterThan(40);
    expect(new JsonLocator(text).offsetOf(pointerSegments('/a'))).toBe(text.indexOf('"a"'));
  });

  it.skipIf(skip !== undefined)('agrees with the syntax tree on every value of the Letta spec', () => {
    const text = readFileSync(path.join(sharedData, 'letta-openapi.json'), 'utf8');
    expect(agree(text)).toBeGreaterThan(10_000);
  });

  it('agrees on a document whose root is an array or a scalar', () => {
    agree('[ {"a": [1, {"b": 2}]}, 3 ]');
    agree(' "text" ');
    agree('42');
  });
});
