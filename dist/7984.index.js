export const id = 7984;
export const ids = [7984,8437];
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

/***/ 10237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xz: () => (/* binding */ debTriggers),
/* harmony export */   r7: () => (/* binding */ foldLines),
/* harmony export */   s2: () => (/* binding */ addGeneratedDocs)
/* harmony export */ });
/* unused harmony export rfc2822 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84410);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/**
 * What a deb carries beside its contents: `/usr/share/doc/<name>/copyright` (DEP-5) and
 * `changelog.Debian.gz`, generated unless the contents ship those paths, and the `triggers` file
 * from nfpm's `deb.triggers`. Generated files are written under a temporary directory in distDir
 * (src/atomic.ts), recorded in `spec.tempDir` (cleanupPackage removes it).
 */






/** Adds copyright and changelog.Debian.gz to `spec.files` unless the contents ship them. */
async function addGeneratedDocs(spec, ctx) {
    const { name } = spec;
    const has = new Set(spec.files.map((f) => f.dst));
    const docDir = `/usr/share/doc/${name}`;
    const want = [];
    if (!has.has(`${docDir}/copyright`)) {
        const licFile = ctx.licenseFile ?? findLicense(ctx.projectDir);
        const licText = licFile ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(licFile, 'utf8').catch(() => undefined) : undefined;
        want.push({ dst: `${docDir}/copyright`, data: Buffer.from(dep5(name, ctx.config, ctx.author, licText)) });
    }
    if (!has.has(`${docDir}/changelog.Debian.gz`) && !has.has(`${docDir}/changelog.gz`)) {
        const full = `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}-${spec.release}`;
        const text = debChangelog(name, full, ctx.author, spec.buildTime, ctx.upstreamVersion);
        const gz = node_zlib__WEBPACK_IMPORTED_MODULE_3___default().gzipSync(Buffer.from(text), { level: 9 });
        gz[9] = 3; // OS: unix, whatever the build platform
        want.push({ dst: `${docDir}/changelog.Debian.gz`, data: gz });
    }
    if (!want.length)
        return;
    const tempDir = await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .makeTempDir */ .mk)(ctx.distDir, `pkg-${name}-${spec.arch}`);
    spec.tempDir = tempDir;
    for (const [i, w] of want.entries()) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempDir, `${i}-${node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(w.dst)}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(abs, w.data).catch(async (e) => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tempDir, { recursive: true, force: true });
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(e, abs);
        });
        const mtime = spec.buildTime;
        spec.files.push({
            dst: w.dst,
            type: 'file',
            source: abs,
            mode: 0o644,
            owner: 'root',
            group: 'root',
            mtime,
            size: w.data.length,
            doc: true,
        });
    }
    spec.files.sort((a, b) => (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0));
}
function findLicense(projectDir) {
    for (const n of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'COPYING', 'COPYING.md']) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(projectDir, n);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
            return p;
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Generated documents
/** Lines as a deb control / DEP-5 continuation: one leading space, empty lines as ` .`. */
function foldLines(text) {
    return text
        .replace(/\r\n/g, '\n')
        .replace(/\s+$/, '')
        .split('\n')
        .map((l) => (l.trim() === '' ? ' .' : ` ${l.replace(/\s+$/, '')}`))
        .join('\n');
}
/** Licenses Debian ships in /usr/share/common-licenses (SPDX → file). */
const COMMON_LICENSES = {
    'Apache-2.0': 'Apache-2.0',
    'Artistic-1.0': 'Artistic',
    'BSD-3-Clause': 'BSD',
    'CC0-1.0': 'CC0-1.0',
    'GFDL-1.3': 'GFDL-1.3',
    'GPL-2.0': 'GPL-2',
    'GPL-2.0-only': 'GPL-2',
    'GPL-2.0-or-later': 'GPL-2',
    'GPL-3.0': 'GPL-3',
    'GPL-3.0-only': 'GPL-3',
    'GPL-3.0-or-later': 'GPL-3',
    'LGPL-2.1': 'LGPL-2.1',
    'LGPL-2.1-only': 'LGPL-2.1',
    'LGPL-2.1-or-later': 'LGPL-2.1',
    'LGPL-3.0': 'LGPL-3',
    'LGPL-3.0-only': 'LGPL-3',
    'LGPL-3.0-or-later': 'LGPL-3',
    'MPL-2.0': 'MPL-2.0',
};
function dep5(name, c, holder, licText) {
    const license = c.license ? String(c.license) : 'unknown';
    const lines = [
        'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
        `Upstream-Name: ${name}`,
    ];
    if (c.homepage)
        lines.push(`Source: ${String(c.homepage)}`);
    lines.push('', 'Files: *', `Copyright: ${c.vendor ? String(c.vendor) : holder}`, `License: ${license}`);
    const common = COMMON_LICENSES[license];
    if (common)
        lines.push(` On Debian systems, the full text of the license can be found in`, ` /usr/share/common-licenses/${common}.`);
    else if (licText)
        lines.push(foldLines(licText));
    return `${lines.join('\n')}\n`;
}
/** RFC 2822 date as Debian changelogs write it: `Tue, 14 Nov 2023 22:13:20 +0000`. */
function rfc2822(epoch) {
    const d = new Date(epoch * 1000);
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const p = (n) => String(n).padStart(2, '0');
    return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
function debChangelog(name, version, author, epoch, upstream) {
    return `${name} (${version}) unstable; urgency=medium\n\n  * Release ${upstream}.\n\n -- ${author}  ${rfc2822(epoch)}\n`;
}
/** nfpm's deb.triggers section → the control `triggers` file. */
function debTriggers(raw) {
    if (!raw || typeof raw !== 'object')
        return typeof raw === 'string' && raw.trim() ? `${raw.trim()}\n` : undefined;
    const t = raw;
    const lines = [];
    for (const k of [
        'interest',
        'interest_await',
        'interest_noawait',
        'activate',
        'activate_await',
        'activate_noawait',
    ]) {
        const v = t[k];
        const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
        for (const item of list)
            lines.push(`${k.replace('_', '-')} ${String(item)}`);
    }
    return lines.length ? `${lines.join('\n')}\n` : undefined;
}


/***/ }),

/***/ 77984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   controlText: () => (/* binding */ controlText),
/* harmony export */   dataEntries: () => (/* binding */ dataEntries),
/* harmony export */   debFileName: () => (/* binding */ debFileName),
/* harmony export */   debFullVersion: () => (/* binding */ debFullVersion),
/* harmony export */   writeDeb: () => (/* binding */ writeDeb)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84410);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73856);
/* harmony import */ var _docs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10237);
/**
 * Debian binary packages, written natively: an `ar` archive of `debian-binary` ("2.0\n"),
 * `control.tar.<ext>` and `data.tar.<ext>` (deb(5)), reproducible and streamed.
 *
 * data.tar is written first, to a temp file beside `out`, hashing every file with MD5 in the same
 * read (for `md5sums`); then control.tar (small); then the .deb is assembled from the two (the ar
 * header needs each member's size) into a temporary beside it (src/atomic.ts) and renamed to `out`. On any failure
 * every temp file is deleted and nothing is left at `out`.
 *
 * data.tar: `./`, then every entry and its parent directories (`./usr/`, `./usr/bin/` …, mode 0755
 * root, mtime = buildTime), sorted in byte order, ustar (pax headers for long names, which dpkg
 * reads), owners as names with uid/gid 0 (dpkg maps the names on install), modes incl. setuid.
 * Ghost files are not shipped (nfpm does the same). Compression gzip (default; gzip header MTIME
 * 0, OS 3), xz, zstd (dpkg ≥ 1.21.18) or none.
 */








const EXT = { gzip: '.gz', xz: '.xz', zstd: '.zst', none: '' };
/** tar-stream (and the ar header) write the mtime with 32-bit arithmetic. */
const MAX_MTIME = 2 ** 31 - 1;
/** `{name}_{version}-{release}_{arch}.deb` (the epoch is not part of the file name). */
function debFileName(spec) {
    return `${spec.name}_${spec.version}${spec.release ? `-${spec.release}` : ''}_${spec.arch}.deb`;
}
/** The Version field: `[epoch:]version[-release]`. */
function debFullVersion(spec) {
    return `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}${spec.release ? `-${spec.release}` : ''}`;
}
async function writeDeb(out, spec, opts = {}) {
    if (!(spec.compression in EXT)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`deb compression '${String(spec.compression)}' is not supported; use gzip, xz, zstd or none`);
    }
    if (!Number.isInteger(spec.buildTime) || spec.buildTime < 0 || spec.buildTime > MAX_MTIME) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`the build time (SOURCE_DATE_EPOCH) must be whole seconds from 0 to ${MAX_MTIME}, got ${spec.buildTime}`);
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(out);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
    const tmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .tempPath */ .EZ)(target);
    const dataTmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .tempPath */ .EZ)(target, '.data');
    const controlTmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .tempPath */ .EZ)(target, '.control');
    const pool = new _archive_index_js__WEBPACK_IMPORTED_MODULE_6__.BufferPool();
    const outputs = [];
    const open = (file, hash = true) => {
        const o = new _archive_index_js__WEBPACK_IMPORTED_MODULE_6__.Output(file, { hash });
        outputs.push(o);
        return o;
    };
    try {
        // data.tar, hashing each file
        const data = dataEntries(spec);
        const sink = opts.progress;
        if (sink) {
            sink.expect(data.entries.reduce((n, e) => n + (e.type === 'file' ? e.size : 0), 0));
            pool.onRead = (n) => sink.add(n);
            sink.setNext?.('md5sums and control.tar, then the .deb is assembled');
        }
        const hashes = new Map();
        const dataOut = open(dataTmp, false); // hashed as part of the .deb
        await writeCompressed(data.entries, dataOut, spec.compression, pool, opts.threads, (i, chunk) => {
            let h = hashes.get(i);
            if (!h)
                hashes.set(i, (h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5')));
            h.update(chunk);
        });
        await dataOut.finish();
        pool.onRead = undefined; // the data.tar read back below is not new work
        const md5sums = data.entries
            .map((e, i) => ({ e, i }))
            .filter(({ e, i }) => e.type === 'file' && !data.conffiles.has(i))
            .map(({ e, i }) => `${(hashes.get(i) ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5')).digest('hex')}  ${e.name.slice(2)}\n`)
            .join('');
        // control.tar
        const control = controlEntries(spec, data.installedSize, md5sums, data.conffileList);
        const controlOut = open(controlTmp, false);
        await writeCompressed(control, controlOut, spec.compression, pool, opts.threads);
        await controlOut.finish();
        // the ar archive
        const deb = open(tmp);
        const ext = EXT[spec.compression];
        await deb.put(Buffer.from('!<arch>\n'));
        await arMember(deb, 'debian-binary', spec.buildTime, Buffer.from('2.0\n'));
        const copyPool = new _archive_index_js__WEBPACK_IMPORTED_MODULE_6__.BufferPool(_archive_index_js__WEBPACK_IMPORTED_MODULE_6__.COPY_CHUNK, 4);
        await arFile(deb, `control.tar${ext}`, spec.buildTime, controlTmp, controlOut.size, copyPool);
        await arFile(deb, `data.tar${ext}`, spec.buildTime, dataTmp, dataOut.size, copyPool);
        await deb.finish();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
        return { size: deb.size, sha256: deb.digest() };
    }
    catch (err) {
        await Promise.all(outputs.map((o) => o.abandon()));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw err;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dataTmp, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(controlTmp, { force: true });
    }
}
// ---------------------------------------------------------------------------------------------
// ar
function arHeader(name, mtime, size) {
    const field = (v, w) => {
        if (v.length > w)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`ar member field '${v}' is longer than ${w} bytes`);
        return v.padEnd(w, ' ');
    };
    const h = field(name, 16) +
        field(String(mtime), 12) +
        field('0', 6) +
        field('0', 6) +
        field('100644', 8) +
        field(String(size), 10) +
        '`\n';
    return Buffer.from(h, 'latin1');
}
async function arMember(out, name, mtime, data) {
    await out.put(arHeader(name, mtime, data.length));
    await out.put(data);
    if (data.length % 2)
        await out.put(Buffer.from('\n'));
}
async function arFile(out, name, mtime, file, size, pool) {
    await out.put(arHeader(name, mtime, size));
    for await (const chunk of (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_6__.readChunks)({ source: file, size, name }, pool)) {
        await out.put(chunk, pool.releaser(chunk));
    }
    if (size % 2)
        await out.put(Buffer.from('\n'));
}
// ---------------------------------------------------------------------------------------------
// tar members
/** Copies each chunk (the output file may hold it after the pool buffer was recycled). */
function copying() {
    return new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({ transform: (chunk, _enc, cb) => cb(null, Buffer.from(chunk)) });
}
async function writeCompressed(entries, out, compression, pool, threads, onChunk) {
    let comp;
    let release;
    if (compression === 'none') {
        const t = copying();
        comp = { input: t, output: t };
    }
    else {
        const format = compression === 'gzip' ? 'tar.gz' : compression === 'xz' ? 'tar.xz' : 'tar.zst';
        if (format === 'tar.xz')
            release = await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_6__.xzSlot)();
        // dpkg (1.21) stops reading a zstd member after its first frame
        comp = await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_6__.compressor)(format, _archive_index_js__WEBPACK_IMPORTED_MODULE_6__.DEFAULT_LEVELS[format], threads, { oneZstdFrame: true });
    }
    try {
        await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_6__.writeTarEntries)(entries, out, comp, pool, onChunk);
    }
    finally {
        release?.();
    }
}
const ROOT_OWNER = { uid: 0, gid: 0, uname: 'root', gname: 'root' };
function owner(f) {
    return { uid: 0, gid: 0, uname: f.owner || 'root', gname: f.group || 'root' };
}
/** The data.tar entries: `./`, the files and their parent directories, in byte order. */
function dataEntries(spec) {
    const byName = new Map();
    for (const f of spec.files) {
        if (f.ghost)
            continue;
        const rel = f.dst.replace(/^\/+/, '').replace(/\/+$/, '');
        if (!rel)
            continue;
        const common = { ...owner(f), mode: f.mode & 0o7777, mtime: f.mtime, size: 0 };
        let entry;
        if (f.type === 'dir')
            entry = { ...common, name: `./${rel}/`, type: 'dir' };
        else if (f.type === 'symlink')
            entry = { ...common, name: `./${rel}`, type: 'symlink', linkname: f.linkname ?? '' };
        else {
            if (!f.source)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`deb: ${f.dst} has no source file`);
            entry = { ...common, name: `./${rel}`, type: 'file', size: f.size, source: f.source };
        }
        if (byName.has(rel))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`deb: ${f.dst} appears twice in the package`);
        byName.set(rel, { entry, file: f });
    }
    for (const rel of [...byName.keys()]) {
        const parts = rel.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            const prev = byName.get(dir);
            if (!prev) {
                byName.set(dir, {
                    entry: {
                        ...ROOT_OWNER,
                        name: `./${dir}/`,
                        type: 'dir',
                        mode: 0o755,
                        mtime: spec.buildTime,
                        size: 0,
                    },
                });
            }
            else if (prev.entry.type !== 'dir') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`deb: ${rel} is inside /${dir}, which the package ships as a ${prev.entry.type}`);
            }
        }
    }
    const sorted = [...byName.entries()].sort((a, b) => (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_6__.compareNames)(a[0], b[0]));
    const entries = [
        { ...ROOT_OWNER, name: './', type: 'dir', mode: 0o755, mtime: spec.buildTime, size: 0 },
    ];
    const conffiles = new Set();
    const conffileList = [];
    let installedSize = 0;
    for (const [, { entry, file }] of sorted) {
        if (file?.config && entry.type === 'file') {
            conffiles.add(entries.length);
            conffileList.push(file.dst);
        }
        installedSize += entry.type === 'file' ? Math.ceil(entry.size / 1024) : 1;
        entries.push(entry);
    }
    return { entries, conffiles, conffileList, installedSize };
}
/** The control file text (fields in dpkg's order). */
function controlText(spec, installedSize) {
    const fields = [
        ['Package', spec.name],
        ['Version', debFullVersion(spec)],
        ['Architecture', spec.arch],
        ['Maintainer', spec.maintainer],
        ['Installed-Size', String(installedSize)],
        ['Pre-Depends', spec.predepends.join(', ')],
        ['Depends', spec.depends.join(', ')],
        ['Recommends', spec.recommends.join(', ')],
        ['Suggests', spec.suggests.join(', ')],
        ['Conflicts', spec.conflicts.join(', ')],
        ['Breaks', spec.breaks.join(', ')],
        ['Replaces', spec.replaces.join(', ')],
        ['Provides', spec.provides.join(', ')],
        ['Section', spec.section],
        ['Priority', spec.priority],
        ['Homepage', spec.homepage],
    ];
    const extra = spec.extra.fields;
    if (extra && typeof extra === 'object') {
        for (const [k, v] of Object.entries(extra)) {
            if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(k))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`deb.fields: '${k}' is not a control field name`);
            fields.push([k, String(v).replace(/\n/g, ' ')]);
        }
    }
    const lines = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}: ${v}`);
    const summary = spec.summary.replace(/\s+/g, ' ').trim();
    const rest = spec.description.replace(/\r\n/g, '\n').split('\n');
    // the description's first line is the summary; the rest is the extended description
    const extended = rest[0]?.trim() === summary || rest[0]?.trim() === spec.summary.trim() ? rest.slice(1) : rest;
    const ext = extended
        .join('\n')
        .replace(/^\s*\n/, '')
        .trimEnd();
    lines.push(`Description: ${summary}${ext ? `\n${(0,_docs_js__WEBPACK_IMPORTED_MODULE_7__/* .foldLines */ .r7)(ext)}` : ''}`);
    return `${lines.join('\n')}\n`;
}
function controlEntries(spec, installedSize, md5sums, conffiles) {
    const t = spec.buildTime;
    const file = (name, text, mode = 0o644) => {
        const data = Buffer.from(text);
        return { ...ROOT_OWNER, name: `./${name}`, type: 'file', mode, mtime: t, size: data.length, data };
    };
    const list = [file('control', controlText(spec, installedSize))];
    if (conffiles.length)
        list.push(file('conffiles', conffiles.map((c) => `${c}\n`).join('')));
    if (md5sums)
        list.push(file('md5sums', md5sums));
    const scripts = [
        ['postinst', spec.scripts.postinstall],
        ['postrm', spec.scripts.postremove],
        ['preinst', spec.scripts.preinstall],
        ['prerm', spec.scripts.preremove],
    ];
    for (const [n, s] of scripts)
        if (s)
            list.push(file(n, s, 0o755));
    if (spec.triggers)
        list.push(file('triggers', spec.triggers));
    list.sort((a, b) => (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_6__.compareNames)(a.name, b.name));
    return [{ ...ROOT_OWNER, name: './', type: 'dir', mode: 0o755, mtime: t, size: 0 }, ...list];
}


/***/ })

};
