/**
 * The user's modules that custom type mappings name (docs/type-mappings.md), as types.ts and zod.ts
 * import them: one import per module, in the order the model first uses them, each export under its
 * own name unless the file declares that name already (then `Money_2`, ...).
 */
import { childNodes, referencedNames, typeRoots, type Model, type ModuleExport, type TypeNode, type ValueMapping } from '../model/index.js';

/** Words an import cannot bind (`import { default }` is a syntax error): such an export is imported under its name capitalised. */
const reserved: ReadonlySet<string> = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'let',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'await',
]);

export interface MappedImports {
  /** The import declarations, in prettier's layout; empty when no mapping needs one. */
  source: string;
  /** The name an export goes by in the file. */
  localName: (e: ModuleExport) => string;
}

/** What `mappingsOf` found on a model: types.ts and zod.ts both ask, and most models have none. */
const mappingsFound = new WeakMap<Model, ValueMapping[]>();

/** Every mapping marked on the model's nodes, in the order first met. */
export function mappingsOf(model: Model): ValueMapping[] {
  let found = mappingsFound.get(model);
  if (found === undefined) mappingsFound.set(model, (found = findMappings(model)));
  return found;
}

function findMappings(model: Model): ValueMapping[] {
  const found: ValueMapping[] = [];
  const seen = new Set<TypeNode>();
  const visit = (node: TypeNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if ((node.kind === 'string' || node.kind === 'number') && node.mapped) found.push(node.mapped);
    for (const child of childNodes(node)) visit(child);
  };
  for (const root of typeRoots(model)) visit(root);
  return found;
}

/**
 * The definitions whose values hold a mapped value, directly or through the definitions they refer to:
 * their validators' input (the wire) and output (the mapped types) differ there.
 */
export function definitionsWithMappings(model: Model): ReadonlySet<string> {
  const holding = new Set<string>();
  if (mappingsOf(model).length === 0) return holding;
  const refs = new Map<string, string[]>();
  for (const def of model.definitions) {
    const seen = new Set<TypeNode>();
    let found = false;
    const visit = (node: TypeNode): void => {
      if (found || seen.has(node)) return;
      seen.add(node);
      if ((node.kind === 'string' || node.kind === 'number') && node.mapped) found = true;
      for (const child of childNodes(node)) visit(child);
    };
    visit(def.type);
    if (found) holding.add(def.name);
    else refs.set(def.name, referencedNames(def.type));
  }
  for (let changed = holding.size > 0; changed;) {
    changed = false;
    for (const [name, targets] of refs)
      if (!holding.has(name) && targets.some((t) => holding.has(t))) {
        holding.add(name);
        changed = true;
      }
  }
  return holding;
}

/**
 * The imports of the custom mappings' `type` exports (types.ts, `import type`) or `zod` exports
 * (zod.ts). `taken`: the names the file declares itself.
 */
export function mappedImports(model: Model, part: 'type' | 'zod', taken: ReadonlySet<string>): MappedImports {
  const byModule = new Map<string, Map<string, string>>();
  const used = new Set(taken);
  for (const mapping of mappingsOf(model)) {
    if (mapping.to !== 'custom') continue;
    const e = part === 'type' ? mapping.type : mapping.zod;
    if (e === undefined) continue;
    const names = byModule.get(e.module) ?? new Map<string, string>();
    byModule.set(e.module, names);
    if (names.has(e.name)) continue;
    const base = reserved.has(e.name) ? e.name[0]!.toUpperCase() + e.name.slice(1) : e.name;
    let local = base;
    for (let n = 2; used.has(local); n++) local = `${base}_${n}`;
    used.add(local);
    names.set(e.name, local);
  }
  const lines = [...byModule].map(([module, names]) => {
    const specifiers = [...names].map(([name, local]) => (name === local ? name : `${name} as ${local}`));
    const from = `from ${JSON.stringify(module)};`;
    const keyword = part === 'type' ? 'import type' : 'import';
    const line = `${keyword} { ${specifiers.join(', ')} } ${from}`;
    return line.length <= 100 ? line : `${keyword} {\n${specifiers.map((s) => `  ${s},\n`).join('')}} ${from}`;
  });
  return {
    source: lines.join('\n'),
    localName: (e) => byModule.get(e.module)?.get(e.name) ?? e.name,
  };
}
