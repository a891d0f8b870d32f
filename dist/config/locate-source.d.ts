export declare function locateInSource(text: string, fileName: string, pointer: string): {
    line: number;
    column: number;
} | undefined;
