#!/usr/bin/env node
// Benchmark: our OpenPGP signer (src/sign/openpgp.ts, openpgp.js) against gpg.
//
//   node scripts/node24.mjs bench/sign.mjs            # 1000 files of 1 MiB, and one 1 GiB file
//   BENCH_SMALL=1 node scripts/node24.mjs bench/sign.mjs   # 100 files of 1 MiB, one 100 MiB file
//
// Makes a key with gpg in a throwaway GNUPGHOME (BENCH_KEY: ed25519, default, or rsa3072), then times
//   gpg --batch --detach-sign --armor, once per file (a loop)  vs  our signFile({armor: true}), same files
//   gpg --batch --detach-sign --armor on the large file        vs  our signFile on it
// each in its own process under GNU time (`/usr/bin/time`) for wall time and peak RSS, verifies every
// signature with sqv against the exported public key, and prints a table with our/native ratios.
// Our side is this script run with `--run` on Node 24, importing the TypeScript source directly
// (type stripping, with a resolve hook mapping the sources' `.js` imports to their `.ts` files): a
// new module is not in the bundle yet. Exits 1 when our peak RSS on the large file exceeds
// BENCH_MAX_RSS_MB (default 300): signing streams, memory must not grow with the file.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { readdir } from 'node:fs/promises';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { node24 } from '../scripts/node24.mjs';
import { measure as timed, MiB, printPairs, rng, TIME } from './lib.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Resolves a relative `x.js` import that does not exist to `x.ts`: how tsc's nodenext sources import. */
const TS_HOOK = `
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
export async function resolve(spec, ctx, next) {
  if (spec.endsWith('.js') && spec.startsWith('.') && ctx.parentURL?.startsWith('file:')) {
    const url = new URL(spec, ctx.parentURL);
    if (!existsSync(fileURLToPath(url))) return next(url.href.slice(0, -3) + '.ts', ctx);
  }
  return next(spec, ctx);
}`;

// ---------------------------------------------------------------------------------------------
// Our side: `node bench/sign.mjs --run <key.asc> <out-dir> <file>...` signs each file (armored).
if (process.argv[2] === '--run') {
  const [keyFile, outDir, ...files] = process.argv.slice(3);
  register(`data:text/javascript,${encodeURIComponent(TS_HOOK)}`);
  const { loadSigningKey } = await import(pathToFileURL(path.join(repo, 'src/sign/openpgp.ts')).href);
  const signer = await loadSigningKey(readFileSync(keyFile, 'utf8'), undefined);
  for (const file of files) {
    writeFileSync(
      path.join(outDir, `${path.basename(file)}.asc`),
      await signer.signFile(file, { armor: true }),
    );
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The gpg loop: `node bench/sign.mjs --gpg-loop <gnupghome> <out-dir> <file>...`.
if (process.argv[2] === '--gpg-loop') {
  const [home, outDir, ...files] = process.argv.slice(3);
  for (const file of files) {
    const out = path.join(outDir, `${path.basename(file)}.asc`);
    const r = spawnSync('gpg', [
      '--homedir',
      home,
      '--batch',
      '--yes',
      '--detach-sign',
      '--armor',
      '-o',
      out,
      file,
    ]);
    if (r.status !== 0) {
      console.error(`gpg failed on ${file}: ${r.stderr}`);
      process.exit(1);
    }
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The driver.
const SMALL = process.env.BENCH_SMALL === '1';
const COUNT = SMALL ? 100 : 1000;
const LARGE_MB = SMALL ? 100 : 1024;
const KEY = process.env.BENCH_KEY ?? 'ed25519';
const MAX_RSS_MB = Number(process.env.BENCH_MAX_RSS_MB ?? 300);
const PAYLOAD_VERSION = 1;
const benchDir = path.join(repo, '.bench');
const payloadDir = path.join(benchDir, `sign-${COUNT}x1-${LARGE_MB}`);
const outDir = path.join(benchDir, 'sign-out');

for (const [tool, hint] of [
  [TIME, 'install GNU time (apt-get install -y time)'],
  ['/usr/bin/gpg', 'install gpg'],
  ['/usr/bin/sqv', 'install sqv'],
]) {
  if (!existsSync(tool)) {
    console.error(`${tool} is missing: ${hint}`);
    process.exit(2);
  }
}
const KEY_PARAMS = {
  ed25519: ['Key-Type: EDDSA', 'Key-Curve: ed25519'],
  rsa3072: ['Key-Type: RSA', 'Key-Length: 3072'],
};
if (!KEY_PARAMS[KEY]) {
  console.error(`BENCH_KEY must be one of ${Object.keys(KEY_PARAMS).join(', ')}, got ${KEY}`);
  process.exit(2);
}

/** Writes `mb` MiB of seeded random bytes to `file`. */
function writeRandom(file, mb, seed) {
  const rand = rng(seed);
  const chunk = Buffer.alloc(MiB);
  const fd = openSync(file, 'w');
  for (let m = 0; m < mb; m++) {
    for (let i = 0; i < MiB; i += 4) chunk.writeUInt32LE((rand() * 4294967296) >>> 0, i);
    writeSync(fd, chunk);
  }
  closeSync(fd);
}

/** The payload: COUNT files of 1 MiB and one of LARGE_MB MiB, made once and reused. */
function payload() {
  const stamp = `${payloadDir}.json`;
  const many = Array.from({ length: COUNT }, (_, i) =>
    path.join(payloadDir, 'many', `f${String(i).padStart(4, '0')}.bin`),
  );
  const large = path.join(payloadDir, 'large.bin');
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, 'utf8')).version === PAYLOAD_VERSION)
    return { many, large };
  process.stdout.write(
    `generating ${COUNT} × 1 MiB + ${LARGE_MB} MiB in ${path.relative(repo, payloadDir)} … `,
  );
  const t = Date.now();
  rmSync(payloadDir, { recursive: true, force: true });
  mkdirSync(path.join(payloadDir, 'many'), { recursive: true });
  many.forEach((f, i) => writeRandom(f, 1, i + 1));
  writeRandom(large, LARGE_MB, 424242);
  writeFileSync(stamp, JSON.stringify({ version: PAYLOAD_VERSION }) + '\n');
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  return { many, large };
}

function gpg(home, args) {
  return execFileSync('gpg', ['--homedir', home, '--batch', ...args], { encoding: 'utf8', stdio: 'pipe' });
}

/** A fresh key (no passphrase) in a throwaway GNUPGHOME; its secret and public key exported to files. */
function makeKey() {
  const home = mkdtempSync(path.join(tmpdir(), 'bench-gpg-'));
  chmodSync(home, 0o700);
  const params = path.join(home, 'params');
  writeFileSync(
    params,
    [
      ...KEY_PARAMS[KEY],
      'Key-Usage: sign',
      'Name-Real: Bench',
      'Name-Email: bench@example.org',
      'Expire-Date: 0',
      '%no-protection',
      '%commit',
      '',
    ].join('\n'),
  );
  gpg(home, ['--gen-key', params]);
  const secret = path.join(home, 'secret.asc');
  const pub = path.join(home, 'public.gpg');
  gpg(home, ['--armor', '--output', secret, '--export-secret-keys']);
  gpg(home, ['--output', pub, '--export']);
  return { home, secret, pub };
}

/** Every `<out>/<name>.asc` must verify with sqv over its file. */
async function verifyAll(label, dir, files, keyring) {
  const sigs = new Set(await readdir(dir));
  for (const file of files) {
    const sig = path.join(dir, `${path.basename(file)}.asc`);
    const r = sigs.has(path.basename(sig))
      ? spawnSync('sqv', ['--keyring', keyring, sig, file])
      : { status: -1, stderr: 'missing' };
    if (r.status !== 0) {
      console.error(`FAIL: ${label}: ${sig} does not verify: ${r.stderr}`);
      process.exit(1);
    }
  }
}

function measure(label, cmd, args, out) {
  return timed(label, cmd, args, out, { timeFile: path.join(outDir, 'time.txt'), cwd: repo });
}

const { many, large } = payload();
const key = makeKey();
let failed = false;
try {
  const node = node24();
  const self = fileURLToPath(import.meta.url);
  console.log(
    `node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}; ${gpg(key.home, ['--version']).split('\n')[0]}; key ${KEY}`,
  );
  gpg(key.home, ['--yes', '--detach-sign', '-o', path.join(key.home, 'warm.sig'), key.pub]); // start gpg-agent

  const pairs = [];
  for (const [name, files] of [
    [`${COUNT} × 1 MiB`, many],
    [`1 × ${LARGE_MB} MiB`, [large]],
  ]) {
    const dirs = { gpg: path.join(outDir, 'gpg'), ours: path.join(outDir, 'ours') };
    rmSync(outDir, { recursive: true, force: true });
    for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
    const last = (d) => path.join(d, `${path.basename(files.at(-1))}.asc`);
    const native =
      files.length === 1
        ? measure(
            `gpg ${name}`,
            'gpg',
            [
              '--homedir',
              key.home,
              '--batch',
              '--yes',
              '--detach-sign',
              '--armor',
              '-o',
              last(dirs.gpg),
              large,
            ],
            last(dirs.gpg),
          )
        : measure(`gpg ${name}`, node, [self, '--gpg-loop', key.home, dirs.gpg, ...files], last(dirs.gpg));
    const mine = measure(
      `ours ${name}`,
      node,
      [self, '--run', key.secret, dirs.ours, ...files],
      last(dirs.ours),
    );
    await verifyAll(native.label, dirs.gpg, files, key.pub);
    await verifyAll(mine.label, dirs.ours, files, key.pub);
    pairs.push([native, mine]);
    if (files.length === 1 && mine.rssMb > MAX_RSS_MB) {
      console.error(
        `FAIL: ours peak RSS ${mine.rssMb.toFixed(0)} MiB on ${name} > BENCH_MAX_RSS_MB=${MAX_RSS_MB}`,
      );
      failed = true;
    }
  }
  console.log(`\nall signatures verified with sqv; size = one .asc file\n`);
  printPairs(pairs, 20);
} finally {
  spawnSync('gpgconf', ['--kill', 'all'], { env: { ...process.env, GNUPGHOME: key.home } });
  rmSync(key.home, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
