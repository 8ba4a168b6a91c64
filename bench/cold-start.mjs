#!/usr/bin/env node
// Cold start of an action: process start to its first log line, for each bundled action, against
// a bare `node -e` that prints one line (Node's own start-up). Run: node scripts/node24.mjs bench/cold-start.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 15);

function firstLine(args, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let done = false;
    child.stdout.on('data', () => {
      if (done) return;
      done = true;
      resolve(Number(process.hrtime.bigint() - t0) / 1e6);
    });
    child.on('error', reject);
    child.on('close', () => done || reject(new Error(`${args.join(' ')} printed nothing`)));
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const ws = mkdtempSync(path.join(tmpdir(), 'cold-'));
// An unknown target fails fast after the first line, so this times start-up, not building.
const env = {
  PATH: process.env.PATH,
  GITHUB_WORKSPACE: ws,
  RUNNER_TEMP: ws,
  INPUT_TARGET: 'none',
  INPUT_STAGES: 'build',
};
const baseline = [];
for (let i = 0; i < RUNS; i++) baseline.push(await firstLine(['-e', 'console.log(1)'], env));
const b = median(baseline);
console.log(`node ${process.versions.node}, ${RUNS} runs each, median ms to the first line`);
console.log(`${'bare node -e'.padEnd(20)} ${b.toFixed(1).padStart(7)} ms`);
for (const action of ['build-target', 'package-format', 'sign-artifacts', 'distro']) {
  const times = [];
  for (let i = 0; i < RUNS; i++)
    times.push(await firstLine([path.join(root, 'dist/actions', action, 'index.js')], env));
  const m = median(times);
  console.log(
    `${action.padEnd(20)} ${m.toFixed(1).padStart(7)} ms   ${(m / b).toFixed(2)}× bare node   (+${(m - b).toFixed(1)} ms)`,
  );
}
