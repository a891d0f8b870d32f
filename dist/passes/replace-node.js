/**
 * Makes `target` become `replacement` where it stands: every parent holds the node by reference, so
 * passes that work on their own copy of the Model can rewrite a node without a second map of where
 * children live (`childNodes` stays the one place that knows).
 */
export function replaceInPlace(target, replacement) {
    const fresh = { ...replacement };
    for (const key of Object.keys(target))
        delete target[key];
    Object.assign(target, fresh);
}
//# sourceMappingURL=replace-node.js.map