#!/usr/bin/env node
// Benchmark: our YUM repository writer (publishYum from the bundle, dist/index.js) against createrepo_c.
//
//   npm run build && node scripts/node24.mjs bench/repo-yum.mjs
//
// Generates BENCH_YUM_PACKAGES (default 1000) small rpms with our writer (a config file, a binary
// in /usr/bin, a doc file, a changelog; names pkgNNNNN, deterministic), cached in .bench/yum-rpms-N.
// Then, each side in its own process under GNU time (wall time and peak RSS):
//   1. a full repository from all of them: `createrepo_c --no-database` vs publishYum (unsigned)
//   2. adding 1 package to a repository of BENCH_YUM_BIG (default 10000) packages:
//      `createrepo_c --update --no-database` vs publishYum with one new rpm
// and checks that both repositories list the same number of packages. Prints ours/native ratios
// of the fastest of BENCH_YUM_RUNS (default 3) runs of each, their CPU times, and for scale the
// time `cp -r` takes to copy the N rpms (ours copies them into packages/; createrepo_c finds them
// in place). Goals: full within 1.5x of createrepo_c; the incremental add faster than
// createrepo_c --update. DISTRO_ARCHIVE_MODULE names another build of the bundle to measure.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { node24 } from '../scripts/node24.mjs';
import { loadBundle, printPairs, TIME } from './lib.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(repo, '.bench');
const N = Number(process.env.BENCH_YUM_PACKAGES ?? 1000);
const BIG = Number(process.env.BENCH_YUM_BIG ?? 10000);
const NOW = 1763800000;
/** Runs of each measurement; the fastest counts. */
const RUNS = Number(process.env.BENCH_YUM_RUNS ?? 3);

for (const [tool, hint] of [
  [TIME, 'install GNU time (apt-get install -y time)'],
  ['/usr/bin/createrepo_c', 'install createrepo-c'],
]) {
  if (!existsSync(tool)) {
    console.error(`${tool} is missing: ${hint}`);
    process.exit(2);
  }
}
if (!(N > 0 && BIG > 0 && RUNS > 0)) {
  console.error('BENCH_YUM_PACKAGES, BENCH_YUM_BIG and BENCH_YUM_RUNS must be positive numbers');
  process.exit(2);
}

// The child: one publish, measured from outside. node bench/repo-yum.mjs --run <root> <now> <rpm>…
if (process.argv[2] === '--run') {
  const { publishYum } = await loadBundle('publishYum');
  const [root, now, ...rpms] = process.argv.slice(3);
  const r = await publishYum({
    root,
    name: 'bench',
    baseUrl: 'https://example.com/repo',
    unsigned: true,
    now: Number(now),
    rpms,
  });
  console.log(JSON.stringify({ packages: r.packages, added: r.added.length }));
  process.exit(0);
}

const { writeRpm } = await loadBundle('writeRpm', 'publishYum');

/** `count` small rpms in `dir`, made once. */
async function makeRpms(dir, count, first = 0) {
  const stamp = path.join(dir, '.done');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(count)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const srcDir = path.join(benchDir, 'yum-src');
  mkdirSync(srcDir, { recursive: true });
  const conf = path.join(srcDir, 'pkg.conf');
  const bin = path.join(srcDir, 'pkg');
  writeFileSync(conf, 'setting = value\n'.repeat(20));
  writeFileSync(bin, Buffer.alloc(16384, 7));
  process.stdout.write(`writing ${count} rpms into ${path.relative(repo, dir)} … `);
  const t = Date.now();
  const f = (dst, source, mode) => ({
    dst,
    type: 'file',
    source,
    mode,
    owner: 'root',
    group: 'root',
    mtime: NOW,
    size: readFileSync(source).length,
  });
  for (let i = first; i < first + count; i++) {
    const name = `pkg${String(i).padStart(5, '0')}`;
    await writeRpm(path.join(dir, `${name}-1.0-1.x86_64.rpm`), {
      packager: 'rpm',
      name,
      version: '1.0',
      release: '1',
      arch: 'x86_64',
      maintainer: 'Bench <bench@example.com>',
      summary: `Benchmark package ${i}`,
      description: `Benchmark package number ${i}.`,
      license: 'MIT',
      group: 'Applications/System',
      depends: [`pkg${String((i + 1) % (first + count)).padStart(5, '0')}`],
      predepends: [],
      recommends: [],
      suggests: [],
      conflicts: [],
      breaks: [],
      replaces: [],
      provides: [],
      files: [
        f(`/etc/${name}.conf`, conf, 0o644),
        f(`/usr/bin/${name}`, bin, 0o755),
        f(`/usr/share/doc/${name}/README`, conf, 0o644),
      ],
      scripts: {},
      changelog: [{ version: '1.0-1', date: NOW, author: 'Bench <bench@example.com>', text: '- Initial.' }],
      compression: 'gzip',
      buildTime: NOW,
      extra: {},
    });
  }
  writeFileSync(stamp, String(count));
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/**
 * Runs `cmd args` RUNS times (`before()` first each time, unmeasured); keeps the fastest run, with
 * its CPU time (user + system) besides: on a busy machine the wall time alone says little.
 */
function measure(label, cmd, args, before = () => {}) {
  const timeFile = path.join(benchDir, 'yum-time.txt');
  let best;
  for (let run = 0; run < RUNS; run++) {
    before();
    const r = spawnSync(TIME, ['-o', timeFile, '-f', '%e %M %U %S', cmd, ...args], {
      encoding: 'utf8',
      cwd: repo,
    });
    if (r.status !== 0) {
      console.error(`${label} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
      process.exit(1);
    }
    const [secs, kb, user, sys] = readFileSync(timeFile, 'utf8')
      .trim()
      .split('\n')
      .pop()
      .split(/\s+/)
      .map(Number);
    if (!best || secs < best.secs) best = { label, secs, rssMb: kb / 1024, sizeMb: 0, cpu: user + sys };
  }
  return best;
}

/** Packages in a repository's primary.xml.gz. */
function count(repoDir) {
  const repomd = readFileSync(path.join(repoDir, 'repodata/repomd.xml'), 'utf8');
  const href = /<location href="(repodata\/[^"]*primary\.xml\.gz)"/.exec(repomd)[1];
  return Number(/packages="(\d+)"/.exec(gunzipSync(readFileSync(path.join(repoDir, href))).toString())[1]);
}

const self = fileURLToPath(import.meta.url);
const rpmsDir = path.join(benchDir, `yum-rpms-${N}`);
await makeRpms(rpmsDir, N);
const list = readdirSync(rpmsDir).filter((f) => f.endsWith('.rpm'));

// 1. full repository
const crFull = path.join(benchDir, 'yum-cr-full');
const ourFull = path.join(benchDir, 'yum-our-full');
rmSync(crFull, { recursive: true, force: true });
rmSync(ourFull, { recursive: true, force: true });
mkdirSync(path.join(crFull, 'packages'), { recursive: true });
for (const f of list) cpSync(path.join(rpmsDir, f), path.join(crFull, 'packages', f));
// The previous run's output moves aside and is removed after the runs: deleting 1000 files just
// before a run slows the file creation being measured.
const aside = (dir) => () =>
  existsSync(dir) && renameSync(dir, `${dir}.old-${Math.random().toString(36).slice(2)}`);
const removeAside = (dir) => {
  for (const f of readdirSync(path.dirname(dir)))
    if (f.startsWith(`${path.basename(dir)}.old-`))
      rmSync(path.join(path.dirname(dir), f), { recursive: true, force: true });
};
// ours copies the rpms into packages/ (createrepo_c finds them there): for scale, `cp` of them alone
const cpDir = path.join(benchDir, 'yum-cp');
const copyOnly = measure(`cp of the ${N} rpms`, 'cp', ['-r', rpmsDir, cpDir], aside(cpDir));
rmSync(cpDir, { recursive: true, force: true });
removeAside(cpDir);
const full = [
  [
    measure(`createrepo_c ${N}`, 'createrepo_c', ['--quiet', '--no-database', crFull], () =>
      rmSync(path.join(crFull, 'repodata'), { recursive: true, force: true }),
    ),
    measure(
      `ours ${N}`,
      node24(),
      [self, '--run', ourFull, String(NOW), ...list.map((f) => path.join(rpmsDir, f))],
      aside(ourFull),
    ),
  ],
];
removeAside(ourFull);
if (count(crFull) !== N || count(path.join(ourFull, 'stable')) !== N) {
  console.error(`expected ${N} packages in both repositories`);
  process.exit(1);
}

// 2. one package added to a BIG-package repository
const bigRpms = path.join(benchDir, `yum-rpms-${BIG}`);
await makeRpms(bigRpms, BIG);
// named by BIG: the extra package is pkg<BIG>, the one name the BIG repository does not hold
const extraDir = path.join(benchDir, `yum-rpms-extra-${BIG}`);
await makeRpms(extraDir, 1, BIG);
const extra = path.join(
  extraDir,
  readdirSync(extraDir).find((f) => f.endsWith('.rpm')),
);
const bigList = readdirSync(bigRpms).filter((f) => f.endsWith('.rpm'));
const crBig = path.join(benchDir, 'yum-cr-big');
const ourBig = path.join(benchDir, 'yum-our-big');
rmSync(crBig, { recursive: true, force: true });
rmSync(ourBig, { recursive: true, force: true });
mkdirSync(path.join(crBig, 'packages'), { recursive: true });
for (const f of bigList) {
  cpSync(path.join(bigRpms, f), path.join(crBig, 'packages', f));
}
process.stdout.write(`building the two ${BIG}-package repositories … `);
spawnSync('createrepo_c', ['--quiet', '--no-database', crBig]);
const built = spawnSync(
  node24(),
  [self, '--run', ourBig, String(NOW), ...bigList.map((f) => path.join(bigRpms, f))],
  {
    encoding: 'utf8',
  },
);
if (built.status !== 0) {
  console.error(built.stderr);
  process.exit(1);
}
console.log('done');
cpSync(extra, path.join(crBig, 'packages', path.basename(extra)));
utimesSync(path.join(crBig, 'packages', path.basename(extra)), NOW, NOW);
// each run starts from the BIG-package repodata (and, for ours, without the added rpm)
const saved = (d) => path.join(benchDir, `yum-${path.basename(d)}-repodata`);
const restore = (repodata) => () => {
  rmSync(repodata, { recursive: true, force: true });
  cpSync(saved(repodata), repodata, { recursive: true });
};
const crRepodata = path.join(crBig, 'repodata');
const ourRepodata = path.join(ourBig, 'stable', 'repodata');
for (const d of [crRepodata, ourRepodata]) {
  rmSync(saved(d), { recursive: true, force: true });
  cpSync(d, saved(d), { recursive: true });
}
const inc = [
  [
    measure(
      'createrepo_c --update +1',
      'createrepo_c',
      ['--quiet', '--update', '--no-database', crBig],
      restore(crRepodata),
    ),
    measure('ours +1', node24(), [self, '--run', ourBig, String(NOW + 1), extra], () => {
      restore(ourRepodata)();
      rmSync(path.join(ourBig, 'stable', 'packages', path.basename(extra)), { force: true });
    }),
  ],
];
if (count(crBig) !== BIG + 1 || count(path.join(ourBig, 'stable')) !== BIG + 1) {
  console.error(`expected ${BIG + 1} packages in both repositories`);
  process.exit(1);
}

console.log(
  `\nfull repository of ${N} rpms, then 1 rpm added to ${BIG} (fastest of ${RUNS} runs; size columns unused)`,
);
printPairs([...full, ...inc], 26);
console.log('\nCPU time (user + system) of those runs:');
for (const m of [copyOnly, ...full.flat(), ...inc.flat()])
  console.log(`${m.label.padEnd(26)}${m.cpu.toFixed(2).padStart(14)} s  (wall ${m.secs.toFixed(2)} s)`);
const fullRatio = full[0][1].secs / full[0][0].secs;
const incRatio = inc[0][1].secs / inc[0][0].secs;
console.log(
  `\nfull: ${fullRatio.toFixed(2)}x createrepo_c (goal ≤ 1.5x); incremental: ${incRatio.toFixed(2)}x createrepo_c --update (goal < 1x)`,
);
