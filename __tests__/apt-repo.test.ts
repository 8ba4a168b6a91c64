/**
 * The APT repository writer (src/repos/apt) and the deb control reader (src/formats/deb/read.ts),
 * checked with the real tools: apt-get in a throwaway Debian bookworm root (mmdebstrap, cached)
 * talking to the repository over HTTP, with the generated `.sources` (Signed-By, no trusted=yes);
 * `apt-ftparchive packages` for the Packages fields; gpg and sqv for the signatures;
 * `dpkg --compare-versions` for the version order; dpkg-deb for control fields.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { debFileName, writeDeb } from '../src/formats/deb/index.js';
import { parseControl, readDebControl, type Stanza } from '../src/formats/deb/read.js';
import type { PackageSpec } from '../src/formats/pkg/types.js';
import {
  type AptPublishOptions,
  type AptPublishResult,
  compareDebVersions,
  publishApt,
  type PublishStep,
} from '../src/repos/apt/index.js';
import { versionMatches } from '../src/repos/apt/version.js';
import { loadSigningKey } from '../src/sign/openpgp.js';
import type { Signer } from '../src/sign/signer.js';
import { debianRoot, type DebianRoot } from './helpers/debian-root.js';
import { cleanupGpg, gpgVerify, homeWithKey, makeKey, sqvVerify } from './helpers/gpg.js';
import { serveDir, type StaticServer } from './helpers/http-server.js';

const EPOCH = 1700000000;
/** The publish time: fixed for the whole file, set once the key exists (signatures may not predate it). */
let NOW: Date;
const NAME = 'hello';
const work = mkdtempSync(path.join(tmpdir(), 'apt-repo-test-'));
const debs: Record<string, string> = {};
let signer: Signer;
let otherKeyFile: string;

function sh(cmd: string, args: string[], cwd?: string): string {
  return execFileSync(cmd, args, { encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 });
}

/** A small package: one text file under /usr/share/<name>/. */
async function makeDeb(
  name: string,
  version: string,
  arch: string,
  content: string,
  compression: PackageSpec['compression'] = 'gzip',
  fields: Record<string, string> = {},
): Promise<string> {
  const dir = mkdtempSync(path.join(work, 'src-'));
  const source = path.join(dir, 'VERSION');
  writeFileSync(source, content);
  const spec: PackageSpec = {
    packager: 'deb',
    name,
    version,
    release: '1',
    arch,
    maintainer: 'Hello Team <team@example.com>',
    summary: `${name} for the APT repository test`,
    description: `${name} for the APT repository test\nIt installs one file.\n\nThat is all.`,
    homepage: 'https://example.com/hello',
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
        dst: `/usr/share/${name}/VERSION`,
        type: 'file',
        source,
        mode: 0o644,
        owner: 'root',
        group: 'root',
        mtime: EPOCH,
        size: Buffer.byteLength(content),
      },
    ],
    scripts: {},
    changelog: [],
    compression,
    buildTime: EPOCH,
    extra: { fields },
  };
  const out = path.join(dir, debFileName(spec));
  await writeDeb(out, spec);
  return out;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every file under `dir` → its sha256. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), sha256(full));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function publish(root: string, o: Partial<AptPublishOptions> = {}): Promise<AptPublishResult> {
  return publishApt({ root, name: NAME, suite: 'stable', signer, now: NOW, origin: 'Hello', ...o });
}

function newRepoDir(label: string): string {
  return mkdtempSync(path.join(work, `${label}-`));
}

/** The Packages stanzas of one index, by `name version arch`. */
function packagesOf(root: string, suite: string, arch: string): Map<string, Stanza> {
  const text = readFileSync(path.join(root, 'dists', suite, 'main', `binary-${arch}`, 'Packages'), 'utf8');
  const m = new Map<string, Stanza>();
  for (const s of parseControl(text, 'Packages'))
    m.set(`${s.get('Package')} ${s.get('Version')} ${s.get('Architecture')}`, s);
  return m;
}

// ---------------------------------------------------------------------------------------------
// apt-get in a Debian root

let deb: DebianRoot;

interface AptRun {
  status: number | null;
  out: string;
  log: StaticServer['log'];
}

/**
 * Points the root's APT at the repository served by `server` with the generated `<name>.sources`
 * and key (or `keyFile` instead), drops the old lists, and runs `apt-get update`.
 */
async function aptUpdate(
  server: StaticServer,
  repo: string,
  keyFile = path.join(repo, `${NAME}.gpg`),
): Promise<AptRun> {
  await deb.run('sh', ['-c', 'rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/*']);
  deb.write(`/etc/apt/keyrings/${NAME}.gpg`, readFileSync(keyFile));
  deb.write(`/etc/apt/sources.list.d/${NAME}.sources`, readFileSync(path.join(repo, `${NAME}.sources`)));
  const before = server.log.length;
  const r = await deb.run('apt-get', ['-o', 'Acquire::Retries=0', 'update']);
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`, log: server.log.slice(before) };
}

/** The versions of `pkg` apt knows from the repository (apt-cache madison). */
async function aptVersions(pkg: string): Promise<string[]> {
  const r = await deb.run('apt-cache', ['madison', pkg]);
  return r.stdout
    .split('\n')
    .filter((l) => l.includes('|'))
    .map((l) => l.split('|')[1]!.trim())
    .sort((a, b) => compareDebVersions(a, b));
}

beforeAll(async () => {
  const key = makeKey('ed25519');
  // after both keys are made: a signing time before a key's creation is refused (the rotation test signs with `other`)
  const other = makeKey('ecdsa');
  NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
  signer = await loadSigningKey(key.armoredSecret, key.passphrase, { now: NOW });
  otherKeyFile = path.join(work, 'other.gpg');
  writeFileSync(otherKeyFile, sh('gpg', ['--homedir', other.gnupgHome, '--export', other.fingerprint]));
  debs.v10 = await makeDeb('hello-apt', '1.0', 'amd64', 'hello 1.0\n');
  debs.v11 = await makeDeb('hello-apt', '1.1', 'amd64', 'hello 1.1\n', 'xz');
  debs.v12 = await makeDeb('hello-apt', '1.2', 'amd64', 'hello 1.2\n', 'zstd');
  debs.data = await makeDeb('hello-data', '2.0', 'all', 'data 2.0\n');
  debs.v10bad = await makeDeb('hello-apt', '1.0', 'amd64', 'hello 1.0, rebuilt\n');
  debs.libfoo = await makeDeb('libfoo1', '3.0', 'amd64', 'libfoo 3.0\n', 'none');
  // over 1 MiB: read twice (control member, then hashed in a stream) instead of once, whole
  debs.big = await makeDeb('hello-big', '1.0', 'amd64', randomBytes(1536 * 1024).toString('base64'), 'none');
  deb = debianRoot();
}, 600_000);

afterAll(() => {
  deb?.remove();
  cleanupGpg();
  rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('Debian version order', () => {
  const versions = [
    '0',
    '1',
    '1.0',
    '1.0-1',
    '1.0-1.1',
    '1.0-2',
    '1.0~rc1',
    '1.0~rc1-1',
    '1.0~~',
    '1.0~',
    '1.0+b1',
    '1.0.0',
    '1.00',
    '1.0a',
    '1.0A',
    '1.0.a',
    '1.0-1~bpo1',
    '1:0.9',
    '2:0',
    '0:1.0',
    '10',
    '9',
    '1.10',
    '1.9',
    '1.0-0',
    'a',
    'a1',
    '1.0-a',
    '1.0+',
    '1.0.',
    '2.0-1ubuntu1',
  ];
  test('agrees with dpkg --compare-versions on every pair', () => {
    const dpkg = (a: string, op: string, b: string) =>
      spawnSync('dpkg', ['--compare-versions', a, op, b]).status === 0;
    let checked = 0;
    for (let i = 0; i < versions.length; i++)
      for (let j = i + 1; j < versions.length; j++) {
        const [a, b] = [versions[i]!, versions[j]!];
        const ours = Math.sign(compareDebVersions(a, b));
        const theirs = dpkg(a, 'lt', b) ? -1 : dpkg(a, 'eq', b) ? 0 : 1;
        expect(`${a} vs ${b}: ${ours}`).toBe(`${a} vs ${b}: ${theirs}`);
        checked++;
      }
    expect(checked).toBe((versions.length * (versions.length - 1)) / 2);
  });

  test('a selector without revision matches every revision, one without epoch any epoch', () => {
    const yes: Array<[string, string]> = [
      ['1.0.0-1', '1.0.0'],
      ['1.0.0-2ubuntu1', '1.0.0'],
      ['1.0.0', '1.0.0'],
      ['1:1.0.0-1', '1.0.0'],
      ['1:1.0.0-1', '1:1.0.0'],
      ['1:1.0.0-1', '1:1.0.0-1'],
      ['1.0.0-1', '1.0.0-1'],
      ['1.0.0-1', '0:1.0.0-1'],
      ['1.0-1', '1.00'],
    ];
    const no: Array<[string, string]> = [
      ['1.0.0-1', '1.0.0-2'],
      ['1.0.0-1', '1.0'],
      ['1.0.0~rc1-1', '1.0.0'],
      ['1.0.0+b1-1', '1.0.0'],
      ['1.0.0-1', '1:1.0.0'],
      ['2:1.0.0-1', '1:1.0.0-1'],
      ['1.0.0', '1.0.0-1'],
    ];
    for (const [v, s] of yes) expect(`${v} ~ ${s}: ${versionMatches(v, s)}`).toBe(`${v} ~ ${s}: true`);
    for (const [v, s] of no) expect(`${v} ~ ${s}: ${versionMatches(v, s)}`).toBe(`${v} ~ ${s}: false`);
  });
});

describe('readDebControl', () => {
  /** dpkg-deb's view of the control fields. */
  function dpkgFields(file: string): Stanza {
    return parseControl(sh('dpkg-deb', ['-f', file]), file)[0]!;
  }

  test.each(['gzip', 'xz', 'zstd', 'none'] as const)('reads our %s deb as dpkg-deb does', async (c) => {
    const file = await makeDeb('readme', '1.0', 'amd64', 'x\n', c);
    const got = await readDebControl(file);
    expect([...got.fields]).toEqual([...dpkgFields(file)]);
    expect(got.text).toBe(sh('dpkg-deb', ['-I', file, 'control']));
  });

  test.each(['gzip', 'xz', 'zstd', 'none'])('reads a dpkg-deb -Z%s deb', async (c) => {
    const dir = mkdtempSync(path.join(work, 'dpkgdeb-'));
    mkdirSync(path.join(dir, 'pkg', 'DEBIAN'), { recursive: true });
    mkdirSync(path.join(dir, 'pkg', 'usr', 'share', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'pkg', 'usr', 'share', 'x', 'f'), 'data\n');
    writeFileSync(
      path.join(dir, 'pkg', 'DEBIAN', 'control'),
      'Package: x-native\nVersion: 2:1.0-1\nArchitecture: all\nMaintainer: A <a@example.com>\nDepends: libc6 (>= 2.28) | foo\nDescription: native\n long text\n .\n more\n',
    );
    const file = path.join(dir, 'x.deb');
    sh('dpkg-deb', [`-Z${c}`, '--root-owner-group', '--build', path.join(dir, 'pkg'), file]);
    const got = await readDebControl(file);
    expect([...got.fields]).toEqual([...dpkgFields(file)]);
    expect(got.fields.get('Description')).toBe('native\n long text\n .\n more');
  });

  test('a damaged or foreign file is one error naming it', async () => {
    const bytes = readFileSync(debs.v10!);
    const truncated = path.join(work, 'truncated.deb');
    writeFileSync(truncated, bytes.subarray(0, 200));
    const tampered = path.join(work, 'tampered.deb');
    const copy = Buffer.from(bytes);
    copy[8 + 60 + 4 + 60 + 20] ^= 0xff; // inside the gzip stream of control.tar.gz
    writeFileSync(tampered, copy);
    const text = path.join(work, 'text.deb');
    writeFileSync(text, 'not a package\n');
    for (const f of [truncated, tampered, text]) {
      // dpkg-deb rejects each of them too
      expect(spawnSync('dpkg-deb', ['-f', f]).status).not.toBe(0);
      const err = await readDebControl(f).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DistroError);
      expect((err as Error).message).toContain(f);
    }
  });
});

describe('serveDir (test helper)', () => {
  test('GET and HEAD with the file length, 404 outside or missing, every request logged', async () => {
    const dir = mkdtempSync(path.join(work, 'serve-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'f.txt'), 'héllo\n');
    const server = await serveDir(dir);
    try {
      const get = await fetch(`${server.url}/sub/f.txt`);
      expect(get.status).toBe(200);
      expect(get.headers.get('content-length')).toBe(String(statSync(path.join(dir, 'sub', 'f.txt')).size));
      expect(await get.text()).toBe('héllo\n');
      const head = await fetch(`${server.url}/sub/f.txt`, { method: 'HEAD' });
      expect([head.status, head.headers.get('content-length'), await head.text()]).toEqual([200, '7', '']);
      for (const p of ['/missing', '/sub', '/sub/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd'])
        expect(`${p} ${(await fetch(`${server.url}${p}`)).status}`).toBe(`${p} 404`);
      expect((await fetch(`${server.url}/sub/f.txt`, { method: 'POST' })).status).toBe(405);
      expect(server.log.map((l) => `${l.method} ${l.status}`)).toEqual([
        'GET 200',
        'HEAD 200',
        'GET 404',
        'GET 404',
        'GET 404',
        'GET 404',
        'POST 405',
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('publishApt', () => {
  test('apt-get installs from the signed repository through the generated .sources, by hash', async () => {
    const repo = newRepoDir('e2e');
    const server = await serveDir(repo);
    try {
      const r = await publish(repo, {
        debs: [debs.v10!, debs.data!, debs.libfoo!],
        baseUrl: server.url,
        validUntilDays: 7,
      });
      expect(r.added.map((a) => `${a.name} ${a.version} ${a.arch}`)).toEqual([
        'hello-apt 1.0-1 amd64',
        'hello-data 2.0-1 all',
        'libfoo1 3.0-1 amd64',
      ]);
      expect(r.added.map((a) => a.path)).toEqual([
        'pool/main/h/hello-apt/hello-apt_1.0-1_amd64.deb',
        'pool/main/h/hello-data/hello-data_2.0-1_all.deb',
        'pool/main/libf/libfoo1/libfoo1_3.0-1_amd64.deb',
      ]);
      expect(readFileSync(path.join(repo, `${NAME}.sources`), 'utf8')).toBe(r.snippets!.sources);
      expect(r.snippets!.sources).toContain(`Signed-By: /etc/apt/keyrings/${NAME}.gpg`);
      expect(r.snippets!.sources).not.toMatch(/trusted/i);
      expect(r.snippets!.install).toContain(`${server.url}/${NAME}.gpg`);

      // the signatures, with gpg and sqv
      const home = homeWithKey(path.join(repo, `${NAME}.asc`));
      const dists = path.join(repo, 'dists', 'stable');
      const inRelease = gpgVerify(
        home,
        path.join(dists, 'InRelease'),
        undefined,
        path.join(work, 'inrelease.out'),
      );
      expect(inRelease.ok).toBe(true);
      expect(readFileSync(path.join(work, 'inrelease.out'), 'utf8')).toBe(
        readFileSync(path.join(dists, 'Release'), 'utf8'),
      );
      const sqv = sqvVerify(
        path.join(repo, `${NAME}.gpg`),
        path.join(dists, 'Release.gpg'),
        path.join(dists, 'Release'),
      );
      expect(sqv.stderr).toBe('');
      expect(sqv.ok).toBe(true);

      const up = await aptUpdate(server, repo);
      expect(up.out).not.toMatch(/^(W|E):/m);
      expect(up.status).toBe(0);
      // apt fetched the indices through by-hash, as the Release allows
      expect(up.log.filter((l) => l.path.includes('/by-hash/') && l.status === 200).length).toBeGreaterThan(
        0,
      );
      expect(up.log.some((l) => l.path === '/dists/stable/InRelease' && l.status === 200)).toBe(true);

      const inst = await deb.run('apt-get', ['install', '-y', 'hello-apt', 'hello-data', 'libfoo1']);
      expect(inst.stderr).not.toMatch(/^E:/m);
      expect(inst.status).toBe(0);
      expect(readFileSync(path.join(deb.dir, 'usr/share/hello-apt/VERSION'), 'utf8')).toBe('hello 1.0\n');
      expect(readFileSync(path.join(deb.dir, 'usr/share/hello-data/VERSION'), 'utf8')).toBe('data 2.0\n');
      const status = await deb.run('dpkg-query', [
        '-W',
        '-f',
        '${Package} ${Version} ${Status}\n',
        'hello-apt',
      ]);
      expect(status.stdout.trim()).toBe('hello-apt 1.0-1 install ok installed');
      await deb.run('apt-get', ['purge', '-y', 'hello-apt', 'hello-data', 'libfoo1']);

      // the one-line .list form works the same
      expect(r.snippets!.list).toBe(readFileSync(path.join(repo, `${NAME}.list`), 'utf8'));
      await deb.run('rm', ['-f', `/etc/apt/sources.list.d/${NAME}.sources`]);
      await deb.run('sh', ['-c', 'rm -rf /var/lib/apt/lists/*']);
      deb.write(`/etc/apt/sources.list.d/${NAME}.list`, r.snippets!.list);
      const viaList = await deb.run('apt-get', ['update']);
      expect(`${viaList.status} ${viaList.stderr}`).toBe('0 ');
      expect(await aptVersions('libfoo1')).toEqual(['3.0-1']);
    } finally {
      await server.close();
    }
  });

  test('Packages has the fields and values apt-ftparchive writes; Release lists every index with all digests', async () => {
    const repo = newRepoDir('ftparchive');
    await publish(repo, { debs: [debs.v10!, debs.v11!, debs.data!, debs.libfoo!, debs.big!] });
    expect(statSync(debs.big!).size).toBeGreaterThan(1024 * 1024);
    const theirs = new Map<string, Stanza>();
    for (const s of parseControl(sh('apt-ftparchive', ['packages', 'pool'], repo), 'apt-ftparchive'))
      theirs.set(`${s.get('Package')} ${s.get('Version')} ${s.get('Architecture')}`, s);
    const ours = packagesOf(repo, 'stable', 'amd64');
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [k, s] of ours) {
      const sorted = (m: Stanza) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      expect(sorted(s)).toEqual(sorted(theirs.get(k)!));
    }
    // stanza order: name, then version (dpkg order)
    expect([...ours.keys()]).toEqual([
      'hello-apt 1.0-1 amd64',
      'hello-apt 1.1-1 amd64',
      'hello-big 1.0-1 amd64',
      'hello-data 2.0-1 all',
      'libfoo1 3.0-1 amd64',
    ]);

    const release = parseControl(
      readFileSync(path.join(repo, 'dists/stable/Release'), 'utf8'),
      'Release',
    )[0]!;
    expect(release.get('Suite')).toBe('stable');
    expect(release.get('Codename')).toBe('stable');
    expect(sh('date', ['-u', '-d', release.get('Date')!, '+%s']).trim()).toBe(String(NOW.getTime() / 1000));
    expect(release.get('Date')).toMatch(/ UTC$/);
    expect(release.get('Architectures')).toBe('amd64');
    expect(release.get('Components')).toBe('main');
    expect(release.get('Acquire-By-Hash')).toBe('yes');
    for (const [field, algo] of [
      ['MD5Sum', 'md5'],
      ['SHA1', 'sha1'],
      ['SHA256', 'sha256'],
      ['SHA512', 'sha512'],
    ]) {
      const lines = release.get(field)!.trim().split('\n');
      expect(lines).toHaveLength(4); // Packages, .gz, .xz, Release of binary-amd64
      for (const line of lines) {
        const [hex, size, file] = line.trim().split(/\s+/);
        const full = path.join(repo, 'dists/stable', file!);
        const bytes = readFileSync(full);
        expect(`${file} ${bytes.length} ${createHash(algo!).update(bytes).digest('hex')}`).toBe(
          `${file} ${size} ${hex}`,
        );
        const byHash = path.join(path.dirname(full), 'by-hash', field!, hex!);
        expect(readFileSync(byHash).equals(bytes)).toBe(true);
      }
    }
    // the compressed indices decompress, with the real tools, to the plain one
    const dir = path.join(repo, 'dists/stable/main/binary-amd64');
    const plain = readFileSync(path.join(dir, 'Packages'), 'utf8');
    expect(sh('xz', ['-dc', path.join(dir, 'Packages.xz')])).toBe(plain);
    expect(sh('gzip', ['-dc', path.join(dir, 'Packages.gz')])).toBe(plain);
  });

  test('the pool directory is named after the Source field, lib* under libx', async () => {
    const repo = newRepoDir('source');
    const file = await makeDeb('hello-tools', '1.0', 'amd64', 'tools\n', 'gzip', {
      Source: 'libhello (0.9-1)',
    });
    const r = await publish(repo, { debs: [file] });
    expect(r.added.map((a) => a.path)).toEqual(['pool/main/libh/libhello/hello-tools_1.0-1_amd64.deb']);
    expect(sha256(path.join(repo, r.added[0]!.path))).toBe(sha256(file));
    expect(packagesOf(repo, 'stable', 'amd64').get('hello-tools 1.0-1 amd64')!.get('Source')).toBe(
      'libhello (0.9-1)',
    );
  });

  test('Valid-Until: days after Date, and signed again once half of it has passed', async () => {
    const repo = newRepoDir('valid-until');
    await publish(repo, { debs: [debs.v10!], validUntilDays: 10 });
    const fields = () =>
      parseControl(readFileSync(path.join(repo, 'dists/stable/Release'), 'utf8'), 'Release')[0]!;
    const epoch = (d: string) => Number(sh('date', ['-u', '-d', d, '+%s']));
    expect(epoch(fields().get('Valid-Until')!) - epoch(fields().get('Date')!)).toBe(10 * 86400);
    const day = 86400_000;
    const soon = await publish(repo, {
      debs: [debs.v10!],
      validUntilDays: 10,
      now: new Date(NOW.getTime() + 4 * day),
    });
    expect(soon.changed).toBe(false);
    const later = await publish(repo, {
      debs: [debs.v10!],
      validUntilDays: 10,
      now: new Date(NOW.getTime() + 6 * day),
    });
    expect(later.suites).toEqual(['stable']);
    expect(epoch(fields().get('Date')!)).toBe((NOW.getTime() + 6 * day) / 1000);
  });

  test('only Architecture: all packages: the suite lists amd64 and arm64', async () => {
    const repo = newRepoDir('all-only');
    await publish(repo, { suite: 'nightly', debs: [debs.data!] });
    const release = readFileSync(path.join(repo, 'dists/nightly/Release'), 'utf8');
    expect(release).toMatch(/^Architectures: amd64 arm64$/m);
    for (const arch of ['amd64', 'arm64'])
      expect([...packagesOf(repo, 'nightly', arch).keys()]).toEqual(['hello-data 2.0-1 all']);
  });

  test('a tampered Packages file makes apt-get update fail; a wrong key too', async () => {
    const repo = newRepoDir('tamper');
    const server = await serveDir(repo);
    try {
      await publish(repo, { debs: [debs.v10!], baseUrl: server.url });
      expect((await aptUpdate(server, repo)).status).toBe(0);

      // wrong key: the same repository, another key in Signed-By
      const wrong = await aptUpdate(server, repo, otherKeyFile);
      expect(wrong.status).not.toBe(0);
      expect(wrong.out).toMatch(/NO_PUBKEY|not signed|signatures couldn't be verified/);

      // one byte of every copy of the amd64 Packages (plain, compressed, by-hash) changed
      const dir = path.join(repo, 'dists/stable/main/binary-amd64');
      const files = [
        ...readdirSync(dir)
          .filter((f) => f.startsWith('Packages'))
          .map((f) => path.join(dir, f)),
        ...readdirSync(path.join(dir, 'by-hash')).flatMap((a) =>
          readdirSync(path.join(dir, 'by-hash', a)).map((f) => path.join(dir, 'by-hash', a, f)),
        ),
      ];
      for (const f of files) {
        const b = readFileSync(f);
        b[b.length - 3] ^= 0x01;
        writeFileSync(f, b);
      }
      const tampered = await aptUpdate(server, repo);
      expect(tampered.status).not.toBe(0);
      expect(tampered.out).toMatch(/Hash Sum mismatch/);
    } finally {
      await server.close();
    }
  });

  test('incremental add, idempotent re-run, keep, retract, promote — as apt sees them', async () => {
    const repo = newRepoDir('lifecycle');
    const server = await serveDir(repo);
    try {
      const first = await publish(repo, { debs: [debs.v10!, debs.data!], baseUrl: server.url });
      expect(first.hashed).toEqual([debs.v10, debs.data]);
      const pool10 = path.join(repo, first.added[0]!.path);
      const inode10 = statSync(pool10).ino;
      expect(inode10).not.toBe(statSync(debs.v10!).ino); // a copy: later changes to the input cannot reach it
      const gen1 = snapshot(path.join(repo, 'dists'));

      // incremental: only the new file is hashed; the pool file of 1.0 is left alone
      const second = await publish(repo, { debs: [debs.v11!], baseUrl: server.url });
      expect(second.hashed).toEqual([debs.v11]);
      expect(second.added.map((a) => a.version)).toEqual(['1.1-1']);
      expect(second.removed).toEqual([]);
      expect(statSync(pool10).ino).toBe(inode10);
      expect((await aptUpdate(server, repo)).status).toBe(0);
      expect(await aptVersions('hello-apt')).toEqual(['1.0-1', '1.1-1']);
      // the previous generation's by-hash files are all still there
      for (const [rel, hex] of gen1)
        if (rel.includes('/by-hash/'))
          expect(`${rel} ${sha256(path.join(repo, 'dists', rel))}`).toBe(`${rel} ${hex}`);

      // re-running the same publish changes nothing at all
      const before = snapshot(repo);
      const again = await publish(repo, {
        debs: [debs.v11!],
        baseUrl: server.url,
        now: new Date(NOW.getTime() + 1000),
      });
      expect(again.changed).toBe(false);
      expect(again.added).toEqual([]);
      expect(snapshot(repo)).toEqual(before);

      // keep 2: publishing 1.2 drops 1.0 from the suite and its pool file
      const third = await publish(repo, { debs: [debs.v12!], keep: 2, baseUrl: server.url });
      expect(third.removed.map((r) => r.version)).toEqual(['1.0-1']);
      expect(third.poolRemoved).toEqual([first.added[0]!.path]);
      expect(existsSync(pool10)).toBe(false);
      expect((await aptUpdate(server, repo)).status).toBe(0);
      expect(await aptVersions('hello-apt')).toEqual(['1.1-1', '1.2-1']);
      expect(await aptVersions('hello-data')).toEqual(['2.0-1']);
      // generation 1's by-hash copies are gone now (older than the previous generation)
      const stale = [...gen1.keys()].filter(
        (r) => r.includes('/by-hash/') && !existsSync(path.join(repo, 'dists', r)),
      );
      expect(stale.length).toBeGreaterThan(0);

      // retract 1.2
      const retracted = await publish(repo, {
        retract: [{ name: 'hello-apt', version: '1.2-1' }],
        baseUrl: server.url,
      });
      expect(retracted.removed.map((r) => `${r.name} ${r.version}`)).toEqual(['hello-apt 1.2-1']);
      expect((await aptUpdate(server, repo)).status).toBe(0);
      expect(await aptVersions('hello-apt')).toEqual(['1.1-1']);

      // promote: 1.2 to beta, then from beta to stable, without hashing or copying anything
      const beta = await publish(repo, { suite: 'beta', debs: [debs.v12!], baseUrl: server.url });
      expect(beta.snippets!.fileBase).toBe(`${NAME}-beta`);
      const poolFiles = snapshot(path.join(repo, 'pool'));
      const promoted = await publish(repo, {
        // the project's version, as the publish stage gives it: any Debian revision of 1.2
        promote: [{ from: 'beta', name: 'hello-apt', version: '1.2' }],
        baseUrl: server.url,
      });
      expect(promoted.hashed).toEqual([]);
      expect(promoted.added.map((a) => `${a.name} ${a.version} ${a.path}`)).toEqual([
        `hello-apt 1.2-1 ${beta.added[0]!.path}`,
      ]);
      expect(snapshot(path.join(repo, 'pool'))).toEqual(poolFiles);
      expect((await aptUpdate(server, repo)).status).toBe(0);
      expect(await aptVersions('hello-apt')).toEqual(['1.1-1', '1.2-1']);
      const inst = await deb.run('apt-get', ['install', '-y', 'hello-apt']);
      expect(inst.status).toBe(0);
      expect(readFileSync(path.join(deb.dir, 'usr/share/hello-apt/VERSION'), 'utf8')).toBe('hello 1.2\n');
      await deb.run('apt-get', ['purge', '-y', 'hello-apt']);

      // promoting a version the source suite lacks is an error naming it
      await expect(
        publish(repo, { promote: [{ from: 'beta', name: 'hello-apt', version: '9.9' }] }),
      ).rejects.toThrow(/suite 'beta' has no hello-apt 9\.9/);
    } finally {
      await server.close();
    }
  });

  test('same inputs and time give byte-identical repositories', async () => {
    const a = newRepoDir('repro-a');
    const b = newRepoDir('repro-b');
    for (const repo of [a, b])
      await publish(repo, { debs: [debs.data!, debs.v10!], baseUrl: 'https://example.com/apt' });
    const sa = snapshot(a);
    expect(sa.size).toBeGreaterThan(20);
    expect(snapshot(b)).toEqual(sa);
  });

  test('a different deb under a published name/version/arch is refused and nothing changes', async () => {
    const repo = newRepoDir('conflict');
    await publish(repo, { debs: [debs.v10!] });
    const before = snapshot(repo);
    const err = await publish(repo, { debs: [debs.v11!, debs.v10bad!] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as Error).message).toContain(debs.v10bad!);
    expect((err as Error).message).toContain('pool/main/h/hello-apt/hello-apt_1.0-1_amd64.deb');
    expect(snapshot(repo)).toEqual(before);
    // the same within one batch
    const repo2 = newRepoDir('conflict2');
    const err2 = await publishApt({
      root: repo2,
      name: NAME,
      suite: 'stable',
      signer,
      debs: [debs.v10!, debs.v10bad!],
    }).catch((e: unknown) => e);
    expect((err2 as Error).message).toContain(debs.v10!);
    expect((err2 as Error).message).toContain(debs.v10bad!);
    expect(readdirSync(repo2)).toEqual([]);
  });

  test('unsigned only on request', async () => {
    const repo = newRepoDir('unsigned');
    const err = await publishApt({ root: repo, name: NAME, suite: 'stable', debs: [debs.v10!] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DistroError);
    expect((err as Error).message).toMatch(/gpg-private-key/);
    expect((err as Error).message).toMatch(/input 'unsigned' set to true/);
    expect(readdirSync(repo)).toEqual([]);
    const r = await publishApt({
      root: repo,
      name: NAME,
      suite: 'stable',
      debs: [debs.v10!],
      unsigned: true,
      baseUrl: 'http://127.0.0.1:1',
    });
    expect(r.snippets!.sources).toContain('Trusted: yes');
    expect(existsSync(path.join(repo, 'dists/stable/Release'))).toBe(true);
    expect(existsSync(path.join(repo, 'dists/stable/InRelease'))).toBe(false);
  });

  test('a publish stopped at any step leaves a repository apt-get accepts', async () => {
    const steps: PublishStep[] = ['pool', 'by-hash', 'indices', 'release', 'release-gpg'];
    for (const stop of steps) {
      const repo = newRepoDir(`killed-${stop}`);
      const server = await serveDir(repo);
      try {
        await publish(repo, { debs: [debs.v10!, debs.data!], baseUrl: server.url });
        await publish(repo, { debs: [debs.v11!], baseUrl: server.url }); // a previous generation exists
        const err = await publish(repo, {
          debs: [debs.v12!],
          retract: [{ name: 'hello-apt', version: '1.0-1' }],
          baseUrl: server.url,
          onStep: (s) => {
            if (s === stop) throw new Error(`stopped after ${s}`);
          },
        }).catch((e: unknown) => e);
        expect((err as Error).message).toBe(`stopped after ${stop}`);
        const up = await aptUpdate(server, repo);
        expect(`${stop}: ${up.status}`).toBe(`${stop}: 0`);
        expect(up.out).not.toMatch(/^(W|E):/m);
        expect(await aptVersions('hello-apt')).toEqual(['1.0-1', '1.1-1']);
        // no temporary file is left at a published path, and the next publish completes
        const done = await publish(repo, {
          debs: [debs.v12!],
          retract: [{ name: 'hello-apt', version: '1.0-1' }],
          baseUrl: server.url,
        });
        expect(done.changed).toBe(true);
        expect([...snapshot(repo).keys()].filter((f) => f.includes('#tmp-'))).toEqual([]);
        expect((await aptUpdate(server, repo)).status).toBe(0);
        expect(await aptVersions('hello-apt')).toEqual(['1.1-1', '1.2-1']);
      } finally {
        await server.close();
      }
    }
  });

  test('leftovers of an interrupted publish are swept by the next one that writes', async () => {
    const repo = newRepoDir('sweep');
    await publish(repo, { debs: [debs.v10!] });
    const err = await publish(repo, {
      debs: [debs.v11!],
      onStep: (s) => {
        if (s === 'pool') throw new Error('stopped');
      },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('stopped');
    const orphan = 'pool/main/h/hello-apt/hello-apt_1.1-1_amd64.deb';
    expect(existsSync(path.join(repo, orphan))).toBe(true);
    const next = await publish(repo, { debs: [debs.data!] });
    expect(next.poolRemoved).toEqual([orphan]);
    expect(existsSync(path.join(repo, orphan))).toBe(false);
    expect(readdirSync(repo).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('a new signing key re-signs every suite', async () => {
    const repo = newRepoDir('rotate');
    await publish(repo, { debs: [debs.v10!] });
    await publish(repo, { suite: 'beta', debs: [debs.v11!] });
    const other = makeKey('ecdsa');
    const newSigner = await loadSigningKey(other.armoredSecret, other.passphrase, { now: NOW });
    const r = await publish(repo, { debs: [debs.v12!], signer: newSigner });
    expect(r.suites.sort()).toEqual(['beta', 'stable']);
    const home = homeWithKey(path.join(repo, `${NAME}.asc`));
    for (const suite of ['beta', 'stable']) {
      const v = gpgVerify(home, path.join(repo, 'dists', suite, 'InRelease'));
      expect(`${suite} ${v.ok} ${v.primaryFingerprint}`).toBe(`${suite} true ${other.fingerprint}`);
    }
  });

  test('bad options are one error naming the key', async () => {
    const repo = newRepoDir('bad');
    await expect(publish(repo, { suite: '../etc' })).rejects.toThrow(/input 'channel'/);
    await expect(publish(repo, { keep: 0 })).rejects.toThrow(/repos\.apt\.keep/);
    await expect(publish(repo, { component: 'a/b' })).rejects.toThrow(/repos\.apt\.component/);
    await expect(publish(repo, { debs: [path.join(work, 'missing.deb')] })).rejects.toThrow(/missing\.deb/);
    expect(readdirSync(repo)).toEqual([]);
  });
});
