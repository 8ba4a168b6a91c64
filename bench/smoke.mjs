// qemu-smoke-test overhead: the action's run of one aarch64 binary (the time its JUnit report
// records for the check, and the whole action's wall time) against running the same binary with
// qemu directly; and the set-up time of a cached root filesystem (tarball in the cache → a fresh
// root to install into), cold (first unpack) and warm (unpacked copy kept).
// Usage: node scripts/node24.mjs bench/smoke.mjs [runs]   (needs root, mmdebstrap, qemu-user,
// gcc-aarch64-linux-gnu; the first run makes the bookworm arm64 root filesystem, minutes).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBundle } from './lib.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.argv[2] ?? 10);
const ARM = 'aarch64-unknown-linux-gnu';
const CACHE = process.env.DISTRO_CACHE_DIR ?? '/var/cache/distro-actions-tests/smoke-bench';

const { cli } = await loadBundle('cli');
const entry = path.join(ROOT, 'dist', 'actions', 'qemu-smoke-test', 'index.js');
if (!existsSync(entry)) {
  console.error(`${entry} does not exist: run npm run bundle first`);
  process.exit(2);
}

const base = mkdtempSync(path.join(tmpdir(), 'distro-bench-smoke-'));
const work = path.join(base, 'project');
// The example's tracked files only: not a local run's dist/ or in-tree build output.
const tracked = spawnSync('git', ['ls-files', '-z', '--', 'examples/hello-c'], {
  cwd: ROOT,
  encoding: 'utf8',
});
if (tracked.status !== 0) {
  console.error(`git ls-files failed: ${tracked.stderr}`);
  process.exit(2);
}
for (const f of tracked.stdout.split('\0').filter(Boolean)) {
  cpSync(path.join(ROOT, f), path.join(work, path.relative('examples/hello-c', f)));
}
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000', RUNNER_TEMP: path.join(base, 'temp') };
mkdirSync(env.RUNNER_TEMP);
for (const args of [
  ['build', '-t', ARM, '--no-upload', '-q'],
  ['package', '-t', ARM, '-f', 'deb', '--no-upload', '-q'],
]) {
  const code = await cli(args, { cwd: work, env, out: () => {}, err: (l) => console.error(l) });
  if (code !== 0) process.exit(1);
}
const bin = path.join(work, 'dist', 'build', ARM, 'hello');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function action(inputs, extraEnv = {}) {
  const e = { ...env, ...extraEnv, GITHUB_WORKSPACE: work };
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [entry], { cwd: work, env: e, encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  return { wall, stdout: r.stdout };
}

function checkTime(name) {
  const xml = readFileSync(path.join(work, 'dist', 'smoke', ARM, 'junit.xml'), 'utf8');
  const m = new RegExp(`name="${name}[^"]*" time="([0-9.]+)"`).exec(xml);
  return Number(m[1]) * 1000;
}

const direct = [];
const checks = [];
const walls = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const d = spawnSync('qemu-aarch64', ['-L', `/usr/aarch64-linux-gnu`, bin, '--version']);
  direct.push(performance.now() - t0);
  if (d.status !== 0) process.exit(1);
  walls.push(action({ target: ARM, install: 'false' }).wall);
  checks.push(checkTime('run'));
}
const ratio = median(checks) / median(direct);
console.log(`one binary, ${RUNS} runs (medians):`);
console.log(`  qemu-aarch64 directly        ${median(direct).toFixed(1)} ms`);
console.log(
  `  the action's check           ${median(checks).toFixed(1)} ms   ratio ${ratio.toFixed(2)}x (goal < 1.2x)`,
);
console.log(`  the whole action (node, etc.) ${median(walls).toFixed(0)} ms`);

// Root filesystem set-up: the tarball is in the cache; "cold" unpacks it, "warm" finds it unpacked.
const setup = (out) => {
  const m = /root filesystem \S+: (\w+) \((\d+) ms\), unpacked in (\d+) ms/.exec(out);
  return m ? { source: m[1], find: Number(m[2]), unpack: Number(m[3]) } : undefined;
};
const rootfsDir = path.join(CACHE, 'rootfs');
const first = setup(action({ target: ARM }, { DISTRO_CACHE_DIR: CACHE }).stdout);
if (first?.source === 'built') console.log(`  (made the root filesystem first: ${first.find} ms)`);
for (const d of readdirSync(rootfsDir)) {
  if (!d.endsWith('.tar.zst') && !d.startsWith('.'))
    rmSync(path.join(rootfsDir, d), { recursive: true, force: true });
}
const cold = setup(action({ target: ARM }, { DISTRO_CACHE_DIR: CACHE }).stdout);
const warm = setup(action({ target: ARM }, { DISTRO_CACHE_DIR: CACHE }).stdout);
console.log('cached root filesystem set-up (goal < 10 s):');
console.log(`  cold (unpack the cached tarball)  ${((cold.find + cold.unpack) / 1000).toFixed(2)} s`);
console.log(`  warm (unpacked copy kept)         ${((warm.find + warm.unpack) / 1000).toFixed(2)} s`);
rmSync(base, { recursive: true, force: true });
