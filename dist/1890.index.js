export const id = 1890;
export const ids = [1890,8437];
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

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutraliseCommands)
/* harmony export */ });
/* unused harmony export memoryLogger */
/** A logger that records lines (tests, quiet library use). */
function memoryLogger(lines = []) {
    return {
        lines,
        info: (m) => void lines.push(m),
        warn: (m) => void lines.push(`warning: ${m}`),
        debug: () => { },
        group: async (title, fn) => {
            lines.push(`## ${title}`);
            return fn();
        },
    };
}
/** A zero-width space: not whitespace to the runner (it trims only whitespace), invisible in the log. */
const BREAK = '\u200b';
/**
 * `text` made safe to print as log lines on a GitHub runner: no line of it can be read as a
 * workflow command. The runner reads a line as one when, after leading whitespace, it starts with
 * `::` (`::error::…`, `::add-mask::…`, `::stop-commands::…`), and, in the legacy form, when it holds
 * `##[` anywhere. Such lines keep their text with a zero-width space breaking the marker. A lone
 * `\r` (which a log viewer may show as a line break) ends a line like `\n` does.
 * Our own commands go through src/runner/commands.ts, which escapes their data; this is for everything
 * else: messages holding inputs, versions, paths, and the output of the tools we run.
 */
function neutraliseCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/^(\s*)::/, `$1${BREAK}::`).replace(/##\[/g, `#${BREAK}#[`))
        .join('\n');
}


/***/ }),

/***/ 25541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ artifactClash),
/* harmony export */   GA: () => (/* binding */ createArtifactStore),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   qC: () => (/* binding */ selectArtifacts),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* unused harmony exports LocalArtifactStore, GitHubArtifactStore */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * The two artifact stores of DESIGN contract 2 behind one interface: GitHub's artifact service
 * (@actions/artifact) when ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set, else a local
 * directory with one subdirectory per artifact name.
 */




/** `distro-build-*` style patterns: `*` and `?` match within a name; anything else is literal. */
function globToRegExp(pattern) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`);
}
/** The names in `available` that `patterns` select, each pattern required to match something. */
function selectArtifacts(patterns, available, storeDescription) {
    const chosen = new Set();
    for (const p of patterns) {
        const re = globToRegExp(p);
        const hits = available.filter((n) => re.test(n));
        if (hits.length === 0) {
            const have = available.length ? available.sort().join(', ') : 'none';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`input 'from': '${p}' matches no artifact in ${storeDescription} (artifacts present: ${have}). Check the name or glob, and that the job producing it ran first (needs:).`, { key: 'from' });
        }
        hits.forEach((h) => chosen.add(h));
    }
    return [...chosen].sort();
}
/** The error for two jobs of one run uploading one artifact name. */
function artifactClash(name, other) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`artifact '${name}' was already uploaded in this workflow run by ${other}; two jobs producing one artifact name would replace each other's files. Give each job its own name: set input 'target' (one artifact per target, <prefix>-<stage>-<target>) or a distinct 'artifact-prefix'.`, { key: 'input: artifact-prefix' });
}
/** Refuses an artifact name GitHub's artifact service (or the local store's directory) cannot hold. */
function checkName(name) {
    if (!/^[A-Za-z0-9._-]+$/.test(name) || name.startsWith('.')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`artifact name ${JSON.stringify(name)} may hold only letters, digits, '.', '_' and '-' and may not start with '.'; set input 'artifact-prefix' to a name like distro (and 'target' to a known target).`, { key: 'input: artifact-prefix' });
    }
}
/**
 * A regular file is hard-linked where the store is on the same file system (no bytes copied: a
 * package of hundreds of MB is uploaded at once); else, and for symlinks, copied. Sharing the
 * inode is safe because no stage writes a finished file in place: each replaces it by renaming a
 * new file over it (src/atomic.ts), which leaves the store's link to the old content.
 */
async function linkOrCopy(from, to) {
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(from)).isFile()) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link)(from, to);
            return;
        }
        catch {
            // another file system, or links not allowed: copy
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(from, to, { preserveTimestamps: true, verbatimSymlinks: true });
}
class LocalArtifactStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get description() {
        return `the local artifact store ${this.dir}`;
    }
    async upload(name, rootDir, files) {
        checkName(name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.dir, { recursive: true });
        // Stage the copy beside its final place, then swap it in: a reader never sees half an artifact.
        const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${name}.tmp-${process.pid}-${Date.now()}`);
        try {
            for (const f of files) {
                const to = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, f);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(to), { recursive: true });
                await linkOrCopy(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(rootDir, f), to);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(staging, { recursive: true });
            const final = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name);
            const old = `${final}.old-${process.pid}-${Date.now()}`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(final, old).catch((e) => {
                if (e.code !== 'ENOENT')
                    throw e;
            });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(staging, final);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(old, { recursive: true, force: true });
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { recursive: true, force: true });
        }
    }
    async list() {
        try {
            const ents = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(this.dir, { withFileTypes: true });
            return ents.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
    }
    async download(name, destDir) {
        checkName(name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(destDir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name), destDir, {
            recursive: true,
            preserveTimestamps: true,
            verbatimSymlinks: true,
        });
    }
}
/** GitHub's artifact service (v4 artifacts). Loaded lazily: the client is large and only needed on GitHub. */
class GitHubArtifactStore {
    description = "this workflow run's artifacts";
    client;
    async get() {
        if (!this.client) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(4119), __webpack_require__.e(2830), __webpack_require__.e(1351), __webpack_require__.e(8275), __webpack_require__.e(7981), __webpack_require__.e(4533), __webpack_require__.e(8029), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 142));
            this.client = new DefaultArtifactClient();
        }
        return this.client;
    }
    async upload(name, rootDir, files, o = {}) {
        checkName(name);
        const client = await this.get();
        // Artifacts are immutable in a run: a re-run job deletes its earlier upload first. Without
        // `replace` nothing is deleted, so another job's artifact of this name makes the upload fail.
        if (o.replace) {
            const existing = (await client.listArtifacts({ latest: true })).artifacts.find((a) => a.name === name);
            if (existing)
                await client.deleteArtifact(name);
        }
        try {
            await client.uploadArtifact(name, files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(rootDir, f)), rootDir, {});
        }
        catch (e) {
            // Another job created the name between our look and our upload: the service answers 409.
            if (/\(409\)/.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)))
                throw artifactClash(name, 'another job');
            throw e;
        }
    }
    async list() {
        const client = await this.get();
        return (await client.listArtifacts({ latest: true })).artifacts.map((a) => a.name);
    }
    async download(name, destDir) {
        const client = await this.get();
        const { artifact } = await client.getArtifact(name);
        await client.downloadArtifact(artifact.id, { path: destDir });
    }
}
/** The store the environment calls for (DESIGN contract 2). */
function createArtifactStore(env) {
    if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
        return new GitHubArtifactStore();
    const dir = env.DISTRO_ARTIFACTS_DIR || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'distro-artifacts');
    return new LocalArtifactStore(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir));
}


/***/ }),

/***/ 46342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   QW: () => (/* binding */ summaryHtml),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports issueCommand, addPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * The runner's side of the workflow-command protocol, as @actions/core 3 speaks it, byte for byte:
 * `::name key=value,…::data` lines on stdout, the GITHUB_OUTPUT/GITHUB_ENV/GITHUB_PATH files
 * (`name<<ghadelimiter_<uuid>` blocks) and the step-summary file.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 *
 * Why not @actions/core itself: its index loads @actions/http-client and undici (for OIDC tokens,
 * which the signing code fetches through its own client), about 1 MB of code that every action
 * compiled at start-up (≈0.1 s of CPU, as long as createrepo_c takes for a whole repository).
 * Only src/runner/ uses this; it reads process.env as @actions/core does.
 */





function toCommandValue(v) {
    return v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
}
const escapeData = (s) => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::command k=v,…::message` on stdout; properties without a value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
function annotationCommand(command, message, p) {
    issueCommand(command, { title: p.title, file: p.file, line: p.startLine, col: p.startColumn }, message);
}
/** Appends a line to the file command GITHUB_<command>. */
function issueFileCommand(command, message) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${message}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
}
/** `name<<delimiter` block: multi-line values stay whole; a random delimiter no value can forge. */
function keyValue(key, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const v = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (v.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${v}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}`;
}
const info = (message) => void process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
const debug = (message) => issueCommand('debug', {}, message);
const warning = (message, p = {}) => annotationCommand('warning', message, p);
const error = (message, p = {}) => annotationCommand('error', message, p);
const setSecret = (secret) => issueCommand('add-mask', {}, secret);
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValue(name, value));
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function exportVariable(name, value) {
    process.env[name] = toCommandValue(value);
    if (process.env.GITHUB_ENV)
        return issueFileCommand('ENV', keyValue(name, value));
    issueCommand('set-env', { name }, toCommandValue(value));
}
function addPath(dir) {
    if (process.env.GITHUB_PATH)
        issueFileCommand('PATH', dir);
    else
        issueCommand('add-path', {}, dir);
    process.env.PATH = `${dir}${path.delimiter}${process.env.PATH}`;
}
/** An element as core.summary writes it: an empty one is only its opening tag. */
const wrap = (tag, content) => (content ? `<${tag}>${content}</${tag}>` : `<${tag}>`);
/** The HTML of a step-summary section, as core.summary's addHeading/addTable/addRaw build it. */
function summaryHtml(heading, table, notes) {
    let s = wrap('h3', heading) + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL;
    const [head, ...rows] = table;
    if (head && rows.length) {
        const tr = (cells, tag) => wrap('tr', cells.map((c) => wrap(tag, c)).join(''));
        s += wrap('table', [tr(head, 'th'), ...rows.map((r) => tr(r, 'td'))].join('')) + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL;
        // A blank line ends the HTML block: without it GitHub renders the notes below as raw HTML text
        // (no `code`, no links).
        s += node_os__WEBPACK_IMPORTED_MODULE_3__.EOL;
    }
    for (const n of notes)
        s += n + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL;
    return s;
}
/** Appends to the step-summary file (GITHUB_STEP_SUMMARY), which must exist and be writable. */
async function appendSummary(html) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(file, html, { encoding: 'utf8' });
}


/***/ }),

/***/ 99863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   kW: () => (/* binding */ githubLogger),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   qY: () => (/* binding */ exportVariables),
/* harmony export */   xV: () => (/* binding */ reportFailure)
/* harmony export */ });
/* unused harmony export addPath */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46342);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/**
 * The GitHub side of a run: log lines, groups, annotations, masking, outputs, exported
 * variables, PATH additions and the step summary, through the workflow-command protocol
 * (./commands.ts, which writes the GITHUB_OUTPUT/GITHUB_ENV/GITHUB_PATH/GITHUB_STEP_SUMMARY files).
 */




function annotation(where, workspace) {
    if (!where?.file)
        return {};
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(where.file) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, where.file) : where.file;
    return {
        file: rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'),
        ...(where.line ? { startLine: where.line } : {}),
        ...(where.col ? { startColumn: where.col } : {}),
    };
}
function githubLogger(workspace) {
    return {
        // info prints as it is given (unlike warning, debug and group, whose data is escaped).
        info: (m) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .neutraliseCommands */ .$)(m)),
        warn: (m, where) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m, annotation(where, workspace)),
        debug: (m) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
        group: (title, fn) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn),
    };
}
/** Masks each secret, and each line of a multi-line one (armored keys). */
function maskSecrets(values) {
    for (const v of values) {
        _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(v);
        for (const line of v.split(/\r?\n/))
            if (line.trim().length > 3)
                _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(line.trim());
    }
}
function setOutputs(outputs) {
    for (const [k, v] of Object.entries(outputs))
        _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(k, v);
}
function exportVariables(vars) {
    for (const [k, v] of Object.entries(vars))
        _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN(k, v);
}
function addPath(dir) {
    core.addPath(dir);
}
/** A step-summary section: a heading, a table, and optional lines below it. */
async function writeSummary(env, heading, table, notes = []) {
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    await _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryHtml */ .QW(heading, table, notes));
}
/** Reports a failure as one `::error` annotation (with file and line when known) and sets exit code 1. */
function reportFailure(thrown, workspace) {
    const err = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asUserError */ .Yl)(thrown); // a full disk, a read-only directory: the user's to fix
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt) {
        _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(err.message, { title: 'distro-actions', ...annotation(err, workspace) });
    }
    else {
        _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)} (an internal error of distro-actions: please report it with this log)`, {
            title: 'distro-actions',
        });
        if (err instanceof Error && err.stack)
            _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err.stack);
    }
    process.exitCode = 1;
}


/***/ }),

/***/ 39205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ readActionSpec),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   d_: () => (/* binding */ inputEnvName),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export isSecretInput */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Typed action inputs, read as the GitHub runner passes them: `INPUT_<NAME>` (upper-cased, spaces
 * to `_`, hyphens kept). An input that is unset takes its default from the action's action.yml, so
 * `node dist/…/index.js` behaves as under the runner. Reading an input the action.yml does not
 * declare is a programming error, which keeps the code and action.yml in step.
 */



function readActionSpec(file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    return { name: String(doc.name ?? ''), inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} };
}
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** Inputs whose values are secrets: masked before anything is logged. */
function isSecretInput(name) {
    return /(private-key|passphrase|password|token|secret|minisign-key|pfx)/i.test(name);
}
/** Splits a list input on commas and newlines, trimming, dropping empty items. */
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
class Inputs {
    spec;
    env;
    constructor(spec, env) {
        this.spec = spec;
        this.env = env;
    }
    declared(name) {
        const s = this.spec.inputs[name];
        if (!s)
            throw new Error(`internal: input '${name}' is not declared in action.yml of ${this.spec.name}`);
        return s;
    }
    /** Whether the workflow gave the input (not just its default). */
    given(name) {
        this.declared(name);
        const v = this.env[inputEnvName(name)];
        return v !== undefined && v.trim() !== '';
    }
    /** The trimmed value, or the default, or ''. */
    string(name) {
        const spec = this.declared(name);
        const v = this.env[inputEnvName(name)];
        const value = (v !== undefined && v !== '' ? v : (spec.default ?? '')).trim();
        if (spec.required && value === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`input '${name}' is required: add \`${name}: …\` under \`with:\` of this step.`, {
                key: `input: ${name}`,
                usage: true,
            });
        }
        return value;
    }
    /** The value, or undefined when empty. */
    optional(name) {
        const v = this.string(name);
        return v === '' ? undefined : v;
    }
    boolean(name) {
        const v = this.string(name);
        if (TRUE.includes(v))
            return true;
        if (FALSE.includes(v) || v === '')
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`input '${name}' must be true or false, got '${v}'.`, {
            key: `input: ${name}`,
            usage: true,
        });
    }
    /** A list given by commas or newlines. */
    list(name) {
        return splitList(this.string(name));
    }
    /** Non-empty lines, each trimmed. */
    multiline(name) {
        return this.string(name)
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean);
    }
    /** The same inputs with `name` unset (its default applies). */
    without(name) {
        this.declared(name);
        return new Inputs(this.spec, { ...this.env, [inputEnvName(name)]: undefined });
    }
    /**
     * The same inputs where each `name` reads the value (and spec) of `renames[name]`: the root
     * action's `smoke-command` is the smoke stage's `command`, which for it means the build command.
     */
    renamed(renames) {
        const env = { ...this.env };
        const inputs = { ...this.spec.inputs };
        for (const [name, from] of Object.entries(renames)) {
            inputs[name] = this.declared(from);
            env[inputEnvName(name)] = this.env[inputEnvName(from)];
        }
        return new Inputs({ ...this.spec, inputs }, env);
    }
    /** Values of secret inputs that were given, for masking. */
    secrets() {
        return Object.keys(this.spec.inputs)
            .filter(isSecretInput)
            .map((n) => this.env[inputEnvName(n)] ?? '')
            .filter((v) => v.trim() !== '');
    }
}


/***/ }),

/***/ 11890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION),
  m: () => (/* binding */ actionRun),
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/runner/commands.ts
var commands = __webpack_require__(46342);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/runner/artifacts.ts
var artifacts = __webpack_require__(25541);
// EXTERNAL MODULE: ./src/runner/github.ts
var github = __webpack_require__(99863);
// EXTERNAL MODULE: ./src/runner/inputs.ts
var runner_inputs = __webpack_require__(39205);
;// CONCATENATED MODULE: ./src/runner/run.ts
/**
 * Runs one action as the GitHub runner starts it: inputs from INPUT_* (defaults from its
 * action.yml), secrets masked first, outputs and summary written, and a failure reported as one
 * `::error` annotation with exit code 1. This and src/cli.ts are the only places that read
 * process.env.
 */









/** The release version: package.json is its one home (the release workflow checks the tag against it). */
const VERSION = package_namespaceObject.rE;
async function runAction(actionYml, body, env = process.env) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    if (env === process.env)
        (0,atomic/* removeOnSignals */.N)(); // a cancelled job leaves no temporary file
    try {
        const spec = (0,runner_inputs/* readActionSpec */.EV)(actionYml);
        const inputs = new runner_inputs/* Inputs */.G0(spec, env);
        (0,github/* maskSecrets */.QU)(inputs.secrets());
        (0,commands/* info */.pq)((0,log/* neutraliseCommands */.$)(`distro-actions ${VERSION}: ${spec.name}`));
        const rt = { env, workspace, log: (0,github/* githubLogger */.kW)(workspace), store: (0,artifacts/* createArtifactStore */.GA)(env) };
        (0,github/* setOutputs */.n0)(await body(inputs, rt));
    }
    catch (err) {
        (0,github/* reportFailure */.xV)(err, workspace);
    }
}
/**
 * An action's `run()`, as actions/typescript-action exports it from src/main.ts, so that GitHub's
 * @github/local-action (`local-action run actions/<name> src/actions/<name>.ts .env`) runs it from
 * the sources. `actionYml` defaults to actions/<name>/action.yml (the root action.yml for `distro`)
 * beside src/; the bundle's entries pass their own path.
 */
function actionRun(name, body) {
    const root = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', '..');
    const own = name === 'distro' ? external_node_path_default().join(root, 'action.yml') : external_node_path_default().join(root, 'actions', name, 'action.yml');
    return (actionYml = own) => runAction(actionYml, body);
}


/***/ })

};
