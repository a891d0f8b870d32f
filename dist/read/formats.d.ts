export declare function readFormat(name: string, warn: (message: string, hint: string) => void): string;
