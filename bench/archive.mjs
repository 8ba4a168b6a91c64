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
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24 } from '../scripts/node24.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(repo, '.bench');
const payload = path.join(benchDir, 'payload');
const stamp = path.join(benchDir, 'payload.json');
const outDir = path.join(benchDir, 'out');
const MB = Number(process.env.BENCH_MB ?? 500);
const LEVEL = process.env.BENCH_LEVEL ?? '6';
const MAX_RSS_MB = Number(process.env.BENCH_MAX_RSS_MB ?? 150);
const EXTRA = process.env.BENCH_EXTRA === '1';
const TIME = '/usr/bin/time';
const PAYLOAD_VERSION = 2;
const MiB = 1024 * 1024;

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
// Payload

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePayload() {
  rmSync(payload, { recursive: true, force: true });
  mkdirSync(payload, { recursive: true });
  const rand = rng(20240501);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const letters = 'etaoinshrdlucmfwypvbgkjqxz';
  const words = Array.from({ length: 2000 }, () =>
    Array.from({ length: int(2, 11) }, () => letters[Math.floor(rand() ** 2 * 26)]).join(''),
  );
  const chunk = Buffer.alloc(MiB);

  const textChunk = (n) => {
    let off = 0;
    while (off < n) {
      let line = `${int(0, 9999).toString().padStart(4, '0')}:`;
      for (let w = int(4, 14); w > 0; w--) line += ` ${words[Math.floor(rand() ** 1.5 * words.length)]}`;
      off += chunk.write(`${line}\n`, off);
    }
    return chunk.subarray(0, n);
  };
  const randomChunk = (n) => {
    for (let i = 0; i + 4 <= n; i += 4) chunk.writeUInt32LE((rand() * 4294967296) >>> 0, i);
    return chunk.subarray(0, n);
  };

  const total = MB * MiB;
  let written = 0;
  let files = 0;
  let textBytes = 0;
  while (written < total) {
    const r = rand();
    // many small files, some medium, a few large; about 30% of them random bytes
    const size = Math.min(
      total - written,
      r < 0.85 ? int(200, 64 * 1024) : r < 0.99 ? int(64 * 1024, 2 * MiB) : int(2 * MiB, 32 * MiB),
    );
    const random = rand() < 0.3;
    const dir = path.join(payload, `d${int(0, 15)}`, `s${int(0, 3)}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `f${files}.${random ? 'bin' : 'txt'}`);
    const fd = openSync(file, 'w');
    for (let left = size; left > 0;) {
      const n = Math.min(left, MiB - 256);
      writeSync(fd, random ? randomChunk(n) : textChunk(n));
      left -= n;
    }
    closeSync(fd);
    written += size;
    files++;
    if (!random) textBytes += size;
  }
  const info = { version: PAYLOAD_VERSION, mb: MB, files, textBytes, randomBytes: written - textBytes };
  writeFileSync(stamp, JSON.stringify(info) + '\n');
  return info;
}

function payloadInfo() {
  if (existsSync(stamp) && existsSync(payload)) {
    const info = JSON.parse(readFileSync(stamp, 'utf8'));
    if (info.version === PAYLOAD_VERSION && info.mb === MB) return info;
  }
  process.stdout.write(`generating a ${MB} MiB payload in ${path.relative(repo, payload)} … `);
  const t = Date.now();
  const info = makePayload();
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  return info;
}

// ---------------------------------------------------------------------------------------------
// Runs

/** Runs `cmd args` under GNU time; returns wall seconds, peak RSS (MiB) and the output's size. */
function measure(label, cmd, args, out, opts = {}) {
  rmSync(out, { force: true });
  const tfile = path.join(outDir, 'time.txt');
  const r = spawnSync(TIME, ['-o', tfile, '-f', '%e %M', cmd, ...args], {
    cwd: opts.cwd ?? repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, GZIP: undefined, XZ_OPT: undefined, ZSTD_CLEVEL: undefined, ...(opts.env ?? {}) },
  });
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  const [secs, kb] = readFileSync(tfile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  return { label, secs, rssMb: kb / 1024, sizeMb: statSync(out).size / MiB };
}

function ours(format) {
  const out = path.join(outDir, `ours.${format}`);
  const m = measure(`ours ${format}`, node24(), [runner, format, payload, out, LEVEL], out);
  return { ...m, out };
}

function check(cmd, args) {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

const info = payloadInfo();
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

const row = (cells) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(14) : String(c).padStart(14))).join('');
console.log('');
console.log(row(['', 'time s', 'peak RSS MiB', 'size MiB', 'time ratio', 'RSS ratio', 'size ratio']));
let worst = 0;
for (const [native, mine] of pairs) {
  console.log(
    row([
      native.label,
      native.secs.toFixed(2),
      native.rssMb.toFixed(1),
      native.sizeMb.toFixed(1),
      '',
      '',
      '',
    ]),
  );
  console.log(
    row([
      mine.label,
      mine.secs.toFixed(2),
      mine.rssMb.toFixed(1),
      mine.sizeMb.toFixed(1),
      `${(mine.secs / native.secs).toFixed(2)}x`,
      `${(mine.rssMb / native.rssMb).toFixed(2)}x`,
      `${(mine.sizeMb / native.sizeMb).toFixed(3)}x`,
    ]),
  );
  // the budget is for tar.gz and zip; xz and zstd need their own window memory (native too)
  if (/tar\.gz|zip/.test(mine.label)) worst = Math.max(worst, mine.rssMb);
}
console.log('');
if (worst > MAX_RSS_MB) {
  console.error(`FAIL: our peak RSS for tar.gz/zip ${worst.toFixed(1)} MiB exceeds ${MAX_RSS_MB} MiB`);
  process.exit(1);
}
console.log(`ok: our peak RSS for tar.gz/zip ${worst.toFixed(1)} MiB ≤ ${MAX_RSS_MB} MiB`);
