export declare const configSchemaFile = "schemas/structgen.config.schema.json";
export declare function configSchema(): Record<string, unknown>;
