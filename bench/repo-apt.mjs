#!/usr/bin/env node
// Benchmark: our APT repository writer (publishApt from the bundle, dist/index.js) against
// apt-ftparchive, signed with gpg.
//
//   npm run build && node scripts/node24.mjs bench/repo-apt.mjs
//
// Another build: DISTRO_ARCHIVE_MODULE=<bundle>/index.js. When that bundle does not export
// loadSigningKey (src/main.ts does not), DISTRO_SIGN_MODULE names a bundle of src/sign/openpgp.ts:
//   node node_modules/@vercel/ncc/dist/ncc/cli.js build src/main.ts -o /tmp/aptbundle --quiet --target es2023
//   node node_modules/@vercel/ncc/dist/ncc/cli.js build src/sign/openpgp.ts -o /tmp/signbundle --quiet --target es2023
//   DISTRO_ARCHIVE_MODULE=/tmp/aptbundle/index.js DISTRO_SIGN_MODULE=/tmp/signbundle/index.js \
//     BENCH_APT_PACKAGES=5000 node scripts/node24.mjs bench/repo-apt.mjs
//
// Generates BENCH_APT_PACKAGES (default 1000) small debs once with our writeDeb into
// .bench/apt-debs-<n>/ (every tenth one `Architecture: all`, the others amd64) and an Ed25519 key
// (gpg --quick-gen-key, no passphrase). Then, each in its own process under GNU time (wall time,
// peak RSS):
//   full:  a new signed repository of all the debs:
//          native = cp into pool/ + apt-ftparchive packages (--db) + gzip -9 + xz + apt-ftparchive
//          release + gpg --clearsign (InRelease) + gpg -abs (Release.gpg), one bash process;
//          ours   = publishApt (pool layout, Packages/.gz/.xz, by-hash, Release, InRelease, Release.gpg).
//   add 1: one more deb into a copy of that repository: native re-runs the same pipeline with its
//          warm --db cache; ours reads the existing indices and hashes only the new deb.
// Checks that both repositories list the same packages, and prints a table with our/native ratios.
// With `--run <debs-dir> <repo> <key.asc> [suite]` this file is the measured process of our side.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { node24 } from '../scripts/node24.mjs';
import { loadBundle, measure as timed, printPairs, TIME } from './lib.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(repo, '.bench');
const EPOCH = Number(process.env.SOURCE_DATE_EPOCH ?? 1700000000);
const DEBS_VERSION = 1;

/**
 * The module with loadSigningKey when the bundle does not export it (src/main.ts does not):
 * DISTRO_SIGN_MODULE, a bundle of src/sign/openpgp.ts, e.g.
 * `node node_modules/@vercel/ncc/dist/ncc/cli.js build src/sign/openpgp.ts -o /tmp/signbundle`.
 */
async function signerModule() {
  const file = process.env.DISTRO_SIGN_MODULE;
  if (!file) {
    console.error(
      'the bundle does not export loadSigningKey: set DISTRO_SIGN_MODULE to a bundle of src/sign/openpgp.ts',
    );
    process.exit(2);
  }
  const mod = await import(pathToFileURL(path.resolve(file)).href);
  if (typeof mod.loadSigningKey !== 'function') {
    console.error(`${file} does not export loadSigningKey`);
    process.exit(2);
  }
  return mod;
}

// ---------------------------------------------------------------------------------------------
// Our side, as the measured process: publish every .deb of <debs-dir> into <repo>.

if (process.argv[2] === '--run') {
  const [debsDir, out, keyFile] = process.argv.slice(3);
  const bundle = await loadBundle('publishApt');
  const { publishApt } = bundle;
  const loadSigningKey = bundle.loadSigningKey ?? (await signerModule()).loadSigningKey;
  const now = new Date();
  const signer = await loadSigningKey(readFileSync(keyFile, 'utf8'), undefined, { now });
  const debs = readdirSync(debsDir)
    .filter((f) => f.endsWith('.deb'))
    .sort()
    .map((f) => path.join(debsDir, f));
  const r = await publishApt({
    root: out,
    name: 'bench',
    suite: 'stable',
    debs,
    signer,
    now,
    origin: 'Bench',
  });
  console.log(JSON.stringify({ added: r.added.length, hashed: r.hashed.length }));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The driver.

const N = Number(process.env.BENCH_APT_PACKAGES ?? 1000);
if (!Number.isInteger(N) || N < 1) {
  console.error(`BENCH_APT_PACKAGES must be a whole number above 0, got ${process.env.BENCH_APT_PACKAGES}`);
  process.exit(2);
}
for (const [tool, hint] of [
  [TIME, 'install GNU time (apt-get install -y time)'],
  ['/usr/bin/apt-ftparchive', 'install apt-utils'],
  ['/usr/bin/gpg', 'install gpg'],
  ['/usr/bin/xz', 'install xz-utils'],
]) {
  if (!existsSync(tool)) {
    console.error(`${tool} is missing: ${hint}`);
    process.exit(2);
  }
}

const work = path.join(benchDir, 'apt');
const debsDir = path.join(benchDir, `apt-debs-${N}`);
const extraDir = path.join(benchDir, `apt-debs-${N}-extra`);
const home = path.join(benchDir, 'apt-gnupg');

/** `count` small debs in `dir` (cached while the stamp matches): 1-4 KiB text file each. */
async function makeDebs(dir, count, first) {
  const stamp = `${dir}.json`;
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, 'utf8')).version === DEBS_VERSION) return;
  const { writeDeb } = await loadBundle('writeDeb');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  process.stdout.write(`generating ${count} debs in ${path.relative(repo, dir)} … `);
  const t = Date.now();
  for (let i = first; i < first + count; i++) {
    const name = `bench-pkg-${String(i).padStart(5, '0')}`;
    const source = path.join(dir, 'src', name);
    writeFileSync(source, `${name}\n`.repeat(64 + (i % 192)));
    const size = readFileSync(source).length;
    const arch = i % 10 === 0 ? 'all' : 'amd64';
    await writeDeb(path.join(dir, `${name}_1.${i}-1_${arch}.deb`), {
      packager: 'deb',
      name,
      version: `1.${i}`,
      release: '1',
      arch,
      maintainer: 'Bench <bench@example.org>',
      summary: `benchmark package ${i}`,
      description: `benchmark package ${i}\nGenerated for bench/repo-apt.mjs.`,
      section: 'misc',
      priority: 'optional',
      depends: i % 3 ? ['libc6 (>= 2.36)'] : [],
      predepends: [],
      recommends: [],
      suggests: [],
      conflicts: [],
      breaks: [],
      replaces: [],
      provides: [],
      files: [
        {
          dst: `/usr/share/${name}/data`,
          type: 'file',
          source,
          mode: 0o644,
          owner: 'root',
          group: 'root',
          mtime: EPOCH,
          size,
        },
      ],
      scripts: {},
      changelog: [],
      compression: 'gzip',
      buildTime: EPOCH,
      extra: {},
    });
  }
  rmSync(path.join(dir, 'src'), { recursive: true, force: true });
  writeFileSync(stamp, JSON.stringify({ version: DEBS_VERSION, count }) + '\n');
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** An Ed25519 signing key without passphrase; returns its fingerprint and armored secret file. */
function makeKey() {
  const keyFile = path.join(benchDir, 'apt-key.asc');
  if (!existsSync(keyFile)) {
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { recursive: true, mode: 0o700 });
    const gpg = (args) =>
      execFileSync('gpg', ['--homedir', home, '--batch', ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    gpg(['--passphrase', '', '--quick-gen-key', 'Bench <bench@example.org>', 'ed25519', 'sign', '0']);
    writeFileSync(keyFile, gpg(['--armor', '--export-secret-keys']));
  }
  const colons = execFileSync('gpg', ['--homedir', home, '--batch', '--with-colons', '--list-secret-keys'], {
    encoding: 'utf8',
  });
  return { keyFile, fingerprint: /^fpr:+([0-9A-F]+):/m.exec(colons)[1] };
}

// The native pipeline: positional arguments only, nothing interpolated into the script.
const NATIVE = `set -eu
debs="$1"; out="$2"; home="$3"; fpr="$4"; db="$5"
mkdir -p "$out/pool/main" "$out/dists/stable/main/binary-amd64"
cp "$debs"/*.deb "$out/pool/main/"
cd "$out"
idx=dists/stable/main/binary-amd64
apt-ftparchive --db "$db" packages pool > "$idx/Packages"
gzip -9nkf "$idx/Packages"
xz -kf "$idx/Packages"
apt-ftparchive -o APT::FTPArchive::Release::Origin=Bench -o APT::FTPArchive::Release::Suite=stable \\
  -o APT::FTPArchive::Release::Architectures=amd64 -o APT::FTPArchive::Release::Components=main \\
  release dists/stable > Release.new
mv Release.new dists/stable/Release
gpg --homedir "$home" --batch --yes -u "$fpr" --clearsign -o dists/stable/InRelease dists/stable/Release
gpg --homedir "$home" --batch --yes -u "$fpr" -abs -o dists/stable/Release.gpg dists/stable/Release
`;

const timeFile = path.join(work, 'time.txt');
const measure = (label, cmd, args, out) => timed(label, cmd, args, out, { timeFile, cwd: repo });

// GNU time's runner deletes the file it is given before the run: the full runs name Packages.xz (its
// size is compared); the runs that add to a repository name Release.gpg, which nothing reads back.
const PACKAGES_XZ = 'dists/stable/main/binary-amd64/Packages.xz';
const RELEASE_GPG = 'dists/stable/Release.gpg';

function native(label, debs, out, db, key, file) {
  return measure(
    label,
    'bash',
    ['-c', NATIVE, 'native', debs, out, home, key.fingerprint, db],
    path.join(out, file),
  );
}

function ours(label, debs, out, key, file) {
  return measure(
    label,
    node24(),
    [fileURLToPath(import.meta.url), '--run', debs, out, key.keyFile],
    path.join(out, file),
  );
}

/** Package names of a repository (every binary-* Packages of suite stable). */
function listed(root) {
  const names = new Set();
  const dists = path.join(root, 'dists/stable/main');
  for (const d of readdirSync(dists))
    for (const m of readFileSync(path.join(dists, d, 'Packages'), 'utf8').matchAll(/^Package: (.+)$/gm))
      names.add(m[1]);
  return names;
}

function verify(label, root, want) {
  const got = listed(root).size;
  if (got !== want) {
    console.error(`FAIL: ${label}: ${got} packages listed, expected ${want}`);
    process.exit(1);
  }
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
await makeDebs(debsDir, N, 0);
await makeDebs(extraDir, 1, N);
const key = makeKey();
console.log(`node ${execFileSync(node24(), ['--version'], { encoding: 'utf8' }).trim()}; ${N} packages`);

const dirs = {
  native: path.join(work, 'native'),
  ours: path.join(work, 'ours'),
  nativeAdd: path.join(work, 'native-add'),
  oursAdd: path.join(work, 'ours-add'),
};
const db = path.join(work, 'apt-ftparchive.db');
const full = [
  native('apt-ftparchive', debsDir, dirs.native, db, key, PACKAGES_XZ),
  ours('ours', debsDir, dirs.ours, key, PACKAGES_XZ),
];
verify('apt-ftparchive', dirs.native, N);
verify('ours', dirs.ours, N);

cpSync(dirs.native, dirs.nativeAdd, { recursive: true });
cpSync(dirs.ours, dirs.oursAdd, { recursive: true });
const add = [
  native('ftparchive +1', extraDir, dirs.nativeAdd, db, key, RELEASE_GPG),
  ours('ours +1', extraDir, dirs.oursAdd, key, RELEASE_GPG),
];
verify('apt-ftparchive +1', dirs.nativeAdd, N + 1);
verify('ours +1', dirs.oursAdd, N + 1);

console.log('\nfull repository (size: Packages.xz), then adding one package to it (size: Release.gpg)');
printPairs([full, add]);
