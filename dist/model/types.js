/**
 * The Model: the one intermediate form every reader produces and every emitter consumes.
 *
 * It is plain JSON data (no classes, Maps or functions), so it can be dumped, snapshotted and compared.
 * Optionality belongs to a Property, never to a type; every spelling of null folds into `nullable`.
 */
export {};
//# sourceMappingURL=types.js.map