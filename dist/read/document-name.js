/**
 * A document's name as its output folder takes it (`[name]` in a config's `out`): the file's base name
 * (or the document's title), in Unicode NFC, keeping letters, marks and digits of every script, `_`
 * and `-`; every other run of characters becomes one `-`. Non-Latin names stay readable and distinct
 * (`목록.json` → `목록`, not the fallback every such name shared before, which made a second document
 * fail with duplicate-output). NFC, because macOS file systems treat the NFC and NFD spellings of a
 * name as one, and a name written the same way twice must not become two folders elsewhere. Case is
 * kept: the run reports two documents whose names differ only in case (see duplicate-output).
 */
export function documentSlug(text, fallback) {
    const slug = text
        .normalize('NFC')
        .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
        .replace(/^-+|-+$/g, '');
    // At most 100 characters, cut between code points; a cut never leaves a trailing `-`.
    return Array.from(slug).slice(0, 100).join('').replace(/-+$/, '') || fallback;
}
//# sourceMappingURL=document-name.js.map