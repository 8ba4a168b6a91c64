export const id = 576;
export const ids = [576];
export const modules = {

/***/ 40576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ setup_cross_toolchain_run),
  setupCrossToolchainAction: () => (/* binding */ setupCrossToolchainAction)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/runner/github.ts
var github = __webpack_require__(99863);
// EXTERNAL MODULE: ./src/runner/run.ts + 1 modules
var run = __webpack_require__(11890);
// EXTERNAL MODULE: ./src/targets/index.ts
var targets = __webpack_require__(77594);
// EXTERNAL MODULE: ./src/targets/native.ts
var targets_native = __webpack_require__(79515);
;// CONCATENATED MODULE: ./src/toolchain/plan.ts
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



/** `gcc-<gnu>` spelling of a GNU triple in Debian package names (`x86_64` → `x86-64`). */
function debPackageTriple(gnu) {
    return gnu.replace(/_/g, '-');
}
/** Targets this action can set up on a host (for error messages and docs). */
function supportedTargets(host) {
    return targets/* TARGETS */.dW.filter((t) => supportReason(t, host) === undefined);
}
/** Why `t` cannot be set up on `host`, or undefined when it can. */
function supportReason(t, host) {
    if (t.os === 'linux' && t.abi.startsWith('musl')) {
        if (t.cpu !== host.cpu)
            return `${t.triple} would need a musl cross compiler, which Debian does not package (musl-tools serves the host CPU only); use \`cargo zigbuild\` or a musl.cc toolchain, or build it on a ${t.cpu} runner`;
        return undefined;
    }
    if (t.os === 'linux') {
        if (!t.debian)
            return `${t.triple} has no Debian architecture`;
        return undefined;
    }
    if (t.os === 'windows' && t.abi === 'gnu')
        return undefined;
    if (t.os === 'windows')
        return `${t.triple} needs the MSVC toolchain: run on a windows-latest runner, or use ${t.cpu}-pc-windows-gnu (mingw-w64)`;
    if (t.os === 'darwin')
        return `${t.triple} needs Apple's SDK: run on a macos-latest runner`;
    return `${t.triple} has no cross toolchain in Debian: build it on a ${t.os} machine`;
}
/** CMake's CMAKE_SYSTEM_PROCESSOR (uname -m style). */
function cmakeProcessor(t) {
    if (t.os === 'windows')
        return t.cpu === 'x86_64' ? 'AMD64' : t.cpu === 'aarch64' ? 'ARM64' : 'X86';
    return { armv7: 'armv7l', riscv64gc: 'riscv64', powerpc64le: 'ppc64le' }[t.cpu] ?? t.cpu;
}
/** Meson's cpu_family and cpu. */
function mesonCpu(t) {
    const family = {
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
function cargoTripleVar(triple) {
    return triple.replace(/[-.]/g, '_').toUpperCase();
}
function quoteMeson(s) {
    return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
function quoteCmake(s) {
    return `"${s.replace(/\\/g, '/').replace(/"/g, '\\"')}"`;
}
function planToolchain(target, host, o = {}) {
    const why = supportReason(target, host.target);
    if (why) {
        throw new errors/* DistroError */.Yt(`input 'target': setup-cross-toolchain cannot set up ${why}. Supported here: ${supportedTargets(host.target)
            .map((t) => t.triple)
            .join(', ')}.`, { key: 'input: target' });
    }
    const rust = o.rust ?? true;
    const go = o.go ?? true;
    const qemu = o.qemu ?? true;
    const native = target.triple === host.target.triple;
    const runsHere = (target.os === host.target.os && target.cpu === host.target.cpu) ||
        !!host.nativeTargets?.includes(target.triple);
    const packages = [];
    let prefix = '';
    let cc;
    let cxx;
    let sysroot = '';
    let runner = [];
    let pkgLibdir = '';
    if (native) {
        cc = 'gcc';
        cxx = 'g++';
    }
    else if (target.os === 'linux' && target.abi.startsWith('musl')) {
        // musl-tools: a gcc wrapper around the host's musl; C only.
        packages.push('musl-tools');
        cc = 'musl-gcc';
        cxx = '';
        pkgLibdir = `/usr/lib/musl/lib/pkgconfig`;
    }
    else if (target.os === 'linux') {
        const deb = debPackageTriple(target.gnu);
        packages.push(`gcc-${deb}`, `g++-${deb}`, `binutils-${deb}`, `libc6-dev-${target.debian}-cross`);
        prefix = `${target.gnu}-`;
        cc = `${prefix}gcc`;
        cxx = `${prefix}g++`;
        sysroot = `/usr/${target.gnu}`;
        pkgLibdir = `/usr/lib/${target.gnu}/pkgconfig:/usr/${target.gnu}/lib/pkgconfig:/usr/share/pkgconfig`;
        if (runsHere && target.debian === 'i386' && host.target.debian === 'amd64') {
            // The kernel runs i686 programs, but the loader and libraries they link must be where the
            // ELF says (/lib/ld-linux.so.2): Debian's 32-bit runtime for amd64 hosts puts them there.
            packages.push('libc6-i386', 'lib32gcc-s1', 'lib32stdc++6');
        }
        else if (qemu && !runsHere) {
            packages.push('qemu-user');
            if (host.binfmt && !host.qemuStatic)
                packages.push('qemu-user-binfmt');
            runner = [target.qemu, ...(0,targets_native/* qemuEnvArgs */.nT)(target), '-L', sysroot];
        }
    }
    else {
        // Windows, mingw-w64.
        const deb = target.cpu === 'x86_64' ? 'x86-64' : target.cpu;
        packages.push(`gcc-mingw-w64-${deb}`, `g++-mingw-w64-${deb}`, `binutils-mingw-w64-${deb}`);
        prefix = `${target.gnu}-`;
        cc = `${prefix}gcc`;
        cxx = `${prefix}g++`;
        sysroot = `/usr/${target.gnu}`;
        pkgLibdir = `/usr/${target.gnu}/lib/pkgconfig`;
        if (qemu && host.wine)
            runner = ['wine'];
    }
    for (const p of o.packages ?? [])
        packages.push(p);
    const ar = prefix ? `${prefix}ar` : 'ar';
    const ranlib = prefix ? `${prefix}ranlib` : 'ranlib';
    const strip = prefix ? `${prefix}strip` : 'strip';
    const runnerLine = runner.join(' ');
    const env = {
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
    if (sysroot && target.os === 'linux')
        env.QEMU_LD_PREFIX = sysroot;
    if (rust) {
        const u = target.triple.replace(/-/g, '_');
        const T = cargoTripleVar(target.triple);
        env[`CC_${u}`] = cc;
        if (cxx)
            env[`CXX_${u}`] = cxx;
        env[`AR_${u}`] = ar;
        env[`CARGO_TARGET_${T}_LINKER`] = cc;
        if (runnerLine)
            env[`CARGO_TARGET_${T}_RUNNER`] = runnerLine;
        if (o.cargoBuildTarget)
            env.CARGO_BUILD_TARGET = target.triple;
    }
    if (go) {
        env.GOOS = target.go.goos;
        env.GOARCH = target.go.goarch;
        if (target.go.goarm)
            env.GOARM = target.go.goarm;
        env.CGO_ENABLED = '1';
    }
    // ---- CMake toolchain file ----
    const cm = [
        `# CMake toolchain file for ${target.triple}, written by distro-actions setup-cross-toolchain.`,
    ];
    if (!native) {
        cm.push(`set(CMAKE_SYSTEM_NAME ${target.os === 'windows' ? 'Windows' : 'Linux'})`);
        cm.push(`set(CMAKE_SYSTEM_PROCESSOR ${cmakeProcessor(target)})`);
    }
    cm.push(`set(CMAKE_C_COMPILER ${quoteCmake(cc)})`);
    if (cxx)
        cm.push(`set(CMAKE_CXX_COMPILER ${quoteCmake(cxx)})`);
    cm.push(`set(CMAKE_AR ${quoteCmake(ar)} CACHE FILEPATH "archiver")`);
    cm.push(`set(CMAKE_RANLIB ${quoteCmake(ranlib)} CACHE FILEPATH "ranlib")`);
    cm.push(`set(CMAKE_STRIP ${quoteCmake(strip)} CACHE FILEPATH "strip")`);
    if (target.os === 'windows')
        cm.push(`set(CMAKE_RC_COMPILER ${quoteCmake(`${prefix}windres`)})`);
    if (sysroot) {
        // Debian's cross gcc is not a --sysroot compiler: /usr/<gnu> is where find_* look, not CMAKE_SYSROOT.
        cm.push(`set(CMAKE_FIND_ROOT_PATH ${quoteCmake(sysroot)})`);
        cm.push('set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)');
        cm.push('set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)');
        cm.push('set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)');
        cm.push('set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)');
        if (target.os === 'linux')
            cm.push(`set(CMAKE_LIBRARY_ARCHITECTURE ${target.gnu})`);
    }
    if (runner.length)
        cm.push(`set(CMAKE_CROSSCOMPILING_EMULATOR ${runner.map(quoteCmake).join(' ')})`);
    if (!native && pkgLibdir) {
        cm.push(`set(ENV{PKG_CONFIG_LIBDIR} ${quoteCmake(pkgLibdir)})`);
        cm.push(`set(ENV{PKG_CONFIG_SYSROOT_DIR} "/")`);
    }
    // ---- Meson cross file ----
    const { family, cpu } = mesonCpu(target);
    const ms = [
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

// EXTERNAL MODULE: ./src/toolchain/apt.ts
var toolchain_apt = __webpack_require__(70160);
// EXTERNAL MODULE: ./src/toolchain/cache.ts
var toolchain_cache = __webpack_require__(12061);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
// EXTERNAL MODULE: ./src/toolchain/install.ts + 2 modules
var install = __webpack_require__(75834);
;// CONCATENATED MODULE: ./src/toolchain/setup.ts
/**
 * The setup-cross-toolchain stage: plan, install (apt, with the package cache), `rustup target
 * add`, write the CMake toolchain file and the Meson cross file, and return the variables to
 * export and the outputs. Takes plain values; the action entry exports and reports.
 */











async function binfmtWritable() {
    try {
        await (0,promises_.access)('/proc/sys/fs/binfmt_misc/register', promises_.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The error lines of rustup's output, without its backtrace. */
function rustupError(out) {
    const lines = out.split('\n').filter((l) => /error/i.test(l));
    return (lines.length ? lines : out.trim().split('\n')).slice(0, 3).join('\n');
}
async function setupToolchain(o) {
    const t0 = Date.now();
    const platform = o.platform ?? process.platform;
    const host = o.host ?? {
        target: (0,targets/* hostTarget */.az)(),
        binfmt: platform === 'linux' && (await binfmtWritable()),
        qemuStatic: platform === 'linux' && (0,external_node_fs_.existsSync)('/usr/bin/qemu-aarch64-static'),
        wine: !!(0,exec/* which */.K7)('wine', o.env),
    };
    if (!o.host && platform === 'linux')
        host.nativeTargets = targets/* TARGETS */.dW.filter((t) => t !== host.target && (0,targets_native/* runsNatively */.PU)(t)).map((t) => t.triple);
    const target = o.target ? (0,targets/* resolveTarget */.u1)(o.target, 'input: target') : host.target;
    const os = (0,install/* osInfo */.lf)(o.osRelease);
    const rustMode = o.rust ?? 'auto';
    const plan = planToolchain(target, host, {
        debianRelease: os.codename,
        rust: rustMode !== 'false',
        cargoBuildTarget: o.cargoBuildTarget,
        go: o.go,
        qemu: o.qemu,
        packages: o.packages,
    });
    o.log.info(`setup-cross-toolchain: ${target.triple} on ${host.target.triple} (${os.id} ${os.version || os.codename})`);
    let inst;
    const store = o.cache === false ? undefined : (o.packageCache ?? toolchain_cache/* noCache */.wt);
    const t1 = Date.now();
    if (plan.packages.length) {
        const apt = new toolchain_apt/* Apt */.o({
            env: o.env,
            log: o.log,
            platform,
            uid: o.uid ?? process.getuid?.(),
            exec: o.exec ?? toolchain_apt/* spawnExec */.b,
            lockTimeout: o.lockTimeout,
            release: os.codename || undefined,
        });
        inst = await o.log.group(`apt-get install ${plan.packages.join(' ')}`, () => (0,install/* installCached */.Kx)({
            apt,
            packages: plan.packages,
            name: target.triple,
            image: (0,install/* osImage */.Uj)(o.env, os, host.target.arch),
            archives: external_node_path_default().join(o.tempDir, 'distro-apt-cache', target.triple),
            snapshotDir: external_node_path_default().join(o.tempDir, 'distro-installed-cache', target.triple),
            store,
            log: o.log,
        }));
    }
    const restoreMs = inst?.restoreMs ?? 0;
    const saveMs = inst?.saveMs ?? 0;
    const cache = inst?.cache ?? 'not needed';
    const installMs = Date.now() - t1 - restoreMs - saveMs;
    if (rustMode !== 'false') {
        if ((0,exec/* which */.K7)('rustup', o.env)) {
            o.log.info(`$ rustup target add ${target.triple}`);
            const r = await (0,toolchain_apt/* spawnExec */.b)(['rustup', 'target', 'add', target.triple], o.env, o.log, true);
            if (r.code !== 0) {
                const msg = `\`rustup target add ${target.triple}\` failed (exit ${r.code}): ${rustupError(r.output)}`;
                if (rustMode === 'true')
                    throw new errors/* DistroError */.Yt(msg, { key: 'input: rust' });
                o.log.warn(`${msg}; the cargo variables are exported anyway (set rust: false to skip Rust).`);
            }
        }
        else if (rustMode === 'true') {
            throw new errors/* DistroError */.Yt("input 'rust' is true but rustup is not on PATH: install Rust with rustup (https://rustup.rs) or dtolnay/rust-toolchain before this step.", { key: 'input: rust' });
        }
    }
    const dir = external_node_path_default().join(o.tempDir, 'distro-toolchain', target.triple);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const cmakeFile = external_node_path_default().join(dir, 'toolchain.cmake');
    const mesonFile = external_node_path_default().join(dir, 'meson-cross.ini');
    await (0,promises_.writeFile)(cmakeFile, plan.files.cmake);
    await (0,promises_.writeFile)(mesonFile, plan.files.meson);
    const env = { ...plan.env, CMAKE_TOOLCHAIN_FILE: cmakeFile };
    const outputs = {
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

;// CONCATENATED MODULE: ./src/toolchain/index.ts
/** setup-cross-toolchain: plan, apt install, cache, exported environment. */





;// CONCATENATED MODULE: ./src/actions/setup-cross-toolchain.ts




const setupCrossToolchainAction = async (inputs, rt) => {
    const rust = inputs.string('rust') || 'auto';
    if (!['auto', 'true', 'false'].includes(rust)) {
        throw new errors/* DistroError */.Yt(`input 'rust' must be auto, true or false, got '${rust}'.`, {
            key: 'input: rust',
            usage: true,
        });
    }
    const r = await setupToolchain({
        target: inputs.optional('target'),
        rust: rust,
        cargoBuildTarget: inputs.boolean('cargo-build-target'),
        go: inputs.boolean('go'),
        qemu: inputs.boolean('qemu'),
        cache: inputs.boolean('cache'),
        packages: inputs.list('packages'),
        tempDir: rt.env.RUNNER_TEMP || `${rt.workspace}/.distro-temp`,
        env: rt.env,
        log: rt.log,
        packageCache: inputs.boolean('cache') ? (0,toolchain_cache/* createPackageCache */.PI)(rt.env) : undefined,
    });
    (0,github/* exportVariables */.qY)(r.env);
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const warm = r.cache === 'hit' && r.offline;
    const cacheLine = r.cache === 'not needed' || r.cache === 'disabled'
        ? r.cache
        : `${r.cache}${r.cacheKey ? ` (${r.cacheKey})` : ''}, ${r.cacheDescription ?? ''}` +
            (r.fetched !== undefined ? `; ${r.fetched} .deb downloaded` : '') +
            (r.offline ? '; installed without the network' : '');
    await (0,github/* writeSummary */.Sy)(rt.env, `setup-cross-toolchain: ${r.target.triple}`, [
        ['', ''],
        ['CC', r.outputs.cc ?? ''],
        ['runner', r.outputs.runner || '(native)'],
        ['packages installed', r.installed.join(' ') || '(none)'],
        ['already present', r.present.join(' ') || '(none)'],
        ['package cache', cacheLine],
        ['cache restore time', s(r.restoreMs)],
        [
            `install time (${r.installed.length === 0 ? 'nothing to install' : warm ? 'warm' : 'cold'})`,
            s(r.installMs),
        ],
        ['cache save time', s(r.saveMs)],
        [`total time (${warm ? 'warm' : r.installed.length === 0 ? 'no-op' : 'cold'})`, s(r.totalMs)],
    ], [
        `CMake toolchain file: \`${r.outputs['cmake-toolchain-file']}\`, Meson cross file: \`${r.outputs['meson-cross-file']}\``,
    ]);
    return r.outputs;
};
/** Runs the setup-cross-toolchain action (the runner protocol; what @github/local-action calls). */
const setup_cross_toolchain_run = (0,run/* actionRun */.m)('setup-cross-toolchain', setupCrossToolchainAction);


/***/ }),

/***/ 44107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ splitCommand),
/* harmony export */   Gx: () => (/* binding */ runPiped),
/* harmony export */   JO: () => (/* binding */ cleanEnv),
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   P: () => (/* binding */ query),
/* harmony export */   YT: () => (/* binding */ notInstalled),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   fE: () => (/* binding */ formatCommand)
/* harmony export */ });
/* unused harmony exports installHint, shellQuote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * Running build tools: argv arrays only (never a shell), the tool looked up on the PATH of the
 * environment we were given, output streamed line by line to the logger, and errors that say what
 * to install or which command failed with its last lines of output.
 */





/** The environment without unset entries, as child_process wants it. */
function cleanEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
function isExecutable(file) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile())
            return false;
        if (process.platform === 'win32')
            return true;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Where `cmd` is: a path (with a slash) is resolved against `cwd`; a bare name is looked up on
 * `env.PATH` (with `PATHEXT` on Windows). Undefined when it is not there.
 */
function which(cmd, env, cwd = '/') {
    if (cmd === '')
        return undefined;
    if (cmd.includes('/') || (process.platform === 'win32' && cmd.includes('\\'))) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, cmd);
        return isExecutable(full) ? full : undefined;
    }
    const exts = process.platform === 'win32'
        ? ['', ...(env.PATHEXT ?? env.Pathext ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)]
        : [''];
    const dirs = (env.PATH ?? env.Path ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)).filter(Boolean);
    for (const dir of dirs) {
        for (const ext of exts) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, cmd + ext);
            if (isExecutable(full))
                return full;
        }
    }
    return undefined;
}
/** How to get `tool`, for the "is not installed" error. */
function installHint(tool) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(tool);
    if (base === 'cargo' || base === 'rustc' || base === 'rustup')
        return 'install Rust with rustup (https://rustup.rs) or `apt-get install cargo`; on GitHub use the setup-cross-toolchain action or dtolnay/rust-toolchain';
    if (base === 'go')
        return 'install Go from https://go.dev/dl or `apt-get install golang-go`; on GitHub use actions/setup-go or the setup-cross-toolchain action';
    if (base === 'cmake')
        return 'install CMake with `apt-get install cmake` (or `pip install cmake`, https://cmake.org/download); GitHub-hosted runners have it';
    if (base === 'make' || base === 'gmake')
        return 'install GNU make with `apt-get install make` (or build-essential)';
    const cross = /^(.+)-(gcc|g\+\+|cc|strip|ar)$/.exec(base);
    if (cross) {
        const pkg = cross[2] === 'g++' ? 'g++' : cross[2] === 'strip' || cross[2] === 'ar' ? 'binutils' : 'gcc';
        return `install the cross toolchain with \`apt-get install ${pkg}-${cross[1].replace(/_/g, '-')}\`, or run the setup-cross-toolchain action for this target`;
    }
    if (base === 'gcc' || base === 'cc' || base === 'g++' || base === 'c++' || base === 'clang')
        return 'install a C compiler with `apt-get install build-essential` (or set CC)';
    if (base === 'strip' || base === 'ar')
        return 'install binutils with `apt-get install binutils` (or set STRIP)';
    if (base === 'git')
        return 'install git with `apt-get install git`';
    return `install ${base} or put it on PATH`;
}
function notInstalled(tool, env, key) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`${tool} is not installed (not found on PATH=${env.PATH ?? ''}): ${installHint(tool)}.`, key ? { key } : {});
}
/**
 * `a` as one shell word: kept as it is when it holds only characters no shell treats specially
 * (letters, digits and @ % + = : , . / _ -), else single-quoted, so a line we print for users to
 * paste never runs what a value holds (`$(…)`, backticks, `;`, `!` history expansion, globs).
 */
function shellQuote(a) {
    return /^[A-Za-z0-9@%+=:,./_-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
/** A command line for messages, logs and users to paste: each argument quoted by shellQuote. */
function formatCommand(argv) {
    return argv.map(shellQuote).join(' ');
}
/** The error of a command that exited non-zero: the command line, the exit and its last lines. */
function failed(argv, code, tail, o) {
    const out = tail.join('\n');
    const extra = o.advice?.(out);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`\`${formatCommand(argv)}\` failed (exit ${code}) in ${o.cwd}` +
        (tail.length ? `; last lines of output:\n${out}` : ' with no output') +
        (extra ? `\n${extra}` : ''), o.key ? { key: o.key } : {});
}
/** Runs `argv` (no shell), streaming stdout and stderr to log.info line by line. */
async function run(argv, o) {
    const [cmd, ...args] = argv;
    const exe = which(cmd, o.env, o.cwd);
    if (!exe)
        throw notInstalled(cmd, o.env, o.key);
    o.log.info(`$ ${formatCommand(argv)}`);
    const keep = o.tail ?? 25;
    const tail = [];
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(exe, args, { cwd: o.cwd, env: cleanEnv(o.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const onLine = (line) => {
        o.log.info(line);
        tail.push(line);
        if (tail.length > keep)
            tail.shift();
    };
    const streams = [child.stdout, child.stderr].map((s) => new Promise((resolve) => {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: s, crlfDelay: Infinity });
        rl.on('line', onLine);
        rl.on('close', resolve);
    }));
    const code = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (c, signal) => resolve(c ?? `signal ${signal}`));
    }).catch((err) => {
        if (err.code === 'ENOENT')
            throw notInstalled(cmd, o.env, o.key);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`could not run ${cmd}: ${err.message}`, o.key ? { key: o.key } : {});
    });
    await Promise.all(streams);
    if (code !== 0)
        throw failed(argv, code, tail, o);
    return { tail };
}
/**
 * Starts `argv` (no shell) with its stdout as a stream, for output too large to hold (git
 * archive). `done` settles when the process exits: a DistroError with the last lines of stderr
 * when it fails or is missing. Nothing is logged but the command line.
 */
function runPiped(argv, o) {
    const [cmd, ...args] = argv;
    const exe = which(cmd, o.env, o.cwd);
    if (!exe)
        throw notInstalled(cmd, o.env, o.key);
    o.log.info(`$ ${formatCommand(argv)}`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(exe, args, { cwd: o.cwd, env: cleanEnv(o.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: child.stderr, crlfDelay: Infinity }).on('line', (line) => {
        tail.push(line);
        if (tail.length > (o.tail ?? 25))
            tail.shift();
    });
    const done = new Promise((resolve, reject) => {
        child.on('error', (err) => reject(err.code === 'ENOENT'
            ? notInstalled(cmd, o.env, o.key)
            : new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`could not run ${cmd}: ${err.message}`, o.key ? { key: o.key } : {})));
        child.on('close', (code, signal) => {
            if (code === 0)
                return resolve();
            reject(failed(argv, code ?? `signal ${signal}`, tail, o));
        });
    });
    return { stdout: child.stdout, done };
}
/**
 * Runs a short query (`git rev-parse HEAD`, `gcc --version`) and returns its trimmed stdout, or
 * undefined when the tool is missing or fails. Never throws, never logs at info level.
 */
async function query(argv, cwd, env, timeoutMs = 15000) {
    const [cmd, ...args] = argv;
    const exe = which(cmd, env, cwd);
    if (!exe)
        return undefined;
    return new Promise((resolve) => {
        let out = '';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(exe, args, { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'ignore'] });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => (out += d));
        child.on('error', () => {
            clearTimeout(timer);
            resolve(undefined);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve(code === 0 ? out.trim() : undefined);
        });
    });
}
/**
 * Splits a command line into argv without a shell: whitespace separates words; '…' is literal;
 * "…" allows \" \\ \$ \` escapes; a backslash outside quotes escapes the next character.
 * No globbing, no variables, no pipes: a `|` or `&&` is just an argument.
 */
function splitCommand(line, key = 'build.command') {
    const words = [];
    let cur = '';
    let inWord = false;
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (/\s/.test(c)) {
            if (inWord)
                words.push(cur);
            cur = '';
            inWord = false;
            i++;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`${key}: unterminated ' quote in \`${line}\`.`, { key });
            cur += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            let closed = false;
            while (i < line.length) {
                const d = line[i];
                if (d === '"') {
                    closed = true;
                    i++;
                    break;
                }
                if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
                    cur += line[i + 1];
                    i += 2;
                }
                else {
                    cur += d;
                    i++;
                }
            }
            if (!closed)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`${key}: unterminated " quote in \`${line}\`.`, { key });
            inWord = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            cur += line[i + 1];
            inWord = true;
            i += 2;
        }
        else {
            cur += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(cur);
    return words;
}


/***/ })

};
