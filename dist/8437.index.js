export const id = 8437;
export const ids = [8437];
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


/***/ })

};
