/**
 * Compositions: `anyOf`/`oneOf` (null branches fold into `nullable`, a discriminator makes a tagged
 * union) and `allOf` (merged into one object where that keeps its meaning, an intersection where not).
 */
import type { NodeOf, Property, TaggedVariant, TypeNode } from '../../model/index.js';
import { child, inlineName, isSchemaObject, type At, type ReadContext, type SchemaObject } from './context.js';
import { resolveRef } from './refs.js';
import { annotationKeys, convert } from './schema.js';

/** Null branches fold into `nullable`; a discriminator makes a tagged union; one branch left is itself. */
export function unionOf(
  ctx: ReadContext,
  schema: SchemaObject,
  branches: unknown[],
  schemaAt: At,
  keyword: 'anyOf' | 'oneOf',
  name: string,
): { type: TypeNode; nullable: boolean } {
  const at = child(schemaAt, keyword);
  const exclusive = keyword === 'oneOf';
  const isNull = (b: unknown) =>
    isSchemaObject(b) &&
    ((b['type'] === 'null' && Object.keys(b).every((k) => k === 'type' || annotationKeys.has(k))) ||
      (Object.hasOwn(b, 'const') && b['const'] === null) ||
      (Array.isArray(b['enum']) && b['enum'].length === 1 && b['enum'][0] === null));
  const canBeNull = (b: unknown) =>
    isSchemaObject(b) &&
    (b['nullable'] === true ||
      (Array.isArray(b['type']) && b['type'].includes('null')) ||
      (Array.isArray(b['enum']) && b['enum'].includes(null)));
  // Folding a null branch into `nullable` would lose oneOf's "exactly one" if another branch takes null too.
  const foldable = !exclusive || !branches.some((b) => !isNull(b) && canBeNull(b));
  const rest = branches.map((b, i) => [b, i] as const).filter(([b]) => !foldable || !isNull(b));
  const nullable = rest.length < branches.length;
  const variants = rest.map(([b, i]) =>
    convert(ctx, b, child(at, i), rest.length === 1 ? name : inlineName(name, 'variant', String(i + 1))),
  );

  const discriminator = schema['discriminator'];
  if (isSchemaObject(discriminator) && typeof discriminator['propertyName'] === 'string') {
    const tagged = taggedUnion(ctx, discriminator, variants, child(schemaAt, 'discriminator'), exclusive);
    if (tagged) return { type: tagged, nullable };
  }
  if (variants.length === 0) return { type: nullable ? { kind: 'null' } : { kind: 'never' }, nullable: false };
  if (variants.length === 1) return { type: variants[0]!, nullable };
  return { type: { kind: 'union', variants, exclusive }, nullable };
}

/**
 * Each variant's tags: the mapping entries that point at it, or (OpenAPI's implicit mapping) its
 * definition name. Variants must be refs; otherwise the union stays untagged.
 */
function taggedUnion(
  ctx: ReadContext,
  discriminator: SchemaObject,
  variants: TypeNode[],
  at: At,
  exclusive: boolean,
): TypeNode | undefined {
  const property = discriminator['propertyName'] as string;
  if (!variants.every((v) => v.kind === 'ref')) {
    ctx.report('schema-defect', at, 'a discriminator needs every oneOf/anyOf branch to be a $ref; the union is left untagged');
    return undefined;
  }
  const mapping = isSchemaObject(discriminator['mapping']) ? discriminator['mapping'] : {};
  const tagsFor = new Map<string, string[]>();
  for (const [tag, target] of Object.entries(mapping)) {
    if (typeof target !== 'string') continue;
    const resolved =
      target.includes('#') || target.includes('/')
        ? resolveRef(ctx, target, child(at, 'mapping', tag))
        : resolveRef(ctx, `#/components/schemas/${target}`, child(at, 'mapping', tag));
    if (resolved.kind !== 'ref') continue;
    tagsFor.set(resolved.target, [...(tagsFor.get(resolved.target) ?? []), tag]);
  }
  const tagged: TaggedVariant[] = variants.map((v) => {
    const target = (v as NodeOf<'ref'>).target;
    return { tags: tagsFor.get(target) ?? [target], type: v };
  });
  return { kind: 'taggedUnion', property, variants: tagged, exclusive };
}

export function allOf(ctx: ReadContext, members: unknown[], at: At, name: string): TypeNode {
  const parts = members.map((m, i) =>
    convert(ctx, m, child(at, i), members.length === 1 ? name : inlineName(name, 'part', String(i + 1)), true),
  );
  if (parts.length === 1) return parts[0]!;
  return mergeAll(ctx, parts) ?? { kind: 'intersection', members: parts };
}

/**
 * Merges object parts into one object when that means the same as all of them together: every part is
 * an object (inline, or a definition already converted), none closed or with pattern keys (a closed part
 * would reject the others' properties, which a merge would hide), and shared properties agree.
 */
export function mergeAll(ctx: ReadContext, parts: TypeNode[]): NodeOf<'object'> | undefined {
  const objects: NodeOf<'object'>[] = [];
  for (const part of parts) {
    const resolved = part.kind === 'ref' ? ctx.definition(part.target)?.type : part;
    if (!resolved || resolved.kind !== 'object' || resolved.additional.mode !== 'allow' || resolved.patternProperties || resolved.checks)
      return undefined;
    objects.push(resolved);
  }
  const merged = new Map<string, Property>();
  for (const object of objects) {
    for (const property of object.properties) {
      const seen = merged.get(property.name);
      if (seen && JSON.stringify(seen.type) !== JSON.stringify(property.type)) return undefined;
      merged.set(
        property.name,
        seen ? { ...seen, required: seen.required || property.required, docs: { ...seen.docs, ...property.docs } } : property,
      );
    }
  }
  const explicit = objects.some((o) => o.additional.mode === 'allow' && o.additional.explicit);
  return { kind: 'object', properties: [...merged.values()], additional: { mode: 'allow', explicit } };
}
