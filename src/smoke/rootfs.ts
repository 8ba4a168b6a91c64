/**
 * Debian root filesystems of a target's architecture, for installing packages under emulation.
 *
 * A root is made once by mmdebstrap (minbase: dpkg, apt and a shell, nothing else) as a
 * `.tar.zst`, kept in a local directory and, on GitHub, in the Actions cache under a key of
 * (suite, architecture, variant, extra packages, mirror); each package check then unpacks a fresh
 * copy, so one package's leftovers never affect the next. The suite follows the architecture:
 * bookworm has amd64, arm64, armhf, i386, ppc64el and s390x; riscv64 is official from trixie.
 */
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempPath } from '../atomic.js';
import type { Env } from '../build/types.js';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Target } from '../targets/index.js';
import type { PackageCache } from '../toolchain/cache.js';
import { describeEnd, runCommand, type CheckLog, type RunOutcome } from './exec.js';
import type { AsRoot, BinfmtEntry } from './host.js';

/** Debian architectures each suite has (official ports). */
const SUITE_ARCHES: Record<string, string[]> = {
  bookworm: ['amd64', 'arm64', 'armel', 'armhf', 'i386', 'mips64el', 'mipsel', 'ppc64el', 's390x'],
  trixie: ['amd64', 'arm64', 'armel', 'armhf', 'i386', 'ppc64el', 'riscv64', 's390x'],
};

export const DEFAULT_MIRROR = 'http://deb.debian.org/debian';

export interface RootfsSpec {
  suite: string;
  /** Debian architecture. */
  arch: string;
  variant: 'minbase';
  /** Extra packages (`smoke.packages`), sorted. */
  packages: string[];
  mirror: string;
}

/** The root filesystem a target's packages are tried in: `suite` given, else bookworm (trixie for riscv64). */
export function rootfsSpec(
  t: Target,
  o: { suite?: string; packages?: string[]; mirror?: string } = {},
): RootfsSpec {
  if (!t.debian || t.os !== 'linux') {
    throw new DistroError(
      `input 'target': ${t.triple} has no Debian architecture to install packages into.`,
      {
        key: 'input: target',
      },
    );
  }
  const suite = o.suite || (SUITE_ARCHES.bookworm!.includes(t.debian) ? 'bookworm' : 'trixie');
  const known = SUITE_ARCHES[suite];
  if (known && !known.includes(t.debian)) {
    const other = Object.keys(SUITE_ARCHES).filter((s) => SUITE_ARCHES[s]!.includes(t.debian!));
    throw new DistroError(
      `smoke.suite: Debian ${suite} has no ${t.debian} port (for ${t.triple}); use ${other.join(' or ')}.`,
      { key: 'smoke.suite' },
    );
  }
  return {
    suite,
    arch: t.debian,
    variant: 'minbase',
    packages: [...new Set(o.packages ?? [])].sort(),
    mirror: o.mirror || DEFAULT_MIRROR,
  };
}

/** The cache key of a root filesystem: readable parts, and a hash of the package list and mirror. */
export function rootfsKey(s: RootfsSpec): string {
  const h = createHash('sha256')
    .update(JSON.stringify([s.packages, s.mirror]))
    .digest('hex')
    .slice(0, 16);
  return `distro-rootfs-v1-${s.suite}-${s.arch}-${s.variant}-${h}`;
}

/** Where root filesystem tarballs are kept (`dir`) and the cache behind it (GitHub's, or none). */
export interface RootfsStore {
  dir: string;
  cache: PackageCache;
}

export interface RootfsTarball {
  file: string;
  /** local: already in the store's directory; cache: restored; built: made by mmdebstrap now. */
  source: 'local' | 'cache' | 'built';
  ms: number;
}

interface RootOptions {
  env: Env;
  log: Logger;
  asRoot: AsRoot;
  /** Variables every command inside the root gets (what qemu-user needs for emulated targets). */
  guestEnv?: Record<string, string>;
}

function failure(what: string, r: RunOutcome, timeoutMs: number): DistroError {
  const tail = `${r.stdout}${r.stderr}`.trim().split('\n').slice(-15).join('\n');
  return new DistroError(`${what}: \`${r.command}\` ${describeEnd(r, timeoutMs)}:\n${tail}`, {
    key: 'smoke.suite',
  });
}

/**
 * The tarball of `spec`'s root filesystem: from the store's directory, else the cache, else made
 * with mmdebstrap (written beside and renamed in, then saved to the cache). `prepare` runs only
 * before mmdebstrap (it installs what making a root needs).
 */
export async function ensureRootfs(
  spec: RootfsSpec,
  store: RootfsStore,
  o: RootOptions & { prepare?: () => Promise<void> },
): Promise<RootfsTarball> {
  const t0 = performance.now();
  const key = rootfsKey(spec);
  const file = path.join(store.dir, `${key}.tar.zst`);
  const ms = () => Math.round(performance.now() - t0);
  if (existsSync(file)) return { file, source: 'local', ms: ms() };
  await mkdir(store.dir, { recursive: true });
  if (await store.cache.restore([file], key, []).catch(() => undefined)) {
    if (existsSync(file)) return { file, source: 'cache', ms: ms() };
  }
  await o.prepare?.();
  const tmp = tempPath(file, '.tar.zst'); // a cancelled job's half tarball is removed on the signal
  const argv = [
    'mmdebstrap',
    '--quiet',
    `--variant=${spec.variant}`,
    `--architectures=${spec.arch}`,
    ...(spec.packages.length ? [`--include=${spec.packages.join(',')}`] : []),
    spec.suite,
    tmp,
    spec.mirror,
  ];
  const timeoutMs = 30 * 60_000;
  await o.log.group(`Making the ${spec.suite} ${spec.arch} root filesystem (mmdebstrap)`, async () => {
    const r = await runCommand(o.asRoot(argv), { env: o.env, timeoutMs });
    if (r.spawnError || r.code !== 0) {
      await rm(tmp, { force: true });
      if (r.spawnError?.includes('ENOENT'))
        throw new DistroError(
          'mmdebstrap is not installed: install it with `apt-get install mmdebstrap` (it makes the root filesystems packages are installed into).',
          { key: 'input: install' },
        );
      throw failure(`making the ${spec.suite} ${spec.arch} root filesystem failed`, r, timeoutMs);
    }
  });
  await rename(tmp, file);
  await store.cache
    .save([file], key)
    .catch((e: unknown) => o.log.warn(`could not cache ${key}: ${String(e)}`));
  return { file, source: 'built', ms: ms() };
}

const ROOT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** An unpacked root filesystem: commands run inside it through chroot, with a clean environment. */
export class Root {
  constructor(
    /** The root directory. */
    readonly dir: string,
    /** The directory holding it (and the overlay's layers), removed by `remove()`. */
    private readonly top: string,
    private readonly mounted: boolean,
    private readonly o: RootOptions,
  ) {}

  /** argv run as root on the host with a clean environment (`env -i`). */
  hostArgv(argv: string[], extraEnv: string[] = []): string[] {
    return this.o.asRoot(['env', '-i', ROOT_PATH, 'LC_ALL=C', 'HOME=/root', ...extraEnv, ...argv]);
  }

  /** Runs argv inside the root (`chroot <dir> …`). */
  run(argv: string[], timeoutMs: number, log?: CheckLog): Promise<RunOutcome> {
    return runCommand(
      this.hostArgv(
        ['chroot', this.dir, ...argv],
        [
          'DEBIAN_FRONTEND=noninteractive',
          'TERM=dumb',
          ...Object.entries(this.o.guestEnv ?? {}).map(([k, v]) => `${k}=${v}`),
        ],
      ),
      { env: this.o.env, timeoutMs, log },
    );
  }

  /** Runs a host tool (rpm --root, pacman --root) as root. */
  runHost(argv: string[], timeoutMs: number, log?: CheckLog): Promise<RunOutcome> {
    return runCommand(this.hostArgv(argv), { env: this.o.env, timeoutMs, log });
  }

  /** Copies a host file into the root (as root: the root's directories are root's). */
  async copyIn(file: string, inRoot: string, mode = '0644'): Promise<void> {
    const r = await runCommand(
      this.o.asRoot(['install', '-D', '-m', mode, file, path.join(this.dir, inRoot)]),
      { env: this.o.env, timeoutMs: 60_000 },
    );
    if (r.code !== 0) throw failure(`copying ${file} into ${this.dir}`, r, 60_000);
  }

  /** Unmounts and deletes the root. */
  async remove(): Promise<void> {
    const env = this.o.env;
    if (this.mounted) await runCommand(this.o.asRoot(['umount', this.dir]), { env, timeoutMs: 60_000 });
    await runCommand(this.o.asRoot(['rm', '-rf', '--one-file-system', this.top]), {
      env,
      timeoutMs: 300_000,
    });
  }
}

/**
 * The unpacked copy of a root filesystem tarball (`<tarball without .tar.zst>/`), unpacked once
 * (beside, then renamed in) and never changed: each check gets an overlay on top of it.
 */
export async function unpackRootfs(tarball: string, o: RootOptions): Promise<string> {
  const dir = tarball.replace(/\.tar\.zst$/, '');
  if (existsSync(path.join(dir, 'etc'))) return dir;
  const tmp = tempPath(dir);
  const timeoutMs = 600_000;
  await runCommand(o.asRoot(['rm', '-rf', '--one-file-system', tmp]), { env: o.env, timeoutMs });
  await mkdir(tmp, { recursive: true });
  const r = await runCommand(
    o.asRoot(['tar', '--zstd', '-xf', tarball, '-C', tmp, '--numeric-owner', '--same-permissions']),
    { env: o.env, timeoutMs },
  );
  if (r.code !== 0) {
    await runCommand(o.asRoot(['rm', '-rf', '--one-file-system', tmp]), { env: o.env, timeoutMs });
    throw failure(`unpacking ${tarball}`, r, timeoutMs);
  }
  await rename(tmp, dir).catch(async (e: NodeJS.ErrnoException) => {
    // Unpacked by another run meanwhile: keep theirs.
    if (!existsSync(path.join(dir, 'etc'))) throw e;
    await runCommand(o.asRoot(['rm', '-rf', '--one-file-system', tmp]), { env: o.env, timeoutMs });
  });
  return dir;
}

/**
 * A fresh root for one check: an overlay mount whose lower layer is the unpacked root `base`
 * (milliseconds, whatever the root's size), or a copy of it where overlays cannot be mounted.
 * A binfmt handler that is not fixed (no flag F) is looked up inside the root, so its
 * interpreter is copied in.
 */
export async function freshRoot(
  base: string,
  parent: string,
  o: RootOptions & { binfmt?: BinfmtEntry },
): Promise<Root> {
  await mkdir(parent, { recursive: true });
  const top = await mkdtemp(path.join(parent, 'root-'));
  const dir = path.join(top, 'merged');
  for (const d of ['upper', 'work', 'merged']) await mkdir(path.join(top, d));
  const opts = `lowerdir=${base},upperdir=${path.join(top, 'upper')},workdir=${path.join(top, 'work')}`;
  const m = await runCommand(o.asRoot(['mount', '-t', 'overlay', 'overlay', '-o', opts, dir]), {
    env: o.env,
    timeoutMs: 60_000,
  });
  const root = new Root(dir, top, m.code === 0, o);
  if (m.code !== 0) {
    o.log.debug(`overlay mount failed (${m.stderr.trim()}); copying the root instead`);
    const c = await runCommand(o.asRoot(['cp', '-a', `${base}/.`, dir]), { env: o.env, timeoutMs: 600_000 });
    if (c.code !== 0) {
      await root.remove();
      throw failure(`copying the root filesystem ${base}`, c, 600_000);
    }
  }
  const interp = o.binfmt && !o.binfmt.fixed ? o.binfmt.interpreter : '';
  if (interp) await root.copyIn(realpathSync(interp), interp, '0755');
  return root;
}
