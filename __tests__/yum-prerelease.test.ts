/**
 * YUM repositories for prerelease and nightly versions (`~` and `^` in rpm file names), checked
 * against createrepo_c's metadata for the same rpms and read by the real dnf over HTTP (a local
 * server). A publish killed between any two renames is in publish-safety.test.ts.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PackageSpec } from '../src/formats/pkg/types.js';
import { rpmFileName, writeRpm } from '../src/formats/rpm/index.js';
import { publishYum, type PublishYumOptions } from '../src/repos/yum/index.js';
import { loadSigningKey } from '../src/sign/openpgp.js';
import { signRpm } from '../src/sign/rpm.js';
import type { Signer } from '../src/sign/signer.js';
import { cleanupGpg, makeKey } from './helpers/gpg.js';
import { serveDir, type StaticServer } from './helpers/http-server.js';

const NOW = 1763800000;
const MTIME = 1700000000;
const work = mkdtempSync(path.join(tmpdir(), 'yum-names-'));
let signer: Signer;
let server: StaticServer;

function runAsync(cmd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, maxBuffer: 1 << 26 },
      (e, out, err) => {
        if (e && typeof e.code !== 'number') reject(e);
        else resolve({ code: e ? (e.code as unknown as number) : 0, out, err });
      },
    );
  });
}

async function makeRpm(name: string, version: string, sign = true): Promise<string> {
  const dir = mkdtempSync(path.join(work, 'src-'));
  const source = path.join(dir, 'VERSION');
  writeFileSync(source, `${name} ${version}\n`);
  const spec: PackageSpec = {
    packager: 'rpm',
    name,
    version,
    release: '1',
    arch: 'x86_64',
    maintainer: 'Hello Team <team@example.com>',
    summary: `${name} ${version}`,
    description: `${name} ${version} for the YUM tests.`,
    homepage: 'https://example.com/hello',
    license: 'MIT',
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
        dst: `/usr/share/${name}/VERSION`,
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
  const out = path.join(dir, rpmFileName(spec));
  await writeRpm(out, spec);
  if (sign) await signRpm(out, signer);
  return out;
}

/** dnf with only `repoText` configured, in a fresh installroot and cache. */
async function dnf(repoText: string, args: string[]) {
  const d = mkdtempSync(path.join(work, 'dnf-'));
  mkdirSync(path.join(d, 'repos'));
  writeFileSync(path.join(d, 'repos', 'test.repo'), repoText);
  const root = path.join(d, 'root');
  mkdirSync(root);
  const r = await runAsync('dnf', [
    '-y',
    `--installroot=${root}`,
    '--releasever=12',
    `--setopt=reposdir=${path.join(d, 'repos')}`,
    `--setopt=cachedir=${path.join(d, 'cache')}`,
    '--setopt=skip_if_unavailable=False',
    '--setopt=retries=1',
    '--disableplugin=*',
    ...args,
  ]);
  return { ...r, root };
}

beforeAll(async () => {
  const key = makeKey('ed25519');
  signer = await loadSigningKey(key.armoredSecret, undefined, {
    now: new Date(Math.floor(Date.now() / 1000) * 1000),
  });
  server = await serveDir(work);
}, 120_000);

afterAll(async () => {
  await server?.close();
  cleanupGpg();
  rmSync(work, { recursive: true, force: true });
});

let counter = 0;
function newRoot(): { root: string; url: string } {
  const name = `repo-${++counter}`;
  mkdirSync(path.join(work, name));
  return { root: path.join(work, name), url: `${server.url}/${name}` };
}
const publish = (root: string, url: string, over: Partial<PublishYumOptions> = {}) =>
  publishYum({ root, name: 'hello', baseUrl: url, signer, now: NOW, ...over });

describe('prerelease and nightly versions', () => {
  test('rpm names with ~ and ^ publish; hrefs as createrepo_c writes them; dnf finds and installs them', async () => {
    const { root, url } = newRoot();
    const files = [
      await makeRpm('hello', '1.3.0~rc.1'),
      await makeRpm('hello', '0.0.0~dev.20261206.gabc1234'),
      await makeRpm('hello', '1.3.0^git2.abc'),
    ];
    const r = await publish(root, url, { rpms: files });
    expect(r.added).toEqual([
      'hello-0.0.0~dev.20261206.gabc1234-1.x86_64',
      'hello-1.3.0^git2.abc-1.x86_64',
      'hello-1.3.0~rc.1-1.x86_64',
    ]);
    // createrepo_c over the same files (mtime = our time file) writes the same primary.xml
    const cr = path.join(work, 'createrepo');
    mkdirSync(path.join(cr, 'packages'), { recursive: true });
    for (const f of files) {
      const dest = path.join(cr, 'packages', path.basename(f));
      cpSync(f, dest);
      utimesSync(dest, NOW, NOW);
    }
    expect(spawnSync('createrepo_c', ['--quiet', '--no-database', cr]).status).toBe(0);
    const primary = (dir: string) => {
      const repomd = readFileSync(path.join(dir, 'repodata/repomd.xml'), 'utf8');
      const href = /<location href="(repodata\/[0-9a-f]{64}-primary\.xml\.gz)"/.exec(repomd)![1]!;
      return gunzipSync(readFileSync(path.join(dir, href))).toString('utf8');
    };
    const ours = primary(path.join(root, 'stable'));
    expect(ours).toContain('<location href="packages/hello-1.3.0~rc.1-1.x86_64.rpm"/>');
    expect(ours).toBe(primary(cr));
    // dnf reads it, orders the versions as rpm does, and downloads and installs the newest
    const q = await dnf(r.repoFile, ['repoquery', '-q', '--qf', '%{version}']);
    expect([q.code, q.out.split('\n').filter(Boolean).sort()]).toEqual([
      0,
      ['0.0.0~dev.20261206.gabc1234', '1.3.0^git2.abc', '1.3.0~rc.1'],
    ]);
    const inst = await dnf(r.repoFile, ['install', 'hello']);
    expect([inst.code, inst.err]).toEqual([0, expect.anything()]);
    expect(readFileSync(path.join(inst.root, 'usr/share/hello/VERSION'), 'utf8')).toBe(
      'hello 1.3.0^git2.abc\n',
    );
    const pinned = await dnf(r.repoFile, ['install', 'hello-1.3.0~rc.1']);
    expect(pinned.code).toBe(0);
    expect(readFileSync(path.join(pinned.root, 'usr/share/hello/VERSION'), 'utf8')).toBe(
      'hello 1.3.0~rc.1\n',
    );
  }, 180_000);
});
