/**
 * The native Arch Linux package writer against the real tools: bsdtar (listing, and the .MTREE
 * makepkg would write for the same tree), and Debian's pacman 6 installing into a throwaway Debian
 * root with `--root`/`--dbpath` (scriptlets run chrooted in it): `-Qkk` clean, scripts ran,
 * upgrade scripts, backup files, `-R` leaves nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { archPackageVersion } from '../src/config/version.js';
import { DistroError } from '../src/errors.js';
import { archFileName, writeArchLinux } from '../src/formats/archlinux/index.js';
import { archDependency } from '../src/formats/archlinux/format.js';
import type { PackageSpec, PkgFile } from '../src/formats/pkg/types.js';
import { type DebianRoot, debianRoot } from './helpers/debian-root.js';

const MTIME = 1700000000;
const work = mkdtempSync(path.join(tmpdir(), 'archlinux-test-'));
const src = path.join(work, 'src');

for (const cmd of ['bsdtar', 'pacman', 'bash']) {
  if (spawnSync('sh', ['-c', 'command -v "$1"', 'sh', cmd]).status !== 0)
    throw new Error(`archlinux tests need ${cmd} (scripts/deps.sh)`);
}

function run(cmd: string, args: string[], opts: { input?: string; allowFail?: boolean } = {}) {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, LC_ALL: 'C' },
  });
  if (r.status !== 0 && !opts.allowFail)
    throw new Error(`${cmd} ${args.join(' ')} exited ${String(r.status)}\n${r.stdout}\n${r.stderr}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const file = (dst: string, source: string, extra: Partial<PkgFile> = {}): PkgFile => ({
  dst,
  type: 'file',
  source,
  mode: 0o644,
  owner: 'root',
  group: 'root',
  mtime: MTIME,
  size: readFileSync(source).length,
  ...extra,
});

const MARK = (what: string) => `#!/bin/sh\necho "${what} $*" >> /var/lib/hello-marker\nexit 0\n`;

function spec(version = '1.2.3', over: Partial<PackageSpec> = {}): PackageSpec {
  return {
    packager: 'archlinux',
    name: 'hello',
    version,
    release: '1',
    arch: 'x86_64',
    maintainer: 'Hello Team <team@example.org>',
    summary: 'Says hello',
    description: 'Says hello\nto everyone.',
    homepage: 'https://example.org/hello',
    license: 'MIT',
    depends: ['glibc>=2.28'],
    predepends: [],
    recommends: ['bash'],
    suggests: [],
    conflicts: ['hello-git'],
    breaks: [],
    replaces: ['hello-old'],
    provides: ['hello-bin=1.2.3'],
    files: [
      file('/etc/hello/hello.conf', path.join(src, 'hello.conf'), { config: true, noreplace: true }),
      file('/usr/bin/hello', path.join(src, 'hello'), { mode: 0o755 }),
      {
        dst: '/usr/bin/hi',
        type: 'symlink',
        linkname: 'hello',
        mode: 0o777,
        owner: 'root',
        group: 'root',
        mtime: MTIME,
        size: 0,
      },
      file('/usr/share/doc/hello/read me.txt', path.join(src, 'readme')),
      file('/usr/lib/hello/b.txt', path.join(src, 'readme')),
      file('/usr/lib/hello/a/x', path.join(src, 'hello'), { mode: 0o755 }),
      file('/usr/lib/hello/a/y', path.join(src, 'hello'), { mode: 0o755 }),
      file('/usr/lib/hello/a/z.txt', path.join(src, 'readme'), { mode: 0o600 }),
    ],
    scripts: {
      preinstall: MARK('preinstall'),
      postinstall: MARK('postinstall'),
      preremove: '#!/bin/bash\necho "preremove $*" >> /var/lib/hello-marker\n',
      postremove: MARK('postremove'),
      postupgrade: '#!/usr/bin/env sh\necho "postupgrade $1 from $2" >> /var/lib/hello-marker\n',
    },
    changelog: [],
    compression: 'gzip',
    buildTime: MTIME,
    extra: {},
    ...over,
  };
}

let root: DebianRoot;
const dbpath = () => path.join(root.dir, 'var/lib/pacman');
const pacman = (args: string[], allowFail = false) =>
  run(
    'pacman',
    [
      '--root',
      root.dir,
      '--dbpath',
      dbpath(),
      '--cachedir',
      path.join(work, 'cache'),
      '--logfile',
      path.join(work, 'pacman.log'),
      '--config',
      path.join(work, 'pacman.conf'),
      '--noconfirm',
      ...args,
    ],
    { allowFail },
  );

/** Every path in the root (relative), for the before/after comparison. */
const tree = () =>
  run('find', [root.dir, '-mindepth', '1'])
    .out.split('\n')
    .filter(Boolean)
    .map((p) => p.slice(root.dir.length))
    .filter((p) => !p.startsWith('/var/lib/pacman') && p !== '/var/lib/hello-marker')
    .sort();

beforeAll(() => {
  mkdirSync(src, { recursive: true });
  writeFileSync(path.join(src, 'hello'), '#!/bin/sh\necho "Hello from hello"\n', { mode: 0o755 });
  writeFileSync(path.join(src, 'hello.conf'), 'greeting = hello\n');
  writeFileSync(path.join(src, 'readme'), 'Read me.\n');
  writeFileSync(path.join(work, 'pacman.conf'), '[options]\nArchitecture = x86_64\nSigLevel = Never\n');
  root = debianRoot();
  mkdirSync(dbpath(), { recursive: true });
}, 600_000);

afterAll(() => {
  root?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('archlinux package', () => {
  let pkg: string;
  beforeAll(async () => {
    pkg = path.join(work, 'out', archFileName(spec()));
    await writeArchLinux(pkg, spec());
  });

  test('the file name is makepkg’s, and two builds are the same bytes', async () => {
    expect(path.basename(pkg)).toBe('hello-1.2.3-1-x86_64.pkg.tar.zst');
    const again = path.join(work, 'again', path.basename(pkg));
    const r = await writeArchLinux(again, spec());
    expect(readFileSync(again).equals(readFileSync(pkg))).toBe(true);
    expect(r.size).toBe(readFileSync(pkg).length);
    expect(archFileName(spec('1.2.3', { epoch: '2' }))).toBe('hello-2:1.2.3-1-x86_64.pkg.tar.zst');
  });

  test('bsdtar lists the metadata first, then the payload with its directories', () => {
    const names = run('bsdtar', ['-tf', pkg]).out.split('\n').filter(Boolean);
    expect(names).toEqual([
      '.BUILDINFO',
      '.INSTALL',
      '.MTREE',
      '.PKGINFO',
      'etc/',
      'etc/hello/',
      'etc/hello/hello.conf',
      'usr/',
      'usr/bin/',
      'usr/bin/hello',
      'usr/bin/hi',
      'usr/lib/',
      'usr/lib/hello/',
      'usr/lib/hello/a/',
      'usr/lib/hello/a/x',
      'usr/lib/hello/a/y',
      'usr/lib/hello/a/z.txt',
      'usr/lib/hello/b.txt',
      'usr/share/',
      'usr/share/doc/',
      'usr/share/doc/hello/',
      'usr/share/doc/hello/read me.txt',
    ]);
    const long = run('bsdtar', ['-tvf', pkg]).out;
    expect(long).toMatch(/-rwxr-xr-x\s+0 root\s+root\s+\d+ Nov 14\s+2023 usr\/bin\/hello/);
    expect(long).toMatch(/lrwxrwxrwx .* usr\/bin\/hi -> hello/);
  });

  test('.PKGINFO has makepkg’s fields in makepkg’s order', () => {
    const info = run('bsdtar', ['-xOf', pkg, '.PKGINFO']).out;
    const size =
      'greeting = hello\n'.length +
      3 * '#!/bin/sh\necho "Hello from hello"\n'.length +
      3 * 'Read me.\n'.length;
    expect(info).toBe(
      [
        '# Generated by distro-actions',
        'pkgname = hello',
        'pkgbase = hello',
        'xdata = pkgtype=pkg',
        'pkgver = 1.2.3-1',
        'pkgdesc = Says hello',
        'url = https://example.org/hello',
        `builddate = ${MTIME}`,
        'packager = Hello Team <team@example.org>',
        `size = ${size}`,
        'arch = x86_64',
        'license = MIT',
        'replaces = hello-old',
        'conflict = hello-git',
        'provides = hello-bin=1.2.3',
        'backup = etc/hello/hello.conf',
        'depend = glibc>=2.28',
        'optdepend = bash',
        '',
      ].join('\n'),
    );
  });

  test('.MTREE is what makepkg’s bsdtar writes for the same tree', () => {
    const tree = path.join(work, 'unpacked');
    mkdirSync(tree, { recursive: true });
    run('bsdtar', ['-xpf', pkg, '-C', tree]);
    const ours = gunzipSync(readFileSync(path.join(tree, '.MTREE'))).toString('utf8');
    // makepkg's create_package, run on the unpacked files (bash: its globstar order)
    const theirs = run('bash', [
      '-c',
      'cd "$1" && export LC_COLLATE=C && shopt -s dotglob globstar && printf "%s\\0" **/* | LANG=C bsdtar -cnf - --format=mtree --options="!all,use-set,type,uid,gid,mode,time,size,md5,sha256,link" --null --files-from - --exclude .MTREE',
      'bash',
      tree,
    ]).out;
    expect(ours).toBe(theirs);
    expect(ours).toContain('./usr/share/doc/hello/read\\040me.txt ');
  });

  test('pacman installs it: scripts ran, -Qkk clean, the config is a backup file', () => {
    const before = tree();
    pacman(['-U', '-dd', pkg]);
    expect(readFileSync(path.join(root.dir, 'var/lib/hello-marker'), 'utf8')).toBe(
      'preinstall 1.2.3-1\npostinstall 1.2.3-1\n',
    );
    const check = pacman(['-Qkk', 'hello']);
    expect(check.out).toMatch(/hello: \d+ total files, 0 altered files/);
    const info = pacman(['-Qii', 'hello']).out;
    expect(info).toMatch(/Backup Files\s+:\s*\nUNMODIFIED\s+\S*\/etc\/hello\/hello.conf/);
    expect(info).toMatch(/Depends On\s+: glibc>=2.28/);
    expect(run('chroot', [root.dir, '/usr/bin/hi']).out).toBe('Hello from hello\n');

    // an upgrade runs pre_upgrade (the preinstall script) and the postupgrade script
    const next = path.join(work, 'out', archFileName(spec('1.2.4')));
    return writeArchLinux(next, spec('1.2.4')).then(() => {
      writeFileSync(path.join(root.dir, 'var/lib/hello-marker'), '');
      pacman(['-U', '-dd', next]);
      expect(readFileSync(path.join(root.dir, 'var/lib/hello-marker'), 'utf8')).toBe(
        'preinstall 1.2.4-1 1.2.3-1\npostupgrade 1.2.4-1 from 1.2.3-1\n',
      );
      expect(pacman(['-Qkk', 'hello']).out).toMatch(/0 altered files/);

      // removal: scripts run, a changed config is kept as .pacsave, nothing else stays
      writeFileSync(path.join(root.dir, 'etc/hello/hello.conf'), 'greeting = hi\n');
      writeFileSync(path.join(root.dir, 'var/lib/hello-marker'), '');
      pacman(['-R', '-dd', 'hello']);
      expect(readFileSync(path.join(root.dir, 'var/lib/hello-marker'), 'utf8')).toBe(
        'preremove 1.2.4-1\npostremove 1.2.4-1\n',
      );
      expect(readFileSync(path.join(root.dir, 'etc/hello/hello.conf.pacsave'), 'utf8')).toBe(
        'greeting = hi\n',
      );
      rmSync(path.join(root.dir, 'etc/hello'), { recursive: true });
      // pacman's own traces: its cache and log, and the ldconfig it runs after a transaction
      const ours = (p: string) => !/^\/(var\/cache\/(pacman|ldconfig)|var\/log|etc\/ld\.so\.cache)/.test(p);
      expect(tree().filter(ours)).toEqual(before.filter(ours));
      expect(pacman(['-Q', 'hello'], true).code).not.toBe(0);
    });
  }, 120_000);
});

describe('bad input', () => {
  test('a version pacman cannot hold says how to spell it', () => {
    const err = (v: string) => {
      try {
        archPackageVersion(v);
      } catch (e) {
        return e as DistroError;
      }
      throw new Error(`no error for ${v}`);
    };
    for (const v of ['abc-1', '1.0:2']) {
      expect(err(v)).toBeInstanceOf(DistroError);
      expect(err(v).message).toMatch(/may not contain '-' .*set `release:`.*':' \(the epoch: set `epoch:`\)/);
      expect(err(v).key).toBe('version');
    }
    expect(err('1.2.3-0rc1').message).toMatch(/must start with a letter/);
    expect(archPackageVersion('1.2.3-rc.1')).toEqual({ version: '1.2.3rc.1', release: '1' });
    expect(() => archPackageVersion('1.2.3', { release: '1-2' })).toThrow(/pkgrel/);
    expect(() => archPackageVersion('1.2.3', { epoch: 'x' })).toThrow(/epoch/);
  });

  test('an architecture pacman has no name for is refused before anything is written', async () => {
    const out = path.join(work, 'bad', 'x.pkg.tar.zst');
    await expect(writeArchLinux(out, spec('1.2.3', { arch: 'mips64el' }))).rejects.toThrow(
      /'mips64el' is not an architecture pacman installs packages for; use one of x86_64, aarch64, armv7h, riscv64, i686, any/,
    );
    expect(run('ls', ['-A', path.dirname(out)], { allowFail: true }).out).toBe('');
  });

  test('dependencies: pacman spelling, alternatives refused', () => {
    expect(archDependency('libc6 (>= 2.28)')).toBe('libc6>=2.28');
    expect(archDependency('glibc < 3')).toBe('glibc<3');
    expect(archDependency('zlib>=1:1.2')).toBe('zlib>=1:1.2');
    expect(() => archDependency('a | b')).toThrow(/pacman has no alternatives/);
  });

  test('a line break in a field is refused, naming it', async () => {
    await expect(
      writeArchLinux(
        path.join(work, 'bad2', 'y.pkg.tar.zst'),
        spec('1.2.3', { summary: 'x', homepage: 'a\nb' }),
      ),
    ).rejects.toThrow(/url 'a…' has a line break/);
  });
});

describe('the package stage writes archlinux through the format registry', () => {
  const CONFIG = `name: stagehello
maintainer: Stage <stage@example.com>
description: Stage test.
license: MIT
depends: ["zlib (>= 1.2)"]
contents:
  - { src: stagehello, dst: /usr/bin/stagehello }
  - { src: stage.conf, dst: /etc/stagehello.conf, type: config|noreplace }
  - { src: stagehello, dst: /sbin/stagehello-admin }
scripts:
  postinstall: post.sh
archlinux:
  packager: Arch Packager <arch@example.com>
  pkgbase: stagehello-base
  scripts:
    postupgrade: up.sh
overrides:
  archlinux:
    depends: ["zlib>=1:1.2"]
formats: [archlinux]
`;
  async function stage(name: string, version = '1.2.3') {
    const ws = path.join(work, name);
    mkdirSync(path.join(ws, 'dist'), { recursive: true });
    writeFileSync(path.join(ws, 'distro.yml'), CONFIG);
    writeFileSync(path.join(ws, 'stagehello'), '#!/bin/sh\necho stage\n', { mode: 0o755 });
    writeFileSync(path.join(ws, 'stage.conf'), 'a = 1\n');
    writeFileSync(path.join(ws, 'post.sh'), 'echo post "$1"\n');
    writeFileSync(path.join(ws, 'up.sh'), '#!/bin/sh\necho up "$1"\n');
    const { packageStage } = await import('../src/stages/package.js');
    const { memoryLogger } = await import('../src/log.js');
    const { createArtifactStore } = await import('../src/runner/artifacts.js');
    const r = await packageStage({
      workspace: ws,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      log: memoryLogger(),
      store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(work, `${name}-artifacts`) }),
      upload: false,
      version,
      sourceDateEpoch: MTIME,
    });
    return { ws, r };
  }

  test('config: nfpm archlinux section, overrides, scripts; manifest kind archlinux; reproducible', async () => {
    const one = await stage('stage-one');
    const two = await stage('stage-two');
    const rel = 'stagehello-1.2.3-1-x86_64.pkg.tar.zst';
    expect(one.r.packages).toEqual([rel]);
    const a = readFileSync(path.join(one.ws, 'dist', rel));
    expect(a.equals(readFileSync(path.join(two.ws, 'dist', rel)))).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(one.ws, 'dist', 'manifest.json'), 'utf8')) as {
      artifacts: Array<Record<string, unknown>>;
    };
    expect(manifest.artifacts.find((x) => x.path === rel)).toMatchObject({
      kind: 'archlinux',
      format: 'archlinux',
      package: 'stagehello',
      package_version: '1.2.3-1',
    });
    const info = run('bsdtar', ['-xOf', path.join(one.ws, 'dist', rel), '.PKGINFO']).out;
    expect(info).toMatch(/^pkgbase = stagehello-base$/m);
    expect(info).toMatch(/^packager = Arch Packager <arch@example.com>$/m);
    expect(info).toMatch(/^depend = zlib>=1:1.2$/m);
    expect(info).toMatch(/^backup = etc\/stagehello.conf$/m);
    // merged-/usr: /sbin is a symlink on Arch Linux, so the file goes to /usr/bin
    const names = run('bsdtar', ['-tf', path.join(one.ws, 'dist', rel)]).out;
    expect(names).toMatch(/^usr\/bin\/stagehello-admin$/m);
    expect(names).not.toMatch(/^sbin/m);
    const install = run('bsdtar', ['-xOf', path.join(one.ws, 'dist', rel), '.INSTALL']).out;
    expect(install).toMatch(
      /post_install\(\) \{\n {2}'\/bin\/sh' -s -- "\$@" <<'DISTRO_ACTIONS_SCRIPT_END'\necho post "\$1"\n/,
    );
    expect(install).toMatch(
      /post_upgrade\(\) \{\n {2}'\/bin\/sh' -s -- "\$@" <<'DISTRO_ACTIONS_SCRIPT_END'\necho up "\$1"\n/,
    );
    // pacman reads it
    expect(
      run('pacman', ['--config', path.join(work, 'pacman.conf'), '-Qip', path.join(one.ws, 'dist', rel)]).out,
    ).toMatch(/Name\s+: stagehello\nVersion\s+: 1.2.3-1/);
  });

  test('a version pacman cannot spell fails before anything is written, naming the fix', async () => {
    await expect(stage('stage-bad', '1.2.3-1')).rejects.toThrow(
      /version '1.2.3-1' cannot be written as an Arch Linux version: .*set `release:`/,
    );
    expect(readdirSync(path.join(work, 'stage-bad', 'dist'))).toEqual([]);
  });
});
