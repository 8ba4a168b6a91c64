#!/usr/bin/env node
// Cold start of an action: process start to its first log line, for each bundled action, against
// a bare `node -e` that prints one line (Node's own start-up); and the CPU time (user + system) and
// peak RSS of the whole process under GNU time, which a busy machine disturbs less than wall time.
// Run: node scripts/node24.mjs bench/cold-start.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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

/** CPU seconds and peak RSS (MiB) of one run to its exit, measured by GNU time. */
function cpu(args, env) {
  const file = path.join(ws, 'time');
  spawnSync('/usr/bin/time', ['-o', file, '-f', '%U %S %M', process.execPath, ...args], {
    env,
    stdio: 'ignore',
  });
  const [user, sys, kb] = readFileSync(file, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { secs: user + sys, mib: kb / 1024 };
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
/** Median CPU seconds and peak RSS of RUNS whole runs. */
function cpuOf(args) {
  const runs = Array.from({ length: RUNS }, () => cpu(args, env));
  return `   CPU ${median(runs.map((r) => r.secs)).toFixed(2)} s, ${median(runs.map((r) => r.mib)).toFixed(0)} MiB`;
}

const bare = ['-e', 'console.log(1)'];
const baseline = [];
for (let i = 0; i < RUNS; i++) baseline.push(await firstLine(bare, env));
const b = median(baseline);
console.log(
  `node ${process.versions.node}, ${RUNS} runs each, median ms to the first line; median CPU (user + system) and peak RSS to exit`,
);
console.log(`${'bare node -e'.padEnd(20)} ${b.toFixed(1).padStart(7)} ms${' '.repeat(40)}${cpuOf(bare)}`);
for (const action of ['build-target', 'package-format', 'sign-artifacts', 'publish-repo', 'distro']) {
  const args = [path.join(root, 'dist/actions', action, 'index.js')];
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await firstLine(args, env));
  const m = median(times);
  console.log(
    `${action.padEnd(20)} ${m.toFixed(1).padStart(7)} ms   ${(m / b).toFixed(2)}× bare node   (+${(m - b).toFixed(1)} ms)${cpuOf(args)}`,
  );
}
