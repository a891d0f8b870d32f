/** Whether a parsed document is a flat JSON Structure summary (apart from the reader, which loads on use). */
export function isFlatStructure(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'jsonStructure');
}
//# sourceMappingURL=detect.js.map