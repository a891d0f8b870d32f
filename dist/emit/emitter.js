/** Runs an emitter's two steps in order. */
export async function runEmitter(emitter, model, context) {
    return emitter.emit(model, context, emitter.emitOperations(model, context));
}
//# sourceMappingURL=emitter.js.map