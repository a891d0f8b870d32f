/**
 * Seeded values for a Model's types: most shaped like the type, some mutated, some arbitrary JSON
 * (used where two validators must give one verdict on the same values).
 */
import type { Definition, JsonValue, TypeNode } from '../src/model/index.js';
import { integerRange } from '../src/model/index.js';

const formatSamples: Record<string, string[]> = {
  'date-time': ['2026-01-27T09:00:00Z', '2026-01-27T09:00:00.5+02:00', '2026-02-30T00:00:00Z', 'yesterday'],
  date: ['2024-02-29', '2023-02-29', '2026-13-01'],
  time: ['10:00:00Z', '10:00:00+05:30', '25:00:00Z'],
  uuid: ['123e4567-e89b-12d3-a456-426614174000', 'not-a-uuid'],
  uri: ['https://example.com/a?b#c', 'urn:isbn:0451450523', '/relative/path'],
  email: ['someone@example.com', 'not an email'],
  byte: ['aGVsbG8=', 'not base64!'],
};

export class Sampler {
  constructor(
    private readonly next: () => number,
    private readonly definitions: Map<string, Definition>,
  ) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  json(depth = 0): JsonValue {
    const choice = Math.floor(this.next() * (depth > 2 ? 5 : 7));
    switch (choice) {
      case 0:
        return null;
      case 1:
        return this.next() < 0.5;
      case 2:
        return Math.floor(this.next() * 200) - 100;
      case 3:
        return this.pick([0.5, -1.25, 1e21, 2 ** 60]);
      case 4:
        return this.pick(['', 'a', 'abc', 'hello world', '__proto__', '😀😀']);
      case 5:
        return Array.from({ length: Math.floor(this.next() * 3) }, () => this.json(depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: Math.floor(this.next() * 3) }, (_, i) => [this.pick(['a', 'b', 'x_' + i, 'type']), this.json(depth + 1)]),
        );
    }
  }

  /** A value shaped like `node` (it may still break a check the sampler does not model). */
  value(node: TypeNode, depth = 0): JsonValue {
    if (depth > 6) return this.json(3);
    switch (node.kind) {
      case 'string': {
        if (node.format && formatSamples[node.format]) return this.pick(formatSamples[node.format]!);
        const length = node.checks?.maxLength !== undefined ? Math.min(node.checks.maxLength, 4) : 4;
        return 'abcdefgh'.slice(0, Math.max(node.checks?.minLength ?? 0, Math.floor(this.next() * (length + 1))));
      }
      case 'number': {
        const range = integerRange(node.numberKind);
        if (node.wire === 'string') return this.pick(range ? [range.min, range.max, '0', '12a', '-0'] : ['1.5', '10.25', '0', 'x']);
        const c = node.checks ?? {};
        const low = c.minimum ?? c.exclusiveMinimum ?? (range ? Number(range.min) : -10);
        const high = c.maximum ?? c.exclusiveMaximum ?? (range ? Number(range.max) : 10);
        const n = Math.floor(low + this.next() * Math.min(high - low + 1, 1000));
        return this.next() < 0.1 ? n + 0.5 : n;
      }
      case 'boolean':
        return this.next() < 0.5;
      case 'null':
        return null;
      case 'any':
      case 'not':
      case 'conditional':
        return this.json(depth);
      case 'never':
        return this.json(depth);
      case 'literal':
        return node.value;
      case 'enum':
        return node.members.length > 0 ? this.pick(node.members).value : this.json(depth);
      case 'object': {
        const out: Record<string, JsonValue> = {};
        for (const p of node.properties) if (p.required || this.next() < 0.5) out[p.name] = this.value(p.type, depth + 1);
        if (this.next() < 0.2) out[this.pick(['extra', 'x_extra', 'zz'])] = this.json(depth + 1);
        return out;
      }
      case 'array':
        return Array.from({ length: node.checks?.minItems ?? Math.floor(this.next() * 3) }, () => this.value(node.items, depth + 1));
      case 'tuple':
        return node.elements.map((e) => this.value(e.type, depth + 1));
      case 'nullable':
        return this.next() < 0.2 ? null : this.value(node.inner, depth);
      case 'unevaluated':
        return this.value(node.inner, depth);
      case 'union':
        return node.variants.length > 0 ? this.value(this.pick(node.variants), depth) : this.json(depth);
      case 'taggedUnion':
        return node.variants.length > 0 ? this.value(this.pick(node.variants).type, depth) : this.json(depth);
      case 'intersection':
        return node.members.length > 0 ? this.value(this.pick(node.members), depth) : this.json(depth);
      case 'ref': {
        const target = this.definitions.get(node.target);
        return target ? this.value(target.type, depth + 1) : this.json(depth);
      }
    }
  }

  /** A small change somewhere in a value: a replaced leaf, a dropped key, or a wrong type at the top. */
  mutate(value: JsonValue): JsonValue {
    if (this.next() < 0.2) return this.json();
    if (Array.isArray(value) && value.length > 0) {
      const copy = [...value];
      const i = Math.floor(this.next() * copy.length);
      copy[i] = this.mutate(copy[i]!);
      return copy;
    }
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length === 0) return { extra: this.json(1) };
      const key = this.pick(keys);
      const copy: Record<string, JsonValue> = { ...(value as Record<string, JsonValue>) };
      if (this.next() < 0.3) delete copy[key];
      else copy[key] = this.mutate(copy[key]!);
      return copy;
    }
    return this.json();
  }
}
