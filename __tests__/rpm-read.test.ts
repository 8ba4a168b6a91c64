/**
 * The rpm reader against rpm 4.18's own view of the same packages (`rpm -qp --queryformat`) and
 * against createrepo_c's primary.xml (header range, sizes, dependency entries): on a package from
 * our writer, on a binary package and a source package built by rpmbuild from a tiny spec.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DistroError } from '../src/errors.js';
import type { PackageSpec, PkgFile } from '../src/formats/pkg/types.js';
import { writeRpm } from '../src/formats/rpm/index.js';
import { type RpmDependency, type RpmInfo, readRpmHeaders, rpmInfo } from '../src/formats/rpm/read.js';

const MTIME = 1700000000;
const root = mkdtempSync(path.join(tmpdir(), 'rpm-read-test-'));

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = ['rpm', 'rpmbuild', 'createrepo_c'].filter((t) => !has(t));
if (missing.length) throw new Error(`rpm reader tests need ${missing.join(', ')} (see scripts/deps.sh)`);

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited ${String(r.status)}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const qf = (file: string, format: string) => run('rpm', ['-qp', '--qf', format, file]);

const SPEC = `Name: tiny
Epoch: 2
Version: 1.0
Release: 3
Summary: A tiny test package
License: MIT
URL: https://example.com/tiny
Group: Applications/System
Vendor: Tiny Vendor
Packager: Tiny Packager <tiny@example.com>
BuildArch: noarch
Requires: bash >= 4.0
Requires(pre): coreutils
Requires(post): /bin/sh
Provides: tinyprov = 1.0-1
Conflicts: tinyold < 1.0
Obsoletes: tinyold2 <= 0:0.9
Recommends: less
Suggests: vim
Supplements: tinyother
Enhances: tinythird > 2:1.0-1

%description
A tiny package
built with rpmbuild.

%install
mkdir -p %{buildroot}/etc/tiny %{buildroot}/usr/share/doc/tiny %{buildroot}/usr/bin %{buildroot}/var/log
echo conf > %{buildroot}/etc/tiny/tiny.conf
echo hi > %{buildroot}/usr/share/doc/tiny/README
printf '#!/bin/sh\\necho tiny\\n' > %{buildroot}/usr/bin/tiny
ln -s tiny %{buildroot}/usr/bin/tiny-link
touch %{buildroot}/var/log/tiny.log

%pre
true

%post
true

%files
%dir /etc/tiny
%config(noreplace) /etc/tiny/tiny.conf
%doc /usr/share/doc/tiny/README
%attr(0755,root,root) /usr/bin/tiny
/usr/bin/tiny-link
%ghost /var/log/tiny.log

%changelog
* Mon Jan 01 2024 Tiny Packager <tiny@example.com> - 2:1.0-3
- Second.
  Two lines.

* Sun Jan 01 2023 Tiny Packager <tiny@example.com> - 2:1.0-1
- First.
`;

function file(dst: string, content: string, extra: Partial<PkgFile> = {}): PkgFile {
  const source = path.join(root, 'src', dst.replaceAll('/', '_'));
  writeFileSync(source, content);
  const base = { type: 'file' as const, mode: 0o644, owner: 'root', group: 'root', mtime: MTIME };
  return { dst, source, size: Buffer.byteLength(content), ...base, ...extra };
}

function ourSpec(): PackageSpec {
  const dir = (dst: string): PkgFile => ({
    dst,
    type: 'dir',
    mode: 0o755,
    owner: 'root',
    group: 'root',
    mtime: MTIME,
    size: 0,
  });
  return {
    packager: 'rpm',
    name: 'hello',
    version: '1.2.3~rc1',
    release: '1',
    epoch: '4',
    arch: 'x86_64',
    maintainer: 'Hello Team <team@example.com>',
    summary: 'Prints a friendly greeting',
    description: 'Hello prints a friendly greeting.\nSecond line, ünïcödé.',
    vendor: 'Example',
    homepage: 'https://example.com/hello',
    license: 'MIT',
    group: 'Applications/System',
    depends: ['bash (>= 4.0)', 'a | b (>= 2)'],
    predepends: ['coreutils'],
    recommends: ['less >= 500'],
    suggests: ['vim'],
    conflicts: ['hello-legacy (<< 1.0)'],
    breaks: [],
    replaces: ['hello-old'],
    provides: ['greeter = 1:1.2.3-2'],
    files: [
      dir('/etc/hello'),
      file('/etc/hello/hello.conf', 'greeting = hello\n', { config: true, noreplace: true }),
      file('/usr/bin/hello', '#!/bin/sh\necho hello\n', { mode: 0o755, owner: 'daemon', group: 'adm' }),
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
      file('/usr/share/doc/hello/README', 'readme\n', { doc: true }),
      {
        dst: '/var/log/hello.log',
        type: 'file',
        ghost: true,
        mode: 0o640,
        owner: 'root',
        group: 'root',
        mtime: MTIME,
        size: 0,
      },
    ],
    scripts: { postinstall: '#!/bin/sh\ntrue\n' },
    changelog: [
      {
        version: '4:1.2.3~rc1-1',
        date: MTIME,
        author: 'Hello Team <team@example.com>',
        text: '- Second.\n- More.',
      },
      { version: '4:1.0-1', date: MTIME - 86400, author: 'Hello Team <team@example.com>', text: 'First.' },
    ],
    compression: 'xz',
    buildTime: MTIME,
    extra: {},
  };
}

let ours: string;
let built: string;
let source: string;

beforeAll(async () => {
  mkdirSync(path.join(root, 'src'), { recursive: true });
  ours = path.join(root, 'hello.rpm');
  await writeRpm(ours, ourSpec());
  const top = path.join(root, 'rpmbuild');
  const specFile = path.join(root, 'tiny.spec');
  writeFileSync(specFile, SPEC);
  run('rpmbuild', [
    '-ba',
    '--quiet',
    '--define',
    `_topdir ${top}`,
    '--define',
    '_build_id_links none',
    specFile,
  ]);
  built = path.join(top, 'RPMS/noarch/tiny-1.0-3.noarch.rpm');
  source = path.join(top, 'SRPMS/tiny-1.0-3.src.rpm');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const SEP = '\u0001';
const FIELDS: Array<[string, (i: RpmInfo) => string]> = [
  ['%{NAME}', (i) => i.name],
  ['%|EPOCH?{%{EPOCH}}:{none}|', (i) => (i.epoch === undefined ? 'none' : String(i.epoch))],
  ['%{VERSION}', (i) => i.version],
  ['%{RELEASE}', (i) => i.release],
  ['%|SOURCERPM?{%{ARCH}}:{src}|', (i) => i.arch],
  ['%{SUMMARY}', (i) => i.summary],
  ['%{DESCRIPTION}', (i) => i.description],
  ['%|URL?{%{URL}}:{}|', (i) => i.url],
  ['%{LICENSE}', (i) => i.license],
  ['%|VENDOR?{%{VENDOR}}:{}|', (i) => i.vendor],
  ['%{GROUP}', (i) => i.group],
  ['%|PACKAGER?{%{PACKAGER}}:{}|', (i) => i.packager],
  ['%{BUILDTIME}', (i) => String(i.buildtime)],
  ['%{BUILDHOST}', (i) => i.buildhost],
  ['%|SOURCERPM?{%{SOURCERPM}}:{}|', (i) => i.sourcerpm],
  ['%{LONGSIZE}', (i) => String(i.size)],
  ['%|FILEDIGESTALGO?{%{FILEDIGESTALGO}}:{1}|', (i) => String(i.fileDigestAlgo)],
  [
    '[%{FILENAMES}\t%{FILEMODES:octal}\t%{LONGFILESIZES}\t%{FILEMTIMES}\t%{FILEFLAGS}\t%{FILEDIGESTS}\t%{FILELINKTOS}\t%{FILEUSERNAME}\t%{FILEGROUPNAME}\n]',
    (i) =>
      i.files
        .map((f) =>
          [
            f.path,
            f.mode.toString(8),
            f.size,
            f.mtime,
            f.flags,
            f.digest,
            f.linkTarget,
            f.user,
            f.group,
          ].join('\t'),
        )
        .map((l) => `${l}\n`)
        .join(''),
  ],
  [
    '[%{CHANGELOGTIME}\t%{CHANGELOGNAME}\t%{CHANGELOGTEXT}\n]',
    (i) => i.changelog.map((c) => `${c.time}\t${c.author}\t${c.text}\n`).join(''),
  ],
];
const DEPS: Array<[string, keyof RpmInfo]> = [
  ['REQUIRE', 'requires'],
  ['PROVIDE', 'provides'],
  ['CONFLICT', 'conflicts'],
  ['OBSOLETE', 'obsoletes'],
  ['RECOMMEND', 'recommends'],
  ['SUGGEST', 'suggests'],
  ['SUPPLEMENT', 'supplements'],
  ['ENHANCE', 'enhances'],
];

/** rpm's own rendering of every field rpmInfo gives. */
function rpmFields(file: string): string[] {
  const format = [
    ...FIELDS.map(([f]) => f),
    ...DEPS.map(([t]) => `[%{${t}NAME}\t%{${t}FLAGS}\t%{${t}VERSION}\n]`),
  ].join(SEP);
  return qf(file, format).split(SEP);
}

async function check(file: string): Promise<RpmInfo> {
  const rpmFile = await readRpmHeaders(file);
  const info = rpmInfo(rpmFile);
  const rpm = rpmFields(file);
  const mine = [
    ...FIELDS.map(([, f]) => f(info)),
    ...DEPS.map(([, k]) =>
      (info[k] as RpmDependency[]).map((d) => `${d.name}\t${d.flags}\t${d.version}\n`).join(''),
    ),
  ];
  // field by field, so that a failure names the field
  const labels = [...FIELDS.map(([f]) => f), ...DEPS.map(([t]) => t)];
  expect(Object.fromEntries(labels.map((l, i) => [l, mine[i]]))).toEqual(
    Object.fromEntries(labels.map((l, i) => [l, rpm[i]])),
  );
  return info;
}

describe('readRpmHeaders + rpmInfo agree with rpm -qp --queryformat', () => {
  test('a package from our writer', async () => {
    const info = await check(ours);
    // the fields the test package sets on purpose are there (so the comparison is not vacuous)
    expect(info.files.map((f) => f.type)).toEqual(['dir', 'file', 'file', 'symlink', 'dir', 'file', 'file']);
    // the writer owns the parent directory no base package owns (Fedora's packaging guidelines)
    expect(info.files.filter((f) => f.type === 'dir').map((f) => f.path)).toEqual([
      '/etc/hello',
      '/usr/share/doc/hello',
    ]);
    expect(info.files.find((f) => f.path === '/var/log/hello.log')!.ghost).toBe(true);
    expect(info.files.find((f) => f.path === '/etc/hello/hello.conf')!.config).toBe(true);
    expect(info.requires.find((d) => d.name === 'coreutils')!.pre).toBe(true);
    expect(info.provides.find((d) => d.name === 'greeter')).toMatchObject({
      op: 'EQ',
      epoch: '1',
      ver: '1.2.3',
      rel: '2',
    });
  });

  test('a binary package built by rpmbuild', async () => {
    const info = await check(built);
    expect(info.isSource).toBe(false);
    expect(info.supplements.map((d) => d.name)).toEqual(['tinyother']);
    expect(info.changelog).toHaveLength(2);
  });

  test('a source package built by rpmbuild', async () => {
    const info = await check(source);
    expect(info.isSource).toBe(true);
    expect(info.files.map((f) => f.path)).toEqual(['tiny.spec']);
  });

  test('rpm -qpl --dump: file types, and config/doc/ghost flags', async () => {
    for (const f of [ours, built]) {
      const info = rpmInfo(await readRpmHeaders(f));
      const flags = qf(f, '[%{FILENAMES} %{FILEFLAGS:fflags}\n]');
      const mine = info.files.map((x) => `${x.path} ${x.config ? 'c' : ''}${x.doc ? 'd' : ''}`).join('\n');
      // rpm spells the flags it knows in the order c d m n g l r a; ours keep c and d, drop the others
      const theirs = flags
        .trim()
        .split('\n')
        .map((l) => l.replace(/ (\S*)$/, (_, fl: string) => ` ${fl.replace(/[^cd]/g, '')}`));
      expect(mine.split('\n')).toEqual(theirs);
      expect(info.files.filter((x) => x.ghost).map((x) => x.path)).toEqual(
        flags
          .split('\n')
          .filter((l) => /\S*g\S*$/.test(l.split(' ')[1] ?? ''))
          .map((l) => l.split(' ')[0]),
      );
    }
  });
});

describe('agrees with createrepo_c (what the YUM repository writer reproduces)', () => {
  test('header range, sizes and dependency entries of primary.xml', async () => {
    const repo = path.join(root, 'repo');
    mkdirSync(repo, { recursive: true });
    copyFileSync(ours, path.join(repo, 'hello.rpm'));
    copyFileSync(built, path.join(repo, 'tiny.rpm'));
    run('createrepo_c', ['--quiet', '--no-database', repo]);
    const primaryName = readdirSync(path.join(repo, 'repodata')).find((n) => n.endsWith('primary.xml.gz'))!;
    const xml = gunzipSync(readFileSync(path.join(repo, 'repodata', primaryName))).toString('utf8');
    const packages = xml.split('<package ').slice(1);
    expect(packages).toHaveLength(2);
    for (const pkg of packages) {
      const href = /<location href="([^"]+)"/.exec(pkg)![1]!;
      const rpmFile = await readRpmHeaders(path.join(repo, href));
      const info = rpmInfo(rpmFile);
      const range = /<rpm:header-range start="(\d+)" end="(\d+)"/.exec(pkg)!;
      expect([rpmFile.headerStart, rpmFile.headerEnd]).toEqual([Number(range[1]), Number(range[2])]);
      const size = /<size package="(\d+)" installed="(\d+)" archive="(\d+)"/.exec(pkg)!;
      expect([rpmFile.fileSize, info.size, info.archiveSize]).toEqual([1, 2, 3].map((i) => Number(size[i])));
      const version = /<version epoch="(\d+)" ver="([^"]*)" rel="([^"]*)"/.exec(pkg)!;
      expect([String(info.epoch ?? 0), info.version, info.release]).toEqual([
        version[1],
        version[2],
        version[3],
      ]);
      for (const kind of [
        'requires',
        'provides',
        'conflicts',
        'obsoletes',
        'recommends',
        'suggests',
        'supplements',
        'enhances',
      ] as const) {
        const block = new RegExp(`<rpm:${kind}>([\\s\\S]*?)</rpm:${kind}>`).exec(pkg)?.[1] ?? '';
        const entries = [...block.matchAll(/<rpm:entry ([^>]*)\/>/g)].map((m) =>
          Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
        );
        const unescape = (s: string) =>
          s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
        for (const e of entries) {
          const name = unescape(e.name!);
          const same = info[kind].filter(
            (d) =>
              d.name === name &&
              (d.op ?? '') === (e.flags ?? '') &&
              (d.ver ?? '') === (e.ver ?? '') &&
              (d.rel ?? '') === (e.rel ?? '') &&
              (d.ver === undefined || (d.epoch ?? '0') === e.epoch),
          );
          expect({ kind, name, found: same.length > 0 }).toEqual({ kind, name, found: true });
          if (kind === 'requires')
            expect({ name, pre: same.some((d) => d.pre) }).toEqual({ name, pre: e.pre === '1' });
        }
        // createrepo_c leaves out rpmlib() and self-provided requirements, never others
        const kept = new Set(entries.map((e) => unescape(e.name!)));
        const dropped = info[kind].filter((d) => !kept.has(d.name)).map((d) => d.name);
        expect(
          dropped.filter(
            (n) =>
              !n.startsWith('rpmlib(') &&
              !info.files.some((f) => f.path === n) &&
              !info.provides.some((p) => p.name === n),
          ),
        ).toEqual([]);
      }
    }
  });
});

describe('reads only the headers', () => {
  test('a package cut right after its header still reads; rpm itself needs the payload', async () => {
    const cut = path.join(root, 'cut.rpm');
    copyFileSync(built, cut);
    const full = await readRpmHeaders(built);
    truncateSync(cut, full.payloadStart);
    const r = await readRpmHeaders(cut);
    expect(r.headerBytes.equals(full.headerBytes)).toBe(true);
    expect(rpmInfo(r)).toEqual(rpmInfo(full));
    expect(spawnSync('rpm', ['-K', cut], { encoding: 'utf8' }).status).not.toBe(0);
  });
});

describe('bad input is one DistroError naming the file', () => {
  const expectBad = async (file: string, pattern: RegExp) => {
    const err = await readRpmHeaders(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).message).toContain(file);
    expect((err as DistroError).message).toMatch(pattern);
    expect((err as DistroError).file).toBe(file);
  };

  test('not an rpm', async () => {
    const f = path.join(root, 'not.rpm');
    writeFileSync(f, 'this is a text file, not a package\n'.repeat(10));
    await expectBad(f, /not a valid rpm package: it does not start with the rpm lead magic/);
  });

  test('truncated inside the header', async () => {
    const f = path.join(root, 'short.rpm');
    copyFileSync(built, f);
    const { headerStart } = await readRpmHeaders(built);
    truncateSync(f, headerStart + 100);
    await expectBad(f, /the file ends inside the header/);
  });

  test('a corrupt header (index entry points outside the data)', async () => {
    const f = path.join(root, 'corrupt.rpm');
    const bytes = readFileSync(built);
    const { headerStart } = await readRpmHeaders(built);
    bytes.writeUInt32BE(0x7fffff00, headerStart + 16 + 16 + 8); // second entry's offset
    writeFileSync(f, bytes);
    await expectBad(f, /not a valid rpm package: the header's tag \d+: data offset out of range/);
    expect(spawnSync('rpm', ['-qp', f]).status).not.toBe(0);
  });

  test('a missing file', async () => {
    await expectBad(path.join(root, 'missing.rpm'), /cannot open the rpm package/);
  });
});
