#!/usr/bin/env node
// Benchmark: our archive writer (the bundle, dist/index.js) against the native tools.
//
//   npm run build && npm run bench
//
// Builds a deterministic payload of BENCH_MB MiB (default 500) once into .bench/payload: text-like,
// compressible files of many sizes plus files of random bytes, from a seeded PRNG. Then times
//   tar czf  vs  our tar.gz,   zip -qr  vs  our zip
// (BENCH_EXTRA=1 adds tar cJf / tar --zstd vs our tar.xz / tar.zst), each in its own process under
// GNU time (`/usr/bin/time`, Debian package `time`) for wall time and peak RSS, and prints a table
// with our/native ratios. Our side runs bench/archive-run.mjs on Node 24 at BENCH_LEVEL (default 6,
// the level tar czf and zip use). Exits 1 when our peak RSS for tar.gz or zip exceeds
// BENCH_MAX_RSS_MB (default 150); xz and zstd need their window memory, as the native tools do.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24 } from '../scripts/node24.mjs';
import { cachedPayload, measure as timed, MiB, printPairs, TIME } from './lib.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(repo, '.bench');
const payload = path.join(benchDir, 'payload');
const stamp = path.join(benchDir, 'payload.json');
const outDir = path.join(benchDir, 'out');
const MB = Number(process.env.BENCH_MB ?? 500);
const LEVEL = process.env.BENCH_LEVEL ?? '6';
const MAX_RSS_MB = Number(process.env.BENCH_MAX_RSS_MB ?? 150);
const EXTRA = process.env.BENCH_EXTRA === '1';
const PAYLOAD_VERSION = 2;

if (!(MB > 0)) {
  console.error(`BENCH_MB must be a positive number of MiB, got ${process.env.BENCH_MB}`);
  process.exit(2);
}
if (!existsSync(TIME)) {
  console.error(`${TIME} is missing: install GNU time (apt-get install -y time)`);
  process.exit(2);
}
const runner = path.join(repo, 'bench', 'archive-run.mjs');
if (!process.env.DISTRO_ARCHIVE_MODULE && !existsSync(path.join(repo, 'dist', 'index.js'))) {
  console.error('dist/index.js does not exist: run npm run build first');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Runs

function measure(label, cmd, args, out, opts = {}) {
  return timed(label, cmd, args, out, { timeFile: path.join(outDir, 'time.txt'), cwd: opts.cwd ?? repo });
}

function ours(format) {
  const out = path.join(outDir, `ours.${format}`);
  return measure(`ours ${format}`, node24(), [runner, format, payload, out, LEVEL], out);
}

function check(cmd, args) {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

const info = cachedPayload(payload, stamp, MB, PAYLOAD_VERSION, repo);
mkdirSync(outDir, { recursive: true });
console.log(
  `payload: ${info.mb} MiB in ${info.files} files (${(info.textBytes / MiB).toFixed(0)} MiB text, ` +
    `${(info.randomBytes / MiB).toFixed(0)} MiB random); level ${LEVEL}; node ${execFileSync(node24(), ['--version'], { encoding: 'utf8' }).trim()}`,
);

const pairs = [];
{
  const out = path.join(outDir, 'native.tar.gz');
  const native = measure(
    'tar czf',
    'tar',
    ['-c', '-f', out, '-I', `gzip -${LEVEL}`, '-C', benchDir, 'payload'],
    out,
  );
  const mine = ours('tar.gz');
  check('gzip', ['-t', mine.out]);
  pairs.push([native, mine]);
}
{
  const out = path.join(outDir, 'native.zip');
  const native = measure('zip -qr', 'zip', ['-qr', `-${LEVEL}`, out, 'payload'], out, { cwd: benchDir });
  const mine = ours('zip');
  check('unzip', ['-tq', mine.out]);
  pairs.push([native, mine]);
}
if (EXTRA) {
  {
    const out = path.join(outDir, 'native.tar.xz');
    const native = measure(
      'tar cJf',
      'tar',
      ['-c', '-f', out, '-I', `xz -T1 -${LEVEL}`, '-C', benchDir, 'payload'],
      out,
    );
    const mine = ours('tar.xz');
    check('xz', ['-t', mine.out]);
    pairs.push([native, mine]);
  }
  {
    const out = path.join(outDir, 'native.tar.zst');
    const native = measure(
      'tar --zstd',
      'tar',
      ['-c', '-f', out, '-I', `zstd -q -T1 -${LEVEL}`, '-C', benchDir, 'payload'],
      out,
    );
    const mine = ours('tar.zst');
    check('zstd', ['-q', '-t', mine.out]);
    pairs.push([native, mine]);
  }
}

console.log('');
printPairs(pairs, 14);
// the budget is for tar.gz and zip; xz and zstd need their own window memory (native too)
const worst = Math.max(
  0,
  ...pairs
    .map(([, mine]) => mine)
    .filter((m) => /tar\.gz|zip/.test(m.label))
    .map((m) => m.rssMb),
);
console.log('');
if (worst > MAX_RSS_MB) {
  console.error(`FAIL: our peak RSS for tar.gz/zip ${worst.toFixed(1)} MiB exceeds ${MAX_RSS_MB} MiB`);
  process.exit(1);
}
console.log(`ok: our peak RSS for tar.gz/zip ${worst.toFixed(1)} MiB ≤ ${MAX_RSS_MB} MiB`);
