export function docsOf(schema) {
    const docs = {};
    if (typeof schema['description'] === 'string' && schema['description'])
        docs.description = schema['description'];
    if (typeof schema['title'] === 'string')
        docs.title = schema['title'];
    if (Array.isArray(schema['examples']))
        docs.examples = schema['examples'];
    else if ('example' in schema)
        docs.examples = [schema['example']];
    if ('default' in schema)
        docs.default = { value: schema['default'] };
    if (schema['deprecated'] === true)
        docs.deprecated = true;
    return docs;
}
//# sourceMappingURL=docs.js.map