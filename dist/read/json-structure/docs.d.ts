/** Documentation keywords (Core §3.9): description, title (Core-like), examples, default, deprecated. */
import type { Docs } from '../../model/index.js';
import type { Json } from './reader.js';
export declare function docsOf(schema: Json): Docs;
