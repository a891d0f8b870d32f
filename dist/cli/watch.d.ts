import { type RunPlan } from './plan.js';
import type { GenerateCommandOptions } from './program.js';
import { Printer, type Io } from './run.js';
export declare function watchDocuments(initial: RunPlan, options: GenerateCommandOptions, io: Io, printer: Printer): Promise<number>;
