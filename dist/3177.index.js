export const id = 3177;
export const ids = [3177];
export const modules = {

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

/***/ 93177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ARCHITECTURES: () => (/* reexport */ DEFAULT_ARCHITECTURES),
  INCOMPLETE_MARKER: () => (/* reexport */ INCOMPLETE_MARKER),
  aptSnippets: () => (/* reexport */ aptSnippets),
  compareDebVersions: () => (/* reexport */ compareDebVersions),
  prepareApt: () => (/* reexport */ prepareApt),
  publishApt: () => (/* reexport */ publishApt)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
// EXTERNAL MODULE: ./src/repos/verify.ts
var verify = __webpack_require__(36836);
// EXTERNAL MODULE: ./src/formats/deb/read.ts
var read = __webpack_require__(6174);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/repos/apt/hash.ts
/**
 * The four digests APT indexes carry (MD5Sum, SHA1, SHA256, SHA512), computed in one pass: over a
 * file, streamed, or over bytes held in memory (index files).
 */


/** The Release field names and by-hash directory names, with the digest each one holds. */
const RELEASE_HASHES = [
    { field: 'MD5Sum', key: 'md5' },
    { field: 'SHA1', key: 'sha1' },
    { field: 'SHA256', key: 'sha256' },
    { field: 'SHA512', key: 'sha512' },
];
class Digester {
    hashes = {
        md5: (0,external_node_crypto_.createHash)('md5'),
        sha1: (0,external_node_crypto_.createHash)('sha1'),
        sha256: (0,external_node_crypto_.createHash)('sha256'),
        sha512: (0,external_node_crypto_.createHash)('sha512'),
    };
    size = 0;
    update(chunk) {
        this.size += chunk.length;
        for (const h of Object.values(this.hashes))
            h.update(chunk);
    }
    digest() {
        const h = this.hashes;
        return {
            size: this.size,
            md5: h.md5.digest('hex'),
            sha1: h.sha1.digest('hex'),
            sha256: h.sha256.digest('hex'),
            sha512: h.sha512.digest('hex'),
        };
    }
}
/** The digests of a file, read once in streamed chunks. */
async function digestFile(file) {
    const d = new Digester();
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 256 * 1024 }))
        d.update(chunk);
    return d.digest();
}
/** The digests of bytes in memory (one-shot: no Hash objects, which cost more than a small package's hashing). */
function digestBytes(data) {
    return {
        size: data.length,
        md5: (0,external_node_crypto_.hash)('md5', data, 'hex'),
        sha1: (0,external_node_crypto_.hash)('sha1', data, 'hex'),
        sha256: (0,external_node_crypto_.hash)('sha256', data, 'hex'),
        sha512: (0,external_node_crypto_.hash)('sha512', data, 'hex'),
    };
}

;// CONCATENATED MODULE: ./src/repos/apt/layout.ts
/**
 * Where things live in an APT repository, as Debian lays out its archive:
 * `pool/<component>/<prefix>/<source>/<name>_<version>_<arch>.deb` (prefix: the first letter, or
 * `libx` for `lib*`), `dists/<suite>/<component>/binary-<arch>/Packages{,.gz,.xz}` beside a small
 * `Release`, and `by-hash/<Algo>/<hex>` copies beside every index.
 */

/** Suite, codename, component and architecture names: what Debian allows in a path segment. */
const SEGMENT = /^[a-z0-9][a-z0-9.+_-]*$/i;
/** Package names (Debian policy 5.6.1). */
const PACKAGE = /^[a-z0-9][a-z0-9.+-]+$/;
/** Checks a suite/component/architecture name; `key` names the input or config key in the error. */
function checkSegment(value, key, what) {
    if (typeof value !== 'string' || !SEGMENT.test(value) || value.length > 100) {
        throw new errors/* DistroError */.Yt(`${key}: '${String(value)}' is not a valid ${what}; use letters, digits and . + _ - (e.g. stable, main, amd64).`, { key });
    }
    return value;
}
/** Whether `name` is a valid Debian package name. */
function isPackageName(name) {
    return PACKAGE.test(name);
}
/** The pool directory name of a source package: `h` for hello, `libf` for libfoo. */
function poolPrefix(source) {
    return source.startsWith('lib') && source.length > 3 ? source.slice(0, 4) : source.slice(0, 1);
}
/**
 * The pool path of a package, relative to the repository root. `source` is the control file's
 * `Source` field (`foo` or `foo (1.0-1)`), when there is one.
 */
function poolPath(component, pkg) {
    const source = pkg.source?.trim().split(/\s+/)[0] || pkg.name;
    const version = pkg.version.replace(/^\d+:/, '');
    return `pool/${component}/${poolPrefix(source)}/${source}/${pkg.name}_${version}_${pkg.arch}.deb`;
}
/** `<component>/binary-<arch>`, relative to `dists/<suite>/`. */
function binaryDir(component, arch) {
    return `${component}/binary-${arch}`;
}

;// CONCATENATED MODULE: ./src/repos/apt/debs.ts
/**
 * New packages for the repository: each .deb's control fields and digests, made into the Packages
 * stanza it will have in the pool. A small .deb is read once, whole, for both; a large one has its
 * control member read, then its bytes hashed in a streamed read (memory stays flat). (The pool gets
 * a copy made by the kernel, copyFile: cheaper than writing the bytes read here back out through
 * three thread-pool calls.)
 */





/** Fields the repository writes itself (lower case); a control file's own copies are dropped. */
const POOL_FIELDS = new Set(['filename', 'size', 'md5sum', 'sha1', 'sha256', 'sha512']);
const VERSION = /^(\d+:)?[0-9][A-Za-z0-9.+~:-]*$/;
/** Packages up to this size are read whole, once; larger ones twice (control member, then streamed). */
const WHOLE_READ = 1024 * 1024;
/**
 * The whole file when it is at most WHOLE_READ bytes, else its size. Synchronous on purpose: for
 * thousands of small packages, four system calls on this thread cost a fraction of the same calls
 * queued through the thread pool (5,000 debs of 2-4 KiB: ~0.1 s against ~0.6 s), and nothing else
 * runs while the packages are read.
 */
function readSmall(file) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (err) {
        throw new errors/* DistroError */.Yt(`${file}: cannot read the package: ${err.message}`, {
            file,
            cause: err,
        });
    }
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size > WHOLE_READ)
            return size;
        const bytes = Buffer.allocUnsafe(size);
        let off = 0;
        while (off < size) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, off, size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return off === size ? bytes : bytes.subarray(0, off);
    }
    catch (err) {
        throw new errors/* DistroError */.Yt(`${file}: cannot read the package: ${err.message}`, {
            file,
            cause: err,
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function controlAndDigests(file) {
    const whole = readSmall(file);
    if (typeof whole !== 'number')
        return { control: await (0,read/* debControlFromBytes */.iM)(whole, file), digests: digestBytes(whole) };
    return { control: await (0,read/* readDebControl */.R2)(file), digests: await digestFile(file) };
}
/** Reads `file` (a .deb) as a package of `component`. */
async function readIncomingDeb(file, component) {
    const { control: { fields }, digests, } = await controlAndDigests(file);
    const need = (f) => {
        const v = (0,read/* getField */.VI)(fields, f)?.trim();
        if (!v)
            throw new errors/* DistroError */.Yt(`${file}: the package's control file has no ${f} field; rebuild the package.`, {
                file,
            });
        return v;
    };
    const name = need('Package');
    const version = need('Version');
    const arch = need('Architecture');
    const source = (0,read/* getField */.VI)(fields, 'Source')?.trim().split(/\s+/)[0];
    if (!isPackageName(name) || (source !== undefined && !isPackageName(source)))
        throw new errors/* DistroError */.Yt(`${file}: '${source ?? name}' is not a valid Debian package name.`, { file });
    if (!VERSION.test(version))
        throw new errors/* DistroError */.Yt(`${file}: '${version}' is not a valid Debian version.`, { file });
    checkSegment(arch, file, 'architecture');
    const filename = poolPath(component, { name, version, arch, source });
    const stanza = new Map();
    for (const [k, v] of fields)
        if (!POOL_FIELDS.has(k.toLowerCase()))
            stanza.set(k, v);
    stanza.set('Filename', filename);
    stanza.set('Size', String(digests.size));
    stanza.set('MD5sum', digests.md5);
    stanza.set('SHA1', digests.sha1);
    stanza.set('SHA256', digests.sha256);
    stanza.set('SHA512', digests.sha512);
    return {
        entry: { name, version, arch, component, filename, sha256: digests.sha256, stanza },
        file,
        digests,
    };
}

;// CONCATENATED MODULE: ./src/repos/apt/options.ts
/** The options and result of `publishApt`, and checking the options. */


/** Keys the errors name (the inputs and config keys of publish-repo). */
const KEY = {
    suite: "input 'channel'",
    key: "input 'gpg-private-key'",
    component: 'repos.apt.component',
    codename: 'repos.apt.codename',
    archs: 'repos.apt.architectures',
    keep: 'repos.apt.keep',
    validUntil: 'repos.apt.valid-until',
    promote: 'repos.apt.promote',
    name: 'repos.apt.name',
};
/** Checks the options that need no file system; throws one DistroError naming the key. */
function checkOptions(o) {
    checkSegment(o.name, KEY.name, 'repository name');
    checkSegment(o.suite, KEY.suite, 'suite (channel) name');
    if (o.codename !== undefined)
        checkSegment(o.codename, KEY.codename, 'codename');
    if (o.component !== undefined)
        checkSegment(o.component, KEY.component, 'component');
    for (const a of o.architectures ?? [])
        checkSegment(a, KEY.archs, 'architecture');
    if (o.keep !== undefined && (!Number.isInteger(o.keep) || o.keep < 1))
        throw new errors/* DistroError */.Yt(`${KEY.keep}: must be a whole number of versions, 1 or more; got ${o.keep}.`, {
            key: KEY.keep,
        });
    if (o.validUntilDays !== undefined && !(o.validUntilDays > 0))
        throw new errors/* DistroError */.Yt(`${KEY.validUntil}: must be a number of days above 0; got ${o.validUntilDays}.`, {
            key: KEY.validUntil,
        });
    if (!o.signer && !o.unsigned)
        throw new errors/* DistroError */.Yt(`${KEY.key}: an APT repository is signed, and no key was given. Pass the armored private key in 'gpg-private-key' (and 'gpg-passphrase'), or opt into an unsigned repository with input 'unsigned' set to true (clients must then trust it blindly with 'Trusted: yes').`, { key: KEY.key });
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/repos/apt/release.ts
/**
 * `Release` files: the suite's (what InRelease and Release.gpg sign: metadata plus the size and
 * digests of every index) and the small per-component, per-architecture ones; and reading the
 * index list back from an existing suite Release.
 */


/** A date as Debian's archive tools write it: `Sun, 22 Nov 2026 00:00:00 UTC`. */
function releaseDate(d) {
    return d.toUTCString().replace(/GMT$/, 'UTC');
}
/** The suite's Release text: metadata fields, `Acquire-By-Hash: yes`, then each digest list. */
function suiteReleaseText(meta, files) {
    const s = new Map();
    s.set('Origin', meta.origin);
    s.set('Label', meta.label);
    s.set('Suite', meta.suite);
    s.set('Codename', meta.codename);
    s.set('Date', releaseDate(meta.date));
    if (meta.validUntil)
        s.set('Valid-Until', releaseDate(meta.validUntil));
    s.set('Architectures', meta.architectures.join(' '));
    s.set('Components', meta.components.join(' '));
    if (meta.description)
        s.set('Description', meta.description);
    s.set('Acquire-By-Hash', 'yes');
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const width = Math.max(0, ...sorted.map((f) => String(f.digests.size).length));
    for (const { field, key } of RELEASE_HASHES) {
        s.set(field, sorted.map((f) => `\n ${f.digests[key]} ${String(f.digests.size).padStart(width)} ${f.path}`).join(''));
    }
    return (0,read/* formatStanza */.hP)(s);
}
/** `dists/<suite>/<component>/binary-<arch>/Release`. */
function archReleaseText(meta, component, arch) {
    const s = new Map([
        ['Archive', meta.suite],
        ['Origin', meta.origin],
        ['Label', meta.label],
        ['Component', component],
        ['Architecture', arch],
    ]);
    if (meta.codename !== meta.suite)
        s.set('Codename', meta.codename);
    return (0,read/* formatStanza */.hP)(s);
}
/** The files a Release lists, by path, with the digests it gives for them. */
function releaseIndex(release) {
    const out = new Map();
    for (const { field, key } of RELEASE_HASHES) {
        for (const line of ((0,read/* getField */.VI)(release, field) ?? '').split('\n')) {
            const [hash, size, file] = line.trim().split(/\s+/);
            if (!hash || !size || !file)
                continue;
            const d = out.get(file) ?? { size: Number(size), md5: '', sha1: '', sha256: '', sha512: '' };
            d[key] = hash;
            out.set(file, d);
        }
    }
    return out;
}
/** The Release text without its Date and Valid-Until lines: what decides whether a suite changed. */
function releaseBody(text) {
    return text.replace(/^(Date|Valid-Until):.*\n/gm, '');
}

;// CONCATENATED MODULE: ./src/repos/apt/state.ts
/**
 * The committed state of an APT repository on disk: for every suite under `dists/`, its Release
 * and the packages its indices list. Indices are read through `by-hash/SHA256/<hex>` (the bytes the
 * Release vouches for, whatever a killed run left at the plain paths) and checked against the
 * Release's SHA256. Pool files are not read.
 */








/** The identity of a package in a suite: component, name, version, architecture. */
function entryKey(e) {
    return `${e.component} ${e.name} ${e.version} ${e.arch}`;
}
/** Builds an entry from a Packages stanza; `what` names the index in errors. */
function entryFromStanza(stanza, component, what) {
    const name = (0,read/* getField */.VI)(stanza, 'Package');
    const version = (0,read/* getField */.VI)(stanza, 'Version');
    const arch = (0,read/* getField */.VI)(stanza, 'Architecture');
    const filename = (0,read/* getField */.VI)(stanza, 'Filename');
    const sha256 = (0,read/* getField */.VI)(stanza, 'SHA256');
    if (!name || !version || !arch || !filename || !sha256) {
        throw new errors/* DistroError */.Yt(`${what}: a stanza${name ? ` (${name})` : ''} lacks Package, Version, Architecture, Filename or SHA256; the repository is damaged: restore it or publish into an empty directory.`, { file: what });
    }
    return { name, version, arch, component, filename, sha256, stanza };
}
/** Only the SHA256 is checked: the other three digests of a large index would cost as much again. */
const sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
async function readIndex(suiteDir, index, rel) {
    const what = external_node_path_default().join(suiteDir, rel);
    for (const [variant, decode] of [
        [rel, (b) => b],
        [`${rel}.gz`, (b) => external_node_zlib_default().gunzipSync(b)],
    ]) {
        const d = index.get(variant);
        if (!d)
            continue;
        const dir = external_node_path_default().join(suiteDir, external_node_path_default().posix.dirname(variant));
        const candidates = [external_node_path_default().join(dir, 'by-hash', 'SHA256', d.sha256), external_node_path_default().join(suiteDir, variant)];
        for (const file of candidates) {
            const bytes = await (0,promises_.readFile)(file).catch(() => undefined);
            if (bytes && sha256(bytes) === d.sha256)
                return decode(bytes).toString('utf8');
        }
        throw new errors/* DistroError */.Yt(`${what}: no copy matches the SHA256 its Release lists; the repository is damaged: restore it from a backup or republish into an empty directory.`, { file: what });
    }
    throw new errors/* DistroError */.Yt(`${what}: the suite's Release does not list it; the repository is damaged.`, {
        file: what,
    });
}
/**
 * The text a cleartext-signed message signs (RFC 9580 7): the lines after the armor headers, up to
 * the signature, dash-escapes undone, with the final line end restored (as Release has it).
 */
function clearsignedText(armored) {
    const lines = armored.replace(/\r\n/g, '\n').split('\n');
    if (lines[0] !== '-----BEGIN PGP SIGNED MESSAGE-----')
        return undefined;
    const start = lines.indexOf('', 1);
    const end = lines.indexOf('-----BEGIN PGP SIGNATURE-----', start);
    if (start < 0 || end < 0)
        return undefined;
    return `${lines
        .slice(start + 1, end)
        .map((l) => (l.startsWith('- ') ? l.slice(2) : l))
        .join('\n')}\n`;
}
const readText = (file) => (0,promises_.readFile)(file, 'utf8').catch((err) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
        return undefined;
    throw err;
});
/**
 * Reads one suite's committed state (empty when it has no Release): the content InRelease signs
 * when there is an InRelease (a publish stopped after writing Release but before InRelease did not
 * commit), else Release.
 */
async function readSuite(root, suite) {
    const suiteDir = external_node_path_default().join(root, 'dists', suite);
    const inRelease = await readText(external_node_path_default().join(suiteDir, 'InRelease'));
    const releaseFile = external_node_path_default().join(suiteDir, inRelease === undefined ? 'Release' : 'InRelease');
    const releaseText = inRelease === undefined ? await readText(releaseFile) : clearsignedText(inRelease);
    const state = { suite, index: new Map(), packages: new Map() };
    if (releaseText === undefined) {
        if (inRelease !== undefined)
            throw new errors/* DistroError */.Yt(`${releaseFile}: not a cleartext-signed Release; the repository is damaged.`, {
                file: releaseFile,
            });
        return state;
    }
    const release = (0,read/* parseControl */.R8)(releaseText, releaseFile)[0] ?? new Map();
    state.release = release;
    state.releaseText = releaseText;
    state.index = releaseIndex(release);
    const words = (f) => ((0,read/* getField */.VI)(release, f) ?? '').split(/\s+/).filter(Boolean);
    for (const component of words('Components')) {
        for (const arch of words('Architectures')) {
            const rel = `${binaryDir(component, arch)}/Packages`;
            const text = await readIndex(suiteDir, state.index, rel);
            for (const stanza of (0,read/* parseControl */.R8)(text, external_node_path_default().join(suiteDir, rel))) {
                const e = entryFromStanza(stanza, component, external_node_path_default().join(suiteDir, rel));
                state.packages.set(entryKey(e), e);
            }
        }
    }
    return state;
}
/** Every suite of the repository at `root`, by name. */
async function readRepository(root) {
    const suites = new Map();
    const names = await (0,promises_.readdir)(external_node_path_default().join(root, 'dists')).catch(() => []);
    for (const name of names.sort()) {
        const s = await readSuite(root, name);
        if (s.release)
            suites.set(name, s);
    }
    return suites;
}

;// CONCATENATED MODULE: ./src/repos/apt/version.ts
/**
 * Debian version ordering, as dpkg implements it (deb-version(7), lib/dpkg/version.c):
 * `[epoch:]upstream[-revision]`; epochs compare as numbers, then upstream and revision with
 * `verrevcmp`: alternating non-digit runs (letters before non-letters, `~` before everything, even
 * the end of the string) and digit runs (as numbers).
 */
function parse(v) {
    const s = v.trim();
    const colon = s.indexOf(':');
    const epoch = colon > 0 ? Number(s.slice(0, colon)) : 0;
    const rest = colon > 0 ? s.slice(colon + 1) : s;
    const dash = rest.lastIndexOf('-');
    return dash >= 0
        ? { epoch, upstream: rest.slice(0, dash), revision: rest.slice(dash + 1) }
        : { epoch, upstream: rest, revision: '' };
}
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** dpkg's `order()`: the weight of one character of a non-digit run (0 = end of string). */
function order(c) {
    if (Number.isNaN(c) || isDigit(c))
        return 0;
    if (isAlpha(c))
        return c;
    if (c === 0x7e)
        return -1; // ~
    return c + 256;
}
function verrevcmp(a, b) {
    let i = 0;
    let j = 0;
    const at = (s, k) => (k < s.length ? s.charCodeAt(k) : NaN);
    while (i < a.length || j < b.length) {
        let firstDiff = 0;
        while ((i < a.length && !isDigit(at(a, i))) || (j < b.length && !isDigit(at(b, j)))) {
            const ac = order(at(a, i));
            const bc = order(at(b, j));
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (at(a, i) === 0x30)
            i++;
        while (at(b, j) === 0x30)
            j++;
        while (isDigit(at(a, i)) && isDigit(at(b, j))) {
            if (!firstDiff)
                firstDiff = at(a, i) - at(b, j);
            i++;
            j++;
        }
        if (isDigit(at(a, i)))
            return 1;
        if (isDigit(at(b, j)))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
/**
 * Compares two Debian versions as `dpkg --compare-versions` does: negative when `a` is older than
 * `b`, 0 when equal, positive when newer.
 */
function compareDebVersions(a, b) {
    const x = parse(a);
    const y = parse(b);
    if (x.epoch !== y.epoch)
        return x.epoch - y.epoch;
    return verrevcmp(x.upstream, y.upstream) || verrevcmp(x.revision, y.revision);
}
/**
 * Whether `version` (a package's) is the one a promote/retract selector names. A selector names
 * what it spells out: without a Debian revision (no `-`, e.g. the project's `1.0.0`) it matches
 * every revision of that upstream version (`1.0.0-1`, `1.0.0-2`, a native `1.0.0`); without an
 * epoch (no `:`) it matches any epoch, which is unambiguous because versions that differ only in
 * their epoch share a pool file name and so never coexist in a repository. With an epoch or a
 * revision, that part must be equal (`0:` is the same as none once written). Parts compare as dpkg
 * compares them (`1.0` is `1.00`).
 */
function versionMatches(version, selector) {
    const sel = selector.trim();
    const colon = sel.indexOf(':');
    const hasEpoch = colon > 0;
    const hasRevision = sel.slice(colon + 1).includes('-');
    const v = parse(version);
    const s = parse(sel);
    if (hasEpoch && v.epoch !== s.epoch)
        return false;
    if (verrevcmp(v.upstream, s.upstream) !== 0)
        return false;
    return !hasRevision || verrevcmp(v.revision, s.revision) === 0;
}

;// CONCATENATED MODULE: ./src/repos/apt/changes.ts
/**
 * What a publish changes in the target suite: the new .debs (checked against what the repository
 * already holds), promoted versions, retracted versions, and the `keep` limit.
 */







/** Files read or placed at a time. */
const IO_PARALLEL = 8;
/** Whether `e` is what `s` names; a selector version without revision or epoch matches any (see versionMatches). */
const matches = (e, s) => e.name === s.name && versionMatches(e.version, s.version) && (!s.arch || e.arch === s.arch);
/** A package's name, version and architecture: what may exist only once in a repository. */
const nva = (e) => `${e.name} ${e.version} ${e.arch}`;
/** What the repository holds across suites: by name/version/arch (first suite wins) and by pool path. */
function repositoryIndex(suites) {
    const byNva = new Map();
    const byPath = new Map();
    for (const s of suites.values())
        for (const e of s.packages.values()) {
            if (!byNva.has(nva(e)))
                byNva.set(nva(e), { entry: e, suite: s.suite });
            byPath.set(e.filename, e);
        }
    return { byNva, byPath };
}
/**
 * Reads and checks the new .debs: one with the name/version/arch of a published package but other
 * bytes, or of another .deb of the batch, is refused naming both. A package already published
 * takes its existing entry (pool path) in `component`.
 */
async function readIncoming(files, component, repo) {
    const incoming = [];
    const batch = new Map();
    for (const deb of await (0,concurrency/* mapLimit */.sf)(files, IO_PARALLEL, (file) => readIncomingDeb(file, component))) {
        const { file, entry: e } = deb;
        const other = batch.get(nva(e));
        if (other && other.digests.sha256 !== deb.digests.sha256)
            throw new errors/* DistroError */.Yt(`${file} and ${other.file} are both ${e.name} ${e.version} (${e.arch}) but differ; give only one of them.`, { file });
        const existing = repo.byNva.get(nva(e));
        if (existing && existing.entry.sha256 !== deb.digests.sha256)
            throw new errors/* DistroError */.Yt(`${file} is ${e.name} ${e.version} (${e.arch}), which the repository already has with different contents (${existing.entry.filename}, suite ${existing.suite}). A published version never changes: bump the version, or retract the old one first.`, { file });
        const clash = existing ? undefined : repo.byPath.get(e.filename);
        if (clash)
            throw new errors/* DistroError */.Yt(`${file} would be stored as ${e.filename}, which already holds ${clash.name} ${clash.version} (${clash.arch}); versions that differ only in their epoch cannot share a pool.`, { file });
        if (existing)
            deb.entry = { ...existing.entry, component };
        if (!other) {
            batch.set(nva(e), deb);
            incoming.push(deb);
        }
    }
    return incoming;
}
/** The target suite's packages after adding, promoting, retracting and trimming to `keep`. */
function applyChanges(o, component, suites, target, incoming, warnings) {
    const packages = new Map(target.packages);
    for (const deb of incoming)
        packages.set(entryKey(deb.entry), deb.entry);
    for (const p of o.promote ?? []) {
        checkSegment(p.from, KEY.promote, 'suite name');
        const found = [...(suites.get(p.from)?.packages.values() ?? [])].filter((e) => matches(e, p));
        if (found.length === 0)
            throw new errors/* DistroError */.Yt(`${KEY.promote}: suite '${p.from}' has no ${p.name} ${p.version}${p.arch ? ` (${p.arch})` : ''} to promote; publish it there first.`, { key: KEY.promote });
        for (const e of found)
            packages.set(entryKey({ ...e, component }), { ...e, component });
    }
    for (const r of o.retract ?? []) {
        const found = [...packages.values()].filter((e) => matches(e, r));
        if (found.length === 0)
            warnings.push(`retract: ${r.name} ${r.version}${r.arch ? ` (${r.arch})` : ''} is not in suite ${o.suite}`);
        for (const e of found)
            packages.delete(entryKey(e));
    }
    if (o.keep !== undefined) {
        const groups = new Map();
        for (const e of packages.values()) {
            const g = `${e.component} ${e.name}`;
            groups.set(g, [...(groups.get(g) ?? []), e]);
        }
        for (const entries of groups.values()) {
            const versions = [...new Set(entries.map((e) => e.version))].sort((a, b) => compareDebVersions(b, a));
            const kept = new Set(versions.slice(0, o.keep));
            for (const e of entries)
                if (!kept.has(e.version))
                    packages.delete(entryKey(e));
        }
    }
    return packages;
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/formats/archive/index.ts + 2 modules
var archive = __webpack_require__(73856);
;// CONCATENATED MODULE: ./src/repos/apt/files.ts
/**
 * File operations that never leave a half-written file at a published path: everything is written
 * (or hard-linked, or copied) to `<path>#tmp-<random>` in the same directory and renamed (`#`
 * never occurs in package file names).
 */





/** Marks the temporary files of this module (a killed run's leftovers are recognised by it). */
const TMP_MARK = '#tmp-';
/** This process's random part of temporary names; a counter tells its names apart (no random draw per file). */
const TMP_RUN = (0,external_node_crypto_.randomBytes)(6).toString('hex');
let tmpCount = 0;
/** A fresh temporary name beside `file`. */
function tempName(file) {
    return `${file}${TMP_MARK}${TMP_RUN}-${(tmpCount++).toString(36)}`;
}
/** Writes `data` to `file` by rename from a temporary file in the same directory. */
async function writeAtomic(file, data) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const tmp = tempName(file);
    try {
        await (0,promises_.writeFile)(tmp, data);
        await (0,promises_.rename)(tmp, file);
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
}
/**
 * Makes `dest` hold the bytes of `src`, replacing `dest` atomically: a hard link where the file
 * system allows (files of the repository itself), or with `copy` a copy (a reflink where the file
 * system can), so that a later change to an input file cannot reach the pool.
 */
async function placeFile(src, dest, opts = {}) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
    const tmp = tempName(dest);
    const copy = () => (0,promises_.copyFile)(src, tmp, external_node_fs_.constants.COPYFILE_FICLONE);
    try {
        await (opts.copy ? copy() : (0,promises_.link)(src, tmp).catch(copy));
        await (0,promises_.rename)(tmp, dest);
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
}
/** Bytes handed to the xz encoder at a time: about 15 ms of work at preset 6 (WebAssembly). */
const XZ_SLICE = 16 * 1024;
/**
 * `data` as .xz, preset 6 (what apt-ftparchive and `xz` write: lower presets are 16-20% larger
 * for Packages text, 5 saves ~10% of the time for 0.6%), CRC64. The encoder runs on this thread
 * in WebAssembly: it is fed in slices with a turn of the event loop between them, so that the file
 * operations under way (pool copies, gzip on the thread pool) go on while it works instead of
 * waiting for the whole text (~2.5 s for a 3 MB Packages). The output does not depend on the slicing.
 */
async function xzBytes(data) {
    const release = await (0,archive.xzSlot)();
    try {
        const xz = (await (0,archive.loadXz)())(6);
        const chunks = [];
        const collected = (async () => {
            for await (const chunk of xz.readable)
                chunks.push(Buffer.from(chunk));
        })();
        const writer = xz.writable.getWriter();
        try {
            for (let off = 0; off < data.length; off += XZ_SLICE) {
                await writer.write(data.subarray(off, off + XZ_SLICE));
                await new Promise((resolve) => setImmediate(resolve));
            }
            await writer.close();
        }
        catch (err) {
            await writer.abort(err).catch(() => { });
            throw err;
        }
        await collected;
        return Buffer.concat(chunks);
    }
    finally {
        release();
    }
}
/** `data` compressed as .gz (level 9, no name, MTIME 0, on the thread pool) or .xz (see xzBytes), reproducibly. */
async function compressBytes(data, format) {
    if (format === 'xz')
        return xzBytes(data);
    const comp = await (0,archive.compressor)('tar.gz', 9);
    const chunks = [];
    const collected = (async () => {
        for await (const chunk of comp.output)
            chunks.push(Buffer.from(chunk));
    })();
    comp.input.end(data);
    await collected;
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/repos/apt/cleanup.ts
/**
 * Pruning after a publish: pool files no suite lists any more (those it removed, or after an
 * interrupted publish every unlisted file), by-hash copies older than the previous generation, and
 * temporary files a killed run left behind.
 */




/**
 * Deletes the files under `dir` for which `stale(path relative to base)` is true, then the
 * directories left empty (not `dir` itself); returns the deleted files and whether `dir` is empty.
 */
async function prune(dir, base, stale, removed) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    let left = entries.length;
    for (const e of entries) {
        const full = external_node_path_default().join(dir, e.name);
        if (e.isDirectory()) {
            if (await prune(full, base, stale, removed)) {
                await (0,promises_.rmdir)(full);
                left--;
            }
            continue;
        }
        const rel = (0,paths/* toPosix */.d)(external_node_path_default().relative(base, full));
        if (!stale(rel))
            continue;
        await (0,promises_.rm)(full, { force: true });
        removed.push(rel);
        left--;
    }
    return left === 0;
}
/**
 * Deletes the files under `<root>/pool` that are not in `referenced` (pool paths relative to the
 * root) and any temporary file; returns the deleted pool files.
 */
async function prunePool(root, referenced) {
    const removed = [];
    await prune(external_node_path_default().join(root, 'pool'), root, (rel) => !referenced.has(rel), removed);
    return removed.filter((rel) => !rel.includes(TMP_MARK)).sort();
}
/**
 * Deletes from a suite directory the by-hash copies whose digest is not in `keep` (the current and
 * the previous generation, as `<index dir>/by-hash/<Algo>/<hex>` paths relative to the suite
 * directory) and any temporary file.
 */
async function pruneSuite(suiteDir, keep) {
    const stale = (rel) => rel.includes(TMP_MARK) || (/(^|\/)by-hash\//.test(rel) && !keep.has(rel));
    await prune(suiteDir, suiteDir, stale, []);
}
/**
 * Deletes the given pool files (paths relative to the root) and the directories under `pool/`
 * they leave empty; returns the files deleted.
 */
async function removePoolFiles(root, files) {
    const pool = external_node_path_default().join(root, 'pool');
    const removed = [];
    for (const rel of [...new Set(files)].sort()) {
        const full = external_node_path_default().join(root, rel);
        await (0,promises_.rm)(full, { force: true });
        removed.push(rel);
        for (let dir = external_node_path_default().dirname(full); dir.startsWith(pool + (external_node_path_default()).sep); dir = external_node_path_default().dirname(dir)) {
            if ((await (0,promises_.readdir)(dir).catch(() => [''])).length)
                break;
            await (0,promises_.rmdir)(dir);
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/repos/apt/indices.ts
/**
 * The index files of one suite: for every component and architecture, `Packages` (stanzas sorted
 * by name, version, architecture; `Architecture: all` packages in every architecture), its .gz and
 * .xz, and the per-architecture `Release`. An index whose text is what the committed Release
 * already lists is not compressed again: its committed by-hash copies are reused.
 */








const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Packages order: name (bytes), version (dpkg), architecture (bytes). */
function comparePackages(a, b) {
    return byteOrder(a.name, b.name) || compareDebVersions(a.version, b.version) || byteOrder(a.arch, b.arch);
}
/** The Packages text for `entries` (already filtered to one component and architecture). */
function packagesText(entries) {
    return [...entries]
        .sort(comparePackages)
        .map((e) => (0,read/* formatStanza */.hP)(e.stanza))
        .join('\n');
}
/** The by-hash copy of `file` (relative to the suite directory) under algorithm directory `algo`. */
function byHashPath(file, algo, hex) {
    return external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), 'by-hash', algo, hex);
}
async function reusable(suiteDir, prev, files) {
    for (const f of files) {
        const d = prev.get(f);
        if (!d || !d.md5 || !d.sha1 || !d.sha256 || !d.sha512)
            return false;
        const s = await (0,promises_.stat)(external_node_path_default().join(suiteDir, byHashPath(f, 'SHA256', d.sha256))).catch(() => undefined);
        if (s?.size !== d.size)
            return false;
    }
    return true;
}
/** Plans every index file of the suite described by `meta` holding `packages`. */
async function planIndices(suiteDir, meta, packages, prev) {
    const out = [];
    for (const component of meta.components) {
        for (const arch of meta.architectures) {
            const dir = binaryDir(component, arch);
            const entries = packages.filter((e) => e.component === component && (e.arch === arch || e.arch === 'all'));
            const text = Buffer.from(packagesText(entries));
            const plain = digestBytes(text);
            const names = ['Packages', 'Packages.gz', 'Packages.xz'].map((n) => `${dir}/${n}`);
            if (prev.get(names[0])?.sha256 === plain.sha256 && (await reusable(suiteDir, prev, names))) {
                for (const n of names)
                    out.push({ path: n, digests: prev.get(n) });
            }
            else {
                // gzip runs on the thread pool while xz (WebAssembly) runs here
                const [gz, xz] = await Promise.all([compressBytes(text, 'gz'), compressBytes(text, 'xz')]);
                out.push({ path: names[0], digests: plain, data: text });
                out.push({ path: names[1], digests: digestBytes(gz), data: gz });
                out.push({ path: names[2], digests: digestBytes(xz), data: xz });
            }
            const release = Buffer.from(archReleaseText(meta, component, arch));
            out.push({ path: `${dir}/Release`, digests: digestBytes(release), data: release });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
// EXTERNAL MODULE: ./src/repos/url.ts
var url = __webpack_require__(36088);
;// CONCATENATED MODULE: ./src/repos/apt/snippets.ts


/** The snippets for one suite of the repository. */
function aptSnippets(o) {
    // A newline in the URL would add fields (a second Signed-By) to the .sources file users install.
    const base = (0,url/* checkUrl */.C)(o.baseUrl, 'input: base-url', ['http:', 'https:', 'file:']).replace(/\/+$/, '');
    const fileBase = o.suite === o.defaultSuite ? o.name : `${o.name}-${o.suite}`;
    const keyring = o.signed ? `/etc/apt/keyrings/${o.name}.gpg` : undefined;
    const sources = [
        'Types: deb',
        `URIs: ${base}/`,
        `Suites: ${o.suite}`,
        `Components: ${o.component}`,
        keyring ? `Signed-By: ${keyring}` : 'Trusted: yes',
        '',
    ].join('\n');
    const opt = keyring ? `[signed-by=${keyring}]` : '[trusted=yes]';
    const list = `deb ${opt} ${base}/ ${o.suite} ${o.component}\n`;
    const steps = [
        ...(keyring
            ? [
                ['sudo', 'install', '-d', '-m', '0755', '/etc/apt/keyrings'],
                ['sudo', 'curl', '-fsSLo', keyring, `${base}/${o.name}.gpg`],
            ]
            : []),
        ['sudo', 'curl', '-fsSLo', `/etc/apt/sources.list.d/${fileBase}.sources`, `${base}/${fileBase}.sources`],
        ['sudo', 'apt-get', 'update'],
        ['sudo', 'apt-get', 'install', '-y', o.installPackage],
    ];
    return { sources, list, keyring, install: steps.map(exec/* formatCommand */.fE).join(' && '), fileBase };
}

;// CONCATENATED MODULE: ./src/repos/apt/publish.ts
/**
 * Publishing into an APT repository held in a local directory (already fetched by the storage
 * layer): add packages to a suite, promote versions from another suite, retract versions, keep the
 * last N versions, then regenerate and sign what changed.
 *
 * Incremental: the committed indices of every suite are read (not the pool files); only the given
 * .debs are hashed. Re-adding a package already there is a no-op, and a suite whose content did not
 * change is not rewritten at all (so a re-run changes nothing).
 *
 * Atomic, in this order, each file by rename: pool files; by-hash copies of every new index; the
 * plain index paths; `Release`, `Release.gpg`, `InRelease` (all three signed before the first
 * rename, so they follow each other); then pruning (the pool files of removed
 * versions that no suite lists, by-hash copies older than the previous generation). A reader holding
 * the previous InRelease still finds its indices under by-hash, and a publish stopped at any point
 * leaves a valid repository: the committed state is what InRelease signs, and `.publish-incomplete`
 * at the root makes the next publish sweep the whole pool for files the stopped one left. Every
 * run checks the suite's Release, Release.gpg, InRelease (signatures, by the key) and index hashes
 * (suiteSound) and writes them again when a stopped run left them out of step.
 */
















/**
 * Pool copies in flight: each is three thread-pool calls (mkdir, copyFile, rename) whose callbacks
 * run only between the slices of the xz encoder on this thread, so enough are queued to keep the
 * thread pool busy across one slice.
 */
const POOL_PARALLEL = 32;
/** Architectures a suite lists when it only holds `Architecture: all` packages. */
const DEFAULT_ARCHITECTURES = ['amd64', 'arm64'];
const ref = (suite, e) => ({
    suite,
    component: e.component,
    name: e.name,
    version: e.version,
    arch: e.arch,
    path: e.filename,
});
/** Ordered union: `base`, then what `more` adds. */
const union = (base, more) => [...new Set([...base, ...more])];
/**
 * A suite's Release metadata: the options for the target suite, else what its Release says;
 * architectures only grow (those of the packages, never fewer than before).
 */
function suiteMeta(o, state, packages, now) {
    const prev = (f) => (state.release ? (0,read/* getField */.VI)(state.release, f) : undefined);
    const words = (f) => (prev(f) ?? '').split(/\s+/).filter(Boolean);
    const target = state.suite === o.suite;
    const origin = (target ? o.origin : undefined) ?? prev('Origin') ?? o.name;
    let validUntil;
    const days = target ? o.validUntilDays : undefined;
    if (days !== undefined)
        validUntil = new Date(now.getTime() + days * 86400_000);
    else if (prev('Valid-Until') && prev('Date')) {
        const period = Date.parse(prev('Valid-Until')) - Date.parse(prev('Date'));
        if (period > 0)
            validUntil = new Date(now.getTime() + period);
    }
    const archs = union(words('Architectures'), [
        ...(target ? (o.architectures ?? []) : []),
        ...packages.map((p) => p.arch).filter((a) => a !== 'all'),
    ]).sort();
    return {
        origin,
        label: (target ? o.label : undefined) ?? prev('Label') ?? origin,
        suite: state.suite,
        codename: (target ? o.codename : undefined) ?? prev('Codename') ?? state.suite,
        description: (target ? o.description : undefined) ?? prev('Description'),
        date: now,
        validUntil,
        architectures: archs.length ? archs : [...DEFAULT_ARCHITECTURES],
        components: union(words('Components'), [...new Set(packages.map((p) => p.component))]),
    };
}
/** Half the validity period has passed (or Valid-Until is missing/unreadable): sign again. */
function needsRefresh(state, o, now) {
    if (state.suite !== o.suite || o.validUntilDays === undefined || !state.release)
        return false;
    const until = Date.parse((0,read/* getField */.VI)(state.release, 'Valid-Until') ?? '');
    return !(until - now.getTime() > (o.validUntilDays * 86400_000) / 2);
}
async function exists(file) {
    return (0,promises_.access)(file).then(() => true, () => false);
}
async function sameBytes(file, data) {
    const cur = await (0,promises_.readFile)(file).catch(() => undefined);
    return cur !== undefined && cur.equals(Buffer.from(data));
}
/** Writes `data` at `file` unless it already holds exactly that; returns whether it wrote. */
async function writeIfChanged(file, data) {
    if (await sameBytes(file, data))
        return false;
    await writeAtomic(file, data);
    return true;
}
/**
 * Whether a suite on disk is what its committed Release says, as apt checks it: Release is that
 * text, InRelease and Release.gpg are good signatures of it by the key (or absent, unsigned), and
 * every index file it lists has its SHA256. A killed run can leave any of these out of step.
 */
async function suiteSound(o, suiteDir, state) {
    const read = (name) => (0,promises_.readFile)(external_node_path_default().join(suiteDir, name)).catch(() => undefined);
    const release = await read('Release');
    if (state.releaseText === undefined || release?.toString('utf8') !== state.releaseText)
        return false;
    const [inRelease, gpg] = [await read('InRelease'), await read('Release.gpg')];
    if (!o.signer) {
        if (inRelease || gpg)
            return false;
    }
    else {
        const key = o.signer.publicKeyArmored;
        if (!inRelease || !gpg || !(await (0,verify/* verifiesCleartext */.U)(key, inRelease.toString('utf8'))))
            return false;
        if (!(await (0,verify/* verifiesDetached */.A)(key, release, gpg.toString('utf8'))))
            return false;
    }
    for (const [rel, d] of state.index) {
        const bytes = await read(rel);
        if (!bytes || (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') !== d.sha256)
            return false;
    }
    return true;
}
/** Present while a publish is writing: the next publish then sweeps the whole pool for leftovers. */
const INCOMPLETE_MARKER = '.publish-incomplete';
/**
 * The suites to write: the target, and every suite when the signing key changed. A suite whose
 * Release would differ only in Date/Valid-Until, whose files on disk are the committed ones, and
 * which needs no Valid-Until refresh is left alone.
 */
async function planSuites(o, root, suites, keyChanged, now) {
    const plans = [];
    for (const state of suites.values()) {
        const suiteDir = external_node_path_default().join(root, 'dists', state.suite);
        // another suite is written again only for a new key, or when a stopped run (a key rotation
        // re-signs every suite) left it out of step; an unsigned publish leaves other suites alone
        const signedOk = state.suite === o.suite || o.signer ? await suiteSound(o, suiteDir, state) : true;
        if (state.suite !== o.suite && !keyChanged && signedOk)
            continue;
        const list = [...state.packages.values()];
        const meta = suiteMeta(o, state, list, now);
        const files = await planIndices(suiteDir, meta, list, state.index);
        const releaseText = suiteReleaseText(meta, files);
        const same = state.releaseText !== undefined && releaseBody(state.releaseText) === releaseBody(releaseText);
        if (same && signedOk && !keyChanged && !needsRefresh(state, o, now))
            continue;
        plans.push({ state, meta, files, releaseText });
    }
    return plans;
}
/**
 * Writes the planned suites: by-hash copies of every new index, then the plain index paths, then
 * Release, Release.gpg and InRelease, each step for all suites before the next. On failure the
 * temporary files are removed; what was renamed into place is valid on its own (see module comment).
 */
async function writeSuites(o, root, plans, step) {
    const temps = [];
    try {
        const staged = [];
        for (const { state, files } of plans) {
            const suiteDir = external_node_path_default().join(root, 'dists', state.suite);
            for (const f of files) {
                const plain = external_node_path_default().join(suiteDir, f.path);
                let source = external_node_path_default().join(suiteDir, byHashPath(f.path, 'SHA256', f.digests.sha256));
                if (f.data) {
                    source = tempName(plain);
                    temps.push(source);
                    await (0,promises_.mkdir)(external_node_path_default().dirname(source), { recursive: true });
                    await (0,promises_.writeFile)(source, f.data);
                }
                for (const { field, key } of RELEASE_HASHES)
                    if (field !== 'SHA256' || f.data)
                        await placeFile(source, external_node_path_default().join(suiteDir, byHashPath(f.path, field, f.digests[key])));
                staged.push({ plain, source, temp: !!f.data });
            }
        }
        await step('by-hash');
        for (const { plain, source, temp } of staged) {
            if (temp)
                await (0,promises_.rename)(source, plain);
            else
                await placeFile(source, plain);
        }
        await step('indices');
        // Every signature is made before the first of them is renamed into place, so the renames
        // follow each other: InRelease last, the commit point apt reads (Release and Release.gpg are
        // for clients without InRelease support; a crash between those two renames leaves a pair the
        // next run finds, in suiteSound, and writes again).
        const at = (state, name) => external_node_path_default().join(root, 'dists', state.suite, name);
        const finals = [[], [], []];
        for (const { state, releaseText } of plans) {
            const signed = o.signer
                ? [
                    releaseText,
                    o.signer.armor(await o.signer.sign(Buffer.from(releaseText))),
                    await o.signer.clearSign(releaseText),
                ]
                : [releaseText];
            ['Release', 'Release.gpg', 'InRelease'].forEach((name, i) => {
                const file = at(state, name);
                const data = signed[i];
                if (data === undefined)
                    return finals[i].push({ file });
                const tmp = tempName(file);
                temps.push(tmp);
                finals[i].push({ file, tmp });
                return (0,external_node_fs_.writeFileSync)(tmp, data);
            });
        }
        const names = ['release', 'release-gpg', 'inrelease'];
        for (const [i, group] of finals.entries()) {
            for (const { file, tmp } of group) {
                if (tmp)
                    (0,external_node_fs_.renameSync)(tmp, file);
                else
                    (0,external_node_fs_.rmSync)(file, { force: true });
            }
            await step(names[i]);
        }
    }
    catch (err) {
        await Promise.all(temps.map((t) => (0,promises_.rm)(t, { force: true })));
        throw err;
    }
}
/** By-hash copies of a plan's new files and of its previous generation (what a reader may hold). */
function byHashKept(plan) {
    const keep = new Set();
    const add = (file, d) => {
        for (const { field, key } of RELEASE_HASHES)
            keep.add(byHashPath(file, field, d[key]));
    };
    for (const f of plan.files)
        add(f.path, f.digests);
    for (const [file, d] of plan.state.index)
        add(file, d);
    return keep;
}
/**
 * Publishes into the APT repository at `o.root`: see the module comment. Throws a DistroError,
 * leaving the repository as it was, for a bad option, an unreadable .deb, or a package whose
 * name/version/architecture is already published with different contents.
 */
async function publishApt(o) {
    return (await prepareApt(o)).commit();
}
/**
 * Every check of a publish (options, the repository's state, every .deb, conflicts, retractions,
 * promotions) without writing anything, so that a caller publishing more than one repository can
 * check them all before it writes any.
 */
async function prepareApt(o) {
    checkOptions(o);
    const root = external_node_path_default().resolve(o.root);
    const component = o.component ?? 'main';
    const now = o.now ?? new Date();
    const warnings = [];
    const suites = await readRepository(root);
    const target = suites.get(o.suite) ?? { suite: o.suite, index: new Map(), packages: new Map() };
    const repo = repositoryIndex(suites);
    const incoming = await readIncoming(o.debs ?? [], component, repo);
    const hashed = incoming.map((d) => d.file);
    const packages = applyChanges(o, component, suites, target, incoming, warnings);
    const added = [...packages.values()].filter((e) => !target.packages.has(entryKey(e))).sort(comparePackages);
    const removed = [...target.packages.values()]
        .filter((e) => !packages.has(entryKey(e)))
        .sort(comparePackages);
    suites.set(o.suite, { ...target, packages });
    const fresh = incoming.filter((d) => !repo.byNva.has(nva(d.entry)) && packages.has(entryKey(d.entry)));
    const installPackage = o.installPackage ?? added[0]?.name ?? incoming[0]?.entry.name ?? o.name;
    return {
        commit: () => commitApt(o, { root, component, now, warnings, suites, hashed, added, removed, fresh, installPackage }),
    };
}
/** Writes what `prepareApt` planned: pool, indices, signed Release files, then pruning. */
async function commitApt(o, c) {
    const { root, component, now, warnings, suites, hashed, added, removed, fresh } = c;
    const step = async (s) => o.onStep?.(s);
    // keys and snippets
    let keyChanged = false;
    const keyFiles = o.signer
        ? [
            [external_node_path_default().join(root, `${o.name}.asc`), o.signer.publicKeyArmored],
            [external_node_path_default().join(root, `${o.name}.gpg`), o.signer.publicKeyBinary],
        ]
        : [];
    for (const [file, data] of keyFiles)
        if ((await exists(file)) && !(await sameBytes(file, data)))
            keyChanged = true;
    const snippets = o.baseUrl
        ? aptSnippets({
            name: o.name,
            baseUrl: o.baseUrl,
            suite: o.suite,
            component,
            signed: !!o.signer,
            installPackage: c.installPackage,
            defaultSuite: o.defaultSuite ?? 'stable',
        })
        : undefined;
    // new pool files (a new file in the suite always changes it) go in while the indices are made
    const marker = external_node_path_default().join(root, INCOMPLETE_MARKER);
    const interrupted = await exists(marker);
    if (fresh.length)
        await writeAtomic(marker, '');
    const pooled = (0,concurrency/* mapLimit */.sf)(fresh, POOL_PARALLEL, (d) => placeFile(d.file, external_node_path_default().join(root, d.entry.filename), { copy: true }));
    pooled.catch(() => { }); // awaited below, after the plans
    let plans;
    try {
        plans = await planSuites(o, root, suites, keyChanged, now);
    }
    finally {
        await pooled.catch(() => { });
    }
    await pooled;
    await step('pool');
    let changed = false;
    for (const [file, data] of keyFiles)
        changed = (await writeIfChanged(file, data)) || changed;
    if (snippets) {
        changed =
            (await writeIfChanged(external_node_path_default().join(root, `${snippets.fileBase}.sources`), snippets.sources)) || changed;
        changed = (await writeIfChanged(external_node_path_default().join(root, `${snippets.fileBase}.list`), snippets.list)) || changed;
    }
    if (plans.length === 0) {
        o.log?.info(`apt: suite ${o.suite} is unchanged`);
        return { changed, suites: [], added: [], removed: [], poolRemoved: [], hashed, snippets, warnings };
    }
    await writeAtomic(marker, '');
    await writeSuites(o, root, plans, step);
    // prune: by-hash beyond the previous generation, temporary files, pool files no suite lists
    for (const plan of plans)
        await pruneSuite(external_node_path_default().join(root, 'dists', plan.state.suite), byHashKept(plan));
    const referenced = new Set();
    for (const s of suites.values())
        for (const e of s.packages.values())
            referenced.add(e.filename);
    const poolRemoved = interrupted
        ? await prunePool(root, referenced)
        : await removePoolFiles(root, removed.map((e) => e.filename).filter((f) => !referenced.has(f)));
    await (0,promises_.rm)(marker, { force: true });
    await step('cleanup');
    for (const e of added)
        o.log?.info(`apt: ${o.suite}: + ${e.name} ${e.version} ${e.arch}`);
    for (const e of removed)
        o.log?.info(`apt: ${o.suite}: - ${e.name} ${e.version} ${e.arch}`);
    return {
        changed: true,
        suites: plans.map((p) => p.state.suite),
        added: added.map((e) => ref(o.suite, e)),
        removed: removed.map((e) => ref(o.suite, e)),
        poolRemoved,
        hashed,
        snippets,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/repos/apt/index.ts





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


/***/ })

};
