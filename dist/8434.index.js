export const id = 8434;
export const ids = [8434,8437];
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

/***/ 17435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ RPM_TO_DEB),
/* harmony export */   ls: () => (/* binding */ balanced),
/* harmony export */   z5: () => (/* binding */ parseDep)
/* harmony export */ });
/** Dependency syntax shared by the package formats: both spellings read into one model. */
const DEB_TO_RPM = {
    '<<': '<',
    '<=': '<=',
    '=': '=',
    '>=': '>=',
    '>>': '>',
};
const RPM_OPS = {
    '<': '<',
    '<=': '<=',
    '=': '=',
    '==': '=',
    '>=': '>=',
    '>': '>',
};
/** Debian's spelling of each operator. */
const RPM_TO_DEB = {
    '<': '<<',
    '<=': '<=',
    '=': '=',
    '>=': '>=',
    '>': '>>',
};
const NAME = /^[A-Za-z0-9_/][A-Za-z0-9_.+:/()-]*$/;
const VERSION = /^[A-Za-z0-9.+~:_^-]+$/;
/** Parses one alternative; returns a reason string when malformed. */
function parseOne(text) {
    const t = text.trim();
    if (!t)
        return 'an empty alternative';
    // deb: name (op version)
    let m = /^(\S+?)\s*\(\s*([<>=]+)\s*([^\s()]+)\s*\)$/.exec(t);
    if (m) {
        const op = DEB_TO_RPM[m[2]];
        if (!op)
            return `'${m[2]}' is not a Debian relation (use <<, <=, =, >= or >>; a bare < or > is obsolete)`;
        if (!NAME.test(m[1]))
            return `'${m[1]}' is not a package name`;
        if (!VERSION.test(m[3]))
            return `'${m[3]}' is not a version`;
        return { name: m[1], op, version: m[3] };
    }
    // rpm: name op version
    m = /^(\S+)\s+([<>=]+)\s+(\S+)$/.exec(t);
    if (m) {
        const op = RPM_OPS[m[2]] ?? DEB_TO_RPM[m[2]];
        if (!op)
            return `'${m[2]}' is not a version relation (use <, <=, =, >=, >)`;
        if (!NAME.test(m[1]))
            return `'${m[1]}' is not a package name`;
        if (!VERSION.test(m[3]))
            return `'${m[3]}' is not a version`;
        return { name: m[1], op, version: m[3] };
    }
    if (/\s/.test(t) || /[()<>=]/.test(t.replace(/\([^()\s]*\)/g, '')))
        return `cannot read '${t}'`;
    if (!NAME.test(t))
        return `'${t}' is not a package name`;
    return { name: t };
}
/**
 * Parses a dependency with `|` alternatives. Throws a plain Error with the reason when it is
 * malformed (the caller wraps it with the config key and line).
 */
function parseDep(text) {
    if (typeof text !== 'string' || !text.trim())
        throw new Error('the dependency is empty');
    const alts = text.split('|').map(parseOne);
    const bad = alts.find((a) => typeof a === 'string');
    if (bad !== undefined)
        throw new Error(bad);
    return alts;
}
/** Whether the parentheses of `t` balance (rich dependencies). */
function balanced(t) {
    let depth = 0;
    for (const c of t) {
        if (c === '(')
            depth++;
        else if (c === ')' && --depth < 0)
            return false;
    }
    return depth === 0;
}


/***/ }),

/***/ 88018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lv: () => (/* binding */ normaliseDeps),
/* harmony export */   xE: () => (/* binding */ SENSE),
/* harmony export */   z5: () => (/* binding */ parseDep)
/* harmony export */ });
/* unused harmony export compareDeps */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _pkg_deps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17435);
/**
 * Dependencies for rpm headers: name, flags, version. Accepts rpm syntax (`glibc >= 2.28`), deb
 * syntax (`libc6 (>= 2.28)`, `>>`/`<<`), deb alternatives (`a | b (>= 1)` → rich `(a or b >= 1)`)
 * and rpm rich dependencies given as is (`(a or b)`).
 */


const SENSE = {
    ANY: 0,
    LESS: 2,
    GREATER: 4,
    EQUAL: 8,
    POSTTRANS: 1 << 5,
    PREREQ: 1 << 6,
    PRETRANS: 1 << 7,
    INTERP: 1 << 8,
    SCRIPT_PRE: 1 << 9,
    SCRIPT_POST: 1 << 10,
    SCRIPT_PREUN: 1 << 11,
    SCRIPT_POSTUN: 1 << 12,
    CONFIG: 1 << 28,
    RPMLIB: 1 << 24,
};
/** The rpm sense flags of each operator (operators as pkg/deps spells them for rpm). */
const FLAGS = {
    '<': SENSE.LESS,
    '<=': SENSE.LESS | SENSE.EQUAL,
    '=': SENSE.EQUAL,
    '>=': SENSE.GREATER | SENSE.EQUAL,
    '>': SENSE.GREATER,
};
function bad(field, raw, why) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${field}: '${raw}' is not a valid rpm dependency (${why}); write 'name', 'name >= 1.2' or 'name (>= 1.2)'.`, { key: field });
}
/**
 * Parses one dependency in either spelling (the syntax of pkg/deps.ts) into rpm's name, sense
 * flags and version; alternatives and `( … )` become a rich dependency. `field` names the key.
 */
function parseDep(raw, field) {
    if (typeof raw !== 'string' || !raw.trim())
        bad(field, String(raw), 'it is empty');
    const s = raw.trim();
    if (s.startsWith('(')) {
        if (!(0,_pkg_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .balanced */ .ls)(s) || !s.endsWith(')'))
            bad(field, raw, 'unbalanced parentheses');
        return { name: s, flags: SENSE.ANY, version: '' };
    }
    if (s.includes(','))
        bad(field, raw, 'one dependency per list item, no commas');
    let alts = [];
    try {
        alts = (0,_pkg_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDep */ .z5)(s);
    }
    catch (e) {
        bad(field, raw, e.message);
    }
    if (alts.length > 1) {
        const text = alts.map((d) => (d.op ? `${d.name} ${d.op} ${d.version}` : d.name));
        return { name: `(${text.join(' or ')})`, flags: SENSE.ANY, version: '' };
    }
    const d = alts[0];
    return d.op
        ? { name: d.name, flags: FLAGS[d.op], version: d.version }
        : { name: d.name, flags: SENSE.ANY, version: '' };
}
/** `a` before `b`: by name, then version, then flags (byte order, reproducible). */
function compareDeps(a, b) {
    const n = Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));
    if (n)
        return n;
    const v = Buffer.compare(Buffer.from(a.version), Buffer.from(b.version));
    return v || a.flags - b.flags;
}
/** Sorted, with exact duplicates removed and the flags of same name+version requirements merged. */
function normaliseDeps(deps, mergeFlags = false) {
    const out = [];
    for (const d of [...deps].sort(compareDeps)) {
        const prev = out[out.length - 1];
        if (prev && prev.name === d.name && prev.version === d.version) {
            if (prev.flags === d.flags)
                continue;
            // same requirement from scripts and user: keep one, with the union of the context bits
            const sense = SENSE.LESS | SENSE.GREATER | SENSE.EQUAL;
            if (mergeFlags && (prev.flags & sense) === (d.flags & sense)) {
                prev.flags |= d.flags;
                continue;
            }
        }
        out.push({ ...d });
    }
    return out;
}


/***/ }),

/***/ 36917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ HEADER_SIGNATURES),
/* harmony export */   BC: () => (/* binding */ LEAD_SIZE),
/* harmony export */   HI: () => (/* binding */ lead),
/* harmony export */   KK: () => (/* binding */ HEADER_MAGIC),
/* harmony export */   P6: () => (/* binding */ HeaderBuilder),
/* harmony export */   T: () => (/* binding */ T),
/* harmony export */   TA: () => (/* binding */ LEAD_MAGIC),
/* harmony export */   XE: () => (/* binding */ HEADER_IMMUTABLE),
/* harmony export */   py: () => (/* binding */ padTo8)
/* harmony export */ });
/**
 * rpm header structures (rpm 4.x, lib/header.c): the 96-byte lead, and header blobs.
 *
 * A header is `8E AD E8 01`, 4 reserved bytes, the number of index entries and the size of the
 * data store (both big-endian u32), then the index entries (tag, type, offset, count: 16 bytes
 * each), then the data store. Entries are sorted by tag and their data lies in the same order,
 * each item aligned to its type's size (rpm rejects overlapping or misaligned data). The first
 * entry is the region tag (HEADERIMMUTABLE 63, or HEADERSIGNATURES 62 in the signature header):
 * type BIN, count 16, its offset points at a 16-byte trailer at the end of the data store which
 * is itself an index entry (same tag, type BIN, offset = -(number of entries × 16), count 16).
 */
const T = {
    CHAR: 1,
    INT8: 2,
    INT16: 3,
    INT32: 4,
    INT64: 5,
    STRING: 6,
    BIN: 7,
    STRING_ARRAY: 8,
    I18NSTRING: 9,
};
const HEADER_SIGNATURES = 62;
const HEADER_IMMUTABLE = 63;
/** A header blob starts with these 8 bytes (magic, version 1, 4 reserved bytes). */
const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0]);
/** The first 4 bytes of an rpm file (the lead). */
const LEAD_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);
/** Size of the lead, in bytes. */
const LEAD_SIZE = 96;
const ALIGN = { [T.INT16]: 2, [T.INT32]: 4, [T.INT64]: 8 };
/** Collects tags and serialises them as one header blob with its region. */
class HeaderBuilder {
    tags = new Map();
    set(tag, v) {
        this.tags.set(tag, v);
        return this;
    }
    string(tag, value) {
        return this.set(tag, { type: T.STRING, value });
    }
    i18n(tag, value) {
        return this.set(tag, { type: T.I18NSTRING, value });
    }
    strings(tag, value) {
        return value.length ? this.set(tag, { type: T.STRING_ARRAY, value }) : this;
    }
    int32(tag, value) {
        return value.length ? this.set(tag, { type: T.INT32, value }) : this;
    }
    int16(tag, value) {
        return value.length ? this.set(tag, { type: T.INT16, value }) : this;
    }
    int64(tag, value) {
        return value.length ? this.set(tag, { type: T.INT64, value }) : this;
    }
    /** The header blob with `regionTag` as its region (63 for the main header, 62 for the signature). */
    build(regionTag) {
        const sorted = [...this.tags.entries()].sort((a, b) => a[0] - b[0]);
        const il = sorted.length + 1;
        const index = Buffer.alloc(il * 16);
        const parts = [];
        let offset = 0;
        const pad = (align) => {
            const r = offset % align;
            if (r) {
                parts.push(Buffer.alloc(align - r));
                offset += align - r;
            }
        };
        sorted.forEach(([tag, v], i) => {
            pad(ALIGN[v.type] ?? 1);
            const { data, count } = encode(v);
            const e = (i + 1) * 16;
            index.writeUInt32BE(tag, e);
            index.writeUInt32BE(v.type, e + 4);
            index.writeUInt32BE(offset, e + 8);
            index.writeUInt32BE(count, e + 12);
            parts.push(data);
            offset += data.length;
        });
        // region entry and its trailer (the trailer needs no alignment: rpm copies it with memcpy)
        const trailer = Buffer.alloc(16);
        trailer.writeUInt32BE(regionTag, 0);
        trailer.writeUInt32BE(T.BIN, 4);
        trailer.writeInt32BE(-(il * 16), 8);
        trailer.writeUInt32BE(16, 12);
        index.writeUInt32BE(regionTag, 0);
        index.writeUInt32BE(T.BIN, 4);
        index.writeUInt32BE(offset, 8);
        index.writeUInt32BE(16, 12);
        parts.push(trailer);
        offset += 16;
        const counts = Buffer.alloc(8);
        counts.writeUInt32BE(il, 0);
        counts.writeUInt32BE(offset, 4);
        return Buffer.concat([HEADER_MAGIC, counts, index, ...parts]);
    }
}
function encode(v) {
    switch (v.type) {
        case T.STRING:
        case T.I18NSTRING:
            return { data: Buffer.from(`${v.value}\0`, 'utf8'), count: 1 };
        case T.STRING_ARRAY:
            return { data: Buffer.from(v.value.map((s) => `${s}\0`).join(''), 'utf8'), count: v.value.length };
        case T.CHAR:
        case T.INT8:
            return { data: Buffer.from(v.value.map((n) => n & 0xff)), count: v.value.length };
        case T.INT16: {
            const b = Buffer.alloc(v.value.length * 2);
            v.value.forEach((n, i) => b.writeUInt16BE(n & 0xffff, i * 2));
            return { data: b, count: v.value.length };
        }
        case T.INT32: {
            const b = Buffer.alloc(v.value.length * 4);
            v.value.forEach((n, i) => b.writeUInt32BE(n >>> 0, i * 4));
            return { data: b, count: v.value.length };
        }
        case T.INT64: {
            const b = Buffer.alloc(v.value.length * 8);
            v.value.forEach((n, i) => b.writeBigUInt64BE(n, i * 8));
            return { data: b, count: v.value.length };
        }
        case T.BIN:
            return { data: v.value, count: v.value.length };
    }
}
/** The signature header is padded to a multiple of 8 bytes in the file. */
function padTo8(blob) {
    const r = blob.length % 8;
    return r ? Buffer.concat([blob, Buffer.alloc(8 - r)]) : blob;
}
/** Lead `archnum` values from rpmrc (rpm ignores them, but writes them). */
const ARCHNUM = {
    x86_64: 1,
    i386: 1,
    i586: 1,
    i686: 1,
    noarch: 1,
    aarch64: 19,
    armv7hl: 12,
    armv7l: 12,
    armv6hl: 12,
    ppc64le: 16,
    ppc64: 16,
    s390x: 15,
    riscv64: 22,
    loongarch64: 23,
};
/** The 96-byte lead: magic, v3.0, binary, archnum, NEVR name (65 bytes + NUL), os 1 (Linux), sig type 5. */
function lead(nameVersionRelease, arch) {
    const b = Buffer.alloc(LEAD_SIZE);
    LEAD_MAGIC.copy(b, 0);
    b.set([3, 0], 4);
    b.writeUInt16BE(0, 6); // binary package
    b.writeUInt16BE(ARCHNUM[arch] ?? 0, 8);
    let name = Buffer.from(nameVersionRelease, 'utf8');
    if (name.length > 65)
        name = name.subarray(0, 65);
    name.copy(b, 10);
    b.writeUInt16BE(1, 76); // os: Linux
    b.writeUInt16BE(5, 78); // signature type: header-style
    return b;
}


/***/ }),

/***/ 21901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   FS: () => (/* binding */ FILEFLAG),
/* harmony export */   Me: () => (/* binding */ SIGTAG)
/* harmony export */ });
/** rpm tag numbers (rpm's include/rpm/rpmtag.h) used by the writer and the reader. */
const TAG = {
    HEADERI18NTABLE: 100,
    NAME: 1000,
    VERSION: 1001,
    RELEASE: 1002,
    EPOCH: 1003,
    SUMMARY: 1004,
    DESCRIPTION: 1005,
    BUILDTIME: 1006,
    BUILDHOST: 1007,
    SIZE: 1009,
    VENDOR: 1011,
    LICENSE: 1014,
    PACKAGER: 1015,
    GROUP: 1016,
    URL: 1020,
    OS: 1021,
    ARCH: 1022,
    PREIN: 1023,
    POSTIN: 1024,
    PREUN: 1025,
    POSTUN: 1026,
    OLDFILENAMES: 1027,
    FILESIZES: 1028,
    FILEMODES: 1030,
    FILERDEVS: 1033,
    FILEMTIMES: 1034,
    FILEDIGESTS: 1035,
    FILELINKTOS: 1036,
    FILEFLAGS: 1037,
    FILEUSERNAME: 1039,
    FILEGROUPNAME: 1040,
    SOURCERPM: 1044,
    FILEVERIFYFLAGS: 1045,
    ARCHIVESIZE: 1046,
    PROVIDENAME: 1047,
    REQUIREFLAGS: 1048,
    REQUIRENAME: 1049,
    REQUIREVERSION: 1050,
    CONFLICTFLAGS: 1053,
    CONFLICTNAME: 1054,
    CONFLICTVERSION: 1055,
    RPMVERSION: 1064,
    CHANGELOGTIME: 1080,
    CHANGELOGNAME: 1081,
    CHANGELOGTEXT: 1082,
    PREINPROG: 1085,
    POSTINPROG: 1086,
    PREUNPROG: 1087,
    POSTUNPROG: 1088,
    OBSOLETENAME: 1090,
    FILEDEVICES: 1095,
    FILEINODES: 1096,
    FILELANGS: 1097,
    SOURCEPACKAGE: 1106,
    PROVIDEFLAGS: 1112,
    PROVIDEVERSION: 1113,
    OBSOLETEFLAGS: 1114,
    OBSOLETEVERSION: 1115,
    DIRINDEXES: 1116,
    BASENAMES: 1117,
    DIRNAMES: 1118,
    OPTFLAGS: 1122,
    PAYLOADFORMAT: 1124,
    PAYLOADCOMPRESSOR: 1125,
    PAYLOADFLAGS: 1126,
    PLATFORM: 1132,
    PRETRANS: 1151,
    POSTTRANS: 1152,
    PRETRANSPROG: 1153,
    POSTTRANSPROG: 1154,
    LONGFILESIZES: 5008,
    LONGSIZE: 5009,
    FILEDIGESTALGO: 5011,
    RECOMMENDNAME: 5046,
    RECOMMENDVERSION: 5047,
    RECOMMENDFLAGS: 5048,
    SUGGESTNAME: 5049,
    SUGGESTVERSION: 5050,
    SUGGESTFLAGS: 5051,
    SUPPLEMENTNAME: 5052,
    SUPPLEMENTVERSION: 5053,
    SUPPLEMENTFLAGS: 5054,
    ENHANCENAME: 5055,
    ENHANCEVERSION: 5056,
    ENHANCEFLAGS: 5057,
    ENCODING: 5062,
    PAYLOADDIGEST: 5092,
    PAYLOADDIGESTALGO: 5093,
};
/** Signature header tags (rpm's lib/rpmtag.h RPMSIGTAG_*). */
const SIGTAG = {
    /** OpenPGP signature of the header (rpm 4.18 signs DSA and EdDSA keys into this tag). */
    DSA: 267,
    /** OpenPGP signature of the header made with an RSA key. */
    RSA: 268,
    SHA1: 269,
    LONGSIZE: 270,
    LONGARCHIVESIZE: 271,
    SHA256: 273,
    SIZE: 1000,
    /** Legacy header+payload signatures (RSA, DSA, PGP 5) and MD5 digest. */
    PGP: 1002,
    MD5: 1004,
    GPG: 1005,
    PGP5: 1006,
    PAYLOADSIZE: 1007,
    /** Padding rpmbuild reserves so that a signature can be added in place. */
    RESERVEDSPACE: 1008,
};
/** File attribute bits of FILEFLAGS (rpm's rpmfileAttrs). */
const FILEFLAG = {
    config: 1,
    doc: 2,
    missingok: 8,
    noreplace: 16,
    ghost: 64,
    license: 128,
    readme: 256,
    artifact: 4096,
};


/***/ })

};
