export const id = 5729;
export const ids = [5729];
export const modules = {

/***/ 23322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ extraFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);
/**
 * The files that go beside the binaries in an archive (`archives.files`, default README, LICENSE,
 * CHANGELOG…), resolved inside the project; the Windows installers install the same.
 */




/** What goes into an archive beside the binaries when `archives.files` is not set (as goreleaser). */
const DEFAULT_FILES = [
    'README*',
    'readme*',
    'LICENSE*',
    'LICENCE*',
    'license*',
    'CHANGELOG*',
    'changelog*',
    'COPYING*',
];
/** Resolves `archives.files` (paths and globs inside the project) to files and their place in the archive. */
async function extraFiles(ctx) {
    const configured = ctx.config.archives?.files;
    const specs = configured ?? DEFAULT_FILES;
    const out = [];
    const seen = new Set();
    for (let i = 0; i < specs.length; i++) {
        const spec = specs[i];
        const key = `archives.files[${i}]`;
        const file = ctx.loaded.file;
        const where = {
            key,
            file,
            line: ctx.loaded.lineOf(`archives.files.${i}`),
            shown: file && node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ctx.projectDir, file),
        };
        const at = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .locationPrefix */ .Kx)(where);
        const src = typeof spec === 'string' ? spec : spec.src;
        const dst = typeof spec === 'string' ? undefined : spec.dst;
        const mode = typeof spec === 'string' ? undefined : spec.mode;
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .L)(ctx.projectDir, src.replace(/[*?[].*$/, '') || '.', where);
        const matches = [];
        if (/[*?[]/.test(src)) {
            for await (const m of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(src, { cwd: ctx.projectDir }))
                matches.push(m);
            matches.sort();
        }
        else
            matches.push(src);
        if (matches.length === 0 && configured) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${at}${key}: '${src}' matches no file in ${ctx.projectDir}; fix the path or remove it.`, where);
        }
        for (const m of matches) {
            const abs = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .L)(ctx.projectDir, m, where);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs).catch(() => undefined);
            if (!st)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${at}${key}: '${m}' does not exist in ${ctx.projectDir}; fix the path or remove it.`, where);
            if (st.isDirectory())
                continue;
            const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(m);
            // dst ending in '/' (or a glob's dst) is a directory; otherwise the file's name in the archive.
            const inArchive = !dst
                ? base
                : dst.endsWith('/') || matches.length > 1
                    ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(dst, base)
                    : dst;
            const clean = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(inArchive).replace(/^\/+/, '');
            if (clean.startsWith('..'))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${at}${key}: dst '${dst}' leaves the archive; use a relative path.`, where);
            if (seen.has(clean))
                continue;
            seen.add(clean);
            out.push({ source: abs, dst: clean, mode });
        }
    }
    return out;
}


/***/ }),

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

/***/ 78692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ hashStream),
/* harmony export */   MB: () => (/* binding */ bad),
/* harmony export */   NJ: () => (/* binding */ archiveContents),
/* harmony export */   Vd: () => (/* binding */ compressionOfName),
/* harmony export */   ZF: () => (/* binding */ sniff),
/* harmony export */   dL: () => (/* binding */ tarFiles),
/* harmony export */   m6: () => (/* binding */ readAt),
/* harmony export */   mF: () => (/* binding */ decompress),
/* harmony export */   xE: () => (/* binding */ spdxPath)
/* harmony export */ });
/* unused harmony export zipContents */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _archive_xz_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14115);
/**
 * What is inside a package or archive, for the SBOM: every regular file with its size, SHA-1 and
 * SHA-256, and the package's declared dependencies (deb Depends/Pre-Depends, rpm Requires).
 * Everything is streamed from the artifact itself (the sign stage runs in another job than the one
 * that wrote the package). Here: what every reader shares, and the archives (tar.*, zip); each
 * package format reads its own files (formats/deb/contents.ts, formats/rpm/contents.ts) and
 * registers the reader as `Format.contents`.
 */








function bad(file, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`${file}: ${why}; re-run the stage that made it.`, { file });
}
async function decompress(input, c) {
    switch (c) {
        case 'gzip':
            return input.pipe(node_zlib__WEBPACK_IMPORTED_MODULE_4___default().createGunzip());
        case 'zstd':
            return input.pipe(node_zlib__WEBPACK_IMPORTED_MODULE_4___default().createZstdDecompress());
        case 'none':
            return input;
        case 'xz': {
            await (0,_archive_xz_js__WEBPACK_IMPORTED_MODULE_7__/* .loadXz */ .pd)(); // initialises the WebAssembly liblzma that createUnxz uses
            const { createUnxz } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 66910));
            const unxz = node_stream__WEBPACK_IMPORTED_MODULE_3__.Duplex.fromWeb(createUnxz());
            return input.pipe(unxz);
        }
    }
}
function compressionOfName(name) {
    if (name.endsWith('.gz'))
        return 'gzip';
    if (name.endsWith('.xz'))
        return 'xz';
    if (name.endsWith('.zst'))
        return 'zstd';
    return 'none';
}
/** Compression of a payload from its first bytes. */
function sniff(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0])))
        return 'xz';
    if (head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    return 'none';
}
function spdxPath(name) {
    return `./${name.replace(/^(\.\/|\/)+/, '')}`;
}
async function hashStream(stream) {
    const h1 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1');
    const h256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        h1.update(chunk);
        h256.update(chunk);
    }
    return { size, sha1: h1.digest('hex'), sha256: h256.digest('hex') };
}
/** Regular files of a tar stream, hashed. */
async function tarFiles(stream) {
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_5__.extract();
    stream.on('error', (e) => extract.destroy(e));
    stream.pipe(extract);
    const files = [];
    for await (const entry of extract) {
        const { name, type } = entry.header;
        if (type !== 'file' && type !== 'contiguous-file') {
            entry.resume();
            continue;
        }
        files.push({ path: spdxPath(name), ...(await hashStream(entry)) });
    }
    return files;
}
async function readAt(fh, pos, len, file) {
    const buf = Buffer.alloc(len);
    const { bytesRead } = await fh.read(buf, 0, len, pos);
    if (bytesRead !== len)
        throw bad(file, `truncated at byte ${pos + bytesRead}`);
    return buf;
}
/** Entries of a zip's central directory (ZIP64 sizes and offsets included). */
async function zipContents(file) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    const files = [];
    try {
        const size = (await fh.stat()).size;
        const tailLen = Math.min(size, 65557);
        const tail = await readAt(fh, size - tailLen, tailLen, file);
        const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
        if (eocd < 0)
            throw bad(file, 'not a zip file (no end of central directory)');
        let count = tail.readUInt16LE(eocd + 10);
        let cdAt = tail.readUInt32LE(eocd + 16);
        const locator = eocd - 20;
        if (locator >= 0 && tail.readUInt32LE(locator) === 0x07064b50) {
            const z64 = await readAt(fh, Number(tail.readBigUInt64LE(locator + 8)), 56, file);
            count = Number(z64.readBigUInt64LE(32));
            cdAt = Number(z64.readBigUInt64LE(48));
        }
        let pos = cdAt;
        for (let i = 0; i < count; i++) {
            const h = await readAt(fh, pos, 46, file);
            if (h.readUInt32LE(0) !== 0x02014b50)
                throw bad(file, `bad central directory entry ${i}`);
            const method = h.readUInt16LE(10);
            let csize = h.readUInt32LE(20);
            let usize = h.readUInt32LE(24);
            const [nlen, xlen, clen] = [h.readUInt16LE(28), h.readUInt16LE(30), h.readUInt16LE(32)];
            let local = h.readUInt32LE(42);
            const rest = await readAt(fh, pos + 46, nlen + xlen, file);
            const name = rest.toString('utf8', 0, nlen);
            for (let x = nlen; x + 4 <= nlen + xlen;) {
                const id = rest.readUInt16LE(x);
                const len = rest.readUInt16LE(x + 2);
                if (id === 0x0001) {
                    let q = x + 4;
                    const next = () => Number(rest.readBigUInt64LE((q += 8) - 8));
                    if (usize === 0xffffffff)
                        usize = next();
                    if (csize === 0xffffffff)
                        csize = next();
                    if (local === 0xffffffff)
                        local = next();
                }
                x += 4 + len;
            }
            pos += 46 + nlen + xlen + clen;
            if (name.endsWith('/'))
                continue;
            const lh = await readAt(fh, local, 30, file);
            const start = local + 30 + lh.readUInt16LE(26) + lh.readUInt16LE(28);
            const raw = csize ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { start, end: start + csize - 1 }) : new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough().end();
            if (method !== 0 && method !== 8)
                throw bad(file, `'${name}' uses zip compression method ${method}`);
            const hashed = await hashStream(method === 8 ? raw.pipe(node_zlib__WEBPACK_IMPORTED_MODULE_4___default().createInflateRaw()) : raw);
            if (hashed.size !== usize)
                throw bad(file, `'${name}' has ${hashed.size} bytes, the directory says ${usize}`);
            files.push({ path: spdxPath(name), ...hashed });
        }
    }
    finally {
        await fh.close();
    }
    return { files, depends: [] };
}
/** The files of an archive (tar.gz, tar.xz, tar.zst or zip: told by `format`, else the file name). */
async function archiveContents(file, format) {
    const fmt = format ?? file;
    if (fmt.endsWith('zip'))
        return zipContents(file);
    return {
        files: await tarFiles(await decompress((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), compressionOfName(fmt))),
        depends: [],
    };
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


/***/ }),

/***/ 6174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R2: () => (/* binding */ readDebControl),
/* harmony export */   R8: () => (/* binding */ parseControl),
/* harmony export */   VI: () => (/* binding */ getField),
/* harmony export */   hP: () => (/* binding */ formatStanza),
/* harmony export */   iM: () => (/* binding */ debControlFromBytes)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _archive_xz_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14115);
/**
 * Reading Debian packages and deb822 control text.
 *
 * `readDebControl` opens a .deb (deb(5): an `ar` archive of `debian-binary`, `control.tar[.gz|.xz|
 * .zst]` and `data.tar.*`), reads the ar headers and the control member only (a few KiB: the
 * maintainer scripts and md5sums; capped at MAX_CONTROL_MEMBER), decompresses it and takes
 * `./control` out of the tar; data.tar is never read, so the cost does not grow with the payload.
 * It reads any valid deb: ours and dpkg-deb's (GNU ar names with a trailing `/` included).
 *
 * `parseControl` / `formatStanza` read and write deb822 paragraphs (control files, APT `Packages`
 * and `Release`): field values keep their continuation lines verbatim, so text round-trips.
 */




const AR_MAGIC = '!<arch>\n';
const AR_HEADER = 60;
/** A compressed control member larger than this is not one (dpkg's are a few KiB). */
const MAX_CONTROL_MEMBER = 64 * 1024 * 1024;
const TAR_BLOCK = 512;
/** Case-insensitive field lookup (deb822 field names are case-insensitive). */
function getField(stanza, name) {
    const direct = stanza.get(name);
    if (direct !== undefined)
        return direct;
    const lower = name.toLowerCase();
    for (const [k, v] of stanza)
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
/**
 * Parses deb822 text into paragraphs separated by blank lines. `what` names the text in errors
 * (a file path). Comment lines (`#`) are skipped; a line that is neither `Name: value` nor a
 * continuation is an error.
 */
function parseControl(text, what) {
    const out = [];
    let cur;
    let last;
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    for (const [i, line] of lines.entries()) {
        if (line.trim() === '') {
            if (cur)
                out.push(cur);
            cur = undefined;
            last = undefined;
            continue;
        }
        if (line.startsWith('#'))
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (!cur || last === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${what}:${i + 1}: a continuation line without a field before it`, {
                    file: what,
                    line: i + 1,
                });
            cur.set(last, `${cur.get(last)}\n${line}`);
            continue;
        }
        const m = /^([^\s:][^:]*):[ \t]*(.*)$/.exec(line);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${what}:${i + 1}: '${line.slice(0, 60)}' is not a 'Field: value' line`, {
                file: what,
                line: i + 1,
            });
        cur ??= new Map();
        last = m[1];
        cur.set(last, m[2].trimEnd());
    }
    if (cur)
        out.push(cur);
    return out;
}
/** A paragraph as deb822 text, each field `Name: value`, ending with a newline. */
function formatStanza(stanza) {
    let s = '';
    for (const [k, v] of stanza)
        s += v.startsWith('\n') ? `${k}:${v}\n` : `${k}: ${v}\n`;
    return s;
}
/** The control file of the deb that `readAt` reads (`size` bytes; `file` names it in errors). */
async function controlOf(readAt, size, file) {
    const bad = (why, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${file}: not a valid Debian package: ${why}`, { file, cause });
    try {
        const head = Buffer.alloc(AR_HEADER);
        await readAt(head, AR_MAGIC.length, 0);
        if (head.toString('latin1', 0, AR_MAGIC.length) !== AR_MAGIC)
            throw bad('no ar archive signature');
        let pos = AR_MAGIC.length;
        let seenBinary = false;
        while (pos + AR_HEADER <= size) {
            const got = await readAt(head, AR_HEADER, pos);
            if (got < AR_HEADER || head.toString('latin1', 58, 60) !== '`\n')
                throw bad(`a damaged ar member header at byte ${pos}`);
            const name = head.toString('latin1', 0, 16).trimEnd().replace(/\/$/, '');
            const length = Number(head.toString('latin1', 48, 58).trim());
            if (!Number.isSafeInteger(length) || length < 0 || pos + AR_HEADER + length > size)
                throw bad(`the ar member '${name}' has a bad size`);
            const start = pos + AR_HEADER;
            if (name === 'debian-binary') {
                const version = Buffer.alloc(Math.min(length, 16));
                await readAt(version, version.length, start);
                if (!/^2\.\d+\n?/.test(version.toString('latin1')))
                    throw bad(`unsupported format version '${version.toString('latin1').trim()}'`);
                seenBinary = true;
            }
            else if (name.startsWith('control.tar')) {
                if (!seenBinary)
                    throw bad('debian-binary is not the first member');
                if (length > MAX_CONTROL_MEMBER)
                    throw bad(`its ${name} is over ${MAX_CONTROL_MEMBER} bytes`);
                const member = Buffer.alloc(length);
                await readAt(member, length, start);
                const tarBytes = await decompress(member, name.slice('control.tar'.length), file);
                const text = controlFromTar(tarBytes);
                if (text === undefined)
                    throw bad(`${name} has no ./control file`);
                return { text, fields: parseControl(text, `${file}: control`)[0] ?? new Map() };
            }
            pos = start + length + (length % 2);
        }
        throw bad('it has no control.tar member');
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt)
            throw err;
        throw bad(err.message, err);
    }
}
/** Reads the `control` file of the .deb at `file`, reading only the ar headers and control member. */
async function readDebControl(file) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${file}: cannot open the package: ${err.message}`, {
            file,
            cause: err,
        });
    }
    try {
        const { size } = await fh.stat();
        const readAt = async (buf, length, position) => (await fh.read(buf, 0, length, position)).bytesRead;
        return await controlOf(readAt, size, file);
    }
    finally {
        await fh.close();
    }
}
/** The `control` file of a .deb already held in memory (`file` names it in errors). */
function debControlFromBytes(bytes, file) {
    const readAt = async (buf, length, position) => bytes.copy(buf, 0, position, position + length);
    return controlOf(readAt, bytes.length, file);
}
async function decompress(data, ext, file) {
    switch (ext) {
        case '':
            return data;
        case '.gz':
            return node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gunzipSync(data);
        case '.zst':
            return node_zlib__WEBPACK_IMPORTED_MODULE_1___default().zstdDecompressSync(data);
        case '.xz':
            return Buffer.from(await (await (0,_archive_xz_js__WEBPACK_IMPORTED_MODULE_3__/* .loadUnxz */ ._o)())(data));
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${file}: not a valid Debian package: unknown member control.tar${ext}`, {
                file,
            });
    }
}
/** A NUL-terminated tar header field. */
function field(block, offset, length) {
    const raw = block.subarray(offset, offset + length);
    const end = raw.indexOf(0);
    return raw.toString('utf8', 0, end < 0 ? length : end);
}
/**
 * The content of `./control` in a tar held in memory (ustar, GNU or pax; extended headers are
 * skipped by their size, as `control` never needs a long name), or undefined.
 */
function controlFromTar(tar) {
    for (let pos = 0; pos + TAR_BLOCK <= tar.length;) {
        const header = tar.subarray(pos, pos + TAR_BLOCK);
        if (header.every((b) => b === 0))
            return undefined; // end of archive
        const size = parseInt(field(header, 124, 12).trim() || '0', 8);
        if (!Number.isSafeInteger(size) || size < 0)
            throw new Error(`a damaged tar header at byte ${pos}`);
        const type = String.fromCharCode(header[156]);
        const prefix = field(header, 345, 155);
        const name = (prefix ? `${prefix}/` : '') + field(header, 0, 100);
        const data = pos + TAR_BLOCK;
        if ((type === '0' || type === '\0') && name.replace(/^\.\//, '') === 'control') {
            if (data + size > tar.length)
                throw new Error('the control file is cut short');
            return tar.toString('utf8', data, data + size);
        }
        pos = data + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
    }
    return undefined;
}


/***/ }),

/***/ 54631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ checkContentsDst),
  Z: () => (/* binding */ resolveContents)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/formats/pkg/glob.ts


// ---------------------------------------------------------------------------------------------
// gobwas/glob syntax → RegExp
class GlobSyntaxError extends Error {
}
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const classEscape = (s) => s.replace(/[\\\][^-]/g, '\\$&');
/** Parses from `pos`; inside `{…}` stops at an unescaped `,` or `}`. Mirrors gobwas' lexer and parser. */
function parseAt(p, pos, inTerms) {
    let re = '';
    let text = '';
    while (pos.i < p.length) {
        const c = p[pos.i];
        if (inTerms && (c === ',' || c === '}'))
            break;
        pos.i++;
        if (c === '*') {
            if (p[pos.i] === '*') {
                pos.i++;
                re += '[\\s\\S]*';
            }
            else
                re += '[^/]*';
            text = undefined;
        }
        else if (c === '?') {
            re += '[^/]';
            text = undefined;
        }
        else if (c === '[') {
            re += parseClass(p, pos);
            text = undefined;
        }
        else if (c === '{') {
            const alts = [];
            for (;;) {
                alts.push(parseAt(p, pos, true).re);
                const end = p[pos.i++];
                if (end !== ',')
                    break; // '}' or the end of the pattern (gobwas accepts an unclosed '{')
            }
            re += `(?:${alts.join('|')})`;
            text = undefined;
        }
        else {
            let ch = c;
            if (c === '\\') {
                if (pos.i >= p.length)
                    break; // a trailing backslash escapes nothing
                ch = p[pos.i++];
            }
            re += reEscape(ch);
            if (text !== undefined)
                text += ch;
        }
    }
    return text === undefined ? { re } : { re, text };
}
/** `[…]` after the `[`: `!`?, then `lo-hi` or a list of characters, then `]`. */
function parseClass(p, pos) {
    const not = p[pos.i] === '!';
    if (not)
        pos.i++;
    let body;
    if (pos.i + 2 < p.length && p[pos.i + 1] === '-') {
        const lo = p[pos.i];
        const hi = p[pos.i + 2];
        if (hi < lo)
            throw new GlobSyntaxError(`hi character '${hi}' should be greater than lo '${lo}'`);
        pos.i += 3;
        if (p[pos.i] !== ']')
            throw new GlobSyntaxError('expected close range character');
        body = `${classEscape(lo)}-${classEscape(hi)}`;
    }
    else {
        let chars = '';
        while (pos.i < p.length && p[pos.i] !== ']') {
            if (p[pos.i] === '\\' && pos.i + 1 < p.length)
                pos.i++;
            chars += p[pos.i++];
        }
        if (pos.i >= p.length)
            throw new GlobSyntaxError('unexpected end of input');
        if (!chars)
            throw new GlobSyntaxError('could not parse range');
        body = classEscape(chars);
    }
    pos.i++; // ']'
    return `[${not ? '^' : ''}${body}]`;
}
function parse(pattern) {
    return parseAt(pattern, { i: 0 }, false);
}
/** The pattern as a RegExp over whole posix paths (exported for the tests' table). */
function globRegExp(pattern) {
    return new RegExp(`^${parse(pattern).re}$`, 'u');
}
/** fileglob's staticPrefix: the leading path elements without a matcher ('.' when none). */
function staticPrefix(pattern) {
    const parts = [];
    for (const part of pattern.split('/')) {
        if (part === '')
            continue;
        const t = parse(part).text;
        if (t === undefined)
            break;
        parts.push(t);
    }
    const prefix = parts.join('/');
    if (pattern.startsWith('/') && !prefix.startsWith('/'))
        return `/${prefix}`;
    return prefix || '.';
}
/** gobwas' QuoteMeta: `disable_globbing` makes every character literal. */
function quoteMeta(s) {
    return s.replace(/[*?\\[\]{}]/g, '\\$&');
}
// ---------------------------------------------------------------------------------------------
// The walk (fileglob.Glob) and the destinations (nfpm's glob.Glob)
async function walkFiles(root, rel, out) {
    const entries = await (0,promises_.readdir)(external_node_path_default().join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        const r = rel === '.' ? e.name : `${rel}/${e.name}`;
        out.push({ rel: r, dirent: e });
        if (e.isDirectory())
            await walkFiles(root, r, out);
    }
    return out;
}
/**
 * fileglob with MatchDirectoryIncludesContents: the matching files (and symlinks) under `root`,
 * or 'missing' when a pattern without matchers names nothing.
 */
async function fileglob(root, pattern, check) {
    const re = new RegExp(`^${parse(pattern).re}$`, 'u');
    const prefix = staticPrefix(pattern);
    const prefixAbs = check(prefix);
    const raw = await (0,promises_.lstat)(external_node_path_default().resolve(root, pattern)).catch(() => undefined);
    if (raw?.isSymbolicLink())
        return [pattern];
    const st = await (0,promises_.stat)(prefixAbs).catch(() => undefined);
    if (!st)
        return parse(pattern).text !== undefined ? 'missing' : [];
    if (!st.isDirectory())
        return re.test(prefix) ? [prefix] : [];
    const out = [];
    // Pre-order, so the entries below a directory follow it: a matched directory takes them all.
    const all = [
        { rel: prefix },
        ...(await walkFiles(root, prefix, [])),
    ];
    for (let i = 0; i < all.length; i++) {
        const { rel, dirent } = all[i];
        if (!re.test(rel))
            continue;
        if (dirent && !dirent.isDirectory()) {
            out.push(rel);
            continue;
        }
        const below = rel === '.' ? '' : `${rel}/`;
        let j = i + 1;
        for (; j < all.length && all[j].rel.startsWith(below); j++) {
            if (!all[j].dirent.isDirectory())
                out.push(all[j].rel);
        }
        i = j - 1;
    }
    return out;
}
function longestCommonPrefix(strs) {
    if (!strs.length)
        return '';
    let lcp = strs[0];
    for (const s of strs) {
        let i = 0;
        while (i < lcp.length && i < s.length && lcp[i] === s[i])
            i++;
        lcp = lcp.slice(0, i);
    }
    return lcp;
}
/** Go's filepath.Dir for posix paths. */
function goDir(p) {
    const d = p.slice(0, p.lastIndexOf('/') + 1);
    return external_node_path_default().posix.normalize(d || '.').replace(/(.)\/$/, '$1');
}
/**
 * nfpm's glob.Glob: the files `pattern` (relative to `root`) names, each with its destination
 * under `dst` (normalised, absolute). `dstIsDir`: the config's dst ended in `/`.
 */
async function globContents(root, pattern, dst, dstIsDir, opts) {
    let p = opts.literal ? quoteMeta(pattern) : pattern;
    p = p.replace(/^\.\//, '').replace(/(.)\/$/, '$1');
    let matches;
    try {
        matches = await fileglob(root, p, opts.check);
    }
    catch (err) {
        if (err instanceof GlobSyntaxError)
            return { ok: false, reason: 'invalid', message: err.message };
        const code = err.code;
        if (code && typeof code === 'string')
            return { ok: false, reason: 'unreadable', message: err.message };
        throw err;
    }
    if (matches === 'missing')
        return { ok: false, reason: 'missing' };
    if (!matches.length)
        return { ok: false, reason: 'no-match' };
    const plain = opts.literal || parse(p).text !== undefined;
    const exists = await (0,promises_.stat)(external_node_path_default().resolve(root, pattern)).then(() => true, () => false);
    const prefix = exists && plain ? external_node_path_default().posix.normalize(pattern) : goDir(longestCommonPrefix(matches));
    const out = [];
    for (const src of matches) {
        const abs = external_node_path_default().resolve(root, src);
        const st = await (0,promises_.stat)(abs).catch(() => undefined);
        if (st?.isDirectory())
            continue; // a symlink to a directory
        const target = dstIsDir
            ? external_node_path_default().posix.join(dst, external_node_path_default().posix.basename(src))
            : external_node_path_default().posix.join(dst, external_node_path_default().posix.relative(prefix, src));
        const link = await (0,promises_.readlink)(abs).catch(() => undefined);
        out.push({ src, abs, dst: target, ...(link !== undefined ? { link } : {}) });
    }
    return { ok: true, matches: out };
}

;// CONCATENATED MODULE: ./src/formats/pkg/contents.ts
/**
 * `contents` → the files of a package (nfpm semantics): files (`src` relative to the project, or
 * the name of a built binary of this target, which wins), globs (dst is a directory), `tree`,
 * `dir`, `symlink` (src is the link target), `config`, `config|noreplace`, `doc`, `ghost`,
 * `license`, `readme`, limited by `packager:`; `file_info` sets mode/owner/group/mtime. Defaults:
 * files 0755 when executable else 0644, dirs 0755, root:root, mtime SOURCE_DATE_EPOCH. Parent
 * directories are not listed here: each format decides which it owns.
 */






const FILE_TYPES = ['', 'config', 'config|noreplace', 'config|missingok', 'doc', 'readme', 'license', 'tree'];
async function resolveContents(r) {
    const files = new Map();
    const add = (f, key) => {
        const prev = files.get(f.dst);
        if (prev) {
            if (prev.type === 'dir' && f.type === 'dir')
                return;
            r.fail(`${key}.dst`, `'${f.dst}' is also the destination of ${prev.key}; each dst may appear once.`);
        }
        files.set(f.dst, { ...f, key });
    };
    const entries = (r.c.contents ?? []);
    for (const [i, e] of entries.entries()) {
        const key = `${r.keyOf('contents')}[${i}]`;
        if (e.packager &&
            !String(e.packager)
                .split(',')
                .map((s) => s.trim())
                .includes(r.format.name))
            continue;
        const info = entryInfo(r, e, key);
        for (const f of await entryFiles(r, e, info))
            add(f, key);
    }
    return files;
}
function entryInfo(r, e, key) {
    const rawType = String(e.type ?? '').trim();
    const type = rawType === 'file' ? '' : rawType === 'licence' ? 'license' : rawType;
    const dst = normDst(e.dst, (why) => r.fail(`${key}.dst`, why));
    const info = e.file_info ?? {};
    let mtime = r.o.sourceDateEpoch;
    if (info.mtime !== undefined) {
        const t = Date.parse(String(info.mtime));
        if (Number.isNaN(t))
            r.fail(`${key}.file_info.mtime`, `'${String(info.mtime)}' is not a date; write e.g. 2024-01-31T12:00:00Z.`);
        mtime = Math.floor(t / 1000);
    }
    const m = info.mode;
    if (m !== undefined &&
        (!Number.isInteger(m) || m < 0 || m > 0o7777 || !octalSource(r.o.loaded, `${key}.file_info.mode`)))
        r.fail(`${key}.file_info.mode`, `'${String(m)}' is not an octal file mode; write e.g. 0644 or 04755.`);
    const flags = {
        config: type.startsWith('config') ? true : undefined,
        missingok: type === 'config|missingok' ? true : undefined,
        noreplace: type === 'config|noreplace' ? true : undefined,
        doc: type === 'doc' || type === 'readme' ? true : undefined,
        license: type === 'license' ? true : undefined,
    };
    const owner = info.owner ?? 'root';
    const group = info.group ?? 'root';
    return { key, type, dst, mode: m, owner, group, mtime, flags };
}
/** The files one entry adds, in order. */
async function entryFiles(r, e, x) {
    const { key, type, dst, owner, group, mtime } = x;
    const meta = { owner, group, mtime, size: 0 };
    if (type === 'dir')
        return [{ dst, type: 'dir', mode: x.mode ?? 0o755, ...meta }];
    if (type === 'symlink') {
        if (!e.src)
            r.fail(`${key}.src`, 'a symlink needs src: the link target.');
        return [{ dst, type: 'symlink', linkname: String(e.src), mode: 0o777, ...meta }];
    }
    if (type === 'ghost')
        return [{ dst, type: 'file', mode: x.mode ?? 0o644, ...meta, ghost: true }];
    if (!FILE_TYPES.includes(type))
        r.fail(`${key}.type`, `unknown type '${type}'; use config, config|noreplace, doc, dir, symlink, ghost, tree, license or leave it out.`);
    if (!e.src)
        r.fail(`${key}.src`, 'is missing: give the file to install (relative to the project, or a built binary name).');
    const src = String(e.src);
    if (type === 'tree')
        return treeFiles(r, src, x);
    const built = r.o.binaries.find((b) => b.name === src);
    if (built)
        return [await fileOf(built.file, dst, x)];
    return globFiles(r, src, String(e.dst).endsWith('/'), x);
}
/** A regular file: mode from file_info, else 0755 when executable, else 0644. */
async function fileOf(abs, dst, x) {
    const st = await (0,promises_.stat)(abs);
    const f = {
        dst,
        type: 'file',
        source: abs,
        mode: x.mode ?? (st.mode & 0o111 ? 0o755 : 0o644),
        owner: x.owner,
        group: x.group,
        mtime: x.mtime,
        size: st.size,
        ...x.flags,
    };
    return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
}
const linkOf = (dst, linkname, x) => ({
    dst,
    type: 'symlink',
    linkname,
    mode: 0o777,
    owner: x.owner,
    group: x.group,
    mtime: x.mtime,
    size: 0,
});
const dirOf = (dst, x) => ({
    dst,
    type: 'dir',
    mode: 0o755,
    owner: x.owner,
    group: x.group,
    mtime: x.mtime,
    size: 0,
});
/** nfpm globs every file src: a plain path is a glob without matchers, a directory its files. */
async function globFiles(r, src, dirDst, x) {
    const { projectDir } = r.o;
    const res = await globContents(projectDir, src, x.dst, dirDst, {
        literal: r.c.disable_globbing === true,
        check: (k) => (0,paths/* resolveInside */.L)(projectDir, k, r.loc(`${x.key}.src`)),
    });
    if (!res.ok) {
        const hint = r.o.binaries.length
            ? ` nor a built binary (${r.o.binaries.map((b) => b.name).join(', ')})`
            : '';
        r.fail(`${x.key}.src`, res.reason === 'missing'
            ? `'${src}' does not exist in ${projectDir}${hint}; fix the path or build it first.`
            : res.reason === 'no-match'
                ? `the glob '${src}' matches no file in ${projectDir}${hint}; fix the pattern, or set disable_globbing: true to take it literally.`
                : res.reason === 'unreadable'
                    ? `cannot read what '${src}' names (${res.message}); check the permissions of those files and directories.`
                    : `'${src}' is not a valid glob (${res.message}); escape [ ] { } * ? with \\, or set disable_globbing: true.`);
    }
    const out = [];
    for (const m of res.ok ? res.matches : [])
        out.push(m.link === undefined ? await fileOf(m.abs, m.dst, x) : linkOf(m.dst, m.link, x));
    return out;
}
/** type: tree — a directory copied whole, modes from the files unless file_info.mode. */
async function treeFiles(r, src, x) {
    const { projectDir } = r.o;
    const abs = (0,paths/* resolveInside */.L)(projectDir, src, r.loc(`${x.key}.src`));
    const st = await (0,promises_.stat)(abs).catch(() => r.fail(`${x.key}.src`, `'${src}' does not exist in ${projectDir}; fix the path.`));
    if (!st.isDirectory())
        r.fail(`${x.key}.src`, `'${src}' is not a directory (type: tree copies a directory).`);
    const out = [dirOf(x.dst, x)];
    for (const m of await walk(abs)) {
        const d = external_node_path_default().posix.join(x.dst, m.rel);
        if (m.dir)
            out.push(dirOf(d, x));
        else if (m.link !== undefined)
            out.push(linkOf(d, m.link, x));
        else {
            const f = await fileOf(m.abs, d, x);
            if (x.mode === undefined)
                f.mode = m.mode & 0o111 ? 0o755 : 0o644;
            out.push(f);
        }
    }
    return out;
}
async function walk(root, rel = '') {
    const out = [];
    const names = (await (0,promises_.readdir)(external_node_path_default().join(root, rel))).sort();
    for (const n of names) {
        const r = rel ? `${rel}/${n}` : n;
        const abs = external_node_path_default().join(root, r);
        const st = await (0,promises_.lstat)(abs);
        if (st.isSymbolicLink()) {
            out.push({ abs, rel: r, dir: false, link: await (0,promises_.readlink)(abs), mode: 0o777 });
        }
        else if (st.isDirectory()) {
            out.push({ abs, rel: r, dir: true, mode: 0o755 });
            out.push(...(await walk(root, r)));
        }
        else if (st.isFile())
            out.push({ abs, rel: r, dir: false, mode: st.mode });
    }
    return out;
}
/**
 * False when the config text spells a mode with a leading 0 and a digit 8 or 9 (`0899`): YAML reads
 * that as a decimal number, which is never what a file mode means.
 */
function octalSource(loaded, key) {
    const line = loaded.lineOf(key.replace(/\[(\d+)\]/g, '.$1'));
    if (!loaded.file || line === undefined)
        return true;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(loaded.file, 'utf8').split('\n')[line - 1];
    }
    catch {
        return true;
    }
    const m = /\bmode\s*:\s*["']?([0-9A-Za-z]+)/.exec(text ?? '');
    return !m || !/^0[0-9]*[89]/.test(m[1]);
}
/** Why `raw` is not an install path (absolute, no `..` segment), or undefined when it is one. */
function dstProblem(raw) {
    if (typeof raw !== 'string' || !raw.startsWith('/') || raw.includes('\0'))
        return `'${String(raw)}' is not an absolute path; write it as /usr/bin/… (dst is the install path).`;
    if (raw.split('/').includes('..'))
        return `'${raw}' has a '..' segment, so the file would install somewhere other than the path reads; write the install path without '..'.`;
    return undefined;
}
function normDst(raw, bad) {
    const why = dstProblem(raw);
    if (why)
        bad(why);
    const n = external_node_path_default().posix.normalize(raw).replace(/\/+$/, '');
    if (!n)
        bad(dstProblem(undefined));
    return n;
}
/**
 * Checks every `contents[].dst` the packagers will read (top level and `overrides.<packager>`)
 * before any package or archive is written: a bad one is an error naming its key and line.
 */
function checkContentsDst(config, loaded, packagers) {
    const lists = [['contents', config.contents]];
    for (const p of packagers) {
        const o = config.overrides?.[p];
        lists.push([`overrides.${p}.contents`, o?.contents]);
    }
    for (const [key, list] of lists) {
        if (!Array.isArray(list))
            continue;
        list.forEach((e, i) => {
            const why = dstProblem(e?.dst);
            if (!why)
                return;
            const k = `${key}[${i}].dst`;
            const where = {
                key: k,
                file: loaded.file,
                line: loaded.lineOf(`${key}.${i}.dst`) ?? loaded.lineOf(`${key}.${i}`),
            };
            throw new errors/* DistroError */.Yt(`${(0,errors/* locationPrefix */.Kx)(where)}${k}: ${why}`, where);
        });
    }
}


/***/ }),

/***/ 76214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ resolving)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

function resolving(o, format) {
    const base = o.config;
    const override = (base.overrides?.[o.packager] ?? {});
    const section = (base[o.packager] ?? {});
    // Copied as property descriptors: a key waiting for an unset ${VAR} throws only when read.
    const c = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(override) });
    const loc = (key, fallback) => {
        const norm = key.replace(/\[(\d+)\]/g, '.$1');
        let line = o.loaded.lineOf(norm);
        if (line === undefined && fallback)
            line = o.loaded.lineOf(fallback);
        const parts = norm.split('.');
        for (let n = parts.length - 1; n > 0 && line === undefined; n--)
            line = o.loaded.lineOf(parts.slice(0, n).join('.'));
        return { key, file: o.loaded.file, line };
    };
    return {
        o,
        format,
        c,
        section,
        keyOf: (field) => (field in override ? `overrides.${o.packager}.${field}` : field),
        loc,
        fail: (key, message, cause) => {
            const where = loc(key);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .locationPrefix */ .Kx)(where)}${key}: ${message}`, { ...where, cause });
        },
    };
}


/***/ }),

/***/ 85405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ SYSTEMD_MARK),
/* harmony export */   Z: () => (/* binding */ resolveScripts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8431);
/**
 * Maintainer scripts: `scripts.*` (and the format's own, e.g. rpm pretrans) read from the
 * project, and for systemd units shipped under /lib/systemd/system, /usr/lib/systemd/system or
 * /etc/systemd/system, the snippets the format gives (dh_installsystemd for deb, the %systemd_*
 * macros for rpm); opt out with `systemd: false` at the top level or in the format's section.
 */



const SYSTEMD_DIRS = ['/lib/systemd/system/', '/usr/lib/systemd/system/', '/etc/systemd/system/'];
const SYSTEMD_UNIT = /\.(service|socket|timer)$/;
const SCRIPT_KEYS = ['preinstall', 'postinstall', 'preremove', 'postremove'];
/** The first line of every systemd snippet (so a reader of the script sees where it came from). */
const SYSTEMD_MARK = '# Added by distro-actions for systemd units';
async function resolveScripts(r, files) {
    const scripts = {};
    const own = (r.c.scripts ?? {});
    const scriptsKey = r.keyOf('scripts');
    for (const k of SCRIPT_KEYS) {
        if (own[k])
            scripts[k] = await readScript(r, own[k], `${scriptsKey}.${k}`);
    }
    const extra = r.format.extraScripts?.(r.section) ?? {};
    for (const [k, rel] of Object.entries(extra))
        scripts[k] = await readScript(r, rel, `${r.format.name}.scripts.${k}`);
    addSystemd(r, files, scripts, scriptsKey);
    return scripts;
}
async function readScript(r, rel, key) {
    const abs = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInside */ .L)(r.o.projectDir, rel, r.loc(key));
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs, 'utf8');
    }
    catch {
        return r.fail(key, `the script file '${rel}' does not exist in ${r.o.projectDir}; fix the path.`);
    }
    return text.startsWith('#!') ? text : `#!/bin/sh\n${text}`;
}
function addSystemd(r, files, scripts, scriptsKey) {
    const on = r.o.config.systemd !== false && r.section.systemd !== false;
    const units = [...files.values()]
        .filter((f) => f.type !== 'dir' && SYSTEMD_DIRS.some((d) => f.dst.startsWith(d)) && SYSTEMD_UNIT.test(f.dst))
        .map((f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(f.dst))
        .filter((u) => !u.includes('@')) // templates are not enabled by name
        .sort();
    if (!on || !units.length || !r.format.systemd)
        return;
    for (const [k, snippet] of Object.entries(r.format.systemd(units))) {
        const own = scripts[k];
        if (own && !/^#!\s*\S*\b(sh|bash|dash)\b/.test(own)) {
            r.fail(`${scriptsKey}.${k}`, `is not a shell script, so the systemd snippet for ${units.join(', ')} cannot be added; write it for /bin/sh or set systemd: false.`);
        }
        scripts[k] = addSnippet(scripts[k], snippet, k === 'preremove' ? 'start' : 'end');
    }
}
/**
 * Adds a snippet to a script: at `#DEBHELPER#` when the script has that token, else after the
 * shebang (`start`) or at the end, before a final `exit 0` (`end`). A new script is
 * `#!/bin/sh` + `set -e` + the snippet.
 */
function addSnippet(script, snippet, where) {
    if (!script)
        return `#!/bin/sh\nset -e\n\n${snippet}`;
    if (script.includes('#DEBHELPER#'))
        return script.replace('#DEBHELPER#', snippet.trimEnd());
    const text = script.endsWith('\n') ? script : `${script}\n`;
    if (where === 'start') {
        const nl = text.indexOf('\n');
        return `${text.slice(0, nl + 1)}${snippet}\n${text.slice(nl + 1)}`;
    }
    const m = /\n[ \t]*exit\s+0[ \t]*\n\s*$/.exec(text);
    if (m)
        return `${text.slice(0, m.index + 1)}\n${snippet}${text.slice(m.index + 1)}`;
    return `${text}\n${snippet}`;
}


/***/ }),

/***/ 15729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M1: () => (/* binding */ checkVersionFor),
  formatNames: () => (/* binding */ formatNames),
  gV: () => (/* binding */ getFormat),
  Mu: () => (/* binding */ getPackageFormat),
  Ql: () => (/* binding */ parseFormats),
  d2: () => (/* binding */ readerFor),
  TI: () => (/* binding */ sbomKinds)
});

// UNUSED EXPORTS: FORMATS, PLANNED_FORMATS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/version.ts
var config_version = __webpack_require__(98794);
// EXTERNAL MODULE: ./src/formats/contents.ts
var contents = __webpack_require__(78692);
// EXTERNAL MODULE: ./src/formats/archive/index.ts + 2 modules
var archive = __webpack_require__(73856);
;// CONCATENATED MODULE: ./src/formats/archive/format.ts
/** The archive formats' entries in the registry (src/formats/registry.ts). */



const archiveFormats = archive.ARCHIVE_FORMATS.map((name) => ({
    name,
    kind: 'archive',
    extension: name,
    spellVersion: (v, opts) => (0,config_version/* archiveVersion */.N9)(v, opts),
    contents: (file) => (0,contents/* archiveContents */.NJ)(file, name),
}));

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/formats/pkg/deps.ts
var deps = __webpack_require__(17435);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/formats/deb/index.ts
var deb = __webpack_require__(77984);
;// CONCATENATED MODULE: ./src/formats/archlinux/meta.ts
/**
 * The metadata files of an Arch Linux package, as makepkg (6.x/7.x) writes them:
 * `.PKGINFO` (write_pkginfo: pkgname, pkgbase, xdata, pkgver, pkgdesc, url, builddate, packager,
 * size, arch, license, replaces, conflict, provides, backup, depend, optdepend — one `key = value`
 * line per value), `.BUILDINFO` (format 2) and `.INSTALL` (the scriptlet pacman sources).
 */

/** The architectures pacman's packages use (Arch Linux, Arch Linux ARM, Arch Linux 32, riscv64). */
const ARCH_NAMES = ['x86_64', 'aarch64', 'armv7h', 'riscv64', 'i686', 'any'];
/** `[epoch:]pkgver-pkgrel`. */
function archFullVersion(spec) {
    return `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}-${spec.release}`;
}
/** The architecture written into the package: `archlinux.arch` when set, else the target's. */
function archOf(spec) {
    const set = spec.extra.arch;
    const arch = set === undefined ? spec.arch : String(set);
    if (!ARCH_NAMES.includes(arch)) {
        throw new errors/* DistroError */.Yt(`${set === undefined ? 'arch' : 'archlinux.arch'}: '${arch}' is not an architecture pacman installs packages for; use one of ${ARCH_NAMES.join(', ')} (or leave archlinux out of formats for this target).`, { key: set === undefined ? 'arch' : 'archlinux.arch' });
    }
    return arch;
}
/** `<name>-<[epoch:]version>-<rel>-<arch>.pkg.tar.zst`, as makepkg names it. */
function archFileName(spec) {
    return `${spec.name}-${archFullVersion(spec)}-${archOf(spec)}.pkg.tar.zst`;
}
function packagerOf(spec) {
    const p = spec.extra.packager ?? spec.maintainer;
    return p === undefined ? 'Unknown Packager' : String(p);
}
/** `key = value` lines; a value with a newline cannot be written (makepkg refuses it too). */
function kv(key, values) {
    return values
        .filter((v) => v !== undefined && v !== '')
        .map((v) => {
        if (/[\r\n]/.test(v))
            throw new errors/* DistroError */.Yt(`archlinux: the ${key} '${v.split(/\r?\n/)[0]}…' has a line break, which .PKGINFO cannot hold; write it on one line.`);
        return `${key} = ${v}\n`;
    })
        .join('');
}
/** `.PKGINFO`: `size` is the bytes of the payload's regular files (makepkg's dirsize). */
function pkgInfo(spec, size, backup) {
    const summary = spec.summary.replace(/\s+/g, ' ').trim();
    return [
        '# Generated by distro-actions\n',
        kv('pkgname', [spec.name]),
        kv('pkgbase', [String(spec.extra.pkgbase ?? spec.name)]),
        kv('xdata', ['pkgtype=pkg']),
        kv('pkgver', [archFullVersion(spec)]),
        kv('pkgdesc', [summary]),
        kv('url', [spec.homepage]),
        kv('builddate', [String(spec.buildTime)]),
        kv('packager', [packagerOf(spec)]),
        kv('size', [String(size)]),
        kv('arch', [archOf(spec)]),
        kv('license', [spec.license]),
        kv('replaces', spec.replaces),
        kv('conflict', spec.conflicts),
        kv('provides', spec.provides),
        kv('backup', backup),
        kv('depend', [...spec.predepends, ...spec.depends]),
        kv('optdepend', [...spec.recommends, ...spec.suggests]),
    ].join('');
}
/** `.BUILDINFO` format 2, with what is known here (no PKGBUILD, no build directory). */
function buildInfo(spec) {
    return [
        kv('format', ['2']),
        kv('pkgname', [spec.name]),
        kv('pkgbase', [String(spec.extra.pkgbase ?? spec.name)]),
        kv('pkgver', [archFullVersion(spec)]),
        kv('pkgarch', [archOf(spec)]),
        kv('packager', [packagerOf(spec)]),
        kv('builddate', [String(spec.buildTime)]),
        kv('buildtool', ['distro-actions']),
    ].join('');
}
const SH_FAMILY = /^(sh|bash|dash|ash|ksh|mksh|zsh|busybox)$/;
/**
 * One scriptlet function. pacman sources `.INSTALL` in `/bin/sh` and calls the function, so the
 * script (a whole file for deb/rpm, maybe with its own `exit` and shebang) runs as its own process
 * with its interpreter, reading its text from a here-document, with pacman's arguments (the new
 * and old versions).
 */
function scriptFunction(fn, script) {
    const [first, ...rest] = script.split('\n');
    const shebang = /^#!\s*(\S+)(?:\s+(.*\S))?\s*$/.exec(first ?? '');
    const argv = shebang ? [shebang[1], ...(shebang[2] ? [shebang[2]] : [])] : ['/bin/sh'];
    const body = shebang ? rest.join('\n') : script;
    const prog = argv[0].split('/').pop();
    const interp = prog === 'env' ? (shebang?.[2]?.split(/\s+/)[0] ?? '') : prog;
    const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const call = SH_FAMILY.test(interp) ? `${quoted} -s -- "$@"` : `${quoted} - "$@"`;
    let end = 'DISTRO_ACTIONS_SCRIPT_END';
    for (let i = 1; body.split('\n').includes(end); i++)
        end = `DISTRO_ACTIONS_SCRIPT_END_${i}`;
    return `${fn}() {\n  ${call} <<'${end}'\n${body.replace(/\n?$/, '\n')}${end}\n}\n`;
}
/**
 * `.INSTALL`, or undefined when the package has no scripts. pacman runs only pre/post_upgrade on an
 * upgrade, so without `archlinux.scripts.preupgrade`/`postupgrade` an upgrade runs the install
 * scripts (as rpm runs %pre/%post of the new package).
 */
function installScript(spec) {
    const s = spec.scripts;
    const fns = [
        ['pre_install', s.preinstall],
        ['post_install', s.postinstall],
        ['pre_upgrade', s.preupgrade ?? s.preinstall],
        ['post_upgrade', s.postupgrade ?? s.postinstall],
        ['pre_remove', s.preremove],
        ['post_remove', s.postremove],
    ];
    const parts = fns.filter(([, text]) => text).map(([fn, text]) => scriptFunction(fn, text));
    return parts.length ? parts.join('\n') : undefined;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/formats/archlinux/mtree.ts
/**
 * The `.MTREE` of an Arch Linux package: what makepkg writes with
 *   bsdtar --format=mtree --options='!all,use-set,type,uid,gid,mode,time,size,md5,sha256,link'
 * then `gzip -n`. pacman checks installed files against it (`pacman -Qkk`).
 *
 * libarchive's `use-set` (write_mtree_entry_tree): before each directory, a `/set` with the uid, gid
 * and mode most of its children have (after the first, only a value that changed and that two or
 * more children share); each line names only the keys that differ from the set, in the order time,
 * mode, gid, uid, type, link, size, md5digest, sha256digest. Names are `./path`, with bytes outside
 * printable ASCII (and space, `#`, `=`, `\`) as `\ooo`.
 */

/** The value most entries have; a tie goes to the value that reached the count first (libarchive's counter). */
function mostCommon(values) {
    const counts = new Map();
    let best;
    for (const v of values) {
        const n = (counts.get(v) ?? 0) + 1;
        counts.set(v, n);
        if (!best || n > best.count)
            best = { value: v, count: n };
        else if (best.value === v)
            best.count = n;
    }
    return best;
}
/** libarchive's mtree quoting. */
function mtreeQuote(name) {
    let out = '';
    for (const byte of Buffer.from(name, 'utf8')) {
        const c = String.fromCharCode(byte);
        out += byte <= 0x20 || byte >= 0x7f || '#=\\'.includes(c) ? `\\${byte.toString(8).padStart(3, '0')}` : c;
    }
    return out;
}
/** The entries as a tree under a virtual root `.`. */
function buildTree(entries) {
    const root = { base: '.', children: [] };
    const dirs = new Map([['', root]]);
    const nodeOf = (dir) => {
        let n = dirs.get(dir);
        if (!n) {
            const i = dir.lastIndexOf('/');
            n = { base: dir.slice(i + 1), children: [] };
            nodeOf(i < 0 ? '' : dir.slice(0, i)).children.push(n);
            dirs.set(dir, n);
        }
        return n;
    };
    for (const item of entries) {
        const name = item.entry.name.replace(/\/$/, '');
        if (item.entry.type === 'dir')
            nodeOf(name).item = item;
        else {
            const i = name.lastIndexOf('/');
            nodeOf(i < 0 ? '' : name.slice(0, i)).children.push({ item, base: name.slice(i + 1), children: [] });
        }
    }
    const sort = (n) => {
        n.children.sort((a, b) => Buffer.compare(Buffer.from(a.base), Buffer.from(b.base)));
        n.children.forEach(sort);
    };
    sort(root);
    return root;
}
/** libarchive's write_global: the first /set names all; later ones only what changed, by 2+ entries. */
function globalSet(set, children) {
    const es = children.filter((c) => c.item).map((c) => c.item.entry);
    if (!es.length)
        return undefined;
    const top = {
        uid: mostCommon(es.map((e) => e.uid)),
        gid: mostCommon(es.map((e) => e.gid)),
        mode: mostCommon(es.map((e) => e.mode)),
    };
    const parts = [];
    if (!set.started)
        parts.push('type=file');
    for (const k of ['uid', 'gid', 'mode']) {
        const t = top[k];
        if (set.started && (t.count < 2 || set[k] === t.value))
            continue;
        set[k] = t.value;
        parts.push(`${k}=${k === 'mode' ? t.value.toString(8) : t.value}`);
    }
    set.started = true;
    return parts.length ? `/set ${parts.join(' ')}` : undefined;
}
function line(path, { entry: e, md5, sha256 }, set) {
    const keys = [mtreeQuote(path), `time=${e.mtime}.0`];
    if (e.mode !== set.mode)
        keys.push(`mode=${e.mode.toString(8)}`);
    if (e.gid !== set.gid)
        keys.push(`gid=${e.gid}`);
    if (e.uid !== set.uid)
        keys.push(`uid=${e.uid}`);
    if (e.type === 'dir')
        keys.push('type=dir');
    else if (e.type === 'symlink')
        keys.push('type=link', `link=${mtreeQuote(e.linkname ?? '')}`);
    else
        keys.push(`size=${e.data ? e.data.length : e.size}`);
    if (md5)
        keys.push(`md5digest=${md5}`);
    if (sha256)
        keys.push(`sha256digest=${sha256}`);
    return keys.join(' ');
}
/**
 * The mtree text for `entries` (names without `./`, directories with a trailing `/`), in
 * libarchive's order: a directory (after the `/set` its children call for), its other entries,
 * then its subdirectories, each level sorted by name.
 */
function mtreeText(entries) {
    const lines = ['#mtree'];
    const set = { started: false, uid: 0, gid: 0, mode: 0 };
    const walk = (n, path) => {
        const g = globalSet(set, n.children);
        if (g)
            lines.push(g);
        if (n.item)
            lines.push(line(path, n.item, set));
        const sub = n.children.filter((c) => c.item?.entry.type !== 'file' && c.item?.entry.type !== 'symlink');
        for (const c of n.children)
            if (!sub.includes(c))
                lines.push(line(`${path}/${c.base}`, c.item, set));
        for (const c of sub)
            walk(c, `${path}/${c.base}`);
    };
    walk(buildTree(entries), '.');
    return `${lines.join('\n')}\n`;
}
/** gzip as `gzip -n` writes it: no name, MTIME 0, OS byte "unix". */
function gzipN(text) {
    const gz = external_node_zlib_default().gzipSync(Buffer.from(text), { level: 6 });
    gz[9] = 3;
    return gz;
}

;// CONCATENATED MODULE: ./src/formats/archlinux/index.ts
/**
 * Arch Linux packages, written natively: `<name>-<[epoch:]ver>-<rel>-<arch>.pkg.tar.zst`, a zstd
 * tar whose first entries are `.BUILDINFO`, `.INSTALL` (when there are scripts), `.MTREE` and
 * `.PKGINFO` (makepkg's order: names in C collation, so the dot files lead), then the payload with
 * its parent directories (as makepkg's $pkgdir holds them), sorted by name. Reproducible: every
 * byte comes from the spec (mtimes, owners 0/0, modes); zstd is single-threaded.
 *
 * Two passes over the payload: the first hashes each file (MD5 and SHA-256 for .MTREE, which
 * precedes the files in the tar), the second streams them into the tar. The package goes to a
 * temporary beside `out` (src/atomic.ts), renamed on success and deleted on any failure.
 */










/** tar-stream writes the mtime with 32-bit arithmetic. */
const MAX_MTIME = 2 ** 31 - 1;
/** The payload: every file and its parent directories (no `./`), sorted; and the config files. */
function payload(spec) {
    const plan = (0,deb.dataEntries)(spec);
    const entries = plan.entries.filter((e) => e.name !== './').map((e) => ({ ...e, name: e.name.slice(2) }));
    const backup = plan.conffileList.map((f) => f.replace(/^\/+/, ''));
    return { entries, backup };
}
/** MD5 and SHA-256 of each regular file, read in pooled chunks. */
async function hashFiles(entries, pool) {
    const out = [];
    for (const entry of entries) {
        if (entry.type !== 'file') {
            out.push({ entry });
            continue;
        }
        const md5 = (0,external_node_crypto_.createHash)('md5');
        const sha = (0,external_node_crypto_.createHash)('sha256');
        const chunks = entry.data
            ? [entry.data]
            : (0,archive.readChunks)({ source: entry.source, size: entry.size, name: entry.name }, pool);
        for await (const chunk of chunks) {
            md5.update(chunk);
            sha.update(chunk);
            const home = pool.home(chunk);
            if (home)
                pool.release(home);
        }
        out.push({ entry, md5: md5.digest('hex'), sha256: sha.digest('hex') });
    }
    return out;
}
/** The metadata entries (.BUILDINFO, .INSTALL, .PKGINFO) without .MTREE, in tar order. */
function metaEntries(spec, size, backup) {
    const file = (name, text) => {
        const data = Buffer.from(text);
        return { ...archive.TAR_OWNER, name, type: 'file', mode: 0o644, mtime: spec.buildTime, size: data.length, data };
    };
    const install = installScript(spec);
    return [
        file('.BUILDINFO', buildInfo(spec)),
        ...(install ? [file('.INSTALL', install)] : []),
        file('.PKGINFO', pkgInfo(spec, size, backup)),
    ];
}
async function writeArchLinux(out, spec) {
    if (!Number.isInteger(spec.buildTime) || spec.buildTime < 0 || spec.buildTime > MAX_MTIME) {
        throw new errors/* DistroError */.Yt(`the build time (SOURCE_DATE_EPOCH) must be whole seconds from 0 to ${MAX_MTIME}, got ${spec.buildTime}`);
    }
    archFileName(spec); // checks the architecture before any work
    const { entries, backup } = payload(spec);
    const size = entries.reduce((n, e) => n + (e.type === 'file' ? e.size : 0), 0);
    const meta = metaEntries(spec, size, backup);
    const pool = new archive.BufferPool();
    const hashed = await hashFiles([...meta, ...entries], pool);
    const mtreeData = gzipN(mtreeText(hashed));
    const mtree = {
        ...archive.TAR_OWNER,
        name: '.MTREE',
        type: 'file',
        mode: 0o644,
        mtime: spec.buildTime,
        size: mtreeData.length,
        data: mtreeData,
    };
    const all = [...meta.filter((e) => e.name !== '.PKGINFO'), mtree, meta.at(-1), ...entries];
    const target = external_node_path_default().resolve(out);
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    const tmp = (0,atomic/* tempPath */.EZ)(target);
    const output = new archive.Output(tmp);
    try {
        const comp = await (0,archive.compressor)('tar.zst', archive.DEFAULT_LEVELS['tar.zst']);
        await (0,archive.writeTarEntries)(all, output, comp, pool);
        await output.finish();
        await (0,promises_.rename)(tmp, target);
        return { size: output.size, sha256: output.digest() };
    }
    catch (err) {
        await output.abandon();
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
}

// EXTERNAL MODULE: ./src/formats/archlinux/read.ts
var read = __webpack_require__(1053);
;// CONCATENATED MODULE: ./src/formats/archlinux/format.ts
/**
 * The archlinux format's rules for the neutral resolver (src/formats/pkg) and its entry in the
 * registry: pacman package names, pkgver/pkgrel/epoch (archPackageVersion), pacman's architecture
 * names, `name>=1.0` dependencies (no alternatives), archlinux.scripts.preupgrade/postupgrade, and
 * the SBOM reader. No systemd snippets: Arch packages do not enable or start units themselves.
 */







/** A dependency as pacman writes it: `name`, `name>=1.0`; pacman has no `a | b`. */
function archDependency(text) {
    // pacman's own spelling, `name>=1.0`, as a PKGBUILD writes it
    const own = /^([A-Za-z0-9@_+][A-Za-z0-9@._+-]*)(<=|>=|=|<|>)([A-Za-z0-9._+:~-]+)$/.exec(text.trim());
    if (own)
        return `${own[1]}${own[2]}${own[3]}`;
    const alts = (0,deps/* parseDep */.z5)(text.trim());
    if (alts.length > 1)
        throw new Error('pacman has no alternatives (a | b); depend on one package, or on a name both provide');
    const d = alts[0];
    return d.op ? `${d.name}${d.op}${d.version}` : d.name;
}
/**
 * Arch Linux is merged-/usr: /bin, /sbin, /usr/sbin and /lib are symlinks the `filesystem` package
 * owns, and pacman refuses a package with files below them ("/lib exists in filesystem"). Such
 * paths move to where the symlinks point (/usr/bin, /usr/lib), as Arch's packaging guidelines ask.
 */
const MERGED = [
    [/^\/(usr\/)?s?bin(?=\/|$)/, '/usr/bin'],
    [/^\/lib(?=\/|$)/, '/usr/lib'],
    [/^\/lib64(?=\/|$)/, '/usr/lib'],
];
async function mergedUsr(spec, ctx) {
    const moved = [];
    const seen = new Map();
    for (const f of spec.files) {
        const rule = MERGED.find(([re]) => re.test(f.dst));
        const dst = rule ? f.dst.replace(rule[0], rule[1]) : f.dst;
        if (dst !== f.dst)
            moved.push(`${f.dst} → ${dst}`);
        const prev = seen.get(dst);
        if (prev && !(prev.type === 'dir' && f.type === 'dir'))
            throw new errors/* DistroError */.Yt(`archlinux: ${f.dst} and ${prev.from} are both ${dst} on Arch Linux (/bin, /sbin and /lib are symlinks into /usr there); ship one of them, or limit the other to deb/rpm with \`packager:\`.`, ctx.where('contents'));
        if (!prev)
            seen.set(dst, { ...f, dst, from: f.dst });
    }
    spec.files = [...seen.values()]
        .map(({ from: _from, ...f }) => f)
        .sort((a, b) => (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0));
    if (moved.length)
        ctx.log.info(`archlinux: moved into /usr (Arch Linux is merged-/usr): ${moved.join(', ')}`);
}
/** The payload's files (not the .PKGINFO/.MTREE… metadata) and the `depend` lines, for the SBOM. */
async function archContents(file) {
    const { info } = await (0,read/* readPkgFile */.T)(file);
    const files = await (0,contents/* tarFiles */.dL)(await (0,contents/* decompress */.mF)((0,external_node_fs_.createReadStream)(file), 'zstd'));
    return { files: files.filter((f) => !/^\.\/\./.test(f.path)), depends: info.get('depend') ?? [] };
}
const archlinuxFormat = {
    name: 'archlinux',
    kind: 'package',
    purlType: 'alpm',
    arch: (target) => (target ? target.archlinux : 'any'),
    nameProblem: (name) => /^[A-Za-z0-9@_+][A-Za-z0-9@._+-]*$/.test(name)
        ? undefined
        : `'${name}' is not a legal Arch Linux package name: use letters, digits and @ . _ + - only, not starting with - or . (set overrides.archlinux.name to keep another name elsewhere).`,
    spellVersion(v, opts) {
        const a = (0,config_version/* archPackageVersion */.VY)(v, opts);
        return `${a.epoch ? `${a.epoch}:` : ''}${a.version}-${a.release}`;
    },
    versionParts: (v, c, where) => (0,config_version/* archPackageVersion */.VY)(v, {
        epoch: c.epoch,
        release: c.release,
        where,
    }),
    dependency: archDependency,
    dependencyHint: "write 'name', 'name>=1.0' or 'name (>= 1.0)'",
    extraScripts(section) {
        const rs = (section.scripts ?? {});
        const out = {};
        for (const k of ['preupgrade', 'postupgrade'])
            if (rs[k])
                out[k] = rs[k];
        return out;
    },
    finish: mergedUsr,
    fileName: archFileName,
    packageVersion: archFullVersion,
    write: (out, spec) => writeArchLinux(out, spec),
    contents: archContents,
};

// EXTERNAL MODULE: ./src/formats/deb/read.ts
var deb_read = __webpack_require__(6174);
;// CONCATENATED MODULE: ./src/formats/deb/contents.ts
/** What a deb holds, for the SBOM: the files of data.tar and the Pre-Depends and Depends. */




async function debContents(file) {
    const { fields } = await (0,deb_read/* readDebControl */.R2)(file);
    const depends = ['Pre-Depends', 'Depends'].flatMap((f) => ((0,deb_read/* getField */.VI)(fields, f) ?? '')
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean));
    const fh = await (0,promises_.open)(file, 'r');
    const out = { files: [], depends };
    try {
        const size = (await fh.stat()).size;
        if ((await (0,contents/* readAt */.m6)(fh, 0, 8, file)).toString('latin1') !== '!<arch>\n')
            throw (0,contents/* bad */.MB)(file, 'not a deb (ar) file');
        for (let pos = 8; pos + 60 <= size;) {
            const h = (await (0,contents/* readAt */.m6)(fh, pos, 60, file)).toString('latin1');
            const name = h.slice(0, 16).trim().replace(/\/$/, '');
            const len = Number(h.slice(48, 58).trim());
            if (!Number.isInteger(len) || h.slice(58, 60) !== '`\n')
                throw (0,contents/* bad */.MB)(file, `bad ar header at byte ${pos}`);
            const start = pos + 60;
            const member = () => (0,external_node_fs_.createReadStream)(file, { start, end: start + len - 1 });
            if (name.startsWith('data.tar')) {
                out.files = await (0,contents/* tarFiles */.dL)(await (0,contents/* decompress */.mF)(member(), (0,contents/* compressionOfName */.Vd)(name)));
            }
            pos = start + len + (len % 2);
        }
    }
    finally {
        await fh.close();
    }
    return out;
}

// EXTERNAL MODULE: ./src/formats/deb/docs.ts
var docs = __webpack_require__(10237);
// EXTERNAL MODULE: ./src/formats/pkg/scripts.ts
var scripts = __webpack_require__(85405);
;// CONCATENATED MODULE: ./src/formats/deb/systemd.ts
/** The maintainer-script snippets dh_installsystemd gives a deb that ships systemd units. */

/**
 * What dh_installsystemd adds (enable, start/restart on upgrade, stop on remove, daemon-reload,
 * purge). Every command is guarded (no systemd in chroots and containers, no
 * init-system-helpers) and ends in `|| true`, so `set -e` scripts cannot fail on it. Nothing is
 * done under DPKG_ROOT (an install into another root without chroot): the helpers would act on
 * the host.
 */
function debSystemd(units) {
    const u = units.join(' ');
    return {
        postinstall: `${scripts/* SYSTEMD_MARK */.C}
if [ -z "\${DPKG_ROOT:-}" ] && { [ "$1" = "configure" ] || [ "$1" = "abort-upgrade" ] || [ "$1" = "abort-deconfigure" ] || [ "$1" = "abort-remove" ]; }; then
	if command -v deb-systemd-helper >/dev/null 2>&1; then
		for _unit in ${u}; do
			deb-systemd-helper unmask "$_unit" >/dev/null || true
			if deb-systemd-helper --quiet was-enabled "$_unit"; then
				deb-systemd-helper enable "$_unit" >/dev/null || true
			else
				deb-systemd-helper update-state "$_unit" >/dev/null || true
			fi
		done
	fi
	if [ -d /run/systemd/system ]; then
		systemctl --system daemon-reload >/dev/null || true
		if [ -n "$2" ]; then _dh_action=restart; else _dh_action=start; fi
		if command -v deb-systemd-invoke >/dev/null 2>&1; then
			deb-systemd-invoke $_dh_action ${u} >/dev/null || true
		fi
	fi
fi
`,
        preremove: `${scripts/* SYSTEMD_MARK */.C}
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = remove ] && [ -d /run/systemd/system ] && command -v deb-systemd-invoke >/dev/null 2>&1; then
	deb-systemd-invoke stop ${u} >/dev/null || true
fi
`,
        postremove: `${scripts/* SYSTEMD_MARK */.C}
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = remove ] && [ -d /run/systemd/system ]; then
	systemctl --system daemon-reload >/dev/null || true
fi
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = "purge" ] && [ -x "/usr/bin/deb-systemd-helper" ]; then
	deb-systemd-helper purge ${u} >/dev/null || true
	deb-systemd-helper unmask ${u} >/dev/null || true
fi
`,
    };
}

;// CONCATENATED MODULE: ./src/formats/deb/format.ts
/**
 * The deb format's rules for the neutral resolver (src/formats/pkg) and its entry in the registry:
 * Debian package names, `[epoch:]upstream-revision` versions (revision default `1`, so lintian
 * reads the package as non-native), Debian architecture names, `name (>= 1.0)` relations,
 * dh_installsystemd snippets, generated copyright and changelog, triggers, Priority `optional`.
 */






const debFormat = {
    name: 'deb',
    kind: 'package',
    purlType: 'deb',
    arch: (target) => (target ? target.debian : 'all'),
    nameProblem: (name) => /^[a-z0-9][a-z0-9+.-]+$/.test(name)
        ? undefined
        : `'${name}' is not a legal Debian package name: use lower-case letters, digits and + - . only, at least two characters, starting with a letter or digit (e.g. ${name.toLowerCase().replace(/[^a-z0-9+.-]/g, '-')}); set overrides.deb.name to keep another name elsewhere.`,
    spellVersion: (v, opts) => (0,config_version/* debVersion */.Ah)(v, opts),
    versionParts(v, c, where) {
        const release = String(c.release ?? '').trim() || '1';
        const full = (0,config_version/* debVersion */.Ah)(v, { epoch: c.epoch, release, where });
        const epoch = c.epoch ? String(Number(String(c.epoch).trim())) : undefined;
        const version = full.slice(epoch ? epoch.length + 1 : 0, full.length - release.length - 1);
        return epoch ? { version, release, epoch } : { version, release };
    },
    dependency: (text) => (0,deps/* parseDep */.z5)(text.trim())
        .map((d) => (d.op ? `${d.name} (${deps/* RPM_TO_DEB */.a3[d.op]} ${d.version})` : d.name))
        .join(' | '),
    dependencyHint: "write 'name', 'name (>= 1.0)' or 'a | b'",
    systemd: debSystemd,
    async finish(spec, ctx) {
        const triggers = (0,docs/* debTriggers */.Xz)(spec.extra.triggers);
        if (triggers)
            spec.triggers = triggers;
        if (!spec.priority)
            spec.priority = 'optional';
        if (!spec.maintainer)
            ctx.log.warn('maintainer is not set: the deb has no Maintainer field (lintian: no-maintainer-field); add maintainer: Name <email>.', ctx.where('maintainer'));
        await (0,docs/* addGeneratedDocs */.s2)(spec, ctx);
    },
    fileName: deb.debFileName,
    packageVersion: deb.debFullVersion,
    write: deb.writeDeb,
    contents: debContents,
};

;// CONCATENATED MODULE: ./src/formats/installer/template.ts
/**
 * The shell text of install.sh (format `installer`): POSIX sh, checked by shellcheck and run under
 * dash, bash and busybox ash in __tests__/installer.test.ts. `# @HEADER@` and `# @DATA@` are
 * replaced by renderInstaller (./index.ts); everything else is the script as users get it.
 *
 * A TypeScript string (not a .sh file beside it) so the bundle carries it. It is a String.raw
 * template, so the shell text must not contain a backtick or a dollar sign followed by a brace:
 * use $(...) and plain $var (the test checks the text for both).
 */
const INSTALL_SH_TEMPLATE = String.raw `#!/bin/sh
# @HEADER@
#
# Usage: sh install.sh [options]   or   curl -fsSL <url>/install.sh | sh -s -- [options]
# Run with --help for the options. Nothing downloaded is ever run as shell code: the archive is
# checked against SHA256SUMS, and SHA256SUMS against the release's OpenPGP key, before anything
# is installed.
set -eu

# --- release data (written by distro-actions package-format) ---
# @DATA@
# --- end of release data ---

ME=install.sh
quiet=0
dry_run=0
uninstall=0
verify_sig=1
method=archive
want_version=''
prefix=''
tmp=''

usage() {
  cat <<EOF
Installs $NAME (release $RELEASE_TAG) for this machine.

Usage: sh install.sh [options]
       curl -fsSL <release url>/install.sh | sh -s -- [options]

Options:
  --version X            install release X (e.g. 1.2.3 or v1.2.3), or 'latest'
                         (default: $RELEASE_VERSION, the release this installer belongs to)
  --prefix DIR           install under DIR: DIR/bin, DIR/share/man, completions
                         (default: /usr/local as root, else ~/.local)
  --method archive|package
                         archive (default): the release's archive for this machine;
                         package: add the project's APT or YUM repository and install
                         the package with apt-get or dnf (needs root)
  --dry-run              download and check, print every action, change nothing
  --uninstall            remove exactly what an earlier install recorded in its receipt
  --no-verify-signature  do not check the OpenPGP signature of SHA256SUMS (not recommended)
  --quiet                print errors and warnings only
  --help                 this text

Platforms of this release: $(platforms)
EOF
}

say() { [ "$quiet" = 1 ] || printf '%s\n' "$*"; }
warn() { printf '%s: warning: %s\n' "$ME" "$*" >&2; }
die() {
  printf '%s: error: %s\n' "$ME" "$*" >&2
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

# One argument quoted for a POSIX shell, so what is printed can be pasted.
quote() {
  case $1 in
    '' | *[!A-Za-z0-9_./:=@%+,-]*) printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")" ;;
    *) printf '%s' "$1" ;;
  esac
}

# Runs a command that changes the system, or with --dry-run prints it.
act() {
  line=''
  for a in "$@"; do line="$line $(quote "$a")"; done
  if [ "$dry_run" = 1 ]; then
    printf 'would run:%s\n' "$line"
  else
    [ "$quiet" = 1 ] || printf '+%s\n' "$line"
    "$@"
  fi
}

# The value of an option: --opt=value, or the next argument.
optval() {
  case $1 in
    *=*) printf '%s' "$1" | sed 's/^[^=]*=//' ;;
    *)
      [ "$#" -ge 2 ] || die "$1 needs a value (see --help)"
      printf '%s' "$2"
      ;;
  esac
}

parse_args() {
  while [ "$#" -gt 0 ]; do
    n=1
    case $1 in
      --version | --prefix | --method) n=2 ;;
    esac
    case $1 in
      --version | --version=*) want_version=$(optval "$@") ;;
      --prefix | --prefix=*) prefix=$(optval "$@") ;;
      --method | --method=*) method=$(optval "$@") ;;
      --dry-run) dry_run=1 ;;
      --uninstall) uninstall=1 ;;
      --no-verify-signature) verify_sig=0 ;;
      --quiet | -q) quiet=1 ;;
      --help | -h)
        usage
        exit 0
        ;;
      *) die "unknown option '$1' (see --help)" ;;
    esac
    [ "$#" -ge "$n" ] || die "$1 needs a value (see --help)"
    shift "$n"
  done
  case $method in
    archive | package) ;;
    *) die "--method: '$method' is not archive or package" ;;
  esac
  case $prefix in
    '' | /*) ;;
    *) prefix="$(pwd)/$prefix" ;;
  esac
}

# The platforms this release has archives for, as os/arch.
platforms() {
  printf '%s\n' "$ARCHIVES" | while read -r p_os p_arch _rest; do
    if [ -n "$p_os" ]; then printf '%s/%s\n' "$p_os" "$p_arch"; fi
  done | sort -u | tr '\n' ' ' | sed 's/ $//'
}

detect_os() {
  case $(uname -s) in
    Linux) echo linux ;;
    Darwin) echo darwin ;;
    FreeBSD) echo freebsd ;;
    *) uname -s | tr '[:upper:]' '[:lower:]' ;;
  esac
}

detect_arch() {
  m=$(uname -m)
  case $m in
    x86_64 | amd64 | x64) echo amd64 ;;
    i386 | i486 | i586 | i686 | x86) echo 386 ;;
    aarch64 | arm64) echo arm64 ;;
    armv7* | armv8l | armhf) echo armv7 ;;
    riscv64) echo riscv64 ;;
    ppc64le) echo ppc64le ;;
    s390x) echo s390x ;;
    *) echo "$m" ;;
  esac
}

# musl or gnu: which C library this Linux system runs on.
detect_libc() {
  for f in /lib/ld-musl-* /lib64/ld-musl-*; do
    [ -e "$f" ] && {
      echo musl
      return
    }
  done
  echo gnu
}

# Safe names only: a tag or version never carries shell or sed syntax into what follows.
check_name() {
  case $2 in
    '' | *[!A-Za-z0-9._+~-]*) die "$1 '$2' is not a release name (letters, digits and . _ + ~ - only)" ;;
  esac
}

fetch() {
  if [ "$downloader" = curl ]; then
    curl -fsSL --retry 3 -o "$2" "$1"
  else
    wget -q -O "$2" "$1"
  fi
}

resolve_version() {
  case $want_version in
    '' | "$RELEASE_TAG" | "$RELEASE_VERSION")
      tag=$RELEASE_TAG
      version=$RELEASE_VERSION
      return
      ;;
    latest)
      [ -n "$LATEST_URL" ] || die "--version latest: this installer does not know the project's GitHub repository"
      say "Asking $LATEST_URL for the latest release"
      fetch "$LATEST_URL" "$tmp/latest.json" || die "cannot read the latest release from $LATEST_URL"
      tag=$(sed -n 's/.*"tag_name"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$tmp/latest.json" | head -n 1)
      [ -n "$tag" ] || die "$LATEST_URL gave no tag_name"
      ;;
    v[0-9]*) tag=$want_version ;;
    *) tag="v$want_version" ;;
  esac
  check_name "the release tag" "$tag"
  case $tag in
    v[0-9]*) version=$(printf '%s' "$tag" | sed 's/^v//') ;;
    *) version=$tag ;;
  esac
}

# Picks the archive line for this machine: same os and arch, the C library of the system
# preferred, and the first format whose unpacker is installed.
pick_archive() {
  best=''
  best_score=0
  while read -r a_os a_arch a_abi a_file a_bins; do
    if [ "$a_os" != "$os" ] || [ "$a_arch" != "$arch" ]; then continue; fi
    score=1
    case $a_abi in
      "$libc"*) score=3 ;;
      musl*) score=2 ;;
    esac
    case $a_file in
      *.tar.gz | *.tgz) have tar && have gzip && score=$((score * 10 + 4)) ;;
      *.tar.xz) have tar && have xz && score=$((score * 10 + 3)) ;;
      *.zip) have unzip && score=$((score * 10 + 2)) ;;
      *.tar.zst) have tar && have zstd && score=$((score * 10 + 1)) ;;
    esac
    if [ "$score" -gt "$best_score" ]; then
      best="$a_file $a_bins"
      best_score=$score
    fi
  done <<EOF
$ARCHIVES
EOF
  [ -n "$best" ] || die "this release has no archive for $os/$arch; it has: $(platforms)"
  [ "$best_score" -ge 10 ] || die "missing tool: the archive for $os/$arch is $(printf '%s' "$best" | sed 's/ .*//'); install tar with gzip, xz or zstd, or unzip"
  file=$(printf '%s' "$best" | sed 's/ .*//' | sed "s/@VERSION@/$version/g")
  bins=$(printf '%s' "$best" | sed 's/^[^ ]* //' | tr ',' ' ')
}

sha256() {
  if have sha256sum; then
    sha256sum "$1" | cut -d ' ' -f 1
  elif have shasum; then
    shasum -a 256 "$1" | cut -d ' ' -f 1
  else
    die "missing tool: sha256sum or shasum is needed to check the download"
  fi
}

# The sum of $2 listed in the checksum file $1.
listed_sum() {
  awk -v f="$2" '$2 == f || $2 == ("*" f) { print $1; exit }' "$1"
}

# Checks the clearsigned SHA256SUMS.asc with gpg against the key baked into this script and
# leaves the signed text in $tmp/sums.signed.
verify_gpg() {
  mkdir -m 700 "$tmp/gnupg"
  gpg --homedir "$tmp/gnupg" --batch --quiet --no-autostart --import "$tmp/key" 2>"$tmp/gpg.err" ||
    die "cannot read the release key $KEY_FILE: $(cat "$tmp/gpg.err")"
  if ! gpg --homedir "$tmp/gnupg" --batch --no-autostart --status-fd 1 --output "$tmp/sums.signed" \
    --decrypt "$tmp/sums.asc" >"$tmp/gpg.status" 2>"$tmp/gpg.err"; then
    die "the signature of $SUMS does not verify: $SUMS.asc was changed or not made by key $FINGERPRINT; nothing installed"
  fi
  signer=$(awk '$1 == "[GNUPG:]" && $2 == "VALIDSIG" { print $NF; exit }' "$tmp/gpg.status")
}

# The same with sqv (Sequoia), which takes detached signatures: the clearsigned file is split
# into its text (without the last line end, as OpenPGP signs it) and its signature.
verify_sqv() {
  sed -n '/^-----BEGIN PGP SIGNATURE-----$/,/^-----END PGP SIGNATURE-----$/p' "$tmp/sums.asc" >"$tmp/sums.sig"
  sed -n '/^-----BEGIN PGP SIGNED MESSAGE-----$/,/^-----BEGIN PGP SIGNATURE-----$/p' "$tmp/sums.asc" |
    sed '1,/^$/d;$d' | sed 's/^- //' >"$tmp/sums.signed"
  printf '%s' "$(cat "$tmp/sums.signed")" >"$tmp/sums.text"
  signer=$(sqv --keyring "$tmp/key" "$tmp/sums.sig" "$tmp/sums.text" 2>"$tmp/sqv.err") ||
    die "the signature of $SUMS does not verify: $SUMS.asc was changed or not made by key $FINGERPRINT; nothing installed ($(cat "$tmp/sqv.err"))"
  signer=$(printf '%s\n' "$signer" | grep -x "$FINGERPRINT" | head -n 1 || true)
}

# Downloads the archive and the checksums, checks the signature and the checksum.
download_and_check() {
  base="$DOWNLOAD_URL/$tag"
  # GitHub stores a release asset with every character but letters, digits and . _ + - turned
  # into a dot (a ~ of a prerelease version, say); SHA256SUMS keeps the file's own name
  remote=$file
  case $DOWNLOAD_URL in
    */releases/download) remote=$(printf '%s' "$file" | tr -c 'A-Za-z0-9._+-' '.') ;;
  esac
  say "Downloading $base/$remote"
  fetch "$base/$remote" "$tmp/$file" || die "cannot download $base/$remote (is $tag a release of $NAME?)"
  fetch "$base/$SUMS" "$tmp/sums" || die "cannot download $base/$SUMS; without it the download cannot be checked"
  sums="$tmp/sums"
  if [ -z "$FINGERPRINT" ]; then
    say "Note: this release is not signed; checking $SUMS only"
  elif [ "$verify_sig" = 0 ]; then
    warn "NOT checking the OpenPGP signature of $SUMS (--no-verify-signature): the download is only as trustworthy as the server it came from"
  elif ! have gpg && ! have sqv; then
    warn "neither gpg nor sqv is installed: the signature of $SUMS (key $FINGERPRINT) is NOT checked; install gnupg or sqv to check it"
  else
    fetch "$base/$SUMS.asc" "$tmp/sums.asc" || die "cannot download $base/$SUMS.asc: this release is signed (key $FINGERPRINT) and its signature is missing; nothing installed"
    fetch "$base/$KEY_FILE" "$tmp/key" || die "cannot download the release key $base/$KEY_FILE"
    if have gpg; then verify_gpg; else verify_sqv; fi
    if [ "$(printf '%s' "$signer" | tr 'a-f' 'A-F')" != "$FINGERPRINT" ]; then
      die "$SUMS.asc is not signed by the key of $NAME ($FINGERPRINT) but by '$signer'; nothing installed"
    fi
    say "Signature of $SUMS: good, key $FINGERPRINT"
    [ "$(listed_sum "$tmp/sums.signed" "$file")" = "$(listed_sum "$tmp/sums" "$file")" ] ||
      die "$SUMS differs from its signed copy $SUMS.asc for $file; nothing installed"
    sums="$tmp/sums.signed"
  fi
  want=$(listed_sum "$sums" "$file")
  [ -n "$want" ] || die "$SUMS does not list $file; nothing installed"
  got=$(sha256 "$tmp/$file")
  [ "$got" = "$want" ] || die "checksum mismatch for $file: expected $want, got $got; nothing installed"
  say "Checksum of $file: good"
}

unpack() {
  mkdir "$tmp/x"
  case $file in
    *.tar.gz | *.tgz) gzip -dc "$tmp/$file" | (cd "$tmp/x" && tar -xf -) ;;
    *.tar.xz) xz -dc "$tmp/$file" | (cd "$tmp/x" && tar -xf -) ;;
    *.tar.zst) zstd -qdc "$tmp/$file" | (cd "$tmp/x" && tar -xf -) ;;
    *.zip) unzip -q "$tmp/$file" -d "$tmp/x" ;;
  esac
  # an archive made with wrap_in_directory has one top directory
  top="$tmp/x"
  set -- "$tmp/x"/*
  if [ "$#" = 1 ] && [ -d "$1" ]; then top=$1; fi
}

# Creates a directory (and records the ones it made, so --uninstall can remove them again).
make_dir() {
  [ -d "$1" ] && return 0
  case $receipt_lines in *"dir $1
"*) return 0 ;; esac
  make_dir "$(dirname "$1")"
  act mkdir "$1"
  record "dir $1"
}

# Adds a line to the receipt.
record() {
  receipt_lines="$receipt_lines$1
"
}

put() { # put SRC DEST MODE
  make_dir "$(dirname "$2")"
  act cp "$1" "$2.new-$$"
  act chmod "$3" "$2.new-$$"
  act mv -f "$2.new-$$" "$2"
  record "file $2"
}

install_archive() {
  installed=''
  for b in $bins; do
    [ -f "$top/$b" ] || die "the archive $file has no $b"
    put "$top/$b" "$bindir/$b" 755
    installed="$installed $b"
  done
  # man pages (man/<name>.<section>[.gz] or <name>.<section>) and shell completions
  find "$top" -type f | sort >"$tmp/files"
  while IFS= read -r f; do
    base=$(basename "$f")
    case " $bins " in *" $base "*) continue ;; esac
    case $base in
      *.[1-9] | *.[1-9].gz)
        s=$(printf '%s' "$base" | sed 's/\.gz$//; s/.*\.\([1-9]\)$/\1/')
        put "$f" "$prefix/share/man/man$s/$base" 644
        ;;
      *.bash | *.bash-completion)
        put "$f" "$prefix/share/bash-completion/completions/$(printf '%s' "$base" | sed 's/\.bash\(-completion\)\{0,1\}$//')" 644
        ;;
      _*) case $f in */completion*/* | */complete/*) put "$f" "$prefix/share/zsh/site-functions/$base" 644 ;; esac ;;
      *.zsh) put "$f" "$prefix/share/zsh/site-functions/_$(printf '%s' "$base" | sed 's/\.zsh$//')" 644 ;;
      *.fish) put "$f" "$prefix/share/fish/vendor_completions.d/$base" 644 ;;
    esac
  done <"$tmp/files"
}

write_receipt() {
  make_dir "$(dirname "$receipt")"
  if [ "$dry_run" = 1 ]; then
    say "would write the receipt $receipt"
    return
  fi
  # a reinstall keeps what the earlier install recorded: --uninstall removes both
  if [ -f "$receipt" ]; then
    grep -E '^(file|dir|repo|package) ' "$receipt" >"$tmp/old" || true
    receipt_lines=$(printf '%s%s' "$receipt_lines" "$(cat "$tmp/old")" | sort -u)
    receipt_lines="$receipt_lines
"
  fi
  {
    printf '# %s %s installed by install.sh (%s); --uninstall removes what is listed here\n' "$NAME" "$version" "$method"
    printf 'version %s\n' "$version"
    printf 'method %s\n' "$method"
    printf '%s' "$receipt_lines"
  } >"$receipt.new-$$"
  mv -f "$receipt.new-$$" "$receipt"
}

do_uninstall() {
  [ -f "$receipt" ] || die "no receipt at $receipt: $NAME was not installed here by install.sh (try --prefix)"
  say "Removing $NAME as recorded in $receipt"
  dirs=''
  while read -r kind path; do
    case $kind in
      file)
        case $path in
          "$prefix"/*) if [ -e "$path" ] || [ -L "$path" ]; then act rm -f "$path"; fi ;;
          *) warn "$receipt lists $path outside $prefix; left alone" ;;
        esac
        ;;
      dir) dirs="$dirs$path
" ;;
      package) remove_package "$path" ;;
      repo) if [ -e "$path" ]; then act rm -f "$path"; fi ;;
    esac
  done <"$receipt"
  act rm -f "$receipt"
  # the directories it made, deepest first, when nothing else is in them
  printf '%s' "$dirs" | sort -r | while IFS= read -r d; do
    if [ -d "$d" ] && rmdir "$d" 2>/dev/null; then say "removed $d"; fi
  done
  say "$NAME removed."
}

# --method package: the APT or YUM repository made by publish-repo, then apt-get or dnf.
install_package() {
  [ -n "$REPO_URL" ] || die "--method package: this release names no package repository; use --method archive"
  [ "$(id -u)" = 0 ] || die "--method package needs root (run it with sudo)"
  [ -z "$want_version" ] || [ "$want_version" = latest ] || warn "--method package installs the repository's newest $PACKAGE; --version is ignored"
  if have apt-get; then
    keyring=/etc/apt/keyrings/$NAME.gpg
    src=/etc/apt/sources.list.d/$NAME.sources
    act mkdir -p /etc/apt/keyrings
    fetch "$REPO_URL/apt/$NAME.gpg" "$tmp/repo.gpg" || die "cannot download the repository key $REPO_URL/apt/$NAME.gpg"
    check_repo_key "$tmp/repo.gpg"
    act cp "$tmp/repo.gpg" "$keyring"
    printf 'Types: deb\nURIs: %s/apt/\nSuites: %s\nComponents: %s\nSigned-By: %s\n' "$REPO_URL" "$CHANNEL" "$COMPONENT" "$keyring" >"$tmp/sources"
    act cp "$tmp/sources" "$src"
    act apt-get update -o "Dir::Etc::sourcelist=$src" -o Dir::Etc::sourceparts=- -o APT::Get::List-Cleanup=0
    act apt-get install -y "$PACKAGE"
    manager=apt-get
  elif have dnf; then
    keyring=''
    src=/etc/yum.repos.d/$NAME-$CHANNEL.repo
    printf '[%s-%s]\nname=%s (%s)\nbaseurl=%s/yum/%s\nenabled=1\ngpgcheck=1\nrepo_gpgcheck=1\ngpgkey=%s/yum/RPM-GPG-KEY-%s\n' \
      "$NAME" "$CHANNEL" "$NAME" "$CHANNEL" "$REPO_URL" "$CHANNEL" "$REPO_URL" "$NAME" >"$tmp/repo"
    act cp "$tmp/repo" "$src"
    act dnf install -y "$PACKAGE"
    manager=dnf
  else
    die "--method package needs apt-get or dnf; use --method archive"
  fi
  record "repo $src"
  [ -z "$keyring" ] || record "repo $keyring"
  record "package $manager"
  version=repository
}

# The repository key must be the release's key, when gpg can tell (apt then checks the repository with it).
check_repo_key() {
  if [ -z "$FINGERPRINT" ] || [ "$verify_sig" = 0 ] || ! have gpg; then return 0; fi
  mkdir -m 700 "$tmp/gnupg-repo"
  got=$(gpg --homedir "$tmp/gnupg-repo" --batch --no-autostart --with-colons --show-keys "$1" 2>/dev/null |
    awk -F: '$1 == "fpr" { print $10; exit }')
  [ "$got" = "$FINGERPRINT" ] || die "the repository key $REPO_URL/apt/$NAME.gpg is not the key of $NAME ($FINGERPRINT); nothing installed"
}

remove_package() {
  case $1 in
    apt-get) act apt-get purge -y "$PACKAGE" ;;
    dnf) act dnf remove -y "$PACKAGE" ;;
  esac
}

main() {
  parse_args "$@"
  if [ -z "$prefix" ]; then
    if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
  fi
  bindir="$prefix/bin"
  receipt="$prefix/share/distro-install/$NAME.receipt"
  receipt_lines=''
  if [ "$uninstall" = 1 ]; then
    do_uninstall
    return
  fi
  if have curl; then
    downloader=curl
  elif have wget; then
    downloader=wget
  else
    die "missing tool: curl or wget is needed to download $NAME"
  fi
  tmp=$(mktemp -d 2>/dev/null || mktemp -d -t distro-install)
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 130' INT TERM
  [ "$dry_run" = 0 ] || say "Dry run: nothing is changed."
  if [ "$method" = package ]; then
    install_package
    write_receipt
    say "$PACKAGE installed from the $CHANNEL repository."
    return
  fi
  os=$(detect_os)
  arch=$(detect_arch)
  libc=gnu
  [ "$os" != linux ] || libc=$(detect_libc)
  resolve_version
  pick_archive
  say "Installing $NAME $version for $os/$arch into $prefix"
  download_and_check
  unpack
  install_archive
  write_receipt
  if [ "$dry_run" = 1 ]; then
    say "Dry run done: nothing was changed."
    return
  fi
  say "Installed$installed into $bindir."
  case ":$PATH:" in
    *":$bindir:"*) ;;
    *) say "Note: $bindir is not on your PATH; add it, e.g.: export PATH=$(quote "$bindir"):\"\$PATH\"" ;;
  esac
}

main "$@" </dev/null
`;

;// CONCATENATED MODULE: ./src/formats/installer/index.ts
/**
 * Format `installer`: one `install.sh` per release, a POSIX sh script that picks the release's
 * archive for the machine it runs on, checks it against SHA256SUMS (and SHA256SUMS against the
 * release's OpenPGP key, whose fingerprint is baked in) and installs the binaries, man pages and
 * completions, with a receipt for `--uninstall`. The script text is ./template.ts; this file fills
 * in the release's data, every value single-quoted, so nothing from the config or the manifest is
 * ever read by the shell as code.
 */

const INSTALLER_FILE = 'install.sh';
/** One shell word in single quotes: nothing inside is expanded. */
function shQuote(v) {
    return `'${v.replace(/'/g, `'\\''`)}'`;
}
/** The archive table, one line per archive: os arch abi file binaries (comma-separated). */
function archiveLines(archives) {
    return [...archives]
        .map((a) => [a.os, a.arch, a.abi || '-', a.file, a.binaries.join(',')].join(' '))
        .sort()
        .join('\n');
}
/** The text of install.sh for `d`: same data, same bytes. */
function renderInstaller(d) {
    const data = [
        ['NAME', d.name],
        ['RELEASE_TAG', d.tag],
        ['RELEASE_VERSION', d.version],
        ['DOWNLOAD_URL', d.downloadUrl.replace(/\/+$/, '')],
        ['LATEST_URL', d.latestUrl],
        ['FINGERPRINT', d.fingerprint],
        ['SUMS', 'SHA256SUMS'],
        ['KEY_FILE', 'KEY.asc'],
        ['REPO_URL', d.repoUrl.replace(/\/+$/, '')],
        ['CHANNEL', d.channel],
        ['COMPONENT', d.component],
        ['PACKAGE', d.packageName],
        ['ARCHIVES', archiveLines(d.archives)],
    ];
    for (const [k, v] of data) {
        // the archive table is the only value with line breaks; a NUL would end the shell's read
        if (/[\0\r]/.test(v) || (k !== 'ARCHIVES' && v.includes('\n')))
            throw new Error(`installer: ${k} holds a control character`);
    }
    const header = `install.sh for ${d.name} ${d.version} (${d.tag}), made by distro-actions package-format (format installer).`;
    // replacer functions: a '$&' in a URL is text, not a replacement pattern
    return INSTALL_SH_TEMPLATE.replace('# @HEADER@', () => `# ${header.replace(/\n/g, ' ')}`).replace('# @DATA@', () => data.map(([k, v]) => `${k}=${shQuote(v)}`).join('\n'));
}

// EXTERNAL MODULE: ./src/config/index.ts + 3 modules
var src_config = __webpack_require__(41687);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/repos/url.ts
var url = __webpack_require__(36088);
// EXTERNAL MODULE: ./src/targets/index.ts
var src_targets = __webpack_require__(77594);
// EXTERNAL MODULE: ./src/formats/archive/name.ts
var archive_name = __webpack_require__(40614);
;// CONCATENATED MODULE: ./src/formats/installer/plan.ts
/**
 * What install.sh needs to know, from the config (`installer:`), the environment of the run
 * (GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_API_URL, GITHUB_REF) and the release's archives in
 * the manifest. `installerSettings` checks the config before the package stage writes anything;
 * `installerData` then lists the archives once they are written.
 */







/** Names the script passes through `case` and `sed`: letters, digits and . _ + ~ - only. */
const SAFE = /^[A-Za-z0-9._+~-]+$/;
function where(loaded, key) {
    return { key, file: loaded.file, line: loaded.lineOf(key) };
}
function fail(loaded, key, text) {
    const w = where(loaded, key);
    throw new errors/* DistroError */.Yt(`${(0,errors/* locationPrefix */.Kx)(w)}${key}: ${text}`, w);
}
/** The primary key fingerprint in `installer.public_key` (a public key, armored or binary). */
async function keyFingerprint(loaded, projectDir, rel) {
    const key = 'installer.public_key';
    const file = (0,paths/* resolveInside */.L)(projectDir, rel, where(loaded, key));
    const data = await (0,promises_.readFile)(file).catch((e) => fail(loaded, key, `cannot read ${(0,src_config/* showValue */.vp)(rel)} (${e.code ?? e.message}); give the path of the release's public key (KEY.asc) in the project.`));
    const { readKey } = await __webpack_require__.e(/* import() */ 3074).then(__webpack_require__.bind(__webpack_require__, 13074));
    const text = data.toString('latin1');
    const parsed = await (text.includes('-----BEGIN PGP')
        ? readKey({ armoredKey: text })
        : readKey({ binaryKey: new Uint8Array(data) })).catch((e) => fail(loaded, key, `${(0,src_config/* showValue */.vp)(rel)} is not an OpenPGP public key (${e.message}).`));
    if (parsed.isPrivate())
        fail(loaded, key, `${(0,src_config/* showValue */.vp)(rel)} holds a private key; give the public key (gpg --export --armor <fingerprint>).`);
    return parsed.getFingerprint().toUpperCase();
}
/** The release-wide settings, checked: every problem is an error naming its `installer.*` key. */
async function installerSettings(o) {
    const { config, loaded, env } = o;
    const c = (config.installer ?? {});
    const version = (0,src_config/* archiveVersion */.N9)(o.version);
    const tag = c.tag ?? (0,src_config/* tagFromRef */.q)(env.GITHUB_REF) ?? `v${version}`;
    if (!SAFE.test(tag))
        fail(loaded, 'installer.tag', `${(0,src_config/* showValue */.vp)(tag)} is not a tag install.sh can name (letters, digits and . _ + ~ -).`);
    const repository = c.repository ?? env.GITHUB_REPOSITORY ?? '';
    if (repository && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        fail(loaded, 'installer.repository', `${(0,src_config/* showValue */.vp)(repository)} is not owner/name.`);
    if (!repository && !c.download_url)
        fail(loaded, 'installer.repository', 'install.sh needs to know where the release is downloaded from: set installer.repository (owner/name of the GitHub repository) or installer.download_url, or run on GitHub (GITHUB_REPOSITORY).');
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const downloadUrl = (0,url/* checkUrl */.C)(c.download_url ?? `${server}/${repository}/releases/download`, c.download_url ? 'installer.download_url' : 'GITHUB_SERVER_URL', ['https:', 'http:']);
    const api = (0,url/* checkUrl */.C)(c.api_url ?? env.GITHUB_API_URL ?? 'https://api.github.com', c.api_url ? 'installer.api_url' : 'GITHUB_API_URL', ['https:', 'http:']);
    let fingerprint = '';
    if (c.fingerprint !== undefined) {
        fingerprint = String(c.fingerprint).replace(/\s+/g, '').toUpperCase();
        if (!/^([0-9A-F]{40}|[0-9A-F]{64})$/.test(fingerprint))
            fail(loaded, 'installer.fingerprint', `${(0,src_config/* showValue */.vp)(String(c.fingerprint))} is not an OpenPGP fingerprint (40 hex digits: gpg --fingerprint shows it; sign-artifacts prints it).`);
    }
    if (c.public_key !== undefined) {
        const fromKey = await keyFingerprint(loaded, o.projectDir, c.public_key);
        if (fingerprint && fromKey !== fingerprint)
            fail(loaded, 'installer.fingerprint', `${fingerprint} is not the fingerprint of installer.public_key (${fromKey}); remove one of them.`);
        fingerprint = fromKey;
    }
    const repoUrl = c.package_repository
        ? (0,url/* checkUrl */.C)(c.package_repository, 'installer.package_repository', ['https:', 'http:'])
        : '';
    const channel = c.channel ?? 'stable';
    if (!SAFE.test(channel))
        fail(loaded, 'installer.channel', `${(0,src_config/* showValue */.vp)(channel)} is not a channel name (letters, digits and . _ + -).`);
    const sums = config.sign?.checksums;
    if (sums && ![sums].flat().join(',').toLowerCase().includes('sha256'))
        fail(loaded, 'sign.checksums', 'install.sh checks downloads against SHA256SUMS; add sha256 to sign.checksums (or remove installer from formats).');
    return {
        name: config.name,
        tag,
        version,
        downloadUrl,
        latestUrl: repository ? `${api.replace(/\/+$/, '')}/repos/${repository}/releases/latest` : '',
        fingerprint,
        repoUrl,
        channel,
        component: config.repos?.apt?.component ?? 'main',
        packageName: config.name,
        template: config.archives?.name_template ?? archive_name/* DEFAULT_NAME_TEMPLATE */.no,
    };
}
/** The binaries in `a`: its `from` entries that are built binaries of its target. */
function binariesOf(a, binaries) {
    const out = [];
    for (const p of a.from ?? []) {
        const b = binaries.find((x) => x.path === p);
        if (b)
            out.push(typeof b.name === 'string' ? b.name : p.split('/').pop());
        else if (p.startsWith(`build/${a.target}/`) && !p.slice(`build/${a.target}/`.length).includes('/'))
            out.push(p.split('/').pop());
    }
    return [...new Set(out)].sort();
}
/**
 * The archives install.sh can pick (every archive of a non-Windows target with binaries in it),
 * each named with `@VERSION@` for the version when its name follows the name template.
 */
function installerArchives(s, artifacts) {
    const binaries = artifacts.filter((a) => a.kind === 'binary');
    const out = [];
    for (const a of artifacts) {
        if (a.kind !== 'archive' || !a.target || a.os === 'windows')
            continue;
        const t = (0,src_targets/* resolveTarget */.u1)(a.target, 'manifest');
        const bins = binariesOf(a, binaries);
        if (!bins.length || !SAFE.test(a.path) || !bins.every((b) => SAFE.test(b)))
            continue;
        const vars = (0,archive_name/* archiveNameVars */.cn)(s.name, s.version, t, String(a.format ?? ''));
        let file = a.path;
        try {
            if ((0,archive_name/* renderName */.gU)(s.template, vars) === a.path)
                file = (0,archive_name/* renderName */.gU)(s.template, { ...vars, version: '@VERSION@' });
        }
        catch {
            // made with another template: only this release's name is known
        }
        out.push({ os: t.os, arch: t.arch, abi: t.abi, file, binaries: bins, source: a.path });
    }
    return out;
}
/** The one error for a release install.sh has nothing to install from. */
function noArchivesError(formatKey) {
    return new errors/* DistroError */.Yt(`${formatKey}: installer needs the release's archives (tar.gz, tar.xz, tar.zst or zip) of at least one Linux, macOS or FreeBSD target, with binaries in them, and there are none. Add an archive format (formats: [tar.gz, installer]), or download the package jobs' archives with from: distro-package-*.`, { key: formatKey });
}

;// CONCATENATED MODULE: ./src/formats/installer/format.ts
/** The `installer` format: install.sh, once per release from every target's archives (src/formats/installer). */





const settingsOf = (ctx) => installerSettings({
    config: ctx.config,
    loaded: ctx.loaded,
    projectDir: ctx.projectDir,
    version: ctx.version,
    env: ctx.env,
});
const installerFormat = {
    name: 'installer',
    kind: 'release',
    // it lists every target's archives: only a job over the whole release writes it
    wholeRelease: true,
    spellVersion: (v, opts) => (0,config_version/* archiveVersion */.N9)(v, opts),
    async check(ctx) {
        const s = await settingsOf(ctx);
        if (!s.fingerprint)
            ctx.log.warn('installer: neither installer.fingerprint nor installer.public_key is set, so install.sh checks downloads against SHA256SUMS only, not its signature; set installer.fingerprint to the key sign-artifacts signs with.');
    },
    async write(ctx) {
        const settings = await settingsOf(ctx);
        const archives = installerArchives(settings, [...ctx.artifacts]);
        if (archives.length === 0)
            throw noArchivesError('formats');
        await ctx.log.group(`Writing ${INSTALLER_FILE} (${archives.length} archive(s))`, () => (0,atomic/* writeAtomic */.vZ)(external_node_path_default().join(ctx.distDir, INSTALLER_FILE), renderInstaller({ ...settings, archives }), 0o755));
        return [{ path: INSTALLER_FILE, kind: 'installer', from: archives.map((a) => a.source).sort() }];
    },
};

// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
// EXTERNAL MODULE: ./src/formats/pkg/contents.ts + 1 modules
var pkg_contents = __webpack_require__(54631);
// EXTERNAL MODULE: ./src/formats/pkg/context.ts
var context = __webpack_require__(76214);
// EXTERNAL MODULE: ./src/formats/oci/image.ts
var oci_image = __webpack_require__(92583);
// EXTERNAL MODULE: ./src/formats/oci/media.ts
var media = __webpack_require__(95310);
// EXTERNAL MODULE: ./src/formats/oci/reference.ts
var reference = __webpack_require__(25903);
;// CONCATENATED MODULE: ./src/formats/oci/format.ts
/**
 * The `oci` format: one image per Linux target (its binaries at `oci.binary_dir`, default
 * /usr/local/bin, and the `contents` entries meant for it) on `oci.base`, and one image index
 * over them, written once every target is known (`finish`) as `<name>-<version>-oci/` (an OCI
 * image layout) and `<name>-<version>-oci.tar` (the manifest artifact, kind `oci`).
 */











function argv(v, key) {
    if (v === undefined)
        return undefined;
    return Array.isArray(v) ? v.map(String) : (0,exec/* splitCommand */.GW)(v, key);
}
function list(v) {
    if (v === undefined)
        return [];
    return (Array.isArray(v) ? v : v.split(/[,\n]/)).map((s) => String(s).trim()).filter(Boolean);
}
/** The `org.opencontainers.image.*` annotations (and labels) from the project and the run. */
function ociAnnotations(ctx) {
    const { env, config } = ctx;
    const out = {
        'org.opencontainers.image.created': new Date(ctx.sourceDateEpoch * 1000)
            .toISOString()
            .replace('.000Z', 'Z'),
        'org.opencontainers.image.title': config.name,
        'org.opencontainers.image.version': (0,config_version/* archiveVersion */.N9)(ctx.version),
    };
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const source = env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : config.homepage;
    if (source)
        out['org.opencontainers.image.source'] = source;
    if (env.GITHUB_SHA)
        out['org.opencontainers.image.revision'] = env.GITHUB_SHA;
    if (config.license)
        out['org.opencontainers.image.licenses'] = config.license;
    if (config.description)
        out['org.opencontainers.image.description'] = config.description.split('\n')[0].trim();
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
function checkOci(o) {
    if (o.base && o.base !== 'scratch')
        (0,reference/* parseImageRef */.Q)(o.base, 'oci.base');
    argv(o.entrypoint, 'oci.entrypoint');
    argv(o.cmd, 'oci.cmd');
    for (const p of list(o.ports))
        if (!/^\d{1,5}(\/(tcp|udp|sctp))?$/.test(p))
            throw new errors/* DistroError */.Yt(`oci.ports: '${p}' is not a port; write 8080, 8080/tcp or 53/udp.`, {
                key: 'oci.ports',
            });
    if (o.repository)
        (0,reference/* parseImageRef */.Q)(o.repository, 'oci.repository', false);
}
/** The files of `target`'s image: its binaries under binary_dir, then the contents entries for `oci`. */
async function imageFiles(ctx, target, bins) {
    const dir = ctx.config.oci?.binary_dir ?? '/usr/local/bin';
    const files = new Map();
    if (ctx.config.contents?.length) {
        // contents as the packages resolve them; entries limited by `packager:` need to name oci
        const format = { ...debFormat, name: 'oci' };
        const r = (0,context/* resolving */.W)({ ...ctx, packager: format.name, target, binaries: bins }, format);
        for (const f of (await (0,pkg_contents/* resolveContents */.Z)(r)).values()) {
            if (f.ghost)
                continue;
            files.set(f.dst, {
                path: f.dst,
                type: f.type,
                source: f.source,
                size: f.size,
                mode: f.mode,
                linkname: f.linkname,
            });
        }
    }
    const placed = new Set([...files.values()].map((f) => f.source));
    for (const b of bins) {
        if (placed.has(b.file))
            continue; // contents put it somewhere already
        const dst = external_node_path_default().posix.join(dir, b.name);
        files.set(dst, { path: dst, type: 'file', source: b.file, mode: 0o755, size: undefined });
    }
    return [...files.values()];
}
function settings(o, firstBinary) {
    return {
        entrypoint: argv(o.entrypoint, 'oci.entrypoint') ?? (firstBinary ? [firstBinary] : undefined),
        cmd: argv(o.cmd, 'oci.cmd'),
        env: Object.entries(o.env ?? {}).map(([k, v]) => `${k}=${v}`),
        user: o.user,
        workdir: o.workdir,
        ports: list(o.ports),
        labels: o.labels,
    };
}
const ociFormat = {
    name: 'oci',
    kind: 'target',
    spellVersion: (v, opts) => (0,config_version/* archiveVersion */.N9)(v, opts),
    check: (ctx) => checkOci(ctx.config.oci ?? {}),
    appliesTo: (t) => t.os === 'linux',
    // every target's image goes into one index: all of it happens in finish
    write: async () => [],
    async finish(ctx) {
        const oci = ctx.config.oci ?? {};
        const bins = ctx.artifacts.filter((a) => a.kind === 'binary' && a.target);
        // ordered by platform (linux/amd64 first), whatever order the jobs gave the targets in
        const targets = ctx.targets
            .filter((t) => t.os === 'linux' && bins.some((b) => b.target === t.triple))
            .sort((a, b) => (a.docker < b.docker ? -1 : a.docker > b.docker ? 1 : 0));
        if (!targets.length)
            return [];
        const images = [];
        const seen = new Map();
        for (const target of targets) {
            const platform = (0,media/* parsePlatform */.FL)(target.docker);
            const other = seen.get((0,media/* platformString */.Fd)(platform));
            if (other)
                throw new errors/* DistroError */.Yt(`formats: oci: ${other} and ${target.triple} are both ${(0,media/* platformString */.Fd)(platform)}; an image index holds one image per platform. Package one of them in a job without oci (input target).`, { key: 'formats' });
            seen.set((0,media/* platformString */.Fd)(platform), target.triple);
            const mine = bins
                .filter((b) => b.target === target.triple)
                .map((b) => ({
                name: typeof b.name === 'string' ? b.name : external_node_path_default().posix.basename(b.path),
                file: external_node_path_default().join(ctx.distDir, b.path),
            }));
            const files = await imageFiles(ctx, (0,src_targets/* resolveTarget */.u1)(target.triple, 'manifest'), mine);
            const first = files.find((f) => f.source === mine[0]?.file)?.path;
            images.push({ platform, target: target.triple, files, settings: settings(oci, first) });
        }
        const stem = `${ctx.config.name}-${(0,config_version/* archiveVersion */.N9)(ctx.version)}-oci`;
        const rel = `${stem}.tar`;
        const built = await ctx.log.group(`Writing ${rel} (${images.map((i) => (0,media/* platformString */.Fd)(i.platform)).join(', ')})`, () => (0,oci_image/* buildImages */.rd)({
            layoutDir: external_node_path_default().join(ctx.distDir, stem),
            tarFile: external_node_path_default().join(ctx.distDir, rel),
            images,
            base: oci.base,
            baseKey: 'oci.base',
            annotations: ociAnnotations(ctx),
            created: ctx.sourceDateEpoch,
            refName: (0,config_version/* archiveVersion */.N9)(ctx.version),
        }));
        const file = {
            path: rel,
            kind: 'oci',
            from: bins.filter((b) => targets.some((t) => t.triple === b.target)).map((b) => b.path),
            fields: {
                os: 'linux',
                digest: built.index.digest,
                platforms: built.manifests.map((m) => (0,media/* platformString */.Fd)(m.platform)),
            },
        };
        return [file];
    },
};

// EXTERNAL MODULE: ./src/formats/archive/files.ts
var files = __webpack_require__(23322);
;// CONCATENATED MODULE: ./src/formats/windows/spec.ts
/**
 * What the Windows installers (msi, nsis) share: the installer model built from the config, the
 * version in the numeric form Windows Installer and NSIS accept, name-based UUIDs (RFC 9562 v5)
 * for the codes that must stay stable from release to release, and a staging directory whose
 * files carry SOURCE_DATE_EPOCH as mtime (the cab and NSIS record file times).
 */




/** Windows targets each installer format builds for (wixl 0.101 knows x86, x64 and ia64; no arm64). */
const spec_INSTALLER_ARCHES = {
    msi: ['x86_64', 'i686'],
    nsis: ['x86_64', 'i686', 'aarch64'],
};
/**
 * The namespace of distro-actions' name-based UUIDs: itself UUIDv5("distro-actions") in the URL
 * namespace of RFC 9562, so anyone can recompute an UpgradeCode from the README's recipe.
 */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** RFC 9562 UUID version 5 (SHA-1, name-based) of `name` in `namespace`, lower case. */
function uuidV5(namespace, name) {
    const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    const h = (0,external_node_crypto_.createHash)('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
const DISTRO_NAMESPACE = uuidV5(URL_NAMESPACE, 'https://github.com/distro-actions');
/** `{XXXXXXXX-XXXX-…}`: the spelling Windows Installer's GUID columns take. */
function braced(uuid) {
    return `{${uuid.toUpperCase()}}`;
}
/** The default UpgradeCode: UUIDv5 of `<vendor>/<name>` (lower case) in DISTRO_NAMESPACE. */
function defaultUpgradeCode(vendor, name) {
    return braced(uuidV5(DISTRO_NAMESPACE, `${vendor.toLowerCase()}/${name.toLowerCase()}`));
}
/** A GUID given in the config (`msi.upgrade_code`), braced and upper case, or an error naming the key. */
function parseGuid(value, where) {
    const m = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/.exec(value.trim());
    if (!m)
        throw new errors/* DistroError */.Yt(`${where.key}: '${value}' is not a GUID; write it as XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX (hex digits), or remove it to use the one derived from vendor and name.`, where);
    return braced(m[1]);
}
/**
 * The version Windows compares: `major.minor.patch` with major and minor ≤ 255 and patch ≤ 65535
 * (Windows Installer's ProductVersion). A pre-release or build suffix has no place there and is
 * dropped (`dropped` says so, for a warning): 1.2.0-rc.1 installs as 1.2.0.
 */
function windowsVersion(version, where) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(version);
    const nums = m ? [m[1], m[2] ?? '0', m[3] ?? '0'].map(Number) : [];
    const limits = [255, 255, 65535];
    if (!m || nums.some((n, i) => n > limits[i])) {
        throw new errors/* DistroError */.Yt(`version '${version}' cannot be a Windows installer version: it needs major.minor.patch with major and minor at most 255 and patch at most 65535 (Windows Installer's ProductVersion); release a version such as 1.2.3.`, where);
    }
    const rest = m[4] ?? '';
    return { numeric: nums.join('.'), ...(rest ? { dropped: rest } : {}) };
}
/**
 * Copies `files` below `dir` (at `files/<dst>`, with SOURCE_DATE_EPOCH as mtime, which the cab and
 * the NSIS data record) and returns the directory they are in.
 */
async function stageFiles(dir, files, epoch) {
    const root = external_node_path_default().join(dir, 'files');
    for (const f of files) {
        const to = external_node_path_default().join(root, ...f.dst.split('/'));
        await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
        await (0,promises_.copyFile)(f.source, to);
        await (0,promises_.utimes)(to, epoch, epoch);
    }
    return root;
}
/** `s` for an XML attribute or text (the generated WiX source). */
function escapeXml(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
/** The first name in `maintainer` (`Hello Team <team@example.com>` → `Hello Team`). */
function personName(maintainer) {
    const n = maintainer?.replace(/<[^>]*>/g, '').trim();
    return n || undefined;
}
/** A Windows file name part: no `<>:"/\|?*` or control characters, no trailing dot or space. */
function checkWindowsName(value, where) {
    // eslint-disable-next-line no-control-regex
    if (!value.trim() || /[<>:"/\\|?*\u0000-\u001f]/.test(value) || /[. ]$/.test(value))
        throw new errors/* DistroError */.Yt(`${where.key}: '${value}' cannot be a Windows folder or file name (no < > : " / \\ | ? * or control characters, not empty, no trailing dot or space); choose another.`, where);
    return value;
}

;// CONCATENATED MODULE: ./src/formats/windows/config.ts
/**
 * The `msi:` and `nsis:` config sections → an InstallerSpec for one Windows target: the target's
 * binaries at the top of the install folder (on PATH), the files of `archives.files` (README,
 * LICENSE… as in the zip) below it, vendor, icon, license, shortcuts and codes.
 */






/** The targets that can have `format`, for messages. */
function installerTargets(format) {
    return TARGETS.filter((t) => t.os === 'windows' && INSTALLER_ARCHES[format].includes(t.cpu)).map((t) => t.triple);
}
function installerSpec(format, ctx, extra) {
    const c = ctx.config;
    const section = (c[format] ?? {});
    const where = (key) => {
        const file = ctx.loaded.file;
        return { key, file, line: ctx.loaded.lineOf(key), shown: file && external_node_path_default().relative(ctx.projectDir, file) };
    };
    const fail = (key, text) => {
        const w = where(key);
        throw new errors/* DistroError */.Yt(`${(0,errors/* locationPrefix */.Kx)(w)}${key}: ${text}`, w);
    };
    const vendor = checkWindowsName(section.vendor ?? c.vendor ?? personName(c.maintainer) ?? c.name, where(section.vendor ? `${format}.vendor` : 'vendor'));
    const installDir = checkWindowsName(section.install_dir ?? c.name, where(`${format}.install_dir`));
    const v = windowsVersion(ctx.version, ctx.versionWhere);
    if (v.dropped)
        ctx.log.warn(`${format}: Windows compares numeric versions only, so ${ctx.version} installs as ${v.numeric} (without '${v.dropped}')`);
    const files = ctx.binaries.map((b) => ({
        source: b.file,
        dst: external_node_path_default().basename(b.file),
        binary: true,
    }));
    for (const e of extra)
        if (!files.some((f) => f.dst === e.dst))
            files.push({ source: e.source, dst: e.dst });
    const projectFile = (key, rel) => {
        if (rel === undefined)
            return undefined;
        const abs = (0,paths/* resolveInside */.L)(ctx.projectDir, rel, where(key));
        if (!(0,external_node_fs_.existsSync)(abs))
            fail(key, `'${rel}' does not exist in ${ctx.projectDir}; fix the path or remove it.`);
        return abs;
    };
    let licenseFile = files.find((f) => /^(licen[cs]e|copying)/i.test(external_node_path_default().posix.basename(f.dst)))?.dst;
    const license = projectFile(`${format}.license`, section.license);
    if (license) {
        licenseFile = external_node_path_default().basename(license);
        if (!files.some((f) => f.dst === licenseFile))
            files.push({ source: license, dst: licenseFile });
    }
    const icon = projectFile(`${format}.icon`, section.icon);
    if (icon && !icon.toLowerCase().endsWith('.ico'))
        fail(`${format}.icon`, `'${section.icon}' is not a .ico file; give a Windows icon (.ico).`);
    const shortcuts = (section.shortcuts ?? []).map((s, i) => {
        const key = `${format}.shortcuts[${i}].target`;
        const exe = ctx.target.exe;
        const target = files.find((f) => f.dst === s.target || (f.binary && f.dst === `${s.target}${exe}`));
        if (!target)
            fail(key, `'${s.target}' is neither a binary of ${ctx.target.triple} nor a file of archives.files (${files.map((f) => f.dst).join(', ')}); name one of them.`);
        return {
            name: checkWindowsName(s.name, where(`${format}.shortcuts[${i}].name`)),
            target: target.dst,
            ...(s.args ? { args: s.args } : {}),
        };
    });
    return {
        name: c.name,
        version: ctx.version.replace(/^v/, ''),
        numericVersion: v.numeric,
        vendor,
        description: c.description?.split('\n')[0]?.trim() || c.name,
        homepage: c.homepage,
        license: c.license,
        target: ctx.target,
        installDir,
        files,
        licenseFile,
        icon,
        shortcuts,
        upgradeCode: section.upgrade_code
            ? parseGuid(section.upgrade_code, where(`${format}.upgrade_code`))
            : defaultUpgradeCode(vendor, c.name),
        epoch: ctx.sourceDateEpoch,
    };
}

;// CONCATENATED MODULE: ./src/formats/msi/summary.ts
/**
 * Makes wixl's output reproducible. An .msi is an OLE compound file; msitools writes its sectors in
 * a fixed order with zero directory times, so two builds differ only in the SummaryInformation
 * stream: the PackageCode (PID 9, a random GUID wixl makes up) and the create / last-saved times
 * (PID 12, 13: now). This rewrites those three values in place — same lengths, so nothing moves —
 * with a PackageCode derived from the content and SOURCE_DATE_EPOCH.
 */


const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const SUMMARY = '\u0005SummaryInformation';
/** FMTID_SummaryInformation, F29F85E0-4FF9-1068-AB91-08002B27B3D9, as stored. */
const FMTID = Buffer.from('e0859ff2f94f6810ab9108002b27b3d9', 'hex');
const PID_REVNUMBER = 9;
const PID_CREATE_DTM = 12;
const PID_LASTSAVE_DTM = 13;
const VT_LPSTR = 30;
const VT_FILETIME = 64;
/** Reads sectors of a compound file and maps a stream's offsets to file offsets. */
class CompoundFile {
    buf;
    sectorSize;
    fat;
    constructor(buf, sectorSize, fat) {
        this.buf = buf;
        this.sectorSize = sectorSize;
        this.fat = fat;
    }
    static parse(buf) {
        if (buf.length < 512 || buf.readUInt32LE(0) !== 0xe011cfd0 || buf.readUInt32LE(4) !== 0xe11ab1a1)
            throw new Error('not an OLE compound file');
        const sectorSize = 1 << buf.readUInt16LE(0x1e);
        const cf = new CompoundFile(buf, sectorSize, []);
        const fatSectors = [];
        const nFat = buf.readUInt32LE(0x2c);
        for (let i = 0; i < 109 && fatSectors.length < nFat; i++)
            fatSectors.push(buf.readUInt32LE(0x4c + 4 * i));
        let difat = buf.readUInt32LE(0x44);
        const perDifat = sectorSize / 4 - 1;
        while (fatSectors.length < nFat && difat !== END_OF_CHAIN && difat !== FREE) {
            const at = cf.offsetOfSector(difat);
            for (let i = 0; i < perDifat && fatSectors.length < nFat; i++)
                fatSectors.push(buf.readUInt32LE(at + 4 * i));
            difat = buf.readUInt32LE(at + 4 * perDifat);
        }
        for (const s of fatSectors) {
            const at = cf.offsetOfSector(s);
            for (let i = 0; i < sectorSize / 4; i++)
                cf.fat.push(buf.readUInt32LE(at + 4 * i));
        }
        return cf;
    }
    offsetOfSector(n) {
        return (n + 1) * this.sectorSize;
    }
    /** The sectors of the chain starting at `start`. */
    chain(start, table = this.fat) {
        const out = [];
        for (let s = start; s !== END_OF_CHAIN && s !== FREE; s = table[s]) {
            if (s >= table.length || out.length > table.length)
                throw new Error('broken sector chain');
            out.push(s);
        }
        return out;
    }
    /** Bytes of the chain starting at `start`. */
    read(start) {
        return Buffer.concat(this.chain(start).map((s) => this.buf.subarray(this.offsetOfSector(s), this.offsetOfSector(s) + this.sectorSize)));
    }
    /** File offsets of each byte of the stream `name` (a root-storage entry). */
    streamOffsets(name) {
        const dir = this.read(this.buf.readUInt32LE(0x30));
        const entries = dir.length / 128;
        let root;
        for (let i = 0; i < entries; i++) {
            const e = dir.subarray(i * 128, (i + 1) * 128);
            const type = e[0x42];
            const nameLen = e.readUInt16LE(0x40);
            const entryName = e.subarray(0, Math.max(0, nameLen - 2)).toString('utf16le');
            const start = e.readUInt32LE(0x74);
            const size = e.readUInt32LE(0x78);
            if (type === 5)
                root = { start };
            if (type !== 2 || entryName !== name)
                continue;
            const cutoff = this.buf.readUInt32LE(0x38);
            if (size >= cutoff) {
                return this.chain(start)
                    .flatMap((s) => range(this.offsetOfSector(s), this.sectorSize))
                    .slice(0, size);
            }
            // Small streams live in the mini stream (the root entry's chain), in 64-byte mini sectors.
            const miniSize = 1 << this.buf.readUInt16LE(0x20);
            const miniFatBytes = this.read(this.buf.readUInt32LE(0x3c));
            const miniFat = Array.from({ length: miniFatBytes.length / 4 }, (_, k) => miniFatBytes.readUInt32LE(4 * k));
            const container = this.chain(root.start).flatMap((s) => range(this.offsetOfSector(s), this.sectorSize));
            return this.chain(start, miniFat)
                .flatMap((m) => container.slice(m * miniSize, (m + 1) * miniSize))
                .slice(0, size);
        }
        throw new Error(`no ${JSON.stringify(name)} stream`);
    }
}
function range(from, n) {
    return Array.from({ length: n }, (_, i) => from + i);
}
/** FILETIME (100 ns since 1601-01-01 UTC) of a Unix time in seconds. */
function fileTime(epoch) {
    return (BigInt(Math.trunc(epoch)) + 11644473600n) * 10000000n;
}
/**
 * Rewrites the PackageCode and the two dates of the summary information of the .msi at `file`
 * in place. `packageCode` is `{…}` (38 characters, as wixl writes it).
 */
async function fixSummary(file, packageCode, epoch) {
    const fh = await (0,promises_.open)(file, 'r+');
    try {
        const buf = await fh.readFile();
        const patches = summaryPatches(buf, packageCode, epoch);
        for (const [at, bytes] of patches)
            await fh.write(bytes, 0, bytes.length, at);
    }
    finally {
        await fh.close();
    }
}
/** The writes (file offset, bytes) that fixSummary makes; throws when the file is not as expected. */
function summaryPatches(buf, packageCode, epoch) {
    try {
        const cf = CompoundFile.parse(buf);
        const map = cf.streamOffsets(SUMMARY);
        const s = Buffer.from(map.map((o) => buf[o]));
        // Property set: header (28 bytes), one FMTID/offset pair, then the section.
        if (s.readUInt16LE(0) !== 0xfffe || !s.subarray(28, 44).equals(FMTID))
            throw new Error('no summary information property set');
        const section = s.readUInt32LE(44);
        const count = s.readUInt32LE(section + 4);
        const out = [];
        const put = (streamAt, bytes) => {
            for (let i = 0; i < bytes.length; i++)
                out.push([map[streamAt + i], bytes.subarray(i, i + 1)]);
        };
        const time = Buffer.alloc(8);
        time.writeBigUInt64LE(fileTime(epoch));
        for (let i = 0; i < count; i++) {
            const pid = s.readUInt32LE(section + 8 + 8 * i);
            const at = section + s.readUInt32LE(section + 12 + 8 * i);
            const type = s.readUInt32LE(at);
            if (pid === PID_REVNUMBER) {
                const len = s.readUInt32LE(at + 4);
                if (type !== VT_LPSTR || len !== packageCode.length + 1)
                    throw new Error(`PackageCode of unexpected type ${type} or length ${len}`);
                put(at + 8, Buffer.from(packageCode, 'latin1'));
            }
            else if (pid === PID_CREATE_DTM || pid === PID_LASTSAVE_DTM) {
                if (type !== VT_FILETIME)
                    throw new Error(`time ${pid} of unexpected type ${type}`);
                put(at + 4, time);
            }
        }
        if (!out.length)
            throw new Error('no PackageCode or dates in the summary information');
        return out;
    }
    catch (e) {
        throw new errors/* DistroError */.Yt(`cannot make the .msi reproducible: ${e.message} in what wixl wrote; this msitools version writes the summary information differently from 0.101, please report it with \`wixl --version\`.`, { cause: e });
    }
}

;// CONCATENATED MODULE: ./src/formats/msi/index.ts
/**
 * The `msi` format: a per-machine Windows Installer package, built on Linux with msitools' wixl
 * from WiX source generated here. wixl 0.101 has no <Environment>, so the PATH entry is added
 * afterwards with msibuild (the Environment table and its two standard actions, as WiX writes
 * them); then the summary information is made reproducible (summary.ts).
 *
 * Codes: the UpgradeCode is stable for the project (spec.ts), the ProductCode is derived from it
 * and the version (a new one per release: each release is a major upgrade of the last), component
 * GUIDs from it and the file's place (stable, as the component rules want), and the PackageCode
 * from a hash of everything that goes in.
 */









/** `<name>-<version>-<arch>.msi` (arch as in the archives: amd64, 386). */
function msiFileName(spec) {
    return `${spec.name}-${spec.version}-${spec.target.arch}.msi`;
}
/** wixl's -a value and the Program Files folder of the target. */
function platform(spec) {
    if (!spec_INSTALLER_ARCHES.msi.includes(spec.target.cpu))
        throw new errors/* DistroError */.Yt(`format msi: ${spec.target.triple} is not possible: msitools' wixl builds x86 and x64 packages only (no arm64); the targets that can have msi are x86_64-pc-windows-gnu, x86_64-pc-windows-msvc, i686-pc-windows-gnu. Use nsis or zip for ${spec.target.triple}.`, { key: 'formats' });
    return spec.target.cpu === 'x86_64'
        ? { arch: 'x64', programFiles: 'ProgramFiles64Folder', win64: true }
        : { arch: 'x86', programFiles: 'ProgramFilesFolder', win64: false };
}
const guid = (spec, what) => braced(uuidV5(spec.upgradeCode.slice(1, -1), what));
/** A WiX id for a file or directory (`f_…`, `d_…`) that depends on its path only. */
const idOf = (kind, p) => `${kind}_${(0,external_node_crypto_.createHash)('sha256').update(p).digest('hex').slice(0, 16)}`;
/** The directory tree below INSTALLDIR, with ids that depend only on paths. */
function tree(spec) {
    const root = { id: 'INSTALLDIR', name: spec.installDir, dirs: new Map(), files: [] };
    for (const f of spec.files) {
        const parts = f.dst.split('/');
        let d = root;
        for (let i = 0; i < parts.length - 1; i++) {
            const sub = parts.slice(0, i + 1).join('/');
            let next = d.dirs.get(parts[i]);
            if (!next)
                d.dirs.set(parts[i], (next = { id: idOf('d', sub), name: parts[i], dirs: new Map(), files: [] }));
            d = next;
        }
        d.files.push({ id: idOf('f', f.dst), dst: f.dst, name: parts[parts.length - 1] });
    }
    return root;
}
/**
 * The WiX source (deterministic: sorted, no generated ids). Paths are relative to the build
 * directory: the files under `files/` (stageFiles), the icon as `product.ico`.
 */
function msiSource(spec) {
    const p = platform(spec);
    const a = escapeXml;
    const w64 = p.win64 ? ' Win64="yes"' : '';
    const lines = [];
    const dirXml = (d, indent) => {
        lines.push(`${indent}<Directory Id="${d.id}" Name="${a(d.name)}">`);
        for (const f of d.files) {
            lines.push(`${indent}  <Component Id="c${f.id}" Guid="${guid(spec, `component/${f.dst}`)}"${w64}>`, `${indent}    <File Id="${f.id}" Name="${a(f.name)}" Source="${a(`files/${f.dst}`)}" KeyPath="yes"/>`, `${indent}  </Component>`);
        }
        for (const [, sub] of [...d.dirs].sort(([x], [y]) => (x < y ? -1 : 1)))
            dirXml(sub, `${indent}  `);
        lines.push(`${indent}</Directory>`);
    };
    const components = (d) => [
        ...d.files.map((f) => `c${f.id}`),
        ...[...d.dirs.values()].flatMap(components),
    ];
    const root = tree(spec);
    root.files.sort((x, y) => (x.name < y.name ? -1 : 1));
    lines.push('<?xml version="1.0" encoding="utf-8"?>', '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">', `  <Product Id="${guid(spec, `product/${spec.numericVersion}/${p.arch}`)}" Name="${a(spec.name)}" Language="1033" Version="${spec.numericVersion}" Manufacturer="${a(spec.vendor)}" UpgradeCode="${spec.upgradeCode}">`, `    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine" Manufacturer="${a(spec.vendor)}" Description="${a(spec.description)}" Comments="${a(`${spec.name} ${spec.version}`)}"/>`, `    <MajorUpgrade DowngradeErrorMessage="A newer version of ${a(spec.name)} is already installed; uninstall it first to install this one."/>`, '    <Media Id="1" Cabinet="product.cab" EmbedCab="yes"/>');
    if (spec.homepage)
        lines.push(`    <Property Id="ARPURLINFOABOUT" Value="${a(spec.homepage)}"/>`);
    if (spec.icon) {
        lines.push(`    <Icon Id="product.ico" SourceFile="product.ico"/>`, '    <Property Id="ARPPRODUCTICON" Value="product.ico"/>');
    }
    lines.push('    <Directory Id="TARGETDIR" Name="SourceDir">', `      <Directory Id="${p.programFiles}">`, `        <Directory Id="VENDORDIR" Name="${a(spec.vendor)}">`, 
    // Removes the vendor folder on uninstall when nothing else is in it.
    `          <Component Id="cvendor" Guid="${guid(spec, 'component/vendor')}"${w64}>`, '            <CreateFolder/>', '            <RemoveFolder Id="rmvendor" On="uninstall"/>', '          </Component>');
    dirXml(root, '          ');
    lines.push('        </Directory>', '      </Directory>');
    const menu = shortcutsXml(spec, w64);
    lines.push(...menu.dirs, '    </Directory>');
    lines.push(`    <Feature Id="Main" Title="${a(spec.name)}" Level="1">`, ...['cvendor', ...components(root), ...menu.components].map((c) => `      <ComponentRef Id="${c}"/>`), '    </Feature>', '  </Product>', '</Wix>', '');
    return lines.join('\n');
}
/** Start menu folder and shortcuts (per machine, so their component's key path is a folder). */
function shortcutsXml(spec, w64) {
    if (!spec.shortcuts.length)
        return { dirs: [], components: [] };
    const a = escapeXml;
    const dirs = [
        '      <Directory Id="ProgramMenuFolder">',
        `        <Directory Id="MENUDIR" Name="${a(spec.name)}">`,
        `          <Component Id="cmenu" Guid="${guid(spec, 'component/menu')}"${w64}>`,
        '            <CreateFolder/>',
        '            <RemoveFolder Id="rmmenu" On="uninstall"/>',
        ...spec.shortcuts.map((s, i) => `            <Shortcut Id="s${i}" Name="${a(s.name)}" Target="[#${idOf('f', s.target)}]" WorkingDirectory="INSTALLDIR"${s.args ? ` Arguments="${a(s.args)}"` : ''}/>`),
        '          </Component>',
        '        </Directory>',
        '      </Directory>',
    ];
    return { dirs, components: ['cmenu'] };
}
/** msibuild SQL that adds the PATH entry (WiX's Environment Action=set Part=last System=yes). */
function pathQueries(spec) {
    const first = [...spec.files]
        .sort((x, y) => (x.dst < y.dst ? -1 : 1))
        .find((f) => f.binary && !f.dst.includes('/'));
    if (!first)
        return [];
    const component = `c${idOf('f', first.dst)}`;
    return [
        'CREATE TABLE `Environment` (`Environment` CHAR(72) NOT NULL, `Name` CHAR(255) NOT NULL LOCALIZABLE, `Value` CHAR(255) LOCALIZABLE, `Component_` CHAR(72) NOT NULL PRIMARY KEY `Environment`)',
        // `=-*PATH`: set on install, removed on uninstall, system-wide; `[~];` appends to the existing value.
        `INSERT INTO \`Environment\` (\`Environment\`, \`Name\`, \`Value\`, \`Component_\`) VALUES ('PATH', '=-*PATH', '[~];[INSTALLDIR]', '${component}')`,
        "INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('RemoveEnvironmentStrings', 3300)",
        "INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('WriteEnvironmentStrings', 5200)",
    ];
}
/** sha256 over the WiX source and every file's content: the PackageCode's name. */
async function contentHash(source, spec) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(source);
    for (const f of [...spec.files].sort((x, y) => (x.dst < y.dst ? -1 : 1))) {
        h.update(`\0${f.dst}\0`);
        for await (const chunk of (0,external_node_fs_.createReadStream)(f.source))
            h.update(chunk);
    }
    if (spec.icon)
        for await (const chunk of (0,external_node_fs_.createReadStream)(spec.icon))
            h.update(chunk);
    return h.digest('hex');
}
/** Writes the .msi of `spec` to `out` (all or nothing). */
async function writeMsi(out, spec, o) {
    const p = platform(spec);
    const work = await (0,atomic/* makeTempDir */.mk)(external_node_path_default().dirname(out), 'msi');
    try {
        await stageFiles(work, spec.files, spec.epoch);
        if (spec.icon)
            await (0,promises_.copyFile)(spec.icon, external_node_path_default().join(work, 'product.ico'));
        const source = msiSource(spec);
        const wxs = external_node_path_default().join(work, 'product.wxs');
        await (0,promises_.writeFile)(wxs, source);
        const built = external_node_path_default().join(work, 'product.msi');
        const ro = { cwd: work, env: o.env, log: o.log, key: 'formats' };
        await (0,exec/* run */.eF)(['wixl', '-a', p.arch, '-o', built, wxs], ro);
        const queries = pathQueries(spec);
        if (queries.length)
            await (0,exec/* run */.eF)(['msibuild', built, ...queries.flatMap((q) => ['-q', q])], ro);
        const code = braced(uuidV5(spec.upgradeCode.slice(1, -1), `package/${await contentHash(source, spec)}`));
        await fixSummary(built, code, spec.epoch);
        await (0,promises_.rename)(built, out);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/formats/msi/format.ts
/** The `msi` format: a Windows Installer package per Windows x86/x64 target (src/formats/msi). */





const msiFormat = {
    name: 'msi',
    kind: 'target',
    appliesTo: (t) => t.os === 'windows' && spec_INSTALLER_ARCHES.msi.includes(t.cpu),
    spellVersion: (v, opts) => windowsVersion(v, opts.where ?? {}).numeric,
    async write(ctx) {
        const spec = installerSpec('msi', ctx, await (0,files/* extraFiles */.O)(ctx));
        const rel = msiFileName(spec);
        await ctx.log.group(`Writing ${rel}`, () => writeMsi(external_node_path_default().join(ctx.distDir, rel), spec, ctx));
        return [
            {
                path: rel,
                kind: 'msi',
                from: [
                    ...ctx.binaries.map((b) => b.path),
                    ...spec.files.filter((f) => !f.binary).map((f) => external_node_path_default().relative(ctx.projectDir, f.source)),
                ],
                fields: { package: spec.name, package_version: spec.numericVersion, upgrade_code: spec.upgradeCode },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/formats/nsis/index.ts
/**
 * The `nsis` format: `<name>-<version>-<arch>-setup.exe`, built on Linux with makensis from a
 * script generated here. The installer offers the install folder (MUI directory page; `/D=` when
 * silent), installs silently with `/S`, puts its folder on the system PATH (pure NSIS: Debian's
 * nsis ships no EnVar plugin), adds Start menu shortcuts, registers its uninstaller in Add/Remove
 * Programs under HKLM, and removes an older version first (its quiet uninstaller, run in place).
 *
 * Reproducible: the files are staged with SOURCE_DATE_EPOCH as mtime (NSIS records file times),
 * and makensis itself writes the same bytes for the same script (Debian's 3.08 writes its own
 * fixed PE timestamp); the tests build twice and compare.
 */






/** `<name>-<version>-<arch>-setup.exe`. */
function nsisFileName(spec) {
    return `${spec.name}-${spec.version}-${spec.target.arch}-setup.exe`;
}
/**
 * `s` as one NSIS string: double-quoted, `$` doubled (no variable or constant from a value),
 * quotes and line breaks as NSIS escapes.
 */
function nsisQuote(s) {
    return `"${nsisEscape(s)}"`;
}
/** `s` for inside an NSIS double-quoted string (see nsisQuote). */
function nsisEscape(s) {
    return s
        .replace(/\$/g, '$$$$')
        .replace(/"/g, '$\\"')
        .replace(/\r/g, '$\\r')
        .replace(/\n/g, '$\\n')
        .replace(/\t/g, '$\\t');
}
/** Windows path below the install folder (`doc\README.md`). */
const winPath = (dst) => dst.split('/').join('\\');
/** `"$VAR\part\…"`: a path below an NSIS folder variable, the parts escaped. */
const under = (variable, ...parts) => `"${[variable, ...parts.map((p) => nsisEscape(winPath(p)))].join('\\')}"`;
/** The uninstall key below HKLM (stable across versions, so an upgrade keeps one entry). */
function uninstallKey(spec) {
    return `Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${spec.name}`;
}
const ENV_KEY = 'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment';
/** The .nsi script; `staged` is the directory of the staged files (absolute). */
function nsisScript(spec, staged, out) {
    const q = nsisQuote;
    const key = q(uninstallKey(spec));
    const wide = spec.target.cpu !== 'i686';
    const programFiles = wide ? '$PROGRAMFILES64' : '$PROGRAMFILES';
    const view = wide ? '  SetRegView 64' : '';
    const dirs = [...new Set(spec.files.map((f) => external_node_path_default().posix.dirname(f.dst)))].sort();
    const binDir = spec.files.some((f) => f.binary && !f.dst.includes('/'));
    const license = spec.licenseFile ? external_node_path_default().join(staged, ...spec.licenseFile.split('/')) : undefined;
    const L = [
        '; generated by distro-actions (package-format, format nsis)',
        // A 64-bit installer for x86_64 (it runs where wine has no 32-bit part); x86 for the others.
        `Target ${spec.target.cpu === 'x86_64' ? 'amd64' : 'x86'}-unicode`,
        'SetCompressor /SOLID lzma',
        'ManifestDPIAware true',
        '!include "MUI2.nsh"',
        '!include "StrFunc.nsh"',
        '${StrRep}',
        '${UnStrRep}',
        `Name ${q(spec.name)}`,
        `OutFile ${q(out)}`,
        `InstallDir ${under(programFiles, spec.vendor, spec.installDir)}`,
        'RequestExecutionLevel admin',
        `BrandingText ${q(`${spec.name} ${spec.version}`)}`,
        `VIProductVersion ${q(`${spec.numericVersion}.0`)}`,
        `VIAddVersionKey "ProductName" ${q(spec.name)}`,
        `VIAddVersionKey "ProductVersion" ${q(spec.version)}`,
        `VIAddVersionKey "CompanyName" ${q(spec.vendor)}`,
        `VIAddVersionKey "FileDescription" ${q(`${spec.name} installer`)}`,
        `VIAddVersionKey "FileVersion" ${q(spec.numericVersion)}`,
        `VIAddVersionKey "LegalCopyright" ${q(spec.license ?? spec.vendor)}`,
    ];
    if (spec.icon)
        L.push(`!define MUI_ICON ${q(spec.icon)}`, `!define MUI_UNICON ${q(spec.icon)}`);
    if (license)
        L.push(`!insertmacro MUI_PAGE_LICENSE ${q(license)}`);
    L.push('!insertmacro MUI_PAGE_DIRECTORY', '!insertmacro MUI_PAGE_INSTFILES', '!insertmacro MUI_UNPAGE_CONFIRM', '!insertmacro MUI_UNPAGE_INSTFILES', '!insertmacro MUI_LANGUAGE "English"', '', 'Function .onInit', view, '  SetShellVarContext all', 'FunctionEnd', '', 'Function un.onInit', view, '  SetShellVarContext all', 'FunctionEnd', '', 'Section "Install"', 
    // An older version: run its uninstaller in place (_?= makes ExecWait wait), then remove it.
    `  ReadRegStr $0 HKLM ${key} "InstallLocation"`, '  StrCmp $0 "" fresh', '  IfFileExists "$0\\uninstall.exe" 0 fresh', '  DetailPrint "Removing the installed version from $0"', '  ExecWait \'"$0\\uninstall.exe" /S _?=$0\'', '  Delete "$0\\uninstall.exe"', '  RMDir "$0"', 'fresh:');
    for (const d of dirs) {
        L.push(`  SetOutPath ${d === '.' ? '"$INSTDIR"' : under('$INSTDIR', d)}`);
        for (const f of spec.files
            .filter((x) => external_node_path_default().posix.dirname(x.dst) === d)
            .sort((a, b) => (a.dst < b.dst ? -1 : 1)))
            L.push(`  File ${q(external_node_path_default().join(staged, ...f.dst.split('/')))}`);
    }
    L.push('  SetOutPath "$INSTDIR"', '  WriteUninstaller "$INSTDIR\\uninstall.exe"', `  WriteRegStr HKLM ${key} "DisplayName" ${q(spec.name)}`, `  WriteRegStr HKLM ${key} "DisplayVersion" ${q(spec.version)}`, `  WriteRegStr HKLM ${key} "Publisher" ${q(spec.vendor)}`, `  WriteRegStr HKLM ${key} "InstallLocation" "$INSTDIR"`, `  WriteRegStr HKLM ${key} "UninstallString" '"$INSTDIR\\uninstall.exe"'`, `  WriteRegStr HKLM ${key} "QuietUninstallString" '"$INSTDIR\\uninstall.exe" /S'`, `  WriteRegDWORD HKLM ${key} "NoModify" 1`, `  WriteRegDWORD HKLM ${key} "NoRepair" 1`);
    if (spec.homepage)
        L.push(`  WriteRegStr HKLM ${key} "URLInfoAbout" ${q(spec.homepage)}`);
    if (spec.icon)
        L.push(`  WriteRegStr HKLM ${key} "DisplayIcon" '"$INSTDIR\\uninstall.exe"'`);
    L.push(...shortcuts(spec), ...(binDir ? addPath() : []), 'SectionEnd', '', 'Section "Uninstall"');
    if (binDir)
        L.push(...removePath());
    for (const f of [...spec.files].sort((a, b) => (a.dst < b.dst ? -1 : 1)))
        L.push(`  Delete ${under('$INSTDIR', f.dst)}`);
    for (const d of dirs.filter((x) => x !== '.').reverse())
        L.push(`  RMDir ${under('$INSTDIR', d)}`);
    L.push('  Delete "$INSTDIR\\uninstall.exe"', '  RMDir "$INSTDIR"', 
    // The vendor folder, when nothing else of the vendor is in it.
    `  RMDir ${under(programFiles, spec.vendor)}`, `  RMDir /r ${under('$SMPROGRAMS', spec.name)}`, `  DeleteRegKey HKLM ${key}`, 'SectionEnd', '');
    return L.filter((l) => l !== '').join('\n') + '\n';
}
function shortcuts(spec) {
    const menu = (s) => under('$SMPROGRAMS', spec.name, `${s}.lnk`);
    return [
        `  CreateDirectory ${under('$SMPROGRAMS', spec.name)}`,
        ...spec.shortcuts.map((s) => `  CreateShortcut ${menu(s.name)} ${under('$INSTDIR', s.target)} ${nsisQuote(s.args ?? '')}`),
        `  CreateShortcut ${menu(`Uninstall ${spec.name}`)} "$INSTDIR\\uninstall.exe"`,
    ];
}
/**
 * Appends $INSTDIR to the system PATH unless it is there. NSIS strings hold 1024 characters: a
 * longer PATH is left alone (never truncated) and the installer says so.
 */
function addPath() {
    return [
        `  ReadRegStr $0 HKLM "${ENV_KEY}" "Path"`,
        '  StrLen $1 "$0;$INSTDIR"',
        '  IntCmp $1 1000 0 0 pathlong',
        '  ${StrRep} $2 ";$0;" ";$INSTDIR;" ""',
        '  StrCmp $2 ";$0;" 0 pathdone',
        '  StrCmp $0 "" 0 +3',
        '  StrCpy $0 "$INSTDIR"',
        '  Goto +2',
        '  StrCpy $0 "$0;$INSTDIR"',
        `  WriteRegExpandStr HKLM "${ENV_KEY}" "Path" "$0"`,
        '  SendMessage 0xFFFF 0x1A 0 "STR:Environment" /TIMEOUT=5000',
        '  Goto pathdone',
        'pathlong:',
        '  DetailPrint "The system PATH is too long to change here; add $INSTDIR to PATH yourself."',
        'pathdone:',
    ];
}
/** Removes $INSTDIR from the system PATH (every occurrence as a whole entry). */
function removePath() {
    return [
        `  ReadRegStr $0 HKLM "${ENV_KEY}" "Path"`,
        '  StrCmp $0 "" unpathdone',
        '  ${UnStrRep} $1 ";$0;" ";$INSTDIR;" ";"',
        '  StrCmp $1 ";$0;" unpathdone',
        // trim the ; added around it
        '  StrCpy $1 $1 "" 1',
        '  StrCpy $1 $1 -1',
        `  WriteRegExpandStr HKLM "${ENV_KEY}" "Path" "$1"`,
        '  SendMessage 0xFFFF 0x1A 0 "STR:Environment" /TIMEOUT=5000',
        'unpathdone:',
    ];
}
/** Writes the setup.exe of `spec` to `out` (all or nothing). */
async function writeNsis(out, spec, o) {
    if (!spec_INSTALLER_ARCHES.nsis.includes(spec.target.cpu))
        throw new errors/* DistroError */.Yt(`format nsis: ${spec.target.triple} is not a Windows target NSIS installs on.`, {
            key: 'formats',
        });
    const work = await (0,atomic/* makeTempDir */.mk)(external_node_path_default().dirname(out), 'nsis');
    try {
        const staged = await stageFiles(work, spec.files, spec.epoch);
        // Not named *setup*: makensis warns (9000) about such names; the release file is named so on purpose.
        const built = external_node_path_default().join(work, 'package.exe');
        const script = external_node_path_default().join(work, 'installer.nsi');
        await (0,promises_.writeFile)(script, nsisScript(spec, staged, built));
        // -NOCD: paths stay as written; -V2: warnings and errors only; -WX: a warning is an error.
        await (0,exec/* run */.eF)(['makensis', '-NOCD', '-V2', '-WX', '-INPUTCHARSET', 'UTF8', script], {
            cwd: work,
            env: o.env,
            log: o.log,
            key: 'formats',
        });
        await (0,promises_.rename)(built, out);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/formats/nsis/format.ts
/** The `nsis` format: a setup.exe per Windows target, made with makensis (src/formats/nsis). */





const nsisFormat = {
    name: 'nsis',
    kind: 'target',
    appliesTo: (t) => t.os === 'windows' && spec_INSTALLER_ARCHES.nsis.includes(t.cpu),
    spellVersion: (v, opts) => windowsVersion(v, opts.where ?? {}).numeric,
    async write(ctx) {
        const spec = installerSpec('nsis', ctx, await (0,files/* extraFiles */.O)(ctx));
        const rel = nsisFileName(spec);
        await ctx.log.group(`Writing ${rel}`, () => writeNsis(external_node_path_default().join(ctx.distDir, rel), spec, ctx));
        return [
            {
                path: rel,
                kind: 'nsis',
                from: [
                    ...ctx.binaries.map((b) => b.path),
                    ...spec.files.filter((f) => !f.binary).map((f) => external_node_path_default().relative(ctx.projectDir, f.source)),
                ],
                fields: { package: spec.name, package_version: spec.version },
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/formats/rpm/deps.ts
var rpm_deps = __webpack_require__(88018);
// EXTERNAL MODULE: ./src/formats/rpm/read.ts
var rpm_read = __webpack_require__(60248);
;// CONCATENATED MODULE: ./src/formats/rpm/contents.ts
/** What an rpm holds, for the SBOM: the files of the cpio payload and the Requires. */





const OPS = { LT: '<', LE: '<=', EQ: '=', GE: '>=', GT: '>' };
/** The package's Requires as `name [op version]`, without rpmlib() capabilities. */
function rpmRequires(requires) {
    return requires
        .filter((d) => !(d.flags & rpm_deps/* SENSE */.xE.RPMLIB) && !d.name.startsWith('rpmlib('))
        .map((d) => (d.version && d.op ? `${d.name} ${OPS[d.op]} ${d.version}` : d.name));
}
/** Parses a newc cpio stream, hashing each regular file. */
async function cpioFiles(stream, file) {
    const files = [];
    let buf = Buffer.alloc(0);
    const it = stream[Symbol.asyncIterator]();
    let done = false;
    const fill = async (n) => {
        while (buf.length < n && !done) {
            const r = await it.next();
            if (r.done)
                done = true;
            else
                buf = buf.length ? Buffer.concat([buf, r.value]) : r.value;
        }
        if (buf.length < n)
            throw (0,contents/* bad */.MB)(file, 'the rpm payload ends in the middle of an entry');
    };
    const pad4 = (n) => (4 - (n % 4)) % 4;
    for (;;) {
        await fill(110);
        const h = buf.toString('latin1', 0, 110);
        if (!h.startsWith('070701') && !h.startsWith('070702'))
            throw (0,contents/* bad */.MB)(file, 'the rpm payload is not a newc cpio archive');
        const field = (i) => parseInt(h.slice(6 + i * 8, 14 + i * 8), 16);
        const mode = field(1);
        const size = field(6);
        const nameSize = field(11);
        await fill(110 + nameSize + pad4(110 + nameSize));
        const name = buf.toString('utf8', 110, 110 + nameSize - 1);
        buf = buf.subarray(110 + nameSize + pad4(110 + nameSize));
        if (name === 'TRAILER!!!')
            break;
        let left = size;
        async function* data() {
            while (left > 0) {
                await fill(1);
                const take = buf.subarray(0, Math.min(left, buf.length));
                buf = buf.subarray(take.length);
                left -= take.length;
                yield take;
            }
        }
        const hashed = await (0,contents/* hashStream */.LH)(data());
        if ((mode & 0o170000) === 0o100000)
            files.push({ path: (0,contents/* spdxPath */.xE)(name), ...hashed });
        await fill(pad4(size));
        buf = buf.subarray(pad4(size));
    }
    stream.destroy();
    return files;
}
async function rpmContents(file) {
    const rpm = await (0,rpm_read/* readRpmHeaders */.iI)(file);
    const depends = rpmRequires((0,rpm_read/* rpmInfo */._v)(rpm).requires);
    const fh = await (0,promises_.open)(file, 'r');
    const head = Buffer.alloc(6);
    try {
        await fh.read(head, 0, 6, rpm.payloadStart);
    }
    finally {
        await fh.close();
    }
    const payload = await (0,contents/* decompress */.mF)((0,external_node_fs_.createReadStream)(file, { start: rpm.payloadStart }), (0,contents/* sniff */.ZF)(head));
    return { files: await cpioFiles(payload, file), depends };
}

// EXTERNAL MODULE: ./src/formats/rpm/index.ts + 2 modules
var rpm = __webpack_require__(66557);
;// CONCATENATED MODULE: ./src/formats/rpm/systemd.ts
/** The scriptlets the %systemd_* macros give an rpm that ships systemd units. */

/** What %systemd_post, %systemd_preun and %systemd_postun_with_restart give. */
function rpmSystemd(units) {
    const u = units.join(' ');
    return {
        postinstall: `${scripts/* SYSTEMD_MARK */.C}
if [ "$1" -eq 1 ] && command -v systemctl >/dev/null 2>&1; then
	systemctl --no-reload preset ${u} >/dev/null 2>&1 || :
fi
`,
        preremove: `${scripts/* SYSTEMD_MARK */.C}
if [ "$1" -eq 0 ] && command -v systemctl >/dev/null 2>&1; then
	if [ -d /run/systemd/system ]; then
		systemctl --no-reload disable --now ${u} >/dev/null 2>&1 || :
	else
		systemctl --no-reload disable ${u} >/dev/null 2>&1 || :
	fi
fi
`,
        postremove: `${scripts/* SYSTEMD_MARK */.C}
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload >/dev/null 2>&1 || :
	if [ "$1" -ge 1 ]; then
		systemctl try-restart ${u} >/dev/null 2>&1 || :
	fi
fi
`,
    };
}

;// CONCATENATED MODULE: ./src/formats/rpm/format.ts
/**
 * The rpm format's rules for the neutral resolver (src/formats/pkg) and its entry in the registry:
 * RPM package names, Version/Release/Epoch (`~` pre-releases, release default `1`), rpm
 * architecture names, `name >= 1.0` dependencies with `(a or b)` rich alternatives, the summary
 * from `rpm.summary`, pretrans/posttrans scripts, the %systemd_* scriptlets, Group default.
 */





/** A dependency in rpm syntax: a rich dependency `( … )` passes through; alternatives become one. */
function rpmDependency(text) {
    const t = text.trim();
    if (t.startsWith('(')) {
        if (!(0,deps/* balanced */.ls)(t))
            throw new Error(`unbalanced parentheses in the rich dependency '${t}'`);
        return t;
    }
    const alts = (0,deps/* parseDep */.z5)(t);
    const one = (d) => (d.op ? `${d.name} ${d.op} ${d.version}` : d.name);
    if (alts.length === 1)
        return one(alts[0]);
    return `(${alts.map(one).join(' or ')})`;
}
const rpmFormat = {
    name: 'rpm',
    kind: 'package',
    purlType: 'rpm',
    arch: (target) => (target ? target.rpm : 'noarch'),
    nameProblem: (name) => /^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(name)
        ? undefined
        : `'${name}' is not a legal RPM package name: use letters, digits and . _ + - only.`,
    spellVersion(v, opts) {
        const r = (0,config_version/* rpmVersion */.Aw)(v, opts);
        return `${r.epoch ? `${r.epoch}:` : ''}${r.version}-${r.release}`;
    },
    versionParts: (v, c, where) => (0,config_version/* rpmVersion */.Aw)(v, { epoch: c.epoch, release: c.release, where }),
    dependency: rpmDependency,
    dependencyHint: "write 'name', 'name >= 1.0' or 'name (>= 1.0)'",
    summary: (section) => (section.summary == null ? undefined : String(section.summary)),
    extraScripts(section) {
        const rs = (section.scripts ?? {});
        const out = {};
        for (const k of ['pretrans', 'posttrans'])
            if (rs[k])
                out[k] = rs[k];
        return out;
    },
    systemd: rpmSystemd,
    // rpmlint counts rpm's 'Unspecified' as no group (E: no-group-tag); default to a real one.
    finish: async (spec) => {
        spec.group ??= 'Applications/System';
    },
    fileName: rpm.rpmFileName,
    packageVersion: (spec) => `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}-${spec.release}`,
    write: (out, spec, o) => (0,rpm.writeRpm)(out, spec, o),
    contents: rpmContents,
};

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/formats/archive/tar.ts
var tar = __webpack_require__(84714);
;// CONCATENATED MODULE: ./src/formats/source/index.ts
/**
 * The source tarball: `<name>-<version>.tar.gz` of the checked-out commit as `git archive` makes
 * it (files marked `export-ignore` in the commit's .gitattributes left out, `export-subst`
 * applied), every path under `<name>-<version>/`. Reproducible: git archive stamps every entry
 * with the commit time; here each header's mtime becomes SOURCE_DATE_EPOCH (the same time unless
 * it was set otherwise), and gzip writes no time and no name (and OS byte 3 on every platform).
 *
 * The commit, not the work tree: uncommitted changes are not in it (as goreleaser), with a warning.
 * In a subdirectory of the repository (`working-directory`), git archives that subdirectory.
 */










/** The commit to archive; throws the DistroError for a directory outside a git checkout. */
async function sourceCommit(o) {
    if (!(0,exec/* which */.K7)('git', o.env, o.projectDir))
        throw (0,exec/* notInstalled */.YT)('git', o.env, 'formats');
    const inside = await (0,exec/* query */.P)(['git', 'rev-parse', '--is-inside-work-tree'], o.projectDir, o.env);
    if (inside !== 'true')
        throw new errors/* DistroError */.Yt(`formats: source: ${o.projectDir} is not in a git checkout, and the source tarball is \`git archive\` of the checked-out commit; check the repository out with git first (actions/checkout), or remove source from formats.`, { key: 'formats' });
    const sha = await (0,exec/* query */.P)(['git', 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], o.projectDir, o.env);
    if (!sha || !/^[0-9a-f]{40,64}$/.test(sha))
        throw new errors/* DistroError */.Yt(`formats: source: the git repository at ${o.projectDir} has no commit checked out; commit (and tag) the release first, or remove source from formats.`, { key: 'formats' });
    return sha;
}
/** Writes `<out>` (atomically) and returns the commit it holds. */
async function writeSource(out, o) {
    const commit = await sourceCommit(o);
    const dirty = await (0,exec/* query */.P)(['git', 'status', '--porcelain', '--untracked-files=no'], o.projectDir, o.env);
    if (dirty)
        o.log.warn(`${external_node_path_default().basename(out)}: the work tree has uncommitted changes; the source tarball holds commit ${commit.slice(0, 12)} without them.`);
    await (0,promises_.mkdir)(external_node_path_default().dirname(out), { recursive: true });
    const tmp = (0,atomic/* tempPath */.EZ)(out);
    const git = (0,exec/* runPiped */.Gx)(['git', 'archive', '--format=tar', `--prefix=${o.stem}/`, commit], {
        cwd: o.projectDir,
        env: o.env,
        log: o.log,
        key: 'formats',
    });
    try {
        const written = (0,external_node_stream_promises_.pipeline)(git.stdout, tarMtime(o.mtime), external_node_zlib_default().createGzip({ level: 9 }), (0,tar/* gzipOsByteFix */.CI)(), (0,external_node_fs_.createWriteStream)(tmp, { mode: 0o644 })).catch((e) => {
            throw e instanceof errors/* DistroError */.Yt ? e : (0,errors/* withPath */.iD)(e, tmp);
        });
        await Promise.all([git.done, written]);
        await (0,promises_.rename)(tmp, out).catch((e) => {
            throw (0,errors/* withPath */.iD)(e, out);
        });
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
    return { commit };
}
/**
 * Sets the mtime of every header of a tar stream (ustar and pax headers alike) and its checksum,
 * as git writes them (`%011o`, `%07o`); data blocks pass unchanged.
 */
function tarMtime(mtime) {
    const field = Buffer.from(`${mtime.toString(8).padStart(11, '0')}\0`, 'latin1');
    let pending = Buffer.alloc(0);
    let dataBlocks = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
            const whole = pending.length - (pending.length % 512);
            const out = Buffer.from(pending.subarray(0, whole));
            pending = pending.subarray(whole);
            for (let at = 0; at < out.length; at += 512) {
                if (dataBlocks > 0) {
                    dataBlocks--;
                    continue;
                }
                const h = out.subarray(at, at + 512);
                if (h.every((b) => b === 0))
                    continue; // end-of-archive blocks
                const size = parseInt(h.toString('latin1', 124, 136).replace(/\0.*$/, '').trim() || '0', 8);
                if (!Number.isFinite(size) || field.length !== 12 || mtime >= 8 ** 11)
                    return cb(new Error('git archive wrote a tar header this reader does not know'));
                dataBlocks = Math.ceil(size / 512);
                field.copy(h, 136);
                h.fill(0x20, 148, 156);
                const sum = h.reduce((a, b) => a + b, 0);
                Buffer.from(`${sum.toString(8).padStart(7, '0')}\0`, 'latin1').copy(h, 148);
            }
            cb(null, out);
        },
        flush(cb) {
            cb(pending.length ? new Error('git archive ended in the middle of a tar block') : null, pending);
        },
    });
}

;// CONCATENATED MODULE: ./src/formats/source/format.ts
/** The `source` format: the release's source tarball, once per release (src/formats/source). */




const sourceFormat = {
    name: 'source',
    kind: 'release',
    // only the commit goes in: every job makes the same bytes
    wholeRelease: false,
    spellVersion: (v, opts) => (0,config_version/* archiveVersion */.N9)(v, opts),
    check: async (ctx) => {
        await sourceCommit(ctx);
    },
    async write(ctx) {
        const stem = `${ctx.config.name}-${(0,config_version/* archiveVersion */.N9)(ctx.version)}`;
        const rel = `${stem}.tar.gz`;
        const { commit } = await ctx.log.group(`Writing ${rel}`, () => writeSource(external_node_path_default().join(ctx.distDir, rel), {
            projectDir: ctx.projectDir,
            stem,
            mtime: ctx.sourceDateEpoch,
            env: ctx.env,
            log: ctx.log,
        }));
        return [{ path: rel, kind: 'source', fields: { commit } }];
    },
    contents: (file) => (0,contents/* archiveContents */.NJ)(file, 'tar.gz'),
};

// EXTERNAL MODULE: ./src/formats/release-files/make.ts + 3 modules
var make = __webpack_require__(99332);
;// CONCATENATED MODULE: ./src/formats/release-files/format.ts
/**
 * The package-manager manifests as formats of the package stage (src/formats/README.md): made once
 * per release, in a package-format job without a target, from every target's archives and
 * installers it downloaded (`from: distro-package-*`).
 */




function releaseFormat(name) {
    return {
        name,
        kind: 'release',
        wholeRelease: true,
        async write(ctx) {
            const made = await (0,make/* makeReleaseManifests */.G)(ctx, [name]);
            const files = made.map((m) => [external_node_path_default().join(ctx.distDir, m.path), m.text]);
            for (const [abs] of files)
                await (0,promises_.mkdir)(external_node_path_default().dirname(abs), { recursive: true });
            await (0,atomic/* writeAllAtomic */.E0)(files);
            return made.map((m) => ({
                path: m.path,
                kind: m.kind,
                from: m.from,
                ...(m.wingetDir ? { fields: { winget_dir: m.wingetDir } } : {}),
            }));
        },
    };
}
const homebrewFormat = releaseFormat('homebrew');
const scoopFormat = releaseFormat('scoop');
const wingetFormat = releaseFormat('winget');

;// CONCATENATED MODULE: ./src/formats/registry.ts
/**
 * Every output of the package stage, by the name users write in `formats:`. Adding a format is a
 * folder under src/formats/ and one line in FORMATS (src/formats/README.md); the package stage,
 * the `formats` check and the SBOM readers find it here.
 */











const FORMATS = [
    ...archiveFormats,
    debFormat,
    rpmFormat,
    archlinuxFormat,
    sourceFormat,
    homebrewFormat,
    scoopFormat,
    wingetFormat,
    installerFormat,
    ociFormat,
    msiFormat,
    nsisFormat,
];
/** Formats another part of distro-actions will write; named here so the error can say so. */
const PLANNED_FORMATS = ['apk'];
function getFormat(name) {
    return FORMATS.find((f) => f.name === name);
}
/** The package format `name` (a program error when there is none: callers pass a parsed name). */
function getPackageFormat(name) {
    const f = getFormat(name);
    if (f?.kind !== 'package')
        throw new Error(`no package format '${name}' in the registry`);
    return f;
}
function parseFormats(list, key) {
    const out = { archives: [], packages: [], targets: [], releases: [], all: [] };
    const known = FORMATS.map((f) => f.name);
    for (const raw of list) {
        const name = raw.trim().toLowerCase();
        const f = getFormat(name);
        if (!f && PLANNED_FORMATS.includes(name))
            throw new errors/* DistroError */.Yt(`${key}: the '${name}' format is not available in this version of package-format yet; it writes ${known.join(', ')}. Remove '${name}' for now.`, { key });
        if (!f)
            throw new errors/* DistroError */.Yt(`${key}: unknown format '${raw}'. Known formats: ${[...known, ...PLANNED_FORMATS].join(', ')}.`, { key });
        if (out.all.includes(f))
            continue;
        out.all.push(f);
        if (f.kind === 'archive')
            out.archives.push(f);
        else if (f.kind === 'package')
            out.packages.push(f);
        else if (f.kind === 'target')
            out.targets.push(f);
        else
            out.releases.push(f);
    }
    return out;
}
/** Names of every format the registry knows, for messages. */
function formatNames() {
    return FORMATS.map((f) => f.name);
}
/** Spells the version for each format; throws the first format's DistroError that cannot. */
function checkVersionFor(formats, version, opts) {
    for (const f of formats)
        f.spellVersion?.(version, opts);
}
/** The format that lists what a manifest artifact holds (its `format`, else its kind), if any. */
function readerFor(kind, format) {
    const f = getFormat(format ?? kind);
    return f?.contents ? f : undefined;
}
/** Manifest kinds that get an SBOM: those of the formats with a contents reader. */
function sbomKinds() {
    return new Set(FORMATS.filter((f) => f.contents).map((f) => (f.kind === 'archive' ? 'archive' : f.name)));
}


/***/ })

};
