export const id = 5581;
export const ids = [5581];
export const modules = {

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


/***/ }),

/***/ 95581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84410);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(25625);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39205);
/* harmony import */ var _runner_artifacts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25541);
/* harmony import */ var _runner_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11890);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(44107);
/**
 * `distro`: the stages off GitHub, with flags that mirror the actions' inputs.
 *   distro build|package|sign|smoke|publish|release [flags]      exit 0 success, 1 failure, 2 bad usage
 */










const COMMON = {
    config: { type: 'string', short: 'c' },
    'dist-dir': { type: 'string', short: 'd' },
    from: { type: 'string', multiple: true },
    'artifact-prefix': { type: 'string' },
    version: { type: 'string' },
    'working-directory': { type: 'string', short: 'C' },
    'artifacts-dir': { type: 'string' },
    'no-upload': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
};
const BUILD = {
    target: { type: 'string', short: 't', multiple: true },
    builder: { type: 'string' },
    command: { type: 'string' },
    binaries: { type: 'string' },
    profile: { type: 'string' },
};
const PACKAGE = {
    target: { type: 'string', short: 't', multiple: true },
    formats: { type: 'string', short: 'f' },
};
const SIGN = {
    checksums: { type: 'string' },
    'per-file-checksums': { type: 'boolean' },
    'gpg-key': { type: 'string' },
    signatures: { type: 'string' },
    'signature-format': { type: 'string' },
    'no-sign-packages': { type: 'boolean' },
    sbom: { type: 'string' },
    'minisign-key': { type: 'string' },
    'authenticode-pfx': { type: 'string' },
    'authenticode-timestamp-url': { type: 'string' },
};
const PUBLISH = {
    apt: { type: 'string' },
    yum: { type: 'string' },
    archlinux: { type: 'string' },
    'repo-dir': { type: 'string' },
    'repo-branch': { type: 'string' },
    'repo-remote': { type: 'string' },
    channel: { type: 'string' },
    'base-url': { type: 'string' },
    'gpg-key': { type: 'string' },
    unsigned: { type: 'boolean' },
    keep: { type: 'string' },
    retract: { type: 'string' },
    'promote-from': { type: 'string' },
    promote: { type: 'string' },
    'homebrew-tap': { type: 'string' },
    'scoop-bucket': { type: 'string' },
    winget: { type: 'boolean' },
    'winget-fork': { type: 'string' },
};
const SMOKE = {
    target: { type: 'string', short: 't', multiple: true },
    command: { type: 'string' },
    expect: { type: 'string' },
    'no-install': { type: 'boolean' },
    'upgrade-from': { type: 'string' },
    timeout: { type: 'string' },
};
const COMMON_HELP = `
Common flags (the inputs every action has):
  -c, --config FILE             project config (default distro.yml; a missing default file is fine)
  -d, --dist-dir DIR            dist directory, relative to the working directory (default dist)
      --from NAME|GLOB          download and merge these artifacts first (repeatable or comma list)
      --artifact-prefix P       artifact names start with P (default distro)
      --version V               release version (default: v-tag in GITHUB_REF, config, git describe, 0.0.0)
  -C, --working-directory DIR   project directory, relative to the current directory (default .)
      --artifacts-dir DIR       local artifact store (default $DISTRO_ARTIFACTS_DIR or $RUNNER_TEMP/distro-artifacts)
      --no-upload               do not upload the stage's artifact to the store
  -q, --quiet                   only errors and the result
  -h, --help                    this help`;
/** Stands for the format names in HELP.package, filled in from src/formats/registry.ts when shown. */
const FORMAT_NAMES = '\u0000formats\u0000';
/** The help of `topic` ('' for the overview), or undefined for no such command. */
async function helpText(topic) {
    const text = HELP[topic];
    if (!text?.includes(FORMAT_NAMES))
        return text;
    const { formatNames } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(5265), __webpack_require__.e(248), __webpack_require__.e(6557), __webpack_require__.e(5729), __webpack_require__.e(2511)]).then(__webpack_require__.bind(__webpack_require__, 15729));
    return text.replace(FORMAT_NAMES, formatNames().join(', '));
}
const HELP = {
    '': `distro ${_runner_run_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x} — build, package and checksum releases for many targets (the distro-actions stages, off GitHub)

Usage: distro <command> [flags]

Commands:
  build     build the project for one target and collect its binaries (action build-target)
  package   turn built binaries into deb and rpm packages and tar.gz, tar.xz, tar.zst, zip archives (action package-format)
  sign      sign rpms, write SBOMs, checksums and OpenPGP/minisign signatures (action sign-artifacts)
  smoke     run every target's binaries and install its packages under qemu (action qemu-smoke-test)
  publish   add the packages to signed APT and YUM repositories in a directory or git branch (action publish-repo)
  release   build every target, package and sign, in one dist directory
  rehearse  run a release workflow (.github/workflows/*.yml) on this machine, job by job, without Docker

Run 'distro <command> --help' or 'distro help <command>' for its flags. Exit codes: 0 success, 1 failure, 2 bad usage.`,
    build: `Usage: distro build [flags]

Build the project for one target and collect its binaries under <dist-dir>/build/<target>/.
  -t, --target T        target triple or alias (default: this machine)
      --builder B       cargo, go, cmake, make or command (default: detected from the project's files)
      --command CMD     the build command for builder 'command'
      --binaries LIST   names of the binaries to collect (default: the project name)
      --profile P       debug, release (default) or performance${COMMON_HELP}`,
    package: `Usage: distro package [flags]

Turn the built binaries of the manifest into packages and archives.
  -t, --target T        only this target (default: every target with binaries)
  -f, --formats LIST    ${FORMAT_NAMES} (default: 'formats' of the config, else tar.gz)${COMMON_HELP}`,
    sign: `Usage: distro sign [flags]

Sign rpm packages in place, write SBOMs, checksum files and detached signatures.
      --checksums LIST        sha256, sha512 or none (default: sign.checksums of the config, else both)
      --per-file-checksums    also write <file>.sha256 beside each artifact
      --gpg-key FILE          OpenPGP private key (armored or binary); its passphrase from $DISTRO_GPG_PASSPHRASE
      --signatures GLOBS      artifact paths to sign (default: every binary, archive, package and SBOM)
      --signature-format F    armor (.asc, default) or binary (.sig)
      --no-sign-packages      leave rpm packages unsigned
      --sbom LIST             spdx, cyclonedx, both or none (default: sign.sbom of the config, else both)
      --minisign-key FILE     also write .minisig signatures; its password from $DISTRO_MINISIGN_PASSWORD
      --authenticode-pfx FILE Authenticode-sign .exe and .msi files with this PFX; its password from
                              $DISTRO_AUTHENTICODE_PASSWORD
      --authenticode-timestamp-url URL  RFC 3161 timestamp server for the Authenticode signatures${COMMON_HELP}`,
    publish: `Usage: distro publish [flags]

Add the deb, rpm and Arch Linux packages of the manifest to signed APT, YUM and pacman repositories
(apt/, yum/<channel>/ and archlinux/<channel>/<arch>/ below the repository root) kept in a directory or a git branch. GitHub releases are made by the action.
      --repo-dir DIR          the repository root, a directory (relative to the current directory)
      --repo-branch B         or a branch (e.g. gh-pages) of --repo-remote (a git URL or path)
      --channel C             stable (default), beta, nightly or any name
      --base-url URL          where the repository root is served (for the .sources and .repo files)
      --gpg-key FILE          OpenPGP private key that signs; its passphrase from $DISTRO_GPG_PASSPHRASE
      --unsigned              publish without signatures (only without --gpg-key)
      --apt, --yum, --archlinux BOOL
                              publish that repository (default: when the manifest has such packages)
      --keep N                keep the last N versions of each package in the channel
      --retract LIST          name=version items to remove from the channel
      --promote-from C        copy versions from channel C (--promote LIST of name=version, else this version)
      --homebrew-tap O/N      push Formula/<name>.rb to this tap; token from $DISTRO_HOMEBREW_TAP_TOKEN
      --scoop-bucket O/N      push bucket/<name>.json to this bucket; token from $DISTRO_SCOOP_BUCKET_TOKEN
      --winget                write the winget manifests under <dist>/winget/
      --winget-fork O/N       and open a pull request against microsoft/winget-pkgs from this fork;
                              token from $DISTRO_WINGET_TOKEN${COMMON_HELP}`,
    smoke: `Usage: distro smoke [flags]

Run each target's binaries under qemu user-mode, install each package into a root filesystem of
its architecture, run the smoke command there, remove it, and write a JUnit report.
  -t, --target T        only this target (default: every target in the manifest)
      --command CMD     smoke command, split into arguments (default: smoke.command, else <binary> --version)
      --expect TEXT     text or /regex/ the output must match (default: smoke.expect)
      --no-install      run the binaries only
      --upgrade-from F  previous package files to install first (comma list)
      --timeout S       seconds per run (default: smoke.timeout, else 60)${COMMON_HELP}`,
    release: `Usage: distro release [flags]

Build every target (--target, else 'targets' of the config, else this machine), package and sign.
  -t, --target T        a target to build (repeatable or comma list)
  -f, --formats LIST    deb, rpm and archive formats (default: 'formats' of the config, else tar.gz)
      --builder B, --command CMD, --binaries LIST, --profile P    as for 'distro build'
      --checksums LIST, --per-file-checksums, --gpg-key FILE, --sbom LIST, …   as for 'distro sign'${COMMON_HELP}`,
};
const OPTIONS = {
    build: { ...COMMON, ...BUILD },
    package: { ...COMMON, ...PACKAGE },
    sign: { ...COMMON, ...SIGN },
    smoke: { ...COMMON, ...SMOKE },
    publish: { ...COMMON, ...PUBLISH },
    release: { ...COMMON, ...BUILD, ...PACKAGE, ...SIGN },
};
function cliLogger(io, quiet) {
    let depth = 0;
    const pad = () => '  '.repeat(depth);
    return {
        info: (m) => {
            if (!quiet)
                for (const l of m.split('\n'))
                    io.err(`${pad()}${l}`);
        },
        warn: (m, where) => io.err(`${pad()}warning: ${where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : ''}${m}`),
        debug: (m) => {
            if (io.env.DISTRO_DEBUG)
                io.err(`${pad()}debug: ${m}`);
        },
        ...(io.live && !quiet ? { live: (line) => io.live(line && `${pad()}${line}`) } : {}),
        group: async (title, fn) => {
            const t0 = Date.now();
            if (!quiet)
                io.err(`${pad()}▶ ${title}`);
            depth++;
            try {
                const r = await fn();
                depth--;
                if (!quiet)
                    io.err(`${pad()}✔ ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
                return r;
            }
            catch (e) {
                depth--;
                throw e;
            }
        },
    };
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function list(v) {
    if (Array.isArray(v))
        return v.flatMap((x) => (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)(String(x)));
    return typeof v === 'string' ? (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)(v) : [];
}
/** A key file named by a flag: its text (a binary key as base64, which the loaders take). */
async function readSecretFile(cwd, file, flag, binary = false) {
    try {
        const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file));
        return binary || data.includes(0) || data[0] >= 0x80 ? data.toString('base64') : data.toString('utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`${flag} ${file}: cannot read it (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}).`, {
            key: flag,
            usage: true,
        });
    }
}
function report(io, label, r) {
    for (const a of r.artifacts)
        io.out(`${label}\t${a.kind}\t${a.path}`);
}
/** Runs the CLI; returns the exit code. */
async function cli(argv, io) {
    const full = {
        cwd: io?.cwd ?? process.cwd(),
        env: io?.env ?? process.env,
        out: io?.out ?? ((l) => process.stdout.write(l + '\n')),
        err: io?.err ?? ((l) => process.stderr.write(l + '\n')),
    };
    // Run in a workflow step, the CLI's output is read for workflow commands: it issues none.
    const [out, err] = [full.out, full.err];
    full.out = (l) => out((0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .neutraliseCommands */ .$)(l));
    full.err = (l) => err((0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .neutraliseCommands */ .$)(l));
    if (!io && process.stderr.isTTY) {
        // the live line is redrawn in place; a log line first clears it (the next redraw brings it back)
        const clear = '\r\x1b[K';
        let shown = false;
        full.live = (l) => {
            const text = (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .neutraliseCommands */ .$)(l)
                .split('\n')[0]
                .slice(0, (process.stderr.columns || 80) - 1);
            process.stderr.write(clear + text);
            shown = !!text;
        };
        full.err = (l) => {
            if (shown)
                process.stderr.write(clear);
            shown = false;
            err((0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .neutraliseCommands */ .$)(l));
        };
    }
    if (!io)
        (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .removeOnSignals */ .N)(); // the real process: a cancelled run leaves no temporary file
    const [command = '', ...rest] = argv;
    if (command === '--version' || command === '-V') {
        full.out(_runner_run_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x);
        return 0;
    }
    if (command === 'help' && rest.length) {
        // `distro help package` is `distro package --help`, as git and npm read it
        if (rest.length === 1 && rest[0] === 'rehearse')
            return (await __webpack_require__.e(/* import() */ 1473).then(__webpack_require__.bind(__webpack_require__, 81473))).rehearseCli(['--help'], full, (quiet) => cliLogger(full, quiet));
        const topic = await helpText(rest[0]);
        if (rest.length > 1 || !topic || !rest[0]) {
            full.err(`distro help: no command '${rest.join(' ')}'. Commands: ${[...Object.keys(OPTIONS), 'rehearse'].join(', ')}.`);
            return 2;
        }
        full.out(topic);
        return 0;
    }
    if (command === '' || command === '--help' || command === '-h' || command === 'help') {
        full.out(HELP['']);
        return command === '' ? 2 : 0;
    }
    if (command === 'rehearse')
        return (await __webpack_require__.e(/* import() */ 1473).then(__webpack_require__.bind(__webpack_require__, 81473))).rehearseCli(rest, full, (quiet) => cliLogger(full, quiet));
    const options = OPTIONS[command];
    if (!options) {
        full.err(`distro: unknown command '${command}'. Commands: build, package, sign, smoke, publish, release, rehearse. See 'distro --help'.`);
        return 2;
    }
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: rest, options, strict: true, allowPositionals: false }));
    }
    catch (e) {
        full.err(`distro ${command}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}. See 'distro ${command} --help'.`);
        return 2;
    }
    if (values.help) {
        full.out((await helpText(command)));
        return 0;
    }
    const log = cliLogger(full, !!values.quiet);
    const env = values['artifacts-dir']
        ? { ...full.env, DISTRO_ARTIFACTS_DIR: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(full.cwd, String(values['artifacts-dir'])) }
        : full.env;
    const common = {
        workspace: full.cwd,
        workingDirectory: str(values['working-directory']),
        config: str(values.config),
        distDir: str(values['dist-dir']),
        from: list(values.from),
        artifactPrefix: str(values['artifact-prefix']),
        version: str(values.version),
        upload: !values['no-upload'],
        env,
        log,
        store: (0,_runner_artifacts_js__WEBPACK_IMPORTED_MODULE_6__/* .createArtifactStore */ .GA)(env),
    };
    try {
        const build = {
            builder: str(values.builder),
            command: values.command ? (0,_build_exec_js__WEBPACK_IMPORTED_MODULE_8__/* .splitCommand */ .GW)(String(values.command), '--command') : undefined,
            binaries: list(values.binaries),
            profile: str(values.profile),
        };
        const sign = {
            checksums: values.checksums !== undefined ? list(values.checksums) : undefined,
            perFile: values['per-file-checksums'] ? true : undefined,
            gpgPrivateKey: values['gpg-key']
                ? await readSecretFile(full.cwd, String(values['gpg-key']), '--gpg-key')
                : undefined,
            gpgPassphrase: env.DISTRO_GPG_PASSPHRASE,
            signatures: list(values.signatures),
            signatureFormat: str(values['signature-format']),
            signPackages: values['no-sign-packages'] ? false : undefined,
            sbom: list(values.sbom),
            minisignKey: values['minisign-key']
                ? await readSecretFile(full.cwd, String(values['minisign-key']), '--minisign-key')
                : undefined,
            minisignPassword: env.DISTRO_MINISIGN_PASSWORD,
            authenticodePfx: values['authenticode-pfx']
                ? await readSecretFile(full.cwd, String(values['authenticode-pfx']), '--authenticode-pfx', true)
                : undefined,
            authenticodePassword: env.DISTRO_AUTHENTICODE_PASSWORD,
            authenticodeTimestampUrl: str(values['authenticode-timestamp-url']),
        };
        const targets = list(values.target);
        switch (command) {
            case 'build': {
                if (targets.length > 1)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt('distro build takes one --target; use distro release for several.', {
                        usage: true,
                    });
                const { buildStage } = await Promise.all(/* import() */[__webpack_require__.e(1687), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(1311), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 60583));
                report(full, 'build', await buildStage({ ...common, ...build, target: targets[0] }));
                break;
            }
            case 'package': {
                if (targets.length > 1)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt('distro package takes one --target (or none for all).', { usage: true });
                const { packageStage } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(1311), __webpack_require__.e(5265), __webpack_require__.e(248), __webpack_require__.e(6557), __webpack_require__.e(5729), __webpack_require__.e(8305)]).then(__webpack_require__.bind(__webpack_require__, 68305));
                report(full, 'package', await packageStage({ ...common, target: targets[0], formats: list(values.formats) }));
                break;
            }
            case 'sign': {
                const { signStage } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(1311), __webpack_require__.e(5265), __webpack_require__.e(248), __webpack_require__.e(6557), __webpack_require__.e(5729), __webpack_require__.e(7858)]).then(__webpack_require__.bind(__webpack_require__, 7858));
                report(full, 'sign', await signStage({ ...common, ...sign }));
                break;
            }
            case 'smoke': {
                if (targets.length > 1)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt('distro smoke takes one --target (or none for all).', { usage: true });
                const timeout = str(values.timeout);
                if (timeout !== undefined && !(Number(timeout) > 0))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`--timeout must be a positive number of seconds, not '${timeout}'.`, {
                        usage: true,
                    });
                const { SmokeFailedError, smokeStage } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(1311), __webpack_require__.e(9891), __webpack_require__.e(6105)]).then(__webpack_require__.bind(__webpack_require__, 36105));
                try {
                    const r = await smokeStage({
                        ...common,
                        target: targets[0],
                        command: values.command ? (0,_build_exec_js__WEBPACK_IMPORTED_MODULE_8__/* .splitCommand */ .GW)(String(values.command), '--command') : undefined,
                        expect: str(values.expect),
                        install: !values['no-install'],
                        upgradeFrom: list(values['upgrade-from']),
                        timeout: timeout === undefined ? undefined : Number(timeout),
                        uid: process.getuid?.(),
                    });
                    report(full, 'smoke', r);
                    full.out(`smoke\t${r.passed} passed, ${r.failed} failed\t${r.report}`);
                }
                catch (e) {
                    if (e instanceof SmokeFailedError) {
                        for (const c of e.result.results)
                            full.out(`smoke\t${c.target}\t${c.subject}\t${c.check}\t${c.status}`);
                    }
                    throw e;
                }
                break;
            }
            case 'publish': {
                const bool = (flag) => {
                    const v = str(values[flag]);
                    if (v === undefined)
                        return undefined;
                    if (v !== 'true' && v !== 'false')
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`--${flag} must be true or false, not '${v}'.`, { usage: true });
                    return v === 'true';
                };
                const { parseVersionRefs, publishStage } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(2583), __webpack_require__.e(5265), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 50106));
                const keep = str(values.keep) ?? '0';
                if (!/^\d+$/.test(keep))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`--keep must be a whole number, not '${keep}'.`, { usage: true });
                const r = await publishStage({
                    ...common,
                    apt: bool('apt'),
                    yum: bool('yum'),
                    archlinux: bool('archlinux'),
                    repoDir: str(values['repo-dir']),
                    repoBranch: str(values['repo-branch']),
                    repoRemote: str(values['repo-remote']),
                    channel: str(values.channel),
                    baseUrl: str(values['base-url']),
                    gpgPrivateKey: sign.gpgPrivateKey,
                    gpgPassphrase: env.DISTRO_GPG_PASSPHRASE,
                    unsigned: !!values.unsigned,
                    keep: Number(keep),
                    retract: parseVersionRefs(list(values.retract), '--retract'),
                    promoteFrom: str(values['promote-from']),
                    promote: parseVersionRefs(list(values.promote), '--promote'),
                    homebrewTap: str(values['homebrew-tap']),
                    homebrewTapToken: env.DISTRO_HOMEBREW_TAP_TOKEN,
                    scoopBucket: str(values['scoop-bucket']),
                    scoopBucketToken: env.DISTRO_SCOOP_BUCKET_TOKEN,
                    winget: !!values.winget,
                    wingetFork: str(values['winget-fork']),
                    wingetToken: env.DISTRO_WINGET_TOKEN,
                    apiUrl: env.GITHUB_API_URL || undefined,
                    remoteFor: env.DISTRO_CHANNEL_REMOTE_BASE
                        ? (repository) => `${env.DISTRO_CHANNEL_REMOTE_BASE.replace(/\/+$/, '')}/${repository}.git`
                        : undefined,
                });
                report(full, 'publish', r);
                for (const l of [...r.added.map((a) => `added\t${a}`), ...r.removed.map((a) => `removed\t${a}`)])
                    full.out(`publish\t${l}`);
                if (r.aptInstall)
                    full.out(`publish\tapt\t${r.aptInstall}`);
                if (r.yumInstall)
                    full.out(`publish\tdnf\t${r.yumInstall}`);
                if (r.wingetPr)
                    full.out(`publish\twinget-pr\t${r.wingetPr}`);
                if (r.pacmanInstall)
                    full.out(`publish\tpacman\t${r.pacmanInstall}`);
                break;
            }
            case 'release': {
                const [{ buildStage }, { packageStage }, { signStage }] = await Promise.all([
                    Promise.all(/* import() */[__webpack_require__.e(1687), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(1311), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 60583)),
                    Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(1311), __webpack_require__.e(5265), __webpack_require__.e(248), __webpack_require__.e(6557), __webpack_require__.e(5729), __webpack_require__.e(8305)]).then(__webpack_require__.bind(__webpack_require__, 68305)),
                    Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(1311), __webpack_require__.e(5265), __webpack_require__.e(248), __webpack_require__.e(6557), __webpack_require__.e(5729), __webpack_require__.e(7858)]).then(__webpack_require__.bind(__webpack_require__, 7858)),
                ]);
                let chosen = targets;
                if (chosen.length === 0) {
                    const { loadConfig } = await __webpack_require__.e(/* import() */ 1687).then(__webpack_require__.bind(__webpack_require__, 41687));
                    const loaded = await loadConfig({
                        file: common.config ?? 'distro.yml',
                        cwd: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(full.cwd, common.workingDirectory ?? '.'),
                        env,
                        required: !!common.config,
                    });
                    chosen = loaded.config.targets?.length ? loaded.config.targets : ['host'];
                }
                for (const [i, t] of chosen.entries()) {
                    const from = i === 0 ? common.from : [];
                    report(full, 'build', await buildStage({ ...common, from, ...build, target: t }));
                }
                report(full, 'package', await packageStage({ ...common, from: [], formats: list(values.formats) }));
                report(full, 'sign', await signStage({ ...common, from: [], ...sign }));
                break;
            }
        }
        return 0;
    }
    catch (thrown) {
        const e = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .asUserError */ .Yl)(thrown);
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt) {
            // Messages carry their own location (`distro.yml:4: formats[1]: …`).
            full.err(`distro ${command}: error: ${e.message}`);
            return e.usage ? 2 : 1;
        }
        full.err(`distro ${command}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return 1;
    }
}


/***/ })

};
