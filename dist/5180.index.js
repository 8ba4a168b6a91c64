export const id = 5180;
export const ids = [5180,2511];
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


/***/ }),

/***/ 85180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XA: () => (/* binding */ closeStage),
  j$: () => (/* binding */ openStage)
});

// UNUSED EXPORTS: artifactName, removeIfExists

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/index.ts + 3 modules
var config = __webpack_require__(41687);
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/manifest/index.ts
var src_manifest = __webpack_require__(34625);
// EXTERNAL MODULE: ./src/paths.ts
var src_paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/manifest/handoff.ts
/**
 * What an artifact's manifest records beyond contract 2's list, so the hand-off between jobs keeps
 * what GitHub's artifact zip drops: file modes (exec, setuid), directory modes (0750), symlinks
 * (carried in the record, never as files), and the job that produced the artifact (to tell a
 * re-run, which replaces its own artifact, from another job clashing on the same name).
 *
 * On download every file is checked against the manifest (sha256 and size), nothing unlisted is
 * accepted and nothing listed may be missing, before anything reaches the dist directory.
 */





/** The producer identity of this job, from the runner environment the stage was given. */
function producerFrom(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT || '1');
    return {
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    };
}
/** Records modes and symlinks of `paths` under `root`, and of the directories holding them. */
async function recordTree(root, paths, producer) {
    const entries = new Map();
    for (const rel of paths) {
        const p = (0,src_paths/* toPosix */.d)(rel);
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            if (!entries.has(dir))
                entries.set(dir, { path: dir, type: 'dir', mode: await modeOf(root, dir) });
        }
        const st = await (0,promises_.lstat)(external_node_path_default().join(root, p));
        if (st.isSymbolicLink()) {
            entries.set(p, { path: p, type: 'symlink', mode: 0o777, target: await (0,promises_.readlink)(external_node_path_default().join(root, p)) });
        }
        else {
            entries.set(p, { path: p, type: 'file', mode: st.mode & 0o7777 });
        }
    }
    return { producer, entries: [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1)) };
}
async function modeOf(root, rel) {
    return (await (0,promises_.lstat)(external_node_path_default().join(root, rel))).mode & 0o7777;
}
/** Every path under `dir` that is not a directory (files and symlinks), relative, with '/'. */
async function listTree(dir, base = dir) {
    const out = [];
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const p = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await listTree(p, base)));
        else
            out.push((0,src_paths/* toPosix */.d)(external_node_path_default().relative(base, p)));
    }
    return out;
}
function refused(artifact, file, why) {
    return new errors/* DistroError */.Yt(`artifact '${artifact}': ${file} ${why}; the artifact was changed after its stage uploaded it. Re-run the job that produced '${artifact}', or drop it from 'from'.`, { key: 'from' });
}
/**
 * Checks a downloaded artifact in `dir` against its manifest: each listed file present with its
 * size and sha256, symlinks as recorded, nothing else. Throws one DistroError naming the artifact
 * and the file.
 */
async function verifyDownload(name, dir, m) {
    checkRecord(name, m);
    const links = new Map((m.handoff?.entries ?? []).filter((e) => e.type === 'symlink').map((e) => [e.path, e]));
    const listed = new Map(m.artifacts.filter((a) => !links.has(a.path)).map((a) => [a.path, a]));
    const seen = new Set();
    for (const rel of await listTree(dir)) {
        if (rel === src_manifest/* MANIFEST_FILE */.h1)
            continue;
        const abs = external_node_path_default().join(dir, rel);
        const st = await (0,promises_.lstat)(abs);
        const link = links.get(rel);
        if (st.isSymbolicLink()) {
            if (!link || (await (0,promises_.readlink)(abs)) !== link.target)
                throw refused(name, rel, 'is a symlink its manifest does not list');
            continue;
        }
        const want = listed.get(rel);
        if (!want || !st.isFile())
            throw refused(name, rel, 'is not listed in its manifest');
        const got = await (0,src_manifest/* hashFile */.DC)(abs);
        if (got.size !== want.size || got.sha256 !== want.sha256) {
            throw refused(name, rel, `has size ${got.size} and sha256 ${got.sha256}, its manifest says ${want.size} and ${want.sha256}`);
        }
        seen.add(rel);
    }
    for (const rel of listed.keys())
        if (!seen.has(rel))
            throw refused(name, rel, 'is listed in its manifest but missing');
}
/** The record may only name paths inside the dist directory, and symlinks that stay inside it. */
function checkRecord(name, m) {
    if (m.handoff !== undefined && !Array.isArray(m.handoff?.entries)) {
        throw refused(name, src_manifest/* MANIFEST_FILE */.h1, 'has a malformed "handoff" record');
    }
    const outside = (p) => !p || external_node_path_default().posix.isAbsolute(p) || external_node_path_default().posix.normalize(p).split('/')[0] === '..';
    const links = (m.handoff?.entries ?? []).filter((e) => e.type === 'symlink').map((e) => `${e.path}/`);
    const paths = [...(m.handoff?.entries ?? []).map((e) => e.path), ...m.artifacts.map((a) => a.path)];
    for (const p of paths) {
        // Restored through a symlink of the same record, a path would land wherever the link points.
        if (links.some((l) => p.startsWith(l)))
            throw refused(name, p, 'is recorded below a symlink');
    }
    for (const e of m.handoff?.entries ?? []) {
        if (outside(e.path))
            throw refused(name, e.path, 'is recorded at a path outside the dist directory');
        if (!['file', 'dir', 'symlink'].includes(e.type) ||
            !Number.isInteger(e.mode) ||
            e.mode < 0 ||
            e.mode > 0o7777) {
            throw refused(name, e.path, 'has an invalid type or mode in its manifest');
        }
        if (e.type === 'symlink' &&
            (typeof e.target !== 'string' ||
                external_node_path_default().posix.normalize(e.target) !== e.target || // no 'a/../..' that passes through a link
                outside(external_node_path_default().posix.join(external_node_path_default().posix.dirname(e.path), e.target)) ||
                external_node_path_default().posix.isAbsolute(e.target))) {
            throw refused(name, e.path, `is a symlink to '${String(e.target)}', outside the dist directory`);
        }
    }
}
/**
 * Puts a verified artifact's files into `destDir` with the modes and symlinks its record holds;
 * `keep(path)` says whether a file is wanted (a superseded one is not).
 */
async function restoreInto(srcDir, destDir, m, keep) {
    const entries = m.handoff?.entries ?? [];
    const modes = new Map(entries.map((e) => [e.path, e]));
    const dirs = entries.filter((e) => e.type === 'dir');
    await (0,promises_.mkdir)(destDir, { recursive: true });
    const realDest = await (0,promises_.realpath)(destDir);
    // A symlink restored earlier (of this artifact or another) must not carry a write elsewhere:
    // every parent is a real directory at its own place under destDir.
    const parentOf = async (rel) => {
        const to = external_node_path_default().join(destDir, rel);
        await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
        if ((await (0,promises_.realpath)(external_node_path_default().dirname(to))) !== external_node_path_default().join(realDest, external_node_path_default().dirname(rel))) {
            throw new errors/* DistroError */.Yt(`${rel}: a symlink in its path leads elsewhere, so it is not restored into ${destDir}; the artifacts of 'from' disagree about this path — remove the symlink from the stage that made it.`, { key: 'from' });
        }
        return to;
    };
    for (const d of dirs)
        await parentOf(external_node_path_default().join(d.path, '.keep'));
    for (const rel of await listTree(srcDir)) {
        if (rel === src_manifest/* MANIFEST_FILE */.h1 || !keep(rel) || modes.get(rel)?.type === 'symlink')
            continue;
        const to = await parentOf(rel);
        await (0,promises_.rm)(to, { force: true });
        await (0,promises_.copyFile)(external_node_path_default().join(srcDir, rel), to);
        const e = modes.get(rel);
        // No record (an artifact from before records existed): leave the mode the store gave.
        if (e)
            await (0,promises_.chmod)(to, e.mode);
    }
    for (const e of entries.filter((x) => x.type === 'symlink' && keep(x.path))) {
        const to = await parentOf(e.path);
        await (0,promises_.rm)(to, { force: true });
        await (0,promises_.symlink)(e.target, to);
    }
    // Directories last and deepest first, so a read-only one does not block the writes above.
    for (const d of [...dirs].reverse())
        await (0,promises_.chmod)(external_node_path_default().join(destDir, d.path), d.mode);
}

// EXTERNAL MODULE: ./src/runner/artifacts.ts
var artifacts = __webpack_require__(25541);
;// CONCATENATED MODULE: ./src/stages/common.ts
/**
 * What every stage does around its own work (DESIGN contract 2): find the project and dist
 * directory, load the config and version, download and merge the artifacts named by `from`, and
 * at the end write the manifest and upload what the stage added as one artifact.
 */










function versionLocation(source, loaded) {
    if (source === 'input')
        return { key: 'input: version' };
    if (source === 'tag')
        return { key: 'GITHUB_REF' };
    if (source === 'git')
        return { key: 'git describe' };
    if (source === 'config')
        return { key: 'version', file: loaded.file, line: loaded.lineOf('version') };
    return { key: 'version' };
}
/**
 * Opens a stage. `planned` names the artifact the stage will upload, so a clash with another job
 * of the run is refused before any work (it is checked again at upload, for jobs running at once).
 */
async function openStage(o, planned) {
    // Inputs first, before any file is read or written: the artifact name is only made at the end.
    const artifactPrefix = o.artifactPrefix || 'distro';
    (0,artifacts/* checkName */.I3)(artifactName(artifactPrefix, 'build'));
    (0,config/* tagFromRef */.q)(o.env.GITHUB_REF);
    const projectDir = (0,src_paths/* resolveInside */.L)(o.workspace, o.workingDirectory || '.', {
        key: 'input: working-directory',
    });
    const distDir = (0,src_paths/* resolveInside */.L)(projectDir, o.distDir || 'dist', { key: 'input: dist-dir' });
    const configFile = o.config || 'distro.yml';
    (0,src_paths/* resolveInside */.L)(projectDir, configFile, { key: 'input: config' });
    const loaded = await (0,config.loadConfig)({ file: configFile, cwd: projectDir, env: o.env, required: !!o.config });
    for (const w of loaded.warnings)
        o.log.warn(w.message, { file: loaded.file, line: w.line });
    for (const n of loaded.notes)
        o.log.info(`note: ${n.message}`);
    const { version, source } = await (0,config/* resolveVersion */.x)({
        input: o.version,
        ref: o.env.GITHUB_REF,
        cwd: projectDir,
        config: loaded.config,
        configLocation: loaded,
    });
    const versionWhere = versionLocation(source, loaded);
    const project = { name: loaded.config.name, version };
    const found = await (0,src_manifest/* readManifest */.WI)(distDir);
    await recoverDist(distDir, found, o.log);
    let manifest = found ?? (0,src_manifest/* emptyManifest */.dR)(project);
    if (manifest.project.name !== project.name) {
        throw new errors/* DistroError */.Yt(`${external_node_path_default().join(distDir, src_manifest/* MANIFEST_FILE */.h1)} belongs to project '${manifest.project.name}', not '${project.name}'; use another dist-dir or delete it.`, { key: 'input: dist-dir' });
    }
    manifest.project.version = version;
    const ctx = {
        workspace: o.workspace,
        projectDir,
        distDir,
        loaded,
        config: loaded.config,
        version,
        versionWhere,
        manifest,
        env: o.env,
        log: o.log,
        store: o.store,
        artifactPrefix,
        upload: o.upload ?? true,
        downloaded: [],
    };
    if (planned && ctx.upload) {
        const name = artifactName(ctx.artifactPrefix, planned.stage, planned.target);
        ctx.replaceChecked = { name, replace: await checkReplace(ctx, name, producerFrom(ctx.env)) };
    }
    if (o.from && o.from.length) {
        manifest = await downloadInto(ctx, o.from);
        ctx.manifest = manifest;
    }
    return ctx;
}
/**
 * What a killed run left in the dist directory: a swap of files cut short (sign's rpms) is rolled
 * back where the manifest still lists the old file, then every temporary of a process no longer
 * running goes (src/atomic.ts).
 */
async function recoverDist(distDir, manifest, log) {
    const stale = await (0,atomic/* staleTemporaries */.RC)(distDir);
    if (!stale.length)
        return;
    const listed = new Map(manifest?.artifacts.map((a) => [external_node_path_default().join(distDir, a.path), a.sha256]));
    const sha = (f) => (0,src_manifest/* hashFile */.DC)(f).then((h) => h.sha256, () => '');
    for (const t of stale) {
        const restored = await (0,atomic/* restoreSwapped */.Vr)(t, async (target, backup) => {
            const want = listed.get(target);
            return want !== undefined && (await sha(target)) !== want && (await sha(backup)) === want;
        });
        for (const r of restored)
            log.info(`${external_node_path_default().relative(distDir, r)}: put back as the manifest lists it (a run was stopped while replacing it)`);
        await (0,promises_.rm)(t, { recursive: true, force: true });
    }
    log.info(`Removed ${stale.length} temporary file(s) that a stopped run left in ${distDir}.`);
}
/** Downloads every artifact `patterns` select, checks all manifests merge, then copies the files in. */
async function downloadInto(ctx, patterns) {
    const names = (0,artifacts/* selectArtifacts */.qC)(patterns, await ctx.store.list(), ctx.store.description);
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'distro-download-'));
    try {
        let merged = ctx.manifest;
        const fetched = [];
        await ctx.log.group(`Downloading ${names.length} artifact(s): ${names.join(', ')}`, async () => {
            for (const name of names) {
                const dir = external_node_path_default().join(tmp, name);
                await ctx.store.download(name, dir);
                const m = await readArtifactManifest(name, dir);
                await verifyDownload(name, dir, m);
                if (m.project.version !== merged.project.version) {
                    ctx.log.warn(`artifact '${name}' was made for version ${m.project.version}, this stage runs for ${merged.project.version}.`);
                }
                merged = (0,src_manifest/* mergeManifests */.tr)(merged, withoutHandoff(m), `artifact '${name}'`);
                fetched.push({ dir, manifest: m });
                ctx.log.info(`${name}: ${m.artifacts.length} artifact(s), checked against its manifest`);
            }
        });
        // Everything checked and merged without conflict: only now touch the dist directory. A file
        // another artifact superseded (an unsigned rpm, when the signed one is downloaded too) is not copied.
        const winner = new Map(merged.artifacts.map((a) => [a.path, a.sha256]));
        for (const { dir, manifest } of fetched) {
            const mine = new Map(manifest.artifacts.map((a) => [a.path, a.sha256]));
            await restoreInto(dir, ctx.distDir, manifest, (f) => winner.get(f) === mine.get(f));
        }
        ctx.downloaded = names;
        await (0,src_manifest/* writeManifest */.HN)(ctx.distDir, merged);
        return merged;
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
async function readArtifactManifest(name, dir) {
    const m = await (0,src_manifest/* readManifest */.WI)(dir);
    if (!m) {
        throw new errors/* DistroError */.Yt(`artifact '${name}' has no ${src_manifest/* MANIFEST_FILE */.h1} at its root, so it was not made by a distro-actions stage; drop it from 'from'.`, { key: 'from' });
    }
    return m;
}
/** The manifest of the dist directory keeps no per-artifact hand-off record. */
function withoutHandoff(m) {
    const rest = { ...m };
    delete rest.handoff;
    return rest;
}
/**
 * `<prefix>-<stage>` for a stage run once, `<prefix>-<stage>-<target>` when the job was given a
 * target (DESIGN contract 2; README "Artifact names").
 */
function artifactName(prefix, stage, target) {
    return target ? `${prefix}-${stage}-${target}` : `${prefix}-${stage}`;
}
/** Records `added` in the manifest, writes it, and uploads the added files with their own manifest. */
async function closeStage(ctx, stage, target, added) {
    for (const a of added) {
        const i = ctx.manifest.artifacts.findIndex((x) => x.path === a.path);
        if (i >= 0)
            ctx.manifest.artifacts[i] = a;
        else
            ctx.manifest.artifacts.push(a);
    }
    const manifestPath = await (0,src_manifest/* writeManifest */.HN)(ctx.distDir, ctx.manifest);
    let name = '';
    if (ctx.upload && added.length) {
        name = artifactName(ctx.artifactPrefix, stage, target);
        const producer = producerFrom(ctx.env);
        // Checked when the stage opened (not downloaded again); a job of the run uploading the same
        // name since then makes the store refuse the upload (409), which is the clash error too.
        const replace = ctx.replaceChecked?.name === name
            ? ctx.replaceChecked.replace
            : await checkReplace(ctx, name, producer);
        const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'distro-upload-'));
        try {
            // Modes, directory modes and symlinks travel in the manifest: GitHub's zip keeps none of them.
            const handoff = await recordTree(ctx.distDir, added.map((a) => a.path), producer);
            const links = new Set(handoff.entries.filter((e) => e.type === 'symlink').map((e) => e.path));
            const files = added.map((a) => a.path).filter((p) => !links.has(p));
            for (const f of files) {
                const to = external_node_path_default().join(staging, f);
                await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
                const from = external_node_path_default().join(ctx.distDir, f);
                await (0,promises_.link)(from, to).catch(() => (0,promises_.copyFile)(from, to));
            }
            const own = { ...ctx.manifest, artifacts: added, handoff };
            await (0,src_manifest/* writeManifest */.HN)(staging, own);
            await ctx.log.group(`Uploading ${name} (${added.length} file(s)) to ${ctx.store.description}`, () => ctx.store.upload(name, staging, [...files, src_manifest/* MANIFEST_FILE */.h1], { replace }));
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
    return { manifest: manifestPath, artifacts: added, artifactName: name };
}
/**
 * An artifact of this name already in the store may be replaced only by a re-run of the job that
 * made it (same GITHUB_JOB, later GITHUB_RUN_ATTEMPT). Anything else is two jobs of one run
 * producing one name, where the later would silently delete the earlier's files.
 */
/**
 * Whether `name` exists and this job may replace it (its own earlier attempt, or no job identities
 * as with the CLI); a clash with another job of the run is an error. False when it does not exist.
 */
async function checkReplace(ctx, name, me) {
    if (!(await ctx.store.list()).includes(name))
        return false;
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'distro-previous-'));
    let prev;
    try {
        await ctx.store.download(name, tmp);
        prev = (await (0,src_manifest/* readManifest */.WI)(tmp))?.handoff?.producer;
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
    // Without job identities (the CLI, a local store) the latest run of a stage replaces its output.
    if (!prev?.job || !me.job)
        return true;
    if (prev.job === me.job && (me.runAttempt ?? 1) > (prev.runAttempt ?? 1))
        return true;
    throw (0,artifacts/* artifactClash */.G6)(name, `job '${prev.job}' (attempt ${prev.runAttempt ?? 1})`);
}
/** Removes a file if it is there (to leave nothing half-written after a failure). */
async function removeIfExists(file) {
    try {
        await lstat(file);
    }
    catch {
        return;
    }
    await rm(file, { recursive: true, force: true });
}


/***/ })

};
