import type { TypeNode } from '../../model/index.js';
import { type Json, type Reader } from './reader.js';
export declare function arrayNode(r: Reader, schema: Json, at: string, name: string, unique: boolean): TypeNode;
export declare function mapNode(r: Reader, schema: Json, at: string, name: string): TypeNode;
export declare function tupleNode(r: Reader, schema: Json, at: string, name: string): TypeNode;
export declare function choiceNode(r: Reader, schema: Json, at: string, name: string): TypeNode;
