/**
 * The per-document flags of `structgen generate`, made from the option table (`documentOptions`), and
 * the way back from what commander parsed to `generate()`'s options. A new generate option gets its
 * flag here without a line of CLI code.
 */
import { Command } from 'commander';
import { type GenerateOptions } from '../index.js';
/** Adds every per-document flag to `command`. */
export declare function addDocumentFlags(command: Command): Command;
/** The document options commander parsed, keyed as `generate()` takes them; only those given. */
export declare function documentOptionsFrom(parsed: Record<string, unknown>): Partial<GenerateOptions>;
/** The long flags that were given, for "does not go with --config" messages. */
export declare function givenFlags(parsed: Record<string, unknown>): string[];
