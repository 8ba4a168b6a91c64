export const id = 1311;
export const ids = [1311];
export const modules = {

/***/ 81311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rV: () => (/* reexport */ BUILDERS),
  jI: () => (/* reexport */ PROFILES),
  k0: () => (/* reexport */ buildTarget),
  BL: () => (/* reexport */ resolveSourceDateEpoch),
  GW: () => (/* reexport */ exec/* splitCommand */.GW)
});

// UNUSED EXPORTS: BUILDER_FILES, detectBuilder, installHint, isRecordedEnv, readHeader, which

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/targets/index.ts
var targets = __webpack_require__(77594);
;// CONCATENATED MODULE: ./src/build/binary.ts
/**
 * A first look at a built file: is it an executable (ELF, PE, Mach-O) at all, and which? Decides
 * whether to strip it and whether the target check applies (a command builder may produce a
 * script). The target check itself is checkBinary from the targets table.
 */
function readHeader(buf) {
    if (buf.length >= 20 && buf[0] === 0x7f && buf[1] === 0x45 && buf[2] === 0x4c && buf[3] === 0x46) {
        const bits = buf[4] === 2 ? 64 : 32;
        const endian = buf[5] === 2 ? 'be' : 'le';
        const machine = endian === 'le' ? buf.readUInt16LE(18) : buf.readUInt16BE(18);
        return { format: 'elf', machine, bits, endian };
    }
    if (buf.length >= 0x40 && buf[0] === 0x4d && buf[1] === 0x5a) {
        const pe = buf.readUInt32LE(0x3c);
        if (pe + 6 <= buf.length && buf.readUInt32LE(pe) === 0x00004550) {
            return { format: 'pe', machine: buf.readUInt16LE(pe + 4), endian: 'le' };
        }
        return undefined;
    }
    if (buf.length >= 8) {
        const magicLE = buf.readUInt32LE(0);
        if (magicLE === 0xfeedfacf || magicLE === 0xfeedface) {
            return {
                format: 'macho',
                machine: buf.readUInt32LE(4),
                bits: magicLE === 0xfeedfacf ? 64 : 32,
                endian: 'le',
            };
        }
        if (buf.readUInt32BE(0) === 0xcafebabe)
            return { format: 'macho', machine: 0 }; // universal binary
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
;// CONCATENATED MODULE: ./src/build/builders.ts
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





const jobs = () => Math.max(1, (0,external_node_os_.availableParallelism)());
/** `${VERSION}`, `${TARGET}`, `${PROFILE}`, `${OUT_DIR}` (also with a `DISTRO_` prefix) in builder strings. */
function expandPlaceholders(s, ctx) {
    const vars = {
        VERSION: ctx.version,
        TARGET: ctx.target.triple,
        PROFILE: ctx.profile,
        OUT_DIR: ctx.outDir,
    };
    return s.replace(/\$\{(?:DISTRO_)?(VERSION|TARGET|PROFILE|OUT_DIR)\}/g, (_m, k) => vars[k]);
}
async function runLogged(ctx, argv, opts) {
    ctx.commands.push(argv);
    await (0,exec/* run */.eF)(argv, {
        cwd: opts.cwd,
        env: opts.env ?? ctx.env,
        log: ctx.log,
        key: opts.key,
        advice: opts.advice,
    });
}
async function recordVersion(ctx, name, argv) {
    const out = await (0,exec/* query */.P)(argv, ctx.projectDir, ctx.env);
    ctx.tools[name] = out ? out.split('\n')[0].trim() : 'unknown';
}
/**
 * The C toolchain for the target: CC/CXX/AR from the environment (setup-cross-toolchain exports
 * them), else for a cross build `<gnu>-gcc` / `<gnu>-g++` / `<gnu>-ar` when on PATH, else nothing
 * (the tool's own default, right for host builds).
 */
function cToolchain(ctx) {
    const env = ctx.env;
    const pick = (v, tool) => {
        if (v)
            return v;
        if (!ctx.cross || !ctx.target.gnu)
            return undefined;
        const name = `${ctx.target.gnu}-${tool}`;
        return (0,exec/* which */.K7)(name, env) ? name : undefined;
    };
    return { cc: pick(env.CC, 'gcc'), cxx: pick(env.CXX, 'g++'), ar: pick(env.AR, 'ar') };
}
function warnNoCrossCompiler(ctx) {
    ctx.log.warn(`no C compiler for ${ctx.target.triple}: CC is not set and ${ctx.target.gnu}-gcc is not on PATH, so the build uses the host compiler. ` +
        `Run the setup-cross-toolchain action first, set CC, or install gcc-${ctx.target.gnu.replace(/_/g, '-')}.`, { key: 'target' });
}
function prefixMaps(dirs) {
    return dirs.flatMap(([from, to]) => [
        `-ffile-prefix-map=${from}=${to}`,
        `-fdebug-prefix-map=${from}=${to}`,
    ]);
}
const C_OPT = { debug: '-O0 -g', release: '-O2', performance: '-O3 -flto' };
const C_LDOPT = { debug: '', release: '', performance: '-O3 -flto' };
const join = (...parts) => parts.filter((p) => p && p.trim()).join(' ');
// ---------------------------------------------------------------------------------------------
// make
async function buildMake(ctx) {
    const tc = cToolchain(ctx);
    if (ctx.cross && !tc.cc)
        warnNoCrossCompiler(ctx);
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
    if ((await (0,exec/* query */.P)([make, '-n', 'clean', ...vars], ctx.projectDir, ctx.env)) !== undefined) {
        await runLogged(ctx, [make, 'clean', ...vars], { cwd: ctx.projectDir, key: 'builder' });
    }
    const args = (ctx.build.args ?? []).map((a) => expandPlaceholders(a, ctx));
    await runLogged(ctx, [make, `-j${jobs()}`, ...vars, ...args], { cwd: ctx.projectDir, key: 'builder' });
    return { dirs: [ctx.projectDir, external_node_path_default().join(ctx.projectDir, 'build'), external_node_path_default().join(ctx.projectDir, 'bin')] };
}
// ---------------------------------------------------------------------------------------------
// cmake
const CMAKE_SYSTEM = {
    linux: 'Linux',
    windows: 'Windows',
    darwin: 'Darwin',
    freebsd: 'FreeBSD',
};
function cmakeProcessor(cpu) {
    if (cpu.startsWith('armv7') || cpu === 'arm')
        return 'arm';
    if (cpu.startsWith('riscv64'))
        return 'riscv64';
    if (cpu === 'powerpc64le')
        return 'ppc64le';
    return cpu;
}
async function buildCmake(ctx) {
    const cmake = 'cmake';
    const tc = cToolchain(ctx);
    const toolchainFile = ctx.env.CMAKE_TOOLCHAIN_FILE;
    if (ctx.cross && !tc.cc && !toolchainFile)
        warnNoCrossCompiler(ctx);
    const buildDir = external_node_path_default().join(ctx.workDir, `cmake-${ctx.target.triple}-${ctx.profile}`);
    const buildType = ctx.profile === 'debug' ? 'Debug' : 'Release';
    const maps = prefixMaps([
        [ctx.projectDir, '.'],
        [buildDir, 'build'],
    ]);
    const cflags = join(...maps, ctx.env.CFLAGS);
    const cxxflags = join(...maps, ctx.env.CXXFLAGS);
    const ldflags = join(ctx.env.LDFLAGS);
    const optFlags = ctx.profile === 'debug' ? '-O0 -g' : ctx.profile === 'release' ? '-O2 -DNDEBUG' : '-O3 -DNDEBUG';
    // Only pass C++ settings to a project that may use C++ (CMake warns about unused variables).
    let lists = '';
    try {
        lists = (0,external_node_fs_.readFileSync)(external_node_path_default().join(ctx.projectDir, 'CMakeLists.txt'), 'utf8');
    }
    catch {
        // a missing CMakeLists.txt is cmake's error to report
    }
    const cxx = /\bCXX\b/.test(lists) || !/\bproject\s*\([^)]*\bLANGUAGES\b/i.test(lists);
    const single = (cmd) => cmd && !/\s/.test(cmd.trim()) ? cmd.trim() : undefined;
    const defs = [
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
    }
    else {
        // A CC with arguments ("zig cc") is left to CMake, which reads CC from the environment.
        if (single(tc.cc))
            defs.push(`-DCMAKE_C_COMPILER=${single(tc.cc)}`);
        if (cxx && single(tc.cxx))
            defs.push(`-DCMAKE_CXX_COMPILER=${single(tc.cxx)}`);
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
            external_node_path_default().join(buildDir, buildType),
            external_node_path_default().join(buildDir, 'bin'),
            external_node_path_default().join(buildDir, 'bin', buildType),
        ],
        deep: buildDir,
    };
}
// ---------------------------------------------------------------------------------------------
// go
function hasGoFiles(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).some((f) => f.endsWith('.go') && !f.endsWith('_test.go'));
    }
    catch {
        return false;
    }
}
/** The main package of each binary: build.main, else `.` when it has Go files, else `./cmd/<name>`. */
function goMains(ctx) {
    const main = ctx.build.main;
    if (ctx.binaries.length === 1) {
        const name = ctx.binaries[0];
        if (main)
            return [[name, main]];
        if (!hasGoFiles(ctx.projectDir) && hasGoFiles(external_node_path_default().join(ctx.projectDir, 'cmd', name)))
            return [[name, `./cmd/${name}`]];
        return [[name, '.']];
    }
    if (main) {
        throw new errors/* DistroError */.Yt(`build.main names one main package (${main}), but ${ctx.binaries.length} binaries are asked for (${ctx.binaries.join(', ')}); ` +
            'remove build.main and put each program under cmd/<name>, or list one binary.', { key: 'build.main' });
    }
    return ctx.binaries.map((name) => {
        if (!hasGoFiles(external_node_path_default().join(ctx.projectDir, 'cmd', name))) {
            throw new errors/* DistroError */.Yt(`binary '${name}': no Go main package at cmd/${name}; with several binaries each one is built from ./cmd/<name>.`, { key: 'binaries' });
        }
        return [name, `./cmd/${name}`];
    });
}
async function buildGo(ctx) {
    const go = 'go';
    const env = { ...ctx.env };
    env.GOOS = ctx.target.go.goos;
    env.GOARCH = ctx.target.go.goarch;
    if (ctx.target.go.goarm)
        env.GOARM = ctx.target.go.goarm;
    else
        delete env.GOARM;
    // cgo only when a C compiler for the target was given: static, reproducible binaries otherwise.
    env.CGO_ENABLED = ctx.env.CGO_ENABLED ?? (ctx.env.CC ? '1' : '0');
    if (!env.HOME && !env.XDG_CACHE_HOME && !env.GOCACHE)
        env.GOCACHE = external_node_path_default().join(ctx.workDir, 'go-cache');
    if (!env.HOME && !env.GOPATH)
        env.GOPATH = external_node_path_default().join(ctx.workDir, 'gopath');
    const ldflags = join(ctx.profile === 'debug' ? '' : '-s -w', `-X main.version=${ctx.version}`, ctx.build.ldflags ? expandPlaceholders(ctx.build.ldflags, ctx) : '');
    const flags = [
        '-trimpath',
        `-ldflags=${ldflags}`,
        ...(ctx.profile === 'debug' ? ['-gcflags=all=-N -l'] : []),
    ];
    const args = (ctx.build.args ?? []).map((a) => expandPlaceholders(a, ctx));
    Object.assign(ctx.flags, { ldflags, go: flags });
    for (const k of ['GOOS', 'GOARCH', 'GOARM', 'CGO_ENABLED'])
        ctx.env[k] = env[k];
    await recordVersion(ctx, 'go', [go, 'version']);
    if (env.CGO_ENABLED === '1')
        await recordVersion(ctx, 'cc', [...(env.CC ?? 'cc').split(/\s+/), '--version']);
    for (const [name, pkg] of goMains(ctx)) {
        const argv = [go, 'build', ...flags, ...args, '-o', external_node_path_default().join(ctx.outDir, name + ctx.target.exe), pkg];
        try {
            await runLogged(ctx, argv, { cwd: ctx.projectDir, env, key: 'builder' });
        }
        catch (err) {
            // git refuses a checkout owned by another user ("dubious ownership"): build without VCS stamps.
            if (err instanceof errors/* DistroError */.Yt && /error obtaining VCS status|-buildvcs=false/.test(err.message)) {
                ctx.log.warn('go could not read the VCS status of the checkout; building with -buildvcs=false');
                argv.splice(2, 0, '-buildvcs=false');
                await runLogged(ctx, argv, { cwd: ctx.projectDir, env, key: 'builder' });
            }
            else
                throw err;
        }
    }
    return { dirs: [ctx.outDir], stripped: ctx.profile !== 'debug' };
}
// ---------------------------------------------------------------------------------------------
// cargo
function cargoConfigSetsRustflags(projectDir) {
    for (const f of ['.cargo/config.toml', '.cargo/config']) {
        try {
            if (/rustflags/.test((0,external_node_fs_.readFileSync)(external_node_path_default().join(projectDir, f), 'utf8')))
                return true;
        }
        catch {
            // no such file
        }
    }
    return false;
}
async function buildCargo(ctx) {
    const cargo = 'cargo';
    const triple = ctx.target.triple;
    const env = { ...ctx.env };
    const targetDir = env.CARGO_TARGET_DIR
        ? external_node_path_default().resolve(ctx.projectDir, env.CARGO_TARGET_DIR)
        : external_node_path_default().join(ctx.workDir, 'cargo-target');
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
            if (!env[`CARGO_TARGET_${T}_LINKER`] && !/\s/.test(tc.cc))
                env[`CARGO_TARGET_${T}_LINKER`] = tc.cc;
            env[`CC_${t}`] ??= tc.cc;
        }
        if (tc.cxx)
            env[`CXX_${t}`] ??= tc.cxx;
        if (tc.ar)
            env[`AR_${t}`] ??= tc.ar;
        if (!env[`CARGO_TARGET_${T}_LINKER`] && ctx.target.os === 'linux') {
            ctx.log.warn(`no linker for ${triple}: set CARGO_TARGET_${T}_LINKER or CC, install gcc-${ctx.target.gnu.replace(/_/g, '-')}, or run the setup-cross-toolchain action.`, { key: 'target' });
        }
    }
    // Reproducible paths. Flags in the environment are extended; flags from .cargo/config are left
    // alone (an environment RUSTFLAGS would replace them).
    const cargoHome = env.CARGO_HOME ?? (env.HOME ? external_node_path_default().join(env.HOME, '.cargo') : undefined);
    const remaps = [
        ...(cargoHome ? [`--remap-path-prefix=${cargoHome}=/cargo`] : []),
        `--remap-path-prefix=${ctx.projectDir}=.`,
        `--remap-path-prefix=${targetDir}=/target`,
    ];
    const fromEnv = env.CARGO_ENCODED_RUSTFLAGS !== undefined
        ? env.CARGO_ENCODED_RUSTFLAGS.split('\x1f').filter(Boolean)
        : env.RUSTFLAGS !== undefined
            ? env.RUSTFLAGS.split(/\s+/).filter(Boolean)
            : undefined;
    let rustflags;
    if (fromEnv === undefined && cargoConfigSetsRustflags(ctx.projectDir)) {
        ctx.log.warn('the project sets rustflags in .cargo/config; paths are not remapped. Add --remap-path-prefix there for byte-reproducible binaries.');
    }
    else {
        rustflags = [...(fromEnv ?? []), ...remaps];
        env.CARGO_ENCODED_RUSTFLAGS = rustflags.join('\x1f');
        delete env.RUSTFLAGS;
    }
    const locked = (0,external_node_fs_.existsSync)(external_node_path_default().join(ctx.projectDir, 'Cargo.lock'));
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
        if (/^(CARGO_|CC_|CXX_|AR_|DISTRO_VERSION$)/.test(k))
            ctx.env[k] = v;
    delete ctx.env.RUSTFLAGS;
    await recordVersion(ctx, 'rustc', [env.RUSTC ?? 'rustc', '-V']);
    await recordVersion(ctx, 'cargo', [cargo, '-V']);
    await runLogged(ctx, argv, {
        cwd: ctx.projectDir,
        env,
        key: 'builder',
        advice: (out) => /target may not be installed|can't find crate for `(std|core)`/.test(out)
            ? `The Rust standard library for ${triple} is missing: run \`rustup target add ${triple}\` (the setup-cross-toolchain action does).`
            : undefined,
    });
    const profileDir = ctx.profile === 'debug' ? 'debug' : 'release';
    return { dirs: [external_node_path_default().join(targetDir, triple, profileDir)] };
}
// ---------------------------------------------------------------------------------------------
// command
async function buildCommand(ctx) {
    const given = ctx.command;
    const argv = (typeof given === 'string' ? (0,exec/* splitCommand */.GW)(given) : (given ?? [])).map((a) => expandPlaceholders(a, ctx));
    if (argv.length === 0) {
        throw new errors/* DistroError */.Yt('builder `command` needs a command: set the `command` input or build.command in distro.yml.', {
            key: 'command',
        });
    }
    const tc = cToolchain(ctx);
    const env = { ...ctx.env };
    if (tc.cc)
        env.CC ??= tc.cc;
    if (tc.cxx)
        env.CXX ??= tc.cxx;
    if (tc.ar)
        env.AR ??= tc.ar;
    Object.assign(ctx.flags, { command: argv });
    await runLogged(ctx, [...argv, ...(ctx.build.args ?? []).map((a) => expandPlaceholders(a, ctx))], {
        cwd: ctx.projectDir,
        env,
        key: 'command',
    });
    return {
        dirs: [ctx.outDir, ctx.projectDir, external_node_path_default().join(ctx.projectDir, 'build'), external_node_path_default().join(ctx.projectDir, 'bin')],
        note: 'the command can also write straight to $DISTRO_OUT_DIR',
    };
}
const BUILDER_IMPLS = {
    make: buildMake,
    cmake: buildCmake,
    go: buildGo,
    cargo: buildCargo,
    command: buildCommand,
};

;// CONCATENATED MODULE: ./src/build/detect.ts
/** Which builder a project wants, from the files at its root. */



/** The files looked at, in order of preference. */
const BUILDER_FILES = [
    ['Cargo.toml', 'cargo'],
    ['go.mod', 'go'],
    ['CMakeLists.txt', 'cmake'],
    ['GNUmakefile', 'make'],
    ['makefile', 'make'],
    ['Makefile', 'make'],
];
/** Cargo.toml → cargo, go.mod → go, CMakeLists.txt → cmake, a makefile → make; else undefined. */
function detectBuilder(projectDir) {
    for (const [file, builder] of BUILDER_FILES) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(projectDir, file)))
            return builder;
    }
    return undefined;
}
/** The file that made detectBuilder choose, for the log. */
function detectedFrom(projectDir) {
    return BUILDER_FILES.find(([file]) => (0,external_node_fs_.existsSync)(external_node_path_default().join(projectDir, file)))?.[0];
}
function noBuilderError(projectDir) {
    return new errors/* DistroError */.Yt(`cannot tell how to build ${projectDir}: none of ${BUILDER_FILES.map(([f]) => f).join(', ')} is there. ` +
        'Set `builder` (input, or `build.builder` in distro.yml) to cargo, go, cmake, make or command ' +
        '(with `command`), or point `working-directory` / `build.dir` at the project.', { key: 'builder' });
}

;// CONCATENATED MODULE: ./src/build/types.ts
const BUILDERS = ['cargo', 'go', 'cmake', 'make', 'command'];
const PROFILES = ['debug', 'release', 'performance'];

;// CONCATENATED MODULE: ./src/build/build.ts
/**
 * build-target: build the project for one target, collect the binaries into
 * `<dist-dir>/build/<target>/`, strip them with the target's strip, and record build-info.json.
 */












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
function isRecordedEnv(name) {
    return RECORDED_ENV.has(name) || RECORDED_ENV_PATTERNS.some((re) => re.test(name));
}
function fail(message, key) {
    throw new errors/* DistroError */.Yt(message, { key });
}
/** SOURCE_DATE_EPOCH: the option, else the environment, else the commit time of HEAD, else 0 with a warning. */
async function resolveSourceDateEpoch(o) {
    if (o.sourceDateEpoch !== undefined) {
        if (!Number.isSafeInteger(o.sourceDateEpoch) || o.sourceDateEpoch < 0)
            fail(`source-date-epoch must be a whole number of seconds since 1970, not ${o.sourceDateEpoch}.`, 'source-date-epoch');
        return o.sourceDateEpoch;
    }
    const fromEnv = o.env.SOURCE_DATE_EPOCH;
    if (fromEnv !== undefined && fromEnv !== '') {
        if (!/^\d+$/.test(fromEnv.trim()))
            fail(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '${fromEnv}'.`, 'SOURCE_DATE_EPOCH');
        return Number(fromEnv.trim());
    }
    const ct = await (0,exec/* query */.P)(['git', 'log', '-1', '--format=%ct'], o.projectDir, o.env);
    if (ct && /^\d+$/.test(ct))
        return Number(ct);
    o.log.warn(`SOURCE_DATE_EPOCH is not set and the commit time of HEAD is unknown (${o.projectDir} is not a git checkout, or git is missing or refuses it); using 0. ` +
        'Set SOURCE_DATE_EPOCH, or check out the repository with git.');
    return 0;
}
function defaultWorkDir(o) {
    const base = o.env.RUNNER_TEMP || o.env.TMPDIR || (0,external_node_os_.tmpdir)();
    const id = (0,external_node_crypto_.createHash)('sha256').update(o.projectDir).digest('hex').slice(0, 12);
    return external_node_path_default().join(base, 'distro-build', id);
}
function isFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function findDeep(dir, file, depth) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
    for (const e of entries)
        if (e.name === file && e.isFile())
            return external_node_path_default().join(dir, e.name);
    if (depth <= 0)
        return undefined;
    for (const e of entries) {
        if (!e.isDirectory() || e.name === 'CMakeFiles' || e.name.startsWith('.'))
            continue;
        const hit = findDeep(external_node_path_default().join(dir, e.name), file, depth - 1);
        if (hit)
            return hit;
    }
    return undefined;
}
function wantedBinaries(list, projectDir, exe) {
    if (list.length === 0)
        fail('binaries is empty: list the names of the programs to collect.', 'binaries');
    return list.map((b) => {
        const s = b.trim();
        if (!s)
            fail('binaries: an empty name.', 'binaries');
        if (s.includes('/') || s.includes('\\')) {
            (0,paths/* resolveInside */.L)(projectDir, s, { key: 'binaries' });
            const base = external_node_path_default().basename(s);
            return { name: exe && base.endsWith(exe) ? base.slice(0, -exe.length) : base, rel: s };
        }
        return { name: exe && s.endsWith(exe) ? s.slice(0, -exe.length) : s };
    });
}
function locate(w, out, ctx) {
    const exe = ctx.target.exe;
    const tried = [];
    if (w.rel) {
        for (const cand of [w.rel, w.rel + exe]) {
            const p = (0,paths/* resolveInside */.L)(ctx.projectDir, cand, { key: 'binaries' });
            tried.push(p);
            if (isFile(p))
                return p;
        }
    }
    else {
        for (const dir of out.dirs) {
            const p = external_node_path_default().join(dir, w.name + exe);
            tried.push(p);
            if (isFile(p))
                return p;
        }
        if (out.deep) {
            const hit = findDeep(out.deep, w.name + exe, 4);
            if (hit)
                return hit;
            tried.push(`${out.deep}/**`);
        }
    }
    const unique = [...new Set(tried)];
    throw new errors/* DistroError */.Yt(`binary '${w.name}' was not produced by the build; looked in ${unique.join(', ')}. ` +
        `Set build.binaries (or the binaries input) to the names the build produces, or a path relative to the project` +
        (out.note ? `; ${out.note}.` : '.'), { key: 'binaries' });
}
/** The strip for the target: STRIP, else `<gnu>-strip` on PATH, else `strip` for a host build. */
function stripCommand(ctx) {
    const env = ctx.env;
    if (env.STRIP)
        return env.STRIP.trim().split(/\s+/);
    if (ctx.cross) {
        const name = `${ctx.target.gnu}-strip`;
        return ctx.target.gnu && (0,exec/* which */.K7)(name, env) ? [name] : undefined;
    }
    return ['strip'];
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object') {
        return Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys(v[k])]));
    }
    return v;
}
/** Replaces machine-specific directories so build-info.json is the same wherever the build ran. */
function sanitizer(ctx) {
    const pairs = [
        [ctx.outDir, '$OUT_DIR'],
        [ctx.workDir, '$WORK'],
        [ctx.projectDir, '.'],
    ].sort((a, b) => b[0].length - a[0].length);
    const fix = (v) => {
        if (typeof v === 'string') {
            let s = v.split('\x1f').join(' ');
            for (const [from, to] of pairs)
                s = s.split(from).join(to);
            return s;
        }
        if (Array.isArray(v))
            return v.map(fix);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
        return v;
    };
    return fix;
}
async function buildTarget(o) {
    const log = o.log;
    const build = o.build ?? {};
    if (!external_node_path_default().isAbsolute(o.projectDir))
        fail(`the project directory must be absolute, not '${o.projectDir}'.`, 'working-directory');
    if (!(0,external_node_fs_.existsSync)(o.projectDir) || !(0,external_node_fs_.statSync)(o.projectDir).isDirectory())
        fail(`the project directory ${o.projectDir} does not exist; check working-directory and build.dir.`, 'working-directory');
    const projectDir = external_node_path_default().resolve(o.projectDir);
    const outDir = external_node_path_default().resolve(o.outDir);
    let builder = o.builder ?? build.builder;
    const builderKey = o.builder ? 'builder' : 'build.builder';
    if (builder !== undefined && !BUILDERS.includes(builder)) {
        fail(`${builderKey}: unknown builder '${builder}'; use one of ${BUILDERS.join(', ')}.`, builderKey);
    }
    if (!builder) {
        builder = detectBuilder(projectDir);
        if (!builder)
            throw noBuilderError(projectDir);
        log.info(`builder: ${builder} (found ${detectedFrom(projectDir)})`);
    }
    const profile = o.profile ?? build.profile ?? 'release';
    if (!PROFILES.includes(profile)) {
        const key = o.profile ? 'profile' : 'build.profile';
        fail(`${key}: unknown profile '${profile}'; use one of ${PROFILES.join(', ')}.`, key);
    }
    const wanted = wantedBinaries(o.binaries ?? build.binaries ?? [o.name], projectDir, o.target.exe);
    const sourceDateEpoch = await resolveSourceDateEpoch({ ...o, projectDir });
    const workDir = external_node_path_default().resolve(o.workDir ?? defaultWorkDir(o));
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true }); // workDir: each builder creates what it uses, if anything
    const env = {
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
    const ctx = {
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
        log.warn(`no strip for ${o.target.triple} (STRIP is not set and ${o.target.gnu}-strip is not on PATH): binaries are left unstripped.`);
    }
    const binaries = [];
    const recorded = [];
    for (const w of wanted) {
        const src = locate(w, out, ctx);
        const dst = external_node_path_default().join(outDir, w.name + o.target.exe);
        if (external_node_path_default().resolve(src) !== dst)
            (0,external_node_fs_.copyFileSync)(src, dst);
        (0,external_node_fs_.chmodSync)(dst, 0o755);
        const head = (0,external_node_fs_.readFileSync)(dst).subarray(0, 65536);
        const fmt = readHeader(head)?.format;
        const mismatch = fmt ? (0,targets/* checkBinary */.WD)(head, o.target) : undefined;
        if (mismatch) {
            throw new errors/* DistroError */.Yt(`binary '${w.name}' (${src}) is not a ${o.target.triple} binary: it is ${mismatch}. The build did not use the cross toolchain: ` +
                'run the setup-cross-toolchain action first or set CC (and CARGO_TARGET_<TRIPLE>_LINKER for cargo).', { key: 'target' });
        }
        let stripped = !!out.stripped && profile !== 'debug';
        if (strip && (fmt === 'elf' || fmt === 'pe' || (fmt === 'macho' && !!env.STRIP))) {
            ctx.commands.push([...strip, dst]);
            await (0,exec/* run */.eF)([...strip, dst], { cwd: outDir, env, log, key: 'STRIP' });
            (0,external_node_fs_.chmodSync)(dst, 0o755);
            stripped = true;
        }
        (0,external_node_fs_.utimesSync)(dst, sourceDateEpoch, sourceDateEpoch);
        const bytes = (0,external_node_fs_.readFileSync)(dst);
        recorded.push({
            name: w.name,
            path: external_node_path_default().basename(dst),
            sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            size: bytes.length,
            stripped,
        });
        binaries.push({ name: w.name, file: dst });
    }
    if (strip)
        ctx.tools.strip = (await (0,exec/* query */.P)([strip[0], '--version'], projectDir, env))?.split('\n')[0] ?? 'unknown';
    // build-info.json
    const commit = await (0,exec/* query */.P)(['git', 'rev-parse', 'HEAD'], projectDir, o.env);
    const recordedEnv = {};
    for (const [k, v] of Object.entries(ctx.env))
        if (v !== undefined && isRecordedEnv(k))
            recordedEnv[k] = v;
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
    const buildInfo = external_node_path_default().join(outDir, 'build-info.json');
    (0,external_node_fs_.writeFileSync)(buildInfo, JSON.stringify(sortKeys(info), null, 2) + '\n');
    (0,external_node_fs_.utimesSync)(buildInfo, sourceDateEpoch, sourceDateEpoch);
    log.info(`built ${binaries.map((b) => external_node_path_default().basename(b.file)).join(', ')} into ${outDir}`);
    return { builder, profile, binaries, buildInfo, sourceDateEpoch };
}

;// CONCATENATED MODULE: ./src/build/index.ts
/** build-target: the builders (cargo, go, cmake, make, command) and their helpers. */







/***/ })

};
