export const id = 522;
export const ids = [522,8437,8141];
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

/***/ 90522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGN_IN_MEMORY_MAX: () => (/* binding */ SIGN_IN_MEMORY_MAX),
  loadSigningKey: () => (/* binding */ loadSigningKey),
  writeKeyFiles: () => (/* binding */ writeKeyFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(13074);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sign/openpgp-stream.ts
/**
 * Fast streamed OpenPGP signatures over large files: the file is hashed with Node's native hash
 * (`createHash`) and the digest signed with Node's crypto, instead of openpgp.js's web streams and
 * pure-JS RSA. openpgp.js still builds the signature packet: `signFile` is handed a detached
 * signature openpgp made over empty data at the same time and with the same key, whose hashed
 * subpackets (creation time, issuer fingerprint, …) do not depend on the data. Only its hash and
 * signature values are replaced, so the bytes are those openpgp itself would write for the file.
 *
 * A v4 signature over binary data hashes `data || hashed part || 0x04 0xFF || length(hashed part)`
 * (RFC 4880 5.2.4). Deterministic algorithms only, where the result can be checked against openpgp:
 * RSA (PKCS#1 v1.5 over the DigestInfo of that digest) and legacy EdDSA on Ed25519 (the digest is the
 * signed message; r and s as MPIs). Anything else (ECDSA, v6 keys, other hashes) gets `undefined`
 * from `streamSigner` and keeps openpgp's own streaming.
 */



/** Bytes read at a time; two such buffers, one being read while the other is hashed. */
const READ_CHUNK = 1024 * 1024;
/** Node's name of an OpenPGP hash and, for RSA, the DER DigestInfo prefix of its digest (RFC 8017 9.2). */
const HASHES = new Map([
    [
        openpgp.enums.hash.sha256,
        { name: 'sha256', digestInfo: Buffer.from('3031300d060960864801650304020105000420', 'hex') },
    ],
    [
        openpgp.enums.hash.sha384,
        { name: 'sha384', digestInfo: Buffer.from('3041300d060960864801650304020205000430', 'hex') },
    ],
    [
        openpgp.enums.hash.sha512,
        { name: 'sha512', digestInfo: Buffer.from('3051300d060960864801650304020305000440', 'hex') },
    ],
]);
function b64url(bytes) {
    if (typeof bytes === 'bigint') {
        const hex = bytes.toString(16);
        return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex').toString('base64url');
    }
    return Buffer.from(bytes).toString('base64url');
}
function toBigInt(bytes) {
    return BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
}
/**
 * The RSA private key as a KeyObject. OpenPGP's u is p⁻¹ mod q, JWK's qi is q⁻¹ mod p: with p and q
 * swapped (as openpgp does for WebCrypto) u is the JWK's qi.
 */
function rsaKey(pub, priv) {
    const d = toBigInt(priv.d);
    const p = toBigInt(priv.p);
    const q = toBigInt(priv.q);
    return (0,external_node_crypto_.createPrivateKey)({
        format: 'jwk',
        key: {
            kty: 'RSA',
            n: b64url(pub.n),
            e: b64url(pub.e),
            d: b64url(priv.d),
            p: b64url(priv.q),
            q: b64url(priv.p),
            dp: b64url(d % (q - 1n)),
            dq: b64url(d % (p - 1n)),
            qi: b64url(priv.u),
        },
    });
}
/** The Ed25519 private key as a KeyObject: Q is 0x40 followed by the public point. */
function ed25519Key(pub, priv) {
    return (0,external_node_crypto_.createPrivateKey)({
        format: 'jwk',
        key: { kty: 'OKP', crv: 'Ed25519', d: b64url(priv.seed), x: b64url(pub.Q.subarray(1)) },
    });
}
/** Hashes the whole of `file` into `hash`, reading one buffer while hashing the other. */
async function hashFile(file, hash) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffers = [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
        let position = 0;
        let which = 0;
        let pending = handle.read(buffers[which], 0, READ_CHUNK, position);
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                break;
            const filled = buffers[which];
            position += bytesRead;
            which ^= 1;
            pending = handle.read(buffers[which], 0, READ_CHUNK, position);
            hash.update(filled.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
}
function digestSigner(packet) {
    if (packet.version !== 4 || !packet.isDecrypted())
        return undefined;
    const pub = packet.publicParams;
    const priv = packet.privateParams;
    if (!priv)
        return undefined;
    switch (packet.algorithm) {
        case openpgp.enums.publicKey.rsaEncryptSign:
        case openpgp.enums.publicKey.rsaSign: {
            let key;
            return (digest, hashAlgorithm) => {
                key ??= rsaKey(pub, priv);
                const info = HASHES.get(hashAlgorithm).digestInfo;
                // PKCS#1 v1.5 (block type 1) over DigestInfo || digest: what createSign would produce.
                const s = (0,external_node_crypto_.privateEncrypt)({ key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, Buffer.concat([info, digest]));
                return { s: new Uint8Array(s) };
            };
        }
        case openpgp.enums.publicKey.eddsaLegacy: {
            const { oid, Q } = pub;
            if (oid.getName() !== openpgp.enums.curve.ed25519Legacy || Q.length !== 33 || Q[0] !== 0x40)
                return undefined;
            let key;
            return (digest) => {
                key ??= ed25519Key(pub, priv);
                const rs = new Uint8Array((0,external_node_crypto_.sign)(null, digest, key));
                return { r: rs.subarray(0, 32), s: rs.subarray(32) };
            };
        }
        default:
            return undefined;
    }
}
/** A `StreamSigner` for `packet` (decrypted), or undefined for keys it does not handle. */
function streamSigner(packet) {
    const signDigest = digestSigner(packet);
    if (!signDigest)
        return undefined;
    return async (file, template) => {
        const [sig, ...rest] = template.packets;
        if (rest.length > 0 ||
            !(sig instanceof openpgp.SignaturePacket) ||
            sig.version !== 4 ||
            sig.signatureType !== openpgp.enums.signature.binary ||
            sig.publicKeyAlgorithm !== packet.algorithm ||
            !sig.issuerKeyID.equals(packet.getKeyID()) ||
            sig.hashAlgorithm === null ||
            !HASHES.has(sig.hashAlgorithm) ||
            !(sig.signatureData instanceof Uint8Array)) {
            return undefined;
        }
        const hashed = sig.signatureData;
        const hash = (0,external_node_crypto_.createHash)(HASHES.get(sig.hashAlgorithm).name);
        await hashFile(file, hash);
        const trailer = Buffer.alloc(6);
        trailer[0] = sig.version;
        trailer[1] = 0xff;
        trailer.writeUInt32BE(hashed.length, 2);
        hash.update(hashed);
        hash.update(trailer);
        const digest = hash.digest();
        sig.signedHashValue = new Uint8Array(digest.subarray(0, 2));
        sig.params = signDigest(digest, sig.hashAlgorithm);
        const out = template.write();
        if (!(out instanceof Uint8Array))
            throw new Error('openpgp wrote the signature packet as a stream');
        return out;
    };
}

;// CONCATENATED MODULE: ./src/sign/openpgp.ts
/**
 * OpenPGP signing without gpg: a `Signer` (src/sign/signer.ts) made from the `gpg-private-key` input
 * with openpgp.js. The key is read the way people store it in a secret (ASCII armor, the armor
 * base64-encoded, or a binary export base64-encoded), checked at the signing time (not revoked, not
 * expired, something able to sign) and the signing (sub)key chosen as gpg does: the newest valid
 * signing subkey, else the primary key. Only that (sub)key's secret is decrypted.
 *
 * Signatures are v4 (v6 for v6 keys) with SHA-512, no random salt notation, so the same key, data and
 * signing time give the same bytes for RSA and Ed25519 (ECDSA and v6 signatures are randomised).
 */








/** Signatures use SHA-512; SHA-1 and MD5 are never produced, the salt notation is left out (reproducible). */
const CONFIG = {
    preferredHashAlgorithm: openpgp.enums.hash.sha512,
    nonDeterministicSignaturesViaNotation: false,
    minRSABits: 1024, // so that a weak key gets our own error naming the input, checked below
};
/** openpgp's defaults with ours on top (the methods of keys want a full Config). */
function fullConfig() {
    return { ...openpgp.config, ...CONFIG };
}
/**
 * Files up to this size are read whole and signed from memory: openpgp signs a stream's hash with
 * its pure-JS RSA (about 80 ms for RSA 3072) but bytes with Node's crypto (3 ms). Larger files are
 * streamed, READ_CHUNK at a time, where the hashing dwarfs that.
 */
const SIGN_IN_MEMORY_MAX = 8 * 1024 * 1024;
const openpgp_READ_CHUNK = 256 * 1024;
/** RSA keys below this many bits are refused. */
const MIN_RSA_BITS = 2048;
/** A key that expires within this many days gets a warning. */
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;
/** How to export a key in the form the input takes. */
const EXPORT_HINT = 'gpg --export-secret-keys --armor <fingerprint> | base64 -w0';
/** `input: gpg-private-key` → `input 'gpg-private-key'`; other keys as they are. */
function shown(key) {
    const m = /^input: (.+)$/.exec(key);
    return m ? `input '${m[1]}'` : key;
}
function day(d) {
    return d.toISOString().slice(0, 10);
}
function when(d) {
    return d.toISOString().replace('.000Z', 'Z');
}
const PRIVATE_BLOCK = /-----BEGIN PGP PRIVATE KEY BLOCK-----[\s\S]*?-----END PGP PRIVATE KEY BLOCK-----/g;
/** Armored text: its private key block (when a public one is pasted too) and how many there are. */
function armored(text) {
    const blocks = text.match(PRIVATE_BLOCK) ?? [];
    return { armored: blocks[0] ?? text, blocks: blocks.length };
}
/**
 * The key's bytes or armor: armor as is, else base64 of armor or of a binary export. Undefined when
 * it is none of these.
 */
function decodeInput(input) {
    const text = input.trim();
    if (text.includes('-----BEGIN PGP '))
        return armored(text);
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact))
        return undefined;
    const bytes = Buffer.from(compact, 'base64');
    if (bytes.length === 0)
        return undefined;
    if (bytes.toString('latin1').includes('-----BEGIN PGP '))
        return armored(bytes.toString('utf8'));
    // A binary key starts with a packet header: its first bit is always set.
    return (bytes[0] & 0x80) !== 0 ? { binary: new Uint8Array(bytes) } : undefined;
}
/** The one private key in `input`, with errors for a public key, garbage or several keys. */
async function readPrivateKey(input, key) {
    const name = shown(key);
    if (input.trim() === '') {
        throw new errors/* DistroError */.Yt(`${name} is empty; set it to your signing key, e.g. a repository secret holding \`${EXPORT_HINT}\`.`, { key });
    }
    const decoded = decodeInput(input);
    if (!decoded) {
        throw new errors/* DistroError */.Yt(`${name} is not an OpenPGP private key (neither ASCII armor nor base64); set it to \`gpg --export-secret-keys --armor <fingerprint>\` or \`${EXPORT_HINT}\`.`, { key });
    }
    const blocks = 'armored' in decoded ? decoded.blocks : 1;
    if (blocks > 1) {
        throw new errors/* DistroError */.Yt(`${name} holds ${blocks} private key blocks; export only the signing key: \`${EXPORT_HINT}\`.`, { key });
    }
    let keys;
    try {
        keys =
            'armored' in decoded
                ? await (0,openpgp.readPrivateKeys)({ armoredKeys: decoded.armored, config: CONFIG })
                : await (0,openpgp.readPrivateKeys)({ binaryKeys: decoded.binary, config: CONFIG });
    }
    catch (cause) {
        const pub = await ('armored' in decoded
            ? (0,openpgp.readKey)({ armoredKey: decoded.armored, config: CONFIG })
            : (0,openpgp.readKey)({ binaryKey: decoded.binary, config: CONFIG })).catch(() => undefined);
        if (pub && !pub.isPrivate()) {
            throw new errors/* DistroError */.Yt(`${name} holds a PUBLIC key (${fpr(pub)}), not the private key; export the secret key with \`${EXPORT_HINT}\`.`, { key });
        }
        const what = 'armored' in decoded
            ? 'its ASCII armor could not be read (a line changed or cut off?): paste the whole block, BEGIN and END lines included'
            : 'its bytes are not OpenPGP key packets';
        throw new errors/* DistroError */.Yt(`${name} is not a readable OpenPGP private key: ${what}. Export it again with \`${EXPORT_HINT}\`.`, { key, cause });
    }
    if (keys.length > 1) {
        throw new errors/* DistroError */.Yt(`${name} holds ${keys.length} private keys (${keys.map(fpr).join(', ')}); export only the signing key: \`${EXPORT_HINT}\`.`, { key });
    }
    return keys[0];
}
function fpr(k) {
    return k.getFingerprint().toUpperCase();
}
/** The signature algorithm of a key packet, or an error for one we do not sign with. */
function algorithmOf(k, name, key) {
    const info = k.getAlgorithmInfo();
    switch (info.algorithm) {
        case 'rsaEncryptSign':
        case 'rsaSign':
            if ((info.bits ?? 0) < MIN_RSA_BITS) {
                throw new errors/* DistroError */.Yt(`${name}: the signing key ${fpr(k)} is RSA ${info.bits}, too weak (apt and rpm refuse it); make a new key (RSA 3072 or more, or Ed25519): gpg --quick-gen-key '<name> <email>' ed25519 sign 2y.`, { key });
            }
            return 'rsa';
        case 'eddsaLegacy':
        case 'ed25519':
            return 'eddsa';
        case 'ecdsa':
            return 'ecdsa';
        default:
            throw new errors/* DistroError */.Yt(`${name}: the signing key ${fpr(k)} is ${info.algorithm}, which is not supported; use an RSA (3072 bits or more), Ed25519 or ECDSA (NIST P-256/384/521) key.`, { key });
    }
}
/** Checks that the key is usable at `date` and returns the (sub)key gpg would sign with. */
async function signingKeyAt(pk, date, name, key) {
    const primary = fpr(pk);
    const created = pk.getCreationTime();
    if (date < created) {
        throw new errors/* DistroError */.Yt(`${name}: the signature time ${when(date)} is before key ${primary} was created (${when(created)}); set SOURCE_DATE_EPOCH to a later time (or unset it), or sign with an older key.`, { key });
    }
    if (await pk.isRevoked(undefined, undefined, date, fullConfig())) {
        throw new errors/* DistroError */.Yt(`${name}: key ${primary} is revoked; make a new signing key (gpg --quick-gen-key '<name> <email>' ed25519 sign 2y), publish its public key and set the secret to it.`, { key });
    }
    const expires = await pk.getExpirationTime();
    if (expires instanceof Date && expires <= date) {
        throw new errors/* DistroError */.Yt(`${name}: key ${primary} expired on ${day(expires)}; extend it (gpg --quick-set-expire ${primary} 2y, and gpg --quick-set-expire ${primary} 2y '*' for its subkeys), export it again and publish the updated public key.`, { key });
    }
    try {
        return await pk.getSigningKey(undefined, date, undefined, fullConfig());
    }
    catch (cause) {
        throw new errors/* DistroError */.Yt(`${name}: key ${primary} has no key or subkey that can sign at ${when(date)} (none has the sign capability, or those that have are expired or revoked); add a signing subkey (gpg --quick-add-key ${primary} ed25519 sign 2y) and export the key again.`, { key, cause });
    }
}
/** The bytes of a (web) stream or byte array, or with `keep` false just reads it to the end. */
async function collect(data, keep) {
    if (data === null || data instanceof Uint8Array)
        return data ?? new Uint8Array();
    // getReader, not for-await: openpgp redirects a cloned stream's methods, not its async iterator.
    const reader = data.getReader();
    const parts = [];
    for (let r = await reader.read(); !r.done; r = await reader.read())
        if (keep)
            parts.push(r.value);
    return new Uint8Array(Buffer.concat(parts));
}
/**
 * Decrypts a secret key packet with `passphrase`, or else with it minus a final line end (a secret
 * set from a file often keeps one).
 */
async function decryptWith(packet, passphrase) {
    const trimmed = passphrase.replace(/\r?\n$/, '');
    try {
        await packet.decrypt(passphrase);
    }
    catch (e) {
        if (trimmed === passphrase)
            throw e;
        await packet.decrypt(trimmed);
    }
    await packet.validate(); // a wrong passphrase can pass the weak (16-bit) checksum of old keys
}
/**
 * Reads the private key in `input` (ASCII armor, base64 of armor, or base64 of a binary export),
 * decrypts its signing (sub)key with `passphrase` and returns a `Signer`. Every problem (not a key,
 * a public key, wrong or missing passphrase, expired, revoked, nothing able to sign, weak RSA, a
 * signing time before the key existed) is one DistroError naming the input; messages may show
 * fingerprints, never key material or the passphrase.
 */
async function loadSigningKey(input, passphrase, options = {}) {
    const key = options.key ?? 'input: gpg-private-key';
    const passKey = options.passphraseKey ?? 'input: gpg-passphrase';
    const name = shown(key);
    const pk = await readPrivateKey(input, key);
    let now = options.now;
    if (now && options.notBeforeKey) {
        // SOURCE_DATE_EPOCH (the commit time) may predate a key made later: sign at the key's birth,
        // which is as reproducible and still valid.
        const born = Math.max(pk.getCreationTime().getTime(), ...pk.getSubkeys().map((k) => k.getCreationTime().getTime()));
        if (now.getTime() < born)
            now = new Date(born);
    }
    const checkDate = now ?? new Date();
    const signingKey = await signingKeyAt(pk, checkDate, name, key);
    const algorithm = algorithmOf(signingKey, name, key);
    const packet = signingKey.keyPacket;
    const warnings = [];
    if (!('isDummy' in packet) || packet.isDummy()) {
        throw new errors/* DistroError */.Yt(`${name}: the export of key ${fpr(pk)} lacks the secret of its signing key ${fpr(signingKey)} (a stub: kept on a smartcard or left out by --export-secret-subkeys); export a key whose signing (sub)key secret is present.`, { key });
    }
    if (!packet.isDecrypted()) {
        if (passphrase === undefined || passphrase === '') {
            throw new errors/* DistroError */.Yt(`${shown(passKey)} is not set but key ${fpr(pk)} is protected by a passphrase; set ${shown(passKey)} to it (a repository secret).`, { key: passKey });
        }
        try {
            await decryptWith(packet, passphrase);
        }
        catch (cause) {
            throw new errors/* DistroError */.Yt(`${shown(passKey)} is not the passphrase of key ${fpr(pk)}; check the secret (no stray spaces) or export the key again.`, { key: passKey, cause });
        }
    }
    else if (passphrase) {
        warnings.push(`${name}: key ${fpr(pk)} is not protected by a passphrase; ${shown(passKey)} is ignored.`);
    }
    const expiry = await pk.getExpirationTime();
    const expires = expiry instanceof Date ? expiry : undefined;
    if (expires && expires.getTime() - checkDate.getTime() < EXPIRY_WARNING_DAYS * DAY_MS) {
        warnings.push(`${name}: key ${fpr(pk)} expires on ${day(expires)}; extend it (gpg --quick-set-expire).`);
    }
    const publicKey = pk.toPublic();
    const signingKeyIDs = [signingKey.getKeyID()];
    const v4 = packet.version !== 6;
    // RSA and Ed25519 v4 keys: large files hashed by Node's native hash rather than openpgp's streams.
    const fast = streamSigner(packet);
    const signOptions = () => ({
        signingKeys: pk,
        signingKeyIDs,
        date: now ?? new Date(),
        config: CONFIG,
    });
    const signer = {
        fingerprint: fpr(pk),
        signingKeyId: signingKey.getKeyID().toHex().toUpperCase(),
        signingFingerprint: fpr(signingKey),
        algorithm,
        userIds: pk.getUserIDs(),
        publicKeyArmored: publicKey.armor(fullConfig()),
        publicKeyBinary: publicKey.write(),
        expires,
        warnings,
        async sign(data) {
            const message = await (0,openpgp.createMessage)({ binary: data });
            return (0,openpgp.sign)({ ...signOptions(), message, detached: true, format: 'binary' });
        },
        async signFile(file, { armor }) {
            if ((await (0,promises_.stat)(file)).size <= SIGN_IN_MEMORY_MAX) {
                const signature = await signer.sign(await (0,promises_.readFile)(file));
                return armor ? signer.armor(signature) : signature;
            }
            if (fast) {
                // openpgp's own signature over no data gives the packet, hashed subpackets and all; the
                // file is hashed and the digest signed natively (src/sign/openpgp-stream.ts).
                const template = await (0,openpgp.sign)({
                    ...signOptions(),
                    message: await (0,openpgp.createMessage)({ binary: new Uint8Array() }),
                    detached: true,
                    format: 'object',
                });
                const packets = await fast(file, template);
                if (packets)
                    return armor ? signer.armor(packets) : packets;
            }
            const data = external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(file, { highWaterMark: openpgp_READ_CHUNK }));
            const message = await (0,openpgp.createMessage)({ binary: data });
            const signature = await (0,openpgp.sign)({ ...signOptions(), message, detached: true, format: 'object' });
            // The hash reads a passive copy of the data, fed as the data itself is read: read it here and
            // drop it (openpgp's own binary or armored output would first buffer the whole message).
            const [, packets] = await Promise.all([
                collect(message.getLiteralData(), false),
                collect(signature.write(), true),
            ]);
            return armor ? signer.armor(packets) : packets;
        },
        async clearSign(text) {
            // As gpg: the text as given (LF line ends, trailing blanks kept), its last line end not signed.
            // The signature is a text-mode one over the lines without trailing blanks (RFC 9580 7.2);
            // openpgp's own cleartext armor would turn every line end into CRLF.
            const body = text.endsWith('\n') ? text.slice(0, -1) : text;
            const message = await (0,openpgp.createMessage)({ text: body.replace(/[ \t]+$/gm, '') });
            const signature = await (0,openpgp.sign)({ ...signOptions(), message, detached: true, format: 'object' });
            const hashes = signature.packets
                .filter((p) => p instanceof openpgp.SignaturePacket)
                .map((p) => openpgp.enums.read(openpgp.enums.hash, p.hashAlgorithm).toUpperCase());
            const armored = {
                hash: v4 ? [...new Set(hashes)].join(',') : null,
                text: body,
                data: signature.write(),
            };
            return (0,openpgp.armor)(openpgp.enums.armor.signed, armored, undefined, undefined, undefined, v4, fullConfig());
        },
        armor(signature) {
            return (0,openpgp.armor)(openpgp.enums.armor.signature, signature, undefined, undefined, undefined, v4, fullConfig());
        },
    };
    return signer;
}
/**
 * Writes the signer's public key into `dir` as `KEY.asc` and `KEY.gpg`, each under a temporary name
 * first and renamed into place, so a failure leaves no half-written key file.
 */
async function writeKeyFiles(dir, signer) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = { asc: external_node_path_default().join(dir, 'KEY.asc'), gpg: external_node_path_default().join(dir, 'KEY.gpg') };
    const content = [
        [files.asc, signer.publicKeyArmored],
        [files.gpg, signer.publicKeyBinary],
    ];
    await (0,atomic/* writeAllAtomic */.E0)(content);
    return files;
}


/***/ })

};
