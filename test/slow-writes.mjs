// Preloaded into a structgen CLI run by test/ownership.test.ts (`node --import`): every rename and every
// file write of node:fs/promises waits STRUCTGEN_TEST_SLOW_MS first, so a run's write lasts long enough
// for a second run to start in the middle of it. Test-only: structgen itself has no such switch.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const ms = Number(process.env.STRUCTGEN_TEST_SLOW_MS ?? 20);
const pause = () => new Promise((resolve) => setTimeout(resolve, ms));
const { rename, open } = fs.promises;
fs.promises.rename = async (...args) => {
  await pause();
  return rename(...args);
};
fs.promises.open = async (file, flags, ...rest) => {
  if (typeof flags === 'string' && /[wa]/.test(flags)) await pause();
  return open(file, flags, ...rest);
};
syncBuiltinESMExports();
