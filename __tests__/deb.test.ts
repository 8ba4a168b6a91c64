/**
 * deb written natively (src/formats/deb) from the nfpm-compatible config (src/formats/pkg/resolve),
 * checked with the real tools from Debian's packages: dpkg-deb, dpkg (install/remove/purge into a
 * throwaway instdir), lintian (scripts/deps.sh installs dpkg-dev, lintian, fakeroot, gcc,
 * gcc-aarch64-linux-gnu, binutils-aarch64-linux-gnu).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadConfig } from '../src/config/index.js';
import { DistroError } from '../src/errors.js';
import { debFileName, writeDeb } from '../src/formats/deb/index.js';
import { cleanupPackage, resolvePackage } from '../src/formats/pkg/resolve.js';
import type { PackageSpec } from '../src/formats/pkg/types.js';
import { memoryLogger } from '../src/log.js';
import { resolveTarget, type Target } from '../src/targets/index.js';
import { copyExample } from './helpers/runner.js';

const EPOCH = 1700000000; // 2023-11-14T22:13:20Z
const root = mkdtempSync(path.join(tmpdir(), 'deb-test-'));
const proj = path.join(root, 'proj');
const dist = path.join(proj, 'dist');
const host = resolveTarget('x86_64-unknown-linux-gnu');
const aarch64 = resolveTarget('aarch64-unknown-linux-gnu');

const CONFIG = `name: hello
maintainer: Hello Team <team@example.com>
description: |
  Says hello.
  hello prints a friendly greeting, and is the example program of
  distro-actions.

  It is packaged natively, without dpkg-deb.
homepage: https://example.com/hello
license: MIT
section: utils
depends:
  - libc6 (>= 2.28)
  - adduser | passwd
  - procps >= 2
contents:
  - { src: hello, dst: /usr/bin/hello }
  - { src: hello, dst: /usr/bin/hi, type: symlink }
  - { src: packaging/hello.conf, dst: /etc/hello/hello.conf, type: config }
  - { src: packaging/hello.service, dst: /lib/systemd/system/hello.service }
  - { src: README.md, dst: /usr/share/doc/hello/README.md, type: doc }
  - { src: packaging/helper, dst: /usr/libexec/hello/helper, file_info: { mode: 04755 } }
  - { src: packaging/rpm-only, dst: /usr/share/hello/rpm-only, packager: rpm }
  - { dst: /var/lib/hello, type: dir, file_info: { mode: 0750 } }
scripts:
  postinstall: packaging/postinst.sh
`;

/** lintian warnings the fixture is allowed to draw, each with its reason. */
const ALLOWED_WARNINGS: Record<string, string> = {
  'no-manual-page': 'the example program ships no man page',
  'elevated-privileges': 'the fixture ships a setuid helper on purpose (file_info.mode 04755)',
  'initial-upload-closes-no-bugs':
    'the generated changelog has one entry; a package built outside Debian closes no ITP bug',
  'non-standard-dir-perm': 'the fixture ships /var/lib/hello with file_info.mode 0750 on purpose',
};

function sh(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

let binHost: string;
let binArm: string;

beforeAll(() => {
  copyExample('hello-c', proj);
  rmSync(path.join(proj, 'dist'), { recursive: true, force: true });
  rmSync(path.join(proj, 'hello'), { force: true });
  const flags = [
    'CFLAGS=-O2 -D_FORTIFY_SOURCE=2 -fstack-protector-strong',
    'LDFLAGS=-Wl,-z,relro,-z,now',
    'VERSION=1.2.3',
  ];
  sh('make', flags, { cwd: proj });
  sh('strip', ['--remove-section=.comment', '--remove-section=.note', 'hello'], { cwd: proj });
  binHost = path.join(root, 'bin-amd64', 'hello');
  mkdirSync(path.dirname(binHost));
  cpSync(path.join(proj, 'hello'), binHost);
  sh('make', ['clean'], { cwd: proj });
  sh('make', ['CC=aarch64-linux-gnu-gcc', ...flags], { cwd: proj });
  sh('aarch64-linux-gnu-strip', ['--remove-section=.comment', '--remove-section=.note', 'hello'], {
    cwd: proj,
  });
  binArm = path.join(root, 'bin-arm64', 'hello');
  mkdirSync(path.dirname(binArm));
  cpSync(path.join(proj, 'hello'), binArm);
  sh('make', ['clean'], { cwd: proj });

  const pk = path.join(proj, 'packaging');
  mkdirSync(pk, { recursive: true }); // the example ships packaging/ too; this test writes its own files
  writeFileSync(path.join(pk, 'hello.conf'), 'greeting = hello\n');
  writeFileSync(
    path.join(pk, 'hello.service'),
    '[Unit]\nDescription=Hello\nDocumentation=https://example.com/hello\n\n[Service]\nExecStart=/usr/bin/hello\n\n[Install]\nWantedBy=multi-user.target\n',
  );
  writeFileSync(path.join(pk, 'helper'), '#!/bin/sh\necho helper\n', { mode: 0o755 });
  writeFileSync(path.join(pk, 'rpm-only'), 'rpm\n');
  writeFileSync(
    path.join(pk, 'postinst.sh'),
    '#!/bin/sh\nset -e\nmkdir -p "${DPKG_ROOT:-}/var/lib/hello"\necho "postinst $1" >> "${DPKG_ROOT:-}/var/lib/hello/marker"\n',
  );
  writeFileSync(path.join(proj, 'distro.yml'), CONFIG);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function resolve(
  opts: { target?: Target; config?: string; version?: string } = {},
): Promise<PackageSpec> {
  if (opts.config !== undefined) writeFileSync(path.join(proj, 'distro.yml'), opts.config);
  try {
    const loaded = await loadConfig({ file: 'distro.yml', cwd: proj, env: {}, required: true });
    const target = 'target' in opts ? opts.target : host;
    return await resolvePackage({
      packager: 'deb',
      config: loaded.config,
      loaded,
      projectDir: proj,
      distDir: dist,
      target,
      binaries: target ? [{ name: 'hello', file: target === aarch64 ? binArm : binHost }] : [],
      version: opts.version ?? '1.2.3',
      sourceDateEpoch: EPOCH,
      log: memoryLogger(),
    });
  } finally {
    if (opts.config !== undefined) writeFileSync(path.join(proj, 'distro.yml'), CONFIG);
  }
}

async function build(
  out: string,
  opts: Parameters<typeof resolve>[0] = {},
): Promise<{ spec: PackageSpec; sha256: string }> {
  const spec = await resolve(opts);
  try {
    const r = await writeDeb(out, spec);
    expect(r.size).toBe(statSync(out).size);
    expect(r.sha256).toBe(createHash('sha256').update(readFileSync(out)).digest('hex'));
    return { spec, sha256: r.sha256 };
  } finally {
    await cleanupPackage(spec);
  }
}

describe('deb for the host target', () => {
  let deb: string;
  let spec: PackageSpec;

  beforeAll(async () => {
    const s = await resolve();
    deb = path.join(root, 'out', debFileName(s));
    await cleanupPackage(s);
    spec = (await build(deb)).spec;
  });

  it('is named and described as dpkg-deb --info shows', () => {
    expect(path.basename(deb)).toBe('hello_1.2.3-1_amd64.deb');
    const info = sh('dpkg-deb', ['--info', deb]);
    expect(info).toMatch(/ Package: hello\n/);
    expect(info).toMatch(/ Version: 1\.2\.3-1\n/);
    expect(info).toMatch(/ Architecture: amd64\n/);
    expect(info).toMatch(/ Maintainer: Hello Team <team@example\.com>\n/);
    expect(info).toMatch(/ Depends: libc6 \(>= 2\.28\), adduser \| passwd, procps \(>= 2\)\n/);
    expect(info).toMatch(/ Section: utils\n/);
    expect(info).toMatch(/ Priority: optional\n/);
    expect(info).toMatch(/ Homepage: https:\/\/example\.com\/hello\n/);
    expect(info).toMatch(
      / Description: Says hello\.\n {2}hello prints a friendly greeting, and is the example program of\n {2}distro-actions\.\n {2}\.\n {2}It is packaged natively, without dpkg-deb\.\n/,
    );
    expect(info).toMatch(/ Installed-Size: \d+\n/);
    // maintainer scripts with mode 0755
    expect(info).toMatch(/\d+ bytes, +\d+ lines +\* +postinst +#!\/bin\/sh/);
    expect(info).toMatch(/\* +prerm +#!\/bin\/sh/);
    expect(info).toMatch(/\* +postrm +#!\/bin\/sh/);
    expect(sh('dpkg-deb', ['-f', deb, 'Installed-Size']).trim()).toBe(String(installedSize(deb)));
  });

  it('lists the files with modes, owners and parent directories (dpkg-deb --contents)', () => {
    const lines = sh('dpkg-deb', ['--contents', deb]).trim().split('\n');
    const byName = new Map(lines.map((l) => [l.split(/\s+/)[5]!, l]));
    expect([...byName.keys()]).toEqual(
      expect.arrayContaining([
        './',
        './etc/',
        './etc/hello/',
        './etc/hello/hello.conf',
        './lib/systemd/system/hello.service',
        './usr/',
        './usr/bin/',
        './usr/bin/hello',
        './usr/bin/hi',
        './usr/libexec/hello/helper',
        './usr/share/doc/hello/README.md',
        './usr/share/doc/hello/changelog.Debian.gz',
        './usr/share/doc/hello/copyright',
        './var/lib/hello/',
      ]),
    );
    expect(byName.has('./usr/share/hello/rpm-only')).toBe(false);
    expect(byName.get('./usr/bin/hello')).toMatch(/^-rwxr-xr-x root\/root /);
    expect(byName.get('./usr/libexec/hello/helper')).toMatch(/^-rwsr-xr-x root\/root /);
    expect(byName.get('./etc/hello/hello.conf')).toMatch(/^-rw-r--r-- root\/root /);
    expect(byName.get('./var/lib/hello/')).toMatch(/^drwxr-x--- root\/root /);
    expect(byName.get('./usr/bin/')).toMatch(/^drwxr-xr-x root\/root /);
    expect(byName.get('./usr/bin/hi')).toMatch(/^lrwxrwxrwx root\/root .* -> hello$/);
    // sorted in byte order
    const names = lines.map((l) => l.split(/\s+/)[5]!);
    expect(names).toEqual([...names].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)));
    expect(spec.files.map((f) => f.dst)).not.toContain('/usr/bin'); // parents are not owned
  });

  it('extracts identical bytes and writes md5sums, conffiles and the generated docs', () => {
    const x = path.join(root, 'extract');
    sh('dpkg-deb', ['--extract', deb, x]);
    expect(readFileSync(path.join(x, 'usr/bin/hello'))).toEqual(readFileSync(binHost));
    expect(readFileSync(path.join(x, 'etc/hello/hello.conf'), 'utf8')).toBe('greeting = hello\n');
    expect(readlinkSync(path.join(x, 'usr/bin/hi'))).toBe('hello');
    const c = path.join(root, 'control');
    sh('dpkg-deb', ['--control', deb, c]);
    expect(readFileSync(path.join(c, 'conffiles'), 'utf8')).toBe('/etc/hello/hello.conf\n');
    const md5 = readFileSync(path.join(c, 'md5sums'), 'utf8');
    expect(md5).toContain(
      `${createHash('md5').update(readFileSync(binHost)).digest('hex')}  usr/bin/hello\n`,
    );
    expect(md5).not.toContain('etc/hello/hello.conf'); // conffiles are left out, as dh_md5sums does
    sh('md5sum', ['--check', '--quiet', path.join(c, 'md5sums')], { cwd: x });
    const postinst = readFileSync(path.join(c, 'postinst'), 'utf8');
    expect(postinst).toMatch(/^#!\/bin\/sh\nset -e\n/);
    expect(postinst).toContain('deb-systemd-helper enable "$_unit"');
    expect(postinst).toContain('for _unit in hello.service;');
    expect(readFileSync(path.join(c, 'prerm'), 'utf8')).toContain('deb-systemd-invoke stop hello.service');
    expect(readFileSync(path.join(c, 'postrm'), 'utf8')).toContain('deb-systemd-helper purge hello.service');
    const copyright = readFileSync(path.join(x, 'usr/share/doc/hello/copyright'), 'utf8');
    expect(copyright).toMatch(
      /^Format: https:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\/\n/,
    );
    expect(copyright).toMatch(/\nFiles: \*\nCopyright: Hello Team <team@example\.com>\nLicense: MIT\n /);
    const gz = readFileSync(path.join(x, 'usr/share/doc/hello/changelog.Debian.gz'));
    expect(gz.readUInt32LE(4)).toBe(0); // no mtime
    expect(gz[3]! & 0x08).toBe(0); // no name
    expect(zlib.gunzipSync(gz).toString()).toBe(
      'hello (1.2.3-1) unstable; urgency=medium\n\n  * Release 1.2.3.\n\n -- Hello Team <team@example.com>  Tue, 14 Nov 2023 22:13:20 +0000\n',
    );
    // the ar members
    const ar = readFileSync(deb);
    expect(ar.subarray(0, 8).toString()).toBe('!<arch>\n');
    expect(ar.subarray(8, 68).toString()).toBe(
      `debian-binary   ${String(EPOCH).padEnd(12)}0     0     100644  4         \`\n`,
    );
    expect(sh('ar', ['t', deb])).toBe('debian-binary\ncontrol.tar.gz\ndata.tar.gz\n');
  });

  it('lintian reports no errors and only the listed warnings', () => {
    const r = run('lintian', ['--allow-root', '--no-tag-display-limit', deb]);
    const tags = r.out
      .split('\n')
      .filter((l) => /^[EW]: /.test(l))
      .map((l) => ({ level: l[0], tag: l.split(/\s+/)[2]!, line: l }));
    expect(tags.filter((t) => t.level === 'E').map((t) => t.line)).toEqual([]);
    expect(tags.filter((t) => !(t.tag in ALLOWED_WARNINGS)).map((t) => t.line)).toEqual([]);
  });

  it('installs, runs postinst, keeps a modified conffile on remove and deletes it on purge', () => {
    const inst = path.join(root, 'instroot');
    const admin = path.join(inst, 'var/lib/dpkg');
    for (const d of ['info', 'updates', 'triggers']) mkdirSync(path.join(admin, d), { recursive: true });
    writeFileSync(path.join(admin, 'status'), '');
    const dpkg = (...args: string[]) => {
      const r = run('dpkg', [
        `--instdir=${inst}`,
        `--admindir=${admin}`,
        '--force-script-chrootless',
        '--force-not-root',
        '--force-depends',
        '--log=/dev/null',
        ...args,
      ]);
      if (r.code !== 0) throw new Error(`dpkg ${args.join(' ')} failed:\n${r.out}`);
      return r.out;
    };
    dpkg('-i', deb);
    expect(statSync(path.join(inst, 'usr/bin/hello')).mode & 0o7777).toBe(0o755);
    expect(statSync(path.join(inst, 'usr/libexec/hello/helper')).mode & 0o7777).toBe(0o4755);
    expect(statSync(path.join(inst, 'var/lib/hello')).mode & 0o7777).toBe(0o750);
    expect(readlinkSync(path.join(inst, 'usr/bin/hi'))).toBe('hello');
    expect(readFileSync(path.join(inst, 'usr/bin/hello'))).toEqual(readFileSync(binHost));
    expect(readFileSync(path.join(inst, 'var/lib/hello/marker'), 'utf8')).toBe('postinst configure\n');
    expect(sh('dpkg-query', [`--admindir=${admin}`, '-W', '-f=${Status} ${Version}', 'hello'])).toBe(
      'install ok installed 1.2.3-1',
    );
    const conf = path.join(inst, 'etc/hello/hello.conf');
    writeFileSync(conf, 'greeting = modified\n');
    dpkg('-r', 'hello');
    expect(existsSync(path.join(inst, 'usr/bin/hello'))).toBe(false);
    expect(readFileSync(conf, 'utf8')).toBe('greeting = modified\n');
    dpkg('-P', 'hello');
    expect(existsSync(conf)).toBe(false);
  });

  it('is reproducible: a second build is byte-identical', async () => {
    const again = path.join(root, 'again', path.basename(deb));
    await build(again);
    expect(readFileSync(again)).toEqual(readFileSync(deb));
  });
});

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

/** Installed-Size as dpkg-gencontrol computes it from the extracted tree. */
function installedSize(deb: string): number {
  const x = mkdtempSync(path.join(root, 'size-'));
  sh('dpkg-deb', ['--extract', deb, x]);
  let kib = 0;
  const walk = (d: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, n.name);
      if (n.isFile()) kib += Math.ceil(statSync(p).size / 1024);
      else kib += 1;
      if (n.isDirectory()) walk(p);
    }
  };
  walk(x);
  return kib;
}

describe('other architectures and compressions', () => {
  it('arm64 from the aarch64 target, xz compressed, lintian-clean', async () => {
    const out = path.join(root, 'arm', 'hello_1.2.3-1_arm64.deb');
    const cfg = `${CONFIG}deb:\n  compression: xz\n`;
    await build(out, { target: aarch64, config: cfg });
    expect(sh('dpkg-deb', ['-f', out, 'Architecture']).trim()).toBe('arm64');
    expect(sh('ar', ['t', out])).toBe('debian-binary\ncontrol.tar.xz\ndata.tar.xz\n');
    const x = path.join(root, 'arm-x');
    sh('dpkg-deb', ['--extract', out, x]);
    expect(readFileSync(path.join(x, 'usr/bin/hello'))).toEqual(readFileSync(binArm));
    const r = run('lintian', ['--allow-root', out]);
    const bad = r.out
      .split('\n')
      .filter((l) => /^[EW]: /.test(l) && !(l.split(/\s+/)[2]! in ALLOWED_WARNINGS));
    expect(bad).toEqual([]);
  });

  it('all (no target), zstd and none', async () => {
    const cfg = CONFIG.replace(/ {2}- \{ src: hello, dst: \/usr\/bin\/hello \}\n/, '').replace(
      /\n {2}- \{ src: packaging\/helper.*\n/,
      '\n',
    );
    for (const compression of ['zstd', 'none'] as const) {
      const out = path.join(root, `all-${compression}`, 'hello_1.2.3-1_all.deb');
      await build(out, { target: undefined, config: `${cfg}deb:\n  compression: ${compression}\n` });
      expect(sh('dpkg-deb', ['-f', out, 'Architecture']).trim()).toBe('all');
      const ext = compression === 'none' ? '' : '.zst';
      expect(sh('ar', ['t', out])).toBe(`debian-binary\ncontrol.tar${ext}\ndata.tar${ext}\n`);
      expect(sh('dpkg-deb', ['--contents', out])).toContain('./etc/hello/hello.conf');
    }
  });

  it('a pre-release gets ~ and an epoch is kept out of the file name', async () => {
    const spec = await resolve({ version: '2.0.0-rc.1', config: `${CONFIG}epoch: 3\n` });
    await cleanupPackage(spec);
    expect(debFileName(spec)).toBe('hello_2.0.0~rc.1-1_amd64.deb');
    const out = path.join(root, 'epoch', debFileName(spec));
    await build(out, { version: '2.0.0-rc.1', config: `${CONFIG}epoch: 3\n` });
    expect(sh('dpkg-deb', ['-f', out, 'Version']).trim()).toBe('3:2.0.0~rc.1-1');
  });

  it('systemd: false leaves the scripts alone', async () => {
    const spec = await resolve({ config: `${CONFIG}deb:\n  systemd: false\n` });
    await cleanupPackage(spec);
    expect(spec.scripts.postinstall).not.toContain('deb-systemd-helper');
    expect(spec.scripts.preremove).toBeUndefined();
  });
});

describe('resolvePackage for rpm (the spec the rpm writer gets)', () => {
  it('converts deb dependency spellings and adds the %systemd_* scripts', async () => {
    const loaded = await loadConfig({ file: 'distro.yml', cwd: proj, env: {}, required: true });
    const spec = await resolvePackage({
      packager: 'rpm',
      config: loaded.config,
      loaded,
      projectDir: proj,
      distDir: dist,
      target: aarch64,
      binaries: [{ name: 'hello', file: binArm }],
      version: '1.2.3-rc.1',
      sourceDateEpoch: EPOCH,
      log: memoryLogger(),
    });
    expect(spec).toMatchObject({ name: 'hello', version: '1.2.3~rc.1', release: '1', arch: 'aarch64' });
    expect(spec.tempDir).toBeUndefined(); // no generated deb docs
    expect(spec.depends).toEqual(['libc6 >= 2.28', '(adduser or passwd)', 'procps >= 2']);
    expect(spec.summary).toBe('Says hello.');
    expect(spec.files.map((f) => f.dst)).toContain('/usr/share/hello/rpm-only');
    expect(spec.files.find((f) => f.dst === '/etc/hello/hello.conf')).toMatchObject({ config: true });
    expect(spec.files.find((f) => f.dst === '/usr/bin/hi')).toMatchObject({
      type: 'symlink',
      linkname: 'hello',
    });
    expect(spec.scripts.postinstall).toContain('systemctl --no-reload preset hello.service');
    expect(spec.scripts.postinstall).toMatch(/^#!\/bin\/sh\nset -e\n/); // the user's script first
    expect(spec.scripts.preremove).toContain('[ "$1" -eq 0 ]');
    expect(spec.scripts.postremove).toContain('systemctl try-restart hello.service');
  });

  it('leaves no generated files behind', () => {
    expect(existsSync(dist) ? readdirSync(dist) : []).toEqual([]);
  });
});

describe('bad input: one clear error, nothing written', () => {
  const cases: Array<{
    what: string;
    edit: (c: string) => string;
    key: RegExp;
    line: number;
    needle?: string;
    message: RegExp;
    version?: string;
  }> = [
    {
      what: 'a name illegal for deb',
      edit: (c) => c.replace('name: hello', 'name: Hello_World'),
      key: /^name$/,
      line: 1,
      message: /not a legal Debian package name/,
    },
    {
      what: 'malformed dependency syntax',
      edit: (c) => c.replace('libc6 (>= 2.28)', 'libc6 (=> 2.28)'),
      key: /^depends\[0\]$/,
      line: -1,
      needle: 'libc6 (=> 2.28)',
      message: /malformed dependency 'libc6 \(=> 2\.28\)'/,
    },
    {
      what: 'dst not absolute',
      edit: (c) => c.replace('dst: /usr/bin/hello }', 'dst: usr/bin/hello }'),
      key: /^contents\[0\]\.dst$/,
      line: -1,
      needle: 'dst: usr/bin/hello',
      message: /not an absolute path/,
    },
    {
      what: 'two entries with the same dst',
      edit: (c) => c.replace('dst: /usr/bin/hi,', 'dst: /usr/bin/hello,'),
      key: /^contents\[1\]\.dst$/,
      line: -1,
      needle: 'src: hello, dst: /usr/bin/hello, type: symlink',
      message: /also the destination of contents\[0\]/,
    },
    {
      what: 'a missing src',
      edit: (c) => c.replace('src: README.md', 'src: NOPE.md'),
      key: /^contents\[4\]\.src$/,
      line: -1,
      needle: 'NOPE.md',
      message: /'NOPE\.md' does not exist/,
    },
    {
      what: 'a src escaping the workspace',
      edit: (c) => c.replace('src: README.md', 'src: ../../etc/passwd'),
      key: /^contents\[4\]\.src$/,
      line: -1,
      needle: '../../etc/passwd',
      message: /escapes the workspace/,
    },
    {
      what: 'a script file that does not exist',
      edit: (c) => c.replace('packaging/postinst.sh', 'packaging/nope.sh'),
      key: /^scripts\.postinstall$/,
      line: -1,
      needle: 'packaging/nope.sh',
      message: /script file 'packaging\/nope\.sh' does not exist/,
    },
    {
      what: 'a version Debian cannot spell',
      edit: (c) => c,
      version: 'next',
      key: /^version$/,
      line: 0,
      message: /cannot be written as a Debian version/,
    },
  ];

  it.each(cases)('$what', async ({ edit, key, line, needle, message, version }) => {
    const out = path.join(root, 'bad', 'hello.deb');
    const err = await build(out, { config: edit(CONFIG), version }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    const e = err as DistroError;
    expect(e.message).toMatch(message);
    if (line === -1) line = lineOf(edit(CONFIG), needle!);
    expect(e.key).toMatch(key);
    if (line) {
      expect(e.line).toBe(line);
      expect(e.message.startsWith(`distro.yml:${line}: ${e.key}: `)).toBe(true);
    }
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []).toEqual([]);
  });

  it('a file_info.mode that is not octal', async () => {
    const cfg = CONFIG.replace('mode: 04755', 'mode: 0899');
    const err = await build(path.join(root, 'bad2', 'x.deb'), { config: cfg }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).message).toMatch(/mode/);
    expect((err as DistroError).line).toBe(lineOf(cfg, 'mode: 0899'));
    expect((err as DistroError).key).toBe('contents[5].file_info.mode');
    expect(existsSync(path.join(root, 'bad2'))).toBe(false);
  });
});
