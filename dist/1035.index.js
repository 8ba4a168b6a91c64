export const id = 1035;
export const ids = [1035,8437];
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

/***/ 34625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   LA: () => (/* binding */ recordWritten),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   dR: () => (/* binding */ emptyManifest),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   jb: () => (/* binding */ DOWNLOAD_KINDS),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   tr: () => (/* binding */ mergeManifests)
/* harmony export */ });
/* unused harmony export addArtifact */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84410);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/**
 * `<dist-dir>/manifest.json` (DESIGN contract 2): the list of artifacts produced so far. Paths are
 * relative to the dist directory, with forward slashes.
 */






const MANIFEST_FILE = 'manifest.json';
/** Kinds a user downloads from a release (binaries mostly travel inside archives and packages). */
const DOWNLOAD_KINDS = new Set([
    'archive',
    'deb',
    'rpm',
    'apk',
    'archlinux',
    'appimage',
    'msi',
    'nsis',
    'installer',
    'source',
]);
function emptyManifest(project) {
    return { schema: 1, project: { ...project }, artifacts: [] };
}
/** Size and sha256 of a file, streamed. With `sha512: true`, its SHA-512 too (one read). */
async function hashFile(file, opts = {}) {
    const h256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const h512 = opts.sha512 ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512') : undefined;
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
        size += chunk.length;
        h256.update(chunk);
        h512?.update(chunk);
    }
    return { size, sha256: h256.digest('hex'), ...(h512 ? { sha512: h512.digest('hex') } : {}) };
}
function check(m, file) {
    const bad = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`${file} is not a distro-actions manifest: ${why}. Delete it, or re-run the stage that wrote it.`, { file, key: 'manifest' });
    };
    if (!m || typeof m !== 'object')
        bad('not a JSON object');
    const o = m;
    if (o.schema !== 1)
        bad(`"schema" is ${JSON.stringify(o.schema)}, expected 1`);
    const p = o.project;
    if (!p || typeof p.name !== 'string' || typeof p.version !== 'string')
        bad('"project" needs "name" and "version" strings');
    if (!Array.isArray(o.artifacts))
        bad('"artifacts" is not a list');
    o.artifacts.forEach((a, i) => {
        const r = a;
        if (!r || typeof r.path !== 'string' || typeof r.kind !== 'string' || typeof r.sha256 !== 'string')
            bad(`artifacts[${i}] needs "path", "kind" and "sha256"`);
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(r.path) || r.path.split('/').includes('..'))
            bad(`artifacts[${i}].path '${String(r.path)}' must be relative to the dist directory`);
    });
    return o;
}
/** Reads the manifest of `distDir`; undefined when there is none. */
async function readManifest(distDir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(distDir, MANIFEST_FILE);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`${file} is not valid JSON (${e.message}); delete it and re-run.`, {
            file,
            key: 'manifest',
        });
    }
    return check(data, file);
}
/** Writes the manifest atomically (temp file + rename), artifacts sorted by path. */
async function writeManifest(distDir, m) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(distDir, MANIFEST_FILE);
    const sorted = { ...m, artifacts: [...m.artifacts].sort((a, b) => cmp(a.path, b.path)) };
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomic */ .vZ)(file, JSON.stringify(sorted, null, 2) + '\n');
    return file;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Adds or replaces (same path) an artifact — a stage re-run in the same dist dir replaces its output. */
function addArtifact(m, a) {
    const i = m.artifacts.findIndex((x) => x.path === a.path);
    if (i >= 0)
        m.artifacts[i] = a;
    else
        m.artifacts.push(a);
}
/**
 * Merges `other` into `base` (downloaded artifacts of earlier jobs). The same path with the same
 * content merges to one entry; an entry whose `replaces` names the other's sha256 (an rpm the sign
 * stage signed in place) wins over it; any other same path with other content is an error: two
 * jobs produced one file name, and one would silently overwrite the other.
 */
function mergeManifests(base, other, otherName = 'another artifact') {
    if (base.project.name !== other.project.name) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`${otherName} is for project '${other.project.name}', this one is '${base.project.name}'; check the 'from' input.`, { key: 'from' });
    }
    const out = { ...base, artifacts: [...base.artifacts] };
    for (const a of other.artifacts) {
        const i = out.artifacts.findIndex((x) => x.path === a.path);
        const mine = out.artifacts[i];
        if (!mine)
            out.artifacts.push(a);
        else if (a.replaces === mine.sha256)
            out.artifacts[i] = a;
        else if (mine.replaces === a.sha256)
            continue;
        else if (mine.sha256 !== a.sha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`${a.path} comes from ${otherName} (stage ${a.stage}) with other content than the one already in the dist directory (stage ${mine.stage}); give the artifacts distinct names (archives.name_template) or download fewer artifacts with 'from'.`, { key: 'from' });
        }
    }
    return out;
}
const written = new Map();
/**
 * Remembers the sha256 a writer computed while it wrote `file` (hashing on the way to disk), so
 * describe does not read the file again. Kept only while the file stays the same inode, size and
 * mtime.
 */
async function recordWritten(file, r) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file);
    if (st.size === r.size)
        written.set(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file), { size: r.size, sha256: r.sha256, ino: st.ino, mtimeMs: st.mtimeMs });
}
/** Builds a manifest entry for a file under `distDir` (hashed, unless its writer recorded it). */
async function describe(distDir, rel, fields) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(distDir, rel);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(abs);
    const known = written.get(abs);
    written.delete(abs);
    const { size, sha256 } = known && known.ino === st.ino && known.size === st.size && known.mtimeMs === st.mtimeMs
        ? known
        : await hashFile(abs);
    return { path: rel.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/'), ...fields, size, sha256 };
}


/***/ })

};
