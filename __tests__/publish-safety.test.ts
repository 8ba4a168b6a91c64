/**
 * publish-repo (the action bundle, as the runner starts it) against refused inputs, crashes and
 * concurrent publishers into one repo-dir:
 * - a refused input (an unsigned rpm into a signed repository, a base-url YUM cannot use, a missing
 *   release-notes file, a corrupt deb) leaves every repository byte-identical;
 * - a run killed before its Nth rename (a shim that patches fs.rename in the action's process and
 *   SIGKILLs it) leaves repositories apt (InRelease) and dnf read, or refuse, but never wrong; the
 *   next run exits 0 and repairs every signature;
 * - 20 publishes of 20 versions at once, as 20 processes, keep all 20 in APT and YUM.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { debFileName, writeDeb } from '../src/formats/deb/index.js';
import type { PackageSpec } from '../src/formats/pkg/types.js';
import { rpmFileName, writeRpm } from '../src/formats/rpm/index.js';
import { describe as describeArtifact, writeManifest } from '../src/manifest/index.js';
import { loadSigningKey } from '../src/sign/openpgp.js';
import { signRpm } from '../src/sign/rpm.js';
import type { Signer } from '../src/sign/signer.js';
import { cleanupGpg, gpgVerify, homeWithKey, makeKey, type TestKey } from './helpers/gpg.js';
import { makeWorkspace, runActionAsync, type RunnerDirs } from './helpers/runner.js';

const MTIME = 1700000000;
let dirs: RunnerDirs;
let key: TestKey;
let signer: Signer;
let home: string;

const errorLines = (out: string) => out.split('\n').filter((l) => l.startsWith('::error'));

function spec(packager: 'deb' | 'rpm', version: string, source: string): PackageSpec {
  return {
    packager,
    name: 'hello',
    version,
    release: '1',
    arch: packager === 'deb' ? 'amd64' : 'x86_64',
    maintainer: 'Hello Team <team@example.com>',
    summary: `hello ${version}`,
    description: `hello ${version}\nFor the publish tests.`,
    homepage: 'https://example.com/hello',
    license: 'MIT',
    section: 'utils',
    priority: 'optional',
    depends: [],
    predepends: [],
    recommends: [],
    suggests: [],
    conflicts: [],
    breaks: [],
    replaces: [],
    provides: [],
    files: [
      {
        dst: '/usr/share/hello/VERSION',
        type: 'file',
        source,
        mode: 0o644,
        owner: 'root',
        group: 'root',
        mtime: MTIME,
        size: readFileSync(source).length,
      },
    ],
    scripts: {},
    changelog: [],
    compression: 'gzip',
    buildTime: MTIME,
    extra: {},
  };
}

/** A dist directory `dist-<version>` holding a deb and an rpm of `version` and their manifest. */
async function makeDist(
  version: string,
  o: { signRpm?: boolean; corruptDeb?: boolean } = {},
): Promise<string> {
  const name = `dist-${version}${o.signRpm === false ? '-unsigned' : ''}${o.corruptDeb ? '-corrupt' : ''}`;
  const dist = path.join(dirs.workspace, name);
  mkdirSync(dist, { recursive: true });
  const source = path.join(dist, 'VERSION.src');
  writeFileSync(source, `hello ${version}\n`);
  const deb = debFileName(spec('deb', version, source));
  await writeDeb(path.join(dist, deb), spec('deb', version, source));
  if (o.corruptDeb) writeFileSync(path.join(dist, deb), readFileSync(path.join(dist, deb)).subarray(0, 200));
  const rpm = rpmFileName(spec('rpm', version, source));
  await writeRpm(path.join(dist, rpm), spec('rpm', version, source));
  if (o.signRpm !== false) await signRpm(path.join(dist, rpm), signer);
  await writeManifest(dist, {
    schema: 1,
    project: { name: 'hello', version },
    artifacts: [
      await describeArtifact(dist, deb, {
        kind: 'deb',
        stage: 'package',
        package: 'hello',
        package_version: `${version}-1`,
      }),
      await describeArtifact(dist, rpm, {
        kind: 'rpm',
        stage: 'package',
        package: 'hello',
        package_version: `${version}-1`,
      }),
    ],
  });
  return name;
}

function publish(
  dist: string,
  version: string,
  repoDir: string,
  over: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  return runActionAsync(
    'publish-repo',
    {
      version,
      'dist-dir': dist,
      'repo-dir': repoDir,
      'base-url': 'https://example.github.io/hello',
      'gpg-private-key': key.armoredSecret,
      'artifact-prefix': `p${createHash('sha1').update(`${dist}${repoDir}${Math.random()}`).digest('hex').slice(0, 8)}`,
      ...over,
    },
    dirs,
    env,
  );
}

/** Every file under `dir` with its bytes. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, f);
    if (statSync(p).isFile()) out[f] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Problems apt would have with the suite: InRelease by the key, every index by-hash, every pool file. */
function aptProblems(root: string, suite = 'stable'): string[] {
  const inrelease = path.join(root, 'dists', suite, 'InRelease');
  if (!gpgVerify(home, inrelease).ok) return ['InRelease does not verify'];
  const problems: string[] = [];
  const text = readFileSync(inrelease, 'utf8');
  const sha = /^SHA256:\n((?: .+\n)+)/m.exec(text)?.[1] ?? '';
  for (const line of sha.trim().split('\n')) {
    const [hash, , name] = line.trim().split(/\s+/) as [string, string, string];
    const byHash = path.join(root, 'dists', suite, path.dirname(name), 'by-hash', 'SHA256', hash);
    if (!existsSync(byHash) || sha256(readFileSync(byHash)) !== hash) {
      problems.push(`${name}: by-hash ${hash} missing or different`);
      continue;
    }
    if (path.basename(name) !== 'Packages') continue;
    for (const m of readFileSync(byHash, 'utf8').matchAll(/^Filename: (.+)\n(?:.+\n)*?SHA256: (.+)$/gm)) {
      const f = path.join(root, m[1]!);
      if (!existsSync(f) || sha256(readFileSync(f)) !== m[2]) problems.push(`${m[1]}: missing or different`);
    }
  }
  return problems;
}

/** The versions apt finds in the suite (its Packages, through InRelease and by-hash). */
function aptVersions(root: string, suite = 'stable'): string[] {
  const text = readFileSync(path.join(root, 'dists', suite, 'InRelease'), 'utf8');
  const hash = / ([0-9a-f]{64}) +\d+ main\/binary-amd64\/Packages\n/.exec(
    text.slice(text.indexOf('SHA256:')),
  )![1]!;
  const packages = readFileSync(
    path.join(root, 'dists', suite, 'main/binary-amd64/by-hash/SHA256', hash),
    'utf8',
  );
  return [...packages.matchAll(/^Version: (.+)$/gm)].map((m) => m[1]!).sort();
}

/** Problems dnf would have: repomd.xml.asc by the key (gpg), every metadata file and package there. */
function yumProblems(channelDir: string): string[] {
  const repomd = path.join(channelDir, 'repodata', 'repomd.xml');
  if (!gpgVerify(home, `${repomd}.asc`, repomd).ok) return ['repomd.xml.asc does not verify'];
  const problems: string[] = [];
  for (const m of readFileSync(repomd, 'utf8').matchAll(
    /<checksum type="sha256">(\w+)<\/checksum>[\s\S]*?<location href="([^"]+)"/g,
  )) {
    const f = path.join(channelDir, m[2]!);
    if (!existsSync(f) || sha256(readFileSync(f)) !== m[1]) problems.push(`${m[2]} missing or different`);
  }
  for (const v of yumPackages(channelDir))
    if (!existsSync(path.join(channelDir, v))) problems.push(`${v}: listed but missing`);
  return problems;
}

function yumPackages(channelDir: string): string[] {
  const repomd = readFileSync(path.join(channelDir, 'repodata', 'repomd.xml'), 'utf8');
  const href = /<location href="(repodata\/[0-9a-f]{64}-primary\.xml\.gz)"/.exec(repomd)![1]!;
  const primary = gunzipSync(readFileSync(path.join(channelDir, href))).toString('utf8');
  return [...primary.matchAll(/<location href="([^"]+)"/g)].map((m) => m[1]!).sort();
}

/** dnf (the real one) reading the channel from the directory: the versions it finds, or its error. */
function dnfVersions(pages: string): Promise<{ code: number; versions: string[]; err: string }> {
  const d = path.join(dirs.base, `dnf-${Math.random().toString(36).slice(2)}`);
  mkdirSync(path.join(d, 'repos'), { recursive: true });
  mkdirSync(path.join(d, 'root'));
  writeFileSync(
    path.join(d, 'repos', 't.repo'),
    `[t]\nname=t\nbaseurl=file://${pages}/yum/stable\ngpgcheck=1\nrepo_gpgcheck=1\ngpgkey=file://${pages}/yum/RPM-GPG-KEY-hello\n`,
  );
  const args = ['-q', '-y', `--installroot=${d}/root`, '--releasever=12', `--setopt=reposdir=${d}/repos`];
  args.push(`--setopt=cachedir=${d}/cache`, '--setopt=skip_if_unavailable=False', '--disableplugin=*');
  args.push('repoquery', '--qf', '%{version}');
  return new Promise((resolve) => {
    execFile('dnf', args, { encoding: 'utf8' }, (e, out, err) =>
      resolve({ code: e ? Number(e.code) || 1 : 0, versions: out.split('\n').filter(Boolean).sort(), err }),
    );
  });
}

beforeAll(async () => {
  dirs = makeWorkspace();
  writeFileSync(
    path.join(dirs.workspace, 'distro.yml'),
    'name: hello\nmaintainer: Hello Team <team@example.com>\ndescription: Says hello.\nlicense: MIT\n',
  );
  key = makeKey('ed25519');
  signer = await loadSigningKey(key.armoredSecret, undefined);
  const keyFile = path.join(dirs.base, 'key.asc');
  writeFileSync(keyFile, key.armoredPublic);
  home = homeWithKey(keyFile);
}, 120_000);

afterAll(() => cleanupGpg());

describe('a refused input changes no repository', () => {
  test('unsigned rpm, bad base-url, missing release notes, corrupt deb: APT and YUM byte-identical', async () => {
    const v1 = await publish(await makeDist('1.0.0'), '1.0.0', 'pages');
    expect(errorLines(v1.stdout)).toEqual([]);
    const pages = path.join(dirs.workspace, 'pages');
    const before = tree(pages);
    expect(Object.keys(before).some((f) => f.startsWith('apt/pool/'))).toBe(true);
    const good = await makeDist('1.1.0');
    const cases: Array<[string, Promise<Awaited<ReturnType<typeof publish>>>, RegExp]> = [
      ['unsigned rpm', publish(await makeDist('1.1.0', { signRpm: false }), '1.1.0', 'pages'), /not signed/],
      ['base-url', publish(good, '1.1.0', 'pages', { 'base-url': 'ftp://example.com/r' }), /base-url/],
      [
        'release notes',
        publish(
          good,
          '1.1.0',
          'pages',
          { 'github-release': 'true', 'release-notes': 'MISSING.md', 'github-token': 'x' },
          { GITHUB_REF: 'refs/tags/v1.1.0', GITHUB_REPOSITORY: 'example/hello' },
        ),
        /MISSING\.md/,
      ],
      ['corrupt deb', publish(await makeDist('1.1.0', { corruptDeb: true }), '1.1.0', 'pages'), /deb/],
    ];
    const held: string[] = [];
    for (const [what, run, why] of cases) {
      const r = await run;
      const errors = errorLines(r.stdout);
      expect([what, r.status !== 0, errors.length]).toEqual([what, true, 1]);
      expect([what, errors[0]]).toEqual([what, expect.stringMatching(why)]);
      expect([what, tree(pages)]).toEqual([what, before]);
      held.push(what);
    }
    expect(held).toHaveLength(4);
    // and the good one goes through
    const ok = await publish(good, '1.1.0', 'pages');
    expect(errorLines(ok.stdout)).toEqual([]);
    expect(aptVersions(path.join(pages, 'apt'))).toEqual(['1.0.0-1', '1.1.0-1']);
  }, 300_000);
});

const SHIM = `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const n = Number(process.env.KILL_BEFORE_RENAME || 0);
const under = process.env.KILL_RENAME_UNDER;
const log = process.env.KILL_RENAME_LOG;
let seen = 0;
const hit = (to) => {
  if (!String(to).startsWith(under)) return;
  seen++;
  if (log) fs.appendFileSync(log, seen + ' ' + String(to).slice(under.length) + '\\n');
  if (seen === n) process.kill(process.pid, 'SIGKILL');
};
const p = fs.promises.rename;
fs.promises.rename = async (a, b) => { hit(b); return p(a, b); };
const s = fs.renameSync;
fs.renameSync = (a, b) => { hit(b); return s(a, b); };
const c = fs.rename;
fs.rename = (a, b, cb) => { hit(b); return c(a, b, cb); };
syncBuiltinESMExports();
`;

describe('a publish killed before its Nth rename', () => {
  test('leaves what apt and dnf read (or refuse, never wrong), and the next run repairs it', async () => {
    const shim = path.join(dirs.base, 'kill-shim.mjs');
    writeFileSync(shim, SHIM);
    const v1 = await makeDist('3.0.0');
    const v2 = await makeDist('3.0.1');
    expect(errorLines((await publish(v1, '3.0.0', 'kill-base')).stdout)).toEqual([]);
    const base = path.join(dirs.workspace, 'kill-base');
    const killEnv = (dir: string, n: number, log = '') => ({
      NODE_OPTIONS: `--import=${shim}`,
      KILL_BEFORE_RENAME: String(n),
      KILL_RENAME_UNDER: `${path.join(dirs.workspace, dir)}/`,
      ...(log ? { KILL_RENAME_LOG: log } : {}),
    });
    // a whole run, counting its renames
    const log = path.join(dirs.base, 'renames.log');
    cpSync(base, path.join(dirs.workspace, 'kill-count'), { recursive: true });
    const counted = await publish(v2, '3.0.1', 'kill-count', {}, killEnv('kill-count', 0, log));
    expect(errorLines(counted.stdout)).toEqual([]);
    const renames = readFileSync(log, 'utf8').trim().split('\n');
    expect(renames.some((l) => l.endsWith('apt/dists/stable/InRelease'))).toBe(true);
    const ascAt = renames.findIndex((l) => l.endsWith('yum/stable/repodata/repomd.xml.asc')) + 1;
    const gpgAt = renames.findIndex((l) => l.endsWith('apt/dists/stable/Release.gpg')) + 1;
    expect(ascAt).toBeGreaterThan(0);
    const outcomes: string[] = [];
    for (let n = 1; n <= renames.length; n++) {
      const dir = `kill-${n}`;
      const pages = path.join(dirs.workspace, dir);
      cpSync(base, pages, { recursive: true });
      const r = await publish(v2, '3.0.1', dir, {}, killEnv(dir, n));
      expect([n, r.status]).toEqual([n, null]); // killed
      // apt reads InRelease: always the old or the new suite, complete
      expect([n, aptProblems(path.join(pages, 'apt'))]).toEqual([n, []]);
      const apt = aptVersions(path.join(pages, 'apt'));
      expect([n, [['3.0.0-1'], ['3.0.0-1', '3.0.1-1']]]).toEqual([n, expect.arrayContaining([apt])]);
      const yum = yumProblems(path.join(pages, 'yum', 'stable'));
      if (n === ascAt) {
        // between repomd.xml and its signature: dnf refuses the repository (reads nothing wrong)
        expect(yum).toEqual(['repomd.xml.asc does not verify']);
        const d = await dnfVersions(pages);
        expect([d.code, d.err]).toEqual([1, expect.stringMatching(/GPG|signature/i)]);
      } else {
        expect([n, yum]).toEqual([n, []]);
      }
      if (n === gpgAt)
        expect(
          gpgVerify(
            home,
            path.join(pages, 'apt/dists/stable/Release.gpg'),
            path.join(pages, 'apt/dists/stable/Release'),
          ).ok,
        ).toBe(false);
      // the next run exits 0 and leaves the new, signed state everywhere
      const again = await publish(v2, '3.0.1', dir);
      expect([n, errorLines(again.stdout)]).toEqual([n, []]);
      expect([n, aptProblems(path.join(pages, 'apt'))]).toEqual([n, []]);
      expect([n, aptVersions(path.join(pages, 'apt'))]).toEqual([n, ['3.0.0-1', '3.0.1-1']]);
      const rel = path.join(pages, 'apt/dists/stable/Release');
      expect([n, gpgVerify(home, `${rel}.gpg`, rel).ok]).toEqual([n, true]);
      expect([n, yumProblems(path.join(pages, 'yum', 'stable'))]).toEqual([n, []]);
      expect([n, yumPackages(path.join(pages, 'yum', 'stable'))]).toEqual([
        n,
        ['packages/hello-3.0.0-1.x86_64.rpm', 'packages/hello-3.0.1-1.x86_64.rpm'],
      ]);
      if (n === ascAt) expect((await dnfVersions(pages)).versions).toEqual(['3.0.0', '3.0.1']);
      outcomes.push(renames[n - 1]!);
    }
    console.log(`killed before each of ${renames.length} renames:\n${outcomes.join('\n')}`);
    expect(outcomes.length).toBe(renames.length);
  }, 1_200_000);
});

describe('concurrent publishers', () => {
  test('20 publishes of 20 versions into one repo-dir at once keep all 20 in APT and YUM', async () => {
    const versions = Array.from({ length: 20 }, (_, i) => `2.0.${i}`);
    const dists: string[] = [];
    for (const v of versions) dists.push(await makeDist(v));
    const t0 = Date.now();
    const runs = await Promise.all(versions.map((v, i) => publish(dists[i]!, v, 'pages-concurrent')));
    const wall = Date.now() - t0;
    console.log(`20 concurrent publishes: ${wall} ms`);
    for (const [i, r] of runs.entries())
      expect([versions[i], errorLines(r.stdout)]).toEqual([versions[i], []]);
    // some of them did wait for another's lock
    expect(runs.some((r) => /Waiting for pid \d+/.test(r.stdout))).toBe(true);
    const pages = path.join(dirs.workspace, 'pages-concurrent');
    expect(aptProblems(path.join(pages, 'apt'))).toEqual([]);
    expect(aptVersions(path.join(pages, 'apt'))).toEqual(versions.map((v) => `${v}-1`).sort());
    expect(yumProblems(path.join(pages, 'yum', 'stable'))).toEqual([]);
    const d = await dnfVersions(pages);
    expect([d.code, d.versions]).toEqual([0, [...versions].sort()]);
    expect(existsSync(path.join(pages, '.distro-publish.lock'))).toBe(false);
  }, 900_000);
});
