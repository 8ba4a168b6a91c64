/**
 * The installed-files cache (src/toolchain/snapshot.ts) on a throwaway root and dpkg database:
 * real tar and zstd, the status file parsed and merged as dpkg writes it. The whole path against
 * the machine's own dpkg (purge, restore, dpkg --verify, apt-get check) is in toolchain.test.ts.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  readlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  captureSnapshot,
  parseSimulation,
  parseStatus,
  restoreSnapshot,
  snapshotKey,
  type PlannedPackage,
} from '../src/toolchain/snapshot.js';
import { aptStateKey } from '../src/toolchain/state.js';

const run = async (argv: string[]) => {
  execFileSync(argv[0]!, argv.slice(1), { stdio: 'pipe' });
};

const stanza = (name: string, version: string, status: string) =>
  `Package: ${name}\nStatus: ${status}\nPriority: optional\nArchitecture: amd64\nVersion: ${version}\nDescription: ${name}\n multi-line\n .\n text`;

describe('parseSimulation', () => {
  it('lists what apt-get install -s would install, and refuses upgrades and removals', () => {
    const out =
      'NOTE: This is only a simulation!\nInst gcc-aarch64-linux-gnu (4:12.2.0-3 Debian:12.15/oldstable [amd64])\n' +
      'Inst libc6-arm64-cross (2.36-8cross1 Debian:12.15/oldstable [all])\nConf gcc-aarch64-linux-gnu (4:12.2.0-3 Debian [amd64])\n';
    expect(parseSimulation(out)).toEqual([
      { name: 'gcc-aarch64-linux-gnu', arch: 'amd64', version: '4:12.2.0-3' },
      { name: 'libc6-arm64-cross', arch: 'all', version: '2.36-8cross1' },
    ]);
    expect(parseSimulation('Inst libc6 [2.36-8] (2.36-9 Debian:12.15/oldstable [amd64])\n')).toBeUndefined();
    expect(parseSimulation('Remv foo [1.0]\nInst bar (1 Debian [amd64])\n')).toBeUndefined();
  });

  it('keys by the exact set: another version or package is another key, the order is not', () => {
    const a = { name: 'a', arch: 'amd64', version: '1' };
    const b = { name: 'b', arch: 'all', version: '2' };
    expect(snapshotKey('t', 'debian12-amd64', [a, b])).toBe(snapshotKey('t', 'debian12-amd64', [b, a]));
    expect(snapshotKey('t', 'debian12-amd64', [a, b])).not.toBe(
      snapshotKey('t', 'debian12-amd64', [a, { ...b, version: '3' }]),
    );
    expect(snapshotKey('t', 'debian12-amd64', [a])).toMatch(
      /^distro-installed-debian12-amd64-t-[0-9a-f]{20}$/,
    );
  });
});

describe('captureSnapshot and restoreSnapshot', () => {
  let base: string;
  let root: string;
  let admin: string;
  let dir: string;
  const plan: PlannedPackage[] = [{ name: 'foo', arch: 'amd64', version: '1.0-1' }];
  const o = () => ({ dir, admindir: admin, root, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });

  beforeEach(() => {
    base = mkdtempSync(path.join(tmpdir(), 'distro-snapshot-'));
    root = path.join(base, 'root');
    admin = path.join(root, 'var/lib/dpkg');
    dir = path.join(base, 'cache');
    mkdirSync(path.join(admin, 'info'), { recursive: true });
    mkdirSync(path.join(admin, 'updates'));
    mkdirSync(path.join(root, 'usr/lib/foo'), { recursive: true });
    mkdirSync(path.join(root, 'usr/bin'), { recursive: true });
    symlinkSync('usr/lib', path.join(root, 'lib')); // merged /usr
    writeFileSync(path.join(root, 'usr/lib/foo/data'), 'data\n');
    symlinkSync('../lib/foo/data', path.join(root, 'usr/bin/foo'));
    writeFileSync(
      path.join(admin, 'info/foo.list'),
      [
        '/.',
        '/lib',
        '/lib/foo',
        '/lib/foo/data',
        '/usr',
        '/usr/bin',
        '/usr/bin/foo',
        '/usr/share/doc/foo/gone',
      ].join('\n') + '\n',
    );
    writeFileSync(path.join(admin, 'info/foo.md5sums'), 'x  usr/lib/foo/data\n');
    writeFileSync(
      path.join(admin, 'status'),
      [stanza('base', '1', 'install ok installed'), stanza('foo', '1.0-1', 'install ok installed')].join(
        '\n\n',
      ) + '\n',
    );
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('packs what a package installed and puts it back, dpkg status merged, other stanzas as they were', async () => {
    expect(await captureSnapshot(o(), plan, run)).toBeUndefined();
    expect(readFileSync(path.join(dir, 'status'), 'utf8')).toBe(
      stanza('foo', '1.0-1', 'install ok installed') + '\n',
    );
    // A fresh machine: the files and info gone, a left-over config-files stanza of foo.
    rmSync(path.join(root, 'usr/lib/foo'), { recursive: true });
    rmSync(path.join(root, 'usr/bin/foo'));
    rmSync(path.join(admin, 'info/foo.list'));
    writeFileSync(
      path.join(admin, 'status'),
      [stanza('foo', '0.9-1', 'deinstall ok config-files'), stanza('base', '1', 'install ok installed')].join(
        '\n\n',
      ) + '\n',
    );
    expect(await restoreSnapshot(o(), plan, run)).toBeUndefined();
    expect(readFileSync(path.join(root, 'usr/lib/foo/data'), 'utf8')).toBe('data\n');
    expect(readlinkSync(path.join(root, 'usr/bin/foo'))).toBe('../lib/foo/data');
    expect(readlinkSync(path.join(root, 'lib'))).toBe('usr/lib'); // still a symlink
    expect(readFileSync(path.join(admin, 'info/foo.list'), 'utf8')).toContain('/lib/foo/data\n');
    const st = parseStatus(readFileSync(path.join(admin, 'status'), 'utf8'));
    expect(st.map((s) => [s.name, s.version, s.status])).toEqual([
      ['base', '1', 'install ok installed'],
      ['foo', '1.0-1', 'install ok installed'],
    ]);
    expect(readFileSync(path.join(admin, 'status'), 'utf8')).toContain(
      stanza('foo', '1.0-1', 'install ok installed'),
    );
  });

  it('does not capture a package with a postinst script, nor one not installed as planned', async () => {
    writeFileSync(path.join(admin, 'info/foo.postinst'), '#!/bin/sh\n');
    expect(await captureSnapshot(o(), plan, run)).toMatch(/foo has a postinst script/);
    rmSync(path.join(admin, 'info/foo.postinst'));
    expect(await captureSnapshot(o(), [{ ...plan[0]!, version: '2' }], run)).toMatch(
      /not installed as planned/,
    );
  });

  it('refuses a snapshot of other packages, an installed one, or an interrupted dpkg, changing nothing', async () => {
    expect(await captureSnapshot(o(), plan, run)).toBeUndefined();
    const before = readFileSync(path.join(admin, 'status'), 'utf8');
    expect(await restoreSnapshot(o(), [{ ...plan[0]!, version: '1.0-2' }], run)).toMatch(/other packages/);
    expect(await restoreSnapshot(o(), plan, run)).toMatch(/installed already/);
    writeFileSync(path.join(admin, 'updates/0001'), '');
    expect(await restoreSnapshot(o(), plan, run)).toMatch(/interrupted dpkg/);
    expect(readFileSync(path.join(admin, 'status'), 'utf8')).toBe(before);
  });
});

describe('aptStateKey', () => {
  let root: string;
  const key = (packages = ['gcc-x', 'g++-x']) => aptStateKey('t', 'debian12-amd64', packages, { root });
  const admin = () => path.join(root, 'var/lib/dpkg');
  const lists = () => path.join(root, 'var/lib/apt/lists');
  const etc = () => path.join(root, 'etc/apt');
  const status = (...extra: string[]) =>
    writeFileSync(
      path.join(admin(), 'status'),
      [
        stanza('dpkg', '1.21.22', 'install ok installed'),
        stanza('base', '1', 'install ok installed'),
        ...extra,
      ].join('\n\n') + '\n',
    );

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'distro-state-'));
    mkdirSync(admin(), { recursive: true });
    mkdirSync(path.join(lists(), 'partial'), { recursive: true });
    mkdirSync(path.join(etc(), 'preferences.d'), { recursive: true });
    mkdirSync(path.join(etc(), 'apt.conf.d'));
    status();
    writeFileSync(path.join(admin(), 'arch'), 'amd64\n');
    writeFileSync(
      path.join(lists(), 'deb.debian.org_debian_dists_bookworm_InRelease'),
      'Date: 1\nSHA256: aa\n',
    );
    writeFileSync(
      path.join(lists(), 'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4'),
      'P',
    );
    writeFileSync(path.join(etc(), 'sources.list'), 'deb http://deb.debian.org/debian bookworm main\n');
    writeFileSync(path.join(etc(), 'apt.conf.d/docker-clean'), 'Dir::Cache::pkgcache "";\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is the same for the same state (package order, downloads in progress and purged packages aside)', async () => {
    const k = await key();
    expect(k).toMatch(/^distro-installed-debian12-amd64-t-[0-9a-f]{20}$/);
    expect(await key(['g++-x', 'gcc-x'])).toBe(k);
    writeFileSync(path.join(lists(), 'partial/x_InRelease'), 'half');
    writeFileSync(path.join(lists(), 'lock'), '');
    status(stanza('gone', '2', 'purge ok not-installed'));
    expect(await key()).toBe(k);
  });

  it('changes with what apt resolves from: packages asked, installed set, archs, lists, configuration', async () => {
    const k = await key();
    const changed: [string, () => void][] = [
      ['another package asked', () => {}],
      ['an extra package installed', () => status(stanza('extra', '1', 'install ok installed'))],
      ['a package at another version', () => status(stanza('base', '2', 'install ok installed'))],
      ['a package left as config files', () => status(stanza('old', '1', 'deinstall ok config-files'))],
      ['a foreign architecture', () => writeFileSync(path.join(admin(), 'arch'), 'amd64\narm64\n')],
      [
        'a new Release (apt-get update)',
        () =>
          writeFileSync(
            path.join(lists(), 'deb.debian.org_debian_dists_bookworm_InRelease'),
            'Date: 2\nSHA256: ab\n',
          ),
      ],
      [
        'a list of another size',
        () =>
          writeFileSync(
            path.join(lists(), 'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4'),
            'PP',
          ),
      ],
      [
        'a pin',
        () => writeFileSync(path.join(etc(), 'preferences.d/pin'), 'Package: base\nPin: version 1\n'),
      ],
      [
        'an apt option',
        () => writeFileSync(path.join(etc(), 'apt.conf.d/99x'), 'APT::Install-Recommends "1";\n'),
      ],
      [
        'a source',
        () => writeFileSync(path.join(etc(), 'sources.list'), 'deb http://x/debian bookworm main\n'),
      ],
    ];
    const seen = new Set([k]);
    for (const [what, change] of changed) {
      const snapshot = new Map(
        [path.join(admin(), 'status'), path.join(admin(), 'arch')].map((f) => [f, readFileSync(f, 'utf8')]),
      );
      change();
      const k2 = what === 'another package asked' ? await key(['gcc-x']) : await key();
      expect([what, seen.has(k2)]).toEqual([what, false]);
      seen.add(k2);
      for (const [f, text] of snapshot) writeFileSync(f, text); // dpkg's files back; the rest accumulates
    }
  });

  it('reads dpkg from the admin directory given', async () => {
    const k = await key();
    const other = path.join(root, 'other-admin');
    mkdirSync(other);
    writeFileSync(path.join(other, 'status'), stanza('dpkg', '1.21.22', 'install ok installed') + '\n');
    expect(await aptStateKey('t', 'debian12-amd64', ['gcc-x', 'g++-x'], { root, admindir: other })).not.toBe(
      k,
    );
    await expect(aptStateKey('t', 'i', [], { root, admindir: path.join(root, 'none') })).rejects.toThrow(
      /ENOENT/,
    );
  });
});
