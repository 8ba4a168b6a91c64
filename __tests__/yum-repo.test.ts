/**
 * The YUM repository writer against the real tools: dnf 4 (install into an empty --installroot
 * from the repository served over HTTP on 127.0.0.1, with gpgcheck=1 and repo_gpgcheck=1),
 * dnf repoquery, createrepo_c (same metadata from the same rpms; --update on top of ours), gpg
 * (re-signing after createrepo_c) and rpm's own vercmp (through its Lua interpreter).
 */
import { execFile, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DistroError } from '../src/errors.js';
import type { PackageSpec, PkgFile } from '../src/formats/pkg/types.js';
import { rpmFileName, writeRpm } from '../src/formats/rpm/index.js';
import { publishYum, rpmvercmp, type PublishYumOptions, type YumStep } from '../src/repos/yum/index.js';
import { loadSigningKey } from '../src/sign/openpgp.js';
import { signRpm } from '../src/sign/rpm.js';
import type { Signer } from '../src/sign/signer.js';
import { cleanupGpg, gpg, makeKey, type TestKey } from './helpers/gpg.js';
import { serveDir, type StaticServer } from './helpers/http-server.js';

const NOW = 1763800000;
const MTIME = 1700000000;
const work = mkdtempSync(path.join(tmpdir(), 'yum-test-'));
const src = path.join(work, 'src');
const rpmDir = path.join(work, 'rpms');

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = ['dnf', 'rpm', 'createrepo_c', 'gpg'].filter((t) => !has(t));
if (missing.length) throw new Error(`yum tests need ${missing.join(', ')} (see scripts/deps.sh)`);

function run(cmd: string, args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
    maxBuffer: 1 << 26,
  });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs a tool without blocking the event loop (the HTTP server answers dnf from this process). */
function runAsync(cmd: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
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

function file(dst: string, source: string, extra: Partial<PkgFile> = {}): PkgFile {
  const size = readFileSync(source).length;
  return {
    dst,
    type: 'file',
    source,
    mode: 0o644,
    owner: 'root',
    group: 'root',
    mtime: MTIME,
    size,
    ...extra,
  };
}

function spec(name: string, version: string, arch: string, over: Partial<PackageSpec> = {}): PackageSpec {
  const conf = path.join(src, `${name}-${version}.conf`);
  writeFileSync(conf, `# ${name} ${version}\ngreeting = hello & <world>\n`);
  const files: PkgFile[] = [
    { dst: `/etc/${name}`, type: 'dir', mode: 0o755, owner: 'root', group: 'root', mtime: MTIME, size: 0 },
    file(`/etc/${name}/${name}.conf`, conf, { config: true, noreplace: true }),
    {
      dst: `/usr/share/${name}`,
      type: 'dir',
      mode: 0o755,
      owner: 'root',
      group: 'root',
      mtime: MTIME,
      size: 0,
    },
    file(`/usr/share/${name}/README`, path.join(src, 'README')),
    ...(arch === 'noarch' ? [] : [file(`/usr/bin/${name}`, path.join(src, 'tool'), { mode: 0o755 })]),
  ];
  return {
    packager: 'rpm',
    name,
    version,
    release: '1',
    arch,
    maintainer: 'Hello Team <team@example.com>',
    summary: `Says hello & <more> (${version})`,
    description: `${name} says "hello".\nVersion ${version}, with a café.`,
    vendor: 'Example & Co',
    homepage: 'https://example.com/hello?a=1&b=2',
    license: 'MIT',
    group: 'Applications/System',
    depends: [],
    predepends: [],
    recommends: [],
    suggests: [],
    conflicts: [],
    breaks: [],
    replaces: [],
    provides: [`greeter = ${version}`],
    files,
    scripts: {},
    changelog: [
      {
        version: `${version}-1`,
        date: MTIME,
        author: 'Hello Team <team@example.com>',
        text: `- Release ${version} & <fixes>`,
      },
      { version: '0.9-1', date: MTIME - 86400, author: 'Zoë <z@example.com>', text: '- First.' },
    ],
    compression: 'gzip',
    buildTime: MTIME,
    extra: {},
    ...over,
  };
}

let key: TestKey;
let other: TestKey;
let signer: Signer;
let server: StaticServer;
const rpms: Record<string, string> = {};

/** Writes and signs an rpm; returns its path. */
async function build(id: string, s: PackageSpec, sign = true): Promise<string> {
  const out = path.join(rpmDir, id, rpmFileName(s));
  await writeRpm(out, s);
  if (sign) await signRpm(out, signer);
  return out;
}

beforeAll(async () => {
  mkdirSync(src, { recursive: true });
  writeFileSync(path.join(src, 'README'), 'Hello, a test package.\n');
  writeFileSync(path.join(src, 'tool'), '#!/bin/sh\necho hello\n');
  key = makeKey('ed25519');
  other = makeKey('ecdsa');
  // one fixed signing time for the whole run (after the key was made): signatures are reproducible
  signer = await loadSigningKey(key.armoredSecret, undefined, {
    now: new Date(Math.floor(Date.now() / 1000) * 1000),
  });
  rpms.hello10 = await build('a', spec('hello', '1.0', 'noarch'));
  rpms.hello11 = await build('a', spec('hello', '1.1', 'noarch'));
  rpms.hello20 = await build('a', spec('hello', '2.0', 'noarch'));
  rpms.tool = await build('a', spec('hello-tool', '1.0', 'x86_64'));
  // same NEVRA as hello 1.0, other content
  rpms.hello10b = await build('b', spec('hello', '1.0', 'noarch', { summary: 'A different build' }));
  rpms.unsigned = await build('c', spec('hello-extra', '1.0', 'noarch'), false);
  server = await serveDir(work);
}, 120000);

afterAll(async () => {
  await server?.close();
  cleanupGpg();
  rmSync(work, { recursive: true, force: true });
});

let counter = 0;
/** A new empty directory under the served tree; its URL. */
function newRoot(): { root: string; url: string } {
  const name = `repo-${++counter}`;
  const root = path.join(work, name);
  mkdirSync(root, { recursive: true });
  return { root, url: `${server.url}/${name}` };
}

function publish(root: string, url: string, over: Partial<PublishYumOptions> = {}) {
  return publishYum({ root, name: 'hello', baseUrl: url, signer, now: NOW, ...over });
}

/** Runs dnf in a fresh installroot (or `installroot`) with only `repoText` configured. */
async function dnf(repoText: string, args: string[], installroot?: string) {
  const d = mkdtempSync(path.join(work, 'dnf-'));
  mkdirSync(path.join(d, 'repos'));
  writeFileSync(path.join(d, 'repos', 'test.repo'), repoText);
  const rootDir = installroot ?? path.join(d, 'root');
  mkdirSync(rootDir, { recursive: true });
  const r = await runAsync('dnf', [
    '-y',
    `--installroot=${rootDir}`,
    '--releasever=12',
    `--setopt=reposdir=${path.join(d, 'repos')}`,
    `--setopt=cachedir=${path.join(d, 'cache')}`,
    '--setopt=install_weak_deps=False',
    '--setopt=skip_if_unavailable=False',
    '--setopt=retries=1',
    '--setopt=timeout=20',
    '--disableplugin=*',
    ...args,
  ]);
  return { ...r, root: rootDir };
}

const QF = '%{name}-%{epoch}:%{version}-%{release}.%{arch}';
/** NEVRAs dnf sees in the repository of `repoText`, sorted. */
async function repoquery(repoText: string, extra: string[] = []): Promise<string[]> {
  // -l prints file lists and takes no --qf
  const qf = extra.includes('-l') ? [] : ['--qf', QF];
  const r = await dnf(repoText, ['repoquery', '-q', ...qf, ...extra]);
  if (r.code !== 0) throw new Error(`dnf repoquery failed:\n${r.out}\n${r.err}`);
  return r.out.split('\n').filter(Boolean).sort();
}

const gz = (f: string) => gunzipSync(readFileSync(f)).toString('utf8');
function metadataFile(channelDir: string, type: string): string {
  const repomd = readFileSync(path.join(channelDir, 'repodata/repomd.xml'), 'utf8');
  const href = new RegExp(`<location href="(repodata/[0-9a-f]{64}-${type}\\.xml\\.(?:gz|zst))"/>`).exec(
    repomd,
  )?.[1];
  if (!href) throw new Error(`no ${type} in ${repomd}`);
  return path.join(channelDir, href);
}

/** Every file under `dir` with its bytes, for byte-for-byte comparisons. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, f);
    if (statSync(p).isFile()) out[f] = readFileSync(p).toString('base64');
  }
  return out;
}

describe('rpmvercmp', () => {
  test('agrees with rpm.vercmp on tricky pairs', () => {
    const versions = [
      '1.0',
      '1.0.0',
      '1.0a',
      '1.0~rc1',
      '1.0~rc2',
      '1.0^git1',
      '1.0.1',
      '1.01',
      '1.1',
      '2',
      '10',
      'a',
      'b',
      '1.0_1',
      '1..0',
      '001',
      '1',
      '1.0~',
      '1.0^',
      '~',
      '^',
      '1a',
      'a1',
      '2.0.0-x',
      '1.0+b',
      'FC5',
      'fc4',
    ];
    const pairs = versions.flatMap((a) => versions.map((b) => [a, b] as const));
    const calls = pairs.map(([a, b]) => `rpm.vercmp(${JSON.stringify(a)}, ${JSON.stringify(b)})`);
    const r = run('rpm', ['--eval', `%{lua: print(table.concat({${calls.join(', ')}}, ' '))}`]);
    expect(r.code).toBe(0);
    const theirs = r.out.trim().split(' ').map(Number);
    expect(theirs).toHaveLength(pairs.length);
    expect(new Set(theirs)).toEqual(new Set([-1, 0, 1]));
    expect(pairs.map(([a, b]) => rpmvercmp(a, b))).toEqual(theirs);
  });
});

describe('a signed repository', () => {
  let root: string;
  let url: string;
  let result: Awaited<ReturnType<typeof publishYum>>;

  beforeAll(async () => {
    ({ root, url } = newRoot());
    result = await publish(root, url, { rpms: [rpms.hello10!, rpms.tool!] });
  });

  test('layout, .repo file and install commands', () => {
    const dir = path.join(root, 'stable');
    expect(result.channelDir).toBe(dir);
    expect(result.changed).toBe(true);
    expect(result.added).toEqual(['hello-1.0-1.noarch', 'hello-tool-1.0-1.x86_64']);
    expect(existsSync(path.join(dir, 'packages/hello-1.0-1.noarch.rpm'))).toBe(true);
    expect(readFileSync(path.join(dir, 'hello-stable.repo'), 'utf8')).toBe(result.repoFile);
    expect(result.repoFile).toBe(
      `[hello-stable]\nname=hello (stable)\nbaseurl=${url}/stable\nenabled=1\ngpgcheck=1\nrepo_gpgcheck=1\ngpgkey=${url}/RPM-GPG-KEY-hello\n`,
    );
    expect(result.installCommands.dnf).toBe(
      `sudo dnf config-manager --add-repo ${url}/stable/hello-stable.repo && sudo dnf install -y hello`,
    );
    expect(result.installCommands.curl).toContain(
      `/etc/yum.repos.d/hello-stable.repo ${url}/stable/hello-stable.repo`,
    );
    const files = readdirSync(path.join(dir, 'repodata')).sort();
    expect(files.filter((f) => /^[0-9a-f]{64}-(primary|filelists|other)\.xml\.gz$/.test(f))).toHaveLength(3);
    expect(files).toContain('repomd.xml.asc');
    // the signature verifies with gpg and the published key
    const home = mkdtempSync(path.join(work, 'gpg-'));
    gpg(home, ['--import', path.join(root, 'RPM-GPG-KEY-hello')]);
    gpg(home, ['--verify', path.join(dir, 'repodata/repomd.xml.asc'), path.join(dir, 'repodata/repomd.xml')]);
  });

  test('dnf verifies repomd.xml.asc and the package signature and installs', async () => {
    const r = await dnf(result.repoFile, ['install', 'hello', 'hello-tool']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(r.root, 'etc/hello/hello.conf'), 'utf8')).toContain('hello 1.0');
    expect(existsSync(path.join(r.root, 'usr/bin/hello-tool'))).toBe(true);
    expect(run('rpm', ['--root', r.root, '-q', 'hello', 'hello-tool']).out).toBe(
      'hello-1.0-1.noarch\nhello-tool-1.0-1.x86_64\n',
    );
    // it did fetch the signature
    expect(
      server.log.some((l) => l.path.endsWith('/stable/repodata/repomd.xml.asc') && l.status === 200),
    ).toBe(true);
  });

  test('the metadata is the same as createrepo_c makes from the same rpms; repoquery agrees', async () => {
    const cr = path.join(work, 'createrepo');
    mkdirSync(path.join(cr, 'packages'), { recursive: true });
    for (const f of [rpms.hello10!, rpms.tool!]) {
      const dest = path.join(cr, 'packages', path.basename(f));
      cpSync(f, dest);
      utimesSync(dest, NOW, NOW); // createrepo_c's time file is the file's mtime; ours is `now`
    }
    run('createrepo_c', ['--quiet', '--no-database', cr]);
    const dir = path.join(root, 'stable');
    for (const type of ['primary', 'filelists', 'other']) {
      expect(gz(metadataFile(dir, type))).toBe(gz(metadataFile(cr, type)));
    }
    const crRepo = `[cr]\nname=cr\nbaseurl=file://${cr}\ngpgcheck=0\n`;
    for (const extra of [[], ['--requires'], ['--provides'], ['-l'], ['--obsoletes'], ['--conflicts']]) {
      expect(await repoquery(result.repoFile, extra)).toEqual(await repoquery(crRepo, extra));
    }
    expect(await repoquery(result.repoFile)).toEqual(['hello-0:1.0-1.noarch', 'hello-tool-0:1.0-1.x86_64']);
  });

  test('a tampered primary.xml, a re-written repomd.xml or a wrong key make dnf fail', async () => {
    const copy = (name: string) => {
      const dest = path.join(work, name);
      cpSync(root, dest, { recursive: true, preserveTimestamps: true });
      return {
        dir: path.join(dest, 'stable'),
        repo: result.repoFile.replaceAll(url, `${server.url}/${name}`),
      };
    };
    // one byte of primary changed: its checksum no longer matches repomd.xml
    const a = copy('tampered-primary');
    const primary = metadataFile(a.dir, 'primary');
    const bytes = readFileSync(primary);
    bytes[bytes.length - 10]! ^= 1;
    writeFileSync(primary, bytes);
    expect((await dnf(a.repo, ['install', 'hello'])).code).not.toBe(0);
    // repomd.xml changed (another revision): its signature no longer verifies
    const b = copy('tampered-repomd');
    const repomd = path.join(b.dir, 'repodata/repomd.xml');
    writeFileSync(repomd, readFileSync(repomd, 'utf8').replace(/<revision>\d+</, '<revision>1<'));
    const rb = await dnf(b.repo, ['install', 'hello']);
    expect(rb.code).not.toBe(0);
    // the .repo points at another key
    const c = copy('wrong-key');
    writeFileSync(path.join(work, 'wrong-key', 'RPM-GPG-KEY-hello'), other.armoredPublic);
    expect((await dnf(c.repo, ['install', 'hello'])).code).not.toBe(0);
    // and the untouched copy installs (the failures above are the tampering's)
    const d = copy('untouched');
    expect((await dnf(d.repo, ['install', 'hello'])).code).toBe(0);
  });

  test('createrepo_c --update accepts our metadata; dnf installs; we publish on top of it again', async () => {
    const name = 'after-createrepo';
    const dest = path.join(work, name);
    cpSync(root, dest, { recursive: true, preserveTimestamps: true });
    const dir = path.join(dest, 'stable');
    const r = run('createrepo_c', ['--update', '--no-database', dir]);
    expect(r.code).toBe(0);
    // createrepo_c kept our entries (time file and everything) instead of re-reading the rpms
    expect(gz(metadataFile(dir, 'primary'))).toBe(gz(metadataFile(path.join(root, 'stable'), 'primary')));
    const repomd = path.join(dir, 'repodata/repomd.xml');
    gpg(key.gnupgHome, ['--yes', '--armor', '--detach-sign', '-o', `${repomd}.asc`, repomd]);
    const repo = result.repoFile.replaceAll(url, `${server.url}/${name}`);
    expect((await dnf(repo, ['install', 'hello'])).code).toBe(0);
    const again = await publish(dest, `${server.url}/${name}`, { rpms: [rpms.hello11!] });
    expect(again.added).toEqual(['hello-1.1-1.noarch']);
    expect(await repoquery(repo)).toEqual([
      'hello-0:1.0-1.noarch',
      'hello-0:1.1-1.noarch',
      'hello-tool-0:1.0-1.x86_64',
    ]);
  });
});

describe('incremental publishing', () => {
  test('add, re-run, conflict, keep, retract and promote', async () => {
    const { root, url } = newRoot();
    const stable = path.join(root, 'stable');
    const repoText = (await publish(root, url, { rpms: [rpms.hello10!] })).repoFile;
    const primaryBefore = gz(metadataFile(stable, 'primary'));

    // add: the existing entry is copied as it was
    const r1 = await publish(root, url, { rpms: [rpms.hello11!], now: NOW + 10 });
    expect(r1.added).toEqual(['hello-1.1-1.noarch']);
    const primary = gz(metadataFile(stable, 'primary'));
    const entry10 =
      /<package type="rpm">\n {2}<name>hello<\/name>[\s\S]*?ver="1.0"[\s\S]*?<\/package>\n/.exec(
        primaryBefore,
      )![0];
    expect(primary).toContain(entry10);
    expect(await repoquery(repoText)).toEqual(['hello-0:1.0-1.noarch', 'hello-0:1.1-1.noarch']);

    // the same files again: nothing changes, not one byte
    const before = tree(root);
    const r2 = await publish(root, url, { rpms: [rpms.hello10!, rpms.hello11!], now: NOW + 20 });
    expect(r2.changed).toBe(false);
    expect(tree(root)).toEqual(before);

    // the same NEVRA with other content: refused, naming both
    const clash = publish(root, url, { rpms: [rpms.hello10b!], now: NOW + 30 });
    await expect(clash).rejects.toBeInstanceOf(DistroError);
    await expect(publish(root, url, { rpms: [rpms.hello10b!] })).rejects.toThrow(
      /hello-1\.0-1\.noarch.*already has hello-1\.0-1\.noarch with other content \(packages\/hello-1\.0-1\.noarch\.rpm/,
    );
    expect(tree(root)).toEqual(before);

    // keep 2: adding 2.0 drops 1.0
    const r3 = await publish(root, url, { rpms: [rpms.hello20!], keep: 2, now: NOW + 40 });
    expect(r3.added).toEqual(['hello-2.0-1.noarch']);
    expect(r3.removed).toEqual(['hello-1.0-1.noarch']);
    expect(await repoquery(repoText)).toEqual(['hello-0:1.1-1.noarch', 'hello-0:2.0-1.noarch']);

    // retract 2.0: dnf installs 1.1
    const r4 = await publish(root, url, { retract: [{ name: 'hello', version: '2.0' }], now: NOW + 50 });
    expect(r4.removed).toEqual(['hello-2.0-1.noarch']);
    const inst = await dnf(repoText, ['install', 'hello']);
    expect(inst.code).toBe(0);
    expect(run('rpm', ['--root', inst.root, '-q', 'hello']).out).toBe('hello-1.1-1.noarch\n');
    // retracting it again is no error and changes nothing
    expect(
      (await publish(root, url, { retract: [{ name: 'hello', version: '2.0' }], now: NOW + 60 })).changed,
    ).toBe(false);
    // its file stays one generation (clients holding the previous repomd.xml), then goes
    expect(existsSync(path.join(stable, 'packages/hello-2.0-1.noarch.rpm'))).toBe(true);
    expect(existsSync(path.join(stable, 'packages/hello-1.0-1.noarch.rpm'))).toBe(false);

    // promote 1.1 to beta: same bytes, no rebuild, installable from beta
    const r5 = await publish(root, url, {
      channel: 'beta',
      promote: { from: 'stable', packages: [{ name: 'hello', version: '1.1-1' }] },
      now: NOW + 70,
    });
    expect(r5.added).toEqual(['hello-1.1-1.noarch']);
    expect(readFileSync(path.join(root, 'beta/packages/hello-1.1-1.noarch.rpm'))).toEqual(
      readFileSync(rpms.hello11!),
    );
    expect(r5.repoFile).toContain('[hello-beta]');
    expect(await repoquery(r5.repoFile)).toEqual(['hello-0:1.1-1.noarch']);
    expect((await dnf(r5.repoFile, ['install', 'hello'])).code).toBe(0);
    await expect(
      publish(root, url, {
        channel: 'beta',
        promote: { from: 'stable', packages: [{ name: 'hello', version: '9.9' }] },
      }),
    ).rejects.toThrow(/promote: hello 9\.9 is not in channel 'stable' \(it has 1\.1-1\)/);
  });

  test('the same inputs and now give byte-identical repositories; zstd metadata reads', async () => {
    const a = newRoot();
    const b = newRoot();
    for (const r of [a, b]) {
      await publish(r.root, 'https://example.com/repo', { rpms: [rpms.tool!, rpms.hello10!] });
      await publish(r.root, 'https://example.com/repo', { rpms: [rpms.hello11!], now: NOW + 5 });
    }
    expect(tree(a.root)).toEqual(tree(b.root));
    const z = newRoot();
    const res = await publish(z.root, z.url, { rpms: [rpms.hello10!, rpms.tool!], compression: 'zstd' });
    expect(
      readdirSync(path.join(z.root, 'stable/repodata')).filter((f) => f.endsWith('.xml.zst')),
    ).toHaveLength(3);
    expect(await repoquery(res.repoFile)).toEqual(['hello-0:1.0-1.noarch', 'hello-tool-0:1.0-1.x86_64']);
  });
});

describe('a large repository', () => {
  // Metadata of a few hundred packages spans several of the blocks the old files are read back in
  // (256 KiB of decompressed text), so elements are cut by block ends (inside a UTF-8 character too).
  test('adding to it and retracting from it give the bytes one publish of the same rpms gives', async () => {
    const dir = path.join(rpmDir, 'many');
    const many: string[] = [];
    for (let i = 0; i < 320; i++) {
      const name = `many-${String(i).padStart(3, '0')}`;
      const s = spec(name, '1.0', i % 4 ? 'noarch' : 'x86_64', {
        description: `${name}: ${'naïve café déjà vu, '.repeat(20 + (i % 7))}`,
        changelog: [
          { version: '1.0-1', date: MTIME, author: 'Zoë <z@example.com>', text: `- ${'é'.repeat(900 + i)}` },
        ],
      });
      const out = path.join(dir, rpmFileName(s));
      await writeRpm(out, s);
      many.push(out);
    }
    const unsigned = { unsigned: true, signer: undefined };
    const inc = newRoot();
    await publish(inc.root, inc.url, { ...unsigned, rpms: many.filter((_, i) => i % 5 !== 2) });
    await publish(inc.root, inc.url, { ...unsigned, rpms: many.filter((_, i) => i % 5 === 2 && i !== 7) });
    const r = await publish(inc.root, inc.url, {
      ...unsigned,
      retract: [{ name: 'many-100', version: '1.0' }],
    });
    expect(r.removed).toEqual(['many-100-1.0-1.x86_64']);
    expect(r.packages).toBe(318);
    const full = newRoot();
    await publish(full.root, full.url, { ...unsigned, rpms: many.filter((_, i) => i !== 7 && i !== 100) });
    const repodata = (root: string) => tree(path.join(root, 'stable/repodata'));
    const meta = repodata(full.root);
    for (const type of ['primary', 'other']) {
      const bytes = gunzipSync(readFileSync(metadataFile(path.join(full.root, 'stable'), type)));
      expect(bytes.length).toBeGreaterThan(2 << 18);
    }
    // the incremental repository keeps the previous generation's metadata files besides
    const current = Object.fromEntries(
      Object.entries(repodata(inc.root)).filter(([f]) => f === 'repomd.xml' || f in meta),
    );
    expect(current).toEqual(meta);
  }, 120000);
});

describe('a publish stopped midway leaves the previous repository valid', () => {
  const steps: YumStep[] = ['packages', 'primary', 'filelists', 'other', 'signature', 'repomd'];
  test.each(steps)('stopped after %s', async (stop) => {
    const { root, url } = newRoot();
    const repoText = (await publish(root, url, { rpms: [rpms.hello10!] })).repoFile;
    const crash = publish(root, url, {
      rpms: [rpms.hello11!],
      now: NOW + 100,
      onStep: (s) => {
        if (s === stop) throw new Error(`killed after ${s}`);
      },
    });
    await expect(crash).rejects.toThrow(`killed after ${stop}`);
    // dnf reads a complete, verified repository: the old one, or the new one once repomd.xml is in place
    const expected =
      stop === 'repomd' ? ['hello-0:1.0-1.noarch', 'hello-0:1.1-1.noarch'] : ['hello-0:1.0-1.noarch'];
    expect(await repoquery(repoText)).toEqual(expected);
    // the next run completes the publish
    await publish(root, url, { rpms: [rpms.hello11!], now: NOW + 200 });
    expect(await repoquery(repoText)).toEqual(['hello-0:1.0-1.noarch', 'hello-0:1.1-1.noarch']);
  });
});

describe('bad input', () => {
  test('unsigned without opting in, an unsigned rpm in a signed repository, bad names', async () => {
    const { root, url } = newRoot();
    const base = { root, name: 'hello', baseUrl: url, rpms: [rpms.hello10!] };
    await expect(publishYum(base)).rejects.toThrow(/gpg-private-key.*unsigned: true/);
    await expect(publish(root, url, { rpms: [rpms.unsigned!] })).rejects.toThrow(
      /hello-extra-1\.0-1\.noarch\.rpm is not signed.*gpgcheck=1/,
    );
    await expect(publish(root, url, { channel: '../x' })).rejects.toThrow(/input 'channel'/);
    await expect(publish(root, 'example.com', {})).rejects.toThrow(/input 'base-url'/);
    await expect(publish(root, url, { keep: 0 })).rejects.toThrow(/input 'keep'/);
    expect(readdirSync(root)).toEqual([]);
    // opted in: unsigned repository, and a .repo that says so
    const res = await publishYum({ ...base, unsigned: true, rpms: [rpms.unsigned!] });
    expect(res.repoFile).toContain('gpgcheck=0\nrepo_gpgcheck=0\n');
    expect(existsSync(path.join(root, 'stable/repodata/repomd.xml.asc'))).toBe(false);
    expect(await repoquery(res.repoFile)).toEqual(['hello-extra-0:1.0-1.noarch']);
  });
});
