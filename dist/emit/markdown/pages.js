/**
 * Which page of the docs each section lives on, and its anchor there. A document with at most
 * `onePageSections` definitions and operations keeps one README.md. A larger one gets README.md as an
 * index and pages under `docs/`: one per operation tag (`docs/operations/<tag>.md`), one for webhooks,
 * and definitions in alphabetical order grouped by the first letter of their name
 * (`docs/definitions/a.md`) — a reader looking for a type knows its name, and tags belong to operations,
 * not to the schemas several of them share. A group that would make a page larger than `pageBudget`
 * bytes is split into numbered pages (`a-2.md`). Anchors are GitHub's (github-slugger), numbered per page
 * in heading order, as GitHub numbers repeated headings.
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { groupHeadingText, operationHeading } from './operations-view.js';
/** Up to this many sections (definitions plus operations) the docs are one README.md. */
export const onePageSections = 60;
/** What a page aims to stay under; pages are checked against `maxPageBytes`, which leaves room for link paths. */
export const pageBudget = 240_000;
export const maxPageBytes = 300 * 1024;
/**
 * Plans the pages. `sizeOf` estimates a section's rendered size in bytes,
 * `documented` are the definitions that get a section, in the order the docs list them.
 */
export function planPages(api, documented, sizeOf, headings) {
    const operationCount = api.groups.reduce((n, g) => n + g.operations.length, 0) + api.webhooks.length;
    const pages = [];
    const all = () => [
        ...api.groups.flatMap((g) => g.operations.map((operation) => ({ kind: 'operation', operation }))),
        ...api.webhooks.map((operation) => ({ kind: 'operation', operation })),
        ...documented.map((definition) => ({ kind: 'definition', definition })),
    ];
    // One page while it is small in sections and in bytes: a few huge sections get pages of their own.
    if (documented.length + operationCount <= onePageSections && all().reduce((n, s) => n + sizeOf(s), 0) <= pageBudget) {
        pages.push({
            path: 'README.md',
            kind: 'single',
            label: headings.title,
            sections: [
                ...api.groups.flatMap((g) => g.operations.map((operation) => ({ kind: 'operation', operation }))),
                ...api.webhooks.map((operation) => ({ kind: 'operation', operation })),
                ...documented.map((definition) => ({ kind: 'definition', definition })),
            ],
        });
    }
    else {
        pages.push({ path: 'README.md', kind: 'index', label: headings.title, sections: [] });
        const files = new Set();
        const file = (folder, stem) => {
            let name = `${folder}/${stem}.md`;
            for (let n = 2; files.has(name); n++)
                name = `${folder}/${stem}-${n}.md`;
            files.add(name);
            return name;
        };
        for (const group of api.groups) {
            const stem = group.tag === undefined ? (group.untaggedLabel === 'All operations' ? 'all' : 'other') : fileStem(group.tag);
            const parts = packed(group.operations.map((operation) => ({ kind: 'operation', operation })), sizeOf);
            parts.forEach((part, i) => {
                const label = `${groupHeadingText(group)}${parts.length > 1 ? ` (${i + 1} of ${parts.length})` : ''}`;
                pages.push({ path: file('docs/operations', stem), kind: 'operations', label, group, sections: part });
            });
        }
        if (api.webhooks.length > 0) {
            const parts = packed(api.webhooks.map((operation) => ({ kind: 'operation', operation })), sizeOf);
            parts.forEach((part, i) => {
                const label = `Webhooks${parts.length > 1 ? ` (${i + 1} of ${parts.length})` : ''}`;
                pages.push({ path: file('docs', 'webhooks'), kind: 'webhooks', label, sections: part });
            });
        }
        const byLetter = new Map();
        for (const definition of documented) {
            const letter = /^[A-Za-z]/.test(definition.typeName) ? definition.typeName[0].toUpperCase() : '_';
            const list = byLetter.get(letter) ?? [];
            list.push(definition);
            byLetter.set(letter, list);
        }
        for (const letter of [...byLetter.keys()].sort()) {
            const parts = packed(byLetter.get(letter).map((definition) => ({ kind: 'definition', definition })), sizeOf);
            parts.forEach((part, i) => {
                const label = `${letter === '_' ? 'other' : letter}${parts.length > 1 ? ` (${i + 1} of ${parts.length})` : ''}`;
                pages.push({
                    path: file('docs/definitions', letter === '_' ? 'other' : letter.toLowerCase()),
                    kind: 'definitions',
                    label,
                    sections: part,
                });
            });
        }
    }
    // Anchors: every heading of a page in order, so repeated ones are numbered as GitHub numbers them.
    const anchors = new Map();
    const headingAnchors = new Map();
    for (const page of pages) {
        const slugger = new GithubSlugger();
        const named = new Map();
        headingAnchors.set(page, named);
        slugger.slug(page.kind === 'single' || page.kind === 'index' ? headings.title : pageTitle(headings.title, page));
        if (page.kind === 'single') {
            for (const text of headings.before)
                named.set(text, slugger.slug(text));
            if (headings.diagram)
                named.set('References', slugger.slug('References'));
            if (api.groups.length > 0)
                slugger.slug('Operations');
            const webhookSet = new Set(api.webhooks);
            let webhooksSeen = false;
            let group;
            for (const section of page.sections) {
                if (section.kind === 'operation') {
                    const owner = api.groups.find((g) => g.operations.includes(section.operation));
                    if (owner && owner !== group) {
                        group = owner;
                        const text = groupHeadingText(owner);
                        const anchor = slugger.slug(text);
                        if (owner.tag !== undefined)
                            named.set(`tag:${owner.tag}`, anchor);
                    }
                    if (webhookSet.has(section.operation) && !webhooksSeen) {
                        webhooksSeen = true;
                        slugger.slug('Webhooks');
                    }
                    anchors.set(section.operation, { page, anchor: slugger.slug(operationHeading(section.operation)) });
                }
                else {
                    anchors.set(section.definition, { page, anchor: slugger.slug(section.definition.typeName) });
                }
            }
        }
        else {
            for (const section of page.sections) {
                const target = section.kind === 'operation' ? section.operation : section.definition;
                const text = section.kind === 'operation' ? operationHeading(section.operation) : section.definition.typeName;
                anchors.set(target, { page, anchor: slugger.slug(text) });
            }
        }
    }
    return {
        pages,
        where: (section) => anchors.get(section),
        headingAnchor: (page, text) => headingAnchors.get(page)?.get(text),
    };
}
/** The one section of a page that is over the budget on its own, with its estimated size; undefined for every other page. */
export function oversized(page, sizeOf) {
    if (page.sections.length !== 1)
        return undefined;
    const bytes = sizeOf(page.sections[0]);
    return bytes > pageBudget ? { section: page.sections[0], bytes } : undefined;
}
/** A page's heading: the document's title and what the page holds. */
export function pageTitle(title, page) {
    switch (page.kind) {
        case 'operations':
            return `${title}: ${page.label}`;
        case 'webhooks':
            return `${title}: ${page.label.replace(/^Webhooks/, 'webhooks')}`;
        case 'definitions':
            return `${title}: definitions ${page.label}`;
        default:
            return title;
    }
}
/** A link from one page to another (`../definitions/a.md`), or nothing for the page itself. */
export function relativeLink(from, to) {
    if (from === to)
        return '';
    return path.posix.relative(path.posix.dirname(from.path), to.path);
}
/**
 * Sections in order, split where a page would pass the budget. A section larger than the budget gets a
 * page alone, and that page says so (see `oversized`): a section is never split across pages.
 */
function packed(sections, sizeOf) {
    const parts = [];
    let current = [];
    let size = 0;
    for (const section of sections) {
        const bytes = sizeOf(section);
        if (current.length > 0 && size + bytes > pageBudget) {
            parts.push(current);
            current = [];
            size = 0;
        }
        current.push(section);
        size += bytes;
    }
    if (current.length > 0)
        parts.push(current);
    return parts;
}
/** A tag as a file name: letters and digits, lower case, words joined by `-`. */
function fileStem(tag) {
    // NFC first: macOS file systems take the NFC and NFD spellings of a name (`한` as one syllable, or as
    // its three jamo) for one file, so two tags that differ only so must get one stem (then numbered).
    const stem = tag
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{Nd}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
    return Array.from(stem).slice(0, 60).join('').replace(/-+$/, '') || 'tag';
}
//# sourceMappingURL=pages.js.map