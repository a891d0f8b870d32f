/**
 * The candidate closest to `name` by edit distance, if close enough to be a likely typo; failing that,
 * the shortest candidate that contains `name` (`Owner` → `PetOwner`).
 *
 * Bounded, since names come from the document: the distance is only computed between names of at most
 * `maxTypoLength` characters whose lengths differ by no more than the edits allowed (no typo makes a name
 * 1,000,000 characters long, and a full distance over such names took 17 s), in two rows of memory.
 */
const maxTypoLength = 128;
export function nearestName(name, candidates) {
    const list = [...candidates];
    const allowed = Math.max(2, Math.floor(name.length / 3));
    if (name.length <= maxTypoLength) {
        const wanted = name.toLowerCase();
        let best;
        let bestDistance = Infinity;
        for (const candidate of list) {
            if (candidate.length > maxTypoLength || Math.abs(candidate.length - name.length) > allowed)
                continue;
            const distance = editDistance(wanted, candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best !== undefined && bestDistance <= allowed)
            return best;
    }
    const needle = name.toLowerCase();
    if (needle.length < 3)
        return undefined;
    return list.filter((c) => c.toLowerCase().includes(needle)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}
/** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
function editDistance(a, b) {
    // Three rows: the one before the previous is needed for transpositions.
    let before = new Array(b.length + 1).fill(0);
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    let current = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, before[j - 2] + 1);
            current[j] = value;
        }
        [before, previous, current] = [previous, current, before];
    }
    return previous[b.length];
}
//# sourceMappingURL=suggest.js.map