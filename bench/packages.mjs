#!/usr/bin/env node
// Benchmark: our deb and rpm writers (the bundle, dist/index.js) against dpkg-deb and rpmbuild.
//
//   npm run build && node scripts/node24.mjs bench/packages.mjs
//
// For each size in BENCH_SIZES (MiB, default "100,1000") builds a deterministic payload once into
// .bench/pkgroot-<size>/usr/share/benchdata (the archive bench's generator: text-like files of many
// sizes plus random-byte files, from a seeded PRNG), laid out as a package root. Then times
//   dpkg-deb --build --root-owner-group -Zgzip -z6   vs  our writeDeb (gzip)
//   rpmbuild -bb (payload w6.gzdio, files already in the buildroot)  vs  our writeRpm (gzip 6)
// (BENCH_EXTRA=1 adds dpkg-deb -Zxz -z6 vs our deb with xz), each in its own process under GNU time
// (`/usr/bin/time`, Debian package `time`) for wall time and peak RSS, checks every output's file
// count (dpkg-deb --contents, rpm -qpl) and prints a table with our/native ratios. Then the
// package-format action end to end (process start to exit, upload into a local artifact store
// included) making the same deb, against dpkg-deb's time. Our side runs
// bench/packages-run.mjs on Node 24. Exits 1 when our peak RSS for a gzip package of the largest
// payload exceeds BENCH_MAX_RSS_MB (default 200); xz needs its window memory, as dpkg-deb does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24 } from '../scripts/node24.mjs';
import { cachedPayload, measure as timed, MiB, printPairs, TIME } from './lib.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(repo, '.bench');
const outDir = path.join(benchDir, 'pkg-out');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map((s) => Number(s.trim()));
const LEVEL = '6';
const MAX_RSS_MB = Number(process.env.BENCH_MAX_RSS_MB ?? 200);
const EXTRA = process.env.BENCH_EXTRA === '1';
const EPOCH = process.env.SOURCE_DATE_EPOCH ?? '1700000000';
const PAYLOAD_VERSION = 1;
const TOP = 'usr/share/benchdata';

if (!SIZES.length || SIZES.some((n) => !(n > 0))) {
  console.error(`BENCH_SIZES must be a comma-separated list of MiB sizes, got ${process.env.BENCH_SIZES}`);
  process.exit(2);
}
for (const [tool, hint] of [
  [TIME, 'install GNU time (apt-get install -y time)'],
  ['/usr/bin/dpkg-deb', 'install dpkg'],
  ['/usr/bin/rpmbuild', 'install rpm'],
]) {
  if (!existsSync(tool)) {
    console.error(`${tool} is missing: ${hint}`);
    process.exit(2);
  }
}
const runner = path.join(repo, 'bench', 'packages-run.mjs');
if (!process.env.DISTRO_ARCHIVE_MODULE && !existsSync(path.join(repo, 'dist', 'index.js'))) {
  console.error('dist/index.js does not exist: run npm run build first');
  process.exit(2);
}

function payloadInfo(mb) {
  const root = path.join(benchDir, `pkgroot-${mb}`);
  return { ...cachedPayload(path.join(root, TOP), `${root}.json`, mb, PAYLOAD_VERSION, repo), root };
}

// ---------------------------------------------------------------------------------------------
// Runs

function measure(label, cmd, args, out) {
  return timed(label, cmd, args, out, {
    timeFile: path.join(outDir, 'time.txt'),
    cwd: repo,
    env: { SOURCE_DATE_EPOCH: EPOCH },
  });
}

function ours(packager, compression, root, out) {
  return measure(
    `ours ${packager} ${compression}`,
    node24(),
    [runner, packager, root, out, compression, LEVEL],
    out,
  );
}

/** Regular files in a deb (dpkg-deb --contents lines for non-directories). */
function debFiles(deb, under = '') {
  const list = execFileSync('dpkg-deb', ['--contents', deb], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return list.split('\n').filter((l) => l && !l.startsWith('d') && l.includes(` ${under}`)).length;
}

/** Paths in an rpm (rpm -qpl: the files and the directories it owns). */
function rpmPaths(rpm) {
  const list = execFileSync('rpm', ['-qpl', '--nosignature', rpm], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return list.split('\n').filter(Boolean).length;
}

function verify(what, got, want) {
  if (got !== want) {
    console.error(`FAIL: ${what}: ${got} entries, expected ${want}`);
    process.exit(1);
  }
}

function debPair(info, compression, flag) {
  const control = path.join(info.root, 'DEBIAN');
  mkdirSync(control, { recursive: true });
  writeFileSync(
    path.join(control, 'control'),
    'Package: benchdata\nVersion: 1.0-1\nArchitecture: all\nMaintainer: Bench <bench@example.org>\n' +
      'Section: misc\nPriority: optional\nDescription: benchmark payload\n' +
      ' Generated data for bench/packages.mjs.\n',
  );
  const nativeOut = path.join(outDir, `native-${compression}.deb`);
  let native;
  try {
    native = measure(
      `dpkg-deb ${compression}`,
      'dpkg-deb',
      ['--build', '--root-owner-group', `-Z${flag}`, `-z${LEVEL}`, info.root, nativeOut],
      nativeOut,
    );
  } finally {
    rmSync(control, { recursive: true, force: true }); // rpmbuild must not see it
  }
  const mine = ours('deb', compression, info.root, path.join(outDir, `ours-${compression}.deb`));
  verify(native.label, debFiles(native.out), info.files);
  verify(mine.label, debFiles(mine.out), info.files);
  return [native, mine];
}

function rpmPair(info) {
  const top = path.join(outDir, 'rpmbuild');
  rmSync(top, { recursive: true, force: true });
  mkdirSync(path.join(top, 'BUILD'), { recursive: true });
  const spec = path.join(top, 'benchdata.spec');
  writeFileSync(
    spec,
    [
      'Name: benchdata',
      'Version: 1.0',
      'Release: 1',
      'Summary: benchmark payload',
      'License: MIT',
      'BuildArch: noarch',
      '',
      '%description',
      'Generated data for bench/packages.mjs.',
      '',
      '%files',
      '%defattr(-,root,root,-)',
      `/${TOP}`,
      '',
    ].join('\n'),
  );
  const nativeOut = path.join(top, 'RPMS', 'benchdata.rpm');
  const define = (k, v) => ['--define', `${k} ${v}`];
  const native = measure(
    'rpmbuild gzip',
    'rpmbuild',
    [
      '-bb',
      '--quiet',
      '--noclean', // the default %clean is rm -rf %{buildroot}: the payload
      ...define('_topdir', top),
      ...define('_builddir', path.join(top, 'BUILD')),
      ...define('_rpmdir', path.join(top, 'RPMS')),
      ...define('_build_name_fmt', 'benchdata.rpm'),
      // the payload is already in the buildroot: no %install cleanup, no post-install processing
      ...define('__spec_install_pre', '%{nil}'),
      ...define('__spec_clean_body', '%{nil}'),
      ...define('__os_install_post', '%{nil}'),
      ...define('debug_package', '%{nil}'),
      ...define('_build_id_links', 'none'),
      ...define('_binary_payload', `w${LEVEL}.gzdio`),
      '--buildroot',
      info.root,
      spec,
    ],
    nativeOut,
  );
  if (!existsSync(path.join(info.root, TOP))) {
    console.error(`FAIL: rpmbuild removed the payload in ${info.root}`);
    process.exit(1);
  }
  const mine = ours('rpm', 'gzip', info.root, path.join(outDir, 'ours-gzip.rpm'));
  verify(native.label, rpmPaths(native.out), info.files + info.dirs);
  verify(mine.label, rpmPaths(mine.out), info.files + info.dirs);
  return [native, mine];
}

/**
 * The package-format action end to end (its bundle, dist/actions/package-format, process start to
 * exit: start-up, config, writing, manifest, upload into the local artifact store) making the
 * same deb from an nfpm-style config, against dpkg-deb's time on the same payload.
 */
function actionRun(info, native) {
  const ws = info.root;
  const config = path.join(ws, 'nfpm.yaml');
  const dist = path.join(ws, 'dist');
  const files = path.join(outDir, 'action');
  rmSync(files, { recursive: true, force: true });
  mkdirSync(path.join(files, 'tmp'), { recursive: true });
  writeFileSync(
    config,
    [
      'name: benchdata',
      'arch: all',
      'version: 1.0',
      'maintainer: Bench <bench@example.org>',
      'description: benchmark payload',
      'license: MIT',
      'contents:',
      `  - { src: ${TOP}, dst: /${TOP}, type: tree }`,
      '',
    ].join('\n'),
  );
  const env = {
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(files, 'tmp'),
    DISTRO_ARTIFACTS_DIR: path.join(files, 'store'),
    INPUT_CONFIG: 'nfpm.yaml',
    INPUT_FORMATS: 'deb',
  };
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    env[f] = path.join(files, f.toLowerCase());
    writeFileSync(env[f], '');
  }
  try {
    const mine = timed(
      'action e2e deb',
      node24(),
      [path.join(repo, 'dist', 'actions', 'package-format', 'index.js')],
      path.join(dist, 'benchdata_1.0-1_all.deb'),
      { timeFile: path.join(outDir, 'time.txt'), cwd: ws, env: { SOURCE_DATE_EPOCH: EPOCH, ...env } },
    );
    // the action adds the Debian copyright and changelog files: count the payload's own
    verify(mine.label, debFiles(mine.out, `./${TOP}/`), info.files);
    return [{ ...native, label: 'dpkg-deb gzip' }, mine];
  } finally {
    rmSync(config, { force: true });
    rmSync(dist, { recursive: true, force: true }); // rpmbuild and dpkg-deb must not see it
  }
}

let failed = false;
const largest = Math.max(...SIZES);
console.log(`node ${execFileSync(node24(), ['--version'], { encoding: 'utf8' }).trim()}; level ${LEVEL}`);
for (const mb of SIZES) {
  const info = payloadInfo(mb);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  console.log(
    `\npayload: ${info.mb} MiB in ${info.files} files, ${info.dirs} directories ` +
      `(${(info.textBytes / MiB).toFixed(0)} MiB text, ${(info.randomBytes / MiB).toFixed(0)} MiB random)`,
  );
  const pairs = [debPair(info, 'gzip', 'gzip')];
  if (EXTRA) pairs.push(debPair(info, 'xz', 'xz'));
  pairs.push(rpmPair(info));
  if (existsSync(path.join(repo, 'dist', 'actions', 'package-format', 'index.js')))
    pairs.push(actionRun(info, pairs[0][0]));

  printPairs(pairs);
  const worst = Math.max(
    0,
    ...pairs
      .map(([, mine]) => mine)
      .filter((m) => /gzip/.test(m.label))
      .map((m) => m.rssMb),
  );

  console.log(`outputs verified: ${info.files} files in every package`);
  if (mb === largest) {
    if (worst > MAX_RSS_MB) {
      console.error(`FAIL: our peak RSS for gzip packages ${worst.toFixed(1)} MiB exceeds ${MAX_RSS_MB} MiB`);
      failed = true;
    } else console.log(`ok: our peak RSS for gzip packages ${worst.toFixed(1)} MiB ≤ ${MAX_RSS_MB} MiB`);
  }
}
process.exit(failed ? 1 : 0);
