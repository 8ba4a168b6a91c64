/**
 * The native rpm writer against the real tools: rpm 4.18 (query, -K, install/verify/erase in a
 * throwaway root), rpm2cpio + cpio, rpmlint, createrepo_c and dnf --installroot (offline).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import type { PackageSpec, PkgFile } from '../src/formats/pkg/types.js';
import { parseDep, rpmFileName, writeRpm } from '../src/formats/rpm/index.js';

const MTIME = 1700000000;
const root = mkdtempSync(path.join(tmpdir(), 'rpm-test-'));
const src = path.join(root, 'src');
const outDir = path.join(root, 'out');

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const TOOLS = ['rpm', 'rpm2cpio', 'cpio', 'rpmlint', 'createrepo_c', 'dnf', 'gcc'];
const missing = TOOLS.filter((t) => !has(t));
if (missing.length) throw new Error(`rpm tests need ${missing.join(', ')} (see scripts/deps.sh)`);

function run(cmd: string, args: string[], opts: { allowFail?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: opts.env ?? { ...process.env, LC_ALL: 'C' } });
  if (r.status !== 0 && !opts.allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${String(r.status)}\n${r.stdout}\n${r.stderr}`);
  }
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `rpm2cpio x.rpm | cpio -t`, spawned with pipes (no shell). */
function cpioList(rpmFile: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const a = spawn('rpm2cpio', [rpmFile]);
    const b = spawn('cpio', ['-t', '--quiet']);
    a.stdout.pipe(b.stdin);
    let out = '';
    let err = '';
    b.stdout.on('data', (d: Buffer) => (out += d.toString()));
    b.stderr.on('data', (d: Buffer) => (err += d.toString()));
    a.on('error', reject);
    b.on('error', reject);
    b.on('close', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(err))));
  });
}

const SCRIPT = (what: string) => `#!/bin/sh\necho "${what} $1" >> /var/lib/hello-marker\n`;

function file(dst: string, source: string, extra: Partial<PkgFile> = {}): PkgFile {
  return {
    dst,
    type: 'file',
    source,
    mode: 0o644,
    owner: 'root',
    group: 'root',
    mtime: MTIME,
    size: readFileSync(source).length,
    ...extra,
  };
}

function spec(
  arch: string,
  compression: PackageSpec['compression'],
  over: Partial<PackageSpec> = {},
): PackageSpec {
  const binary =
    arch === 'noarch' ? [] : [file('/usr/bin/hello', path.join(src, `hello-${arch}`), { mode: 0o755 })];
  const files: PkgFile[] = [
    dirEntry('/etc/hello'),
    file('/etc/hello/hello.conf', path.join(src, 'hello.conf'), { config: true }),
    file('/etc/hello/keep.conf', path.join(src, 'keep.conf'), { config: true, noreplace: true }),
    ...binary,
    {
      dst: arch === 'noarch' ? '/usr/share/doc/hello/README.txt' : '/usr/bin/hi',
      type: 'symlink',
      linkname: arch === 'noarch' ? 'README' : 'hello',
      mode: 0o777,
      owner: 'root',
      group: 'root',
      mtime: MTIME,
      size: 0,
    },
    dirEntry('/usr/share/doc/hello'),
    file('/usr/share/doc/hello/README', path.join(src, 'README'), { doc: true }),
    dirEntry('/var/lib/hello'),
  ];
  return {
    packager: 'rpm',
    name: 'hello',
    version: '1.2.3',
    release: '1',
    arch,
    maintainer: 'Hello Team <team@example.com>',
    summary: 'Prints a friendly greeting',
    description: 'Hello prints a friendly greeting.\nIt is a test package for the native rpm writer.',
    vendor: 'Example',
    homepage: 'https://example.com/hello',
    license: 'MIT',
    // rpmlint reads rpm's default group 'Unspecified' as no group (E: no-group-tag)
    group: 'Applications/System',
    depends: ['bash (>= 4.0)', 'coreutils'],
    predepends: [],
    recommends: ['less >= 500'],
    suggests: ['vim'],
    conflicts: ['hello-legacy (<< 1.0)'],
    breaks: [],
    replaces: ['hello-old'],
    provides: ['greeter = 1.2.3'],
    files,
    scripts: {
      preinstall: SCRIPT('preinstall'),
      postinstall: SCRIPT('postinstall'),
      preremove: SCRIPT('preremove'),
      postremove: SCRIPT('postremove'),
    },
    changelog: [
      { version: '1.2.3-1', date: MTIME, author: 'Hello Team <team@example.com>', text: '- Second release.' },
      {
        version: '1.0.0-1',
        date: MTIME - 86400 * 30,
        author: 'Hello Team <team@example.com>',
        text: 'First release.',
      },
    ],
    compression,
    buildTime: MTIME,
    extra: {},
    ...over,
  };
}

function dirEntry(dst: string): PkgFile {
  return { dst, type: 'dir', mode: 0o755, owner: 'root', group: 'root', mtime: MTIME, size: 0 };
}

/** A root where rpm can chroot and run /bin/sh scripts: dash and its libraries, /var/tmp, /var/lib. */
function scriptRoot(): string {
  const r = mkdtempSync(path.join(root, 'root-'));
  for (const d of ['bin', 'tmp', 'var/tmp', 'var/lib', 'usr/bin'])
    mkdirSync(path.join(r, d), { recursive: true });
  copyFileSync('/bin/dash', path.join(r, 'bin/sh'));
  run('chmod', ['755', path.join(r, 'bin/sh')]);
  const ldd = run('ldd', ['/bin/dash']).out;
  for (const m of ldd.matchAll(/(\/\S+)/g)) {
    const lib = m[1]!;
    mkdirSync(path.join(r, path.dirname(lib)), { recursive: true });
    copyFileSync(lib, path.join(r, lib));
  }
  return r;
}

let x86: string;
let arm: string;
let noarch: string;

beforeAll(async () => {
  mkdirSync(src, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const hello = path.join(process.cwd(), 'examples/hello-c/hello.c');
  run('gcc', ['-O2', '-s', '-DVERSION="1.2.3"', '-o', path.join(src, 'hello-x86_64'), hello]);
  // the aarch64 package carries the same bytes under another arch: the writer does not look inside
  copyFileSync(path.join(src, 'hello-x86_64'), path.join(src, 'hello-aarch64'));
  writeFileSync(path.join(src, 'hello.conf'), 'greeting = hello\n');
  writeFileSync(path.join(src, 'keep.conf'), 'keep = yes\n');
  writeFileSync(path.join(src, 'README'), 'Hello, a test package.\n');
  x86 = path.join(outDir, rpmFileName(spec('x86_64', 'gzip')));
  arm = path.join(outDir, rpmFileName(spec('aarch64', 'xz')));
  noarch = path.join(outDir, rpmFileName(spec('noarch', 'zstd')));
  await writeRpm(x86, spec('x86_64', 'gzip'));
  await writeRpm(arm, spec('aarch64', 'xz'));
  await writeRpm(noarch, spec('noarch', 'zstd'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('rpm queries', () => {
  test('file names and rpm -qpi', () => {
    expect(path.basename(x86)).toBe('hello-1.2.3-1.x86_64.rpm');
    const info = run('rpm', ['-qpi', x86]).out;
    expect(info).toMatch(/^Name\s+: hello$/m);
    expect(info).toMatch(/^Version\s+: 1\.2\.3$/m);
    expect(info).toMatch(/^Release\s+: 1$/m);
    expect(info).toMatch(/^Architecture: x86_64$/m);
    expect(info).toMatch(/^Group\s+: Applications\/System$/m);
    expect(info).toMatch(/^License\s+: MIT$/m);
    expect(info).toMatch(/^Packager\s+: Hello Team <team@example.com>$/m);
    expect(info).toMatch(/^URL\s+: https:\/\/example.com\/hello$/m);
    expect(info).toMatch(/^Summary\s+: Prints a friendly greeting$/m);
    expect(info).toMatch(/^Source RPM\s+: hello-1\.2\.3-1\.src\.rpm$/m);
    expect(info).toMatch(/^Build Host\s+: distro-actions$/m);
    expect(info).toContain('It is a test package for the native rpm writer.');
    const q = (fmt: string, f = x86) => run('rpm', ['-qp', '--qf', fmt, f]).out;
    expect(q('%{BUILDTIME} %{PAYLOADCOMPRESSOR} %{OS}')).toBe(`${MTIME} gzip linux`);
    expect(q('%{ARCH} %{PAYLOADCOMPRESSOR}', arm)).toBe('aarch64 xz');
    expect(q('%{ARCH} %{PAYLOADCOMPRESSOR}', noarch)).toBe('noarch zstd');
    expect(q('[%{CHANGELOGTEXT}\n]')).toBe('- Second release.\n- First release.\n');
  });

  test('--requires, --provides, --conflicts, --obsoletes, weak deps', () => {
    const req = run('rpm', ['-qp', '--requires', x86]).out.split('\n');
    expect(req).toEqual(
      expect.arrayContaining([
        '/bin/sh',
        'bash >= 4.0',
        'coreutils',
        'rpmlib(CompressedFileNames) <= 3.0.4-1',
        'rpmlib(FileDigests) <= 4.6.0-1',
        'rpmlib(PayloadFilesHavePrefix) <= 4.0-1',
      ]),
    );
    expect(run('rpm', ['-qp', '--requires', arm]).out).toContain('rpmlib(PayloadIsXz) <= 5.2-1');
    expect(run('rpm', ['-qp', '--requires', noarch]).out).toContain('rpmlib(PayloadIsZstd) <= 5.4.18-1');
    const interp = run('rpm', ['-qp', '--qf', '[%{REQUIRENAME} %{REQUIREFLAGS:deptype}\n]', x86]).out;
    expect(interp).toMatch(/^\/bin\/sh .*pre.*post.*preun.*postun/m);
    const prov = run('rpm', ['-qp', '--provides', x86]).out.split('\n');
    expect(prov).toEqual(
      expect.arrayContaining([
        'hello = 1.2.3-1',
        'hello(x86-64) = 1.2.3-1',
        'greeter = 1.2.3',
        'config(hello) = 1.2.3-1',
      ]),
    );
    expect(run('rpm', ['-qp', '--provides', arm]).out).toContain('hello(aarch-64) = 1.2.3-1');
    expect(run('rpm', ['-qp', '--provides', noarch]).out).not.toMatch(/hello\(/);
    expect(run('rpm', ['-qp', '--conflicts', x86]).out.trim()).toBe('hello-legacy < 1.0');
    expect(run('rpm', ['-qp', '--obsoletes', x86]).out.trim()).toBe('hello-old');
    expect(run('rpm', ['-qp', '--recommends', x86]).out.trim()).toBe('less >= 500');
    expect(run('rpm', ['-qp', '--suggests', x86]).out.trim()).toBe('vim');
    expect(run('rpm', ['-qp', '--scripts', x86]).out).toMatch(/preinstall scriptlet \(using \/bin\/sh\)/);
  });

  test('epoch, pre-release versions and rich deps', async () => {
    const f = path.join(outDir, 'epoch.rpm');
    await writeRpm(
      f,
      spec('noarch', 'gzip', { version: '2.0~rc.1', epoch: '3', depends: ['a | b (>= 2)'], scripts: {} }),
    );
    expect(run('rpm', ['-qp', '--qf', '%{EPOCH}:%{VERSION}-%{RELEASE}', f]).out).toBe('3:2.0~rc.1-1');
    const req = run('rpm', ['-qp', '--requires', f]).out;
    expect(req).toContain('(a or b >= 2)');
    expect(req).toContain('rpmlib(RichDependencies) <= 4.12.0-1');
    expect(req).toContain('rpmlib(TildeInVersions) <= 4.10.0-1');
    expect(req).not.toContain('/bin/sh');
    expect(run('rpm', ['-qp', '--provides', f]).out).toContain('hello = 3:2.0~rc.1-1');
    expect(run('rpm', ['-K', f]).code).toBe(0);
  });

  test('rpm -qpl --dump: modes, digests, flags, owners, link targets', () => {
    const sha = (p: string) => execFileSync('sha256sum', [p], { encoding: 'utf8' }).split(' ')[0];
    // path size mtime digest mode owner group isconfig isdoc rdev symlink
    const dump = run('rpm', ['-qpl', '--dump', x86])
      .out.trim()
      .split('\n')
      .map((l) => l.split(' '));
    const by = Object.fromEntries(dump.map((d) => [d[0], d]));
    expect(Object.keys(by)).toEqual([
      '/etc/hello',
      '/etc/hello/hello.conf',
      '/etc/hello/keep.conf',
      '/usr/bin/hello',
      '/usr/bin/hi',
      '/usr/share/doc/hello',
      '/usr/share/doc/hello/README',
      '/var/lib/hello',
    ]);
    expect(by['/usr/bin/hello']!.slice(1, 9)).toEqual([
      String(readFileSync(path.join(src, 'hello-x86_64')).length),
      String(MTIME),
      sha(path.join(src, 'hello-x86_64')),
      '0100755',
      'root',
      'root',
      '0',
      '0',
    ]);
    expect(by['/etc/hello/hello.conf']![4]).toBe('0100644');
    expect(by['/etc/hello/hello.conf']![7]).toBe('1'); // config
    expect(by['/usr/share/doc/hello/README']![8]).toBe('1'); // doc
    expect(by['/etc/hello']![4]).toBe('040755');
    expect(by['/usr/bin/hi']![4]).toBe('0120777');
    expect(by['/usr/bin/hi']![10]).toBe('hello');
    const flags = run('rpm', ['-qp', '--qf', '[%{FILENAMES} %{FILEFLAGS:fflags}\n]', x86]).out;
    expect(flags).toContain('/etc/hello/keep.conf cn');
    expect(flags).toContain('/etc/hello/hello.conf c\n');
    expect(flags).toContain('/usr/share/doc/hello/README d');
    expect(run('rpm', ['-qp', '--qf', '%{FILEDIGESTALGO} %{PAYLOADDIGESTALGO}', x86]).out).toBe('8 8');
  });

  test('rpm -K: header and payload digests OK', () => {
    for (const f of [x86, arm, noarch]) {
      const r = run('rpm', ['-Kv', f]);
      expect(r.out).toMatch(/Header SHA256 digest: OK/);
      expect(r.out).toMatch(/Header SHA1 digest: OK/);
      expect(r.out).toMatch(/Payload SHA256 digest: OK/);
      expect(r.out).not.toMatch(/BAD|NOT OK/);
      expect(run('rpm', ['-K', f]).out).toMatch(/digests OK/);
    }
  });

  test('rpm2cpio | cpio -t lists every file, dir and symlink with the ./ prefix', async () => {
    for (const f of [x86, arm, noarch]) {
      const names = await cpioList(f);
      expect(names).toContain('./etc/hello/hello.conf');
      expect(names).toContain(f === noarch ? './usr/share/doc/hello/README.txt' : './usr/bin/hi');
      expect(names).toContain('./var/lib/hello');
      expect(names.includes('./usr/bin/hello')).toBe(f !== noarch);
    }
  });

  test('reproducible: two builds are byte-identical', async () => {
    for (const c of ['gzip', 'xz', 'zstd', 'none'] as const) {
      const a = path.join(outDir, `r1-${c}.rpm`);
      const b = path.join(outDir, `r2-${c}.rpm`);
      const ra = await writeRpm(a, spec('x86_64', c));
      const rb = await writeRpm(b, spec('x86_64', c));
      expect(ra).toEqual(rb);
      expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
      expect(run('rpm', ['-K', a]).out).toMatch(/digests OK/);
      expect(await cpioList(a)).toContain('./usr/bin/hello'); // 'none': PAYLOADCOMPRESSOR identity
    }
    expect(readdirSync(outDir).filter((n) => /tmp|payload/.test(n))).toEqual([]);
  });
});

describe('install, verify, erase', () => {
  test('rpm --root -i runs the scripts, rpm -V is clean, -e keeps modified configs', () => {
    const r = scriptRoot();
    const rpmIn = (...args: string[]) => run('rpm', ['--root', r, ...args]);
    rpmIn('-i', '--nodeps', x86);
    const marker = () => readFileSync(path.join(r, 'var/lib/hello-marker'), 'utf8');
    expect(marker()).toBe('preinstall 1\npostinstall 1\n');
    expect(run(path.join(r, 'usr/bin/hello'), ['--version']).out).toBe('hello 1.2.3\n');
    expect(run('readlink', [path.join(r, 'usr/bin/hi')]).out.trim()).toBe('hello');
    expect(rpmIn('-q', 'hello').out.trim()).toBe('hello-1.2.3-1.x86_64');
    expect(rpmIn('-V', '--nodeps', 'hello').out).toBe('');
    writeFileSync(path.join(r, 'etc/hello/hello.conf'), 'greeting = changed\n');
    writeFileSync(path.join(r, 'etc/hello/keep.conf'), 'keep = changed\n');
    const verify = run('rpm', ['--root', r, '-V', '--nodeps', 'hello'], { allowFail: true });
    expect(verify.out).toMatch(/^S\.5\.\.\.\.T\.\s+c \/etc\/hello\/hello\.conf$/m);
    rpmIn('-e', 'hello');
    expect(marker()).toBe('preinstall 1\npostinstall 1\npreremove 0\npostremove 0\n');
    expect(existsSync(path.join(r, 'usr/bin/hello'))).toBe(false);
    expect(existsSync(path.join(r, 'etc/hello/hello.conf'))).toBe(false);
    expect(readFileSync(path.join(r, 'etc/hello/hello.conf.rpmsave'), 'utf8')).toBe('greeting = changed\n');
    expect(readFileSync(path.join(r, 'etc/hello/keep.conf.rpmsave'), 'utf8')).toBe('keep = changed\n');
    expect(run('rpm', ['--root', r, '-q', 'hello'], { allowFail: true }).code).not.toBe(0);
  });

  test('the aarch64 and noarch packages install too (--ignorearch for aarch64 on this host)', () => {
    const r = scriptRoot();
    run('rpm', ['--root', r, '-i', '--nodeps', '--ignorearch', arm]);
    expect(run('rpm', ['--root', r, '-V', '--nodeps', 'hello']).out).toBe('');
    run('rpm', ['--root', r, '-e', 'hello']);
    run('rpm', ['--root', r, '-i', '--nodeps', noarch]);
    expect(run('rpm', ['--root', r, '-V', '--nodeps', 'hello']).out).toBe('');
  });
});

describe('directory ownership (Fedora: a package owns the directories it creates)', () => {
  const greet = (over: Partial<PackageSpec> = {}) => {
    const f = (dst: string, extra: Partial<PkgFile> = {}) => file(dst, path.join(src, 'README'), extra);
    return spec('noarch', 'gzip', {
      name: 'greet',
      scripts: {},
      depends: [],
      files: [
        f('/etc/greet/greet.conf', { config: true, noreplace: true }),
        f('/lib/systemd/system/greet.service'),
        f('/usr/lib/greet/plugins/hello.txt'),
        f('/usr/share/doc/greet/README', { doc: true }),
        f('/usr/share/locale/de/LC_MESSAGES/greet.mo'),
        f('/usr/share/man/man1/greet.1'),
        { ...dirEntry('/var/lib/greet'), mode: 0o750 },
        { ...dirEntry('/opt/greet/bin/greet'), type: 'symlink', linkname: '/usr/bin/true', mode: 0o777 },
      ],
      ...over,
    });
  };
  let pkg: string;
  beforeAll(async () => {
    pkg = path.join(outDir, 'greet-1.2.3-1.noarch.rpm');
    await writeRpm(pkg, greet());
  });

  test('rpm -qplv lists the parent directories filesystem does not own, and no others', () => {
    const lines = run('rpm', ['-qplv', pkg]).out.trim().split('\n');
    const dirs = lines.filter((l) => l.startsWith('d')).map((l) => l.split(/\s+/).pop());
    expect(dirs).toEqual([
      '/etc/greet',
      '/opt/greet',
      '/opt/greet/bin',
      '/usr/lib/greet',
      '/usr/lib/greet/plugins',
      '/usr/share/doc/greet',
      '/var/lib/greet',
    ]);
    const perm = (p: string) => lines.find((l) => l.endsWith(` ${p}`))!.split(/\s+/)[0];
    expect(perm('/etc/greet')).toBe('drwxr-xr-x');
    expect(perm('/var/lib/greet')).toBe('drwxr-x---'); // a listed dir keeps its own mode
    // owned by filesystem (directly, through its /lib -> usr/lib link, or as a locale dir)
    for (const d of ['/etc', '/opt', '/lib', '/lib/systemd', '/lib/systemd/system', '/usr/share/locale/de'])
      expect(lines.some((l) => l.endsWith(` ${d}`))).toBe(false);
  });

  test('rpm -e removes the directories it created, and leaves the base ones', () => {
    const r = scriptRoot();
    run('rpm', ['--root', r, '-i', '--nodeps', pkg]);
    expect(existsSync(path.join(r, 'etc/greet/greet.conf'))).toBe(true);
    expect(run('rpm', ['--root', r, '-V', '--nodeps', 'greet']).out).toBe('');
    run('rpm', ['--root', r, '-e', 'greet']);
    for (const d of ['etc/greet', 'opt/greet', 'usr/lib/greet', 'usr/share/doc/greet', 'var/lib/greet'])
      expect([d, existsSync(path.join(r, d))]).toEqual([d, false]);
    for (const d of ['etc', 'var/lib', 'usr/bin']) expect(existsSync(path.join(r, d))).toBe(true);
  });

  test('reproducible with the added directories', async () => {
    const again = path.join(outDir, 'greet-again.rpm');
    await writeRpm(again, greet());
    expect(readFileSync(again).equals(readFileSync(pkg))).toBe(true);
  });
});

describe('distribution tools', () => {
  /**
   * rpmlint warnings this test package draws by design, each with its reason. Errors: none allowed.
   */
  const ALLOWED_WARNINGS: Record<string, string> = {
    'invalid-license': "Debian's rpmlint ships an empty ValidLicenses list: every license is 'invalid' there",
    'conffile-without-noreplace-flag': 'hello.conf is a plain config on purpose, to test .rpmsave on erase',
    'no-manual-page-for-binary': 'the test package ships no man page',
    'obsolete-not-provided':
      'replaces become Obsoletes without a Provides of the old name, as nfpm writes them',
  };
  const ALLOWED_ERRORS: Record<string, string> = {
    'no-signature': 'packages are signed later, by the sign-artifacts stage',
  };

  test('rpmlint: no errors, only allowed warnings', () => {
    const lines = run('rpmlint', [x86, arm, noarch], { allowFail: true }).out.split('\n');
    const errors = lines.filter(
      (l) => / E: /.test(l) && !(l.split(' E: ')[1]!.split(' ')[0]! in ALLOWED_ERRORS),
    );
    const warnings = lines.filter(
      (l) => / W: /.test(l) && !(l.split(' W: ')[1]!.split(' ')[0]! in ALLOWED_WARNINGS),
    );
    expect([...errors, ...warnings]).toEqual([]);
  });

  test('createrepo_c indexes it and dnf --installroot installs it offline', async () => {
    const repo = path.join(root, 'repo');
    mkdirSync(repo, { recursive: true });
    // a self-contained pair: no scripts (an empty root has no /bin/sh), one dependency inside the repo
    const none = { scripts: {}, recommends: [], suggests: [], conflicts: [], replaces: [], provides: [] };
    await writeRpm(
      path.join(repo, 'hello-1.2.3-1.noarch.rpm'),
      spec('noarch', 'zstd', { ...none, depends: ['hello-data (>= 1.0)'] }),
    );
    await writeRpm(
      path.join(repo, 'hello-data-1.0-1.noarch.rpm'),
      spec('noarch', 'xz', {
        ...none,
        name: 'hello-data',
        version: '1.0',
        depends: [],
        changelog: [],
        files: [dirEntry('/usr/share/hello-data')],
      }),
    );
    run('createrepo_c', ['--quiet', repo]);
    expect(existsSync(path.join(repo, 'repodata/repomd.xml'))).toBe(true);
    const installroot = mkdtempSync(path.join(root, 'dnfroot-'));
    const r = run('dnf', [
      '-y',
      '-q',
      `--installroot=${installroot}`,
      '--releasever=1',
      '--disablerepo=*',
      `--repofrompath=local,file://${repo}`,
      '--enablerepo=local',
      '--nogpgcheck',
      '--setopt=reposdir=/nonexistent',
      `--setopt=cachedir=${path.join(root, 'dnfcache')}`,
      '--setopt=install_weak_deps=False',
      'install',
      'hello',
    ]);
    void r;
    expect(readFileSync(path.join(installroot, 'etc/hello/hello.conf'), 'utf8')).toBe('greeting = hello\n');
    expect(existsSync(path.join(installroot, 'usr/share/hello-data'))).toBe(true);
    expect(run('rpm', ['--root', installroot, '-q', 'hello', 'hello-data']).out).toBe(
      'hello-1.2.3-1.noarch\nhello-data-1.0-1.noarch\n',
    );
  });
});

describe('bad input: one clear error, nothing written', () => {
  const attempt = async (over: Partial<PackageSpec>, re: RegExp) => {
    const f = path.join(outDir, 'bad', 'bad.rpm');
    await expect(writeRpm(f, spec('x86_64', 'gzip', over))).rejects.toThrow(re);
    await expect(writeRpm(f, spec('x86_64', 'gzip', over))).rejects.toBeInstanceOf(DistroError);
    expect(existsSync(path.join(outDir, 'bad')) ? readdirSync(path.join(outDir, 'bad')) : []).toEqual([]);
  };
  test('versions, names, deps, paths, sources', async () => {
    await attempt({ version: '1.2-3' }, /rpm: version '1.2-3'.*no '-'/);
    await attempt({ name: 'hello world' }, /package name/);
    await attempt({ depends: ['libc6 (>= )'] }, /depends\[0\].*not a valid rpm dependency/);
    await attempt({ depends: ['a, b'] }, /no commas/);
    const files = spec('x86_64', 'gzip').files;
    await attempt(
      { files: [...files, { ...files[1]! }] },
      /two contents entries install '\/etc\/hello\/hello.conf'/,
    );
    await attempt({ files: [{ ...files[1]!, dst: 'etc/x' }] }, /not a normalised absolute path/);
    await attempt({ files: [{ ...files[1]!, source: path.join(src, 'nope') }] }, /does not exist/);
  });
  test('parseDep accepts deb and rpm syntax', () => {
    expect(parseDep('libc6 (>= 2.28)', 'd')).toEqual({ name: 'libc6', flags: 12, version: '2.28' });
    expect(parseDep('glibc >= 2.28', 'd')).toEqual({ name: 'glibc', flags: 12, version: '2.28' });
    expect(parseDep('foo (<< 2)', 'd')).toEqual({ name: 'foo', flags: 2, version: '2' });
    expect(parseDep('perl(Foo::Bar)', 'd')).toEqual({ name: 'perl(Foo::Bar)', flags: 0, version: '' });
    expect(parseDep('libc.so.6()(64bit)', 'd').name).toBe('libc.so.6()(64bit)');
  });
});
