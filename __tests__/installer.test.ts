/**
 * Format `installer` (install.sh): the example C project released for x86_64 and aarch64 by the
 * real stages (build, package with tar.gz + installer, sign with an OpenPGP key whose signing key is
 * a subkey), then served on 127.0.0.1 as GitHub serves a release (`/<owner>/<repo>/releases/
 * download/<tag>/<file>`, and `releases/latest` of the REST API) by a small node server, and
 * install.sh run for real: shellcheck, dash, bash and busybox ash (with busybox's own wget,
 * sha256sum and tar), through `curl … | sh -s --`, and in Debian roots of amd64 (curl, sqv) and
 * arm64 under qemu (wget, gpg). Tampered archives, signatures and keys are refused with nothing
 * installed.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../src/cli.js';
import { renderInstaller, type InstallerData } from '../src/formats/installer/index.js';
import { INSTALL_SH_TEMPLATE } from '../src/formats/installer/template.js';
import { memoryLogger } from '../src/log.js';
import { ensureBinfmt, rootRunner } from '../src/smoke/host.js';
import { ensureRootfs, freshRoot, rootfsSpec, unpackRootfs, type Root } from '../src/smoke/rootfs.js';
import { resolveTarget } from '../src/targets/index.js';
import { noCache } from '../src/toolchain/cache.js';
import { cleanupGpg, gpg, makeKey, newGpgHome, type TestKey } from './helpers/gpg.js';
import { serveDir, type StaticServer } from './helpers/http-server.js';
import { copyExample } from './helpers/runner.js';

const HOST = 'x86_64-unknown-linux-gnu';
const ARM = 'aarch64-unknown-linux-gnu';
const ROOTFS = { dir: '/var/cache/distro-actions-tests/smoke-rootfs', cache: noCache };
/** The shells, each with the tools it runs with: busybox ash with busybox's own applets (wget, sha256sum, tar…) and gpg. */
const SHELLS: Array<[string, string[], () => string]> = [
  ['dash', ['dash'], () => PATH],
  ['bash', ['bash'], () => PATH],
  ['busybox ash', ['busybox', 'ash'], () => busyboxPath()],
];

let busyboxDir = '';
function busyboxPath(): string {
  if (busyboxDir) return busyboxDir;
  busyboxDir = mkdtempSync(path.join(base, 'busybox-'));
  const applets = spawnSync('busybox', ['--list'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const busybox = spawnSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).stdout.trim();
  for (const a of [...applets, 'busybox']) symlinkSync(busybox, path.join(busyboxDir, a));
  symlinkSync(
    spawnSync('sh', ['-c', 'command -v gpg'], { encoding: 'utf8' }).stdout.trim(),
    path.join(busyboxDir, 'gpg'),
  );
  return busyboxDir;
}

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function distro(cwd: string, args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SOURCE_DATE_EPOCH: '1700000000',
      DISTRO_ARTIFACTS_DIR: path.join(cwd, '..', 'artifacts'),
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

interface Sh {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `argv` with exactly the environment given (a clean PATH and HOME). Asynchronous: the release
 * server runs in this process and must keep answering while the script downloads.
 */
function sh(argv: string[], env: Record<string, string>, cwd?: string): Promise<Sh> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Every file and directory under `dir`, relative, sorted ([] when it does not exist). */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

const PATH = process.env.PATH ?? '/usr/bin:/bin';
let base: string;
let key: TestKey;
let server: StaticServer;
/** The served tree: <serve>/o/r/releases/download/<tag>/ and <serve>/api/repos/o/r/releases/latest. */
let serve: string;
let dist: string;
let url: (tag: string, file: string) => string;

/** A copy of hello-c set up for the release: a man page and a bash completion in the archives. */
async function release(version: string, targets: string[], tag: string, withDeb = false): Promise<string> {
  const dir = path.join(base, `project-${version}`);
  copyExample('hello-c', dir);
  writeFileSync(path.join(dir, 'hello.1'), '.TH HELLO 1\n.SH NAME\nhello \\- says hello\n');
  mkdirSync(path.join(dir, 'completions'));
  writeFileSync(path.join(dir, 'completions', 'hello.bash'), 'complete -W "--version --help" hello\n');
  const cfg = readFileSync(path.join(dir, 'distro.yml'), 'utf8').replace(
    /archives:\n {2}files: \[README.md, LICENSE\]/,
    'archives:\n  files: [README.md, LICENSE, hello.1, { src: completions/hello.bash, dst: completions/ }]',
  );
  writeFileSync(
    path.join(dir, 'distro.yml'),
    `${cfg}\ninstaller:\n  repository: o/r\n  download_url: ${server.url}/o/r/releases/download\n  api_url: ${server.url}/api\n  fingerprint: ${key.fingerprint.replace(/(.{4})/g, '$1 ')}\n  package_repository: ${server.url}/pkgs\n`,
  );
  writeFileSync(path.join(dir, 'signing.key'), key.armoredSecret);
  const r = await distro(dir, [
    'release',
    '--target',
    targets.join(','),
    '--formats',
    withDeb ? 'tar.gz,deb,installer' : 'tar.gz,installer',
    '--version',
    version,
    '--gpg-key',
    'signing.key',
  ]);
  if (r.code !== 0) throw new Error(`release ${version} failed:\n${r.err.join('\n')}`);
  if (withDeb) {
    // the APT repository of --method package, as publish-repo writes it, served beside the release
    const p = await distro(dir, [
      'publish',
      '--repo-dir',
      'pkgs',
      '--base-url',
      `${server.url}/pkgs`,
      '--gpg-key',
      'signing.key',
      '--apt',
      'true',
      '--yum',
      'false',
      '--no-upload',
    ]);
    if (p.code !== 0) throw new Error(`publish ${version} failed:\n${p.err.join('\n')}`);
    cpSync(path.join(dir, 'pkgs'), path.join(serve, 'pkgs'), { recursive: true });
  }
  const out = path.join(serve, 'o', 'r', 'releases', 'download', tag);
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(path.join(dir, 'dist'))) {
    if (/\.(tar\.gz|asc|sh)$|^SHA256SUMS/.test(f)) copyFileSync(path.join(dir, 'dist', f), path.join(out, f));
  }
  return path.join(dir, 'dist');
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'distro-installer-'));
  serve = path.join(base, 'serve');
  mkdirSync(serve);
  server = await serveDir(serve);
  url = (tag, file) => `${server.url}/o/r/releases/download/${tag}/${file}`;
  key = makeKey('subkey');
  dist = await release('v1.2.3', [HOST, ARM], 'v1.2.3', true);
  await release('v2.0.0', [HOST], 'v2.0.0');
  mkdirSync(path.join(serve, 'api', 'repos', 'o', 'r', 'releases'), { recursive: true });
  writeFileSync(
    path.join(serve, 'api', 'repos', 'o', 'r', 'releases', 'latest'),
    JSON.stringify({ url: 'x', tag_name: 'v2.0.0', name: 'v2.0.0', draft: false }, null, 2),
  );
}, 600_000);

afterAll(async () => {
  await server?.close();
  cleanupGpg();
  rmSync(base, { recursive: true, force: true });
});

/** A fresh prefix and HOME; the script is the one of release v1.2.3. */
function fresh(name: string): { prefix: string; home: string; env: Record<string, string> } {
  const d = mkdtempSync(path.join(base, `${name}-`));
  const home = path.join(d, 'home');
  mkdirSync(home);
  return { prefix: path.join(d, 'prefix'), home, env: { PATH, HOME: home, LC_ALL: 'C' } };
}

describe('install.sh as package-format writes it', () => {
  it('is in the manifest once, as kind installer, and signed and summed by sign-artifacts', async () => {
    const m = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
      artifacts: Array<{ path: string; kind: string; from?: string[] }>;
    };
    const entry = m.artifacts.filter((a) => a.path === 'install.sh');
    expect(entry).toEqual([
      expect.objectContaining({
        kind: 'installer',
        from: ['hello-1.2.3-linux-amd64.tar.gz', 'hello-1.2.3-linux-arm64.tar.gz'],
      }),
    ]);
    expect(readFileSync(path.join(dist, 'SHA256SUMS'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}install\.sh$/m);
    expect(existsSync(path.join(dist, 'install.sh.asc'))).toBe(true);
  });

  it('bakes in the release: tag, fingerprint, the archive of each platform with its binaries', async () => {
    const text = readFileSync(path.join(dist, 'install.sh'), 'utf8');
    expect(text).toContain(`FINGERPRINT='${key.fingerprint}'`);
    expect(text).toContain("RELEASE_TAG='v1.2.3'");
    expect(text).toMatch(
      /ARCHIVES='linux amd64 gnu hello-@VERSION@-linux-amd64\.tar\.gz hello\nlinux arm64 gnu hello-@VERSION@-linux-arm64\.tar\.gz hello'/,
    );
    expect(text).toContain(`LATEST_URL='${server.url}/api/repos/o/r/releases/latest'`);
  });

  it('is shellcheck clean (as POSIX sh), and the template has no ${ or backtick a String.raw would eat', async () => {
    const r = await sh(['shellcheck', '--shell=sh', '--severity=style', path.join(dist, 'install.sh')], {
      PATH,
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(INSTALL_SH_TEMPLATE).not.toMatch(/\$\{|`/);
  });

  it('is byte-identical when written again from the manifest (formats: installer alone)', async () => {
    const before = readFileSync(path.join(dist, 'install.sh'));
    const project = path.dirname(dist);
    const r = await distro(project, [
      'package',
      '--formats',
      'installer',
      '--version',
      'v1.2.3',
      '--no-upload',
    ]);
    expect(r.err.filter((l) => /error/i.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dist, 'install.sh')).equals(before)).toBe(true);
  });
});

describe.each(SHELLS)('install.sh under %s', (_name, shell, tools) => {
  it('installs the binary, man page and completion, runs, and --uninstall leaves nothing', async () => {
    const { prefix, env } = fresh('install');
    env.PATH = tools();
    const script = path.join(serve, 'o/r/releases/download/v1.2.3/install.sh');
    const r = await sh([...shell, script, '--prefix', prefix], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(`Signature of SHA256SUMS: good, key ${key.fingerprint}`);
    expect(r.stdout).toMatch('Checksum of hello-1.2.3-linux-amd64.tar.gz: good');
    expect(tree(prefix)).toEqual([
      'bin',
      'bin/hello',
      'share',
      'share/bash-completion',
      'share/bash-completion/completions',
      'share/bash-completion/completions/hello',
      'share/distro-install',
      'share/distro-install/hello.receipt',
      'share/man',
      'share/man/man1',
      'share/man/man1/hello.1',
    ]);
    expect((await sh([path.join(prefix, 'bin/hello'), '--version'], env)).stdout).toMatch(/^hello 1\.2\.3/);
    if (_name === 'busybox ash')
      expect(server.log.at(-1)!.path).toMatch(/SHA256SUMS\.asc|KEY\.asc|\.tar\.gz/);
    const u = await sh([...shell, script, '--prefix', prefix, '--uninstall'], env);
    expect(u.stderr).toBe('');
    expect(u.status).toBe(0);
    expect(existsSync(prefix)).toBe(false);
  });

  it('--dry-run downloads and checks, prints every action and changes nothing', async () => {
    const { prefix, env, home } = fresh('dry');
    env.PATH = tools();
    const script = path.join(serve, 'o/r/releases/download/v1.2.3/install.sh');
    const r = await sh([...shell, script, '--prefix', prefix, '--dry-run'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch('Checksum of hello-1.2.3-linux-amd64.tar.gz: good');
    expect(r.stdout).toMatch(/^would run: mkdir .*\/prefix$/m);
    expect(r.stdout).toMatch(/^would run: mv -f .*\/prefix\/bin\/hello\.new-\d+ .*\/prefix\/bin\/hello$/m);
    expect(r.stdout).toMatch(/^would write the receipt .*hello\.receipt$/m);
    expect(existsSync(prefix)).toBe(false);
    expect(tree(home)).toEqual([]);
  });
});

describe('install.sh options and sources', () => {
  const script = () => path.join(serve, 'o/r/releases/download/v1.2.3/install.sh');

  it('curl … | sh -s -- --version 2.0.0 installs that release, and --version latest asks the API', async () => {
    const { prefix, env } = fresh('pipe');
    const cmd = `curl -fsSL "$1" | sh -s -- --version 2.0.0 --prefix "$2" --quiet`;
    const r = await sh(['sh', '-c', cmd, 'sh', url('v1.2.3', 'install.sh'), prefix], env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    expect((await sh([path.join(prefix, 'bin/hello'), '--version'], env)).stdout).toMatch(/^hello 2\.0\.0/);
    const before = server.log.length;
    const l = await sh(['sh', script(), '--version', 'latest', '--prefix', `${prefix}-latest`], env);
    expect(l.status).toBe(0);
    expect(server.log.slice(before).map((e) => e.path)).toContain('/api/repos/o/r/releases/latest');
    expect((await sh([path.join(`${prefix}-latest`, 'bin/hello'), '--version'], env)).stdout).toMatch(
      /^hello 2\.0\.0/,
    );
    // a reinstall over it keeps one receipt; uninstall removes everything
    expect((await sh(['sh', script(), '--prefix', prefix], env)).status).toBe(0);
    expect((await sh([path.join(prefix, 'bin/hello'), '--version'], env)).stdout).toMatch(/^hello 1\.2\.3/);
    expect((await sh(['sh', script(), '--prefix', prefix, '--uninstall'], env)).status).toBe(0);
    expect(existsSync(prefix)).toBe(false);
  });

  it('installs into ~/.local/bin without --prefix (not root) and says how to put it on PATH', async () => {
    if (process.getuid?.() === 0) {
      // as root the default is /usr/local: run as nobody with a HOME of its own
      const { home } = fresh('user');
      spawnSync('chown', ['-R', 'nobody', home]);
      spawnSync('chmod', ['755', base, path.dirname(home)]);
      const copy = path.join(home, 'install.sh');
      copyFileSync(script(), copy);
      const r = await sh(['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', 'sh', copy], {
        PATH,
        HOME: home,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(existsSync(path.join(home, '.local/bin/hello'))).toBe(true);
      expect(r.stdout).toMatch(`Note: ${home}/.local/bin is not on your PATH; add it, e.g.: export PATH=`);
    }
  });

  it('refuses a tampered archive: checksum mismatch, nothing installed', async () => {
    const tag = 'v1.2.3-tampered';
    const dir = path.join(serve, 'o/r/releases/download', tag);
    cpSync(path.join(serve, 'o/r/releases/download/v1.2.3'), dir, { recursive: true });
    const f = path.join(dir, 'hello-1.2.3-linux-amd64.tar.gz');
    const bytes = readFileSync(f);
    bytes[bytes.length - 5]! ^= 0xff;
    writeFileSync(f, bytes);
    const { prefix, env } = fresh('tampered');
    const text = readFileSync(script(), 'utf8').replace("RELEASE_TAG='v1.2.3'", `RELEASE_TAG='${tag}'`);
    const s = path.join(base, 'tampered.sh');
    writeFileSync(s, text);
    const r = await sh(['sh', s, '--prefix', prefix], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /install\.sh: error: checksum mismatch for hello-1\.2\.3-linux-amd64\.tar\.gz: expected [0-9a-f]{64}, got [0-9a-f]{64}; nothing installed/,
    );
    expect(existsSync(prefix)).toBe(false);
  });

  /** A copy of release v1.2.3 whose amd64 archive and SHA256SUMS an attacker replaced; `edit` the rest. */
  function forged(tag: string, edit: (dir: string, sums: string) => void): string {
    const dir = path.join(serve, 'o/r/releases/download', tag);
    cpSync(path.join(serve, 'o/r/releases/download/v1.2.3'), dir, { recursive: true });
    const f = path.join(dir, 'hello-1.2.3-linux-amd64.tar.gz');
    const evil = readFileSync(
      path.join(serve, 'o/r/releases/download/v2.0.0/hello-2.0.0-linux-amd64.tar.gz'),
    );
    writeFileSync(f, evil);
    const sum = spawnSync('sha256sum', [f], { encoding: 'utf8' }).stdout.split(' ')[0]!;
    const sums = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').replace(
      /^[0-9a-f]{64}(?= {2}hello-1\.2\.3-linux-amd64\.tar\.gz$)/m,
      sum,
    );
    writeFileSync(path.join(dir, 'SHA256SUMS'), sums);
    edit(dir, sums);
    const s = path.join(base, `${tag}.sh`);
    writeFileSync(s, readFileSync(script(), 'utf8').replace("RELEASE_TAG='v1.2.3'", `RELEASE_TAG='${tag}'`));
    return s;
  }

  /** PATH without gpg (so sqv checks), or without both. */
  function toolsWithout(names: string[]): string {
    const dir = mkdtempSync(path.join(base, 'bin-'));
    const seen = new Set<string>();
    for (const d of PATH.split(':')) {
      if (!existsSync(d)) continue;
      for (const f of readdirSync(d)) {
        if (names.includes(f) || seen.has(f)) continue;
        seen.add(f);
        symlinkSync(path.join(d, f), path.join(dir, f));
      }
    }
    return dir;
  }

  it.each([
    ['gpg', [] as string[]],
    ['sqv', ['gpg']],
  ])('refuses a changed SHA256SUMS.asc (checked with %s): nothing installed', async (_tool, hide) => {
    const s = forged(`v1.2.3-badsig-${_tool}`, (dir, sums) => {
      // the signed text now says what the forged SHA256SUMS says; the signature is the old one
      const asc = readFileSync(path.join(dir, 'SHA256SUMS.asc'), 'utf8');
      const sig = asc.slice(asc.indexOf('-----BEGIN PGP SIGNATURE-----'));
      writeFileSync(
        path.join(dir, 'SHA256SUMS.asc'),
        `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n${sums}${sig}`,
      );
    });
    const { prefix, env } = fresh('badsig');
    const r = await sh(['sh', s, '--prefix', prefix], { ...env, PATH: toolsWithout(hide) });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      `install.sh: error: the signature of SHA256SUMS does not verify: SHA256SUMS.asc was changed or not made by key ${key.fingerprint}; nothing installed`,
    );
    expect(existsSync(prefix)).toBe(false);
  });

  it.each([
    ['gpg', [] as string[]],
    ['sqv', ['gpg']],
  ])(
    'refuses SHA256SUMS signed by another key published as KEY.asc (%s): nothing installed',
    async (_tool, hide) => {
      const other = newGpgHome();
      gpg(other, [
        '--pinentry-mode',
        'loopback',
        '--passphrase',
        '',
        '--quick-gen-key',
        'Mallory <m@example.com>',
        'ed25519',
        'sign',
        '0',
      ]);
      const s = forged(`v1.2.3-otherkey-${_tool}`, (dir) => {
        writeFileSync(
          path.join(dir, 'SHA256SUMS.asc'),
          gpg(other, ['--armor', '--clearsign', '--output', '-', path.join(dir, 'SHA256SUMS')]),
        );
        writeFileSync(path.join(dir, 'KEY.asc'), gpg(other, ['--armor', '--export']));
      });
      const { prefix, env } = fresh('otherkey');
      const r = await sh(['sh', s, '--prefix', prefix], { ...env, PATH: toolsWithout(hide) });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        `install.sh: error: SHA256SUMS.asc is not signed by the key of hello (${key.fingerprint})`,
      );
      expect(existsSync(prefix)).toBe(false);
    },
  );

  it('--no-verify-signature skips the signature, loudly', async () => {
    const { prefix, env } = fresh('nosig');
    const r = await sh(['sh', script(), '--prefix', prefix, '--no-verify-signature'], env);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      'install.sh: warning: NOT checking the OpenPGP signature of SHA256SUMS (--no-verify-signature)',
    );
  });

  it('says which tool is missing: no curl or wget', async () => {
    const { prefix, env } = fresh('notool');
    const r = await sh(['sh', script(), '--prefix', prefix], {
      ...env,
      PATH: toolsWithout(['curl', 'wget']),
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('install.sh: error: missing tool: curl or wget is needed to download hello\n');
  });

  it('an unsupported platform lists the platforms the release has', async () => {
    const data: InstallerData = {
      name: 'hello',
      tag: 'v1.0.0',
      version: '1.0.0',
      downloadUrl: `${server.url}/nothing`,
      latestUrl: '',
      fingerprint: '',
      repoUrl: '',
      channel: 'stable',
      component: 'main',
      packageName: 'hello',
      archives: [
        {
          os: 'linux',
          arch: 'riscv64',
          abi: 'gnu',
          file: 'h-riscv64.tar.gz',
          binaries: ['hello'],
          source: 'x',
        },
        { os: 'darwin', arch: 'arm64', abi: '', file: 'h-darwin.tar.gz', binaries: ['hello'], source: 'y' },
      ],
    };
    const s = path.join(base, 'riscv-only.sh');
    writeFileSync(s, renderInstaller(data));
    const r = await sh(['dash', s, '--prefix', path.join(base, 'never')], { PATH, HOME: base });
    expect(r.stderr).toBe(
      'install.sh: error: this release has no archive for linux/amd64; it has: darwin/arm64 linux/riscv64\n',
    );
    expect(r.status).toBe(1);
  });

  it('downloads a file whose name GitHub respells (a ~ becomes .) under GitHub’s name, and checks it under its own', async () => {
    const tag = 'v1.0.0-rc1';
    const file = 'hello-1.0.0~rc1-linux-amd64.tar.gz';
    const asset = 'hello-1.0.0.rc1-linux-amd64.tar.gz'; // what GitHub's asset list shows
    const dir = path.join(serve, 'o/r/releases/download', tag);
    mkdirSync(dir, { recursive: true });
    const src = mkdtempSync(path.join(base, 'tilde-'));
    writeFileSync(path.join(src, 'hello'), '#!/bin/sh\necho hello 1.0.0~rc1\n', { mode: 0o755 });
    spawnSync('tar', ['-czf', path.join(dir, asset), '-C', src, 'hello']);
    const sum = spawnSync('sha256sum', [path.join(dir, asset)], { encoding: 'utf8' }).stdout.split(' ')[0];
    writeFileSync(path.join(dir, 'SHA256SUMS'), `${sum}  ${file}\n`);
    const data: InstallerData = {
      name: 'hello',
      tag,
      version: '1.0.0~rc1',
      downloadUrl: `${server.url}/o/r/releases/download`,
      latestUrl: '',
      fingerprint: '',
      repoUrl: '',
      channel: 'stable',
      component: 'main',
      packageName: 'hello',
      archives: [{ os: 'linux', arch: 'amd64', abi: 'gnu', file, binaries: ['hello'], source: file }],
    };
    const s = path.join(base, 'tilde.sh');
    writeFileSync(s, renderInstaller(data));
    const { prefix, env } = fresh('tilde');
    const r = await sh(['dash', s, '--prefix', prefix], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Checksum of ${file}: good`);
    expect(server.log.map((e) => e.path)).toContain(`/o/r/releases/download/${tag}/${asset}`);
    expect((await sh([path.join(prefix, 'bin/hello')], env)).stdout).toBe('hello 1.0.0~rc1\n');
  });

  it('refuses unknown options and bad values', async () => {
    expect((await sh(['sh', script(), '--frobnicate'], { PATH })).stderr).toBe(
      "install.sh: error: unknown option '--frobnicate' (see --help)\n",
    );
    expect((await sh(['sh', script(), '--version'], { PATH })).stderr).toBe(
      'install.sh: error: --version needs a value (see --help)\n',
    );
    const r = await sh(['sh', script(), '--version', '1;rm -rf /', '--prefix', path.join(base, 'never')], {
      PATH,
      HOME: base,
    });
    expect(r.stderr).toMatch("install.sh: error: the release tag 'v1;rm -rf /' is not a release name");
    expect(
      (await sh(['sh', script(), '--uninstall', '--prefix', path.join(base, 'never')], { PATH })).stderr,
    ).toMatch(/no receipt at .*never\/share\/distro-install\/hello\.receipt/);
  });
});

describe('package-format refuses an installer it cannot write', () => {
  it('a release with no archive for any platform: one error naming formats, nothing written', async () => {
    const dir = path.join(base, 'no-archives');
    copyExample('hello-c', dir);
    const cfg = readFileSync(path.join(dir, 'distro.yml'), 'utf8');
    writeFileSync(path.join(dir, 'distro.yml'), `${cfg}\ninstaller: { repository: o/r }\n`);
    expect((await distro(dir, ['build', '--target', HOST, '--version', 'v1.0.0', '--no-upload'])).code).toBe(
      0,
    );
    const before = tree(path.join(dir, 'dist'));
    const r = await distro(dir, [
      'package',
      '--formats',
      'deb,installer',
      '--version',
      'v1.0.0',
      '--no-upload',
    ]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(
      /formats: installer needs the release's archives \(tar\.gz, tar\.xz, tar\.zst or zip\) of at least one Linux, macOS or FreeBSD target/,
    );
    expect(tree(path.join(dir, 'dist'))).toEqual(before);
  });

  it('a bad installer.fingerprint is an error with its line, before anything is written', async () => {
    const dir = path.join(base, 'bad-fpr');
    copyExample('hello-c', dir);
    const cfg = readFileSync(path.join(dir, 'distro.yml'), 'utf8');
    writeFileSync(
      path.join(dir, 'distro.yml'),
      `${cfg}\ninstaller:\n  repository: o/r\n  fingerprint: not-a-key\n`,
    );
    expect((await distro(dir, ['build', '--target', HOST, '--version', 'v1.0.0', '--no-upload'])).code).toBe(
      0,
    );
    const before = tree(path.join(dir, 'dist'));
    const r = await distro(dir, [
      'package',
      '--formats',
      'tar.gz,installer',
      '--version',
      'v1.0.0',
      '--no-upload',
    ]);
    expect(r.code).toBe(1);
    const line = cfg.split('\n').length + 3;
    expect(r.err.join('\n')).toMatch(
      `distro.yml:${line}: installer.fingerprint: "not-a-key" is not an OpenPGP fingerprint`,
    );
    expect(tree(path.join(dir, 'dist'))).toEqual(before);
  });

  it('a run for one target skips install.sh and says where it is written', async () => {
    const dir = path.join(base, 'one-target');
    copyExample('hello-c', dir);
    const cfg = readFileSync(path.join(dir, 'distro.yml'), 'utf8');
    writeFileSync(path.join(dir, 'distro.yml'), `${cfg}\ninstaller: { repository: o/r }\n`);
    expect((await distro(dir, ['build', '--target', HOST, '--version', 'v1.0.0', '--no-upload'])).code).toBe(
      0,
    );
    const r = await distro(dir, [
      'package',
      '--target',
      HOST,
      '--formats',
      'tar.gz,installer',
      '--version',
      'v1.0.0',
      '--no-upload',
    ]);
    expect(r.code).toBe(0);
    expect(r.err.join('\n')).toMatch(
      "installer: made once per release from every target's artifacts, so not in this job for x86_64-unknown-linux-gnu",
    );
    expect(existsSync(path.join(dir, 'dist', 'install.sh'))).toBe(false);
  });
});

describe('install.sh in Debian roots', () => {
  const env = { PATH, HOME: process.env.HOME ?? '/root' };
  const o = { env, log: memoryLogger(), asRoot: rootRunner(process.getuid?.(), env) };
  const roots: Root[] = [];
  afterAll(async () => {
    for (const r of roots) await r.remove();
  });

  /** A fresh root of `triple` with `packages` (cached tarball, overlay per test). */
  async function root(triple: string, packages: string[]): Promise<Root> {
    const target = resolveTarget(triple, 'test');
    const binfmt = await ensureBinfmt(target, o);
    const spec = rootfsSpec(target, { packages });
    const tarball = await ensureRootfs(spec, ROOTFS, o);
    const lower = await unpackRootfs(tarball.file, o);
    const r = await freshRoot(lower, path.join(base, 'roots'), { ...o, binfmt });
    roots.push(r);
    return r;
  }

  async function inRoot(r: Root, script: string): Promise<{ code?: number; out: string }> {
    const res = await r.run(['sh', '-c', script], 300_000);
    return { code: res.code, out: res.stdout + res.stderr };
  }

  it.each([
    [ARM, ['gpg', 'wget'], 'wget -qO- "$1"', 'arm64'],
    [HOST, ['curl', 'sqv'], 'curl -fsSL "$1"', 'amd64'],
  ])(
    '%s (%j): piped install as root into /usr/local, the binary runs, --uninstall leaves nothing',
    async (triple, packages, get, arch) => {
      const r = await root(triple, packages);
      const before = (await inRoot(r, 'find /usr/local | sort')).out;
      const u = url('v1.2.3', 'install.sh');
      const i = await inRoot(
        r,
        `set -e; ${get.replace('$1', u)} | sh -s -- --version v1.2.3; /usr/local/bin/hello --version; uname -m`,
      );
      expect(i.out).toMatch(`Installing hello 1.2.3 for linux/${arch} into /usr/local`);
      expect(i.out).toMatch(`Signature of SHA256SUMS: good, key ${key.fingerprint}`);
      expect(i.out).toMatch(/^hello 1\.2\.3/m);
      expect(i.out).toMatch(arch === 'arm64' ? /^aarch64$/m : /^x86_64$/m);
      expect(i.code).toBe(0);
      expect(existsSync(path.join(r.dir, 'usr/local/share/man/man1/hello.1'))).toBe(true);
      const un = await inRoot(r, `${get.replace('$1', u)} | sh -s -- --uninstall && find /usr/local | sort`);
      expect(un.code).toBe(0);
      expect(un.out.slice(un.out.indexOf('/usr/local\n'))).toBe(before);
    },
    900_000,
  );

  it('--method package: the APT repository of publish-repo, apt-get install, and --uninstall removes it all', async () => {
    const r = await root(HOST, ['curl', 'sqv']);
    const u = url('v1.2.3', 'install.sh');
    const i = await inRoot(
      r,
      `set -e; curl -fsSL ${u} | sh -s -- --method package; hello --version; dpkg -s hello | grep Status`,
    );
    expect(i.out).toMatch(/^hello 1\.2\.3/m);
    expect(i.out).toMatch('Status: install ok installed');
    expect(i.code).toBe(0);
    expect(readFileSync(path.join(r.dir, 'etc/apt/sources.list.d/hello.sources'), 'utf8')).toBe(
      `Types: deb\nURIs: ${server.url}/pkgs/apt/\nSuites: stable\nComponents: main\nSigned-By: /etc/apt/keyrings/hello.gpg\n`,
    );
    const un = await inRoot(r, `curl -fsSL ${u} | sh -s -- --uninstall; dpkg -s hello; ls /usr/local/share`);
    expect(un.out).toMatch("dpkg-query: package 'hello' is not installed");
    expect(existsSync(path.join(r.dir, 'etc/apt/sources.list.d/hello.sources'))).toBe(false);
    expect(existsSync(path.join(r.dir, 'etc/apt/keyrings/hello.gpg'))).toBe(false);
    expect(existsSync(path.join(r.dir, 'usr/local/share/distro-install'))).toBe(false);
  }, 900_000);
});
