export const id = 900;
export const ids = [900,8437];
export const modules = {

/***/ 84410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ writeAllAtomic),
/* harmony export */   EZ: () => (/* binding */ tempPath),
/* harmony export */   KW: () => (/* binding */ destinationName),
/* harmony export */   N: () => (/* binding */ removeOnSignals),
/* harmony export */   RC: () => (/* binding */ staleTemporaries),
/* harmony export */   Vr: () => (/* binding */ restoreSwapped),
/* harmony export */   mk: () => (/* binding */ makeTempDir),
/* harmony export */   vZ: () => (/* binding */ writeAtomic),
/* harmony export */   zN: () => (/* binding */ swapIn)
/* harmony export */ });
/* unused harmony export TEMP_MARK */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * The one home for writing files in place: temporary files and directories, atomic writes, and
 * swapping files that are already there.
 *
 * A temporary lives beside its destination (so that the rename over it is atomic: same directory,
 * same file system) under a hidden name that carries TEMP_MARK and the writer's pid:
 * `.<name>.distro-tmp-<pid>-<random>[suffix]`. Every writer removes its temporaries on the failures
 * it sees; what a killed run could not remove, the next stage recognises by that name and removes
 * (`removeStaleTemporaries`) — only those of processes no longer alive, so two stages running in
 * one directory at once do not pull files from under each other.
 */





const TEMP_MARK = '.distro-tmp-';
const TEMP_NAME = /\.distro-tmp-(\d+)-[0-9A-Za-z]+/;
const JOURNAL = 'swap.json';
/** The name a temporary stands for (`.a.deb.distro-tmp-1-x.data` → `a.deb`); other names as they are. */
function destinationName(name) {
    const m = /^\.(.+?)\.distro-tmp-\d+-[0-9A-Za-z]+/.exec(name);
    return m ? m[1] : name;
}
/** Temporaries of this process that may exist: what a SIGTERM removes (see removeOnSignals). */
const live = new Set();
/** A fresh temporary name beside `file` (nothing is created). */
function tempPath(file, suffix = '') {
    const name = `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}${TEMP_MARK}${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}${suffix}`;
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), name);
    live.add(tmp);
    return tmp;
}
/**
 * On SIGINT and SIGTERM (how a runner cancels a job, before it kills), removes this process's
 * temporaries, then exits as the signal would have. A directory holding a swap journal stays: the
 * next stage rolls the swap back (see restoreSwapped). For the entry points only (runner, CLI).
 */
let handling = false;
function removeOnSignals() {
    if (handling)
        return;
    handling = true;
    const handler = (signal, code) => {
        for (const t of live) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(t, JOURNAL)))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(t, { recursive: true, force: true });
        }
        process.stderr.write(`distro-actions: stopped by ${signal}; temporary files removed.\n`);
        process.exit(128 + code);
    };
    process.once('SIGINT', () => handler('SIGINT', 2));
    process.once('SIGTERM', () => handler('SIGTERM', 15));
}
/** A fresh temporary directory in `parent` (created), e.g. for a stage's staging area. */
async function makeTempDir(parent, label) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(parent, { recursive: true }).catch((e) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .withPath */ .iD)(e, parent);
    });
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(parent, `.${label}${TEMP_MARK}${process.pid}-`)).catch((e) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .withPath */ .iD)(e, parent);
    });
    live.add(dir);
    return dir;
}
/** Writes `data` to `file` through a temporary and a rename: readers see the old or the new file. */
async function writeAtomic(file, data, mode) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true }).catch((e) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .withPath */ .iD)(e, node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file));
    });
    const tmp = tempPath(file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, data, mode === undefined ? undefined : { mode });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .withPath */ .iD)(err, file);
    }
}
/** Writes several files; any failure removes the temporaries and leaves every destination as it was. */
async function writeAllAtomic(files) {
    const tmps = files.map(([file]) => tempPath(file));
    try {
        for (const [i, [file, data]] of files.entries()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmps[i], data).catch((e) => {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .withPath */ .iD)(e, file);
            });
        }
        for (const [i, [file]] of files.entries())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmps[i], file);
    }
    finally {
        for (const t of tmps)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(t, { force: true });
    }
}
function alive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM'; // alive, another user's
    }
}
/** The temporaries under `dir` (recursively) that a process no longer running left behind. */
async function staleTemporaries(dir) {
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { recursive: true })).map(String);
    }
    catch {
        return [];
    }
    const stale = names.filter((rel) => {
        const m = TEMP_NAME.exec(node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(rel));
        return m !== null && !alive(Number(m[1]));
    });
    // inside a stale directory, only the directory itself
    return stale
        .filter((rel) => !stale.some((other) => rel.startsWith(`${other}${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`)))
        .map((rel) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, rel));
}
/**
 * Puts each `replacement` in its `target`'s place, keeping the target's old bytes as a backup in
 * `dir` (a temporary directory from makeTempDir beside the targets). A target is never missing: the
 * backup is a hard link made before the replacement is renamed over it (one atomic step), and a
 * journal in `dir` says which backup belongs where, so that `restoreSwapped` can put the old files
 * back — after a failure in this run, or in a later run after a kill.
 */
async function swapIn(dir, items) {
    const entries = items.map((it, i) => ({
        target: it.target,
        backup: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `backup-${i}-${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(it.target)}`),
    }));
    await writeAtomic(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, JOURNAL), JSON.stringify(entries, null, 2));
    // a copy where the file system has no hard links
    for (const e of entries)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(e.target, e.backup).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(e.target, e.backup));
    for (const [i, it] of items.entries())
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(it.replacement, entries[i].target);
}
/**
 * Puts back the backups `swapIn` kept in `dir` — those `accept(target, backup)` agrees to (all by
 * default) — each with one atomic rename. Returns the targets restored.
 */
async function restoreSwapped(dir, accept = async () => true) {
    let entries;
    try {
        entries = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, JOURNAL), 'utf8'));
    }
    catch {
        return []; // no journal: nothing was swapped yet
    }
    const restored = [];
    for (const e of entries) {
        const there = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(e.backup).then(() => true, () => false);
        if (there && (await accept(e.target, e.backup))) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(e.backup, e.target);
            restored.push(e.target);
        }
    }
    return restored;
}


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


/***/ }),

/***/ 98794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ debVersion),
/* harmony export */   Aw: () => (/* binding */ rpmVersion),
/* harmony export */   CY: () => (/* binding */ refNameProblem),
/* harmony export */   N9: () => (/* binding */ archiveVersion),
/* harmony export */   VY: () => (/* binding */ archPackageVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   q: () => (/* binding */ tagFromRef),
/* harmony export */   tQ: () => (/* binding */ stripV),
/* harmony export */   vp: () => (/* binding */ showValue),
/* harmony export */   x: () => (/* binding */ resolveVersion)
/* harmony export */ });
/* unused harmony exports versionFromRef, versionFromDescribe, checkReleaseVersion, archVersion, apkVersion */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * The release version (DESIGN contract 3) and its spelling in each package format.
 *
 * Precedence: the `version` input, else a `v`-prefixed tag in GITHUB_REF (`refs/tags/v1.2.3`; a tag
 * without `v` is not a version), else the config's `version`, else `git describe`, else `0.0.0`.
 *
 * `git describe --tags --always --dirty --match 'v[0-9]*'` becomes a semver that sorts correctly
 * (like setuptools-scm's "guess next dev"): the last number of the tag is bumped and the commit
 * distance becomes a `dev` pre-release, the commit and dirtiness build metadata:
 *   v1.2.3               → 1.2.3
 *   v1.2.3-dirty         → 1.2.3+dirty
 *   v1.2.3-4-gabc1234    → 1.2.4-dev.4+gabc1234        (1.2.3 < it < 1.2.4)
 *   v1.2.3-rc.1-4-gabc12 → 1.2.3-rc.1.dev.4+gabc12     (rc.1 < it < rc.2)
 *   abc1234 (no v-tag)   → 0.0.0-dev+gabc1234
 */




const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const SEMVERISH = /^(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.+-]+))?$/;
/** `v1.2.3` → `1.2.3` (only a `v`/`V` followed by a digit is stripped). */
function stripV(v) {
    const t = v.trim();
    return /^[vV]\d/.test(t) ? t.slice(1) : t;
}
/** Splits a semver-ish version (digits and dots, then `-pre`, then `+build`); undefined if it is not one. */
function parseVersion(v) {
    const m = SEMVERISH.exec(stripV(v));
    if (!m)
        return undefined;
    return { core: m[1], pre: m[2] || undefined, build: m[3] || undefined };
}
/** The version of a tag ref: `refs/tags/v1.2.3` → `1.2.3`; anything else (branches, tags without `v`) → undefined. */
function versionFromRef(ref) {
    if (!ref)
        return undefined;
    // [\s\S]: a newline in the tag must reach checkReleaseVersion, not hide the tag.
    const m = /^refs\/tags\/[vV](\d[\s\S]*)$/.exec(ref.trim());
    return m ? m[1] : undefined;
}
/**
 * Why `name` is not a legal git ref name (git check-ref-format's rules), or undefined when it is:
 * a tag from the ref or the `tag` input goes into git's argv, API URLs and log lines, so control
 * characters, spaces and git's own specials are refused before anything uses it.
 */
function refNameProblem(name) {
    if (name === '' || name === '@')
        return 'it is empty';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return 'it holds a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..') || name.includes('@{') || name.includes('//'))
        return "it holds '..', '@{' or '//'";
    if (name.startsWith('-'))
        return "it starts with '-' (git would read it as an option)";
    if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.'))
        return "it starts or ends with '/' or ends with '.'";
    if (name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock')))
        return "a part of it starts with '.' or ends with '.lock'";
    return undefined;
}
/**
 * The tag GITHUB_REF names (`refs/tags/v1.2.3` → `v1.2.3`), checked to be a legal tag name; undefined
 * for branches and pull requests.
 */
function tagFromRef(ref) {
    if (!ref?.startsWith('refs/tags/'))
        return undefined;
    const tag = ref.slice('refs/tags/'.length);
    const why = refNameProblem(tag);
    if (why) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`GITHUB_REF ${showValue(ref)} does not name a tag git accepts (${why}); push a tag named like v1.2.3, or set the 'tag' input.`, { key: 'GITHUB_REF' });
    }
    return tag;
}
/** Turns `git describe --tags --always --dirty` output into a version (see the file comment). */
function versionFromDescribe(describe) {
    let d = describe.trim();
    if (!d)
        return undefined;
    let dirty = false;
    if (d.endsWith('-dirty')) {
        dirty = true;
        d = d.slice(0, -'-dirty'.length);
    }
    const m = /^(.*)-(\d+)-g([0-9a-f]+)$/.exec(d);
    let tag;
    let distance = 0;
    let hash;
    if (m) {
        tag = m[1];
        distance = Number(m[2]);
        hash = m[3];
    }
    else if (/^[0-9a-f]{4,}$/.test(d)) {
        // No v-tag reachable: --always printed the abbreviated commit.
        return `0.0.0-dev+${['g' + d, ...(dirty ? ['dirty'] : [])].join('.')}`;
    }
    else {
        tag = d;
    }
    if (!/^[vV]\d/.test(tag))
        return undefined;
    const parts = parseVersion(tag);
    if (!parts)
        return undefined;
    const meta = [...(hash ? [`g${hash}`] : []), ...(dirty ? ['dirty'] : [])];
    if (parts.build)
        meta.unshift(parts.build);
    let core = parts.core;
    let pre = parts.pre;
    if (distance > 0) {
        if (pre) {
            pre = `${pre}.dev.${distance}`;
        }
        else {
            const nums = core.split('.');
            nums[nums.length - 1] = String(Number(nums[nums.length - 1]) + 1);
            core = nums.join('.');
            pre = `dev.${distance}`;
        }
    }
    return core + (pre ? `-${pre}` : '') + (meta.length ? `+${meta.join('.')}` : '');
}
async function gitDescribe(cwd) {
    try {
        const { stdout } = await execFileAsync('git', ['describe', '--tags', '--always', '--dirty', '--match', 'v[0-9]*'], { cwd, timeout: 30_000, windowsHide: true });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined; // not a repository, no commits, or no git
    }
}
function result(version, source) {
    const pre = parseVersion(version)?.pre;
    return pre ? { version, source, prerelease: pre } : { version, source };
}
/**
 * What a release version may hold, whatever its source: it starts with a digit and has only the
 * characters semver and the package formats spell versions with. Nothing a shell, make or a
 * workflow command reads specially (`$`, backticks, quotes, `;`, spaces, newlines, `%`, `:`)
 * can pass, so the version is safe in `VERSION=…`, file names and log lines alike.
 */
const RELEASE_VERSION = /^[0-9][0-9A-Za-z.+~_^-]*$/;
const MAX_VERSION_LENGTH = 128;
/** `v` as a quoted string whose control characters show (`"1.0\n::error::x"`), for messages. */
function showValue(v) {
    return JSON.stringify(v.length > 200 ? `${v.slice(0, 200)}…` : v);
}
/** Throws one DistroError naming `origin` unless `v` is a version (see RELEASE_VERSION). */
function checkReleaseVersion(v, origin) {
    if (RELEASE_VERSION.test(v) && v.length <= MAX_VERSION_LENGTH)
        return v;
    const { what, fix, ...where } = origin;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`${what}: ${showValue(v)} is not a version: a version starts with a digit and holds only letters, digits and . + ~ _ ^ - (at most ${MAX_VERSION_LENGTH} characters), like 1.2.3 or 1.2.3-rc.1; ${fix}.`, where);
}
function configOrigin(key, loc) {
    const line = loc?.lineOf?.(key);
    const where = { key, file: loc?.file, line };
    return {
        ...where,
        what: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .locationPrefix */ .Kx)(where)}${key}`,
        fix: `write the version like ${key === 'version' ? 'version: 1.2.3' : `${key}: rc.1`} in ${loc?.file ? node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(loc.file) : 'the config'}`,
    };
}
/**
 * The release version: `input`, else a v-tag in `ref` (GITHUB_REF), else `config.version` (with the
 * nfpm `prerelease` and `version_metadata` fields applied), else `git describe` in `cwd`, else 0.0.0.
 * Whatever the source, the version is checked here, once (checkReleaseVersion): every stage gets
 * it from this function, so none can use an unchecked one.
 */
async function resolveVersion(opts) {
    const input = opts.input?.trim();
    if (input) {
        const v = checkReleaseVersion(stripV(input), {
            key: 'input: version',
            what: "input 'version'",
            fix: 'set `version:` of this step to a version (or leave it empty to use the pushed v-tag)',
        });
        return result(v, 'input');
    }
    const fromTag = versionFromRef(opts.ref);
    if (fromTag) {
        const v = checkReleaseVersion(fromTag, {
            key: 'GITHUB_REF',
            what: `the tag of GITHUB_REF ${showValue(opts.ref.trim())}`,
            fix: "push a tag named like v1.2.3, or set the 'version' input",
        });
        return result(v, 'tag');
    }
    const cfg = opts.config?.version;
    if (typeof cfg === 'string' && cfg.trim()) {
        let v = stripV(cfg);
        checkReleaseVersion(v, configOrigin('version', opts.configLocation));
        const parts = parseVersion(v);
        const pre = opts.config?.prerelease?.trim();
        const meta = typeof opts.config?.version_metadata === 'string' ? opts.config.version_metadata.trim() : '';
        if (parts) {
            v =
                parts.core +
                    (pre || parts.pre ? `-${pre || parts.pre}` : '') +
                    (meta || parts.build ? `+${meta || parts.build}` : '');
        }
        checkReleaseVersion(v, configOrigin(pre ? 'prerelease' : 'version_metadata', opts.configLocation));
        return result(v, 'config');
    }
    const described = await gitDescribe(opts.cwd);
    const fromGit = described ? versionFromDescribe(described) : undefined;
    if (fromGit)
        return result(fromGit, 'git');
    if (described) {
        // `--match 'v[0-9]*'` found a v-tag that is no version (`v1.0;x`): saying so beats 0.0.0.
        checkReleaseVersion(stripV(described), {
            key: 'git describe',
            what: `the nearest v-tag (git describe: ${showValue(described)})`,
            fix: "tag the release like v1.2.3, or set the 'version' input",
        });
    }
    return { version: '0.0.0', source: 'default' };
}
function fail(v, format, why, where) {
    const loc = { ...where, key: where?.key ?? 'version' };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .locationPrefix */ .Kx)(loc)}version '${v}' cannot be written as ${format} version: ${why}; give a version like 1.2.3 (or 1.2.3-rc.1 for a pre-release).`, loc);
}
function checkEpoch(epoch, format, where) {
    const e = epoch?.trim();
    if (!e)
        return undefined;
    if (!/^\d+$/.test(e)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`epoch '${e}' is not valid for ${format} packages: an epoch is a number; write e.g. epoch: 1.`, { ...where, key: 'epoch' });
    }
    return String(Number(e));
}
function checkRelease(release, format, allowed, rule, where) {
    const r = release?.trim();
    if (!r)
        return undefined;
    if (!allowed.test(r)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`release '${r}' is not valid for ${format} packages: ${rule}; write e.g. release: 1.`, { ...where, key: 'release' });
    }
    return r;
}
const dots = (s) => s.replace(/-/g, '.');
/**
 * Debian: `[epoch:]upstream[-revision]`. A pre-release goes after `~` (sorts before the release:
 * `1.2.3-rc.1` → `1.2.3~rc.1`), build metadata stays `+x` (sorts after). Hyphens inside the
 * pre-release or metadata become dots (a hyphen would start the Debian revision).
 */
function debVersion(v, opts = {}) {
    const where = opts.where;
    const epoch = checkEpoch(opts.epoch, 'Debian', where);
    const release = checkRelease(opts.release, 'Debian', /^[A-Za-z0-9][A-Za-z0-9+.~]*$/, 'a Debian revision has only letters, digits and + . ~', where);
    const raw = stripV(v);
    const p = parseVersion(raw);
    let upstream;
    if (p) {
        upstream = p.core + (p.pre ? `~${dots(p.pre)}` : '') + (p.build ? `+${dots(p.build)}` : '');
    }
    else {
        upstream = raw;
        if (!/^[0-9]/.test(upstream))
            fail(v, 'a Debian', 'it must start with a digit', where);
        if (upstream.includes(':'))
            fail(v, 'a Debian', "it may not contain ':' (give the epoch separately with epoch:)", where);
        if (!/^[0-9][A-Za-z0-9.+~-]*$/.test(upstream)) {
            fail(v, 'a Debian', 'it may contain only letters, digits and . + ~ (and - when there is a release)', where);
        }
        if (upstream.includes('-') && !release) {
            fail(v, 'a Debian', "a '-' would be read as the start of the Debian revision", where);
        }
    }
    return `${epoch ? `${epoch}:` : ''}${upstream}${release ? `-${release}` : ''}`;
}
/**
 * RPM: Version may not contain `-`; a pre-release goes after `~` (`1.2.3~rc.1`, rpm ≥ 4.10), build
 * metadata after `+`. Release defaults to `1`.
 */
function rpmVersion(v, opts = {}) {
    const where = opts.where;
    const epoch = checkEpoch(opts.epoch, 'RPM', where);
    const release = checkRelease(opts.release, 'RPM', /^[A-Za-z0-9._+~^]+$/, 'an RPM Release has only letters, digits and . _ + ~ ^', where) ?? '1';
    const raw = stripV(v);
    const p = parseVersion(raw);
    let version;
    if (p) {
        version = p.core + (p.pre ? `~${dots(p.pre)}` : '') + (p.build ? `+${dots(p.build)}` : '');
    }
    else {
        version = raw;
        if (!/^[A-Za-z0-9]/.test(version))
            fail(v, 'an RPM', 'it must start with a letter or digit', where);
        if (version.includes('-'))
            fail(v, 'an RPM', "RPM versions may not contain '-'", where);
        if (!/^[A-Za-z0-9._+~^]+$/.test(version))
            fail(v, 'an RPM', 'it may contain only letters, digits and . _ + ~ ^', where);
    }
    return epoch ? { version, release, epoch } : { version, release };
}
/**
 * Arch Linux pkgver: no `-`, `:`, `/` or whitespace. vercmp sorts a letter suffix glued to the
 * number before the release (`1.2.3rc1 < 1.2.3`), but a suffix after `_` or `.` after it, so a
 * pre-release is glued on: `1.2.3-rc.1` → `1.2.3rc.1`. It must start with a letter for that.
 * Build metadata stays `+x`.
 */
function archVersion(v, opts = {}) {
    const where = opts.where;
    const raw = stripV(v);
    const p = parseVersion(raw);
    if (p) {
        if (p.pre && !/^[A-Za-z]/.test(p.pre)) {
            fail(v, 'an Arch Linux', `the pre-release '${p.pre}' must start with a letter to sort before ${p.core} in pacman (e.g. ${p.core}-rc.1); a package release (pkgrel) is not part of the version: set \`release:\``, where);
        }
        return p.core + (p.pre ? dots(p.pre) : '') + (p.build ? `+${dots(p.build)}` : '');
    }
    if (!/^[A-Za-z0-9]/.test(raw))
        fail(v, 'an Arch Linux', 'it must start with a letter or digit', where);
    if (/[\s/:-]/.test(raw))
        fail(v, 'an Arch Linux', "a pkgver may not contain '-' (pacman reads it as the start of the pkgrel: set `release:` for that), ':' (the epoch: set `epoch:`), '/' or spaces; write e.g. 1.0_2 or 1.0.2", where);
    if (!/^[A-Za-z0-9._+@~]+$/.test(raw))
        fail(v, 'an Arch Linux', 'it may contain only letters, digits and . _ + @', where);
    return raw;
}
/**
 * An Arch Linux package version in parts: pkgver (archVersion), pkgrel (a positive number, or one
 * with a single minor part such as `1.1`, as makepkg requires; default `1`) and the epoch.
 */
function archPackageVersion(v, opts = {}) {
    const where = opts.where;
    const epoch = checkEpoch(opts.epoch, 'Arch Linux', where);
    const release = checkRelease(opts.release, 'Arch Linux', /^[1-9][0-9]*(\.[1-9][0-9]*)?$/, 'a pkgrel is a positive whole number, optionally with one minor part (1, 2, 1.1)', where) ?? '1';
    const version = archVersion(v, { where });
    return epoch ? { version, release, epoch } : { version, release };
}
const APK_PRE = {
    alpha: 'alpha',
    a: 'alpha',
    beta: 'beta',
    b: 'beta',
    pre: 'pre',
    preview: 'pre',
    dev: 'pre',
    snapshot: 'pre',
    nightly: 'pre',
    rc: 'rc',
    c: 'rc',
};
const APK_VERSION = /^\d+(\.\d+)*[a-z]?(_(alpha|beta|pre|rc)\d*)*(_(cvs|svn|git|hg|p)\d*)*(-r\d+)?$/;
/**
 * Alpine: `1.2.3[_alpha|_beta|_pre|_rc][N][_pN][-rN]`. `1.2.3-rc.1` → `1.2.3_rc1`, `1.2.3-beta` →
 * `1.2.3_beta`, `dev`/`preview`/`snapshot` → `_pre`. One identifier after the first pre-release
 * (`rc.1.dev.4`, which semver sorts after rc.1) becomes a post suffix `_p4`. Build metadata has no
 * Alpine spelling and is dropped (it does not order versions in semver either). `opts.release`
 * adds `-rN`.
 */
function apkVersion(v, opts = {}) {
    const where = opts.where;
    const release = checkRelease(opts.release, 'Alpine', /^\d+$/, 'an Alpine package release (-rN) is a number', where);
    const suffix = release ? `-r${release}` : '';
    const raw = stripV(v);
    const p = parseVersion(raw);
    if (!p) {
        if (APK_VERSION.test(raw + suffix))
            return raw + suffix;
        fail(v, 'an Alpine', 'Alpine versions are numbers with dots, optionally followed by _alpha, _beta, _pre, _rc or _p and a number', where);
    }
    let out = p.core;
    if (p.pre) {
        const ids = p.pre.split(/[.-]/).filter((s) => s !== '');
        const first = /^([A-Za-z]+)(\d*)$/.exec(ids.shift() ?? '');
        const name = first ? APK_PRE[first[1].toLowerCase()] : undefined;
        if (!first || !name) {
            fail(v, 'an Alpine', `the pre-release '${p.pre}' has no Alpine spelling: use alpha, beta, pre or rc, optionally with a number (1.2.3-rc.1 → 1.2.3_rc1)`, where);
        }
        let num = first[2];
        if (!num && ids.length && /^\d+$/.test(ids[0]))
            num = ids.shift();
        out += `_${name}${num ? String(Number(num)) : ''}`;
        if (ids.length) {
            // One more identifier (optionally a word and a number): a post-release of that pre-release.
            const rest = ids.join('.');
            const m = /^(?:[A-Za-z]+\.?)?(\d*)$/.exec(rest);
            if (!m) {
                fail(v, 'an Alpine', `the pre-release '${p.pre}' has too many parts for Alpine (write it like rc.1)`, where);
            }
            out += `_p${m[1] ? String(Number(m[1])) : ''}`;
        }
    }
    out += suffix;
    if (!APK_VERSION.test(out))
        fail(v, 'an Alpine', `'${out}' is not a valid Alpine version`, where);
    return out;
}
/** Archives and file names: the plain version (leading `v` stripped), checked to be safe in a file name. */
function archiveVersion(v, opts = {}) {
    const raw = stripV(v);
    if (!/^[0-9A-Za-z][0-9A-Za-z._+~-]*$/.test(raw)) {
        fail(v, 'an archive', 'it must start with a letter or digit and contain only letters, digits and . _ + ~ -', opts.where);
    }
    return raw;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ locationPrefix),
/* harmony export */   Yl: () => (/* binding */ asUserError),
/* harmony export */   Yt: () => (/* binding */ DistroError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   iD: () => (/* binding */ withPath)
/* harmony export */ });
/* unused harmony export fsUserError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84410);
/**
 * One error type for everything a user can get wrong. The message says what was wrong and how to
 * fix it; `key`, `file` and `line` locate it (a config key, an input name, a path) so the runner can
 * print one `::error file=…,line=…::` annotation and the CLI one readable line.
 */



/** `distro.yml:5: ` for a location with a file and line, else ''. */
function locationPrefix(where) {
    if (!where.file || !where.line)
        return '';
    const shown = where.shown ?? where.file.split(/[\\/]/).pop();
    return `${shown}:${where.line}: `;
}
class DistroError extends Error {
    key;
    file;
    line;
    col;
    /** Bad usage (unknown flag, missing required input): the CLI exits 2 instead of 1. */
    usage;
    constructor(message, where = {}) {
        super(message, where.cause === undefined ? undefined : { cause: where.cause });
        this.name = 'DistroError';
        this.key = where.key;
        this.file = where.file;
        this.line = where.line;
        this.col = where.col;
        this.usage = where.usage ?? false;
    }
}
/** `err` as a message, without a stack for our own errors. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/**
 * Records on a file-system error the file it is about, when node did not (a failed `write` names
 * no path), and how many bytes were already written to it: what the central mapping below needs
 * to name the directory and the space. Returns `err`.
 */
function withPath(err, file, written) {
    if (err instanceof Error && typeof err.code === 'string') {
        const e = err;
        e.path ??= file;
        if (written !== undefined)
            e.written ??= written;
    }
    return err;
}
function mib(bytes) {
    return `${(bytes / 1048576).toFixed(1)} MiB`;
}
/** `dir`'s free space, its owner and mode, as far as they can be read. */
function describeDir(dir) {
    const out = {};
    try {
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync)(dir);
        out.free = s.bavail * s.bsize;
    }
    catch {
        // gone or unreadable: say less
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir);
        out.owner = `owned by uid ${st.uid}, mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}`;
    }
    catch {
        // idem
    }
    return out;
}
/** The file a failed call was writing: a copy's or a link's destination, else its path. */
function fileOf(e) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(e.dest ?? e.path);
}
/**
 * A recursive mkdir on a read-only or unwritable directory fails with ENOENT (node's mkdir -p hides
 * the first error): ask the nearest existing ancestor why it cannot be written instead.
 */
function hiddenCause(e) {
    if (e.code !== 'ENOENT' || e.syscall !== 'mkdir' || !e.path)
        return e;
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(e.path);
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) !== dir)
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        return e;
    }
    catch (why) {
        const code = why.code;
        return Object.assign(new Error(e.message), {
            code,
            path: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, e.path).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))[0]),
        });
    }
}
/**
 * The one place where a full disk, an exhausted quota, a read-only file system or missing write
 * permission becomes what it is — the user's to fix — instead of an internal error: a DistroError
 * naming the directory, the space where known, and what to do. Undefined for any other error.
 */
function fsUserError(err) {
    if (!(err instanceof Error))
        return undefined;
    const e = hiddenCause(err);
    if (!e.code || !e.path || !['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS'].includes(e.code)) {
        return undefined;
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(fileOf(e));
    const file = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .destinationName */ .KW)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(fileOf(e)));
    const { free, owner } = describeDir(dir);
    let message;
    if (e.code === 'ENOSPC' || e.code === 'EDQUOT') {
        const what = e.code === 'ENOSPC' ? 'no space left on the device' : 'the disk quota is used up';
        const need = e.written ? `it needs more than the ${mib(e.written)} written before that` : '';
        const room = free === undefined ? '' : `${mib(free)} free there now, the partial file removed`;
        const known = [need, room].filter(Boolean).join('; ');
        message =
            `${what} while writing ${file} in ${dir}${known ? ` (${known})` : ''}. ` +
                `Free space on that file system, or choose a directory on one with more room, and run again.`;
    }
    else if (e.code === 'EROFS') {
        message = `cannot write ${file} in ${dir}: it is on a read-only file system. Choose a directory on a writable file system, or remount it read-write.`;
    }
    else {
        const who = typeof process.getuid === 'function' ? `uid ${process.getuid()}` : 'this user';
        message = `permission denied writing ${file} in ${dir}${owner ? ` (${owner}; this runs as ${who})` : ''}. Make the directory writable for ${who}, or choose another directory.`;
    }
    return new DistroError(message, { cause: err });
}
/** `err` itself when it is a DistroError, the user error it stands for (fsUserError), else `err`. */
function asUserError(err) {
    if (err instanceof DistroError)
        return err;
    return fsUserError(err) ?? err;
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   d: () => (/* binding */ toPosix)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Paths that come from users (config `src`, inputs) must stay inside the workspace: no `..` that
 * climbs out, no absolute path, no symlink that points outside.
 */



function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * Resolves `rel` against `root` and checks it stays inside, following symlinks of whatever exists.
 * `where.key` names the config key or input in the error.
 */
function resolveInside(root, rel, where = {}) {
    const what = `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .locationPrefix */ .Kx)(where)}${where.key ? `${where.key}: ` : ''}`;
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${what}'${rel}' is an absolute path; give a path relative to the workspace (${root}).`, where);
    }
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, rel);
    if (!isInside(root, full)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${what}'${rel}' escapes the workspace (${root}); keep paths inside it.`, where);
    }
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(full);
    }
    catch {
        return full; // does not exist (yet): nothing to follow
    }
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    if (!isInside(realRoot, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${what}'${rel}' is a symlink that points outside the workspace (to ${real}); copy the file into the workspace instead.`, where);
    }
    return full;
}
/** A path with forward slashes, for archives, manifests and messages. */
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ }),

/***/ 36088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkUrl)
/* harmony export */ });
/* harmony import */ var _config_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98794);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * URL inputs (`base-url`, GITHUB_SERVER_URL, GITHUB_API_URL): each is written into files users
 * install (`.sources`, `.repo`), into the shell lines we print for them to paste, and into requests.
 * So a URL is checked as written, not as `new URL` repairs it (which drops newlines and tabs and
 * encodes spaces): only the characters RFC 3986 allows, no user or password (they would be
 * published), no query or fragment (paths are appended to it).
 */
 // not config/index.js: that loads the config loader

/** RFC 3986: unreserved, reserved and `%`-escapes; nothing else appears in a URL as written. */
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
function urlProblem(value, protocols) {
    if (!URL_CHARS.test(value))
        return 'it holds a character a URL cannot (a space, a newline, a quote, a backtick, < > { } | \\ ^ or a non-ASCII letter; percent-encode it)';
    if (/%(?![0-9A-Fa-f]{2})/.test(value))
        return "a '%' is not followed by two hex digits";
    let u;
    try {
        u = new URL(value);
    }
    catch {
        return 'it does not parse as an absolute URL';
    }
    if (!protocols.includes(u.protocol))
        return `its scheme is ${u.protocol.replace(/:$/, '')}, not ${protocols.map((p) => p.replace(/:$/, '')).join(' or ')}`;
    if (u.protocol !== 'file:' && !u.hostname)
        return 'it has no host';
    if (u.username || u.password)
        return 'it holds a user name or password, which would be published';
    if (value.includes('?') || value.includes('#'))
        return "it has a query or fragment ('?' or '#'); give the address of the directory";
    return undefined;
}
/** Throws one DistroError naming `key` unless `value` is a URL with one of `protocols` (`https:`). */
function checkUrl(value, key, protocols) {
    const why = urlProblem(value, protocols);
    if (why) {
        const name = key.replace(/^input: /, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`${key.startsWith('input: ') ? `input '${name}'` : name}: ${(0,_config_version_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(value)} is not a usable URL: ${why}; give it like https://owner.github.io/repo.`, { key });
    }
    return value;
}


/***/ })

};
