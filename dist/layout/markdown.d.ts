export type StringWidth = (text: string) => number;
export declare function layoutMarkdown(text: string, width: StringWidth): string | undefined;
