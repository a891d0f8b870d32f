/**
 * Identifiers derived from definition names. Only letters and digits survive (an allow-list), so no
 * spec text can smuggle syntax into an identifier; the original name stays in the model.
 */

/** `letta__schemas__message__ToolReturn-Output` → `LettaSchemasMessageToolReturnOutput`; `3DModel` → `_3DModel`. */
export function pascalCase(name: string): string {
  const parts = name.match(/[\p{L}\p{Nd}]+/gu) ?? [];
  // Capitalise each part's first letter and keep the rest, so acronyms such as LLMConfig survive.
  const joined = parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  if (joined === '') return 'Type';
  return /^\p{L}/u.test(joined) ? joined : `_${joined}`;
}

/** Whether `name` can be written bare as a property key in TypeScript (`a-b` and `3d` need quotes). */
export function isIdentifierName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}
