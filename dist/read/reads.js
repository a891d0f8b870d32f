/**
 * Which files a run reads. Every file a reader opens goes through `loadDocument`, which notes it here;
 * `generate()` collects the notes of its own run (an AsyncLocalStorage keeps concurrent runs apart), so
 * a watcher knows every file a document depends on: external `$ref`s, `$import`s, the upstream document,
 * and files that were referenced but missing (creating one should regenerate too).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
const current = new AsyncLocalStorage();
/** Runs `work`, adding the absolute path of every file it reads (or tries to) to `into`. */
export function recordReads(into, work) {
    return current.run(into, work);
}
/** Called by the loader for each file it opens. */
export function noteRead(absolutePath) {
    current.getStore()?.add(absolutePath);
}
//# sourceMappingURL=reads.js.map