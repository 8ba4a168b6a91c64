export const id = 9205;
export const ids = [9205];
export const modules = {

/***/ 1053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readPkgFile)
/* harmony export */ });
/* unused harmony export parsePkgInfo */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/**
 * One read of an Arch Linux package (for the pacman repository and the SBOM): the file's size, MD5 and SHA-256, its
 * `.PKGINFO` fields and its file list (the tar entries not starting with `.`, as repo-add lists
 * them with `bsdtar --exclude='^.*' -tf | LC_ALL=C sort -u`). The bytes are hashed and unpacked in
 * the same pass; the payload is skipped, never held.
 */







/** `.PKGINFO` lines `key = value` (comments skipped), whitespace runs as one space (repo-add). */
function parsePkgInfo(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        if (!line || line.startsWith('#'))
            continue;
        const m = /^(\S+?)\s*=\s*(.*)$/.exec(line);
        if (!m)
            continue;
        const list = out.get(m[1]) ?? [];
        list.push(m[2].replace(/\s+/g, ' '));
        out.set(m[1], list);
    }
    return out;
}
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
async function readPkgFile(file) {
    const md5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    let pkginfo;
    const names = new Set();
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_5__.extract();
    extract.on('entry', (header, stream, next) => {
        const name = header.name.replace(/^\.\//, '');
        const chunks = [];
        if (name === '.PKGINFO')
            stream.on('data', (c) => chunks.push(c));
        else
            stream.resume();
        stream.on('end', () => {
            if (name === '.PKGINFO')
                pkginfo = Buffer.concat(chunks).toString('utf8');
            else if (name && !name.startsWith('.'))
                names.add(header.type === 'directory' && !name.endsWith('/') ? `${name}/` : name);
            next();
        });
    });
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_2__.PassThrough();
    tap.on('data', (c) => {
        md5.update(c);
        sha.update(c);
        size += c.length;
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), tap, node_zlib__WEBPACK_IMPORTED_MODULE_4___default().createZstdDecompress(), extract);
    }
    catch (err) {
        if (/^E[A-Z]+$/.test(err.code ?? ''))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .withPath */ .iD)(err, file);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`archlinux: ${file} is not a zstd-compressed Arch Linux package (${err.message}); publish the .pkg.tar.zst that package-format wrote.`, { key: 'archlinux', file });
    }
    if (pkginfo === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`archlinux: ${file} has no .PKGINFO, so it is not an Arch Linux package.`, {
            key: 'archlinux',
            file,
        });
    return {
        size,
        md5: md5.digest('hex'),
        sha256: sha.digest('hex'),
        info: parsePkgInfo(pkginfo),
        files: [...names].sort(byteOrder),
    };
}


/***/ }),

/***/ 19205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preparePacman: () => (/* binding */ preparePacman)
});

// UNUSED EXPORTS: pacmanSnippet, publishPacman

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/repos/verify.ts
var verify = __webpack_require__(36836);
// EXTERNAL MODULE: ./src/repos/yum/vercmp.ts
var vercmp = __webpack_require__(27784);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/repos/pacman/db.ts
/**
 * The two pacman sync databases as repo-add writes them: `<repo>.db.tar.gz` holds a directory
 * `<name>-<[epoch:]ver-rel>/` per package with its `desc`; `<repo>.files.tar.gz` the same plus a
 * `files` list. `desc` is `%FIELD%` blocks in repo-add's order (db_write_entry), each value on its
 * own line and a blank line after each block; empty fields are left out.
 *
 * Reproducible: directories sorted by name (byte order), every entry owned by 0/0 root, modes 755
 * and 644, mtime `now`; gzip with MTIME 0 and OS byte 3 (as `gzip -n`).
 */




function block(field, values) {
    const v = values.filter((x) => x !== undefined && x !== '');
    return v.length ? `%${field}%\n${v.join('\n')}\n\n` : '';
}
/** The `desc` of a package file, as repo-add writes it from its .PKGINFO. */
function descText(fileName, pkg, pgpsig) {
    const one = (k) => pkg.info.get(k)?.[0];
    const all = (k) => pkg.info.get(k) ?? [];
    return [
        block('FILENAME', [fileName]),
        block('NAME', [one('pkgname')]),
        block('BASE', [one('pkgbase')]),
        block('VERSION', [one('pkgver')]),
        block('DESC', [one('pkgdesc')]),
        block('GROUPS', all('group')),
        block('CSIZE', [String(pkg.size)]),
        block('ISIZE', [one('size')]),
        block('MD5SUM', [pkg.md5]),
        block('SHA256SUM', [pkg.sha256]),
        block('PGPSIG', [pgpsig ? Buffer.from(pgpsig).toString('base64') : undefined]),
        block('URL', [one('url')]),
        block('LICENSE', all('license')),
        block('ARCH', [one('arch')]),
        block('BUILDDATE', [one('builddate')]),
        block('PACKAGER', [one('packager')]),
        block('REPLACES', all('replaces')),
        block('CONFLICTS', all('conflict')),
        block('PROVIDES', all('provides')),
        block('DEPENDS', all('depend')),
        block('OPTDEPENDS', all('optdepend')),
        block('MAKEDEPENDS', all('makedepend')),
        block('CHECKDEPENDS', all('checkdepend')),
    ].join('');
}
/** The `files` list of a package. */
function filesText(pkg) {
    return `%FILES%\n${pkg.files.map((f) => `${f}\n`).join('')}`;
}
/** One field of a `desc` (the first value), or undefined. */
function descField(desc, field) {
    const m = new RegExp(`(?:^|\\n)%${field}%\\n([^\\n]*)`).exec(desc);
    return m?.[1];
}
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
/** A database archive of `entries` (with `files` for the files database), gzip'd. */
async function writeDb(entries, withFiles, mtime) {
    const pack = tar_stream.pack();
    const chunks = [];
    pack.on('data', (c) => chunks.push(c));
    const done = new Promise((resolve, reject) => {
        pack.on('end', resolve);
        pack.on('error', reject);
    });
    const common = { uid: 0, gid: 0, uname: 'root', gname: 'root', mtime: new Date(mtime * 1000) };
    for (const e of [...entries].sort((a, b) => byteOrder(a.dir, b.dir))) {
        pack.entry({ ...common, name: `${e.dir}/`, type: 'directory', mode: 0o755 });
        pack.entry({ ...common, name: `${e.dir}/desc`, mode: 0o644 }, e.desc);
        if (withFiles)
            pack.entry({ ...common, name: `${e.dir}/files`, mode: 0o644 }, e.files);
    }
    pack.finalize();
    await done;
    const gz = external_node_zlib_default().gzipSync(Buffer.concat(chunks), { level: 6 });
    gz[9] = 3;
    return gz;
}
/** The entries of a files database (`desc` and `files` of each package directory). */
async function readFilesDb(data, shown) {
    const byDir = new Map();
    const extract = tar_stream.extract();
    const parsed = new Promise((resolve, reject) => {
        extract.on('entry', (header, stream, next) => {
            const parts = [];
            stream.on('data', (c) => parts.push(c));
            stream.on('end', () => {
                const m = /^([^/]+)\/(desc|files)$/.exec(header.name);
                if (m) {
                    const e = byDir.get(m[1]) ?? { dir: m[1], desc: '', files: '' };
                    e[m[2]] = Buffer.concat(parts).toString('utf8');
                    byDir.set(m[1], e);
                }
                next();
            });
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
    });
    try {
        extract.end((0,external_node_zlib_.gunzipSync)(data));
        await parsed;
    }
    catch (err) {
        throw new errors/* DistroError */.Yt(`archlinux: ${shown} is not a pacman database this publisher can read (${err.message}); restore it from a backup, or publish into an empty channel.`, { key: 'archlinux', file: shown });
    }
    const entries = [...byDir.values()];
    const broken = entries.find((e) => !descField(e.desc, 'FILENAME') || !descField(e.desc, 'NAME'));
    if (broken)
        throw new errors/* DistroError */.Yt(`archlinux: ${shown}: the entry '${broken.dir}' has no %FILENAME% or %NAME%; restore the database from a backup, or publish into an empty channel.`, { key: 'archlinux', file: shown });
    return entries;
}

// EXTERNAL MODULE: ./src/formats/archlinux/read.ts
var archlinux_read = __webpack_require__(1053);
;// CONCATENATED MODULE: ./src/repos/pacman/index.ts
/**
 * A pacman (Arch Linux) repository on a local directory, published incrementally and atomically.
 *
 * Layout under `root` (publish-repo's `archlinux/`): `<channel>/<arch>/` per architecture, holding
 * the packages under their own names with their detached signatures (`.pkg.tar.zst.sig`), and the
 * databases as repo-add writes them: `<repo>.db.tar.gz` and `<repo>.files.tar.gz` (db.ts), with
 * `<repo>.db` and `<repo>.files` beside them as copies (repo-add makes symlinks; GitHub Pages does
 * not serve those) and a `.sig` for each when a key is given. The public key is `<repo>.asc` at the
 * root. An `any` package goes into every architecture of the channel (x86_64 when there is none).
 *
 * A database lists one version per package name, the newest (pacman installs what the db names);
 * the files of older versions stay beside it, `keep` of them per name, for `pacman -U` downgrades.
 *
 * Incremental: the existing `<repo>.files.tar.gz` (which holds every `desc` too) is read once; only
 * new package files are read (one streamed pass each, pkgfile.ts). A promotion copies files and
 * their `desc` from the other channel without reading them. Retracting the version a database
 * lists reads the newest remaining file of that name, the only case where an older file is read.
 *
 * Atomic: packages and their signatures are placed first; then every database file is written
 * under a temporary name and renamed in turn, `<repo>.db` and `<repo>.db.sig` last (what pacman
 * fetches), one right after the other. A run stopped between those two renames leaves a pair
 * pacman refuses, never a wrong one: the next run checks the signature (verify.ts) and writes the
 * pair again. Package files no database names are removed only after the databases moved.
 */









const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const PKG_FILE = /^(.+)-([^-]+)-([^-]+)-([^-]+)\.pkg\.tar\.(zst|xz|gz)$/;
const ARCHES = ['x86_64', 'aarch64', 'armv7h', 'riscv64', 'i686'];
function fail(key, message) {
    throw new errors/* DistroError */.Yt(message, { key });
}
function parseFileName(file) {
    const m = PKG_FILE.exec(file);
    return m ? { file, name: m[1], version: `${m[2]}-${m[3]}`, arch: m[4] } : undefined;
}
function evr(version) {
    const m = /^(?:(\d+):)?(.*)-([^-]*)$/.exec(version);
    return { epoch: m?.[1] ?? '0', version: m?.[2] ?? version, release: m?.[3] ?? '' };
}
const newestFirst = (a, b) => (0,vercmp/* compareEvr */.z)(evr(b.version), evr(a.version));
function matches(p, ref) {
    if (p.name !== ref.name)
        return false;
    const e = evr(p.version);
    return (ref.version === p.version || ref.version === e.version || ref.version === `${e.version}-${e.release}`);
}
function validate(o) {
    const channel = o.channel ?? 'stable';
    if (!SAFE_NAME.test(channel))
        fail('channel', `input 'channel': '${channel}' is not a channel name.`);
    if (!SAFE_NAME.test(o.name) || o.name === 'local')
        fail('name', `config 'name': '${o.name}' cannot name a pacman repository; use letters, digits and . _ + - (and not 'local').`);
    if (!/^(https?|file):\/\/\S+$/.test(o.baseUrl))
        fail('base-url', `input 'base-url': '${o.baseUrl}' is not an http(s) URL.`);
    if (!o.signer && !o.unsigned)
        fail('gpg-private-key', "input 'gpg-private-key': a pacman repository is signed (packages and databases, for SigLevel = Required) and none was given; set gpg-private-key, or opt into an unsigned repository with `unsigned: true`.");
    if (o.keep !== undefined && !(Number.isInteger(o.keep) && o.keep >= 1))
        fail('keep', `input 'keep': ${String(o.keep)} is not a whole number of versions to keep (1 or more).`);
    if (o.promote && (!SAFE_NAME.test(o.promote.from) || o.promote.from === channel))
        fail('promote', `promote: '${o.promote.from}' is not another channel to promote from.`);
    return channel;
}
async function readArchDir(dir, arch, name, signer) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const files = names.map(parseFileName).filter((p) => !!p);
    const filesDb = external_node_path_default().join(dir, `${name}.files.tar.gz`);
    const data = await (0,promises_.readFile)(filesDb).catch(() => undefined);
    if (!data && names.includes(`${name}.db.tar.gz`))
        fail('archlinux', `archlinux: ${dir} has ${name}.db.tar.gz but no ${name}.files.tar.gz; it was not written by repo-add or this publisher. Run repo-add --files-only… or publish into an empty channel.`);
    const entries = new Map();
    for (const e of data ? await readFilesDb(data, filesDb) : [])
        entries.set(descField(e.desc, 'NAME'), e);
    let sound = true;
    if (data) {
        const db = await (0,promises_.readFile)(external_node_path_default().join(dir, `${name}.db`)).catch(() => undefined);
        const sig = await (0,promises_.readFile)(external_node_path_default().join(dir, `${name}.db.sig`)).catch(() => undefined);
        sound = signer
            ? !!db && !!sig && (await (0,verify/* verifiesDetached */.A)(signer.publicKeyArmored, db, signer.armor(sig)))
            : !!db && !sig;
    }
    return { arch, dir, entries, files, sound, existed: !!data };
}
async function readIncoming(file) {
    const read = await (0,archlinux_read/* readPkgFile */.T)(file);
    const one = (k) => read.info.get(k)?.[0] ?? '';
    const ref = { name: one('pkgname'), version: one('pkgver'), arch: one('arch') };
    if (!ref.name || !ref.version || !ref.arch)
        fail('archlinux', `archlinux: ${file}: its .PKGINFO has no pkgname, pkgver or arch.`);
    if (ref.arch !== 'any' && !ARCHES.includes(ref.arch))
        fail('archlinux', `archlinux: ${file} is for '${ref.arch}', which has no directory here (${ARCHES.join(', ')}, any).`);
    const base = `${ref.name}-${ref.version}-${ref.arch}.pkg.tar.zst`;
    if (!SAFE_NAME.test(base.replace(/:/g, '_')))
        fail('archlinux', `archlinux: ${file}: '${base}' cannot be a file name in the repository.`);
    return { ...ref, file: base, from: file, read };
}
/** The pacman.conf section and the set-up commands (every word quoted). */
function pacmanSnippet(o) {
    const conf = [
        `[${o.name}]`,
        `SigLevel = ${o.fingerprint ? 'Required' : 'Optional TrustAll'}`,
        `Server = ${o.baseUrl}/${o.channel}/$arch`,
        '',
    ].join('\n');
    const key = o.fingerprint
        ? `curl -fsSL ${(0,exec/* formatCommand */.fE)([`${o.baseUrl}/${o.name}.asc`])} | ${(0,exec/* formatCommand */.fE)(['sudo', 'pacman-key', '--add', '-'])} && ${(0,exec/* formatCommand */.fE)(['sudo', 'pacman-key', '--lsign-key', o.fingerprint])} && `
        : '';
    const install = `${key}${(0,exec/* formatCommand */.fE)(['sudo', 'pacman', '-Syu', o.name])}`;
    return { conf, install };
}
async function publishPacman(o) {
    return (await preparePacman(o)).commit();
}
/** Every check (options, databases, new packages, promotions) before anything is written. */
async function preparePacman(o) {
    const channel = validate(o);
    const root = external_node_path_default().resolve(o.root);
    const channelDir = external_node_path_default().join(root, channel);
    const now = o.now ?? Math.floor(Date.now() / 1000);
    const incoming = [];
    for (const f of [...new Set((o.packages ?? []).map((p) => external_node_path_default().resolve(p)))])
        incoming.push(await readIncoming(f));
    if (o.promote)
        incoming.push(...(await promoted(root, o.promote.from, o.promote.packages, o.name)));
    const present = (await (0,promises_.readdir)(channelDir).catch(() => [])).filter((a) => ARCHES.includes(a));
    const concrete = [
        ...new Set([...present, ...incoming.map((p) => p.arch).filter((a) => a !== 'any')]),
    ].sort();
    const arches = concrete.length ? concrete : ['x86_64'];
    const dirs = await Promise.all(arches.map((a) => readArchDir(external_node_path_default().join(channelDir, a), a, o.name, o.signer)));
    const plans = [];
    for (const d of dirs)
        plans.push(await planArch(d, incoming, o));
    const changed = plans.some((p) => p.changed);
    return {
        commit: async () => {
            const snippet = pacmanSnippet({
                name: o.name,
                channel,
                baseUrl: o.baseUrl.replace(/\/+$/, ''),
                fingerprint: o.signer?.fingerprint,
            });
            const keyFilePath = o.signer ? external_node_path_default().join(root, `${o.name}.asc`) : undefined;
            if (o.signer)
                await writeIfChanged(keyFilePath, o.signer.publicKeyArmored);
            await writeIfChanged(external_node_path_default().join(channelDir, `${o.name}.conf`), snippet.conf);
            for (const p of plans)
                if (p.changed)
                    await commitArch(p, o, now);
            const list = (k) => plans.flatMap((p) => p[k].map((r) => `${r.name} ${r.version} ${p.dir.arch}`)).sort();
            return {
                channelDir,
                changed,
                added: list('added'),
                removed: list('removed'),
                pacmanConf: snippet.conf,
                install: snippet.install,
                ...(keyFilePath ? { keyFilePath } : {}),
            };
        },
    };
}
async function writeIfChanged(file, text) {
    const have = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (have !== text)
        await (0,atomic/* writeAtomic */.vZ)(file, text);
}
/** The packages `refs` name in channel `from`, with their files and desc (nothing re-read). */
async function promoted(root, from, refs, name) {
    const out = [];
    const arches = (await (0,promises_.readdir)(external_node_path_default().join(root, from)).catch(() => [])).filter((a) => ARCHES.includes(a));
    if (!arches.length)
        fail('promote', `promote: channel '${from}' has no pacman repository under ${root}; publish to it first.`);
    for (const ref of refs) {
        let found = false;
        for (const arch of arches) {
            const dir = external_node_path_default().join(root, from, arch);
            const d = await readArchDir(dir, arch, name);
            for (const f of d.files.filter((x) => matches(x, ref))) {
                found = true;
                const entry = d.entries.get(f.name);
                const listed = entry && descField(entry.desc, 'FILENAME') === f.file ? entry : undefined;
                const sig = external_node_path_default().join(dir, `${f.file}.sig`);
                const hasSig = await (0,promises_.readFile)(sig).then(() => true, () => false);
                out.push({
                    ...f,
                    from: external_node_path_default().join(dir, f.file),
                    ...(hasSig ? { sigFrom: sig } : {}),
                    ...(listed ? { entry: listed } : {}),
                });
            }
        }
        if (!found)
            fail('promote', `promote: ${ref.name} ${ref.version} is not in channel '${from}'; name a version published there.`);
    }
    // an `any` package sits in every architecture of the other channel: take it once
    return [...new Map(out.map((p) => [p.file, p])).values()];
}
/** What one architecture directory becomes. Checks conflicts; reads only what it must. */
async function planArch(d, incoming, o) {
    const files = new Map(d.files.map((f) => [f.file, f]));
    const place = [];
    for (const p of incoming.filter((x) => x.arch === d.arch || x.arch === 'any')) {
        const have = files.get(p.file);
        if (have) {
            const listed = d.entries.get(p.name);
            const sha = listed && descField(listed.desc, 'FILENAME') === p.file
                ? descField(listed.desc, 'SHA256SUM')
                : undefined;
            const theirs = p.entry ? descField(p.entry.desc, 'SHA256SUM') : p.read?.sha256;
            if (sha && theirs && sha !== theirs)
                fail('archlinux', `archlinux: ${p.from} is ${p.name} ${p.version}, but ${external_node_path_default().join(d.dir, p.file)} has other content (sha256 ${sha}); a published version never changes: raise the version or pkgrel, or retract the old one first.`);
            continue;
        }
        files.set(p.file, p);
        place.push(p);
    }
    const removed = [];
    const drop = (f) => {
        files.delete(f.file);
        removed.push(f);
    };
    for (const ref of o.retract ?? [])
        for (const f of [...files.values()].filter((x) => matches(x, ref)))
            drop(f);
    const byName = new Map();
    for (const f of files.values())
        byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
    for (const list of byName.values()) {
        list.sort(newestFirst);
        if (o.keep !== undefined)
            for (const f of list.splice(o.keep))
                drop(f);
    }
    // each name's database entry: its newest file
    const entries = new Map();
    for (const [name, list] of byName) {
        const newest = list[0];
        if (!newest)
            continue;
        entries.set(name, await entryFor(newest, d, place, o));
    }
    const same = entries.size === d.entries.size && [...entries].every(([n, e]) => d.entries.get(n) === e);
    const removedHere = removed.filter((r) => !place.includes(r));
    return {
        dir: d,
        changed: !same || place.length > 0 || removedHere.length > 0 || !d.sound || !d.existed,
        place,
        drop: removedHere,
        entries,
        added: place.filter((p) => files.has(p.file)),
        removed: removedHere,
    };
}
/** The db entry of `f`: the one the database has, the promoted one, or from reading the file. */
async function entryFor(f, d, place, o) {
    const listed = d.entries.get(f.name);
    if (listed && descField(listed.desc, 'FILENAME') === f.file)
        return listed;
    const inc = place.find((p) => p.file === f.file);
    if (inc?.entry)
        return inc.entry;
    const from = inc?.from ?? external_node_path_default().join(d.dir, f.file);
    const read = inc?.read ?? (await (0,archlinux_read/* readPkgFile */.T)(from));
    const sigFile = inc ? inc.sigFrom : external_node_path_default().join(d.dir, `${f.file}.sig`);
    const sig = o.signer
        ? sigFile
            ? await (0,promises_.readFile)(sigFile)
            : (await o.signer.signFile(from, { armor: false }))
        : undefined;
    if (inc && sig && !inc.sigFrom)
        inc.sig = sig;
    return { dir: `${f.name}-${f.version}`, desc: descText(f.file, read, sig), files: filesText(read) };
}
/** Places the packages, writes the databases (db and sig last), then removes dropped files. */
async function commitArch(p, o, now) {
    const dir = p.dir.dir;
    await (0,promises_.mkdir)(dir, { recursive: true }).catch((e) => {
        throw (0,errors/* withPath */.iD)(e, dir);
    });
    for (const inc of p.place) {
        await placeFile(inc.from, external_node_path_default().join(dir, inc.file));
        if (inc.sigFrom)
            await placeFile(inc.sigFrom, external_node_path_default().join(dir, `${inc.file}.sig`));
        else if (o.signer) {
            inc.sig ??= (await o.signer.signFile(inc.from, { armor: false }));
            await (0,atomic/* writeAtomic */.vZ)(external_node_path_default().join(dir, `${inc.file}.sig`), inc.sig);
        }
    }
    const entries = [...p.entries.values()];
    const db = await writeDb(entries, false, now);
    const files = await writeDb(entries, true, now);
    const n = o.name;
    const out = [];
    const add = async (file, data) => {
        out.push([external_node_path_default().join(dir, file), data]);
        if (o.signer)
            out.push([external_node_path_default().join(dir, `${file}.sig`), await o.signer.sign(data)]);
    };
    await add(`${n}.db.tar.gz`, db);
    await add(`${n}.files.tar.gz`, files);
    await add(`${n}.files`, files);
    await add(`${n}.db`, db);
    await (0,atomic/* writeAllAtomic */.E0)(out);
    if (!o.signer)
        for (const f of [`${n}.db.tar.gz`, `${n}.files.tar.gz`, `${n}.files`, `${n}.db`])
            await (0,promises_.rm)(external_node_path_default().join(dir, `${f}.sig`), { force: true });
    for (const f of p.drop) {
        await (0,promises_.rm)(external_node_path_default().join(dir, f.file), { force: true });
        await (0,promises_.rm)(external_node_path_default().join(dir, `${f.file}.sig`), { force: true });
    }
}
async function placeFile(src, dest) {
    const tmp = (0,atomic/* tempPath */.EZ)(dest);
    try {
        await (0,promises_.copyFile)(src, tmp);
        await (0,promises_.rename)(tmp, dest);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw (0,errors/* withPath */.iD)(e, dest);
    }
}


/***/ }),

/***/ 36836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ verifiesDetached),
/* harmony export */   U: () => (/* binding */ verifiesCleartext)
/* harmony export */ });
/** openpgp (about 1 MB) is loaded when a signature is checked: an unsigned publish never loads it. */
const openpgp = () => __webpack_require__.e(/* import() */ 3074).then(__webpack_require__.bind(__webpack_require__, 13074));
const keys = new Map();
const key = (armored) => {
    let k = keys.get(armored);
    if (!k)
        keys.set(armored, (k = openpgp().then(({ readKey }) => readKey({ armoredKey: armored }))));
    return k;
};
/** Whether every signature of `result` (at least one) is good: apt's gpgv and librepo accept no less. */
async function allGood(result) {
    if (result.signatures.length === 0)
        return false;
    for (const s of result.signatures) {
        if (!(await s.verified.catch(() => false)))
            return false;
    }
    return true;
}
/** Whether `armoredSignature` is a good detached signature of `data` by the key `publicKeyArmored`. */
async function verifiesDetached(publicKeyArmored, data, armoredSignature) {
    const { createMessage, readSignature, verify } = await openpgp();
    try {
        const signature = await readSignature({ armoredSignature });
        const message = await createMessage({ binary: data });
        return await allGood(await verify({ message, signature, verificationKeys: await key(publicKeyArmored) }));
    }
    catch {
        return false;
    }
}
/** Whether `armored` is a good cleartext-signed message by the key `publicKeyArmored`. */
async function verifiesCleartext(publicKeyArmored, armored) {
    const { readCleartextMessage, verify } = await openpgp();
    try {
        const message = await readCleartextMessage({ cleartextMessage: armored });
        return await allGood(await verify({ message, verificationKeys: await key(publicKeyArmored) }));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 27784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ rpmvercmp),
/* harmony export */   z: () => (/* binding */ compareEvr)
/* harmony export */ });
/**
 * rpm's version comparison (rpm 4.18 lib/rpmvercmp.c), for retention and for choosing what a
 * promotion or retraction names. Segments of ASCII digits or letters are compared in turn: numbers
 * numerically (leading zeros ignored, a number beats letters), letters by byte order; other
 * characters only separate. `~` sorts before everything (even the end: `1.0~rc1 < 1.0`), `^` after
 * the end but before anything else (`1.0 < 1.0^git1 < 1.0.1`).
 */
const isDigit = (c) => c >= 48 && c <= 57;
const isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TILDE = 126;
const CARET = 94;
const END = -1;
/** -1, 0 or 1 as rpmvercmp(a, b). */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    const at = (s, k) => (k < s.length ? s.charCodeAt(k) : END);
    const skip = (s, k) => {
        for (let c = at(s, k); c !== END && !isDigit(c) && !isAlpha(c) && c !== TILDE && c !== CARET; c = at(s, ++k))
            ;
        return k;
    };
    while (i < a.length || j < b.length) {
        i = skip(a, i);
        j = skip(b, j);
        const x = at(a, i);
        const y = at(b, j);
        if (x === TILDE || y === TILDE) {
            if (x !== TILDE)
                return 1;
            if (y !== TILDE)
                return -1;
            i++;
            j++;
            continue;
        }
        if (x === CARET || y === CARET) {
            if (x === END)
                return -1;
            if (y === END)
                return 1;
            if (x !== CARET)
                return 1;
            if (y !== CARET)
                return -1;
            i++;
            j++;
            continue;
        }
        if (x === END || y === END)
            break;
        const numeric = isDigit(x);
        const inSegment = numeric ? isDigit : isAlpha;
        let ei = i;
        let ej = j;
        while (ei < a.length && inSegment(a.charCodeAt(ei)))
            ei++;
        while (ej < b.length && inSegment(b.charCodeAt(ej)))
            ej++;
        // the segment of `a` is never empty here; an empty one in `b` means the kinds differ
        if (ej === j)
            return numeric ? 1 : -1;
        let s1 = a.slice(i, ei);
        let s2 = b.slice(j, ej);
        if (numeric) {
            s1 = s1.replace(/^0+/, '');
            s2 = s2.replace(/^0+/, '');
            if (s1.length !== s2.length)
                return s1.length > s2.length ? 1 : -1;
        }
        if (s1 !== s2)
            return s1 < s2 ? -1 : 1;
        i = ei;
        j = ej;
    }
    if (i >= a.length && j >= b.length)
        return 0;
    return i >= a.length ? -1 : 1;
}
/** Compares epoch (numerically), then version, then release, as rpm orders packages. */
function compareEvr(a, b) {
    const ea = BigInt(a.epoch || '0');
    const eb = BigInt(b.epoch || '0');
    if (ea !== eb)
        return ea < eb ? -1 : 1;
    return rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release);
}


/***/ })

};
