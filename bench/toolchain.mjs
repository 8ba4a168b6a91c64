#!/usr/bin/env node
// Benchmark: setup-cross-toolchain for one Linux gnu target (BENCH_TARGET, default
// aarch64-unknown-linux-gnu), cold (packages downloaded from the
// network and installed by apt) vs warm (the installed files restored from the cache in one
// extraction, dpkg's status merged; no apt install).
//
//   npm run build && BENCH_OK_TO_PURGE=1 node scripts/node24.mjs bench/toolchain.mjs
//   BENCH_TARGET=s390x-unknown-linux-gnu BENCH_OK_TO_PURGE=1 node scripts/node24.mjs bench/toolchain.mjs
//
// WARNING: this modifies the machine. It purges every installed cross package of the target
// (for aarch64: `*-aarch64-linux-gnu`, `*-arm64-cross`; the GNU triple and Debian arch follow
// BENCH_TARGET) twice, before the cold and before the warm run; the warm
// run installs them again; whatever happens, the packages purged first are installed again at the end
// (other tests need the cross compilers). It refuses to run without BENCH_OK_TO_PURGE=1, and needs root or
// passwordless sudo, apt-get and the network (for the cold run).
//
// Both runs start the bundled action (dist/actions/setup-cross-toolchain/index.js) as the GitHub
// runner does (INPUT_* variables, GITHUB_ENV/GITHUB_OUTPUT files) with the local package cache
// (DISTRO_CACHE_DIR, a fresh directory): GitHub's cache service is not reachable here, the local
// store has the same key/restore/save path. Prints the wall time of each and the warm/cold ratio;
// exits 1 when warm is not under a quarter of cold (BENCH_MAX_RATIO, default 0.25).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24 } from '../scripts/node24.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const TARGET = process.env.BENCH_TARGET || 'aarch64-unknown-linux-gnu';
// The Debian names of the target's cross packages: `<gnu triple>` (binutils-s390x-linux-gnu) and
// `<debian arch>-cross` (libc6-s390x-cross).
const CPU = /^([a-z0-9_]+)-unknown-linux-gnu(eabihf)?$/.exec(TARGET);
const DEB_ARCH = {
  aarch64: 'arm64',
  armv7: 'armhf',
  x86_64: 'amd64',
  i686: 'i386',
  powerpc64le: 'ppc64el',
  s390x: 's390x',
  riscv64gc: 'riscv64',
  riscv64: 'riscv64',
}[CPU?.[1] ?? ''];
if (!CPU || !DEB_ARCH) {
  console.error(
    `BENCH_TARGET=${TARGET}: give a Linux gnu target (s390x-unknown-linux-gnu, riscv64gc-unknown-linux-gnu, …)`,
  );
  process.exit(2);
}
const GNU =
  CPU[1] === 'armv7' ? 'arm-linux-gnueabihf' : `${CPU[1].replace(/^riscv64gc$/, 'riscv64')}-linux-gnu`;
const CROSS_RE = new RegExp(`(-${GNU}(-base)?|-${DEB_ARCH}-cross)(:\\S+)?$`);
const MAX_RATIO = Number(process.env.BENCH_MAX_RATIO ?? 0.25);
const entry = path.join(repo, 'dist', 'actions', 'setup-cross-toolchain', 'index.js');

if (process.env.BENCH_OK_TO_PURGE !== '1') {
  console.error(
    `bench/toolchain.mjs purges the ${DEB_ARCH} cross toolchain packages of this machine (and installs them again).\n` +
      'Set BENCH_OK_TO_PURGE=1 to run it.',
  );
  process.exit(2);
}
if (!existsSync(entry)) {
  console.error(`${entry} does not exist: run npm run build first`);
  process.exit(2);
}
const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];

/** The target's cross packages installed now. */
function crossInstalled() {
  return execFileSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\\n'], {
    encoding: 'utf8',
  })
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([n, s]) => s === 'installed' && CROSS_RE.test(n))
    .map(([n]) => n);
}

/** Every package purged by this run: installed again at the end. */
const purged = new Set();

function purge() {
  const list = crossInstalled();
  for (const p of list) purged.add(p);
  if (list.length === 0) return 0;
  const argv = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'purge', '-y', '-q', ...list];
  execFileSync(argv[0], argv.slice(1), { stdio: 'pipe' });
  return list.length;
}

const base = mkdtempSync(path.join(tmpdir(), 'distro-bench-toolchain-'));
const cacheDir = path.join(base, 'cache');
const runnerTemp = path.join(base, 'runner-temp'); // the same path both times: entries are keyed by it

function run(label) {
  // A fresh runner: empty RUNNER_TEMP (so no .deb left from the previous run), same path.
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  const files = mkdtempSync(path.join(base, `files-${label}-`));
  const f = (n) => {
    const p = path.join(files, n);
    writeFileSync(p, '');
    return p;
  };
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? base,
    GITHUB_WORKSPACE: base,
    GITHUB_OUTPUT: f('output'),
    GITHUB_ENV: f('env'),
    GITHUB_PATH: f('path'),
    GITHUB_STEP_SUMMARY: f('summary'),
    RUNNER_TEMP: runnerTemp,
    DISTRO_CACHE_DIR: cacheDir,
    INPUT_TARGET: TARGET,
    INPUT_RUST: 'false',
  };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node24(), [entry], { cwd: base, env, encoding: 'utf8', timeout: 900_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) {
    console.error(r.stdout.split('\n').slice(-30).join('\n'), r.stderr);
    throw new Error(`${label} run failed (exit ${r.status})`);
  }
  // what the cache did, for the record
  for (const l of r.stdout.split('\n'))
    if (/package cache|^apt: /.test(l)) console.log(`  ${label}: ${l.trim()}`);
  const out = readFileSync(path.join(files, 'output'), 'utf8');
  const hit = /cache-hit<<(\S+)\n(.*)\n/.exec(out)?.[2] ?? /^cache-hit=(.*)$/m.exec(out)?.[1];
  const summary = readFileSync(path.join(files, 'summary'), 'utf8');
  const row = (name) => new RegExp(`<td>${name}[^<]*</td><td>([^<]*)</td>`).exec(summary)?.[1] ?? '?';
  return {
    ms,
    hit,
    restore: row('cache restore time'),
    install: row('install time'),
    save: row('cache save time'),
  };
}

try {
  console.log(`purged ${purge()} ${DEB_ARCH} cross packages; cold run (network)…`);
  const cold = run('cold');
  console.log(`purged ${purge()} ${DEB_ARCH} cross packages; warm run (package cache)…`);
  const warm = run('warm');
  const ratio = warm.ms / cold.ms;
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`\n| setup-cross-toolchain ${TARGET} | wall | cache-hit | restore | install | save |`);
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [n, r] of [
    ['cold', cold],
    ['warm', warm],
  ])
    console.log(`| ${n} | ${s(r.ms)} | ${r.hit} | ${r.restore} | ${r.install} | ${r.save} |`);
  console.log(`\nwarm/cold = ${ratio.toFixed(3)} (goal < ${MAX_RATIO})`);
  if (cold.hit !== 'false' || warm.hit !== 'true') {
    console.error('expected a cache miss cold and a hit warm');
    process.exitCode = 1;
  } else if (!(ratio < MAX_RATIO)) process.exitCode = 1;
} finally {
  rmSync(base, { recursive: true, force: true });
  // Leave the machine with the cross toolchain, as other tests expect.
  const now = new Set(crossInstalled());
  const missing = [...purged].filter((p) => !now.has(p));
  if (missing.length) {
    console.log(`installing the ${missing.length} purged packages again…`);
    const argv = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q'];
    execFileSync(argv[0], [...argv.slice(1), '--no-install-recommends', ...missing], { stdio: 'pipe' });
  }
}
