import type { Definition, Operation } from '../../model/index.js';
import { type DocumentedOperations, type TagGroup } from './operations-view.js';
/** Up to this many sections (definitions plus operations) the docs are one README.md. */
export declare const onePageSections = 60;
/** What a page aims to stay under; pages are checked against `maxPageBytes`, which leaves room for link paths. */
export declare const pageBudget = 240000;
export declare const maxPageBytes: number;
export type Section = {
    kind: 'definition';
    definition: Definition;
} | {
    kind: 'operation';
    operation: Operation;
};
export interface Page {
    /** Relative to the output folder, `/`-separated. */
    path: string;
    kind: 'single' | 'index' | 'operations' | 'webhooks' | 'definitions';
    /** The page's own name for its heading and the index: the tag group, or the letters of the definitions. */
    label: string;
    /** The tag group of an operations page. */
    group?: TagGroup;
    sections: Section[];
}
export interface DocsPlan {
    pages: Page[];
    /** The page that holds a section, and the anchor of its heading there. */
    where(section: Definition | Operation): {
        page: Page;
        anchor: string;
    } | undefined;
    /** Anchors of the single page's headings other than sections (tags, References). */
    headingAnchor(page: Page, text: string): string | undefined;
}
/**
 * Plans the pages. `sizeOf` estimates a section's rendered size in bytes,
 * `documented` are the definitions that get a section, in the order the docs list them.
 */
export declare function planPages(api: DocumentedOperations, documented: Definition[], sizeOf: (section: Section) => number, headings: {
    title: string;
    diagram: boolean;
    /** Headings a single page has before its References (Servers, Authentication). */ before: string[];
}): DocsPlan;
/** The one section of a page that is over the budget on its own, with its estimated size; undefined for every other page. */
export declare function oversized(page: Page, sizeOf: (section: Section) => number): {
    section: Section;
    bytes: number;
} | undefined;
/** A page's heading: the document's title and what the page holds. */
export declare function pageTitle(title: string, page: Page): string;
/** A link from one page to another (`../definitions/a.md`), or nothing for the page itself. */
export declare function relativeLink(from: Page, to: Page): string;
