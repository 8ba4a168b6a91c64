/**
 * The example C project through build → package (tar.gz, zip) → sign with the real tools, for the
 * host and for aarch64 (Debian's gcc-aarch64-linux-gnu), through the `distro` CLI functions and the
 * local artifact store; then every kind of bad input the walking skeleton must refuse cleanly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../src/cli.js';
import { checkBinary, resolveTarget } from '../src/targets/index.js';
import { copyExample } from './helpers/runner.js';

const HOST = 'x86_64-unknown-linux-gnu';
const ARM = 'aarch64-unknown-linux-gnu';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function distro(
  cwd: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SOURCE_DATE_EPOCH: '1700000000',
      DISTRO_ARTIFACTS_DIR: path.join(cwd, '..', 'artifacts'),
      ...env,
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

/** A copy of examples/hello-c at `<tmp>/<name>/project`. */
function project(name = 'p'): string {
  const base = mkdtempSync(path.join(tmpdir(), `distro-e2e-${name}-`));
  const dir = path.join(base, 'project');
  copyExample('hello-c', dir);
  return dir;
}

function sh(cmd: string, args: string[], cwd?: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8' });
}

describe('hello-c release, host and aarch64', () => {
  let dir: string;
  let dist: string;
  let run: Run;

  beforeAll(async () => {
    dir = project('release');
    dist = path.join(dir, 'dist');
    run = await distro(dir, [
      'release',
      '--target',
      `${HOST},${ARM}`,
      '--formats',
      'tar.gz,zip',
      '--version',
      'v1.2.3',
    ]);
  });

  it('succeeds and lists what it made', () => {
    expect(run.err.filter((l) => /error/.test(l))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual(
      expect.arrayContaining([
        `build\tbinary\tbuild/${ARM}/hello`,
        'package\tarchive\thello-1.2.3-linux-arm64.tar.gz',
        'sign\tchecksums\tSHA256SUMS',
      ]),
    );
    expect(run.err.some((l) => l.includes('▶ Building hello 1.2.3 for aarch64-unknown-linux-gnu'))).toBe(
      true,
    );
  });

  it('builds a real aarch64 ELF that runs under qemu', () => {
    const bin = path.join(dist, 'build', ARM, 'hello');
    expect(checkBinary(readFileSync(bin), resolveTarget(ARM))).toBeUndefined();
    expect(checkBinary(readFileSync(bin), resolveTarget(HOST))).toMatch(/aarch64|ARM/i);
    expect(sh('file', ['-b', bin])).toMatch(/ELF 64-bit LSB.*ARM aarch64/);
    expect(sh('qemu-aarch64', ['-L', '/usr/aarch64-linux-gnu', bin, '--version'])).toMatch(/^hello 1\.2\.3/);
    expect(sh(path.join(dist, 'build', HOST, 'hello'), ['--version'])).toMatch(/^hello 1\.2\.3/);
  });

  it('writes archives the real tools read, with the binary, README and LICENSE', () => {
    const names = readdirSync(dist)
      .filter((f) => /\.(tar\.gz|zip)$/.test(f))
      .sort();
    expect(names).toEqual([
      'hello-1.2.3-linux-amd64.tar.gz',
      'hello-1.2.3-linux-amd64.zip',
      'hello-1.2.3-linux-arm64.tar.gz',
      'hello-1.2.3-linux-arm64.zip',
    ]);
    const tgz = path.join(dist, 'hello-1.2.3-linux-arm64.tar.gz');
    expect(sh('tar', ['-tzf', tgz]).trim().split('\n').sort()).toEqual(['LICENSE', 'README.md', 'hello']);
    expect(sh('tar', ['-tvzf', tgz])).toMatch(/-rwxr-xr-x root\/root .* hello\n/);
    const zip = path.join(dist, 'hello-1.2.3-linux-arm64.zip');
    expect(sh('bsdtar', ['-tf', zip]).trim().split('\n').sort()).toEqual(['LICENSE', 'README.md', 'hello']);
    expect(sh('unzip', ['-Z', zip])).toMatch(/-rwxr-xr-x .* hello/);
    const x = path.join(dir, '..', 'x');
    mkdirSync(x);
    sh('unzip', ['-q', zip, '-d', x]);
    expect(readFileSync(path.join(x, 'hello'))).toEqual(readFileSync(path.join(dist, 'build', ARM, 'hello')));
    expect(readFileSync(path.join(x, 'README.md'))).toEqual(readFileSync(path.join(dir, 'README.md')));
  });

  it('writes checksums that sha256sum -c and sha512sum -c accept, over every artifact', () => {
    sh('sha256sum', ['--strict', '-c', 'SHA256SUMS'], dist);
    sh('sha512sum', ['--strict', '-c', 'SHA512SUMS'], dist);
    const lines = readFileSync(path.join(dist, 'SHA256SUMS'), 'utf8').trim().split('\n');
    const files = lines.map((l) => l.split('  ')[1]);
    expect(files).toEqual([...files].sort());
    expect(files).toHaveLength(16); // 2 binaries, 2 build-info, 4 archives, an SPDX and a CycloneDX SBOM per archive
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
    expect(manifest.project).toEqual({ name: 'hello', version: '1.2.3' });
    // A flipped byte is caught.
    const zip = path.join(dist, 'hello-1.2.3-linux-amd64.zip');
    const bytes = readFileSync(zip);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(zip, bytes);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist }).status).not.toBe(0);
  });

  it('gives byte-identical archives and checksums when built again elsewhere', async () => {
    const again = project('again');
    const r = await distro(again, [
      'release',
      '--target',
      `${HOST},${ARM}`,
      '--formats',
      'tar.gz,zip',
      '--version',
      '1.2.3',
    ]);
    expect(r.code).toBe(0);
    const d2 = path.join(again, 'dist');
    for (const f of [
      'hello-1.2.3-linux-arm64.tar.gz',
      'hello-1.2.3-linux-arm64.zip',
      'hello-1.2.3-linux-amd64.tar.gz',
    ]) {
      expect(readFileSync(path.join(d2, f)).equals(readFileSync(path.join(dist, f)))).toBe(true);
    }
    expect(
      readFileSync(path.join(d2, 'build', ARM, 'hello')).equals(
        readFileSync(path.join(dist, 'build', ARM, 'hello')),
      ),
    ).toBe(true);
  });
});

describe('stages as separate jobs through the local artifact store', () => {
  it('build, then package and sign from the artifacts in fresh dist directories', async () => {
    const dir = project('jobs');
    expect((await distro(dir, ['build', '-t', 'arm64', '--version', '1.0.0'])).code).toBe(0);
    const pkg = await distro(dir, [
      'package',
      '-d',
      'job2',
      '--from',
      'distro-build-*',
      '-f',
      'tar.zst',
      '--version',
      '1.0.0',
    ]);
    expect(pkg.code).toBe(0);
    const zst = path.join(dir, 'job2', 'hello-1.0.0-linux-arm64.tar.zst');
    expect(sh('tar', ['--zstd', '-tf', zst]).trim().split('\n').sort()).toEqual([
      'LICENSE',
      'README.md',
      'hello',
    ]);
    const sign = await distro(dir, [
      'sign',
      '-d',
      'job3',
      '--from',
      'distro-package*,distro-build-*',
      '--per-file-checksums',
      '--checksums',
      'sha256',
      '--version',
      '1.0.0',
    ]);
    expect(sign.code).toBe(0);
    const job3 = path.join(dir, 'job3');
    expect(existsSync(path.join(job3, 'SHA512SUMS'))).toBe(false);
    sh('sha256sum', ['-c', 'SHA256SUMS'], job3);
    sh('sha256sum', ['-c', 'hello-1.0.0-linux-arm64.tar.zst.sha256'], job3);
  });
});

describe('bad input: one clear error, nothing partial written', () => {
  const archives = (d: string) =>
    existsSync(d) ? readdirSync(d).filter((f) => /\.(tar\..*|zip)$/.test(f)) : [];

  it('unknown target', async () => {
    const r = await distro(project(), ['build', '--target', 'm68k-amiga']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(
      /Unknown target 'm68k-amiga'.*Supported targets: .*x86_64-unknown-linux-gnu/,
    );
  });

  it('unknown format, in the config: key and line', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'distro.yml'), 'name: hello\nformats:\n  - tar.gz\n  - tar.bz3\n');
    const r = await distro(dir, ['build']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/distro\.yml:4.*formats/);
  });

  it('unknown format, as a flag', async () => {
    const dir = project();
    expect((await distro(dir, ['build'])).code).toBe(0);
    const r = await distro(dir, ['package', '--formats', 'tar.gz,rar']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/unknown format 'rar'.*tar\.gz, tar\.xz, tar\.zst, zip/);
    expect(archives(path.join(dir, 'dist'))).toEqual([]);
  });

  it('malformed distro.yml: key and line', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'distro.yml'), 'name: hello\nbuild:\n  builder: [make\n');
    const r = await distro(dir, ['build']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/distro\.yml:\d+/);
    writeFileSync(path.join(dir, 'distro.yml'), 'name: hello\nbuild:\n  builder: ninja\n');
    const r3 = await distro(dir, ['build']);
    expect(r3.code).toBe(1);
    expect(r3.err.join('\n')).toMatch(/distro\.yml:3.*build\.builder/);
  });

  it('a version no format can spell', async () => {
    const dir = project();
    const r = await distro(dir, ['release', '--target', 'host', '--version', 'latest!']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/input 'version': "latest!" is not a version/);
    expect(archives(path.join(dir, 'dist'))).toEqual([]);
  });

  it('a missing binary', async () => {
    const dir = project();
    const r = await distro(dir, ['build', '--binaries', 'hello,goodbye']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/'goodbye'.*not produced/);
    expect(existsSync(path.join(dir, 'dist', 'build', HOST))).toBe(false);
  });

  it('a src that escapes the workspace: ../, absolute, or a symlink out', async () => {
    const dir = project();
    expect((await distro(dir, ['build'])).code).toBe(0);
    writeFileSync(path.join(dir, '..', 'secret'), 'secret');
    symlinkSync('/etc/passwd', path.join(dir, 'passwd'));
    for (const [src, why] of [
      ['../secret', /escapes the workspace/],
      ['/etc/hostname', /absolute path/],
      ['passwd', /symlink that points outside/],
    ] as const) {
      writeFileSync(
        path.join(dir, 'distro.yml'),
        `name: hello\narchives:\n  files:\n    - README.md\n    - ${src}\n`,
      );
      const r = await distro(dir, ['package']);
      expect(r.code).toBe(1);
      expect(r.err.join('\n')).toMatch(why);
      expect(r.err.join('\n')).toMatch(/distro\.yml:5.*archives\.files\[1\]/);
      expect(archives(path.join(dir, 'dist'))).toEqual([]);
    }
  });

  it('a from pattern that matches no artifact', async () => {
    const dir = project();
    const r = await distro(dir, ['package', '--from', 'distro-build-nothing*']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/'distro-build-nothing\*' matches no artifact/);
  });

  it('a builder that is not installed names the tool and how to install it', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'Cargo.toml'), '[package]\nname = "hello"\nversion = "0.1.0"\n');
    const r = await distro(dir, ['build', '--builder', 'cargo'], { PATH: '/nonexistent' });
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/cargo is not installed.*install/i);
  });

  it('bad usage exits 2, --help exits 0', async () => {
    const dir = project();
    expect((await distro(dir, ['build', '--nope'])).code).toBe(2);
    expect((await distro(dir, ['frobnicate'])).code).toBe(2);
    const h = await distro(dir, ['package', '--help']);
    expect(h.code).toBe(0);
    expect(h.out.join('\n')).toMatch(/--formats/);
  });
});

describe('hello-c deb and rpm, host and aarch64, through the stages', () => {
  let dist: string;
  beforeAll(async () => {
    const dir = project('pkgs');
    dist = path.join(dir, 'dist');
    const r = await distro(dir, [
      'release',
      '--target',
      `${HOST},${ARM}`,
      '--formats',
      'deb,rpm',
      '--version',
      '1.2.3',
    ]);
    expect(r.err.filter((l) => /error/.test(l))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('names each package in its format and architecture spelling, and sums them', () => {
    const pkgs = readdirSync(dist)
      .filter((f) => /\.(deb|rpm)$/.test(f))
      .sort();
    expect(pkgs).toEqual([
      'hello-1.2.3-1.aarch64.rpm',
      'hello-1.2.3-1.x86_64.rpm',
      'hello_1.2.3-1_amd64.deb',
      'hello_1.2.3-1_arm64.deb',
    ]);
    sh('sha256sum', ['--strict', '-c', 'SHA256SUMS'], dist);
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
    const kinds = manifest.artifacts.map((a: { kind: string; path: string }) => `${a.kind}:${a.path}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['deb:hello_1.2.3-1_arm64.deb', 'rpm:hello-1.2.3-1.aarch64.rpm']),
    );
  });

  it('the arm64 deb holds the aarch64 binary, the conffile and the systemd scripts', () => {
    const deb = path.join(dist, 'hello_1.2.3-1_arm64.deb');
    expect(sh('dpkg-deb', ['-f', deb, 'Architecture', 'Version', 'Depends']).trim().split('\n')).toEqual([
      'Architecture: arm64',
      'Version: 1.2.3-1',
      'Depends: libc6',
    ]);
    expect(sh('dpkg-deb', ['-I', deb, 'conffiles']).trim()).toBe('/etc/hello/hello.conf');
    const postinst = sh('dpkg-deb', ['-I', deb, 'postinst']);
    expect(postinst).toContain('echo "hello is installed: run \'hello --version\'"');
    expect(postinst).toMatch(/deb-systemd-helper/);
    const x = mkdtempSync(path.join(tmpdir(), 'deb-x-'));
    sh('dpkg-deb', ['-x', deb, x]);
    expect(
      readFileSync(path.join(x, 'usr/bin/hello')).equals(
        readFileSync(path.join(dist, 'build', ARM, 'hello')),
      ),
    ).toBe(true);
    expect(readFileSync(path.join(x, 'etc/hello/hello.conf'), 'utf8')).toContain('greeting');
    expect(readFileSync(path.join(x, 'usr/share/doc/hello/copyright'), 'utf8')).toMatch(/License: MIT/);
  });

  it('lintian finds no errors in the amd64 deb', () => {
    const r = spawnSync('lintian', ['--no-tag-display-limit', path.join(dist, 'hello_1.2.3-1_amd64.deb')], {
      encoding: 'utf8',
    });
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('E:'));
    expect(errors).toEqual([]);
  });

  it('the aarch64 rpm verifies, requires glibc (the rpm override) and carries the systemd macros', () => {
    const rpm = path.join(dist, 'hello-1.2.3-1.aarch64.rpm');
    expect(sh('rpm', ['-qp', '--qf', '%{NAME} %{VERSION} %{RELEASE} %{ARCH}', rpm])).toBe(
      'hello 1.2.3 1 aarch64',
    );
    expect(sh('rpm', ['-K', rpm])).toMatch(/digests OK/);
    expect(sh('rpm', ['-qpR', rpm])).toMatch(/^glibc$/m);
    expect(sh('rpm', ['-qp', '--scripts', rpm])).toMatch(/systemctl/);
    expect(sh('rpm', ['-qpc', rpm]).trim()).toBe('/etc/hello/hello.conf');
  });
});
