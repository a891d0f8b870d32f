/** Whether a parsed document is a flat JSON Structure summary (apart from the reader, which loads on use). */
export declare function isFlatStructure(value: unknown): boolean;
