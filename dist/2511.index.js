export const id = 2511;
export const ids = [2511];
export const modules = {

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


/***/ })

};
