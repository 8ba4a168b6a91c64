// What the benchmarks share: the deterministic payload, timing a command under GNU time, loading
// the bundle, and the ours-vs-native table.
import { spawnSync } from 'node:child_process';
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
import { pathToFileURL } from 'node:url';

export const MiB = 1024 * 1024;
export const TIME = '/usr/bin/time';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `mb` MiB of mixed files into `dir` (replacing it), the same bytes every time: many small
 * files, some medium, a few large; text-like (compressible) or, for about 30% of them, random.
 */
export function makePayload(dir, mb) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
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

  const total = mb * MiB;
  let written = 0;
  let files = 0;
  let textBytes = 0;
  const dirs = new Set([dir]);
  while (written < total) {
    const r = rand();
    const size = Math.min(
      total - written,
      r < 0.85 ? int(200, 64 * 1024) : r < 0.99 ? int(64 * 1024, 2 * MiB) : int(2 * MiB, 32 * MiB),
    );
    const random = rand() < 0.3;
    const top = path.join(dir, `d${int(0, 15)}`);
    const sub = path.join(top, `s${int(0, 3)}`);
    mkdirSync(sub, { recursive: true });
    dirs.add(top).add(sub);
    const fd = openSync(path.join(sub, `f${files}.${random ? 'bin' : 'txt'}`), 'w');
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
  return { mb, files, dirs: dirs.size, textBytes, randomBytes: written - textBytes };
}

/** The payload in `dir`, generated once and reused while `stamp` records the same version and size. */
export function cachedPayload(dir, stamp, mb, version, repo) {
  if (existsSync(stamp) && existsSync(dir)) {
    const info = JSON.parse(readFileSync(stamp, 'utf8'));
    if (info.version === version && info.mb === mb) return info;
  }
  process.stdout.write(`generating a ${mb} MiB payload in ${path.relative(repo, dir)} … `);
  const t = Date.now();
  const info = { version, ...makePayload(dir, mb) };
  writeFileSync(stamp, JSON.stringify(info) + '\n');
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  return info;
}

/** Runs `cmd args` under GNU time; returns wall seconds, peak RSS (MiB) and the output's size. */
export function measure(label, cmd, args, out, { timeFile, cwd, env = {} }) {
  rmSync(out, { force: true });
  const r = spawnSync(TIME, ['-o', timeFile, '-f', '%e %M', cmd, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, GZIP: undefined, XZ_OPT: undefined, ZSTD_CLEVEL: undefined, ...env },
  });
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  const [secs, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  return { label, secs, rssMb: kb / 1024, sizeMb: statSync(out).size / MiB, out };
}

/** Prints [native, ours] pairs with ours/native ratios. */
export function printPairs(pairs, labelWidth = 16) {
  const row = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(labelWidth) : String(c).padStart(14))).join('');
  console.log(row(['', 'time s', 'peak RSS MiB', 'size MiB', 'time ratio', 'RSS ratio', 'size ratio']));
  for (const [native, mine] of pairs) {
    const m = (x) => [x.label, x.secs.toFixed(2), x.rssMb.toFixed(1), x.sizeMb.toFixed(1)];
    console.log(row([...m(native), '', '', '']));
    console.log(
      row([
        ...m(mine),
        `${(mine.secs / native.secs).toFixed(2)}x`,
        `${(mine.rssMb / native.rssMb).toFixed(2)}x`,
        native.sizeMb > 0 ? `${(mine.sizeMb / native.sizeMb).toFixed(3)}x` : '',
      ]),
    );
  }
}

/**
 * The named exports of the bundle, ../dist/index.js (or the module named by DISTRO_ARCHIVE_MODULE,
 * to measure another build); exits 2 with what to do when it is missing.
 */
export async function loadBundle(...names) {
  const modulePath = process.env.DISTRO_ARCHIVE_MODULE
    ? path.resolve(process.env.DISTRO_ARCHIVE_MODULE)
    : new URL('../dist/index.js', import.meta.url).pathname;
  if (!existsSync(modulePath)) {
    console.error(`${modulePath} does not exist: run npm run build first`);
    process.exit(2);
  }
  const mod = await import(pathToFileURL(modulePath).href);
  for (const n of names) {
    if (typeof mod[n] !== 'function') {
      console.error(`${modulePath} does not export ${n}: run npm run build first`);
      process.exit(2);
    }
  }
  return mod;
}
