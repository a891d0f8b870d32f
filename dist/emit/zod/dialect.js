export const classicDialect = {
    specifier: 'zod',
    expression: (e) => e,
    source: (text) => text,
    schemaType: (output) => `z.ZodType<${output}>`,
};
//# sourceMappingURL=dialect.js.map