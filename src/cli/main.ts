#!/usr/bin/env node
import { runCli } from './program.js';

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    interactive: process.stderr.isTTY === true && !process.env['CI'],
    exit: (code) => process.exit(code),
  });
} catch (error) {
  // A thrown error is a bug in structgen, never a problem with the input: say so plainly.
  process.stderr.write(`structgen: internal error (a bug in structgen, please report it):\n${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 70;
}
