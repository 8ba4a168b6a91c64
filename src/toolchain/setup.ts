/**
 * The setup-cross-toolchain stage: plan, install (apt, with the package cache), `rustup target
 * add`, write the CMake toolchain file and the Meson cross file, and return the variables to
 * export and the outputs. Takes plain values; the action entry exports and reports.
 */
import { existsSync } from 'node:fs';
import { access, constants, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { which } from '../build/exec.js';
import type { Env } from '../build/types.js';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import { TARGETS, hostTarget, resolveTarget, type Target } from '../targets/index.js';
import { runsNatively } from '../targets/native.js';
import { Apt, spawnExec, type AptExec } from './apt.js';
import { noCache, type PackageCache } from './cache.js';
import { installCached, osImage, osInfo, type CachedInstallResult } from './install.js';
import { planToolchain, type HostInfo, type ToolchainPlan } from './plan.js';

export interface SetupOptions {
  /** Target triple or alias; empty means the host. */
  target?: string;
  /** 'auto' (default): cargo variables, `rustup target add` when rustup is there (a failure warns); 'true': same, a failure is an error; 'false': no cargo variables. */
  rust?: 'auto' | 'true' | 'false';
  cargoBuildTarget?: boolean;
  go?: boolean;
  qemu?: boolean;
  cache?: boolean;
  /** Extra apt packages. */
  packages?: string[];
  /** RUNNER_TEMP: the files go to <tempDir>/distro-toolchain/<triple>/. */
  tempDir: string;
  env: Env;
  log: Logger;
  /** Injected in tests; default the running machine. */
  platform?: string;
  uid?: number;
  host?: HostInfo;
  exec?: AptExec;
  packageCache?: PackageCache;
  lockTimeout?: number;
  /** /etc/os-release, injectable. */
  osRelease?: string;
}

export interface SetupResult {
  target: Target;
  plan: ToolchainPlan;
  env: Record<string, string>;
  outputs: Record<string, string>;
  installed: string[];
  present: string[];
  /** hit: the key's entry; partial: an older entry of the target (restore key); miss; disabled; not needed (nothing to install). */
  cache: 'hit' | 'partial' | 'miss' | 'disabled' | 'not needed';
  cacheKey?: string;
  /** The key restored (differs from cacheKey on a partial hit). */
  restoredKey?: string;
  /** Which cache (GitHub Actions cache, local directory …). */
  cacheDescription?: string;
  /** Installed with `apt-get install --no-download` from the restored packages. */
  offline: boolean;
  /** .deb files downloaded by this run (with the cache on). */
  fetched?: number;
  /** Wall times in ms: cache restore, apt install (without restore and save), cache save, whole setup. */
  restoreMs: number;
  installMs: number;
  saveMs: number;
  totalMs: number;
}

async function binfmtWritable(): Promise<boolean> {
  try {
    await access('/proc/sys/fs/binfmt_misc/register', constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The error lines of rustup's output, without its backtrace. */
function rustupError(out: string): string {
  const lines = out.split('\n').filter((l) => /error/i.test(l));
  return (lines.length ? lines : out.trim().split('\n')).slice(0, 3).join('\n');
}

export async function setupToolchain(o: SetupOptions): Promise<SetupResult> {
  const t0 = Date.now();
  const platform = o.platform ?? process.platform;
  const host: HostInfo = o.host ?? {
    target: hostTarget(),
    binfmt: platform === 'linux' && (await binfmtWritable()),
    qemuStatic: platform === 'linux' && existsSync('/usr/bin/qemu-aarch64-static'),
    wine: !!which('wine', o.env),
  };
  if (!o.host && platform === 'linux')
    host.nativeTargets = TARGETS.filter((t) => t !== host.target && runsNatively(t)).map((t) => t.triple);
  const target = o.target ? resolveTarget(o.target, 'input: target') : host.target;
  const os = osInfo(o.osRelease);
  const rustMode = o.rust ?? 'auto';
  const plan = planToolchain(target, host, {
    debianRelease: os.codename,
    rust: rustMode !== 'false',
    cargoBuildTarget: o.cargoBuildTarget,
    go: o.go,
    qemu: o.qemu,
    packages: o.packages,
  });
  o.log.info(
    `setup-cross-toolchain: ${target.triple} on ${host.target.triple} (${os.id} ${os.version || os.codename})`,
  );

  let inst: CachedInstallResult | undefined;
  const store = o.cache === false ? undefined : (o.packageCache ?? noCache);
  const t1 = Date.now();
  if (plan.packages.length) {
    const apt = new Apt({
      env: o.env,
      log: o.log,
      platform,
      uid: o.uid ?? process.getuid?.(),
      exec: o.exec ?? spawnExec,
      lockTimeout: o.lockTimeout,
      release: os.codename || undefined,
    });
    inst = await o.log.group(`apt-get install ${plan.packages.join(' ')}`, () =>
      installCached({
        apt,
        packages: plan.packages,
        name: target.triple,
        image: osImage(o.env, os, host.target.arch),
        archives: path.join(o.tempDir, 'distro-apt-cache', target.triple),
        snapshotDir: path.join(o.tempDir, 'distro-installed-cache', target.triple),
        store,
        log: o.log,
      }),
    );
  }
  const restoreMs = inst?.restoreMs ?? 0;
  const saveMs = inst?.saveMs ?? 0;
  const cache = inst?.cache ?? 'not needed';
  const installMs = Date.now() - t1 - restoreMs - saveMs;

  if (rustMode !== 'false') {
    if (which('rustup', o.env)) {
      o.log.info(`$ rustup target add ${target.triple}`);
      const r = await spawnExec(['rustup', 'target', 'add', target.triple], o.env, o.log, true);
      if (r.code !== 0) {
        const msg = `\`rustup target add ${target.triple}\` failed (exit ${r.code}): ${rustupError(r.output)}`;
        if (rustMode === 'true') throw new DistroError(msg, { key: 'input: rust' });
        o.log.warn(`${msg}; the cargo variables are exported anyway (set rust: false to skip Rust).`);
      }
    } else if (rustMode === 'true') {
      throw new DistroError(
        "input 'rust' is true but rustup is not on PATH: install Rust with rustup (https://rustup.rs) or dtolnay/rust-toolchain before this step.",
        { key: 'input: rust' },
      );
    }
  }

  const dir = path.join(o.tempDir, 'distro-toolchain', target.triple);
  await mkdir(dir, { recursive: true });
  const cmakeFile = path.join(dir, 'toolchain.cmake');
  const mesonFile = path.join(dir, 'meson-cross.ini');
  await writeFile(cmakeFile, plan.files.cmake);
  await writeFile(mesonFile, plan.files.meson);

  const env: Record<string, string> = { ...plan.env, CMAKE_TOOLCHAIN_FILE: cmakeFile };
  const outputs: Record<string, string> = {
    target: target.triple,
    ...plan.outputs,
    'cmake-toolchain-file': cmakeFile,
    'meson-cross-file': mesonFile,
    packages: plan.packages.join(' '),
    'cache-hit': String(cache === 'hit'),
  };
  return {
    target,
    plan,
    env,
    outputs,
    installed: inst?.installed ?? [],
    present: inst?.present ?? [],
    cache,
    cacheKey: inst?.key,
    restoredKey: inst?.restoredKey,
    cacheDescription: store?.description,
    offline: inst?.offline ?? false,
    fetched: inst?.fetched,
    restoreMs,
    installMs,
    saveMs,
    totalMs: Date.now() - t0,
  };
}
