/** A JSON Structure document names a json-structure.org meta-schema, or looks like one (Core-like). */
export declare function isJsonStructure(value: unknown): boolean;
