export { assertNever, childNodes, referencedNames, definitionIndex } from './walk.js';
export { pascalCase, isIdentifierName, typeNameResolver } from './names.js';
export { integerRange, isIntegerKind, stringEncodedKinds, wirePattern } from './numbers.js';
export { exactValueType, listedTagValues } from './values.js';
export { everyOperation, hasOperations, httpMethods, operationDefinitions, operationsByPath, operationTypes, parameterLocations, typeRoots, } from './operations.js';
//# sourceMappingURL=index.js.map