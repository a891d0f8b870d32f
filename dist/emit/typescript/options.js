/** The option names, in the order the banner's command and the docs list them. */
export const typeScriptOptionNames = [
    'exportType',
    'immutable',
    'alphabetize',
    'excludeDeprecated',
    'rootTypes',
    'rootTypesNoSchemaPrefix',
    'defaultNonNullable',
    'additionalProperties',
    'emptyObjectsUnknown',
    'arrayLength',
    'enum',
    'enumValues',
    'makePathsEnum',
    'dedupeEnums',
    'propertiesRequiredByDefault',
    'pathParamsAsTypes',
    'generatePathParams',
    'readWriteMarkers',
    'transform',
    'postTransform',
];
//# sourceMappingURL=options.js.map