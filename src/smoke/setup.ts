/**
 * qemu-smoke-test sets up the machine itself, as setup-cross-toolchain does: it asks what is
 * missing for the targets it tests (an emulator, the binfmt_misc handler a root filesystem needs,
 * the cross C library, rpm, pacman, zstd) and installs those Debian packages with the toolchain's
 * apt installer and package cache. What only making a root filesystem needs (mmdebstrap, Debian's
 * keyring, arch-test) is installed when a root filesystem has to be made, so a run whose root comes
 * from the cache never installs it.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { which } from '../build/exec.js';
import type { Env } from '../build/types.js';
import type { Logger } from '../log.js';
import { hostTarget, type Target } from '../targets/index.js';
import { Apt, type AptExec } from '../toolchain/apt.js';
import type { PackageCache } from '../toolchain/cache.js';
import { installCached, osImage, osInfo, type CachedInstallResult } from '../toolchain/install.js';
import { runsNatively } from '../targets/native.js';
import { BINFMT_DIR, parseBinfmtEntry, type BinfmtEntry } from './host.js';
import type { PackageKind } from './managers.js';

/** What the smoke test does for one target. */
export interface SmokeNeed {
  target: Target;
  /** It runs built binaries. */
  binaries: boolean;
  /** The kinds of packages it installs (empty with `install: false`). */
  packages: PackageKind[];
}

/** What the machine has; the plan asks nothing else (a fake in the unit tests). */
export interface SmokeProbe {
  /** `cmd` is on PATH. */
  has(cmd: string): boolean;
  exists(file: string): boolean;
  /**
   * The binfmt_misc handler `name` (qemu-aarch64), when registered, its interpreter resolved to
   * the file on this machine ('' when there is none: registered from a container).
   */
  binfmt(name: string): BinfmtEntry | undefined;
  /** The kernel runs `t`'s programs itself (runsNatively). */
  native(t: Target): boolean;
}

export interface SetupItem {
  /** Debian package. */
  name: string;
  why: string;
}

export interface SmokeSetupPlan {
  /** Installed before the checks. */
  packages: SetupItem[];
  /** Installed only when a root filesystem has to be made. */
  rootfs: SetupItem[];
}

export const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/**
 * A handler that works inside a foreign chroot: a static interpreter (opened by the kernel, flag F,
 * or copied into the root by freshRoot), or one fixed from a file not on this machine (registered
 * from a container, as docker/setup-qemu-action does). qemu-user-binfmt's fixed handler is the
 * dynamic qemu, which cannot load its libraries inside the root.
 */
function chrootReady(e: BinfmtEntry | undefined): boolean {
  return !!e?.enabled && (e.interpreter.endsWith('-static') || (e.fixed && e.interpreter === ''));
}

/** The packages the smoke test of `needs` lacks on the machine `probe` describes. Pure. */
export function planSmokeSetup(needs: SmokeNeed[], probe: SmokeProbe): SmokeSetupPlan {
  const now = new Map<string, string>();
  const rootfs = new Map<string, string>();
  const add = (to: Map<string, string>, name: string, why: string) => {
    if (!to.has(name)) to.set(name, why);
  };
  // Windows targets run under wine (smoke/windows.ts): no root filesystem, no qemu.
  const installs = needs.some((n) => n.target.os !== 'windows' && n.packages.length);
  for (const n of needs) {
    const t = n.target;
    if (t.os === 'windows') {
      if (n.binaries || n.packages.length) {
        if (!probe.has('wine')) add(now, 'wine', `wine runs the ${t.triple} programs and installers`);
        if (!probe.has('wine64')) add(now, 'wine64', `wine64 runs 64-bit Windows programs`);
      }
      continue;
    }
    if (probe.native(t) || !t.qemu || !(n.binaries || n.packages.length)) continue;
    const q = t.qemu;
    if (n.binaries && !probe.has(q) && !probe.has(`${q}-static`))
      add(now, 'qemu-user-static', `${q}-static runs the ${t.triple} binaries`);
    if (n.binaries && !t.abi.startsWith('musl') && !probe.exists(`/usr/${t.gnu}/lib`))
      add(now, `libc6-${t.debian}-cross`, `/usr/${t.gnu}: the C library the ${t.triple} binaries load`);
    if (n.packages.length && !chrootReady(probe.binfmt(q))) {
      if (!probe.has(`${q}-static`))
        add(now, 'qemu-user-static', `${q}-static runs ${t.triple} programs inside its root filesystem`);
      if (!probe.has('update-binfmts'))
        add(now, 'binfmt-support', `update-binfmts registers the ${q} binfmt_misc handler`);
    }
    if (n.packages.length && !probe.has('arch-test'))
      add(rootfs, 'arch-test', `mmdebstrap checks that ${t.debian} programs run here`);
  }
  const kinds = new Set(needs.flatMap((n) => n.packages));
  if (kinds.has('rpm') && !probe.has('rpm')) add(now, 'rpm', 'rpm installs the rpm packages');
  if (kinds.has('archlinux') && !probe.has('pacman'))
    add(now, 'pacman-package-manager', 'pacman installs the Arch Linux packages');
  if (installs && !probe.has('zstd')) add(now, 'zstd', 'the root filesystems are .tar.zst');
  if (installs && !probe.has('mmdebstrap')) add(rootfs, 'mmdebstrap', 'makes the root filesystems');
  if (installs && !probe.exists(DEBIAN_KEYRING))
    add(rootfs, 'debian-archive-keyring', `${DEBIAN_KEYRING} checks the Debian archive`);
  const list = (m: Map<string, string>) => [...m].map(([name, why]) => ({ name, why }));
  return { packages: list(now), rootfs: list(rootfs) };
}

/** The probe of this machine, with `env.PATH` for commands. */
export function machineProbe(env: Env): SmokeProbe {
  return {
    has: (cmd) => !!which(cmd, env),
    exists: (f) => existsSync(f),
    binfmt(name) {
      try {
        const e = parseBinfmtEntry(readFileSync(path.join(BINFMT_DIR, name), 'utf8'));
        return { ...e, interpreter: existsSync(e.interpreter) ? realpathSync(e.interpreter) : '' };
      } catch {
        return undefined;
      }
    },
    native: runsNatively,
  };
}

export interface SmokeSetupOptions {
  env: Env;
  log: Logger;
  uid: number | undefined;
  /** RUNNER_TEMP: apt downloads into <tempDir>/distro-apt-cache/<set>/. */
  tempDir: string;
  /** undefined: no package cache. */
  cache?: PackageCache;
  /** Injected in tests. */
  exec?: AptExec;
  platform?: string;
}

/**
 * Installs `items` (one package set, `name` in the cache key) when there are any. Without apt-get
 * (another distribution) it only warns: the check that needs a tool then fails naming it.
 */
export async function installSmokePackages(
  items: SetupItem[],
  name: string,
  o: SmokeSetupOptions,
): Promise<CachedInstallResult | undefined> {
  if (items.length === 0) return undefined;
  const platform = o.platform ?? process.platform;
  const list = items.map((i) => i.name);
  if (platform !== 'linux' || !which('apt-get', o.env)) {
    o.log.warn(
      `qemu-smoke-test needs ${list.join(', ')} but cannot install them here (no apt-get): ` +
        items.map((i) => `${i.name} (${i.why})`).join('; '),
    );
    return undefined;
  }
  for (const i of items) o.log.info(`needs ${i.name}: ${i.why}`);
  const os = osInfo();
  const apt = new Apt({
    env: o.env,
    log: o.log,
    platform,
    uid: o.uid,
    exec: o.exec,
    release: os.codename || undefined,
    purpose: { action: 'qemu-smoke-test', what: 'the tools it tests with', key: 'input: install' },
  });
  return o.log.group(`apt-get install ${list.join(' ')}`, () =>
    installCached({
      apt,
      packages: list,
      name,
      image: osImage(o.env, os, hostTarget().arch),
      archives: path.join(o.tempDir, 'distro-apt-cache', name),
      store: o.cache,
      log: o.log,
    }),
  );
}
