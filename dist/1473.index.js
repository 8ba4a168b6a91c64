export const id = 1473;
export const ids = [1473,2511];
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

/***/ 81473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REHEARSE_HELP: () => (/* binding */ REHEARSE_HELP),
  rehearseCli: () => (/* binding */ rehearseCli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/runner/artifacts.ts
var artifacts = __webpack_require__(25541);
// EXTERNAL MODULE: ./src/runner/inputs.ts
var runner_inputs = __webpack_require__(39205);
;// CONCATENATED MODULE: ./src/rehearse/builtins.ts
/**
 * Local stand-ins for the official actions a release workflow uses: actions/checkout (a fresh
 * clone of the working tree at the rehearsed commit, full history with `fetch-depth: 0`, then the
 * tree's uncommitted changes on top) and actions/upload-artifact / download-artifact through the
 * same artifact store the collection's actions use in this rehearsal.
 */









const execFileP = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(args, cwd) {
    try {
        const { stdout } = await execFileP('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
        return stdout.trim();
    }
    catch (e) {
        const err = e;
        throw new errors/* DistroError */.Yt(`git ${args.join(' ')} failed in ${cwd}: ${(err.stderr || err.message).trim()}`);
    }
}
async function isGitTree(dir) {
    return git(['rev-parse', '--show-toplevel'], dir).then((top) => external_node_path_default().resolve(top) === external_node_path_default().resolve(dir), () => false);
}
/** Copies the modified and untracked (not ignored) files of `tree` into `dest`, and removes deleted ones. */
async function overlayChanges(tree, dest, log) {
    const ls = async (flags) => (await git(['ls-files', '-z', ...flags], tree)).split('\0').filter(Boolean);
    const changed = await ls(['-m', '-o', '--exclude-standard']);
    const deleted = new Set(await ls(['-d']));
    for (const f of deleted)
        await (0,promises_.rm)(external_node_path_default().join(dest, f), { force: true });
    for (const f of changed.filter((x) => !deleted.has(x))) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(dest, f)), { recursive: true });
        await (0,promises_.cp)(external_node_path_default().join(tree, f), external_node_path_default().join(dest, f), { verbatimSymlinks: true, preserveTimestamps: true });
    }
    if (changed.length || deleted.size)
        log(`checkout: the working tree's ${changed.length + deleted.size} uncommitted change(s) copied on top`);
}
/** actions/checkout: what it fetches from GitHub, fetched from the working tree. */
async function checkout(o) {
    await (0,promises_.mkdir)(o.dest, { recursive: true });
    if (!(await isGitTree(o.tree))) {
        await (0,promises_.cp)(o.tree, o.dest, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
        o.log(`checkout: ${o.tree} is not a git repository; copied as it is`);
        return;
    }
    if ((await (0,promises_.readdir)(o.dest)).length)
        await (0,promises_.rm)(o.dest, { recursive: true, force: true }).then(() => (0,promises_.mkdir)(o.dest));
    await git(['init', '-q', o.dest], o.dest);
    await git(['remote', 'add', 'origin', `file://${o.tree}`], o.dest);
    // The working tree is the "server": let it hand out the commit by id, as GitHub does.
    const fetch = [
        '-c',
        'protocol.version=2',
        'fetch',
        '-q',
        '--upload-pack',
        'git -c uploadpack.allowAnySHA1InWant=true upload-pack',
    ];
    if (o.depth === 0)
        await git([...fetch, '--prune', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'], o.dest);
    else {
        const local = o.ref.startsWith('refs/heads/')
            ? `refs/remotes/origin/${o.ref.slice(11)}`
            : o.ref || 'refs/rehearse/head';
        await git([...fetch, o.fetchTags ? '--tags' : '--no-tags', `--depth=${o.depth}`, 'origin', `+${o.sha}:${local}`], o.dest);
    }
    await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', o.sha], o.dest);
    await overlayChanges(o.tree, o.dest, o.log);
    o.log(`checkout: ${o.sha.slice(0, 12)} (${o.depth === 0 ? 'full history and tags' : `depth ${o.depth}`}) into ${o.dest}`);
}
/** A path glob as the runner's globber reads it: `**` crosses directories, `*` and `?` do not. */
function pathGlob(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (pattern.startsWith('**/', i)) {
            re += '(?:.*/)?';
            i += 2;
        }
        else if (pattern.startsWith('**', i)) {
            re += '.*';
            i += 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Every file below `dir` (not following symlinks to directories), as absolute paths. */
function walkFiles(dir) {
    const out = [];
    const visit = (d) => {
        let ents;
        try {
            ents = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of ents) {
            const full = external_node_path_default().join(d, e.name);
            if (e.isDirectory())
                visit(full);
            else
                out.push(full);
        }
    };
    visit(dir);
    return out;
}
/** Files of `workspace` that `patterns` (relative paths or globs) select; a directory selects what is below it. */
function matchFiles(workspace, patterns) {
    const files = new Set();
    const roots = [];
    for (const pattern of patterns) {
        const abs = external_node_path_default().resolve(workspace, pattern);
        if (!/[*?]/.test(pattern)) {
            const st = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
            roots.push(st?.isDirectory() ? abs : external_node_path_default().dirname(abs));
            if (st?.isDirectory())
                walkFiles(abs).forEach((f) => files.add(f));
            else if (st)
                files.add(abs);
            continue;
        }
        // The search root is the directory before the first glob character, as upload-artifact computes it.
        const root = external_node_path_default().dirname(abs.split(/[*?]/)[0] + 'x');
        roots.push(root);
        const re = pathGlob((0,paths/* toPosix */.d)(abs));
        for (const f of walkFiles(root)) {
            const posix = (0,paths/* toPosix */.d)(f);
            if (re.test(posix) || [...ancestors(posix, (0,paths/* toPosix */.d)(root))].some((d) => re.test(d)))
                files.add(f);
        }
    }
    return { files: [...files].sort(), roots };
}
function* ancestors(file, stop) {
    for (let d = external_node_path_default().posix.dirname(file); d.length > stop.length; d = external_node_path_default().posix.dirname(d))
        yield d;
}
/** Files selected by upload-artifact's `path` lines (globs, directories, `!` exclusions). */
function selectFiles(workspace, lines, hidden) {
    const include = lines.filter((l) => !l.startsWith('!'));
    for (const l of include)
        (0,paths/* resolveInside */.L)(workspace, l, { key: 'with.path' });
    const exclude = lines
        .filter((l) => l.startsWith('!'))
        .map((l) => pathGlob((0,paths/* toPosix */.d)(external_node_path_default().resolve(workspace, l.slice(1)))));
    const { files: found, roots } = matchFiles(workspace, include);
    const files = found.filter((f) => !exclude.some((re) => re.test((0,paths/* toPosix */.d)(f))) &&
        (hidden ||
            !(0,paths/* toPosix */.d)(external_node_path_default().relative(workspace, f))
                .split('/')
                .some((s) => s.startsWith('.'))));
    // The artifact's root: the deepest directory holding every search root.
    let root = roots[0] ?? workspace;
    for (const r of roots)
        while (external_node_path_default().relative(root, r).startsWith('..'))
            root = external_node_path_default().dirname(root);
    return { root, files: files.map((f) => external_node_path_default().relative(root, f)) };
}
const ARTIFACT_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'DISTRO_ARTIFACTS_DIR', 'RUNNER_TEMP'];
/**
 * Runs `fn` as a step of its own would: the artifact variables of `env` in process.env
 * (@actions/artifact reads its token and service URL from there; the rehearsal runs one job at a
 * time) and what the client prints through @actions/core (log lines, `::add-mask::`, `::debug::`)
 * sent to `onLine` like a step's output instead of this process's stdout.
 */
async function asStep(env, onLine, fn) {
    const saved = ARTIFACT_ENV.map((k) => [k, process.env[k]]);
    for (const k of ARTIFACT_ENV) {
        if (env[k] === undefined)
            delete process.env[k];
        else
            process.env[k] = env[k];
    }
    const write = process.stdout.write;
    let pending = '';
    process.stdout.write = ((chunk) => {
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop();
        lines.forEach(onLine);
        return true;
    });
    try {
        return await fn();
    }
    finally {
        process.stdout.write = write;
        if (pending)
            onLine(pending);
        for (const [k, v] of saved) {
            if (v === undefined)
                delete process.env[k];
            else
                process.env[k] = v;
        }
    }
}
async function uploadArtifact(w, workspace, env, log) {
    const name = w.name || 'artifact';
    const lines = (w.path ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    if (!lines.length)
        throw new errors/* DistroError */.Yt("actions/upload-artifact: input 'path' is required.", { key: 'with.path' });
    const { root, files } = selectFiles(workspace, lines, w['include-hidden-files'] === 'true');
    if (!files.length) {
        const mode = w['if-no-files-found'] || 'warn';
        const msg = `actions/upload-artifact: no files were found with the provided path: ${lines.join(', ')}. No artifacts will be uploaded.`;
        if (mode === 'error')
            throw new errors/* DistroError */.Yt(msg, { key: 'with.path' });
        if (mode === 'warn')
            log(`warning: ${msg}`);
        return;
    }
    const store = (0,artifacts/* createArtifactStore */.GA)(env);
    if (w.overwrite !== 'true' && (await store.list()).includes(name))
        throw new errors/* DistroError */.Yt(`actions/upload-artifact: an artifact named '${name}' already exists in this run; give another name or overwrite: true.`, { key: 'with.name' });
    await store.upload(name, root, files, { replace: w.overwrite === 'true' });
    log(`upload-artifact: ${name} (${files.length} file(s) from ${external_node_path_default().relative(workspace, root) || '.'})`);
}
async function downloadArtifact(w, workspace, env, log) {
    const dest = (0,paths/* resolveInside */.L)(workspace, w.path || '.', { key: 'with.path' });
    const store = (0,artifacts/* createArtifactStore */.GA)(env);
    if (w.name) {
        for (const name of (0,runner_inputs/* splitList */.ry)(w.name)) {
            if (!(await store.list()).includes(name))
                throw new errors/* DistroError */.Yt(`actions/download-artifact: no artifact named '${name}' in this run.`, {
                    key: 'with.name',
                });
            await store.download(name, dest);
            log(`download-artifact: ${name} into ${external_node_path_default().relative(workspace, dest) || '.'}`);
        }
        return;
    }
    const re = (0,artifacts/* globToRegExp */.tL)(w.pattern || '*');
    for (const name of (await store.list()).filter((n) => re.test(n)).sort()) {
        const to = w['merge-multiple'] === 'true' ? dest : external_node_path_default().join(dest, name);
        await store.download(name, to);
        log(`download-artifact: ${name} into ${external_node_path_default().relative(workspace, to) || '.'}`);
    }
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./src/rehearse/process.ts
/**
 * What a rehearsed step shares with the GitHub runner: the file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY), workflow commands on stdout (`::add-mask::`, `::error::`…),
 * and a child process whose output is streamed with secrets masked.
 */




/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIM` … `DELIM` blocks,
 * as the runner reads them (a block whose delimiter never comes is an error there, and here).
 */
function parseFileCommands(text, file) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const eq = line.indexOf('=');
        const hd = line.indexOf('<<');
        if (hd > 0 && (eq < 0 || hd < eq)) {
            const name = line.slice(0, hd);
            const delim = line.slice(hd + 2);
            const value = [];
            for (i++; i < lines.length && lines[i] !== delim; i++)
                value.push(lines[i]);
            if (i >= lines.length)
                throw new Error(`${external_node_path_default().basename(file)}: '${name}<<${delim}' has no closing '${delim}' line`);
            out[name] = value.join('\n');
        }
        else if (eq > 0)
            out[line.slice(0, eq)] = line.slice(eq + 1);
        else
            throw new Error(`${external_node_path_default().basename(file)}: cannot read the line '${line.slice(0, 80)}' (name=value or name<<DELIMITER)`);
    }
    return out;
}
async function makeFileCommands(dir, tag) {
    const f = async (n) => {
        const p = external_node_path_default().join(dir, `${tag}-${n}`);
        await (0,promises_.writeFile)(p, '');
        return p;
    };
    return {
        output: await f('output'),
        env: await f('env'),
        path: await f('path'),
        summary: await f('summary'),
    };
}
async function readFileCommands(f) {
    const read = (p) => (0,promises_.readFile)(p, 'utf8');
    return {
        outputs: parseFileCommands(await read(f.output), f.output),
        env: parseFileCommands(await read(f.env), f.env),
        path: (await read(f.path))
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
        summary: await read(f.summary),
    };
}
/** Replaces every secret value in `line` with ***. */
class Masker {
    values = new Set();
    add(v) {
        if (!v)
            return;
        for (const part of [v, ...v.split(/\r?\n/)])
            if (part.trim().length > 2)
                this.values.add(part);
    }
    mask(line) {
        let out = line;
        for (const v of [...this.values].sort((a, b) => b.length - a.length))
            out = out.split(v).join('***');
        return out;
    }
}
/**
 * How the runner shows one output line: `::add-mask::` adds a secret and shows nothing,
 * `::debug::` only when asked, `::group::` as its title, `::error …::m` as `error: m`; undefined
 * for nothing to show.
 */
function workflowCommand(line, masker, debug) {
    const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m)
        return line;
    const [, cmd, , msg] = m;
    switch (cmd) {
        case 'add-mask':
            masker.add(msg);
            return undefined;
        case 'debug':
            return debug ? `debug: ${msg}` : undefined;
        case 'group':
            return `▸ ${msg}`;
        case 'endgroup':
            return undefined;
        case 'error':
        case 'warning':
        case 'notice':
            return `${cmd}: ${msg}`;
    }
    return line;
}
/**
 * Runs `argv` with `env` in `cwd`, every output line (masked) to `onLine`; `::add-mask::` lines add
 * to the masker and are not shown. Resolves with the exit code (or the signal as a string).
 */
function runProcess(argv, o) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
            cwd: o.cwd,
            env: o.env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const timer = o.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), o.timeoutMs) : undefined;
        const streams = [child.stdout, child.stderr].map((s) => new Promise((done) => {
            const rl = (0,external_node_readline_.createInterface)({ input: s, crlfDelay: Infinity });
            rl.on('line', (l) => {
                const shown = workflowCommand(l, o.masker, o.debug ?? false);
                if (shown !== undefined)
                    o.onLine(o.masker.mask(shown));
            });
            rl.on('close', done);
        }));
        child.on('error', (e) => {
            o.onLine(`cannot start ${argv[0]}: ${e.message}`);
            clearTimeout(timer);
            resolve(127);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            void Promise.all(streams).then(() => resolve(code ?? `signal ${signal}`));
        });
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/rehearse/expr.ts
/**
 * GitHub Actions expressions (`${{ … }}` and `if:`), as the runner evaluates them: a tokenizer, a
 * recursive-descent parser into a small tree, and an evaluator with GitHub's loose typing.
 *
 * Grammar (precedence low to high): `||`, `&&`, `== !=`, `< <= > >=`, `!`, then primaries —
 * literals (null, true, false, numbers, 'strings' with '' for a quote), named values (contexts),
 * `.name` / `['key']` / `.*` dereferences, `( … )` and function calls.
 * Comparisons are case-insensitive for strings and convert mixed types to numbers; `&&` and `||`
 * return an operand, not a boolean. Reference:
 * https://docs.github.com/actions/reference/workflows-and-actions/expressions
 */
/** A problem with an expression; the caller adds where it is (the step, the key). */
class ExpressionError extends Error {
}
const OPS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')', '[', ']', '.', ',', '*'];
/** Tokens of `src` from `pos`, up to the closing `}}` when `inTemplate` (its offset is returned). */
function tokenize(src, pos, inTemplate) {
    const toks = [];
    let i = pos;
    for (;;) {
        while (i < src.length && /\s/.test(src[i]))
            i++;
        if (i >= src.length) {
            if (inTemplate)
                throw new ExpressionError("'${{' is not closed by '}}'");
            return { toks: [...toks, { t: 'end' }], end: i };
        }
        const c = src[i];
        if (inTemplate && src.startsWith('}}', i))
            return { toks: [...toks, { t: 'end' }], end: i };
        if (c === "'") {
            let v = '';
            for (i++;; i++) {
                if (i >= src.length)
                    throw new ExpressionError('a string is not closed by a quote');
                if (src[i] === "'") {
                    if (src[i + 1] === "'") {
                        v += "'";
                        i++;
                        continue;
                    }
                    break;
                }
                v += src[i];
            }
            i++;
            toks.push({ t: 'str', v });
            continue;
        }
        const num = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
        if (num && (/\d/.test(c) || (c === '.' && /\d/.test(src[i + 1] ?? '')))) {
            const prev = toks[toks.length - 1];
            // `a.0` is not a number after a dereference dot
            if (!(prev?.t === 'op' && prev.v === '.')) {
                toks.push({ t: 'num', v: Number(num[0]) });
                i += num[0].length;
                continue;
            }
        }
        if (c === '-' && /[\d.]/.test(src[i + 1] ?? '')) {
            const m = /^-(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
            toks.push({ t: 'num', v: Number(m[0]) });
            i += m[0].length;
            continue;
        }
        const id = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
        if (id) {
            toks.push({ t: 'id', v: id[0] });
            i += id[0].length;
            continue;
        }
        const op = OPS.find((o) => src.startsWith(o, i));
        if (!op)
            throw new ExpressionError(`unexpected character '${c}'`);
        toks.push({ t: 'op', v: op });
        i += op.length;
    }
}
/** Functions: name (lower case) → [min args, max args]. */
const FUNCTIONS = {
    contains: [2, 2],
    startswith: [2, 2],
    endswith: [2, 2],
    format: [1, 255],
    join: [1, 2],
    tojson: [1, 1],
    fromjson: [1, 1],
    hashfiles: [1, 255],
    success: [0, 0],
    always: [0, 0],
    cancelled: [0, 0],
    failure: [0, 0],
};
const STATUS = ['success', 'always', 'cancelled', 'failure'];
class Parser {
    toks;
    i = 0;
    constructor(toks) {
        this.toks = toks;
    }
    peek() {
        return this.toks[this.i];
    }
    isOp(v) {
        const t = this.peek();
        return t.t === 'op' && t.v === v;
    }
    expect(v) {
        if (!this.isOp(v))
            throw new ExpressionError(`expected '${v}' but found ${describe(this.peek())}`);
        this.i++;
    }
    parse() {
        if (this.peek().t === 'end')
            throw new ExpressionError('the expression is empty');
        const n = this.or();
        if (this.peek().t !== 'end')
            throw new ExpressionError(`unexpected ${describe(this.peek())}`);
        return n;
    }
    or() {
        let a = this.and();
        while (this.isOp('||')) {
            this.i++;
            a = { k: 'bin', op: '||', a, b: this.and() };
        }
        return a;
    }
    and() {
        let a = this.eq();
        while (this.isOp('&&')) {
            this.i++;
            a = { k: 'bin', op: '&&', a, b: this.eq() };
        }
        return a;
    }
    eq() {
        let a = this.cmp();
        while (this.isOp('==') || this.isOp('!=')) {
            const op = this.toks[this.i++].v;
            a = { k: 'bin', op, a, b: this.cmp() };
        }
        return a;
    }
    cmp() {
        let a = this.unary();
        while (['<', '<=', '>', '>='].some((o) => this.isOp(o))) {
            const op = this.toks[this.i++].v;
            a = { k: 'bin', op, a, b: this.unary() };
        }
        return a;
    }
    unary() {
        if (this.isOp('!')) {
            this.i++;
            return { k: 'not', e: this.unary() };
        }
        return this.postfix(this.primary());
    }
    primary() {
        const t = this.peek();
        this.i++;
        if (t.t === 'num' || t.t === 'str')
            return { k: 'lit', v: t.v };
        if (t.t === 'op' && t.v === '(') {
            const n = this.or();
            this.expect(')');
            return n;
        }
        if (t.t === 'id') {
            if (this.isOp('('))
                return this.call(t.v);
            if (t.v === 'true' || t.v === 'false')
                return { k: 'lit', v: t.v === 'true' };
            if (t.v === 'null')
                return { k: 'lit', v: null };
            return { k: 'ctx', name: t.v };
        }
        throw new ExpressionError(`unexpected ${describe(t)}`);
    }
    call(name) {
        const fn = name.toLowerCase();
        const arity = FUNCTIONS[fn];
        if (!arity)
            throw new ExpressionError(`unknown function '${name}'`);
        this.expect('(');
        const args = [];
        if (!this.isOp(')')) {
            args.push(this.or());
            while (this.isOp(',')) {
                this.i++;
                args.push(this.or());
            }
        }
        this.expect(')');
        if (args.length < arity[0] || args.length > arity[1])
            throw new ExpressionError(`${name}() takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} argument(s), not ${args.length}`);
        return { k: 'call', fn, args };
    }
    postfix(n) {
        for (;;) {
            if (this.isOp('.')) {
                this.i++;
                const t = this.peek();
                this.i++;
                if (t.t === 'op' && t.v === '*')
                    n = { k: 'prop', obj: n, key: '*' };
                else if (t.t === 'id')
                    n = { k: 'prop', obj: n, key: { k: 'lit', v: t.v } };
                else
                    throw new ExpressionError(`expected a property name after '.' but found ${describe(t)}`);
            }
            else if (this.isOp('[')) {
                this.i++;
                if (this.isOp('*')) {
                    this.i++;
                    n = { k: 'prop', obj: n, key: '*' };
                }
                else
                    n = { k: 'prop', obj: n, key: this.or() };
                this.expect(']');
            }
            else
                return n;
        }
    }
}
function describe(t) {
    if (t.t === 'end')
        return 'the end of the expression';
    if (t.t === 'str')
        return `'${t.v}'`;
    return `'${String(t.v)}'`;
}
/** Parses one expression (the text inside `${{ }}`, or an `if:` condition). */
function parseExpression(src) {
    return new Parser(tokenize(src, 0, false).toks).parse();
}
/** Splits `src` into text and `${{ expr }}` parts, parsing each expression. */
function parseTemplate(src) {
    const parts = [];
    let i = 0;
    while (i < src.length) {
        const start = src.indexOf('${{', i);
        if (start < 0) {
            parts.push(src.slice(i));
            break;
        }
        if (start > i)
            parts.push(src.slice(i, start));
        const { toks, end } = tokenize(src, start + 3, true);
        const text = src.slice(start + 3, end).trim();
        parts.push({ node: new Parser(toks).parse(), text });
        i = end + 2;
    }
    return parts;
}
/** The named values (contexts) and functions an expression uses, for checking it before a run. */
function usedNames(n, acc = { contexts: new Set(), status: false }) {
    switch (n.k) {
        case 'ctx':
            acc.contexts.add(n.name.toLowerCase());
            break;
        case 'prop':
            usedNames(n.obj, acc);
            if (n.key !== '*')
                usedNames(n.key, acc);
            break;
        case 'not':
            usedNames(n.e, acc);
            break;
        case 'bin':
            usedNames(n.a, acc);
            usedNames(n.b, acc);
            break;
        case 'call':
            if (STATUS.includes(n.fn))
                acc.status = true;
            n.args.forEach((a) => usedNames(a, acc));
            break;
    }
    return acc;
}
function truthy(v) {
    if (v === null || v === false || v === '' || v === 0)
        return false;
    if (typeof v === 'number' && Number.isNaN(v))
        return false;
    return true;
}
function toNumber(v) {
    if (v === null)
        return 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string') {
        const s = v.trim();
        if (s === '')
            return 0;
        if (/^0x[0-9a-f]+$/i.test(s) || /^0o[0-7]+$/i.test(s))
            return Number(s);
        return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : NaN;
    }
    return NaN;
}
/** The string form a value takes in `${{ }}` output and string functions. */
function toStr(v) {
    if (v === null)
        return '';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return Number.isNaN(v) ? 'NaN' : String(v);
    if (typeof v === 'string')
        return v;
    return JSON.stringify(v, null, 2);
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v;
}
/** GitHub's loose equality (and the basis of ordering). */
function compare(a, b) {
    const ka = kind(a);
    const kb = kind(b);
    if (ka === kb) {
        if (ka === 'string') {
            const x = a.toUpperCase();
            const y = b.toUpperCase();
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (ka === 'array' || ka === 'object')
            return a === b ? 0 : 'ne';
        if (ka === 'null')
            return 0;
    }
    else if (ka === 'array' || ka === 'object' || kb === 'array' || kb === 'object')
        return 'ne';
    const x = toNumber(a);
    const y = toNumber(b);
    if (Number.isNaN(x) || Number.isNaN(y))
        return 'ne';
    return x < y ? -1 : x > y ? 1 : 0;
}
function index(obj, key) {
    if (Array.isArray(obj)) {
        const n = toNumber(key);
        return Number.isInteger(n) && n >= 0 && n < obj.length ? obj[n] : null;
    }
    if (obj && typeof obj === 'object') {
        const k = toStr(key);
        if (Object.hasOwn(obj, k))
            return obj[k];
        // Property names are case-insensitive.
        const found = Object.keys(obj).find((x) => x.toLowerCase() === k.toLowerCase());
        return found === undefined ? null : obj[found];
    }
    return null;
}
function format(fmt, args) {
    let out = '';
    for (let i = 0; i < fmt.length; i++) {
        const c = fmt[i];
        if (c === '{' && fmt[i + 1] === '{') {
            out += '{';
            i++;
        }
        else if (c === '}' && fmt[i + 1] === '}') {
            out += '}';
            i++;
        }
        else if (c === '{') {
            const m = /^\{(\d+)\}/.exec(fmt.slice(i));
            if (!m)
                throw new ExpressionError(`format('${fmt}'): '{' must start {N} or be doubled ('{{')`);
            const n = Number(m[1]);
            if (n >= args.length)
                throw new ExpressionError(`format('${fmt}'): there is no argument {${n}}`);
            out += toStr(args[n]);
            i += m[0].length - 1;
        }
        else if (c === '}')
            throw new ExpressionError(`format('${fmt}'): a lone '}' must be doubled ('}}')`);
        else
            out += c;
    }
    return out;
}
/**
 * A dereference chain. After `.*` the value is a list and every later `.name` / `[i]` maps over
 * it, dropping nulls (GitHub's object filter: `steps.*.outputs.version`).
 */
function reference(n, ctx) {
    if (n.k !== 'prop')
        return { v: evaluate(n, ctx), many: false };
    const { v: obj, many } = reference(n.obj, ctx);
    const star = (x) => Array.isArray(x) ? x : x && typeof x === 'object' ? Object.values(x) : [];
    if (n.key === '*')
        return { v: many ? obj.flatMap(star) : star(obj), many: true };
    const key = evaluate(n.key, ctx);
    if (!many)
        return { v: index(obj, key), many: false };
    return { v: obj.map((x) => index(x, key)).filter((x) => x !== null), many: true };
}
function evaluate(n, ctx) {
    switch (n.k) {
        case 'lit':
            return n.v;
        case 'ctx': {
            const name = n.name.toLowerCase();
            if (!Object.hasOwn(ctx.contexts, name))
                throw new ExpressionError(`unrecognized named-value '${n.name}' (not available here)`);
            return ctx.contexts[name];
        }
        case 'prop': {
            const r = reference(n, ctx);
            return r.many ? r.v : r.v;
        }
        case 'not':
            return !truthy(evaluate(n.e, ctx));
        case 'bin': {
            const a = evaluate(n.a, ctx);
            if (n.op === '&&')
                return truthy(a) ? evaluate(n.b, ctx) : a;
            if (n.op === '||')
                return truthy(a) ? a : evaluate(n.b, ctx);
            const c = compare(a, evaluate(n.b, ctx));
            if (n.op === '==')
                return c === 0;
            if (n.op === '!=')
                return c !== 0;
            if (c === 'ne')
                return false;
            return n.op === '<' ? c < 0 : n.op === '<=' ? c <= 0 : n.op === '>' ? c > 0 : c >= 0;
        }
        case 'call':
            return call(n.fn, n.args, ctx);
    }
}
function call(fn, argNodes, ctx) {
    switch (fn) {
        case 'success':
            return ctx.status === 'success';
        case 'failure':
            return ctx.status === 'failure';
        case 'cancelled':
            return ctx.status === 'cancelled';
        case 'always':
            return true;
    }
    const args = argNodes.map((a) => evaluate(a, ctx));
    switch (fn) {
        case 'contains': {
            const [hay, needle] = args;
            if (Array.isArray(hay))
                return hay.some((x) => compare(x, needle) === 0);
            return toStr(hay).toLowerCase().includes(toStr(needle).toLowerCase());
        }
        case 'startswith':
            return toStr(args[0]).toLowerCase().startsWith(toStr(args[1]).toLowerCase());
        case 'endswith':
            return toStr(args[0]).toLowerCase().endsWith(toStr(args[1]).toLowerCase());
        case 'format':
            return format(toStr(args[0]), args.slice(1));
        case 'join': {
            const sep = args.length > 1 ? toStr(args[1]) : ',';
            return Array.isArray(args[0]) ? args[0].map(toStr).join(sep) : toStr(args[0]);
        }
        case 'tojson':
            return JSON.stringify(args[0], null, 2);
        case 'fromjson': {
            const s = toStr(args[0]);
            try {
                return JSON.parse(s);
            }
            catch (e) {
                throw new ExpressionError(`fromJSON: '${s.slice(0, 80)}' is not JSON (${e.message})`);
            }
        }
        case 'hashfiles':
            if (!ctx.hashFiles)
                throw new ExpressionError('hashFiles() is only available in steps');
            return ctx.hashFiles(args.map(toStr));
    }
    throw new ExpressionError(`unknown function '${fn}'`);
}
/** Evaluates a template: a lone `${{ x }}` keeps x's type; anything else is a string. */
function evaluateTemplate(t, ctx) {
    if (t.length === 1 && typeof t[0] !== 'string')
        return evaluate(t[0].node, ctx);
    return t.map((p) => (typeof p === 'string' ? p : toStr(evaluate(p.node, ctx)))).join('');
}
/**
 * An `if:` condition as the runner reads it: `${{ }}` around it is optional, and a condition without
 * a status function means `success() && (condition)`.
 */
function parseCondition(src) {
    const s = src.trim();
    const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(s);
    let node;
    if (whole && !whole[1].includes('}}'))
        node = parseExpression(whole[1]);
    else if (s.includes('${{')) {
        // Text around `${{ }}`: a string, true when not empty (GitHub's behaviour, a common mistake).
        const t = parseTemplate(s);
        node = t.reduce((acc, p) => ({
            k: 'call',
            fn: 'format',
            args: [{ k: 'lit', v: '{0}{1}' }, acc, typeof p === 'string' ? { k: 'lit', v: p } : p.node],
        }), { k: 'lit', v: '' });
    }
    else
        node = parseExpression(s);
    if (usedNames(node).status)
        return node;
    return { k: 'bin', op: '&&', a: { k: 'call', fn: 'success', args: [] }, b: node };
}

;// CONCATENATED MODULE: ./src/rehearse/matrix.ts
function isObject(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
/** Loose equality of matrix values (objects compared by content). */
function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * The combinations of `matrix` (already evaluated); throws a plain Error saying what is wrong with
 * its shape, which the caller turns into a DistroError with the file and line.
 */
function expandMatrix(matrix) {
    if (!isObject(matrix))
        throw new Error('must be a map of names to lists (plus include/exclude)');
    const include = matrix.include ?? [];
    const exclude = matrix.exclude ?? [];
    if (!Array.isArray(include) || !include.every(isObject))
        throw new Error("'include' must be a list of maps");
    if (!Array.isArray(exclude) || !exclude.every(isObject))
        throw new Error("'exclude' must be a list of maps");
    let combos = [{}];
    const keys = Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude');
    for (const k of keys) {
        const values = matrix[k];
        if (!Array.isArray(values))
            throw new Error(`'${k}' must be a list of values`);
        combos = combos.flatMap((c) => values.map((v) => ({ ...c, [k]: v })));
    }
    if (keys.length === 0)
        combos = [];
    combos = combos.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => same(c[k], v))));
    // Only the product's combinations take include entries; an entry added on its own stays as it is.
    const originals = combos.map((c) => ({ ...c }));
    const product = combos.length;
    for (const inc of include) {
        let added = false;
        combos.slice(0, product).forEach((c, i) => {
            const orig = originals[i];
            const clashes = Object.entries(inc).some(([k, v]) => k in orig && !same(orig[k], v));
            if (!clashes) {
                Object.assign(c, inc);
                added = true;
            }
        });
        if (!added)
            combos.push({ ...inc });
    }
    return combos;
}
/** `build (x86_64-unknown-linux-gnu, debug)`: GitHub's name for one leg of a matrix job. */
function legName(base, combo) {
    if (!combo || Object.keys(combo).length === 0)
        return base;
    const flat = Object.values(combo).map((v) => v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));
    return `${base} (${flat.join(', ')})`;
}

;// CONCATENATED MODULE: ./src/rehearse/standins.ts
/**
 * Stand-ins on the PATH of `run:` steps: a rehearsal does not change this machine's packages and
 * never gains privileges. `sudo` runs its command as the rehearsing user; `apt-get update` is
 * skipped and `apt-get install` checks the packages are installed, failing with the command that
 * installs the missing ones; any other apt-get command runs as it is.
 */


const SUDO = `#!/bin/sh
# distro rehearse stand-in: run the command without changing user.
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    -u|-g|-C|-D|-h|-p|-r|-t|-U) shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
exec "$@"
`;
const APT_GET = `#!/bin/bash
# distro rehearse stand-in: this machine's packages are not changed by a rehearsal.
words=()
skip=0
for a in "$@"; do
  if [ $skip = 1 ]; then skip=0; continue; fi
  case "$a" in
    -o|-c|-t|--option|--config-file|--target-release) skip=1 ;;
    -*) ;;
    *) words+=("$a") ;;
  esac
done
case "\${words[0]}" in
  update)
    echo "rehearse: apt-get update skipped (stand-in: a rehearsal does not change this machine's packages)"
    ;;
  install)
    missing=()
    for p in "\${words[@]:1}"; do
      [ "$(dpkg-query -W -f='\${Status}' "\${p%%=*}" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
    done
    if [ \${#missing[@]} -gt 0 ]; then
      echo "rehearse: apt-get install stand-in: not installed on this machine: \${missing[*]}; install them first (sudo apt-get install -y \${missing[*]}) and rehearse again" >&2
      exit 100
    fi
    echo "rehearse: apt-get install stand-in: already installed: \${words[*]:1}"
    ;;
  *)
    PATH="\${PATH#*:}" exec apt-get "$@"
    ;;
esac
`;
/** Writes the stand-ins into `dir` (put first on the PATH of run steps). */
async function writeStandIns(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const [name, text] of [
        ['sudo', SUDO],
        ['apt-get', APT_GET],
    ]) {
        await (0,promises_.writeFile)(external_node_path_default().join(dir, name), text);
        await (0,promises_.chmod)(external_node_path_default().join(dir, name), 0o755);
    }
    return dir;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/rehearse/uses.ts
/**
 * What a `uses:` step means in a rehearsal: this collection's actions (`./actions/<name>`, `./`,
 * `<owner>/distro-actions[/actions/<name>]@<ref>`) and other local node actions run from their
 * action.yml exactly as the runner starts them; actions/checkout, upload-artifact and
 * download-artifact have local stand-ins; anything else is skipped with a warning.
 */




/** The directory holding action.yml and actions/ of this collection, found from `start` upwards. */
function findCollectionRoot(start) {
    let dir = start;
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'actions', 'build-target', 'action.yml')) &&
            (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'action.yml')))
            return dir;
        const up = external_node_path_default().dirname(dir);
        if (up === dir)
            throw new Error(`internal: the distro-actions collection is not above ${start}`);
        dir = up;
    }
}
function readActionYml(file, label) {
    const doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    const inputs = {};
    for (const [k, v] of Object.entries(doc.inputs ?? {}))
        inputs[k] = {
            default: v?.default === undefined ? undefined : String(v.default),
            required: !!v?.required,
        };
    return { label, dir: external_node_path_default().dirname(file), inputs, using: doc.runs?.using ?? '', main: doc.runs?.main };
}
function actionFile(dir) {
    for (const n of ['action.yml', 'action.yaml'])
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, n)))
            return external_node_path_default().join(dir, n);
    return undefined;
}
/** `actions/build-target` of the collection for `rel` ('' is the root action), when it has one. */
function collectionAction(root, rel) {
    const norm = external_node_path_default().posix.normalize(rel || '.').replace(/\/$/, '');
    if (norm.startsWith('..'))
        return undefined;
    const file = actionFile(external_node_path_default().join(root, norm));
    return file ? readActionYml(file, norm === '.' ? 'distro-actions (root action)' : norm) : undefined;
}
/**
 * Resolves a `uses:` value. `workspace` is where `./` actions are looked for first (the job's
 * checkout); when undefined (the check before the run), only the collection is consulted.
 */
function resolveUses(uses, collectionRoot, workspace) {
    const u = uses.trim();
    if (u.startsWith('./')) {
        const rel = u.slice(2);
        if (workspace) {
            const file = actionFile(external_node_path_default().resolve(workspace, rel));
            if (file && external_node_path_default().relative(workspace, file).startsWith('..') === false)
                return { kind: 'node', action: readActionYml(file, u), collection: false };
        }
        const a = collectionAction(collectionRoot, rel);
        if (a)
            return { kind: 'node', action: a, collection: true };
        return { kind: 'other', ref: u };
    }
    const m = /^([^/@\s]+)\/([^/@\s]+)((?:\/[^@\s]+)?)@(\S+)$/.exec(u);
    if (!m)
        return { kind: 'other', ref: u };
    const [, owner, repo, sub] = m;
    if (owner.toLowerCase() === 'actions' && !sub) {
        if (repo === 'checkout')
            return { kind: 'checkout' };
        if (repo === 'upload-artifact')
            return { kind: 'upload-artifact' };
        if (repo === 'download-artifact')
            return { kind: 'download-artifact' };
    }
    if (repo.toLowerCase() === 'distro-actions') {
        const a = collectionAction(collectionRoot, sub.replace(/^\//, ''));
        if (a)
            return { kind: 'node', action: a, collection: true };
        throw new errors/* DistroError */.Yt(`uses: ${u}: distro-actions has no action at '${sub.replace(/^\//, '') || '.'}' (it has the root action and actions/<name>).`, { key: 'uses' });
    }
    return { kind: 'other', ref: u };
}
/** Built-in stand-ins: the inputs they take (others are errors, as for the collection's actions). */
const BUILTIN_INPUTS = {
    checkout: [
        'repository',
        'ref',
        'token',
        'ssh-key',
        'ssh-known-hosts',
        'ssh-strict',
        'ssh-user',
        'persist-credentials',
        'path',
        'clean',
        'filter',
        'sparse-checkout',
        'sparse-checkout-cone-mode',
        'fetch-depth',
        'fetch-tags',
        'show-progress',
        'lfs',
        'submodules',
        'set-safe-directory',
        'github-server-url',
    ],
    'upload-artifact': [
        'name',
        'path',
        'if-no-files-found',
        'retention-days',
        'compression-level',
        'overwrite',
        'include-hidden-files',
    ],
    'download-artifact': [
        'name',
        'path',
        'pattern',
        'merge-multiple',
        'github-token',
        'repository',
        'run-id',
        'artifact-ids',
    ],
};

;// CONCATENATED MODULE: ./src/rehearse/run.ts
/**
 * `distro rehearse`: a release workflow run on this machine, job by job in `needs` order, each
 * matrix leg in a fresh workspace, steps as the GitHub runner runs them (see the README).
 */














/** A label for messages: `jobs.build.steps[2] ('Build')`. */
function stepLabel(job, step) {
    const n = step.name ?? step.id ?? step.uses ?? (step.run ? step.run.split('\n')[0].slice(0, 40) : '');
    return `jobs.${job.id}.steps[${step.index}] (${n})`;
}
function sanitize(s) {
    return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}
class Rehearsal {
    o;
    jobs = new Map();
    legCount = 0;
    warnedNode = false;
    constructor(o) {
        this.o = o;
        for (const v of Object.values(o.secrets))
            o.masker.add(v);
        o.masker.add(o.github.token);
    }
    githubContext(extra = {}) {
        const g = this.o.github;
        const refName = g.ref.replace(/^refs\/(heads|tags|pull)\//, '');
        return {
            ref: g.ref,
            ref_name: refName,
            ref_type: g.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
            sha: g.sha,
            repository: g.repository,
            repository_owner: g.repository.split('/')[0] ?? '',
            event_name: g.eventName,
            event: g.event,
            run_id: g.runId,
            run_number: g.runNumber,
            run_attempt: '1',
            actor: g.actor,
            triggering_actor: g.actor,
            server_url: g.serverUrl,
            api_url: this.o.githubApiUrl ?? 'https://api.github.com',
            graphql_url: `${this.o.githubApiUrl ?? 'https://api.github.com'}/graphql`,
            workflow: this.o.workflow.name,
            token: g.token,
            head_ref: g.event.pull_request?.head?.ref ?? '',
            base_ref: g.event.pull_request?.base?.ref ?? '',
            retention_days: '90',
            ...extra,
        };
    }
    /** Evaluates a template with `contexts`, naming `where` when it cannot. */
    value(src, ctx, where) {
        try {
            return evaluateTemplate(parseTemplate(src), ctx);
        }
        catch (e) {
            throw new errors/* DistroError */.Yt(`${where}: cannot evaluate '${src.trim()}': ${(0,errors/* errorMessage */.gJ)(e)}.`, { key: where });
        }
    }
    str(src, ctx, where) {
        return toStr(this.value(src, ctx, where));
    }
    condition(src, ctx, where) {
        try {
            return truthy(evaluate(parseCondition(src), ctx));
        }
        catch (e) {
            throw new errors/* DistroError */.Yt(`${where}.if: cannot evaluate '${src.trim()}': ${(0,errors/* errorMessage */.gJ)(e)}.`, {
                key: where,
            });
        }
    }
    /** A line an in-process step printed: masks added, debug lines only with DISTRO_DEBUG. */
    stepLine(l, show) {
        const shown = workflowCommand(l, this.o.masker, !!this.o.baseEnv.DISTRO_DEBUG);
        if (shown !== undefined)
            show(this.o.masker.mask(shown));
    }
    /** Jobs in `needs` order (file order among those ready). */
    order() {
        const done = new Set();
        const out = [];
        while (out.length < this.o.workflow.jobs.length) {
            const next = this.o.workflow.jobs.find((j) => !done.has(j.id) && j.needs.every((n) => done.has(n)));
            done.add(next.id);
            out.push(next);
        }
        return out;
    }
    /** The status `success()`/`failure()` see in a job's `if`: its ancestors' results. */
    needsStatus(job) {
        const seen = new Set();
        const ancestors = (id) => this.o.workflow.jobs
            .find((j) => j.id === id)
            .needs.flatMap((n) => (seen.has(n) ? [] : (seen.add(n), [n, ...ancestors(n)])));
        const all = ancestors(job.id).map((id) => this.jobs.get(id).result);
        if (all.includes('failure'))
            return 'failure';
        if (all.includes('cancelled'))
            return 'cancelled';
        return job.needs.every((n) => this.jobs.get(n).result === 'success') ? 'success' : 'skipped';
    }
    needsContext(job) {
        return Object.fromEntries(job.needs.map((n) => [n, { ...this.jobs.get(n) }]));
    }
    /** Runs every job; one report per job leg (a matrix job has one per combination). */
    async run() {
        const reports = [];
        for (const job of this.order()) {
            const { result, legs } = await this.runJob(job);
            this.jobs.set(job.id, { result: result.result, outputs: result.outputs });
            reports.push(...legs);
        }
        return reports;
    }
    async runJob(job) {
        const base = {
            id: job.id,
            name: job.name ?? job.id,
            result: 'skipped',
            artifacts: [],
            outputs: {},
        };
        const jobCtx = {
            contexts: {
                github: this.githubContext({ job: job.id }),
                needs: this.needsContext(job),
                vars: this.o.vars,
                inputs: this.o.inputs,
            },
            status: this.needsStatus(job),
        };
        let combos = [undefined];
        try {
            if (!this.condition(job.if ?? 'success()', jobCtx, `jobs.${job.id}`)) {
                this.o.log.info(`○ ${job.id}: skipped (${job.if ? `if: ${job.if}` : 'a job it needs did not succeed'})`);
                return { result: base, legs: [base] };
            }
            if (job.matrix !== undefined)
                combos = filterLegs(job, checkedMatrix(this.o.workflow, job, this.deepEvaluate(job.matrix, jobCtx, `jobs.${job.id}.strategy.matrix`)), this.o.matrixFilter);
        }
        catch (e) {
            this.o.log.info(`✘ ${job.id}: ${(0,errors/* errorMessage */.gJ)(e)}`);
            const failed = { ...base, result: 'failure', error: (0,errors/* errorMessage */.gJ)(e) };
            return { result: failed, legs: [failed] };
        }
        const legs = [];
        for (const [i, combo] of combos.entries()) {
            if (job.failFast && legs.some((l) => l.result === 'failure')) {
                const name = legName(job.id, combo);
                legs.push({ ...base, name, result: 'cancelled' });
                this.o.log.info(`○ ${name}: cancelled (fail-fast: another leg failed)`);
                continue;
            }
            const r = await this.runLeg(job, combo, i, combos.length, jobCtx);
            legs.push(r);
            base.artifacts.push(...r.artifacts);
            Object.assign(base.outputs, Object.fromEntries(Object.entries(r.outputs).filter(([, v]) => v !== '')));
            base.error ??= r.error;
        }
        const results = legs.map((l) => l.result);
        base.result = results.includes('failure')
            ? 'failure'
            : results.includes('cancelled')
                ? 'cancelled'
                : 'success';
        if (base.result === 'failure' && this.jobBool(job.continueOnError, jobCtx, job))
            base.result = 'success';
        return { result: base, legs };
    }
    jobBool(v, ctx, job) {
        return typeof v === 'boolean' ? v : truthy(this.value(v, ctx, `jobs.${job.id}.continue-on-error`));
    }
    /** Evaluates every string inside `v` (a matrix, a `with` map). */
    deepEvaluate(v, ctx, where) {
        if (typeof v === 'string')
            return v.includes('${{') ? this.value(v, ctx, where) : v;
        if (Array.isArray(v))
            return v.map((x, i) => this.deepEvaluate(x, ctx, `${where}[${i}]`));
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.deepEvaluate(x, ctx, `${where}.${k}`)]));
        return (v ?? null);
    }
    async runLeg(job, combo, index, total, jobCtx) {
        const name = legName(job.id, combo);
        const dir = external_node_path_default().join(this.o.workdir, 'jobs', `${String(++this.legCount).padStart(2, '0')}-${sanitize(name)}`);
        const leg = {
            job,
            name,
            matrix: combo,
            index,
            total,
            dir,
            workspace: external_node_path_default().join(dir, 'workspace'),
            temp: external_node_path_default().join(dir, 'temp'),
            contexts: {},
            fileEnv: {},
            paths: [],
            steps: {},
            status: 'success',
            summary: [],
        };
        for (const d of [leg.workspace, leg.temp, external_node_path_default().join(dir, 'files'), external_node_path_default().join(dir, 'tool-cache')])
            await (0,promises_.mkdir)(d, { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'event.json'), JSON.stringify(this.o.github.event));
        const listArtifacts = () => asStep(this.artifactEnv(leg), (l) => this.stepLine(l, () => { }), () => (0,artifacts/* createArtifactStore */.GA)(this.artifactEnv(leg)).list());
        const before = new Set(await listArtifacts());
        this.o.log.info(`▶ ${name}`);
        const t0 = Date.now();
        leg.contexts = {
            ...jobCtx.contexts,
            github: this.githubContext({ job: job.id, workspace: leg.workspace }),
            matrix: combo ?? null,
            strategy: { 'fail-fast': job.failFast, 'job-index': index, 'job-total': total, 'max-parallel': 1 },
            secrets: { ...this.o.secrets, GITHUB_TOKEN: this.o.github.token },
            runner: {
                os: 'Linux',
                arch: hostArch(),
                name: 'distro-rehearse',
                temp: leg.temp,
                tool_cache: external_node_path_default().join(dir, 'tool-cache'),
                environment: 'self-hosted',
            },
            job: { status: 'success' },
            steps: leg.steps,
        };
        let workflowEnv = {};
        try {
            const wctx = {
                contexts: {
                    github: leg.contexts.github,
                    secrets: leg.contexts.secrets,
                    inputs: this.o.inputs,
                    vars: this.o.vars,
                },
                status: 'success',
            };
            for (const [k, v] of Object.entries(this.o.workflow.env))
                workflowEnv[k] = this.str(v, wctx, `env.${k}`);
            const jctx = { contexts: { ...leg.contexts }, status: 'success' };
            for (const [k, v] of Object.entries(job.env))
                workflowEnv[k] = this.str(v, jctx, `jobs.${job.id}.env.${k}`);
        }
        catch (e) {
            leg.status = 'failure';
            leg.error = (0,errors/* errorMessage */.gJ)(e);
            this.o.log.info(`  error: ${leg.error}`);
            workflowEnv = {};
        }
        if (leg.status === 'success')
            for (const step of job.steps)
                await this.runStep(leg, step, workflowEnv);
        const outputs = {};
        const octx = {
            contexts: { ...leg.contexts, env: { ...workflowEnv, ...leg.fileEnv } },
            status: leg.status,
        };
        for (const [k, v] of Object.entries(job.outputs)) {
            try {
                outputs[k] = this.str(v, octx, `jobs.${job.id}.outputs.${k}`);
            }
            catch (e) {
                this.o.log.warn((0,errors/* errorMessage */.gJ)(e));
            }
        }
        const after = await listArtifacts();
        const made = after.filter((n) => !before.has(n)).sort();
        if (leg.summary.length) {
            await (0,promises_.mkdir)(external_node_path_default().join(this.o.workdir, 'summaries'), { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().join(this.o.workdir, 'summaries', `${sanitize(name)}.md`), leg.summary.join('\n'));
        }
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        this.o.log.info(`${leg.status === 'success' ? '✔' : '✘'} ${name}: ${leg.status} (${secs} s)`);
        return { id: job.id, name, result: leg.status, artifacts: made, outputs, error: leg.error };
    }
    artifactEnv(leg) {
        return { RUNNER_TEMP: leg.temp, ...this.o.artifacts.envFor(leg.name) };
    }
    /** The process environment of a step (before INPUT_* for actions). */
    stepEnv(leg, envCtx, files, action) {
        const g = leg.contexts.github;
        const pathVar = [...leg.paths, this.o.baseEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin'].join((external_node_path_default()).delimiter);
        const env = {
            ...this.o.baseEnv,
            CI: 'true',
            GITHUB_ACTIONS: 'true',
            GITHUB_WORKSPACE: leg.workspace,
            GITHUB_REF: g.ref,
            GITHUB_REF_NAME: g.ref_name,
            GITHUB_REF_TYPE: g.ref_type,
            GITHUB_SHA: g.sha,
            GITHUB_REPOSITORY: g.repository,
            GITHUB_REPOSITORY_OWNER: g.repository_owner,
            GITHUB_RUN_ID: g.run_id,
            GITHUB_RUN_NUMBER: g.run_number,
            GITHUB_RUN_ATTEMPT: '1',
            GITHUB_EVENT_NAME: g.event_name,
            GITHUB_EVENT_PATH: external_node_path_default().join(leg.dir, 'event.json'),
            GITHUB_JOB: leg.job.id,
            GITHUB_ACTION: action,
            GITHUB_ACTOR: g.actor,
            GITHUB_TRIGGERING_ACTOR: g.actor,
            GITHUB_WORKFLOW: this.o.workflow.name,
            GITHUB_SERVER_URL: g.server_url,
            GITHUB_API_URL: g.api_url,
            GITHUB_GRAPHQL_URL: g.graphql_url,
            GITHUB_HEAD_REF: g.head_ref,
            GITHUB_BASE_REF: g.base_ref,
            GITHUB_OUTPUT: files.output,
            GITHUB_ENV: files.env,
            GITHUB_PATH: files.path,
            GITHUB_STEP_SUMMARY: files.summary,
            RUNNER_OS: 'Linux',
            RUNNER_ARCH: hostArch(),
            RUNNER_NAME: 'distro-rehearse',
            RUNNER_TEMP: leg.temp,
            RUNNER_TOOL_CACHE: external_node_path_default().join(leg.dir, 'tool-cache'),
            RUNNER_WORKSPACE: external_node_path_default().dirname(leg.workspace),
            ...this.artifactEnv(leg),
            ...(this.o.remote ? { DISTRO_REPO_REMOTE: this.o.remote } : {}),
            ...envCtx,
            PATH: envCtx.PATH ?? pathVar,
        };
        return env;
    }
    async runStep(leg, step, workflowEnv) {
        const job = leg.job;
        const where = stepLabel(job, step);
        const id = step.id ?? `__step${step.index}`;
        const state = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        leg.contexts.job.status = leg.status;
        const ctx = (env) => ({
            contexts: { ...leg.contexts, env },
            status: leg.status,
            hashFiles: (patterns) => hashFiles(leg.workspace, patterns),
        });
        const title = step.name ?? (step.uses ? `uses: ${step.uses}` : `run: ${step.run.split('\n')[0]}`);
        try {
            const baseEnv = { ...workflowEnv, ...leg.fileEnv };
            if (!this.condition(step.if ?? 'success()', ctx(baseEnv), where)) {
                if (step.id)
                    leg.steps[step.id] = state;
                return;
            }
            const env = { ...baseEnv };
            for (const [k, v] of Object.entries(step.env))
                env[k] = this.str(v, ctx(baseEnv), `${where}.env.${k}`);
            this.o.log.info(`  ▷ ${this.str(title, ctx(env), `${where}.name`)}`);
            const files = await makeFileCommands(external_node_path_default().join(leg.dir, 'files'), `${String(step.index).padStart(2, '0')}`);
            const ok = await this.execute(leg, step, ctx(env), env, files, id, where);
            const fc = await readFileCommands(files).catch((e) => {
                throw new errors/* DistroError */.Yt(`${where}: ${(0,errors/* errorMessage */.gJ)(e)}`);
            });
            state.outputs = fc.outputs;
            Object.assign(leg.fileEnv, fc.env);
            leg.paths.unshift(...fc.path.reverse());
            if (fc.summary.trim())
                leg.summary.push(fc.summary);
            state.outcome = ok ? 'success' : 'failure';
        }
        catch (e) {
            // A step's own problem (an expression, a path, a file it wrote wrong) fails the step, not the rehearsal.
            this.o.log.info(`    error: ${this.o.masker.mask((0,errors/* errorMessage */.gJ)(e))}`);
            leg.error ??= `${where}: ${(0,errors/* errorMessage */.gJ)(e)}`;
            state.outcome = 'failure';
        }
        state.conclusion = state.outcome;
        if (state.outcome === 'failure') {
            const coe = typeof step.continueOnError === 'boolean'
                ? step.continueOnError
                : truthy(this.value(step.continueOnError, ctx({}), `${where}.continue-on-error`));
            if (coe)
                state.conclusion = 'success';
            else {
                leg.status = 'failure';
                leg.error ??= `${where} failed`;
            }
        }
        if (step.id)
            leg.steps[step.id] = state;
    }
    /** Runs the step; false when it failed (the reason is in the log). */
    async execute(leg, step, ctx, envCtx, files, id, where) {
        const env = this.stepEnv(leg, envCtx, files, id);
        const line = (l) => this.o.log.info(`    ${l}`);
        const timeoutMs = step.timeoutMinutes ? step.timeoutMinutes * 60_000 : undefined;
        if (step.run !== undefined) {
            const script = this.str(step.run, ctx, `${where}.run`);
            const cwdRel = step.workingDirectory ??
                leg.job.defaults.workingDirectory ??
                this.o.workflow.defaults.workingDirectory;
            const cwd = cwdRel
                ? (0,paths/* resolveInside */.L)(leg.workspace, this.str(cwdRel, ctx, `${where}.working-directory`), {
                    key: `${where}.working-directory`,
                })
                : leg.workspace;
            const shell = step.shell ?? leg.job.defaults.shell ?? this.o.workflow.defaults.shell ?? 'bash';
            const file = external_node_path_default().join(leg.temp, `step-${step.index}-${Date.now()}.sh`);
            await (0,promises_.writeFile)(file, script);
            await (0,promises_.chmod)(file, 0o700);
            const standIns = await writeStandIns(external_node_path_default().join(leg.dir, 'stand-ins'));
            const code = await runProcess(shellArgv(shell, file, where), {
                cwd,
                env: { ...env, PATH: `${standIns}${(external_node_path_default()).delimiter}${env.PATH ?? ''}` },
                masker: this.o.masker,
                debug: !!this.o.baseEnv.DISTRO_DEBUG,
                onLine: line,
                timeoutMs,
            });
            await (0,promises_.rm)(file, { force: true });
            if (code !== 0)
                line(`error: process completed with exit code ${code}`);
            return code === 0;
        }
        const uses = resolveUses(this.str(step.uses, ctx, `${where}.uses`), this.o.collectionRoot, leg.workspace);
        const w = {};
        for (const [k, v] of Object.entries(step.with))
            w[k] = this.str(v, ctx, `${where}.with.${k}`);
        switch (uses.kind) {
            case 'other':
                this.o.log.warn(`${where}: uses: ${step.uses} is not rehearsed (not one of this collection's actions, checkout or the artifact actions); skipped.`);
                return true;
            case 'checkout': {
                const depth = Number(w['fetch-depth'] ?? '1');
                if (w.repository && w.repository !== this.o.github.repository) {
                    this.o.log.warn(`${where}: checkout of another repository (${w.repository}) is not rehearsed; skipped.`);
                    return true;
                }
                await checkout({
                    tree: this.o.tree,
                    sha: this.o.github.sha,
                    ref: this.o.github.ref,
                    dest: (0,paths/* resolveInside */.L)(leg.workspace, w.path || '.', { key: `${where}.with.path` }),
                    depth: Number.isInteger(depth) && depth >= 0 ? depth : 1,
                    fetchTags: w['fetch-tags'] === 'true',
                    log: line,
                });
                return true;
            }
            case 'upload-artifact':
                await asStep(env, (l) => this.stepLine(l, line), () => uploadArtifact(w, leg.workspace, env, line));
                return true;
            case 'download-artifact':
                await asStep(env, (l) => this.stepLine(l, line), () => downloadArtifact(w, leg.workspace, env, line));
                return true;
            case 'node':
                return this.runNodeAction(uses.action, w, ctx, env, leg, where, line, timeoutMs);
        }
    }
    async runNodeAction(action, w, ctx, env, leg, where, line, timeoutMs) {
        checkWith(action, Object.keys(w), where);
        if (!/^node\d+$/.test(action.using) || !action.main) {
            this.o.log.warn(`${where}: ${action.label} runs with '${action.using}', which rehearse does not run (node actions only); skipped.`);
            return true;
        }
        const inputs = {};
        for (const [k, spec] of Object.entries(action.inputs)) {
            if (k in w)
                inputs[k] = w[k];
            else if (spec.default !== undefined)
                inputs[k] = this.str(spec.default, ctx, `${action.label} default of ${k}`);
        }
        this.standIns(action, inputs, where);
        for (const [k, v] of Object.entries(inputs))
            env[(0,runner_inputs/* inputEnvName */.d_)(k)] = v;
        env.GITHUB_ACTION_PATH = action.dir;
        env.GITHUB_ACTION_REPOSITORY = 'distro-actions/distro-actions';
        const want = Number(action.using.slice(4));
        if (Number(process.versions.node.split('.')[0]) < want && !this.warnedNode) {
            this.warnedNode = true;
            this.o.log.warn(`${action.label} runs on ${action.using} on GitHub; this rehearsal starts it with Node ${process.versions.node} (run distro with Node ${want} to match).`);
        }
        const main = external_node_path_default().resolve(action.dir, action.main);
        const code = await runProcess([process.execPath, main], {
            cwd: leg.workspace,
            env,
            masker: this.o.masker,
            debug: !!this.o.baseEnv.DISTRO_DEBUG,
            onLine: line,
            timeoutMs,
        });
        if (code !== 0)
            line(`error: ${action.label} failed (exit ${code})`);
        return code === 0;
    }
    /**
     * What cannot run off GitHub, stood in for: Sigstore and provenance need GitHub's OIDC token
     * (kept when SIGSTORE_ID_TOKEN or ACTIONS_ID_TOKEN_REQUEST_URL is given with --env); the GitHub
     * release needs --github-api-url (a server of your own), never api.github.com by accident.
     */
    standIns(action, inputs, where) {
        const base = this.o.baseEnv;
        const oidc = !!(base.SIGSTORE_ID_TOKEN || base.ACTIONS_ID_TOKEN_REQUEST_URL);
        const off = (k, why) => {
            if (inputs[k] === 'true') {
                inputs[k] = 'false';
                this.o.log.warn(`${where}: ${k}: true stood in by false in rehearsal: ${why}`);
            }
        };
        if (!oidc) {
            off('sigstore', "Sigstore signing needs GitHub's OIDC token (give one with --env SIGSTORE_ID_TOKEN=…).");
            off('provenance', "provenance needs GitHub's OIDC token and attestations API.");
        }
        if (!this.o.githubApiUrl)
            off('github-release', 'no --github-api-url was given, and a rehearsal never writes to api.github.com.');
    }
}
function hostArch() {
    return process.arch === 'x64' ? 'X64' : process.arch === 'arm64' ? 'ARM64' : process.arch.toUpperCase();
}
/** The argv of a run step's shell, as the runner builds it. */
function shellArgv(shell, file, where) {
    switch (shell) {
        case 'bash':
            return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file];
        case 'sh':
            return ['sh', '-e', file];
        case 'python':
            return ['python3', file];
    }
    if (shell.includes('{0}'))
        return shell.split(/\s+/).map((w) => w.replace('{0}', file));
    throw new errors/* DistroError */.Yt(`${where}.shell: '${shell}' is not rehearsed (bash, sh, python, or a command with {0}).`, { key: `${where}.shell` });
}
/** hashFiles(): sha256 over the sha256 of each matched file, in path order, as the runner computes it. */
function hashFiles(workspace, patterns) {
    // As on the runner, only files under the workspace count: '../**' or '/etc/*' match nothing.
    const inside = (f) => !external_node_path_default().relative(workspace, f).startsWith('..');
    const all = matchFiles(workspace, patterns).files.filter(inside);
    if (!all.length)
        return '';
    const outer = (0,external_node_crypto_.createHash)('sha256');
    for (const f of all) {
        try {
            outer.update((0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(f)).digest());
        }
        catch {
            // directories are skipped, as the runner does
        }
    }
    return outer.digest('hex');
}
/** A `with` key the action does not declare is an error (GitHub only warns; a typo loses the input). */
function checkWith(action, keys, where, lines = {}, file) {
    for (const k of keys) {
        if (k in action.inputs)
            continue;
        const declared = Object.keys(action.inputs);
        const line = lines[k];
        const prefix = file && line ? `${file.shown}:${line}: ` : '';
        throw new errors/* DistroError */.Yt(`${prefix}${where}.with.${k}: ${action.label} has no input '${k}'; remove it or use one of: ${declared.join(', ')}.`, { key: `${where}.with.${k}`, file: file?.file, line });
    }
}
/** The matrix combinations, or an error naming the file and line when there are none. */
function checkedMatrix(wf, job, m) {
    let combos;
    const where = `${wf.shown}:${job.matrixLine}: jobs.${job.id}.strategy.matrix`;
    try {
        combos = expandMatrix(m);
    }
    catch (e) {
        throw new errors/* DistroError */.Yt(`${where}: ${(0,errors/* errorMessage */.gJ)(e)}.`, {
            file: wf.file,
            line: job.matrixLine,
            key: `jobs.${job.id}.strategy.matrix`,
        });
    }
    if (!combos.length)
        throw new errors/* DistroError */.Yt(`${where}: expands to no combination (every list empty or every combination excluded); give each key at least one value.`, { file: wf.file, line: job.matrixLine, key: `jobs.${job.id}.strategy.matrix` });
    return combos;
}
/** The legs --matrix keeps (a key the leg does not have keeps it); none left is an error. */
function filterLegs(job, combos, filter = {}) {
    const f = Object.entries(filter);
    const kept = combos.filter((c) => f.every(([k, vs]) => !(k in c) || vs.includes(toStr(c[k]))));
    if (!kept.length)
        throw new errors/* DistroError */.Yt(`jobs.${job.id}: --matrix ${f.map(([k, v]) => `${k}=${v.join('|')}`).join(' ')} leaves none of its ${combos.length} leg(s); check the values.`, { usage: true, key: '--matrix' });
    return kept;
}
/**
 * What can be checked before any job runs: static matrices expand to something, and every `uses:`
 * of this collection (or a stand-in) gets only inputs it declares.
 */
function precheck(wf, collectionRoot, matrixFilter) {
    for (const job of wf.jobs) {
        if (job.matrix !== undefined && !JSON.stringify(job.matrix).includes('${{'))
            filterLegs(job, checkedMatrix(wf, job, job.matrix), matrixFilter);
        for (const step of job.steps) {
            if (!step.uses || step.uses.includes('${{'))
                continue;
            const where = `jobs.${job.id}.steps[${step.index}]`;
            let u;
            try {
                u = resolveUses(step.uses, collectionRoot);
            }
            catch (e) {
                throw new errors/* DistroError */.Yt(`${wf.shown}:${step.line}: ${where}.${(0,errors/* errorMessage */.gJ)(e)}`, {
                    file: wf.file,
                    line: step.line,
                    key: `${where}.uses`,
                });
            }
            const keys = Object.keys(step.with);
            if (u.kind === 'node' && u.collection)
                checkWith(u.action, keys, where, step.withLines, wf);
            else if (u.kind !== 'node' && u.kind !== 'other') {
                const inputs = Object.fromEntries(BUILTIN_INPUTS[u.kind].map((k) => [k, {}]));
                checkWith({ label: `actions/${u.kind}`, inputs }, keys, where, step.withLines, wf);
            }
        }
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/manifest/index.ts
var manifest = __webpack_require__(34625);
;// CONCATENATED MODULE: ./src/services/artifact-service.ts
/**
 * github.actions.results.api.v1.ArtifactService — the Twirp service behind @actions/artifact v2+
 * ("v4 artifacts"), as the client in node_modules/@actions/artifact calls it: CreateArtifact hands
 * out a signed upload URL, the client uploads a zip there with Put Block / Put Block List, and
 * FinalizeArtifact makes it visible (checked against the size and sha256 the client reports).
 * ListArtifacts, GetSignedArtifactURL and DeleteArtifact serve get/list/download/delete.
 *
 * As on GitHub, artifacts belong to one workflow run (every job of the run sees them, no other run
 * does) and are immutable: creating a name that already exists in the run is `already_exists`
 * (HTTP 409) until it is deleted. Messages are JSON with the proto field names, as the generated
 * client sends them (int64 as strings, wrapper types as bare values).
 */


const CONTAINER = 'artifacts';
class ArtifactService {
    host;
    name = 'github.actions.results.api.v1.ArtifactService';
    methods;
    artifacts = [];
    nextId = 1;
    constructor(host) {
        this.host = host;
        this.methods = {
            CreateArtifact: (req, c) => this.create(req, c),
            FinalizeArtifact: (req, c) => this.finalize(req, c),
            ListArtifacts: (req, c) => this.listMethod(req, c),
            GetSignedArtifactURL: (req, c) => this.signedUrl(req, c),
            DeleteArtifact: (req, c) => this.delete(req, c),
        };
    }
    /** The finalized artifacts of a run, oldest first. */
    list(runBackendId) {
        return this.artifacts.filter((a) => a.runBackendId === runBackendId && a.finalized);
    }
    /** The file holding an artifact's zip, for tests that tamper with data at rest. */
    zipPath(a) {
        return this.host.blobs.pathOf(CONTAINER, a.blob);
    }
    find(runBackendId, name, finalized = true) {
        return this.artifacts.find((a) => a.runBackendId === runBackendId && a.name === name && a.finalized === finalized);
    }
    create(req, claims) {
        const name = requireName(req);
        checkScope(req, claims);
        if (this.find(claims.runBackendId, name)) {
            throw new TwirpError('already_exists', `an artifact named '${name}' already exists in this workflow run`);
        }
        const pending = this.find(claims.runBackendId, name, false);
        if (pending && pending.jobBackendId !== claims.jobBackendId) {
            throw new TwirpError('already_exists', `another job is uploading an artifact named '${name}' in this workflow run`);
        }
        if (pending)
            this.artifacts.splice(this.artifacts.indexOf(pending), 1);
        const id = this.nextId++;
        const art = {
            id,
            name,
            runBackendId: claims.runBackendId,
            jobBackendId: claims.jobBackendId,
            size: 0,
            createdAt: new Date(),
            finalized: false,
            blob: `${claims.runBackendId}/${id}/${name}.zip`,
        };
        this.artifacts.push(art);
        return { ok: true, signed_upload_url: this.host.signUrl(CONTAINER, art.blob, 'w') };
    }
    async finalize(req, claims) {
        const name = requireName(req);
        checkScope(req, claims);
        const art = this.find(claims.runBackendId, name, false);
        if (!art || art.jobBackendId !== claims.jobBackendId) {
            throw new TwirpError('not_found', `no upload of '${name}' was started by this job`);
        }
        const info = await this.host.blobs.info(CONTAINER, art.blob).catch(() => {
            throw new TwirpError('failed_precondition', `nothing was uploaded for artifact '${name}'`);
        });
        if (req.size !== undefined && Number(req.size) !== info.size) {
            throw new TwirpError('invalid_argument', `artifact '${name}': size ${String(req.size)} reported, ${info.size} stored`);
        }
        const digest = `sha256:${(await (0,manifest/* hashFile */.DC)(this.zipPath(art))).sha256}`;
        if (typeof req.hash === 'string' && req.hash !== digest) {
            throw new TwirpError('invalid_argument', `artifact '${name}': digest ${req.hash} reported, ${digest} stored`);
        }
        this.host.blobs.seal(CONTAINER, art.blob);
        Object.assign(art, { finalized: true, size: info.size, digest });
        return { ok: true, artifact_id: String(art.id) };
    }
    listMethod(req, claims) {
        checkScope(req, claims);
        const nameFilter = typeof req.name_filter === 'string' ? req.name_filter : undefined;
        const idFilter = req.id_filter !== undefined ? Number(req.id_filter) : undefined;
        const hits = this.list(claims.runBackendId).filter((a) => (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter));
        return {
            artifacts: hits.map((a) => ({
                workflow_run_backend_id: a.runBackendId,
                workflow_job_run_backend_id: a.jobBackendId,
                database_id: String(a.id),
                name: a.name,
                size: String(a.size),
                created_at: a.createdAt.toISOString(),
                digest: a.digest,
            })),
        };
    }
    signedUrl(req, claims) {
        const name = requireName(req);
        checkScope(req, claims, false);
        const art = this.find(claims.runBackendId, name);
        if (!art)
            throw new TwirpError('not_found', `no artifact named '${name}' in this workflow run`);
        return { signed_url: this.host.signUrl(CONTAINER, art.blob, 'r', 3600) };
    }
    async delete(req, claims) {
        const name = requireName(req);
        checkScope(req, claims, false);
        const art = this.find(claims.runBackendId, name);
        if (!art)
            throw new TwirpError('not_found', `no artifact named '${name}' in this workflow run`);
        this.artifacts.splice(this.artifacts.indexOf(art), 1);
        await this.host.blobs.delete(CONTAINER, art.blob);
        return { ok: true, artifact_id: String(art.id) };
    }
}
function requireName(req) {
    if (typeof req.name !== 'string' || !req.name)
        throw new TwirpError('invalid_argument', 'name is required');
    return req.name;
}
/**
 * A job may act only inside its own run (and create/finalize only as itself). GetSignedArtifactURL
 * names the producing job, which may be any job of the run.
 */
function checkScope(req, claims, ownJob = true) {
    if (req.workflow_run_backend_id !== claims.runBackendId) {
        throw new TwirpError('permission_denied', 'workflow_run_backend_id is not the run of this token');
    }
    if (ownJob && req.workflow_job_run_backend_id !== claims.jobBackendId) {
        throw new TwirpError('permission_denied', 'workflow_job_run_backend_id is not the job of this token');
    }
}

// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
;// CONCATENATED MODULE: ./src/services/blob-store.ts
/**
 * The directory-backed blob store behind the local results service: the part of Azure Blob storage
 * that GitHub's artifact and cache clients reach through signed URLs. Blobs are addressed by
 * container and name; a blob is written whole (Put Blob) or as staged blocks committed by a block
 * list (Put Block / Put Block List), and becomes visible only when complete, by an atomic rename.
 * A sealed blob (a finalized artifact, a committed cache entry) refuses further writes.
 */






/** A blob store error with the HTTP status and Azure error code the blob endpoint answers with. */
class BlobError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
class BlobStore {
    dir;
    sealed = new Set();
    constructor(dir) {
        this.dir = dir;
    }
    /** The file holding a blob: hashed names keep any blob name (slashes, dots) inside the store. */
    file(container, name) {
        return external_node_path_default().join(this.dir, 'blobs', hashKey(container, name));
    }
    blockFile(container, name, blockId) {
        const id = (0,external_node_crypto_.createHash)('sha256').update(blockId).digest('hex');
        return external_node_path_default().join(this.dir, 'blocks', hashKey(container, name), id);
    }
    checkWritable(container, name) {
        if (this.sealed.has(`${container}/${name}`)) {
            throw new BlobError(409, 'BlobImmutableDueToPolicy', `blob ${container}/${name} is sealed and cannot change`);
        }
    }
    /** Writes `body` to a temporary file beside `dest`, then renames it in: readers never see half a file. */
    async writeAtomic(dest, body) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
        const tmp = (0,atomic/* tempPath */.EZ)(dest);
        try {
            await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(tmp));
            await (0,promises_.rename)(tmp, dest);
        }
        finally {
            await (0,promises_.rm)(tmp, { force: true });
        }
    }
    /** Put Blob: the whole blob in one request. */
    async put(container, name, body, contentType = 'application/octet-stream') {
        this.checkWritable(container, name);
        await this.writeAtomic(this.file(container, name), body);
        await this.writeMeta(container, name, contentType);
        return this.info(container, name);
    }
    /** Put Block: stages one block of a blob that a later block list commits. */
    async stageBlock(container, name, blockId, body) {
        this.checkWritable(container, name);
        if (!blockId)
            throw new BlobError(400, 'InvalidQueryParameterValue', 'blockid is required');
        await this.writeAtomic(this.blockFile(container, name, blockId), body);
    }
    /** Put Block List: the blob becomes the named staged blocks, in order. */
    async commitBlocks(container, name, blockIds, contentType) {
        this.checkWritable(container, name);
        const dest = this.file(container, name);
        await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
        const tmp = (0,atomic/* tempPath */.EZ)(dest);
        try {
            const out = (0,external_node_fs_.createWriteStream)(tmp);
            for (const id of blockIds) {
                const block = this.blockFile(container, name, id);
                const data = await (0,promises_.readFile)(block).catch(() => {
                    throw new BlobError(400, 'InvalidBlockList', `block ${id} was not staged`);
                });
                if (!out.write(data))
                    await new Promise((r) => out.once('drain', () => r()));
            }
            await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
            await (0,promises_.rename)(tmp, dest);
        }
        finally {
            await (0,promises_.rm)(tmp, { force: true });
        }
        await (0,promises_.rm)(external_node_path_default().dirname(this.blockFile(container, name, 'x')), { recursive: true, force: true });
        await this.writeMeta(container, name, contentType ?? 'application/octet-stream');
        return this.info(container, name);
    }
    async writeMeta(container, name, contentType) {
        await (0,atomic/* writeAtomic */.vZ)(`${this.file(container, name)}.meta`, JSON.stringify({ contentType }));
    }
    /** Get Blob Properties; a 404 BlobError when the blob does not exist. */
    async info(container, name) {
        const file = this.file(container, name);
        const st = await (0,promises_.stat)(file).catch(() => {
            throw new BlobError(404, 'BlobNotFound', `blob ${container}/${name} does not exist`);
        });
        let contentType = 'application/octet-stream';
        try {
            contentType = JSON.parse(await (0,promises_.readFile)(`${file}.meta`, 'utf8'))
                .contentType;
        }
        catch {
            // no metadata: the default type
        }
        const etag = `"0x${st.mtimeMs.toString(16).replace('.', '')}${st.size.toString(16)}"`;
        return { size: st.size, etag, lastModified: st.mtime, contentType };
    }
    /** Get Blob: the bytes from `start` to `end` inclusive (the whole blob by default). */
    read(container, name, start, end) {
        return (0,external_node_fs_.createReadStream)(this.file(container, name), { start, end });
    }
    /** The file backing a blob, for tests that tamper with stored data at rest. */
    pathOf(container, name) {
        return this.file(container, name);
    }
    /** Refuses every later write to this blob. */
    seal(container, name) {
        this.sealed.add(`${container}/${name}`);
    }
    async delete(container, name) {
        this.sealed.delete(`${container}/${name}`);
        const file = this.file(container, name);
        await (0,promises_.rm)(file, { force: true });
        await (0,promises_.rm)(`${file}.meta`, { force: true });
        await (0,promises_.rm)(external_node_path_default().dirname(this.blockFile(container, name, 'x')), { recursive: true, force: true });
    }
}
function hashKey(container, name) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${container}\0${name}`).digest('hex');
}

;// CONCATENATED MODULE: ./src/services/cache-service.ts
/**
 * github.actions.results.api.v1.CacheService — the Twirp service behind @actions/cache with
 * ACTIONS_CACHE_SERVICE_V2 (the cache service github.com runs), as the client in
 * node_modules/@actions/cache calls it: CreateCacheEntry reserves a key and hands out a signed
 * upload URL, the client uploads its tar there (Put Blob, or Put Block / Put Block List above
 * 128 MiB), FinalizeCacheEntryUpload commits it, and GetCacheEntryDownloadURL finds an entry for a
 * key and restore keys and hands out a signed download URL the client GETs.
 *
 * Semantics as GitHub documents them:
 * - An entry is (scope, key, version); `version` is the client's hash of the paths and compression,
 *   and a lookup matches only its own version.
 * - Scopes are git refs, carried by the runtime token (the `ac` claim, as GitHub's tokens carry
 *   them): a job reads its own ref's entries and then those of the default branch, and writes into
 *   its own ref. A branch never sees another branch's entries, the default branch never sees a
 *   feature branch's.
 * - Lookup, scope by scope: the key exactly, then entries whose key starts with the key, then each
 *   restore key (exactly, then as a prefix); among prefix matches the newest wins.
 * - A committed entry is immutable: creating the same (scope, key, version) again is refused with
 *   `already_exists` (the client reports "another job may be creating this cache" and goes on), as
 *   is creating one another job has reserved and not finalized yet.
 * Entries are not tied to a run: a later run of the repository restores what an earlier one saved,
 * also after a restart of the server on the same directory (the committed entries are listed in
 * `<dir>/cache-entries.json`, written beside and renamed in).
 */




const cache_service_CONTAINER = 'cache';
/** GitHub's limit on key length; the client refuses commas itself. */
const MAX_KEY = 512;
/** A reservation nobody finalized is given up after this long (the job died). */
const RESERVATION_MS = 10 * 60_000;
class CacheService {
    host;
    name = 'github.actions.results.api.v1.CacheService';
    methods;
    entries = [];
    nextId = 1;
    index;
    constructor(host) {
        this.host = host;
        this.index = external_node_path_default().join(host.blobs.dir, 'cache-entries.json');
        for (const e of this.load()) {
            this.entries.push(e);
            host.blobs.seal(cache_service_CONTAINER, e.blob);
            this.nextId = Math.max(this.nextId, e.id + 1);
        }
        this.methods = {
            CreateCacheEntry: (req, c) => this.create(req, c),
            FinalizeCacheEntryUpload: (req, c) => this.finalize(req, c),
            GetCacheEntryDownloadURL: (req, c) => this.lookup(req, c),
        };
    }
    /** The committed entries (of `scope`, or all), oldest first. */
    list(scope) {
        return this.entries.filter((e) => e.committed && (scope === undefined || e.scope === scope));
    }
    load() {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(this.index, 'utf8');
        }
        catch {
            return [];
        }
        const list = JSON.parse(text);
        return list.map((e) => ({ ...e, createdAt: new Date(e.createdAt) }));
    }
    persist() {
        const tmp = (0,atomic/* tempPath */.EZ)(this.index); // a name stage starts and staleTemporaries recognise
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(this.list(), null, 1));
        (0,external_node_fs_.renameSync)(tmp, this.index);
    }
    /** The file holding an entry's archive. */
    archivePath(e) {
        return this.host.blobs.pathOf(cache_service_CONTAINER, e.blob);
    }
    create(req, claims) {
        const key = requireKey(req.key, 'key');
        const version = requireVersion(req);
        const scope = writeScope(claims);
        // As GitHub answers a read-only token: not an error but ok: false with this prefix, which the
        // client turns into CacheWriteDeniedError.
        if (!scope)
            return {
                ok: false,
                signed_upload_url: '',
                message: `cache write denied: ${key}: the token has no writable cache scope`,
            };
        const same = (e) => e.scope === scope && e.key === key && e.version === version;
        if (this.entries.some((e) => same(e) && e.committed)) {
            throw new TwirpError('already_exists', `cache entry with the same key, version, and scope already exists: ${key} (${scope})`);
        }
        const pending = this.entries.find((e) => same(e) && !e.committed);
        if (pending && Date.now() - pending.createdAt.getTime() < RESERVATION_MS) {
            throw new TwirpError('already_exists', `cache entry ${key} (${scope}) is being created by another job`);
        }
        if (pending)
            this.entries.splice(this.entries.indexOf(pending), 1);
        const id = this.nextId++;
        const entry = {
            id,
            key,
            version,
            scope,
            size: 0,
            createdAt: new Date(),
            committed: false,
            blob: `${id}/cache.tzst`,
            jobBackendId: claims.jobBackendId,
        };
        this.entries.push(entry);
        return { ok: true, signed_upload_url: this.host.signUrl(cache_service_CONTAINER, entry.blob, 'w') };
    }
    async finalize(req, claims) {
        const key = requireKey(req.key, 'key');
        const version = requireVersion(req);
        const scope = writeScope(claims);
        const entry = this.entries.find((e) => !e.committed && e.scope === scope && e.key === key && e.version === version);
        if (!scope || !entry || entry.jobBackendId !== claims.jobBackendId) {
            throw new TwirpError('not_found', `no reservation of cache entry ${key} (${scope}) by this job`);
        }
        const info = await this.host.blobs.info(cache_service_CONTAINER, entry.blob).catch(() => {
            throw new TwirpError('failed_precondition', `nothing was uploaded for cache entry ${key}`);
        });
        if (req.size_bytes !== undefined && Number(req.size_bytes) !== info.size) {
            return {
                ok: false,
                entry_id: '0',
                message: `cache entry ${key}: size ${String(req.size_bytes)} reported, ${info.size} uploaded`,
            };
        }
        this.host.blobs.seal(cache_service_CONTAINER, entry.blob);
        Object.assign(entry, { committed: true, size: info.size, createdAt: new Date() });
        this.persist();
        return { ok: true, entry_id: String(entry.id) };
    }
    lookup(req, claims) {
        const key = requireKey(req.key, 'key');
        const restoreKeys = Array.isArray(req.restore_keys)
            ? req.restore_keys.map((k, i) => requireKey(k, `restore_keys[${i}]`))
            : [];
        const version = requireVersion(req);
        const scopes = (claims.cacheScopes ?? []).filter((s) => s.Permission & 1).map((s) => s.Scope);
        if (scopes.length === 0)
            throw new TwirpError('permission_denied', 'cache read denied: the token has no readable cache scope');
        for (const scope of scopes) {
            const found = this.match(scope, version, key, restoreKeys);
            if (found) {
                return {
                    ok: true,
                    signed_download_url: this.host.signUrl(cache_service_CONTAINER, found.blob, 'r', 3600),
                    matched_key: found.key,
                };
            }
        }
        return { ok: false, signed_download_url: '', matched_key: '' };
    }
    /** The entry of one scope for the key and restore keys, in GitHub's order. */
    match(scope, version, key, restoreKeys) {
        const mine = this.list(scope).filter((e) => e.version === version);
        const newest = (prefix) => mine
            .filter((e) => e.key.startsWith(prefix))
            .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)[0];
        const exact = (k) => mine.find((e) => e.key === k);
        for (const k of [key, ...restoreKeys]) {
            const hit = exact(k) ?? newest(k);
            if (hit)
                return hit;
        }
        return undefined;
    }
}
function requireKey(v, field) {
    if (typeof v !== 'string' || !v)
        throw new TwirpError('invalid_argument', `${field} is required`);
    if (v.length > MAX_KEY || v.includes(','))
        throw new TwirpError('invalid_argument', `${field}: keys are at most ${MAX_KEY} characters, without commas`);
    return v;
}
function requireVersion(req) {
    if (typeof req.version !== 'string' || !req.version)
        throw new TwirpError('invalid_argument', 'version is required');
    return req.version;
}
/** The scope a job writes into: the first of its token's scopes with write permission. */
function writeScope(claims) {
    return (claims.cacheScopes ?? []).find((x) => x.Permission & 2)?.Scope;
}

;// CONCATENATED MODULE: ./src/services/results-server.ts
/**
 * A local stand-in for GitHub's "results" service, so the real @actions/artifact (and
 * @actions/cache) clients can run off GitHub: `distro rehearse` passes files between jobs through
 * it, and the tests drive the bundles through it.
 *
 * What it speaks, on 127.0.0.1:
 * - Twirp JSON services at `<url>/twirp/<package.Service>/<Method>` (the clients take only the
 *   origin of ACTIONS_RESULTS_URL), authenticated by the runtime token's HMAC-signed JWT. The
 *   token's `scp` claim carries `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`,
 *   which is where the clients read the ids they send; a request naming another run is refused.
 * - The services: ArtifactService (artifact-service.ts) and CacheService (cache-service.ts, the
 *   v2 cache service @actions/cache uses with ACTIONS_CACHE_SERVICE_V2; scoped by the `ac` claim of
 *   the token, the job's ref and the default branch).
 * - The Azure Blob REST calls the clients send to the signed URLs the services hand out
 *   (`<url>/blobs/<container>/<blob>?se=…&sp=…&sig=…`): Put Blob, Put Block, Put Block List,
 *   Get Blob (with Range / x-ms-range) and Get Blob Properties (HEAD). The signature is an HMAC
 *   over permission, expiry, container and blob; expired or altered URLs get 403.
 *
 * Use:
 * ```ts
 * const server = await startResultsServer({ dir });          // dir holds the blobs
 * const job = { runId: '7', job: 'build' };
 * env.ACTIONS_RESULTS_URL = server.url + '/';
 * env.ACTIONS_RUNTIME_TOKEN = server.token(job);              // one token per job of a run
 * server.artifacts.list(server.ids(job).runBackendId);        // what the run uploaded
 * await server.close();
 * ```
 * A service is a name plus method handlers (`TwirpService`), built by a `ServiceFactory` from
 * the shared host (blob store, URL signing); add one to `DEFAULT_SERVICES` or pass `services`.
 */







/** Twirp error codes and the HTTP status each is sent with (twirp spec v7). */
const TWIRP_STATUS = {
    invalid_argument: 400,
    malformed: 400,
    unauthenticated: 401,
    permission_denied: 403,
    not_found: 404,
    bad_route: 404,
    already_exists: 409,
    failed_precondition: 412,
    internal: 500,
    unimplemented: 501,
};
class TwirpError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
const MAX_TWIRP_BODY = 4 * 1024 * 1024;
async function startResultsServer(opts) {
    await (0,promises_.mkdir)(opts.dir, { recursive: true });
    const secret = (0,external_node_crypto_.randomBytes)(32);
    const blobs = new BlobStore(opts.dir);
    const services = new Map();
    const log = [];
    let origin = '';
    const host = {
        blobs,
        signUrl(container, blob, permission, ttlSeconds = 6 * 3600) {
            const se = new Date(Date.now() + ttlSeconds * 1000).toISOString();
            const sig = sign(secret, `${permission}\n${se}\n${container}\n${blob}`);
            const q = new URLSearchParams({ sv: '2023-11-03', se, sp: permission, sig });
            return `${origin}/blobs/${encodeURIComponent(container)}/${blob.split('/').map(encodeURIComponent).join('/')}?${q}`;
        },
    };
    const addService = (factory) => {
        const svc = factory(host);
        services.set(svc.name, svc);
        return svc;
    };
    const artifacts = new ArtifactService(host);
    services.set(artifacts.name, artifacts);
    const cache = new CacheService(host);
    services.set(cache.name, cache);
    (opts.services ?? []).forEach(addService);
    const server = (0,external_node_http_.createServer)((req, res) => {
        const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
        res.on('finish', () => log.push({ method: req.method ?? '', path: urlPath, status: res.statusCode }));
        const handle = urlPath.startsWith('/twirp/')
            ? handleTwirp(req, res, urlPath, services, secret)
            : urlPath.startsWith('/blobs/')
                ? handleBlob(req, res, secret, blobs)
                : Promise.resolve(void res.writeHead(404).end());
        handle.catch((e) => {
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'text/plain' });
            res.end(String(e));
        });
    });
    await new Promise((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    const ids = (job) => ({
        runBackendId: uuidFrom(`run\0${job.runId}`),
        jobBackendId: uuidFrom(`job\0${job.runId}\0${job.job}`),
    });
    return {
        url: origin,
        blobs,
        artifacts,
        cache,
        log,
        ids,
        addService,
        signUrl: host.signUrl,
        token(job) {
            const { runBackendId, jobBackendId } = ids(job);
            const now = Math.floor(Date.now() / 1000);
            const claims = {
                scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`,
                ac: JSON.stringify(cacheScopes(job)),
                iat: now,
                exp: now + 86400,
            };
            const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
            const body = b64url(JSON.stringify(claims));
            return `${head}.${body}.${sign(secret, `${head}.${body}`)}`;
        },
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function b64url(s) {
    return Buffer.from(s).toString('base64url');
}
function sign(secret, data) {
    return (0,external_node_crypto_.createHmac)('sha256', secret).update(data).digest('base64url');
}
function sameSig(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
/** A stable UUID-shaped id (GitHub's backend ids are UUIDs; the client splits the scope on ':'). */
function uuidFrom(s) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** GitHub's cache scopes for a job: its ref read-write, the default branch read-only. */
function cacheScopes(job) {
    const ref = job.ref ?? 'refs/heads/main';
    const main = job.defaultBranch ?? 'refs/heads/main';
    const scopes = [{ Scope: ref, Permission: 3 }];
    if (main !== ref)
        scopes.push({ Scope: main, Permission: 1 });
    return scopes;
}
/** The job a bearer token was issued for, or a Twirp `unauthenticated` error. */
function verifyToken(auth, secret) {
    const m = /^Bearer (.+)\.(.+)\.(.+)$/.exec(auth ?? '');
    if (!m || !sameSig(m[3], sign(secret, `${m[1]}.${m[2]}`))) {
        throw new TwirpError('unauthenticated', 'missing or invalid runtime token');
    }
    const claims = JSON.parse(Buffer.from(m[2], 'base64url').toString());
    if (!claims.exp || claims.exp * 1000 < Date.now())
        throw new TwirpError('unauthenticated', 'runtime token expired');
    const scope = (claims.scp ?? '').split(' ').find((s) => s.startsWith('Actions.Results:'));
    const [, runBackendId, jobBackendId] = (scope ?? '').split(':');
    if (!runBackendId || !jobBackendId)
        throw new TwirpError('unauthenticated', 'token has no Actions.Results scope');
    const cacheScopes = claims.ac ? JSON.parse(claims.ac) : [];
    return { runBackendId, jobBackendId, cacheScopes };
}
async function readBody(req, limit) {
    const chunks = [];
    let size = 0;
    for await (const c of req) {
        size += c.length;
        if (size > limit)
            throw new TwirpError('invalid_argument', 'request body too large');
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}
function sendTwirpError(res, code, msg) {
    res.writeHead(TWIRP_STATUS[code], { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code, msg }));
}
async function handleTwirp(req, res, urlPath, services, secret) {
    const [, , serviceName, method] = urlPath.split('/');
    const handler = services.get(serviceName)?.methods[method];
    try {
        if (req.method !== 'POST' || !handler)
            throw new TwirpError('bad_route', `no handler for ${req.method} ${urlPath}`);
        if (!/^application\/json/.test(req.headers['content-type'] ?? '')) {
            throw new TwirpError('bad_route', 'this server speaks Twirp JSON only (Content-Type: application/json)');
        }
        const claims = verifyToken(req.headers.authorization, secret);
        let body;
        try {
            body = JSON.parse((await readBody(req, MAX_TWIRP_BODY)).toString('utf8') || '{}');
        }
        catch (e) {
            if (e instanceof TwirpError)
                throw e;
            throw new TwirpError('malformed', 'request body is not JSON');
        }
        const out = await handler(body, claims);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(out));
    }
    catch (e) {
        if (e instanceof TwirpError)
            sendTwirpError(res, e.code, e.message);
        else
            sendTwirpError(res, 'internal', e instanceof Error ? e.message : String(e));
    }
}
function azureHeaders(extra = {}) {
    return {
        'x-ms-request-id': (0,external_node_crypto_.randomBytes)(16).toString('hex'),
        'x-ms-version': '2023-11-03',
        date: new Date().toUTCString(),
        ...extra,
    };
}
function sendBlobError(res, status, code, message) {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
    res.writeHead(status, azureHeaders({ 'content-type': 'application/xml', 'x-ms-error-code': code }));
    res.end(xml);
}
function escapeXml(s) {
    return s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
}
/** The container and blob of a signed URL, once its signature, expiry and permission check out. */
function authorizeBlob(url, method, secret) {
    const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
    const container = parts[0] ?? '';
    const blob = parts.slice(1).join('/');
    const q = url.searchParams;
    const perm = q.get('sp') ?? '';
    const se = q.get('se') ?? '';
    const ok = !!container &&
        !!blob &&
        sameSig(q.get('sig') ?? '', sign(secret, `${perm}\n${se}\n${container}\n${blob}`));
    if (!ok)
        throw new BlobError(403, 'AuthenticationFailed', 'signature does not match');
    if (!(Date.parse(se) > Date.now()))
        throw new BlobError(403, 'AuthenticationFailed', 'signed URL expired');
    const need = method === 'PUT' ? 'w' : 'r';
    if (!perm.includes(need))
        throw new BlobError(403, 'AuthorizationPermissionMismatch', `URL does not allow ${method}`);
    return { container, blob };
}
async function handleBlob(req, res, secret, blobs) {
    try {
        const url = new URL(req.url ?? '/', 'http://x');
        const { container, blob } = authorizeBlob(url, req.method ?? '', secret);
        const comp = url.searchParams.get('comp');
        const contentType = req.headers['x-ms-blob-content-type'];
        if (req.method === 'PUT' && comp === 'block') {
            await blobs.stageBlock(container, blob, url.searchParams.get('blockid') ?? '', req);
            res.writeHead(201, azureHeaders({ 'x-ms-request-server-encrypted': 'true' })).end();
        }
        else if (req.method === 'PUT' && comp === 'blocklist') {
            const xml = (await readBody(req, MAX_TWIRP_BODY)).toString('utf8');
            const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2]);
            const info = await blobs.commitBlocks(container, blob, ids, contentType);
            res
                .writeHead(201, azureHeaders({ etag: info.etag, 'last-modified': info.lastModified.toUTCString() }))
                .end();
        }
        else if (req.method === 'PUT' && !comp) {
            const info = await blobs.put(container, blob, req, contentType);
            res
                .writeHead(201, azureHeaders({ etag: info.etag, 'last-modified': info.lastModified.toUTCString() }))
                .end();
        }
        else if ((req.method === 'GET' || req.method === 'HEAD') && !comp) {
            await sendBlob(req, res, blobs, container, blob);
        }
        else {
            throw new BlobError(400, 'UnsupportedHttpVerb', `${req.method} comp=${comp ?? ''} is not supported here`);
        }
    }
    catch (e) {
        if (e instanceof BlobError)
            sendBlobError(res, e.status, e.code, e.message);
        else
            throw e;
    }
}
async function sendBlob(req, res, blobs, container, blob) {
    const info = await blobs.info(container, blob);
    const base = azureHeaders({
        etag: info.etag,
        'last-modified': info.lastModified.toUTCString(),
        'content-type': info.contentType,
        'accept-ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        'content-disposition': `attachment; filename="${blob.split('/').pop()}"`,
    });
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
    let start = 0;
    let end = info.size - 1;
    let status = 200;
    if (range) {
        start = Number(range[1]);
        end = range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
        if (start >= info.size && info.size > 0)
            throw new BlobError(416, 'InvalidRange', 'range not satisfiable');
        status = 206;
        base['content-range'] = `bytes ${start}-${end}/${info.size}`;
    }
    const length = Math.max(0, end - start + 1);
    res.writeHead(status, { ...base, 'content-length': length });
    if (req.method === 'HEAD' || length === 0) {
        res.end();
        return;
    }
    await (0,external_node_stream_promises_.pipeline)(blobs.read(container, blob, start, end), res);
}

;// CONCATENATED MODULE: ./src/rehearse/workflow.ts
/**
 * Reading a GitHub Actions workflow file for `distro rehearse`: YAML with line numbers, the keys a
 * workflow, a job and a step may have (anything else is an error naming it, as GitHub's own check
 * does), `needs` resolved to jobs that exist, and every `${{ }}` parsed up front so a typo is found
 * before the first job runs.
 */





const WORKFLOW_KEYS = [
    'name',
    'run-name',
    'on',
    'true',
    'permissions',
    'env',
    'defaults',
    'concurrency',
    'jobs',
];
const JOB_KEYS = [
    'name',
    'needs',
    'if',
    'runs-on',
    'permissions',
    'environment',
    'concurrency',
    'outputs',
    'env',
    'defaults',
    'steps',
    'timeout-minutes',
    'strategy',
    'continue-on-error',
    'container',
    'services',
];
const STEP_KEYS = [
    'id',
    'name',
    'if',
    'uses',
    'run',
    'with',
    'env',
    'shell',
    'working-directory',
    'continue-on-error',
    'timeout-minutes',
];
/** The contexts GitHub makes available at each place of a workflow. */
const CONTEXTS = {
    workflowEnv: ['github', 'secrets', 'inputs', 'vars'],
    jobIf: ['github', 'needs', 'vars', 'inputs'],
    strategy: ['github', 'needs', 'vars', 'inputs'],
    job: ['github', 'needs', 'strategy', 'matrix', 'secrets', 'vars', 'inputs'],
    jobOutputs: [
        'github',
        'needs',
        'strategy',
        'matrix',
        'job',
        'runner',
        'env',
        'vars',
        'secrets',
        'steps',
        'inputs',
    ],
    step: [
        'github',
        'needs',
        'strategy',
        'matrix',
        'job',
        'runner',
        'env',
        'vars',
        'secrets',
        'steps',
        'inputs',
    ],
};
class Reader {
    file;
    shown;
    lc = new dist/* LineCounter */.HN();
    doc;
    constructor(file, shown) {
        this.file = file;
        this.shown = shown;
    }
    lineOf(node) {
        return node?.range ? this.lc.linePos(node.range[0]).line : 1;
    }
    /** The line of the value (or key) at `p`. */
    lineAt(p) {
        for (let n = p.length; n > 0; n--) {
            const node = this.doc.getIn(p.slice(0, n), true);
            if (node && typeof node === 'object' && 'range' in node)
                return this.lineOf(node);
        }
        return 1;
    }
    fail(p, message) {
        const line = this.lineAt(p);
        throw new errors/* DistroError */.Yt(`${this.shown}:${line}: ${p.join('.')}: ${message}`, {
            file: this.file,
            line,
            key: p.join('.'),
        });
    }
}
function workflow_isObject(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
function checkKeys(r, p, obj, allowed) {
    for (const k of Object.keys(obj))
        if (!allowed.includes(k))
            r.fail([...p, k], `unknown key '${k}' (a ${p.length ? 'job or step' : 'workflow'} has: ${allowed.join(', ')}).`);
}
/** A map of scalars (env, with, outputs) as strings, the way the runner passes them. */
function stringMap(r, p, v) {
    if (v === undefined || v === null)
        return {};
    if (!workflow_isObject(v))
        r.fail(p, 'must be a map of names to values.');
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (x !== null && typeof x === 'object')
            r.fail([...p, k], 'must be a string, number or boolean.');
        out[k] = x === null ? '' : String(x);
    }
    return out;
}
function optString(r, p, v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'object')
        r.fail(p, 'must be a string.');
    return String(v);
}
function readDefaults(r, p, v) {
    if (v === undefined)
        return {};
    if (!workflow_isObject(v) || (v.run !== undefined && !workflow_isObject(v.run)))
        r.fail(p, "must be a map with 'run'.");
    const run = (v.run ?? {});
    checkKeys(r, [...p, 'run'], run, ['shell', 'working-directory']);
    return {
        shell: optString(r, [...p, 'run', 'shell'], run.shell),
        workingDirectory: optString(r, [...p, 'run', 'working-directory'], run['working-directory']),
    };
}
function readEvents(on) {
    if (typeof on === 'string')
        return [on];
    if (Array.isArray(on))
        return on.map(String);
    if (workflow_isObject(on))
        return Object.keys(on);
    return [];
}
function readStep(r, p, v, index) {
    if (!workflow_isObject(v))
        r.fail(p, "a step must be a map with 'run' or 'uses'.");
    checkKeys(r, p, v, STEP_KEYS);
    if ((v.run === undefined) === (v.uses === undefined))
        r.fail(p, "a step must have exactly one of 'run' and 'uses'.");
    if (v.with !== undefined && v.uses === undefined)
        r.fail([...p, 'with'], "only a 'uses' step takes 'with'.");
    const coe = v['continue-on-error'];
    return {
        index,
        id: optString(r, [...p, 'id'], v.id),
        name: optString(r, [...p, 'name'], v.name),
        if: v.if === undefined ? undefined : String(v.if),
        run: optString(r, [...p, 'run'], v.run),
        uses: optString(r, [...p, 'uses'], v.uses),
        with: stringMap(r, [...p, 'with'], v.with),
        withLines: Object.fromEntries(Object.keys(workflow_isObject(v.with) ? v.with : {}).map((k) => [k, r.lineAt([...p, 'with', k])])),
        env: stringMap(r, [...p, 'env'], v.env),
        shell: optString(r, [...p, 'shell'], v.shell),
        workingDirectory: optString(r, [...p, 'working-directory'], v['working-directory']),
        continueOnError: typeof coe === 'boolean' ? coe : coe === undefined ? false : String(coe),
        timeoutMinutes: typeof v['timeout-minutes'] === 'number' ? v['timeout-minutes'] : undefined,
        line: r.lineAt(p),
    };
}
function readJob(r, id, v) {
    const p = ['jobs', id];
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(id))
        r.fail(p, "a job id must start with a letter or '_' and hold only letters, digits, '-' and '_'.");
    if (!workflow_isObject(v))
        r.fail(p, 'a job must be a map.');
    checkKeys(r, p, v, JOB_KEYS);
    if (workflow_isObject(v) && typeof v.uses === 'string')
        r.fail([...p, 'uses'], 'reusable workflows are not rehearsed.');
    if (v.container !== undefined || v.services !== undefined)
        r.fail([...p, v.container !== undefined ? 'container' : 'services'], 'rehearse runs jobs without Docker, so it cannot start containers; remove it for the rehearsal.');
    const needs = v.needs === undefined ? [] : Array.isArray(v.needs) ? v.needs.map(String) : [String(v.needs)];
    if (!Array.isArray(v.steps) || v.steps.length === 0)
        r.fail([...p, 'steps'], 'a job needs a list of steps.');
    const strategy = v.strategy;
    if (strategy !== undefined && !workflow_isObject(strategy))
        r.fail([...p, 'strategy'], 'must be a map.');
    if (workflow_isObject(strategy))
        checkKeys(r, [...p, 'strategy'], strategy, ['matrix', 'fail-fast', 'max-parallel']);
    const coe = v['continue-on-error'];
    return {
        id,
        name: optString(r, [...p, 'name'], v.name),
        needs,
        if: v.if === undefined ? undefined : String(v.if),
        matrix: workflow_isObject(strategy) ? strategy.matrix : undefined,
        failFast: workflow_isObject(strategy) ? strategy['fail-fast'] !== false : true,
        matrixLine: r.lineAt([...p, 'strategy', 'matrix']),
        env: stringMap(r, [...p, 'env'], v.env),
        outputs: stringMap(r, [...p, 'outputs'], v.outputs),
        defaults: readDefaults(r, [...p, 'defaults'], v.defaults),
        continueOnError: typeof coe === 'boolean' ? coe : coe === undefined ? false : String(coe),
        steps: v.steps.map((s, i) => readStep(r, [...p, 'steps', i], s, i)),
        line: r.lineAt(p),
    };
}
/** Parses every `${{ }}` of `value` (and nested values) and checks the contexts it names. */
function checkExpressions(r, p, value, allowed, condition = false) {
    if (typeof value === 'string') {
        let node;
        try {
            node = condition
                ? [parseCondition(value)]
                : parseTemplate(value).flatMap((x) => (typeof x === 'string' ? [] : [x.node]));
        }
        catch (e) {
            r.fail(p, `cannot parse the expression in '${value.trim()}': ${(0,errors/* errorMessage */.gJ)(e)}.`);
        }
        for (const n of node) {
            for (const c of usedNames(n).contexts)
                if (!allowed.includes(c))
                    r.fail(p, `'${value.trim()}' names '${c}', which is not available here (available: ${allowed.join(', ')}).`);
        }
    }
    else if (Array.isArray(value))
        value.forEach((x, i) => checkExpressions(r, [...p, i], x, allowed));
    else if (workflow_isObject(value))
        for (const [k, x] of Object.entries(value))
            checkExpressions(r, [...p, k], x, allowed);
}
function checkJobExpressions(r, raw, job) {
    const p = ['jobs', job.id];
    if (job.if !== undefined)
        checkExpressions(r, [...p, 'if'], job.if, CONTEXTS.jobIf, true);
    checkExpressions(r, [...p, 'strategy'], raw.strategy, CONTEXTS.strategy);
    for (const k of ['name', 'env', 'runs-on', 'continue-on-error', 'defaults'])
        checkExpressions(r, [...p, k], raw[k], CONTEXTS.job);
    checkExpressions(r, [...p, 'outputs'], raw.outputs, CONTEXTS.jobOutputs);
    for (const s of job.steps) {
        const sp = [...p, 'steps', s.index];
        const rawStep = raw.steps[s.index];
        for (const [k, x] of Object.entries(rawStep))
            if (k === 'if')
                checkExpressions(r, [...sp, k], String(x), CONTEXTS.step, true);
            else if (k !== 'uses' && k !== 'id')
                checkExpressions(r, [...sp, k], x, CONTEXTS.step);
    }
}
/** `needs` naming jobs that exist, without cycles. */
function checkNeeds(r, jobs) {
    const ids = new Set(jobs.map((j) => j.id));
    for (const j of jobs)
        j.needs.forEach((n, i) => {
            if (!ids.has(n)) {
                const p = ['jobs', j.id, 'needs'];
                const line = r.lineAt((0,dist/* isSeq */.oP)(r.doc.getIn(p, true)) ? [...p, i] : p);
                throw new errors/* DistroError */.Yt(`${r.shown}:${line}: jobs.${j.id}.needs: '${n}' is not a job of this workflow (jobs: ${[...ids].join(', ')}); fix the name or add the job.`, { file: r.file, line, key: `jobs.${j.id}.needs` });
            }
        });
    const state = new Map();
    const byId = new Map(jobs.map((j) => [j.id, j]));
    const visit = (id, chain) => {
        if (state.get(id) === 'done')
            return;
        if (state.get(id) === 'visiting')
            r.fail(['jobs', id, 'needs'], `the jobs need each other in a cycle: ${[...chain, id].join(' → ')}.`);
        state.set(id, 'visiting');
        for (const n of byId.get(id).needs)
            visit(n, [...chain, id]);
        state.set(id, 'done');
    };
    jobs.forEach((j) => visit(j.id, []));
}
/** Parses and checks the workflow text. */
function parseWorkflow(text, file, shown = external_node_path_default().basename(file)) {
    const r = new Reader(file, shown);
    r.doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: r.lc, uniqueKeys: true, prettyErrors: true });
    if (r.doc.errors.length) {
        const e = r.doc.errors[0];
        const pos = e.linePos?.[0] ?? r.lc.linePos(e.pos[0]);
        const msg = e.message.split(/ at line \d+, column \d+/)[0].trim();
        throw new errors/* DistroError */.Yt(`${shown}:${pos.line}:${pos.col}: not valid YAML: ${msg}; fix the YAML syntax.`, {
            file,
            line: pos.line,
            col: pos.col,
        });
    }
    const raw = r.doc.toJS({ maxAliasCount: 100 });
    if (!workflow_isObject(raw))
        throw new errors/* DistroError */.Yt(`${shown}:1: a workflow must be a map with 'on' and 'jobs'.`, { file, line: 1 });
    checkKeys(r, [], raw, WORKFLOW_KEYS);
    const rawJobs = raw.jobs;
    if (!workflow_isObject(rawJobs) || Object.keys(rawJobs).length === 0)
        r.fail(['jobs'], 'a workflow needs at least one job.');
    const jobs = Object.entries(rawJobs).map(([id, v]) => readJob(r, id, v));
    checkNeeds(r, jobs);
    checkExpressions(r, ['env'], raw.env, CONTEXTS.workflowEnv);
    for (const j of jobs)
        checkJobExpressions(r, raw.jobs[j.id], j);
    // `on: …` parses as the key true in YAML 1.1 readers; this one reads 1.2, where it stays 'on'.
    return {
        file,
        shown,
        name: optString(r, ['name'], raw.name) ?? shown,
        events: readEvents(raw.on ?? raw.true),
        env: stringMap(r, ['env'], raw.env),
        defaults: readDefaults(r, ['defaults'], raw.defaults),
        jobs,
    };
}
async function loadWorkflow(file, shown) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* DistroError */.Yt(`${shown}: cannot read the workflow (${(0,errors/* errorMessage */.gJ)(e)}).`, { file, usage: true });
    }
    return parseWorkflow(text, file, shown);
}

;// CONCATENATED MODULE: ./src/rehearse/cli.ts
/**
 * `distro rehearse <workflow.yml> [flags]`: flags → the github context, secrets and stand-ins →
 * a Rehearsal; prints one line per job (`job <name> <result> <artifacts>`). Exit 0 when no job
 * failed, 1 when one did, 2 for bad usage or a workflow that cannot run (checked before any job).
 */











const REHEARSE_HELP = `Usage: distro rehearse <workflow.yml> [flags]

Run a GitHub Actions workflow on this machine, without Docker: jobs in 'needs' order, each matrix
leg in a fresh workspace (actions/checkout copies this working tree), run: steps through bash, this
collection's actions through their bundles as the runner starts them, artifacts handed between jobs.
  -C, --working-directory DIR   the repository to rehearse (default: the current one)
      --ref REF                 github.ref (default: the current branch; refs/tags/v1.2.3 for a release)
      --sha SHA                 github.sha (default: the commit of --ref, else HEAD)
      --repository OWNER/NAME   github.repository (default: from the origin remote)
      --event NAME              github.event_name (default: the workflow's first 'on' event)
      --event-path FILE         the event payload (JSON) for github.event
      --run-id N                github.run_id (default: from the clock)
      --actor NAME              github.actor (default: $USER)
      --secret NAME             a secret, read from the environment variable NAME (repeatable)
      --secret-file FILE        secrets as NAME=VALUE lines, or NAME<<EOF … EOF for multi-line values
                                (a secret the workflow names and no flag gives is read from the environment)
      --var NAME=VALUE          vars.NAME (repeatable)
      --input NAME=VALUE        inputs.NAME, for workflow_dispatch (repeatable)
      --env NAME=VALUE          an extra variable for every step (repeatable; e.g. SOURCE_DATE_EPOCH)
      --matrix KEY=VALUE        run only the matrix legs whose KEY is VALUE (repeatable: any of the values)
      --remote DIR              a bare git repository that stands in for the GitHub repository
                                (publish-repo's repo-branch pushes there; made from this one when missing)
      --github-api-url URL      REST API for the GitHub release (a server of your own; default: not made)
      --artifacts-dir DIR       hand artifacts between jobs through this local store directory instead of
                                the local server speaking GitHub's artifact protocol (the default)
      --workdir DIR             keep job workspaces, step files and summaries here (default: a temporary one)
      --keep                    keep the temporary work directory
  -q, --quiet                   only warnings, errors and the result
  -h, --help                    this help

Stood in for: sudo and apt-get in run: steps (packages are checked, never installed), Sigstore and provenance (no OIDC token here: turned off with a warning unless
--env SIGSTORE_ID_TOKEN=… is given), the GitHub release (only with --github-api-url), the
repository's branches (--remote), uses: of other actions (skipped with a warning).`;
const OPTIONS = {
    'working-directory': { type: 'string', short: 'C' },
    ref: { type: 'string' },
    sha: { type: 'string' },
    repository: { type: 'string' },
    event: { type: 'string' },
    'event-path': { type: 'string' },
    'run-id': { type: 'string' },
    actor: { type: 'string' },
    secret: { type: 'string', multiple: true },
    'secret-file': { type: 'string' },
    var: { type: 'string', multiple: true },
    input: { type: 'string', multiple: true },
    env: { type: 'string', multiple: true },
    matrix: { type: 'string', multiple: true },
    remote: { type: 'string' },
    'github-api-url': { type: 'string' },
    'artifacts-dir': { type: 'string' },
    workdir: { type: 'string' },
    keep: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
};
/** `NAME=VALUE` flags to a map; `flag` names the flag in the error. */
function pairs(list, flag) {
    const out = {};
    for (const item of list ?? []) {
        const eq = item.indexOf('=');
        if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(item.slice(0, eq)))
            throw new errors/* DistroError */.Yt(`${flag} '${item}': give NAME=VALUE.`, { usage: true, key: flag });
        out[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return out;
}
/**
 * `--secret NAME`: the value from the environment. Never from the command line, where it would
 * show in `ps` and the shell's history.
 */
function secretsFromEnv(names, env) {
    const out = {};
    for (const name of names ?? []) {
        if (name.includes('='))
            throw new errors/* DistroError */.Yt(`--secret ${name.slice(0, name.indexOf('='))}=…: a secret's value is never taken from the command line (ps and the shell history would show it); export ${name.slice(0, name.indexOf('='))} and give --secret ${name.slice(0, name.indexOf('='))}, or put it in --secret-file.`, { usage: true, key: '--secret' });
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw new errors/* DistroError */.Yt(`--secret '${name}': give the name of an environment variable.`, {
                usage: true,
                key: '--secret',
            });
        const v = env[name];
        if (v === undefined)
            throw new errors/* DistroError */.Yt(`--secret ${name}: the environment has no ${name}; export it, or put it in --secret-file.`, {
                usage: true,
                key: '--secret',
            });
        out[name] = v;
    }
    return out;
}
async function readSecretFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* DistroError */.Yt(`--secret-file ${file}: cannot read it (${(0,errors/* errorMessage */.gJ)(e)}).`, {
            usage: true,
            key: '--secret-file',
        });
    }
    const lines = text.split(/\r?\n/);
    const kept = [];
    let inBlock;
    for (const l of lines) {
        if (inBlock !== undefined) {
            kept.push(l);
            if (l === inBlock)
                inBlock = undefined;
        }
        else if (l.trim() && !l.trimStart().startsWith('#')) {
            kept.push(l.trim());
            const m = /<<(.+)$/.exec(l.trim());
            if (m && !l.slice(0, l.indexOf('<<')).includes('='))
                inBlock = m[1];
        }
    }
    try {
        return parseFileCommands(kept.join('\n'), file);
    }
    catch (e) {
        throw new errors/* DistroError */.Yt(`--secret-file ${(0,errors/* errorMessage */.gJ)(e)}.`, { usage: true, key: '--secret-file' });
    }
}
function matrixFilter(list) {
    const out = {};
    for (const item of list ?? []) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new errors/* DistroError */.Yt(`--matrix '${item}': give KEY=VALUE.`, { usage: true, key: '--matrix' });
        (out[item.slice(0, eq)] ??= []).push(item.slice(eq + 1));
    }
    return out;
}
/** Secret names the workflow mentions (`secrets.NAME`, `secrets['NAME']`). */
function secretNames(text) {
    const names = new Set();
    for (const m of text.matchAll(/secrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*'([^']+)'\s*\])/gi))
        names.add((m[1] ?? m[2]));
    return [...names];
}
async function defaults(tree, v, wf, env, token) {
    const isGit = await isGitTree(tree);
    const q = (args) => (isGit ? git(args, tree).catch(() => '') : Promise.resolve(''));
    let ref = v.ref;
    if (!ref) {
        const branch = await q(['symbolic-ref', '-q', '--short', 'HEAD']);
        const tag = branch ? '' : (await q(['tag', '--points-at', 'HEAD'])).split('\n')[0];
        ref = branch ? `refs/heads/${branch}` : tag ? `refs/tags/${tag}` : 'refs/heads/main';
    }
    const sha = v.sha ||
        (await q(['rev-parse', '-q', '--verify', `${ref}^{commit}`])) ||
        (await q(['rev-parse', 'HEAD'])) ||
        '0'.repeat(40);
    let repository = v.repository;
    if (!repository) {
        const url = await q(['remote', 'get-url', 'origin']);
        const m = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
        repository = m ? `${m[1]}/${m[2]}` : `local/${external_node_path_default().basename(tree)}`;
    }
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        throw new errors/* DistroError */.Yt(`--repository '${repository}': give it as OWNER/NAME.`, {
            usage: true,
            key: '--repository',
        });
    const eventName = v.event || wf.events[0] || 'push';
    let event;
    if (v['event-path']) {
        try {
            event = JSON.parse(await (0,promises_.readFile)(external_node_path_default().resolve(String(v['event-path'])), 'utf8'));
        }
        catch (e) {
            throw new errors/* DistroError */.Yt(`--event-path ${String(v['event-path'])}: not a JSON event payload (${(0,errors/* errorMessage */.gJ)(e)}).`, { usage: true, key: '--event-path' });
        }
    }
    else if (eventName === 'pull_request' || eventName === 'pull_request_target')
        event = {
            number: 1,
            pull_request: {
                number: 1,
                head: { ref: ref.replace(/^refs\/heads\//, ''), sha },
                base: { ref: 'main' },
            },
        };
    else
        event = eventName === 'push' ? { ref, after: sha } : {};
    const runId = v['run-id'] ?? String(Math.floor(Date.now() / 1000));
    if (!/^\d+$/.test(runId))
        throw new errors/* DistroError */.Yt(`--run-id '${runId}': give a number.`, { usage: true, key: '--run-id' });
    return {
        ref,
        sha,
        repository,
        eventName,
        event,
        runId,
        runNumber: '1',
        actor: v.actor || env.USER || 'rehearsal',
        serverUrl: 'https://github.com',
        token,
    };
}
const HOST_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'TERM', 'SHELL'];
async function rehearseCli(args, io, makeLog) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, strict: true, allowPositionals: true }));
    }
    catch (e) {
        io.err(`distro rehearse: ${(0,errors/* errorMessage */.gJ)(e)}. See 'distro rehearse --help'.`);
        return 2;
    }
    if (values.help) {
        io.out(REHEARSE_HELP);
        return 0;
    }
    if (positionals.length !== 1) {
        io.err(`distro rehearse: give one workflow file (distro rehearse .github/workflows/release.yml). See 'distro rehearse --help'.`);
        return 2;
    }
    const log = makeLog(!!values.quiet);
    let workdir;
    let temporary = false;
    let stop;
    try {
        const treeArg = external_node_path_default().resolve(io.cwd, String(values['working-directory'] ?? '.'));
        const tree = (await isGitTree(treeArg))
            ? treeArg
            : await git(['rev-parse', '--show-toplevel'], treeArg).catch(() => treeArg);
        const wfFile = external_node_path_default().resolve(io.cwd, positionals[0]);
        const wf = await loadWorkflow(wfFile, positionals[0]);
        const collectionRoot = findCollectionRoot(external_node_path_default().dirname(new URL(import.meta.url).pathname));
        const legFilter = matrixFilter(values.matrix);
        precheck(wf, collectionRoot, legFilter);
        const explicit = {
            ...(values['secret-file']
                ? await readSecretFile(external_node_path_default().resolve(io.cwd, String(values['secret-file'])))
                : {}),
            ...secretsFromEnv(values.secret, io.env),
        };
        const secrets = { ...explicit };
        const wfText = await (0,promises_.readFile)(wfFile, 'utf8');
        for (const n of secretNames(wfText))
            if (!(n in secrets) && n !== 'GITHUB_TOKEN') {
                if (io.env[n] !== undefined)
                    secrets[n] = io.env[n];
                else
                    log.warn(`secrets.${n} is not given (--secret, --secret-file or the environment); it is empty in this rehearsal.`);
            }
        const token = explicit.GITHUB_TOKEN ?? io.env.GITHUB_TOKEN ?? 'rehearsal-token';
        const github = await defaults(tree, values, wf, io.env, token);
        const baseEnv = {};
        for (const k of HOST_ENV)
            if (io.env[k] !== undefined)
                baseEnv[k] = io.env[k];
        Object.assign(baseEnv, pairs(values.env, '--env'));
        if (values.workdir)
            workdir = external_node_path_default().resolve(io.cwd, String(values.workdir));
        else {
            workdir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'distro-rehearse-'));
            temporary = !values.keep;
        }
        const artifacts = await artifactBackend(values['artifacts-dir'] ? external_node_path_default().resolve(io.cwd, String(values['artifacts-dir'])) : undefined, workdir, github.runId);
        stop = artifacts.close;
        const remote = await standInRemote(tree, values.remote ? external_node_path_default().resolve(io.cwd, String(values.remote)) : external_node_path_default().join(workdir, 'remote.git'));
        const masker = new Masker();
        log.info(`rehearsing ${wf.shown} (${wf.jobs.length} job(s)) at ${github.ref} ${github.sha.slice(0, 12)} as ${github.repository}, event ${github.eventName}, in ${workdir}`);
        const reports = await new Rehearsal({
            workflow: wf,
            tree,
            collectionRoot,
            github,
            secrets,
            vars: pairs(values.var, '--var'),
            inputs: pairs(values.input, '--input'),
            baseEnv,
            workdir,
            artifacts,
            remote,
            githubApiUrl: values['github-api-url'],
            log,
            masker,
            matrixFilter: legFilter,
        }).run();
        for (const r of reports)
            io.out(masker.mask(`job\t${r.name}\t${r.result}\t${r.artifacts.join(',')}${r.error ? `\t${r.error.split('\n')[0]}` : ''}`));
        if (remote && values.remote)
            io.out(`remote\t${remote}`);
        return reports.some((r) => r.result === 'failure') ? 1 : 0;
    }
    catch (e) {
        if (e instanceof errors/* DistroError */.Yt) {
            io.err(`distro rehearse: error: ${e.message}`);
            return 2;
        }
        io.err(`distro rehearse: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return 1;
    }
    finally {
        await stop?.();
        if (temporary && workdir)
            await (0,promises_.rm)(workdir, { recursive: true, force: true });
    }
}
/**
 * How jobs hand files to each other: by default a local server speaking GitHub's artifact protocol
 * (one run id for the rehearsal, one token per job leg), so the collection's bundles use the real
 * @actions/artifact client as on GitHub; with --artifacts-dir, the local store of DESIGN contract 2.
 */
async function artifactBackend(localDir, workdir, runId) {
    if (localDir)
        return {
            envFor: () => ({ DISTRO_ARTIFACTS_DIR: localDir }),
            close: async () => { },
        };
    const server = await startResultsServer({ dir: external_node_path_default().join(workdir, 'results') });
    return {
        envFor: (job) => ({
            ACTIONS_RUNTIME_TOKEN: server.token({ runId, job }),
            ACTIONS_RESULTS_URL: `${server.url}/`,
        }),
        close: () => server.close(),
    };
}
/** A bare repository standing in for the GitHub one: made from the working tree when missing. */
async function standInRemote(tree, dir) {
    if (!(await isGitTree(tree)))
        return undefined;
    if (await (0,promises_.stat)(dir).then(() => true, () => false))
        return dir;
    await git(['clone', '-q', '--bare', '--no-local', tree, dir], tree);
    return dir;
}


/***/ })

};
