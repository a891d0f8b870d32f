export type * from './types.js';
export { assertNever, childNodes, referencedNames, definitionIndex } from './walk.js';
export { pascalCase, isIdentifierName, typeNameResolver, type TypeNameOf } from './names.js';
export { integerRange, isIntegerKind, stringEncodedKinds, wirePattern, type IntegerRange } from './numbers.js';
export { exactValueType, listedTagValues } from './values.js';
export { everyOperation, hasOperations, httpMethods, operationDefinitions, operationsByPath, operationTypes, parameterLocations, typeRoots, } from './operations.js';
