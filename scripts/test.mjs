#!/usr/bin/env node
// `npm test`: jest on Node 24 with ES modules enabled. Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { node24 } from './node24.mjs';

const jest = new URL('../node_modules/jest/bin/jest.js', import.meta.url).pathname;
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
};
const r = spawnSync(node24(), [jest, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
