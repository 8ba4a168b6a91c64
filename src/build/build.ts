/**
 * build-target: build the project for one target, collect the binaries into
 * `<dist-dir>/build/<target>/`, strip them with the target's strip, and record build-info.json.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../errors.js';
import { resolveInside } from '../paths.js';
import { checkBinary } from '../targets/index.js';
import { readHeader } from './binary.js';
import { BUILDER_IMPLS, type BuildContext, type BuilderOutput } from './builders.js';
import { detectBuilder, detectedFrom, noBuilderError } from './detect.js';
import { query, run, which } from './exec.js';
import {
  BUILDERS,
  PROFILES,
  type BuildOptions,
  type BuildResult,
  type BuiltBinary,
  type BuilderName,
  type Env,
  type Profile,
} from './types.js';

/** Environment variables recorded in build-info.json (an allow-list: nothing else, so no secrets). */
const RECORDED_ENV = new Set([
  'CC',
  'CXX',
  'AR',
  'RANLIB',
  'LD',
  'STRIP',
  'CFLAGS',
  'CXXFLAGS',
  'CPPFLAGS',
  'LDFLAGS',
  'LDLIBS',
  'MAKE',
  'MAKEFLAGS',
  'CMAKE_TOOLCHAIN_FILE',
  'CMAKE_GENERATOR',
  'PKG_CONFIG_SYSROOT_DIR',
  'PKG_CONFIG_PATH',
  'PKG_CONFIG_LIBDIR',
  'GOOS',
  'GOARCH',
  'GOARM',
  'GOAMD64',
  'GO386',
  'GOARM64',
  'GOMIPS',
  'GOPPC64',
  'GORISCV64',
  'GOFLAGS',
  'GOEXPERIMENT',
  'GOTOOLCHAIN',
  'CGO_ENABLED',
  'CGO_CFLAGS',
  'CGO_CPPFLAGS',
  'CGO_CXXFLAGS',
  'CGO_LDFLAGS',
  'RUSTC',
  'RUSTFLAGS',
  'CARGO_ENCODED_RUSTFLAGS',
  'CARGO_BUILD_TARGET',
  'CARGO_TARGET_DIR',
  'RUSTUP_TOOLCHAIN',
  'SOURCE_DATE_EPOCH',
  'LC_ALL',
  'TZ',
  'ZERO_AR_DATE',
  'DISTRO_VERSION',
  'DISTRO_TARGET',
  'DISTRO_PROFILE',
]);
const RECORDED_ENV_PATTERNS = [
  /^CARGO_TARGET_[A-Z0-9_]+_(LINKER|RUNNER)$/,
  /^CARGO_PROFILE_[A-Z0-9_]+$/,
  /^(CC|CXX|AR)_[a-z0-9_]+$/,
];

export function isRecordedEnv(name: string): boolean {
  return RECORDED_ENV.has(name) || RECORDED_ENV_PATTERNS.some((re) => re.test(name));
}

function fail(message: string, key: string): never {
  throw new DistroError(message, { key });
}

/** SOURCE_DATE_EPOCH: the option, else the environment, else the commit time of HEAD, else 0 with a warning. */
export async function resolveSourceDateEpoch(
  o: Pick<BuildOptions, 'sourceDateEpoch' | 'env' | 'projectDir' | 'log'>,
): Promise<number> {
  if (o.sourceDateEpoch !== undefined) {
    if (!Number.isSafeInteger(o.sourceDateEpoch) || o.sourceDateEpoch < 0)
      fail(
        `source-date-epoch must be a whole number of seconds since 1970, not ${o.sourceDateEpoch}.`,
        'source-date-epoch',
      );
    return o.sourceDateEpoch;
  }
  const fromEnv = o.env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!/^\d+$/.test(fromEnv.trim()))
      fail(
        `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '${fromEnv}'.`,
        'SOURCE_DATE_EPOCH',
      );
    return Number(fromEnv.trim());
  }
  const ct = await query(['git', 'log', '-1', '--format=%ct'], o.projectDir, o.env);
  if (ct && /^\d+$/.test(ct)) return Number(ct);
  o.log.warn(
    `SOURCE_DATE_EPOCH is not set and the commit time of HEAD is unknown (${o.projectDir} is not a git checkout, or git is missing or refuses it); using 0. ` +
      'Set SOURCE_DATE_EPOCH, or check out the repository with git.',
  );
  return 0;
}

function defaultWorkDir(o: BuildOptions): string {
  const base = o.env.RUNNER_TEMP || o.env.TMPDIR || tmpdir();
  const id = createHash('sha256').update(o.projectDir).digest('hex').slice(0, 12);
  return path.join(base, 'distro-build', id);
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function findDeep(dir: string, file: string, depth: number): string | undefined {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const e of entries) if (e.name === file && e.isFile()) return path.join(dir, e.name);
  if (depth <= 0) return undefined;
  for (const e of entries) {
    if (!e.isDirectory() || e.name === 'CMakeFiles' || e.name.startsWith('.')) continue;
    const hit = findDeep(path.join(dir, e.name), file, depth - 1);
    if (hit) return hit;
  }
  return undefined;
}

interface Wanted {
  name: string;
  /** A path relative to the project given in `binaries` (contains a `/`). */
  rel?: string;
}

function wantedBinaries(list: string[], projectDir: string, exe: string): Wanted[] {
  if (list.length === 0) fail('binaries is empty: list the names of the programs to collect.', 'binaries');
  return list.map((b) => {
    const s = b.trim();
    if (!s) fail('binaries: an empty name.', 'binaries');
    if (s.includes('/') || s.includes('\\')) {
      resolveInside(projectDir, s, { key: 'binaries' });
      const base = path.basename(s);
      return { name: exe && base.endsWith(exe) ? base.slice(0, -exe.length) : base, rel: s };
    }
    return { name: exe && s.endsWith(exe) ? s.slice(0, -exe.length) : s };
  });
}

function locate(w: Wanted, out: BuilderOutput, ctx: BuildContext): string {
  const exe = ctx.target.exe;
  const tried: string[] = [];
  if (w.rel) {
    for (const cand of [w.rel, w.rel + exe]) {
      const p = resolveInside(ctx.projectDir, cand, { key: 'binaries' });
      tried.push(p);
      if (isFile(p)) return p;
    }
  } else {
    for (const dir of out.dirs) {
      const p = path.join(dir, w.name + exe);
      tried.push(p);
      if (isFile(p)) return p;
    }
    if (out.deep) {
      const hit = findDeep(out.deep, w.name + exe, 4);
      if (hit) return hit;
      tried.push(`${out.deep}/**`);
    }
  }
  const unique = [...new Set(tried)];
  throw new DistroError(
    `binary '${w.name}' was not produced by the build; looked in ${unique.join(', ')}. ` +
      `Set build.binaries (or the binaries input) to the names the build produces, or a path relative to the project` +
      (out.note ? `; ${out.note}.` : '.'),
    { key: 'binaries' },
  );
}

/** The strip for the target: STRIP, else `<gnu>-strip` on PATH, else `strip` for a host build. */
function stripCommand(ctx: BuildContext): string[] | undefined {
  const env = ctx.env;
  if (env.STRIP) return env.STRIP.trim().split(/\s+/);
  if (ctx.cross) {
    const name = `${ctx.target.gnu}-strip`;
    return ctx.target.gnu && which(name, env) ? [name] : undefined;
  }
  return ['strip'];
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

/** Replaces machine-specific directories so build-info.json is the same wherever the build ran. */
function sanitizer(ctx: BuildContext): (v: unknown) => unknown {
  const pairs: Array<[string, string]> = (
    [
      [ctx.outDir, '$OUT_DIR'],
      [ctx.workDir, '$WORK'],
      [ctx.projectDir, '.'],
    ] as Array<[string, string]>
  ).sort((a, b) => b[0].length - a[0].length);
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let s = v.split('\x1f').join(' ');
      for (const [from, to] of pairs) s = s.split(from).join(to);
      return s;
    }
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
    return v;
  };
  return fix;
}

export async function buildTarget(o: BuildOptions): Promise<BuildResult> {
  const log = o.log;
  const build = o.build ?? {};
  if (!path.isAbsolute(o.projectDir))
    fail(`the project directory must be absolute, not '${o.projectDir}'.`, 'working-directory');
  if (!existsSync(o.projectDir) || !statSync(o.projectDir).isDirectory())
    fail(
      `the project directory ${o.projectDir} does not exist; check working-directory and build.dir.`,
      'working-directory',
    );
  const projectDir = path.resolve(o.projectDir);
  const outDir = path.resolve(o.outDir);

  let builder: BuilderName | undefined = o.builder ?? build.builder;
  const builderKey = o.builder ? 'builder' : 'build.builder';
  if (builder !== undefined && !BUILDERS.includes(builder)) {
    fail(`${builderKey}: unknown builder '${builder}'; use one of ${BUILDERS.join(', ')}.`, builderKey);
  }
  if (!builder) {
    builder = detectBuilder(projectDir);
    if (!builder) throw noBuilderError(projectDir);
    log.info(`builder: ${builder} (found ${detectedFrom(projectDir)})`);
  }
  const profile: Profile = o.profile ?? build.profile ?? 'release';
  if (!PROFILES.includes(profile)) {
    const key = o.profile ? 'profile' : 'build.profile';
    fail(`${key}: unknown profile '${profile}'; use one of ${PROFILES.join(', ')}.`, key);
  }
  const wanted = wantedBinaries(o.binaries ?? build.binaries ?? [o.name], projectDir, o.target.exe);
  const sourceDateEpoch = await resolveSourceDateEpoch({ ...o, projectDir });
  const workDir = path.resolve(o.workDir ?? defaultWorkDir(o));
  mkdirSync(outDir, { recursive: true }); // workDir: each builder creates what it uses, if anything

  const env: Env = {
    ...o.env,
    ...(build.env ?? {}),
    SOURCE_DATE_EPOCH: String(sourceDateEpoch),
    LC_ALL: 'C',
    TZ: 'UTC',
    ZERO_AR_DATE: '1',
    DISTRO_VERSION: o.version,
    DISTRO_TARGET: o.target.triple,
    DISTRO_PROFILE: profile,
    DISTRO_OUT_DIR: outDir,
  };
  const ctx: BuildContext = {
    projectDir,
    outDir,
    workDir,
    target: o.target,
    host: o.host,
    cross: o.target.triple !== o.host.triple,
    profile,
    binaries: wanted.map((w) => w.name),
    version: o.version,
    sourceDateEpoch,
    build,
    command: o.command ?? build.command,
    env,
    log,
    tools: {},
    flags: {},
    commands: [],
  };
  log.info(`building ${o.name} ${o.version} for ${o.target.triple} with ${builder} (${profile})`);
  const out = await BUILDER_IMPLS[builder](ctx);

  // Collect, check, strip.
  const shouldStrip = profile !== 'debug' && build.strip !== false && !(out.stripped && build.strip !== true);
  const strip = shouldStrip ? stripCommand(ctx) : undefined;
  if (shouldStrip && !strip) {
    log.warn(
      `no strip for ${o.target.triple} (STRIP is not set and ${o.target.gnu}-strip is not on PATH): binaries are left unstripped.`,
    );
  }
  const binaries: BuiltBinary[] = [];
  const recorded: Array<{ name: string; path: string; sha256: string; size: number; stripped: boolean }> = [];
  for (const w of wanted) {
    const src = locate(w, out, ctx);
    const dst = path.join(outDir, w.name + o.target.exe);
    if (path.resolve(src) !== dst) copyFileSync(src, dst);
    chmodSync(dst, 0o755);
    const head = readFileSync(dst).subarray(0, 65536);
    const fmt = readHeader(head)?.format;
    const mismatch = fmt ? checkBinary(head, o.target) : undefined;
    if (mismatch) {
      throw new DistroError(
        `binary '${w.name}' (${src}) is not a ${o.target.triple} binary: it is ${mismatch}. The build did not use the cross toolchain: ` +
          'run the setup-cross-toolchain action first or set CC (and CARGO_TARGET_<TRIPLE>_LINKER for cargo).',
        { key: 'target' },
      );
    }
    let stripped = !!out.stripped && profile !== 'debug';
    if (strip && (fmt === 'elf' || fmt === 'pe' || (fmt === 'macho' && !!env.STRIP))) {
      ctx.commands.push([...strip, dst]);
      await run([...strip, dst], { cwd: outDir, env, log, key: 'STRIP' });
      chmodSync(dst, 0o755);
      stripped = true;
    }
    utimesSync(dst, sourceDateEpoch, sourceDateEpoch);
    const bytes = readFileSync(dst);
    recorded.push({
      name: w.name,
      path: path.basename(dst),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      stripped,
    });
    binaries.push({ name: w.name, file: dst });
  }
  if (strip)
    ctx.tools.strip = (await query([strip[0], '--version'], projectDir, env))?.split('\n')[0] ?? 'unknown';

  // build-info.json
  const commit = await query(['git', 'rev-parse', 'HEAD'], projectDir, o.env);
  const recordedEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== undefined && isRecordedEnv(k)) recordedEnv[k] = v;
  const info = sanitizer(ctx)({
    schema: 1,
    name: o.name,
    version: o.version,
    target: o.target.triple,
    host: o.host.triple,
    builder,
    profile,
    source_date_epoch: sourceDateEpoch,
    ...(commit && /^[0-9a-f]{40,64}$/.test(commit) ? { commit } : {}),
    tools: ctx.tools,
    flags: ctx.flags,
    commands: ctx.commands,
    env: recordedEnv,
    binaries: recorded,
  });
  const buildInfo = path.join(outDir, 'build-info.json');
  writeFileSync(buildInfo, JSON.stringify(sortKeys(info), null, 2) + '\n');
  utimesSync(buildInfo, sourceDateEpoch, sourceDateEpoch);
  log.info(`built ${binaries.map((b) => path.basename(b.file)).join(', ')} into ${outDir}`);
  return { builder, profile, binaries, buildInfo, sourceDateEpoch };
}
