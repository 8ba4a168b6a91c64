/**
 * Throwaway Debian root file systems for tests that run apt-get for real.
 *
 * `mmdebstrap --variant=apt bookworm` (amd64) runs once and its tarball is cached under
 * /var/cache/distro-actions-tests/debian-root/, keyed by suite, architecture, variant and mirror;
 * `debianRoot()` unpacks a fresh copy into a temporary directory and runs commands in it with
 * `chroot` (through `sudo -n` when the tests do not run as root). The copy has no APT sources, so
 * `apt-get update` only talks to the repository a test adds, and dpkg runs without a pseudo-terminal
 * (a plain chroot has no /dev/pts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CACHE_DIR = '/var/cache/distro-actions-tests/debian-root';
const SUITE = 'bookworm';
const ARCH = 'amd64';
const VARIANT = 'apt';
const MIRROR = process.env.DISTRO_TEST_DEBIAN_MIRROR ?? 'http://deb.debian.org/debian';

export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface DebianRoot {
  /** The root directory (owned by root). */
  dir: string;
  /**
   * Runs a command inside the root (chroot); never rejects on a non-zero exit. Asynchronous, so a
   * server in the test process (the repository) keeps answering while apt runs.
   */
  run(cmd: string, args: string[]): Promise<ToolResult>;
  /** Writes a file inside the root (`inside` is an absolute path in the root). */
  write(inside: string, data: string | Uint8Array): void;
  /** Removes the root. */
  remove(): void;
}

const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];

function exec(args: string[], opts: { timeout?: number } = {}): ToolResult {
  const [cmd, ...rest] = [...asRoot, ...args];
  const r = spawnSync(cmd!, rest, {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: opts.timeout ?? 600_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function execAsync(args: string[]): Promise<ToolResult> {
  const [cmd, ...rest] = [...asRoot, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, rest, {
      env: { ...process.env, LC_ALL: 'C', DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function must(args: string[], what: string): ToolResult {
  const r = exec(args);
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The cached root tarball, made with mmdebstrap the first time. */
export function rootTarball(): string {
  const key = createHash('sha256')
    .update(`${SUITE} ${ARCH} ${VARIANT} ${MIRROR} v1`)
    .digest('hex')
    .slice(0, 12);
  const tarball = path.join(CACHE_DIR, `${SUITE}-${ARCH}-${VARIANT}-${key}.tar`);
  if (existsSync(tarball)) return tarball;
  must(['mkdir', '-p', CACHE_DIR], 'mkdir');
  const tmp = `${tarball}.tmp-${process.pid}.tar`;
  must(
    [
      'mmdebstrap',
      `--variant=${VARIANT}`,
      `--architectures=${ARCH}`,
      '--mode=root',
      '--format=tar',
      SUITE,
      tmp,
      MIRROR,
    ],
    'mmdebstrap',
  );
  must(['mv', tmp, tarball], 'mv');
  return tarball;
}

/** A fresh Debian bookworm root (apt variant), without APT sources or lists. */
export function debianRoot(): DebianRoot {
  const tarball = rootTarball();
  const dir = mkdtempSync(path.join(tmpdir(), 'debian-root-'));
  must(['tar', '-xf', tarball, '-C', dir], 'unpacking the Debian root');
  must(
    [
      'sh',
      '-c',
      'rm -rf "$1"/etc/apt/sources.list "$1"/etc/apt/sources.list.d/* "$1"/var/lib/apt/lists/*',
      'sh',
      dir,
    ],
    'clearing APT sources',
  );
  const root: DebianRoot = {
    dir,
    run: (cmd, args) => execAsync(['chroot', dir, cmd, ...args]),
    write(inside, data) {
      const staging = mkdtempSync(path.join(tmpdir(), 'debian-root-file-'));
      const file = path.join(staging, 'f');
      writeFileSync(file, data);
      const dest = path.join(dir, inside);
      must(['mkdir', '-p', path.dirname(dest)], 'mkdir');
      must(['cp', file, dest], 'cp');
      rmSync(staging, { recursive: true, force: true });
    },
    remove: () => void exec(['rm', '-rf', '--one-file-system', dir]),
  };
  // no /dev/pts in a plain chroot: dpkg's output without a pseudo-terminal
  root.write('/etc/apt/apt.conf.d/99distro-tests', 'Dpkg::Use-Pty "0";\n');
  return root;
}
