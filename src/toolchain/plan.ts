/**
 * What setup-cross-toolchain does for one target, decided without touching the machine: the apt
 * packages, the environment to export, the CMake toolchain file and the Meson cross file. Pure, so
 * every target's plan is unit-tested without apt.
 *
 * Approaches:
 * - Linux glibc targets: Debian's cross toolchains (`gcc-<gnu>`, `g++-<gnu>`, `binutils-<gnu>`,
 *   `libc6-dev-<debian arch>-cross`), whose target libraries live in `/usr/<gnu>` (the "sysroot"
 *   for qemu -L and CMake's find root; gcc itself is not given `--sysroot`, Debian's cross gcc
 *   finds its headers and libraries without one).
 * - Windows gnu targets: mingw-w64 (`gcc-mingw-w64-x86-64`, …); wine is the runner when installed.
 * - musl targets: Debian's `musl-tools` (`musl-gcc`, C only) for the host CPU's musl target; other
 *   musl targets are not supported by apt packages and fail with a clear error.
 * - The host target: no packages, the same variables with the host tools.
 */
import { DistroError } from '../errors.js';
import { TARGETS, type Target } from '../targets/index.js';
import { qemuEnvArgs } from '../targets/native.js';

export interface HostInfo {
  /** The machine's own target (hostTarget()). */
  target: Target;
  /** binfmt_misc is mounted and writable, so qemu-user-binfmt can register interpreters. */
  binfmt?: boolean;
  /**
   * qemu-user-static is installed: its handlers are registered already, and qemu-user-binfmt
   * would replace it (the two conflict), taking the static interpreters foreign chroots need.
   */
  qemuStatic?: boolean;
  /** wine is on PATH (runner for Windows targets). */
  wine?: boolean;
  /**
   * Targets other than the host whose programs the kernel runs itself (i686 on an x86_64 kernel
   * with IA32 emulation), as found by running a probe program (targets/native.ts).
   */
  nativeTargets?: string[];
}

export interface PlanOptions {
  /** `VERSION_CODENAME` of /etc/os-release, for messages. */
  debianRelease?: string;
  /** Export the cargo/cc-crate variables (default true). */
  rust?: boolean;
  /** Also export CARGO_BUILD_TARGET (default false). */
  cargoBuildTarget?: boolean;
  /** Export GOOS/GOARCH/GOARM/CGO_ENABLED (default true). */
  go?: boolean;
  /** Install qemu-user and export the runner (default true). */
  qemu?: boolean;
  /** Extra apt packages to install with the toolchain. */
  packages?: string[];
}

export interface ToolchainPlan {
  target: Target;
  /** Whether the target is the host (no cross compiler). */
  native: boolean;
  /** apt packages, in install order, without duplicates. */
  packages: string[];
  /** Variables to export (GITHUB_ENV). */
  env: Record<string, string>;
  /** Contents of the CMake toolchain file and the Meson cross file. */
  files: { cmake: string; meson: string };
  /** cc, cxx, ar, strip, sysroot, runner (the runner as one command line, '' when none). */
  outputs: { cc: string; cxx: string; ar: string; strip: string; sysroot: string; runner: string };
  /** The runner as argv (qemu-aarch64 -L /usr/aarch64-linux-gnu), empty when binaries run natively. */
  runner: string[];
}

/** `gcc-<gnu>` spelling of a GNU triple in Debian package names (`x86_64` → `x86-64`). */
export function debPackageTriple(gnu: string): string {
  return gnu.replace(/_/g, '-');
}

/** Targets this action can set up on a host (for error messages and docs). */
export function supportedTargets(host: Target): Target[] {
  return TARGETS.filter((t) => supportReason(t, host) === undefined);
}

/** Why `t` cannot be set up on `host`, or undefined when it can. */
function supportReason(t: Target, host: Target): string | undefined {
  if (t.os === 'linux' && t.abi.startsWith('musl')) {
    if (t.cpu !== host.cpu)
      return `${t.triple} would need a musl cross compiler, which Debian does not package (musl-tools serves the host CPU only); use \`cargo zigbuild\` or a musl.cc toolchain, or build it on a ${t.cpu} runner`;
    return undefined;
  }
  if (t.os === 'linux') {
    if (!t.debian) return `${t.triple} has no Debian architecture`;
    return undefined;
  }
  if (t.os === 'windows' && t.abi === 'gnu') return undefined;
  if (t.os === 'windows')
    return `${t.triple} needs the MSVC toolchain: run on a windows-latest runner, or use ${t.cpu}-pc-windows-gnu (mingw-w64)`;
  if (t.os === 'darwin') return `${t.triple} needs Apple's SDK: run on a macos-latest runner`;
  return `${t.triple} has no cross toolchain in Debian: build it on a ${t.os} machine`;
}

/** CMake's CMAKE_SYSTEM_PROCESSOR (uname -m style). */
function cmakeProcessor(t: Target): string {
  if (t.os === 'windows') return t.cpu === 'x86_64' ? 'AMD64' : t.cpu === 'aarch64' ? 'ARM64' : 'X86';
  return { armv7: 'armv7l', riscv64gc: 'riscv64', powerpc64le: 'ppc64le' }[t.cpu] ?? t.cpu;
}

/** Meson's cpu_family and cpu. */
function mesonCpu(t: Target): { family: string; cpu: string } {
  const family =
    {
      x86_64: 'x86_64',
      i686: 'x86',
      aarch64: 'aarch64',
      armv7: 'arm',
      riscv64gc: 'riscv64',
      powerpc64le: 'ppc64',
      s390x: 's390x',
    }[t.cpu] ?? t.cpu;
  const cpu = { riscv64gc: 'riscv64', powerpc64le: 'ppc64le', armv7: 'armv7hl' }[t.cpu] ?? t.cpu;
  return { family, cpu };
}

/** `aarch64-unknown-linux-gnu` → `AARCH64_UNKNOWN_LINUX_GNU` (cargo's spelling). */
export function cargoTripleVar(triple: string): string {
  return triple.replace(/[-.]/g, '_').toUpperCase();
}

function quoteMeson(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function quoteCmake(s: string): string {
  return `"${s.replace(/\\/g, '/').replace(/"/g, '\\"')}"`;
}

export function planToolchain(target: Target, host: HostInfo, o: PlanOptions = {}): ToolchainPlan {
  const why = supportReason(target, host.target);
  if (why) {
    throw new DistroError(
      `input 'target': setup-cross-toolchain cannot set up ${why}. Supported here: ${supportedTargets(
        host.target,
      )
        .map((t) => t.triple)
        .join(', ')}.`,
      { key: 'input: target' },
    );
  }
  const rust = o.rust ?? true;
  const go = o.go ?? true;
  const qemu = o.qemu ?? true;
  const native = target.triple === host.target.triple;
  const runsHere =
    (target.os === host.target.os && target.cpu === host.target.cpu) ||
    !!host.nativeTargets?.includes(target.triple);
  const packages: string[] = [];
  let prefix = '';
  let cc: string;
  let cxx: string;
  let sysroot = '';
  let runner: string[] = [];
  let pkgLibdir = '';

  if (native) {
    cc = 'gcc';
    cxx = 'g++';
  } else if (target.os === 'linux' && target.abi.startsWith('musl')) {
    // musl-tools: a gcc wrapper around the host's musl; C only.
    packages.push('musl-tools');
    cc = 'musl-gcc';
    cxx = '';
    pkgLibdir = `/usr/lib/musl/lib/pkgconfig`;
  } else if (target.os === 'linux') {
    const deb = debPackageTriple(target.gnu);
    packages.push(`gcc-${deb}`, `g++-${deb}`, `binutils-${deb}`, `libc6-dev-${target.debian!}-cross`);
    prefix = `${target.gnu}-`;
    cc = `${prefix}gcc`;
    cxx = `${prefix}g++`;
    sysroot = `/usr/${target.gnu}`;
    pkgLibdir = `/usr/lib/${target.gnu}/pkgconfig:/usr/${target.gnu}/lib/pkgconfig:/usr/share/pkgconfig`;
    if (runsHere && target.debian === 'i386' && host.target.debian === 'amd64') {
      // The kernel runs i686 programs, but the loader and libraries they link must be where the
      // ELF says (/lib/ld-linux.so.2): Debian's 32-bit runtime for amd64 hosts puts them there.
      packages.push('libc6-i386', 'lib32gcc-s1', 'lib32stdc++6');
    } else if (qemu && !runsHere) {
      packages.push('qemu-user');
      if (host.binfmt && !host.qemuStatic) packages.push('qemu-user-binfmt');
      runner = [target.qemu!, ...qemuEnvArgs(target), '-L', sysroot];
    }
  } else {
    // Windows, mingw-w64.
    const deb = target.cpu === 'x86_64' ? 'x86-64' : target.cpu;
    packages.push(`gcc-mingw-w64-${deb}`, `g++-mingw-w64-${deb}`, `binutils-mingw-w64-${deb}`);
    prefix = `${target.gnu}-`;
    cc = `${prefix}gcc`;
    cxx = `${prefix}g++`;
    sysroot = `/usr/${target.gnu}`;
    pkgLibdir = `/usr/${target.gnu}/lib/pkgconfig`;
    if (qemu && host.wine) runner = ['wine'];
  }
  for (const p of o.packages ?? []) packages.push(p);

  const ar = prefix ? `${prefix}ar` : 'ar';
  const ranlib = prefix ? `${prefix}ranlib` : 'ranlib';
  const strip = prefix ? `${prefix}strip` : 'strip';
  const runnerLine = runner.join(' ');

  const env: Record<string, string> = {
    CC: cc,
    ...(cxx ? { CXX: cxx } : {}),
    AR: ar,
    RANLIB: ranlib,
    STRIP: strip,
  };
  if (!native && pkgLibdir) {
    env.PKG_CONFIG_LIBDIR = pkgLibdir;
    env.PKG_CONFIG_SYSROOT_DIR = '/';
    env.PKG_CONFIG_ALLOW_CROSS = '1';
  }
  if (sysroot && target.os === 'linux') env.QEMU_LD_PREFIX = sysroot;
  if (rust) {
    const u = target.triple.replace(/-/g, '_');
    const T = cargoTripleVar(target.triple);
    env[`CC_${u}`] = cc;
    if (cxx) env[`CXX_${u}`] = cxx;
    env[`AR_${u}`] = ar;
    env[`CARGO_TARGET_${T}_LINKER`] = cc;
    if (runnerLine) env[`CARGO_TARGET_${T}_RUNNER`] = runnerLine;
    if (o.cargoBuildTarget) env.CARGO_BUILD_TARGET = target.triple;
  }
  if (go) {
    env.GOOS = target.go.goos;
    env.GOARCH = target.go.goarch;
    if (target.go.goarm) env.GOARM = target.go.goarm;
    env.CGO_ENABLED = '1';
  }

  // ---- CMake toolchain file ----
  const cm: string[] = [
    `# CMake toolchain file for ${target.triple}, written by distro-actions setup-cross-toolchain.`,
  ];
  if (!native) {
    cm.push(`set(CMAKE_SYSTEM_NAME ${target.os === 'windows' ? 'Windows' : 'Linux'})`);
    cm.push(`set(CMAKE_SYSTEM_PROCESSOR ${cmakeProcessor(target)})`);
  }
  cm.push(`set(CMAKE_C_COMPILER ${quoteCmake(cc)})`);
  if (cxx) cm.push(`set(CMAKE_CXX_COMPILER ${quoteCmake(cxx)})`);
  cm.push(`set(CMAKE_AR ${quoteCmake(ar)} CACHE FILEPATH "archiver")`);
  cm.push(`set(CMAKE_RANLIB ${quoteCmake(ranlib)} CACHE FILEPATH "ranlib")`);
  cm.push(`set(CMAKE_STRIP ${quoteCmake(strip)} CACHE FILEPATH "strip")`);
  if (target.os === 'windows') cm.push(`set(CMAKE_RC_COMPILER ${quoteCmake(`${prefix}windres`)})`);
  if (sysroot) {
    // Debian's cross gcc is not a --sysroot compiler: /usr/<gnu> is where find_* look, not CMAKE_SYSROOT.
    cm.push(`set(CMAKE_FIND_ROOT_PATH ${quoteCmake(sysroot)})`);
    cm.push('set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)');
    cm.push('set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)');
    cm.push('set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)');
    cm.push('set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)');
    if (target.os === 'linux') cm.push(`set(CMAKE_LIBRARY_ARCHITECTURE ${target.gnu})`);
  }
  if (runner.length) cm.push(`set(CMAKE_CROSSCOMPILING_EMULATOR ${runner.map(quoteCmake).join(' ')})`);
  if (!native && pkgLibdir) {
    cm.push(`set(ENV{PKG_CONFIG_LIBDIR} ${quoteCmake(pkgLibdir)})`);
    cm.push(`set(ENV{PKG_CONFIG_SYSROOT_DIR} "/")`);
  }

  // ---- Meson cross file ----
  const { family, cpu } = mesonCpu(target);
  const ms: string[] = [
    `# Meson cross file for ${target.triple}, written by distro-actions setup-cross-toolchain.`,
    '[binaries]',
    `c = ${quoteMeson(cc)}`,
    ...(cxx ? [`cpp = ${quoteMeson(cxx)}`] : []),
    `ar = ${quoteMeson(ar)}`,
    `strip = ${quoteMeson(strip)}`,
    `pkg-config = 'pkg-config'`,
    ...(target.os === 'windows' ? [`windres = ${quoteMeson(`${prefix}windres`)}`] : []),
    ...(runner.length ? [`exe_wrapper = [${runner.map(quoteMeson).join(', ')}]`] : []),
    '',
    '[properties]',
    ...(pkgLibdir && !native
      ? [`pkg_config_libdir = [${pkgLibdir.split(':').map(quoteMeson).join(', ')}]`]
      : []),
    ...(!native && runner.length === 0 ? ['needs_exe_wrapper = true'] : []),
    '',
    '[host_machine]',
    `system = ${quoteMeson(target.os)}`,
    `cpu_family = ${quoteMeson(family)}`,
    `cpu = ${quoteMeson(cpu)}`,
    `endian = ${quoteMeson(target.binary.endian === 'le' ? 'little' : 'big')}`,
  ];

  return {
    target,
    native,
    packages: [...new Set(packages)],
    env,
    files: { cmake: cm.join('\n') + '\n', meson: ms.join('\n') + '\n' },
    outputs: { cc, cxx, ar, strip, sysroot, runner: runnerLine },
    runner,
  };
}
