/**
 * The per-document flags of `structgen generate`, made from the option table (`documentOptions`), and
 * the way back from what commander parsed to `generate()`'s options. A new generate option gets its
 * flag here without a line of CLI code.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  documentOptions,
  parseTypeMappingFlag,
  targetNames,
  type DocumentOptionKey,
  type GenerateOptions,
  type TargetName,
  type TypeMapping,
} from '../index.js';

type Flagged = { [K in DocumentOptionKey]: (typeof documentOptions)[K] extends { flag: unknown } ? K : never }[DocumentOptionKey];

function flagged(): [Flagged, (typeof documentOptions)[Flagged]][] {
  return (Object.entries(documentOptions) as [DocumentOptionKey, (typeof documentOptions)[DocumentOptionKey]][]).filter(
    (entry): entry is [Flagged, (typeof documentOptions)[Flagged]] => 'flag' in entry[1],
  );
}

function parseTargets(value: string): TargetName[] {
  const targets = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = targets.filter((t) => !(targetNames as readonly string[]).includes(t));
  if (targets.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(
      `unknown target ${unknown.map((t) => JSON.stringify(t)).join(', ') || '(none given)'}; choose from ${targetNames.join(', ')}`,
    );
  }
  return [...new Set(targets)] as TargetName[];
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `--type-mapping format=decimal,type=./money.js#Money,zod=./money.js#MoneySchema`, one mapping per use. */
function collectMapping(value: string, previous: TypeMapping[] | undefined): TypeMapping[] {
  try {
    return [...(previous ?? []), parseTypeMappingFlag(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** Adds every per-document flag to `command`. */
export function addDocumentFlags(command: Command): Command {
  for (const [, option] of flagged()) {
    const { spec, kind } = option.flag;
    const description = option.description.replace(/\.$/, '') + (kind === 'repeat' || kind === 'mapping' ? ' (repeatable)' : '');
    const flag = new Option(spec, description);
    if (kind === 'list') flag.argParser(parseTargets);
    if (kind === 'repeat') flag.argParser(collect);
    if (kind === 'mapping') flag.argParser(collectMapping);
    if (kind === 'count') flag.argParser(positiveInteger);
    if (kind === 'value' && 'choices' in option.flag) flag.choices(option.flag.choices as readonly string[]);
    command.addOption(flag);
  }
  return command;
}

/** The document options commander parsed, keyed as `generate()` takes them; only those given. */
export function documentOptionsFrom(parsed: Record<string, unknown>): Partial<GenerateOptions> {
  const options: Record<string, unknown> = {};
  for (const [key, option] of flagged()) {
    const value = parsed[new Option(option.flag.spec).attributeName()];
    if (value !== undefined && value !== false) options[key] = value;
  }
  return options as Partial<GenerateOptions>;
}

/** The long flags that were given, for "does not go with --config" messages. */
export function givenFlags(parsed: Record<string, unknown>): string[] {
  return flagged()
    .filter(([, option]) => parsed[new Option(option.flag.spec).attributeName()] !== undefined)
    .map(([, option]) => /--[\w-]+/.exec(option.flag.spec)![0]);
}
