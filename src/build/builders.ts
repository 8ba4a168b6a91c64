/**
 * The five builders. Each runs its tool for one target and profile and says where the binaries
 * are; buildTarget (build.ts) collects, checks, strips and records them.
 *
 * Profiles:
 * - debug: C `-O0 -g`, cargo dev profile, Go `-gcflags=all=-N -l`; never stripped.
 * - release: C `-O2`, `cargo --release`, Go `-ldflags=-s -w`; stripped.
 * - performance: C `-O3 -flto` (cmake: CMAKE_INTERPROCEDURAL_OPTIMIZATION=ON), cargo release with
 *   LTO and one codegen unit; Go has no LTO, so performance builds like release (a default.pgo in the
 *   main package is used by Go ≥ 1.21 on its own).
 *
 * Reproducibility: SOURCE_DATE_EPOCH, LC_ALL=C, TZ=UTC for every tool; C `-ffile-prefix-map` and
 * `-fdebug-prefix-map` of the project (and the cmake build directory); Go `-trimpath`; Rust
 * `--remap-path-prefix` of the project, the target directory and CARGO_HOME.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Target } from '../targets/types.js';
import type { BuildConfig } from '../config/types.js';
import { query, run, splitCommand, which } from './exec.js';
import type { BuilderName, Env, Profile } from './types.js';

/** What the builders share. */
export interface BuildContext {
  projectDir: string;
  outDir: string;
  workDir: string;
  target: Target;
  host: Target;
  cross: boolean;
  profile: Profile;
  /** Names of the binaries to collect (no `.exe`). */
  binaries: string[];
  version: string;
  sourceDateEpoch: number;
  build: BuildConfig;
  /** `command` for the command builder (explicit option or build.command). */
  command?: string | string[];
  /** The build environment: the given env, build.env, and the reproducibility variables. */
  env: Env;
  log: Logger;
  /** Filled by the builder for build-info.json. */
  tools: Record<string, string>;
  flags: Record<string, string | string[]>;
  commands: string[][];
}

export interface BuilderOutput {
  /** Directories to look for `<name><exe>` in, in order. */
  dirs: string[];
  /** A directory to search recursively (a few levels) when the name is in none of `dirs`. */
  deep?: string;
  /** The binaries are already stripped (Go `-s -w`). */
  stripped?: boolean;
  /** Extra places to mention in a "not produced" error. */
  note?: string;
}

const jobs = (): number => Math.max(1, availableParallelism());

/** `${VERSION}`, `${TARGET}`, `${PROFILE}`, `${OUT_DIR}` (also with a `DISTRO_` prefix) in builder strings. */
export function expandPlaceholders(s: string, ctx: BuildContext): string {
  const vars: Record<string, string> = {
    VERSION: ctx.version,
    TARGET: ctx.target.triple,
    PROFILE: ctx.profile,
    OUT_DIR: ctx.outDir,
  };
  return s.replace(/\$\{(?:DISTRO_)?(VERSION|TARGET|PROFILE|OUT_DIR)\}/g, (_m, k: string) => vars[k]);
}

async function runLogged(
  ctx: BuildContext,
  argv: string[],
  opts: { cwd: string; env?: Env; key?: string; advice?: (out: string) => string | undefined },
): Promise<void> {
  ctx.commands.push(argv);
  await run(argv, {
    cwd: opts.cwd,
    env: opts.env ?? ctx.env,
    log: ctx.log,
    key: opts.key,
    advice: opts.advice,
  });
}

async function recordVersion(ctx: BuildContext, name: string, argv: string[]): Promise<void> {
  const out = await query(argv, ctx.projectDir, ctx.env);
  ctx.tools[name] = out ? out.split('\n')[0].trim() : 'unknown';
}

// ---------------------------------------------------------------------------------------------
// C toolchain

export interface CToolchain {
  cc?: string;
  cxx?: string;
  ar?: string;
}

/**
 * The C toolchain for the target: CC/CXX/AR from the environment (setup-cross-toolchain exports
 * them), else for a cross build `<gnu>-gcc` / `<gnu>-g++` / `<gnu>-ar` when on PATH, else nothing
 * (the tool's own default, right for host builds).
 */
export function cToolchain(ctx: BuildContext): CToolchain {
  const env = ctx.env;
  const pick = (v: string | undefined, tool: string): string | undefined => {
    if (v) return v;
    if (!ctx.cross || !ctx.target.gnu) return undefined;
    const name = `${ctx.target.gnu}-${tool}`;
    return which(name, env) ? name : undefined;
  };
  return { cc: pick(env.CC, 'gcc'), cxx: pick(env.CXX, 'g++'), ar: pick(env.AR, 'ar') };
}

function warnNoCrossCompiler(ctx: BuildContext): void {
  ctx.log.warn(
    `no C compiler for ${ctx.target.triple}: CC is not set and ${ctx.target.gnu}-gcc is not on PATH, so the build uses the host compiler. ` +
      `Run the setup-cross-toolchain action first, set CC, or install gcc-${ctx.target.gnu.replace(/_/g, '-')}.`,
    { key: 'target' },
  );
}

function prefixMaps(dirs: Array<[from: string, to: string]>): string[] {
  return dirs.flatMap(([from, to]) => [
    `-ffile-prefix-map=${from}=${to}`,
    `-fdebug-prefix-map=${from}=${to}`,
  ]);
}

const C_OPT: Record<Profile, string> = { debug: '-O0 -g', release: '-O2', performance: '-O3 -flto' };
const C_LDOPT: Record<Profile, string> = { debug: '', release: '', performance: '-O3 -flto' };

const join = (...parts: Array<string | undefined>): string => parts.filter((p) => p && p.trim()).join(' ');

// ---------------------------------------------------------------------------------------------
// make

async function buildMake(ctx: BuildContext): Promise<BuilderOutput> {
  const tc = cToolchain(ctx);
  if (ctx.cross && !tc.cc) warnNoCrossCompiler(ctx);
  const make = ctx.env.MAKE || 'make';
  const maps = prefixMaps([[ctx.projectDir, '.']]);
  const cflags = join(C_OPT[ctx.profile], ...maps, ctx.env.CFLAGS);
  const cxxflags = join(C_OPT[ctx.profile], ...maps, ctx.env.CXXFLAGS);
  const ldflags = join(C_LDOPT[ctx.profile], ctx.env.LDFLAGS);
  const vars = [
    ...(tc.cc ? [`CC=${tc.cc}`] : []),
    ...(tc.cxx ? [`CXX=${tc.cxx}`] : []),
    ...(tc.ar ? [`AR=${tc.ar}`] : []),
    `CFLAGS=${cflags}`,
    `CXXFLAGS=${cxxflags}`,
    `LDFLAGS=${ldflags}`,
    `VERSION=${ctx.version}`,
  ];
  Object.assign(ctx.flags, { cflags, cxxflags, ldflags, make: vars });
  await recordVersion(ctx, 'make', [make, '--version']);
  await recordVersion(ctx, 'cc', [...(tc.cc ?? 'cc').split(/\s+/), '--version']);

  // An in-tree build: objects of an earlier target or profile would be reused, so start clean
  // when the Makefile has a `clean` target.
  if ((await query([make, '-n', 'clean', ...vars], ctx.projectDir, ctx.env)) !== undefined) {
    await runLogged(ctx, [make, 'clean', ...vars], { cwd: ctx.projectDir, key: 'builder' });
  }
  const args = (ctx.build.args ?? []).map((a) => expandPlaceholders(a, ctx));
  await runLogged(ctx, [make, `-j${jobs()}`, ...vars, ...args], { cwd: ctx.projectDir, key: 'builder' });
  return { dirs: [ctx.projectDir, path.join(ctx.projectDir, 'build'), path.join(ctx.projectDir, 'bin')] };
}

// ---------------------------------------------------------------------------------------------
// cmake

const CMAKE_SYSTEM: Record<string, string> = {
  linux: 'Linux',
  windows: 'Windows',
  darwin: 'Darwin',
  freebsd: 'FreeBSD',
};

function cmakeProcessor(cpu: string): string {
  if (cpu.startsWith('armv7') || cpu === 'arm') return 'arm';
  if (cpu.startsWith('riscv64')) return 'riscv64';
  if (cpu === 'powerpc64le') return 'ppc64le';
  return cpu;
}

async function buildCmake(ctx: BuildContext): Promise<BuilderOutput> {
  const cmake = 'cmake';
  const tc = cToolchain(ctx);
  const toolchainFile = ctx.env.CMAKE_TOOLCHAIN_FILE;
  if (ctx.cross && !tc.cc && !toolchainFile) warnNoCrossCompiler(ctx);
  const buildDir = path.join(ctx.workDir, `cmake-${ctx.target.triple}-${ctx.profile}`);
  const buildType = ctx.profile === 'debug' ? 'Debug' : 'Release';
  const maps = prefixMaps([
    [ctx.projectDir, '.'],
    [buildDir, 'build'],
  ]);
  const cflags = join(...maps, ctx.env.CFLAGS);
  const cxxflags = join(...maps, ctx.env.CXXFLAGS);
  const ldflags = join(ctx.env.LDFLAGS);
  const optFlags =
    ctx.profile === 'debug' ? '-O0 -g' : ctx.profile === 'release' ? '-O2 -DNDEBUG' : '-O3 -DNDEBUG';
  // Only pass C++ settings to a project that may use C++ (CMake warns about unused variables).
  let lists = '';
  try {
    lists = readFileSync(path.join(ctx.projectDir, 'CMakeLists.txt'), 'utf8');
  } catch {
    // a missing CMakeLists.txt is cmake's error to report
  }
  const cxx = /\bCXX\b/.test(lists) || !/\bproject\s*\([^)]*\bLANGUAGES\b/i.test(lists);
  const single = (cmd: string | undefined): string | undefined =>
    cmd && !/\s/.test(cmd.trim()) ? cmd.trim() : undefined;
  const defs: string[] = [
    `-DCMAKE_BUILD_TYPE=${buildType}`,
    `-DCMAKE_C_FLAGS=${cflags}`,
    ...(cxx ? [`-DCMAKE_CXX_FLAGS=${cxxflags}`] : []),
    `-DCMAKE_C_FLAGS_${buildType.toUpperCase()}=${optFlags}`,
    ...(cxx ? [`-DCMAKE_CXX_FLAGS_${buildType.toUpperCase()}=${optFlags}`] : []),
    `-DCMAKE_EXE_LINKER_FLAGS=${ldflags}`,
    `-DCMAKE_INTERPROCEDURAL_OPTIMIZATION=${ctx.profile === 'performance' ? 'ON' : 'OFF'}`,
    `-DVERSION=${ctx.version}`,
  ];
  if (toolchainFile) {
    defs.push(`-DCMAKE_TOOLCHAIN_FILE=${toolchainFile}`);
  } else {
    // A CC with arguments ("zig cc") is left to CMake, which reads CC from the environment.
    if (single(tc.cc)) defs.push(`-DCMAKE_C_COMPILER=${single(tc.cc)}`);
    if (cxx && single(tc.cxx)) defs.push(`-DCMAKE_CXX_COMPILER=${single(tc.cxx)}`);
    if (ctx.cross) {
      defs.push(`-DCMAKE_SYSTEM_NAME=${CMAKE_SYSTEM[ctx.target.os] ?? ctx.target.os}`);
      defs.push(`-DCMAKE_SYSTEM_PROCESSOR=${cmakeProcessor(ctx.target.cpu)}`);
    }
  }
  Object.assign(ctx.flags, {
    cflags,
    ...(cxx ? { cxxflags } : {}),
    ldflags,
    optflags: optFlags,
    cmake: defs,
  });
  await recordVersion(ctx, 'cmake', [cmake, '--version']);
  await recordVersion(ctx, 'cc', [...(tc.cc ?? 'cc').split(/\s+/), '--version']);
  const args = (ctx.build.args ?? []).map((a) => expandPlaceholders(a, ctx));
  await runLogged(ctx, [cmake, '-S', ctx.projectDir, '-B', buildDir, ...defs, ...args], {
    cwd: ctx.projectDir,
    key: 'builder',
  });
  await runLogged(ctx, [cmake, '--build', buildDir, '--config', buildType, '--parallel', String(jobs())], {
    cwd: ctx.projectDir,
    key: 'builder',
  });
  return {
    dirs: [
      buildDir,
      path.join(buildDir, buildType),
      path.join(buildDir, 'bin'),
      path.join(buildDir, 'bin', buildType),
    ],
    deep: buildDir,
  };
}

// ---------------------------------------------------------------------------------------------
// go

function hasGoFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((f) => f.endsWith('.go') && !f.endsWith('_test.go'));
  } catch {
    return false;
  }
}

/** The main package of each binary: build.main, else `.` when it has Go files, else `./cmd/<name>`. */
function goMains(ctx: BuildContext): Array<[name: string, pkg: string]> {
  const main = ctx.build.main;
  if (ctx.binaries.length === 1) {
    const name = ctx.binaries[0];
    if (main) return [[name, main]];
    if (!hasGoFiles(ctx.projectDir) && hasGoFiles(path.join(ctx.projectDir, 'cmd', name)))
      return [[name, `./cmd/${name}`]];
    return [[name, '.']];
  }
  if (main) {
    throw new DistroError(
      `build.main names one main package (${main}), but ${ctx.binaries.length} binaries are asked for (${ctx.binaries.join(', ')}); ` +
        'remove build.main and put each program under cmd/<name>, or list one binary.',
      { key: 'build.main' },
    );
  }
  return ctx.binaries.map((name) => {
    if (!hasGoFiles(path.join(ctx.projectDir, 'cmd', name))) {
      throw new DistroError(
        `binary '${name}': no Go main package at cmd/${name}; with several binaries each one is built from ./cmd/<name>.`,
        { key: 'binaries' },
      );
    }
    return [name, `./cmd/${name}`];
  });
}

async function buildGo(ctx: BuildContext): Promise<BuilderOutput> {
  const go = 'go';
  const env: Env = { ...ctx.env };
  env.GOOS = ctx.target.go.goos;
  env.GOARCH = ctx.target.go.goarch;
  if (ctx.target.go.goarm) env.GOARM = ctx.target.go.goarm;
  else delete env.GOARM;
  // cgo only when a C compiler for the target was given: static, reproducible binaries otherwise.
  env.CGO_ENABLED = ctx.env.CGO_ENABLED ?? (ctx.env.CC ? '1' : '0');
  if (!env.HOME && !env.XDG_CACHE_HOME && !env.GOCACHE) env.GOCACHE = path.join(ctx.workDir, 'go-cache');
  if (!env.HOME && !env.GOPATH) env.GOPATH = path.join(ctx.workDir, 'gopath');

  const ldflags = join(
    ctx.profile === 'debug' ? '' : '-s -w',
    `-X main.version=${ctx.version}`,
    ctx.build.ldflags ? expandPlaceholders(ctx.build.ldflags, ctx) : '',
  );
  const flags = [
    '-trimpath',
    `-ldflags=${ldflags}`,
    ...(ctx.profile === 'debug' ? ['-gcflags=all=-N -l'] : []),
  ];
  const args = (ctx.build.args ?? []).map((a) => expandPlaceholders(a, ctx));
  Object.assign(ctx.flags, { ldflags, go: flags });
  for (const k of ['GOOS', 'GOARCH', 'GOARM', 'CGO_ENABLED'] as const) ctx.env[k] = env[k];
  await recordVersion(ctx, 'go', [go, 'version']);
  if (env.CGO_ENABLED === '1')
    await recordVersion(ctx, 'cc', [...(env.CC ?? 'cc').split(/\s+/), '--version']);

  for (const [name, pkg] of goMains(ctx)) {
    const argv = [go, 'build', ...flags, ...args, '-o', path.join(ctx.outDir, name + ctx.target.exe), pkg];
    try {
      await runLogged(ctx, argv, { cwd: ctx.projectDir, env, key: 'builder' });
    } catch (err) {
      // git refuses a checkout owned by another user ("dubious ownership"): build without VCS stamps.
      if (err instanceof DistroError && /error obtaining VCS status|-buildvcs=false/.test(err.message)) {
        ctx.log.warn('go could not read the VCS status of the checkout; building with -buildvcs=false');
        argv.splice(2, 0, '-buildvcs=false');
        await runLogged(ctx, argv, { cwd: ctx.projectDir, env, key: 'builder' });
      } else throw err;
    }
  }
  return { dirs: [ctx.outDir], stripped: ctx.profile !== 'debug' };
}

// ---------------------------------------------------------------------------------------------
// cargo

function cargoConfigSetsRustflags(projectDir: string): boolean {
  for (const f of ['.cargo/config.toml', '.cargo/config']) {
    try {
      if (/rustflags/.test(readFileSync(path.join(projectDir, f), 'utf8'))) return true;
    } catch {
      // no such file
    }
  }
  return false;
}

async function buildCargo(ctx: BuildContext): Promise<BuilderOutput> {
  const cargo = 'cargo';
  const triple = ctx.target.triple;
  const env: Env = { ...ctx.env };
  const targetDir = env.CARGO_TARGET_DIR
    ? path.resolve(ctx.projectDir, env.CARGO_TARGET_DIR)
    : path.join(ctx.workDir, 'cargo-target');
  env.CARGO_TARGET_DIR = targetDir;
  env.DISTRO_VERSION = ctx.version;
  if (ctx.profile === 'performance') {
    env.CARGO_PROFILE_RELEASE_LTO ??= 'true';
    env.CARGO_PROFILE_RELEASE_CODEGEN_UNITS ??= '1';
  }
  const T = triple.toUpperCase().replace(/[-.]/g, '_');
  const t = triple.replace(/[-.]/g, '_');
  if (ctx.cross) {
    const tc = cToolchain(ctx);
    if (tc.cc) {
      if (!env[`CARGO_TARGET_${T}_LINKER`] && !/\s/.test(tc.cc)) env[`CARGO_TARGET_${T}_LINKER`] = tc.cc;
      env[`CC_${t}`] ??= tc.cc;
    }
    if (tc.cxx) env[`CXX_${t}`] ??= tc.cxx;
    if (tc.ar) env[`AR_${t}`] ??= tc.ar;
    if (!env[`CARGO_TARGET_${T}_LINKER`] && ctx.target.os === 'linux') {
      ctx.log.warn(
        `no linker for ${triple}: set CARGO_TARGET_${T}_LINKER or CC, install gcc-${ctx.target.gnu.replace(/_/g, '-')}, or run the setup-cross-toolchain action.`,
        { key: 'target' },
      );
    }
  }

  // Reproducible paths. Flags in the environment are extended; flags from .cargo/config are left
  // alone (an environment RUSTFLAGS would replace them).
  const cargoHome = env.CARGO_HOME ?? (env.HOME ? path.join(env.HOME, '.cargo') : undefined);
  const remaps = [
    ...(cargoHome ? [`--remap-path-prefix=${cargoHome}=/cargo`] : []),
    `--remap-path-prefix=${ctx.projectDir}=.`,
    `--remap-path-prefix=${targetDir}=/target`,
  ];
  const fromEnv =
    env.CARGO_ENCODED_RUSTFLAGS !== undefined
      ? env.CARGO_ENCODED_RUSTFLAGS.split('\x1f').filter(Boolean)
      : env.RUSTFLAGS !== undefined
        ? env.RUSTFLAGS.split(/\s+/).filter(Boolean)
        : undefined;
  let rustflags: string[] | undefined;
  if (fromEnv === undefined && cargoConfigSetsRustflags(ctx.projectDir)) {
    ctx.log.warn(
      'the project sets rustflags in .cargo/config; paths are not remapped. Add --remap-path-prefix there for byte-reproducible binaries.',
    );
  } else {
    rustflags = [...(fromEnv ?? []), ...remaps];
    env.CARGO_ENCODED_RUSTFLAGS = rustflags.join('\x1f');
    delete env.RUSTFLAGS;
  }

  const locked = existsSync(path.join(ctx.projectDir, 'Cargo.lock'));
  const args = (ctx.build.args ?? []).map((a) => expandPlaceholders(a, ctx));
  const argv = [
    cargo,
    'build',
    '--target',
    triple,
    ...(locked ? ['--locked'] : []),
    ...(ctx.profile === 'debug' ? [] : ['--release']),
    ...args,
  ];
  Object.assign(ctx.flags, { cargo: argv.slice(1), ...(rustflags ? { rustflags } : {}) });
  for (const [k, v] of Object.entries(env))
    if (/^(CARGO_|CC_|CXX_|AR_|DISTRO_VERSION$)/.test(k)) ctx.env[k] = v;
  delete ctx.env.RUSTFLAGS;
  await recordVersion(ctx, 'rustc', [env.RUSTC ?? 'rustc', '-V']);
  await recordVersion(ctx, 'cargo', [cargo, '-V']);
  await runLogged(ctx, argv, {
    cwd: ctx.projectDir,
    env,
    key: 'builder',
    advice: (out) =>
      /target may not be installed|can't find crate for `(std|core)`/.test(out)
        ? `The Rust standard library for ${triple} is missing: run \`rustup target add ${triple}\` (the setup-cross-toolchain action does).`
        : undefined,
  });
  const profileDir = ctx.profile === 'debug' ? 'debug' : 'release';
  return { dirs: [path.join(targetDir, triple, profileDir)] };
}

// ---------------------------------------------------------------------------------------------
// command

async function buildCommand(ctx: BuildContext): Promise<BuilderOutput> {
  const given = ctx.command;
  const argv = (typeof given === 'string' ? splitCommand(given) : (given ?? [])).map((a) =>
    expandPlaceholders(a, ctx),
  );
  if (argv.length === 0) {
    throw new DistroError(
      'builder `command` needs a command: set the `command` input or build.command in distro.yml.',
      {
        key: 'command',
      },
    );
  }
  const tc = cToolchain(ctx);
  const env: Env = { ...ctx.env };
  if (tc.cc) env.CC ??= tc.cc;
  if (tc.cxx) env.CXX ??= tc.cxx;
  if (tc.ar) env.AR ??= tc.ar;
  Object.assign(ctx.flags, { command: argv });
  await runLogged(ctx, [...argv, ...(ctx.build.args ?? []).map((a) => expandPlaceholders(a, ctx))], {
    cwd: ctx.projectDir,
    env,
    key: 'command',
  });
  return {
    dirs: [ctx.outDir, ctx.projectDir, path.join(ctx.projectDir, 'build'), path.join(ctx.projectDir, 'bin')],
    note: 'the command can also write straight to $DISTRO_OUT_DIR',
  };
}

export const BUILDER_IMPLS: Record<BuilderName, (ctx: BuildContext) => Promise<BuilderOutput>> = {
  make: buildMake,
  cmake: buildCmake,
  go: buildGo,
  cargo: buildCargo,
  command: buildCommand,
};
