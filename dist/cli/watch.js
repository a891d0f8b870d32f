/**
 * `structgen generate --watch`: one run, then a run of the documents a change concerns whenever a file one
 * of them read changes (the input, its external `$ref`s and `$import`s, the upstream document; `generate()`
 * reports each file it read), when the config changes (all documents, re-planned), or when a file appears
 * where a config glob looks. Changes are debounced (a burst of saves is one run). An input error is
 * printed and the output it would have replaced stays. SIGINT or SIGTERM ends the process with exit 0 at
 * once, or, during a write, as soon as the write is finished or undone: no temporary file stays.
 *
 * It watches folders, not files (Node's `fs.watch`, inotify on Linux, FSEvents on macOS): editors that
 * save by writing a new file and renaming it over the old one replace the file's identity, which a
 * watch on the file itself would lose; the folder sees the rename.
 *
 * Its own writes never start a run: events inside an output folder (the set being replaced, its staged
 * `.structgen-…` files and journal) are dropped, and a config glob never takes up structgen's output as
 * documents (see `planConfigDocuments`). A file that appears, disappears or is renamed where a config
 * glob looks re-plans the config once, and each document then runs once.
 */
import { existsSync, watch } from 'node:fs';
import path from 'node:path';
import { hasErrors } from '../index.js';
import { planFromConfig } from './plan.js';
import { runDocuments } from './run.js';
/** How long the files must be quiet before a run starts. */
const debounceMs = 80;
export async function watchDocuments(initial, options, io, printer) {
    let plan = initial;
    /** Per document (by its key), every file it read in its last run. */
    const reads = new Map();
    const watchers = new Map();
    const pending = new Set();
    let timer;
    let running;
    let writing;
    let stopped = false;
    let finish = () => { };
    const done = new Promise((resolve) => (finish = resolve));
    const stop = () => {
        if (stopped)
            return;
        stopped = true;
        if (timer)
            clearTimeout(timer);
        for (const watcher of watchers.values())
            watcher.close();
        watchers.clear();
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        const end = () => {
            finish(0);
            io.exit?.(0);
        };
        // A write in progress is finished or undone first; otherwise nothing is half-done and the process
        // ends now, even in the middle of generating.
        if (writing) {
            writing.abort();
            void (running ?? Promise.resolve()).then(end, end);
        }
        else {
            end();
        }
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    /** A write inside a watch is aborted by the watch's own stop, never by a default signal handler. */
    const guardWrite = async (work) => {
        if (stopped)
            return { interrupted: 'SIGINT' };
        writing = new AbortController();
        try {
            return { value: await work(writing.signal) };
        }
        catch (error) {
            if (stopped && error instanceof Error && error.name === 'AbortError')
                return { interrupted: 'SIGINT' };
            throw error;
        }
        finally {
            writing = undefined;
        }
    };
    const said = new Set();
    /** Every output folder a run wrote or would write (absolute): what happens inside is structgen's own doing. */
    const outputs = new Set();
    const noteOutputs = () => {
        for (const d of plan.documents)
            if (!d.out.includes('[name]'))
                outputs.add(path.resolve(d.options.cwd, d.out));
    };
    const isOutput = (file) => ownFile.test(path.basename(file)) || [...outputs].some((dir) => file === dir || file.startsWith(dir + path.sep));
    /** Whether a file lies where a config glob looks. */
    const inGlob = (file) => plan.globBases.some((b) => (b.recursive ? file.startsWith(b.dir + path.sep) : path.dirname(file) === b.dir));
    const key = (d) => `${d.pointer ?? ''}\0${typeof d.options.input === 'string' ? path.resolve(d.options.cwd, d.options.input) : ''}`;
    const run = async (documents) => {
        if (documents.length === 0 || stopped)
            return;
        const outcome = await runDocuments(documents, {
            check: false,
            quiet: options.quiet === true,
            verbose: options.verbose === true,
            reporter: options.reporter,
            summary: plan.config !== undefined,
            guardWrite,
            said,
            ...(options.overwrite ? { overwrite: true } : {}),
            ...(plan.configFile !== undefined ? { configFile: plan.configFile } : {}),
        }, io, printer);
        for (const d of outcome.documents) {
            if (d.out !== undefined)
                outputs.add(path.resolve(io.cwd, d.out));
            const k = key(d.document);
            const earlier = reads.get(k);
            // A failed run may have stopped before reading everything: keep following what the last one read.
            reads.set(k, new Set(d.ok || !earlier ? d.reads : [...earlier, ...d.reads]));
        }
        printer.flush();
    };
    /** The files and folders to follow now: every read file, the config, the inputs, and the globs' folders. */
    const follow = () => {
        if (stopped)
            return;
        const files = new Set();
        for (const d of plan.documents) {
            if (typeof d.options.input === 'string' && !/^https?:/i.test(d.options.input))
                files.add(path.resolve(d.options.cwd, d.options.input));
            for (const file of reads.get(key(d)) ?? [])
                files.add(file);
        }
        if (plan.configFile)
            files.add(plan.configFile);
        const wanted = new Map();
        for (const file of files)
            wanted.set(path.dirname(file), false);
        for (const base of plan.globBases)
            wanted.set(base.dir, (wanted.get(base.dir) ?? false) || base.recursive);
        for (const [dir, watcher] of watchers) {
            if (!wanted.has(dir)) {
                watcher.close();
                watchers.delete(dir);
            }
        }
        for (const [dir, recursive] of wanted) {
            if (watchers.has(dir))
                continue;
            try {
                const watcher = watch(dir, { recursive }, (_event, name) => {
                    if (name !== null)
                        changed(path.join(dir, name.toString()));
                });
                watcher.on('error', () => watchers.delete(dir));
                watchers.set(dir, watcher);
            }
            catch {
                // A folder that does not exist (yet): a file expected there cannot change either.
            }
        }
        followed = files;
    };
    let followed = new Set();
    const changed = (file) => {
        if (isOutput(file))
            return;
        if (!followed.has(file) && !inGlob(file))
            return;
        pending.add(file);
        if (timer)
            clearTimeout(timer);
        timer = setTimeout(() => void cycle(), debounceMs);
    };
    const cycle = async () => {
        timer = undefined;
        if (running) {
            await running;
            if (pending.size > 0 && !timer)
                timer = setTimeout(() => void cycle(), debounceMs);
            return;
        }
        const files = [...pending];
        pending.clear();
        running = (async () => {
            let documents;
            const configChanged = plan.configFile !== undefined && files.includes(plan.configFile);
            // A file added, removed or renamed where a glob looks changes the documents; an edit does not.
            const globTouched = files.some((f) => inGlob(f) && (!followed.has(f) || !existsSync(f)));
            if (configChanged || globTouched) {
                const next = await planFromConfig(plan.configFile, io);
                if (hasErrors(next.diagnostics)) {
                    printer.diagnostics(next.diagnostics);
                    printer.complain('structgen: the config has errors; still watching, with the documents it had.');
                    printer.flush();
                    documents = configChanged ? [] : affected(files).filter((d) => typeof d.options.input !== 'string' || existsSync(inputPath(d)));
                }
                else {
                    const known = new Set(plan.documents.map(key));
                    plan = next;
                    noteOutputs();
                    printer.diagnostics(next.diagnostics);
                    // Each document once: a new file is both a new document and a changed input.
                    const fresh = plan.documents.filter((d) => !known.has(key(d)));
                    documents = configChanged ? plan.documents : [...fresh, ...affected(files).filter((d) => !fresh.includes(d))];
                }
            }
            else {
                documents = affected(files);
            }
            if (documents.length > 0) {
                printer.say(`structgen: ${files.map((f) => shownPath(f, io.cwd)).join(', ')} changed; generating ${documents.length} document${documents.length === 1 ? '' : 's'}`);
                await run(documents);
            }
            follow();
        })();
        try {
            await running;
        }
        finally {
            running = undefined;
        }
        if (pending.size > 0 && !timer && !stopped)
            timer = setTimeout(() => void cycle(), debounceMs);
    };
    /** The documents that read one of `files` (or have it as input), in plan order. */
    const affected = (files) => plan.documents.filter((d) => {
        const own = reads.get(key(d));
        const input = typeof d.options.input === 'string' ? path.resolve(d.options.cwd, d.options.input) : undefined;
        return files.some((f) => f === input || own?.has(f));
    });
    // Follow the inputs and the config before the first run, so that a save during it is not missed.
    noteOutputs();
    follow();
    printer.diagnostics(plan.diagnostics);
    if (!hasErrors(plan.diagnostics)) {
        running = run(plan.documents);
        await running;
        running = undefined;
    }
    else {
        printer.flush();
    }
    follow();
    if (!stopped)
        printer.say(`structgen: watching ${followed.size} file${followed.size === 1 ? '' : 's'} for changes (Ctrl-C to stop)`);
    if (pending.size > 0 && !timer)
        timer = setTimeout(() => void cycle(), debounceMs);
    return done;
}
/** The files structgen stages and journals beside its output (`types.ts.structgen-<id>.tmp`, `.structgen-journal.json`). */
const ownFile = /\.structgen-[\w-]+\.(tmp|old)$|^\.structgen-journal\.json(\.tmp)?$/;
function inputPath(d) {
    return path.resolve(d.options.cwd, d.options.input);
}
function shownPath(file, cwd) {
    return (path.relative(cwd, file) || '.').split(path.sep).join('/');
}
//# sourceMappingURL=watch.js.map