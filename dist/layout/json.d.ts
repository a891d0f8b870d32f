export declare function printJson(value: unknown): string | undefined;
