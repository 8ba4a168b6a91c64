#!/usr/bin/env node
// `npm test`: jest on Node 24 with ES modules enabled. Extra arguments go to jest. Ends with the
// plain line `N passed, N failed` (and skipped) so any reader of the log gets the count.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { node24 } from './node24.mjs';

const jest = new URL('../node_modules/jest/bin/jest.js', import.meta.url).pathname;
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
};
const dir = mkdtempSync(path.join(tmpdir(), 'jest-result-'));
const json = path.join(dir, 'result.json');
const r = spawnSync(node24(), [jest, '--json', `--outputFile=${json}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
try {
  const res = JSON.parse(readFileSync(json, 'utf8'));
  const skipped = res.numPendingTests + res.numTodoTests;
  console.log(
    `\n${res.numPassedTests} passed, ${res.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
} catch {
  // jest did not get as far as writing results; its own output says why
}
rmSync(dir, { recursive: true, force: true });
process.exit(r.status ?? 1);
