/**
 * The package managers a package is tried with, behind one interface: dpkg/apt inside the Debian
 * root (chroot), and the host's rpm and pacman with `--root` (their scriptlets run chrooted in it).
 *
 * rpm and pacman packages go into the same Debian root of the target's architecture, with their
 * dependency checks off (`--nodeps`): that root has the C library, a shell and coreutils a
 * package's binaries and scriptlets need, while a Fedora or Arch root per architecture would mean
 * fetching a distribution's repository metadata (tens of MB) on every cold run. What is checked is
 * what the package itself does: its payload lands, its scriptlets run, its binaries work, and
 * removing it leaves nothing behind.
 */
import path from 'node:path';
import type { Env } from '../build/types.js';
import type { Target } from '../targets/index.js';
import { describeEnd, runCommand, type CheckLog, type RunOutcome } from './exec.js';
import type { Root } from './rootfs.js';

export type PackageKind = 'deb' | 'rpm' | 'archlinux';

export interface PackageInfo {
  name: string;
  version: string;
  arch: string;
}

export interface PackageManager {
  kind: PackageKind;
  /** Name, version and architecture of a package file (read with the host's tools). */
  inspect(file: string, env: Env): Promise<PackageInfo | string>;
  /** Makes the root ready (an empty package database). */
  prepare(root: Root, log: CheckLog): Promise<void>;
  /** Installs or upgrades to `file`. `why` explains a failure better than the exit code, when it can. */
  install(
    root: Root,
    file: string,
    log: CheckLog,
    timeoutMs: number,
  ): Promise<{ r: RunOutcome; why?: string }>;
  /** The installed version of `name`, or undefined. */
  installed(root: Root, name: string): Promise<string | undefined>;
  /** The package's paths, and those of its config files. */
  files(root: Root, name: string): Promise<{ files: string[]; config: string[] }>;
  /** Removes the package; what it keeps (deb: conffiles, until purge). */
  remove(root: Root, name: string, log: CheckLog, timeoutMs: number): Promise<RunOutcome>;
  keepsConfigOnRemove: boolean;
  /** Removes what `remove` kept (deb: --purge); absent where remove removes everything. */
  purge?(root: Root, name: string, log: CheckLog, timeoutMs: number): Promise<RunOutcome>;
}

const QUERY_MS = 120_000;

async function hostQuery(argv: string[], env: Env): Promise<string | undefined> {
  const r = await runCommand(argv, { env, timeoutMs: QUERY_MS });
  return r.code === 0 ? r.stdout : undefined;
}

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The line of dpkg/apt output that says what went wrong. */
function dpkgReason(out: string): string | undefined {
  const ls = out.split('\n').map((l) => l.trim());
  return (
    ls.find((l) => /post-installation script subprocess returned error|pre-installation script/.test(l)) ??
    ls.find((l) => /^dpkg: error|^E: /.test(l)) ??
    ls.find((l) => /^dpkg: /.test(l))
  );
}

export const dpkgManager: PackageManager = {
  kind: 'deb',
  keepsConfigOnRemove: true,
  async inspect(file, env) {
    const out = await hostQuery(['dpkg-deb', '-f', file, 'Package', 'Version', 'Architecture'], env);
    const f = Object.fromEntries(
      lines(out).map((l) => [l.split(':')[0], l.slice(l.indexOf(':') + 1).trim()]),
    );
    if (!f.Package || !f.Version) return `dpkg-deb -f could not read ${file}: not a Debian package`;
    return { name: f.Package, version: f.Version, arch: f.Architecture ?? '' };
  },
  async prepare() {},
  async install(root, file, log, timeoutMs) {
    const inRoot = `/tmp/distro-smoke/${path.basename(file)}`;
    await root.copyIn(file, inRoot);
    let r = await root.run(['dpkg', '-i', inRoot], timeoutMs, log);
    if (
      r.code !== 0 &&
      !r.timedOut &&
      /dependency problems|depends on .* is not installed/.test(r.stderr + r.stdout)
    ) {
      // Missing dependencies: let apt fetch them (the root's lists are empty until updated).
      await root.copyIn('/etc/resolv.conf', '/etc/resolv.conf');
      const u = await root.run(['apt-get', 'update', '-q'], timeoutMs, log);
      r =
        u.code === 0
          ? await root.run(
              ['apt-get', '-f', 'install', '-y', '-q', '--no-install-recommends'],
              timeoutMs,
              log,
            )
          : u;
    }
    return { r, why: r.code === 0 ? undefined : dpkgReason(`${r.stdout}\n${r.stderr}`) };
  },
  async installed(root, name) {
    const r = await root.run(['dpkg-query', '-W', '-f=${db:Status-Abbrev}|${Version}', name], QUERY_MS);
    const [status, version] = r.stdout.split('|');
    return r.code === 0 && status?.startsWith('ii') ? version : undefined;
  },
  async files(root, name) {
    const list = await root.run(['dpkg-query', '-L', name], QUERY_MS);
    const conf = await root.run(['dpkg-query', '-W', '-f=${Conffiles}\\n', name], QUERY_MS);
    return {
      files: lines(list.stdout).filter((p) => p.startsWith('/') && p !== '/.'),
      config: lines(conf.stdout).map((l) => l.split(/\s+/)[0]!),
    };
  },
  remove: (root, name, log, timeoutMs) => root.run(['dpkg', '--remove', name], timeoutMs, log),
  purge: (root, name, log, timeoutMs) => root.run(['dpkg', '--purge', name], timeoutMs, log),
};

/** rpm with the root's own database (Debian's rpm defaults to ~/.rpmdb). */
const rpmArgs = (root: Root) => ['rpm', '--root', root.dir, '--dbpath', '/var/lib/rpm'];

export const rpmManager: PackageManager = {
  kind: 'rpm',
  keepsConfigOnRemove: false,
  async inspect(file, env) {
    const out = await hostQuery(
      ['rpm', '-qp', '--nosignature', '--qf', '%{NAME}\\n%{VERSION}-%{RELEASE}\\n%{ARCH}\\n', file],
      env,
    );
    const [name, version, arch] = lines(out);
    if (!name || !version) return `rpm -qp could not read ${file}: not an rpm package`;
    return { name, version, arch: arch ?? '' };
  },
  async prepare(root, log) {
    const r = await root.runHost([...rpmArgs(root), '--initdb'], QUERY_MS, log);
    if (r.code !== 0)
      throw new Error(`rpm --initdb in ${root.dir}: ${describeEnd(r, QUERY_MS)}: ${r.stderr.trim()}`);
  },
  async install(root, file, log, timeoutMs) {
    const r = await root.runHost([...rpmArgs(root), '-U', '--nodeps', '--ignorearch', file], timeoutMs, log);
    const why = lines(`${r.stdout}\n${r.stderr}`).find((l) => /scriptlet failed|error:/.test(l));
    return { r, why: r.code === 0 ? undefined : why };
  },
  async installed(root, name) {
    const r = await root.runHost([...rpmArgs(root), '-q', '--qf', '%{VERSION}-%{RELEASE}', name], QUERY_MS);
    return r.code === 0 ? r.stdout.trim() : undefined;
  },
  async files(root, name) {
    const list = await root.runHost([...rpmArgs(root), '-ql', name], QUERY_MS);
    const conf = await root.runHost([...rpmArgs(root), '-qc', name], QUERY_MS);
    const paths = (o: string) => lines(o).filter((p) => p.startsWith('/'));
    return { files: paths(list.stdout), config: paths(conf.stdout) };
  },
  remove: (root, name, log, timeoutMs) =>
    root.runHost([...rpmArgs(root), '-e', '--nodeps', name], timeoutMs, log),
};

/** pacman on the host, working on the root's database, with the target's architecture. */
function pacmanArgs(root: Root, t: Target): string[] {
  const r = (p: string) => path.join(root.dir, p);
  return [
    'pacman',
    '--root',
    root.dir,
    '--dbpath',
    r('var/lib/pacman'),
    '--cachedir',
    r('var/cache/pacman/pkg'),
    '--logfile',
    r('var/log/pacman.log'),
    '--hookdir',
    r('etc/pacman.d/hooks'),
    '--config',
    '/dev/null',
    '--arch',
    t.archlinux ?? t.cpu,
    '--noconfirm',
  ];
}

/** Options of the transactions only: pacman 6.0 refuses `--noprogressbar` with -Q. */
const QUIET = ['--noprogressbar'];

/** The pacman manager for target `t` (its package architecture). */
export function pacmanManager(t: Target): PackageManager {
  return {
    kind: 'archlinux',
    keepsConfigOnRemove: false,
    async inspect(file, env) {
      const out = await hostQuery(['pacman', '--config', '/dev/null', '-Qip', file], env);
      const f = Object.fromEntries(
        lines(out).map((l) => [l.split(':')[0]!.trim(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      if (!f.Name || !f.Version) return `pacman -Qip could not read ${file}: not an Arch Linux package`;
      return { name: f.Name, version: f.Version, arch: f.Architecture ?? '' };
    },
    async prepare(root, log) {
      const r = await root.runHost(
        ['mkdir', '-p', path.join(root.dir, 'var/lib/pacman'), path.join(root.dir, 'var/cache/pacman/pkg')],
        QUERY_MS,
        log,
      );
      if (r.code !== 0) throw new Error(`preparing the pacman database in ${root.dir}: ${r.stderr.trim()}`);
    },
    async install(root, file, log, timeoutMs) {
      const r = await root.runHost(
        [...pacmanArgs(root, t), ...QUIET, '-U', '--nodeps', '--nodeps', file],
        timeoutMs,
        log,
      );
      const why = lines(`${r.stdout}\n${r.stderr}`).find((l) => /^error:|failed/.test(l));
      return { r, why: r.code === 0 ? undefined : why };
    },
    async installed(root, name) {
      const r = await root.runHost([...pacmanArgs(root, t), '-Q', name], QUERY_MS);
      return r.code === 0 ? r.stdout.trim().split(/\s+/)[1] : undefined;
    },
    async files(root, name) {
      const r = await root.runHost([...pacmanArgs(root, t), '-Qlq', name], QUERY_MS);
      // -Qii lists the backup files (pacman's config files) with the root's path in front
      const info = await root.runHost([...pacmanArgs(root, t), '-Qii', name], QUERY_MS);
      const backup = (/^Backup Files\s*:\s*\n((?:\S+\s+\S+\n)*)/m.exec(info.stdout)?.[1] ?? '')
        .split('\n')
        .map((l) => l.split(/\s+/)[1] ?? '')
        .filter(Boolean)
        .map((p) => `/${path.relative(root.dir, p)}`);
      return { files: lines(r.stdout).map((p) => (p.length > 1 ? p.replace(/\/$/, '') : p)), config: backup };
    },
    remove: (root, name, log, timeoutMs) =>
      root.runHost([...pacmanArgs(root, t), ...QUIET, '-R', '--nodeps', '--nodeps', name], timeoutMs, log),
  };
}

/** The manager for a manifest kind. */
export function managerFor(kind: PackageKind, t: Target): PackageManager {
  return kind === 'deb' ? dpkgManager : kind === 'rpm' ? rpmManager : pacmanManager(t);
}
