import { type Diagnostic } from '../../diagnostics/index.js';
import type { LoadedDocument } from '../load.js';
export declare function allowedFieldTypes(): string[];
export declare function validateFlatDocument(doc: LoadedDocument): Diagnostic[];
