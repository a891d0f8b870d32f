export declare function nearestName(name: string, candidates: Iterable<string>): string | undefined;
