export const copyBudget = 512 * 1024;
/**
 * The budget where going past it is an error (`$extends`): never less than `copyBudget`, and four times
 * the document's own size for a large document, so that only copying out of proportion is refused.
 */
export function copyBudgetFor(documentSize) {
    return Math.max(copyBudget, 4 * documentSize);
}
const sizes = new WeakMap();
/** What copying an object's properties costs against the budget. */
export function copySize(object) {
    let size = sizes.get(object);
    if (size === undefined)
        sizes.set(object, (size = JSON.stringify(object.properties).length));
    return size;
}
//# sourceMappingURL=copy-budget.js.map