/**
 * The pacman repository of publish-repo against the real tools: repo-add (the databases it writes
 * for the same packages), sqv (the detached signatures), and Debian's pacman 6 syncing from the
 * repository served on 127.0.0.1 by a small node server, with `SigLevel = Required` and the key in
 * a pacman keyring (`pacman-key --init/--add/--lsign-key`), installing into a throwaway Debian root.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DistroError } from '../src/errors.js';
import { archFileName, writeArchLinux } from '../src/formats/archlinux/index.js';
import type { PackageSpec } from '../src/formats/pkg/types.js';
import { publishPacman } from '../src/repos/pacman/index.js';
import { loadSigningKey } from '../src/sign/openpgp.js';
import type { Signer } from '../src/sign/signer.js';
import { type DebianRoot, debianRoot } from './helpers/debian-root.js';
import { cleanupGpg, makeKey, sqvVerify } from './helpers/gpg.js';
import { serveDir, type StaticServer } from './helpers/http-server.js';

const NOW = 1700000000;
const work = mkdtempSync(path.join(tmpdir(), 'pacman-repo-test-'));
const repo = path.join(work, 'repo');
const arch = (channel = 'stable', a = 'x86_64') => path.join(repo, 'archlinux', channel, a);

function run(cmd: string, args: string[], allowFail = false) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  if (r.status !== 0 && !allowFail)
    throw new Error(`${cmd} ${args.join(' ')} exited ${String(r.status)}\n${r.stdout}\n${r.stderr}`);
  return { code: r.status, out: r.stdout + r.stderr };
}

/** Spawned without blocking the event loop: the repository server answers meanwhile. */
function runAsync(cmd: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { env: { ...process.env, LC_ALL: 'C' } });
    let out = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.stderr.on('data', (d: Buffer) => (out += d.toString()));
    c.on('error', reject);
    c.on('close', (code) => resolve({ code, out }));
  });
}

const MARK = (what: string) => `#!/bin/sh\necho "${what} $*" >> /var/lib/hello-marker\n`;

function spec(name: string, version: string, archName: string, text: string): PackageSpec {
  const src = path.join(work, 'src', `${name}-${version}`);
  mkdirSync(path.dirname(src), { recursive: true });
  writeFileSync(src, text, { mode: 0o755 });
  return {
    packager: 'archlinux',
    name,
    version,
    release: '1',
    arch: archName,
    summary: `${name} package`,
    description: `${name} package`,
    homepage: 'https://example.org',
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
        dst: archName === 'any' ? `/usr/share/${name}/data` : `/usr/bin/${name}`,
        type: 'file',
        source: src,
        mode: 0o755,
        owner: 'root',
        group: 'root',
        mtime: NOW,
        size: Buffer.byteLength(text),
      },
    ],
    scripts: name === 'hello' ? { postinstall: MARK('postinstall') } : {},
    changelog: [],
    compression: 'gzip',
    buildTime: NOW,
    extra: {},
  };
}

async function build(name: string, version: string, archName = 'x86_64', text?: string): Promise<string> {
  const s = spec(name, version, archName, text ?? `#!/bin/sh\necho "${name} ${version}"\n`);
  const out = path.join(work, 'pkgs', `${version}-${text ? 'other' : 'std'}`, archFileName(s));
  await writeArchLinux(out, s);
  return out;
}

/** `dir/desc` and `dir/files` texts of a database archive, by bsdtar. */
function dbTexts(file: string): Record<string, string> {
  const names = run('bsdtar', ['-tf', file])
    .out.split('\n')
    .filter((n) => /\/(desc|files)$/.test(n))
    .sort();
  return Object.fromEntries(names.map((n) => [n, run('bsdtar', ['-xOf', file, n]).out]));
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
/** Every file under the repository with its hash. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(repo, p)] = sha(p);
    }
  };
  walk(repo);
  return out;
}

let signer: Signer;
let fingerprint: string;
let root: DebianRoot;
let server: StaticServer;
let pkgs: Record<string, string>;
const gpgdir = path.join(work, 'pacman-keyring');
const conf = path.join(work, 'pacman.conf');
const pacman = (args: string[]) => runAsync('pacman', ['--config', conf, '--noconfirm', ...args]);

beforeAll(async () => {
  const key = makeKey('ed25519');
  fingerprint = key.fingerprint;
  signer = await loadSigningKey(key.armoredSecret, undefined);
  pkgs = {
    hello123: await build('hello', '1.2.3'),
    hello124: await build('hello', '1.2.4'),
    data: await build('hello-data', '1.0', 'any'),
  };
  server = await serveDir(repo);
  root = debianRoot();
  mkdirSync(path.join(root.dir, 'var/lib/pacman'), { recursive: true });
  run('pacman-key', ['--gpgdir', gpgdir, '--init']);
  writeFileSync(path.join(work, 'key.asc'), key.armoredPublic);
  run('pacman-key', ['--gpgdir', gpgdir, '--add', path.join(work, 'key.asc')]);
  run('pacman-key', ['--gpgdir', gpgdir, '--lsign-key', fingerprint]);
  writeFileSync(
    conf,
    [
      '[options]',
      'Architecture = x86_64',
      'SigLevel = Required',
      `GPGDir = ${gpgdir}`,
      `RootDir = ${root.dir}`,
      `DBPath = ${path.join(root.dir, 'var/lib/pacman')}`,
      `CacheDir = ${path.join(work, 'cache')}`,
      `LogFile = ${path.join(work, 'pacman.log')}`,
      '',
      '[hello]',
      `Server = ${server.url}/archlinux/stable/$arch`,
      '',
    ].join('\n'),
  );
}, 600_000);

afterAll(async () => {
  await server?.close();
  root?.remove();
  cleanupGpg();
  rmSync(work, { recursive: true, force: true });
});

const publish = (o: Partial<Parameters<typeof publishPacman>[0]> = {}) =>
  publishPacman({
    root: path.join(repo, 'archlinux'),
    name: 'hello',
    baseUrl: `${server.url}/archlinux`,
    signer,
    now: NOW,
    ...o,
  });

describe('pacman repository', () => {
  test('the databases are what repo-add writes, signed', async () => {
    const r = await publish({ packages: [pkgs.hello123!, pkgs.data!] });
    expect(r.added).toEqual(['hello 1.2.3-1 x86_64', 'hello-data 1.0-1 x86_64']);
    expect(r.pacmanConf).toBe(
      `[hello]\nSigLevel = Required\nServer = ${server.url}/archlinux/stable/$arch\n`,
    );
    expect(r.install).toBe(
      `curl -fsSL ${server.url}/archlinux/hello.asc | sudo pacman-key --add - && sudo pacman-key --lsign-key ${fingerprint} && sudo pacman -Syu hello`,
    );

    // repo-add on copies of the same package files and signatures
    const ra = path.join(work, 'repo-add');
    mkdirSync(ra);
    for (const f of readdirSync(arch()).filter((n) => /\.pkg\.tar\.zst(\.sig)?$/.test(n)))
      copyFileSync(path.join(arch(), f), path.join(ra, f));
    const files = readdirSync(ra).filter((n) => n.endsWith('.zst'));
    expect(files).toHaveLength(2);
    run('repo-add', ['-q', path.join(ra, 'hello.db.tar.gz'), ...files.map((f) => path.join(ra, f))]);
    for (const db of ['hello.db.tar.gz', 'hello.files.tar.gz']) {
      const ours = dbTexts(path.join(arch(), db));
      expect(Object.keys(ours)).toHaveLength(db.includes('files') ? 4 : 2);
      expect(ours).toEqual(dbTexts(path.join(ra, db)));
    }
    expect(dbTexts(path.join(arch(), 'hello.db.tar.gz'))['hello-1.2.3-1/desc']).toMatch(
      /%PGPSIG%\n\S{40,}\n/,
    );
    // .db is the .db.tar.gz, and every signature verifies (sqv)
    expect(
      readFileSync(path.join(arch(), 'hello.db')).equals(readFileSync(path.join(arch(), 'hello.db.tar.gz'))),
    ).toBe(true);
    const keyring = path.join(work, 'keyring.gpg');
    writeFileSync(keyring, signer.publicKeyBinary);
    for (const f of [
      'hello.db',
      'hello.files',
      'hello-1.2.3-1-x86_64.pkg.tar.zst',
      'hello-data-1.0-1-any.pkg.tar.zst',
    ])
      expect(sqvVerify(keyring, path.join(arch(), `${f}.sig`), path.join(arch(), f)).ok).toBe(true);
    expect(readFileSync(path.join(repo, 'archlinux', 'hello.asc'), 'utf8')).toBe(signer.publicKeyArmored);
  });

  test('pacman -Sy and -S install from it with SigLevel = Required', async () => {
    const sync = await pacman(['-Sy']);
    expect(sync.code).toBe(0);
    const inst = await pacman(['-S', 'hello', 'hello-data']);
    expect(inst.out).toMatch(/installing hello/);
    expect(inst.code).toBe(0);
    expect(readFileSync(path.join(root.dir, 'var/lib/hello-marker'), 'utf8')).toBe('postinstall 1.2.3-1\n');
    expect((await pacman(['-Q', 'hello'])).out).toBe('hello 1.2.3-1\n');
    expect(
      server.log.some((l) => l.path === '/archlinux/stable/x86_64/hello.db.sig' && l.status === 200),
    ).toBe(true);
  }, 120_000);

  test('adding a version reads only the new file; pacman -Syu upgrades', async () => {
    const before = dbTexts(path.join(arch(), 'hello.files.tar.gz'));
    // the published 1.2.3 file is garbage for a moment: a publisher reading it would fail
    const old = path.join(arch(), 'hello-1.2.3-1-x86_64.pkg.tar.zst');
    const saved = readFileSync(old);
    writeFileSync(old, 'not a package');
    try {
      const r = await publish({ packages: [pkgs.hello124!] });
      expect(r.added).toEqual(['hello 1.2.4-1 x86_64']);
    } finally {
      writeFileSync(old, saved);
    }
    const after = dbTexts(path.join(arch(), 'hello.files.tar.gz'));
    expect(Object.keys(after).sort()).toEqual([
      'hello-1.2.4-1/desc',
      'hello-1.2.4-1/files',
      'hello-data-1.0-1/desc',
      'hello-data-1.0-1/files',
    ]);
    expect(after['hello-data-1.0-1/desc']).toBe(before['hello-data-1.0-1/desc']);
    expect(readdirSync(arch())).toContain('hello-1.2.3-1-x86_64.pkg.tar.zst'); // kept for downgrades

    const up = await pacman(['-Syu']);
    expect(up.code).toBe(0);
    expect((await pacman(['-Q', 'hello'])).out).toBe('hello 1.2.4-1\n');
  }, 120_000);

  test('a tampered database is refused', async () => {
    const db = path.join(arch(), 'hello.db');
    const good = readFileSync(db);
    const texts = gunzipSync(good);
    const i = texts.indexOf('hello package');
    texts.write('HELLO', i);
    writeFileSync(db, gzipSync(texts));
    try {
      const r = await pacman(['-Syy']);
      expect(r.code).not.toBe(0);
      expect(r.out).toMatch(/signature .* is invalid|invalid or corrupted database \(PGP signature\)/);
    } finally {
      writeFileSync(db, good);
    }
    expect((await pacman(['-Syy'])).code).toBe(0);
  }, 120_000);

  test('the same version with other content is refused and nothing changes', async () => {
    const before = snapshot();
    const other = await build('hello', '1.2.4', 'x86_64', '#!/bin/sh\necho other\n');
    await expect(publish({ packages: [other] })).rejects.toThrow(
      /is hello 1\.2\.4-1, but .* has other content .* raise the version or pkgrel/,
    );
    expect(snapshot()).toEqual(before);
  });

  test('a run with nothing new writes nothing', async () => {
    const before = snapshot();
    const r = await publish({ packages: [pkgs.hello124!] });
    expect(r.changed).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  test('retract falls back to the newest kept version; keep prunes; promote copies', async () => {
    const r = await publish({ retract: [{ name: 'hello', version: '1.2.4' }] });
    expect(r.removed).toEqual(['hello 1.2.4-1 x86_64']);
    expect(readdirSync(arch())).not.toContain('hello-1.2.4-1-x86_64.pkg.tar.zst');
    expect(readdirSync(arch())).not.toContain('hello-1.2.4-1-x86_64.pkg.tar.zst.sig');
    expect(Object.keys(dbTexts(path.join(arch(), 'hello.db')))).toContain('hello-1.2.3-1/desc');

    await publish({ packages: [pkgs.hello124!], keep: 1 });
    expect(readdirSync(arch()).filter((n) => n.startsWith('hello-1.'))).toEqual([
      'hello-1.2.4-1-x86_64.pkg.tar.zst',
      'hello-1.2.4-1-x86_64.pkg.tar.zst.sig',
    ]);

    const p = await publish({
      channel: 'beta',
      promote: { from: 'stable', packages: [{ name: 'hello', version: '1.2.4' }] },
    });
    expect(p.added).toEqual(['hello 1.2.4-1 x86_64']);
    expect(dbTexts(path.join(arch('beta'), 'hello.db'))['hello-1.2.4-1/desc']).toBe(
      dbTexts(path.join(arch(), 'hello.db'))['hello-1.2.4-1/desc'],
    );
    expect(sha(path.join(arch('beta'), 'hello-1.2.4-1-x86_64.pkg.tar.zst'))).toBe(sha(pkgs.hello124!));
  });

  test('unsigned only when asked; the same inputs give the same databases', async () => {
    await expect(
      publishPacman({
        root: path.join(work, 'u1'),
        name: 'hello',
        baseUrl: 'https://example.org/a',
        packages: [pkgs.data!],
      }),
    ).rejects.toThrow(DistroError);
    expect(() => readdirSync(path.join(work, 'u1'))).toThrow();
    const dbs: Buffer[] = [];
    for (const d of ['u2', 'u3']) {
      const r = await publishPacman({
        root: path.join(work, d),
        name: 'hello',
        baseUrl: 'https://example.org/a',
        packages: [pkgs.data!, pkgs.hello123!],
        unsigned: true,
        now: NOW,
      });
      expect(r.pacmanConf).toContain('SigLevel = Optional TrustAll');
      dbs.push(readFileSync(path.join(work, d, 'stable', 'x86_64', 'hello.files.tar.gz')));
      expect(readdirSync(path.join(work, d, 'stable', 'x86_64')).filter((n) => n.endsWith('.sig'))).toEqual(
        [],
      );
    }
    expect(dbs[0]!.equals(dbs[1]!)).toBe(true);
  });

  test('publish-repo takes the manifest’s Arch packages into archlinux/ and keeps the pacman.conf snippet', async () => {
    const { describe: describeFile, emptyManifest, writeManifest } = await import('../src/manifest/index.js');
    const { publishStage } = await import('../src/stages/publish.js');
    const { memoryLogger } = await import('../src/log.js');
    const { createArtifactStore } = await import('../src/runner/artifacts.js');
    const ws = path.join(work, 'stage');
    const dist = path.join(ws, 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(ws, 'distro.yml'), 'name: hello\n');
    copyFileSync(pkgs.hello123!, path.join(dist, path.basename(pkgs.hello123!)));
    const m = emptyManifest({ name: 'hello', version: '1.2.3' });
    m.artifacts.push(
      await describeFile(dist, path.basename(pkgs.hello123!), {
        kind: 'archlinux',
        stage: 'package',
        format: 'archlinux',
        package: 'hello',
        package_version: '1.2.3-1',
      }),
    );
    await writeManifest(dist, m);
    const r = await publishStage({
      workspace: ws,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      log: memoryLogger(),
      store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(work, 'stage-artifacts') }),
      upload: false,
      version: '1.2.3',
      repoDir: 'site',
      baseUrl: 'https://example.org/site',
      unsigned: true,
      now: new Date(NOW * 1000),
    });
    expect(r.added).toEqual(['archlinux stable: hello 1.2.3-1 x86_64']);
    expect(r.pacmanConf).toBe(
      '[hello]\nSigLevel = Optional TrustAll\nServer = https://example.org/site/archlinux/stable/$arch\n',
    );
    expect(readFileSync(path.join(dist, 'publish', 'hello-stable.pacman.conf'), 'utf8')).toBe(r.pacmanConf);
    expect(readdirSync(path.join(ws, 'site', 'archlinux', 'stable', 'x86_64')).sort()).toEqual([
      'hello-1.2.3-1-x86_64.pkg.tar.zst',
      'hello.db',
      'hello.db.tar.gz',
      'hello.files',
      'hello.files.tar.gz',
    ]);
    // no deb or rpm in the manifest: no apt/ or yum/
    expect(readdirSync(path.join(ws, 'site')).sort()).toEqual(['archlinux']);
  });
});
