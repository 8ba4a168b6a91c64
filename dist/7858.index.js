export const id = 7858;
export const ids = [7858];
export const modules = {

/***/ 43545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TX: () => (/* binding */ parseSignedImage),
/* harmony export */   aj: () => (/* binding */ attachToImage)
/* harmony export */ });
/* unused harmony exports SIMPLE_SIGNING, SIGSTORE_BUNDLE, SPDX_JSON, simpleSigningPayload, chooseScheme, cosignTag, cosignAnnotations */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95310);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25903);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43779);
/**
 * A pushed image index signed and described in its registry, as cosign does it: a keyless Sigstore
 * signature over cosign's simple-signing payload, and the SPDX SBOMs. Where the registry has the
 * OCI 1.1 referrers API they are artifact manifests whose `subject` is the index; elsewhere they
 * sit under cosign's tags `sha256-<hex>.sig` and `sha256-<hex>.sbom`, so `cosign verify`,
 * `cosign download sbom` and `oras discover` find them either way.
 */




const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SPDX_JSON = 'application/spdx+json';
/** What `cosign attach sbom --type spdx` calls the layer. */
const COSIGN_SPDX = 'text/spdx+json';
/** cosign's simple-signing payload for `digest` of `repository` (its exact JSON). */
function simpleSigningPayload(repository, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature',
        },
        optional: null,
    }));
}
/** The referrers API when the registry answers it with an index, else cosign's tags. */
function chooseScheme(referrers) {
    return referrers ? 'referrers' : 'tag';
}
/** cosign's tag for an attachment of `digest`: `sha256-<hex>.sig`. */
function cosignTag(digest, suffix) {
    return `${digest.replace(':', '-')}.${suffix}`;
}
function pem(derBase64) {
    const lines = derBase64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
/** The annotations cosign writes on a signature layer, from the Sigstore bundle. */
function cosignAnnotations(bundle) {
    const sig = bundle.messageSignature?.signature;
    const cert = bundle.verificationMaterial?.certificate?.rawBytes;
    if (!sig || !cert)
        throw new Error('the Sigstore bundle has no message signature or certificate');
    const out = {
        'dev.cosignproject.cosign/signature': sig,
        'dev.sigstore.cosign/certificate': pem(cert),
    };
    const t = bundle.verificationMaterial?.tlogEntries?.[0];
    if (t?.inclusionPromise) {
        // cosign's "rekor bundle": the entry and the log's signed promise to include it
        out['dev.sigstore.cosign/bundle'] = JSON.stringify({
            SignedEntryTimestamp: t.inclusionPromise.signedEntryTimestamp,
            Payload: {
                body: t.canonicalizedBody,
                integratedTime: Number(t.integratedTime),
                logIndex: Number(t.logIndex),
                logID: Buffer.from(t.logId.keyId, 'base64').toString('hex'),
            },
        });
    }
    return out;
}
/** A blob pushed (unless there) and its descriptor. */
async function blob(reg, mediaType, bytes, annotations) {
    const digest = (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)(bytes);
    await reg.pushBlob(digest, async () => bytes);
    return { mediaType, digest, size: bytes.length, ...(annotations ? { annotations } : {}) };
}
/** The config of an attachment: the OCI empty descriptor (referrers), or an image config as cosign's. */
async function config(reg, referrers, layers) {
    if (referrers)
        return blob(reg, _media_js__WEBPACK_IMPORTED_MODULE_1__.MT.empty, Buffer.from('{}'));
    const cfg = {
        architecture: '',
        os: '',
        config: {},
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    };
    return blob(reg, _media_js__WEBPACK_IMPORTED_MODULE_1__.MT.config, Buffer.from(JSON.stringify(cfg)));
}
/** Puts one attachment manifest: by digest with `subject` (referrers), or under cosign's tag. */
async function putAttachment(reg, scheme, subject, artifactType, layers, tag) {
    const referrers = scheme === 'referrers';
    const manifest = {
        schemaVersion: 2,
        mediaType: _media_js__WEBPACK_IMPORTED_MODULE_1__.MT.manifest,
        ...(referrers ? { artifactType } : {}),
        config: await config(reg, referrers, layers),
        layers,
        ...(referrers ? { subject } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)(bytes);
    await reg.putManifest(referrers ? digest : tag, bytes, _media_js__WEBPACK_IMPORTED_MODULE_1__.MT.manifest);
    const where = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRef */ .rq)({ ...reg.ref, tag: undefined, digest: undefined });
    return referrers ? `${where}@${digest}` : `${where}:${tag}`;
}
/** `repo@sha256:…`, checked before any work: an image is signed by its digest. */
function parseSignedImage(image, key) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(image, key);
    if (!ref.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: '${image}' names no digest; pass publish-repo's output oci-image (repo@sha256:…).`, { key });
    return ref;
}
/** Signs the image index and attaches its SBOMs; a re-run finds the signature and signs nothing. */
async function attachToImage(o) {
    const ref = parseSignedImage(o.image, o.key);
    const digest = ref.digest;
    const reg = new _registry_js__WEBPACK_IMPORTED_MODULE_3__/* .Registry */ .OR({ ...ref, tag: undefined }, { key: o.key, credentials: o.credentials, stats: o.stats });
    // a push-scoped request first: the token asked for then may also push the attachments
    if ((await reg.hasManifest(digest, true)) === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${o.key}: registry ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRef */ .rq)(ref)}: it has no image ${digest}; push it first (publish-repo) and pass its oci-image output.`, { key: o.key });
    const index = await reg.getManifest(digest);
    const subject = { mediaType: index.mediaType, digest, size: index.bytes.length };
    const found = await reg.referrers(digest);
    const scheme = chooseScheme(found);
    const sigTag = cosignTag(digest, 'sig');
    const repoName = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRef */ .rq)({ ...ref, tag: undefined, digest: undefined });
    let signature;
    const existing = scheme === 'referrers'
        ? found.find((d) => d.artifactType === SIGSTORE_BUNDLE)
        : (await reg.hasManifest(sigTag, true)) !== undefined
            ? { digest: sigTag }
            : undefined;
    if (existing) {
        signature = scheme === 'referrers' ? `${repoName}@${existing.digest}` : `${repoName}:${sigTag}`;
    }
    else {
        const payload = simpleSigningPayload(repoName, digest);
        const bundle = await o.sign(payload);
        const layers = scheme === 'referrers'
            ? [
                await blob(reg, SIGSTORE_BUNDLE, Buffer.from(JSON.stringify(bundle))),
                await blob(reg, SIMPLE_SIGNING, payload),
            ]
            : [await blob(reg, SIMPLE_SIGNING, payload, cosignAnnotations(bundle))];
        signature = await putAttachment(reg, scheme, subject, SIGSTORE_BUNDLE, layers, sigTag);
    }
    let sbom;
    if (o.sboms.length) {
        const layers = [];
        for (const s of [...o.sboms].sort((a, b) => a.name.localeCompare(b.name)))
            layers.push(await blob(reg, scheme === 'referrers' ? SPDX_JSON : COSIGN_SPDX, s.bytes, {
                'org.opencontainers.image.title': s.name,
            }));
        sbom = await putAttachment(reg, scheme, subject, SPDX_JSON, layers, cosignTag(digest, 'sbom'));
    }
    return { scheme, signature, signed: !existing, sbom };
}


/***/ }),

/***/ 7858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signStage: () => (/* binding */ signStage)
});

// EXTERNAL MODULE: ./src/config/index.ts + 3 modules
var config = __webpack_require__(41687);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/build/index.ts + 5 modules
var build = __webpack_require__(81311);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/manifest/index.ts
var manifest = __webpack_require__(34625);
// EXTERNAL MODULE: ./src/runner/artifacts.ts
var runner_artifacts = __webpack_require__(25541);
;// CONCATENATED MODULE: ./src/sign/checksums.ts
/**
 * Checksum files over the artifacts of a manifest: `SHA256SUMS` and `SHA512SUMS` in the format
 * of coreutils (`<hex>  <path>`, sorted by path) so `sha256sum -c` accepts them from the dist
 * directory; optionally one `<file>.sha256` per artifact (`<hex>  <basename>`, checkable beside it).
 */




const CHECKSUM_ALGORITHMS = ['sha256', 'sha512'];
const SUMS_FILE = { sha256: 'SHA256SUMS', sha512: 'SHA512SUMS' };
/** Kinds that are not themselves summed: the sums, their signatures and reports about them. */
const NOT_SUMMED = new Set(['checksums', 'signature', 'report']);
function parseAlgorithms(list, key = 'input: checksums') {
    const out = [];
    for (const raw of list) {
        const a = raw.trim().toLowerCase().replace('-', '');
        if (a === '' || a === 'none' || a === 'false')
            continue;
        if (!CHECKSUM_ALGORITHMS.includes(a)) {
            throw new errors/* DistroError */.Yt(`${key}: unknown checksum algorithm '${raw}'; use ${CHECKSUM_ALGORITHMS.join(' or ')} (or 'none').`, { key });
        }
        if (!out.includes(a))
            out.push(a);
    }
    return out;
}
/** A path as coreutils writes it: a name with a newline or backslash gets the `\` escape form. */
function sumsLine(hex, file) {
    if (/[\n\\]/.test(file))
        return `\\${hex}  ${file.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`;
    return `${hex}  ${file}`;
}
/**
 * Writes the checksum files into `distDir` for `artifacts`. Every artifact is hashed again (it may
 * have changed since it was recorded, e.g. signed in place). All files are written under temporary
 * names first and renamed at the end: a failure leaves the earlier checksum files as they were.
 */
async function writeChecksums(distDir, artifacts, algorithms, opts = {}) {
    const summed = artifacts
        .filter((a) => !NOT_SUMMED.has(a.kind))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (summed.length === 0) {
        throw new errors/* DistroError */.Yt('there is nothing to checksum: the manifest lists no artifacts. Run build-target or package-format first, or set `from` to download their artifacts.', { key: 'input: from' });
    }
    const hashes = new Map();
    for (const a of summed) {
        const h = await (0,manifest/* hashFile */.DC)(external_node_path_default().join(distDir, a.path), { sha512: true }).catch((e) => {
            throw new errors/* DistroError */.Yt(`${a.path} is in the manifest but ${e.code === 'ENOENT' ? 'missing from' : 'unreadable in'} ${distDir}; re-run the stage that made it or download its artifact with 'from'.`, { key: 'manifest' });
        });
        hashes.set(a.path, { sha256: h.sha256, sha512: h.sha512 });
    }
    const pending = []; // [relative path, content]
    for (const alg of algorithms) {
        const lines = summed.map((a) => sumsLine(hashes.get(a.path)[alg], a.path));
        pending.push([SUMS_FILE[alg], lines.join('\n') + '\n']);
    }
    if (opts.perFile) {
        for (const a of summed)
            pending.push([
                `${a.path}.sha256`,
                sumsLine(hashes.get(a.path).sha256, external_node_path_default().posix.basename(a.path)) + '\n',
            ]);
    }
    await (0,atomic/* writeAllAtomic */.E0)(pending.map(([rel, text]) => [external_node_path_default().join(distDir, rel), text]));
    return { files: pending.map(([rel]) => rel), count: summed.length };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/sign/minisign.ts
/**
 * minisign signatures (Ed25519) without the minisign binary, as minisign 0.11 writes them.
 *
 * Secret key file (`minisign.key`): an `untrusted comment:` line, then base64 of 158 bytes:
 * signature algorithm `Ed`, KDF `Sc` (scrypt salsa208/sha256) or `\0\0` (none: `minisign -G -W`),
 * checksum algorithm `B2`, the KDF salt (32), opslimit and memlimit (u64 little-endian), then
 * 104 bytes — XORed with the scrypt output when encrypted — of key id (8), libsodium secret key
 * (seed 32 + public key 32) and a BLAKE2b-256 checksum of `Ed` ‖ key id ‖ secret key.
 *
 * Signature file (`<file>.minisig`), prehashed: `untrusted comment: …`, base64 of `ED` ‖ key id ‖
 * Ed25519(BLAKE2b-512(file)), `trusted comment: …`, base64 of Ed25519(signature ‖ trusted comment).
 */




const KEY_INPUT = 'minisign-key';
const PASSWORD_INPUT = 'minisign-password';
const SECRET_KEY_BYTES = 158;
/** Largest scrypt memory a key may ask for; minisign's own default is 1 GiB. */
const MAX_SCRYPT_MEMORY = 2 ** 31;
/** Longest comments minisign reads back (its line buffers of 1024 and 8192 bytes). */
const MAX_UNTRUSTED_COMMENT = 1003;
const MAX_TRUSTED_COMMENT = 8173;
/** A decrypted minisign secret key. The secret stays inside; only public values are readable. */
class MinisignKey {
    /** Key id as minisign prints it: 16 upper-case hex digits. */
    keyId;
    /** The public key as one base64 string (what `minisign -P` takes). */
    publicKey;
    #keyNum;
    #secret;
    /** @internal use loadMinisignKey */
    constructor(keyNum, secret, publicKey) {
        this.#keyNum = keyNum;
        this.#secret = secret;
        this.keyId = Buffer.from(keyNum).reverse().toString('hex').toUpperCase();
        this.publicKey = Buffer.concat([Buffer.from('Ed'), keyNum, publicKey]).toString('base64');
    }
    /** The `minisign.pub` file: what `minisign -V -p` reads. */
    get publicKeyFile() {
        // minisign prints the id with %" PRIX64 ": no leading zeros
        return `untrusted comment: minisign public key ${this.keyId.replace(/^0+(?=.)/, '')}\n${this.publicKey}\n`;
    }
    /** @internal Ed25519 signature of `data`. */
    signBytes(data) {
        return (0,external_node_crypto_.sign)(null, data, this.#secret);
    }
    /** @internal the 8-byte key number stored in signatures. */
    get keyNum() {
        return this.#keyNum;
    }
    toJSON() {
        return { keyId: this.keyId, publicKey: this.publicKey };
    }
}
function keyError(why) {
    return new errors/* DistroError */.Yt(`input '${KEY_INPUT}': ${why}`, { key: `input: ${KEY_INPUT}` });
}
function passwordError(why) {
    return new errors/* DistroError */.Yt(`input '${PASSWORD_INPUT}': ${why}`, { key: `input: ${PASSWORD_INPUT}` });
}
/** The base64 blob of a key file: the line after `untrusted comment:`, or the whole text. */
function keyBlob(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    const at = lines.findIndex((l) => l.startsWith('untrusted comment:'));
    const b64 = at >= 0 ? lines[at + 1] : lines.length === 1 ? lines[0] : undefined;
    const notKey = 'this is not a minisign secret key. Give the whole content of the file `minisign -G` wrote ' +
        '(default ~/.minisign/minisign.key): an "untrusted comment:" line and a base64 line.';
    if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64))
        throw keyError(notKey);
    const blob = Buffer.from(b64, 'base64');
    if (blob.length === 42 && blob.subarray(0, 2).toString('latin1') === 'Ed') {
        throw keyError('this is a minisign public key (minisign.pub); signing needs the secret key (minisign.key).');
    }
    if (blob.length !== SECRET_KEY_BYTES)
        throw keyError(notKey);
    return blob;
}
/** scrypt N, r, p from libsodium's opslimit/memlimit (pickparams in crypto_pwhash_scryptsalsa208sha256). */
function scryptParams(opslimit, memlimit) {
    const ops = opslimit < 32768n ? 32768n : opslimit;
    const r = 8n;
    let logN = 1n;
    let p;
    const maxN = ops < memlimit / 32n ? ops / (r * 4n) : memlimit / (r * 128n);
    while (logN < 63n && 1n << logN <= maxN / 2n)
        logN++;
    if (ops < memlimit / 32n)
        p = 1n;
    else {
        let maxrp = ops / 4n / (1n << logN);
        if (maxrp > 0x3fffffffn)
            maxrp = 0x3fffffffn;
        p = maxrp / r;
    }
    const mem = 128n * r * (1n << logN);
    if (p < 1n || mem > BigInt(MAX_SCRYPT_MEMORY)) {
        throw keyError(`the key's scrypt parameters (opslimit ${opslimit}, memlimit ${memlimit}) are unsupported ` +
            `(they need ${mem / 2n ** 20n} MiB, at most ${MAX_SCRYPT_MEMORY / 2 ** 20} MiB are allowed); ` +
            'set a new password with `minisign -C` to re-encrypt it with the default parameters.');
    }
    return { N: Number(1n << logN), r: Number(r), p: Number(p) };
}
/**
 * Reads a minisign secret key (the text of `minisign.key`, or just its base64 line) and decrypts
 * it with `password` when it is encrypted. Every problem is a DistroError naming the input
 * `minisign-key` or `minisign-password`; a wrong password is detected by the key's checksum.
 */
function loadMinisignKey(secretKeyText, password) {
    const blob = keyBlob(secretKeyText);
    const sigAlg = blob.subarray(0, 2);
    const kdfAlg = blob.subarray(2, 4).toString('latin1');
    const chkAlg = blob.subarray(4, 6).toString('latin1');
    if (sigAlg.toString('latin1') !== 'Ed') {
        throw keyError(`unsupported signature algorithm '${sigAlg.toString('latin1')}' (minisign keys use Ed25519, 'Ed').`);
    }
    if (chkAlg !== 'B2')
        throw keyError(`unsupported checksum algorithm '${chkAlg}' (expected BLAKE2b, 'B2').`);
    const salt = blob.subarray(6, 38);
    const opslimit = blob.readBigUInt64LE(38);
    const memlimit = blob.readBigUInt64LE(46);
    const keynumSk = Buffer.from(blob.subarray(54));
    const encrypted = kdfAlg === 'Sc';
    if (encrypted) {
        if (!password) {
            throw passwordError('is empty, but the minisign key is encrypted; set it to the password given to `minisign -G` ' +
                '(from a secret), or use a key made with `minisign -G -W` (no password).');
        }
        const { N, r, p } = scryptParams(opslimit, memlimit);
        const stream = (0,external_node_crypto_.scryptSync)(Buffer.from(password, 'utf8'), salt, keynumSk.length, {
            N,
            r,
            p,
            maxmem: 128 * r * (N + p) + 2 ** 20,
        });
        for (let i = 0; i < keynumSk.length; i++)
            keynumSk[i] ^= stream[i];
    }
    else if (kdfAlg !== '\0\0') {
        throw keyError(`unsupported key derivation function '${kdfAlg.replace(/[^\x20-\x7e]/g, '?')}' (minisign uses scrypt, 'Sc', or none).`);
    }
    const keyNum = keynumSk.subarray(0, 8);
    const sk = keynumSk.subarray(8, 72);
    const chk = keynumSk.subarray(72, 104);
    // minisign leaves the checksum zero in keys it never encrypted (-W)
    if (encrypted || chk.some((b) => b !== 0)) {
        const want = blake2b(Buffer.concat([sigAlg, keyNum, sk]), 32);
        if (!(0,external_node_crypto_.timingSafeEqual)(want, chk)) {
            if (encrypted)
                throw passwordError('wrong password for the minisign secret key.');
            throw keyError('the key is damaged: its checksum does not match. Paste the key file again.');
        }
    }
    const b64url = (b) => b.toString('base64url');
    const secret = (0,external_node_crypto_.createPrivateKey)({
        key: { kty: 'OKP', crv: 'Ed25519', d: b64url(sk.subarray(0, 32)), x: b64url(sk.subarray(32)) },
        format: 'jwk',
    });
    const derived = Buffer.from((0,external_node_crypto_.createPublicKey)(secret).export({ format: 'jwk' }).x, 'base64url');
    if (!derived.equals(sk.subarray(32))) {
        throw keyError('the key is damaged: its public half does not match the secret one.');
    }
    return new MinisignKey(Buffer.from(keyNum), secret, derived);
}
function checkComment(text, what, max) {
    if (/[\r\n]/.test(text))
        throw new errors/* DistroError */.Yt(`the minisign ${what} must be one line, got ${JSON.stringify(text)}.`);
    if (Buffer.byteLength(text) > max)
        throw new errors/* DistroError */.Yt(`the minisign ${what} is longer than minisign reads (${max} bytes); shorten it.`);
}
/**
 * A prehashed (`ED`) minisign signature of `file` (BLAKE2b-512 streamed: memory does not grow
 * with the file), as the text of `<file>.minisig`; the caller writes it.
 */
async function minisignFile(key, file, opts = {}) {
    const time = opts.time ?? Math.floor(Date.now() / 1000);
    const trusted = opts.trustedComment ?? `timestamp:${time}\tfile:${external_node_path_default().basename(file)}\thashed`;
    const untrusted = opts.untrustedComment ?? 'signature from minisign secret key';
    checkComment(trusted, 'trusted comment', MAX_TRUSTED_COMMENT);
    checkComment(untrusted, 'untrusted comment', MAX_UNTRUSTED_COMMENT);
    const h = (0,external_node_crypto_.createHash)('blake2b512');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        h.update(chunk);
    const sig = key.signBytes(h.digest());
    const globalSig = key.signBytes(Buffer.concat([sig, Buffer.from(trusted, 'utf8')]));
    const sigLine = Buffer.concat([Buffer.from('ED'), key.keyNum, sig]).toString('base64');
    return (`untrusted comment: ${untrusted}\n${sigLine}\n` +
        `trusted comment: ${trusted}\n${globalSig.toString('base64')}\n`);
}
// ---------------------------------------------------------------------------------------------
// BLAKE2b with a chosen digest length (RFC 7693). Node has only the 64-byte variant, and the key
// checksum is BLAKE2b-256, a different function (the length is part of the parameter block).
const MASK = (1n << 64n) - 1n;
const IV = [
    0x6a09e667f3bcc908n,
    0xbb67ae8584caa73bn,
    0x3c6ef372fe94f82bn,
    0xa54ff53a5f1d36f1n,
    0x510e527fade682d1n,
    0x9b05688c2b3e6c1fn,
    0x1f83d9abfb41bd6bn,
    0x5be0cd19137e2179n,
];
const SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & MASK;
function compress(h, block, t, last) {
    const v = [...h, ...IV];
    v[12] ^= t & MASK;
    v[13] ^= t >> 64n;
    if (last)
        v[14] ^= MASK;
    const m = Array.from({ length: 16 }, (_, i) => block.readBigUInt64LE(i * 8));
    const g = (a, b, c, d, x, y) => {
        v[a] = (v[a] + v[b] + x) & MASK;
        v[d] = rotr(v[d] ^ v[a], 32n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 24n);
        v[a] = (v[a] + v[b] + y) & MASK;
        v[d] = rotr(v[d] ^ v[a], 16n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 63n);
    };
    for (let round = 0; round < 12; round++) {
        const s = SIGMA[round % 10];
        const w = (i) => m[s[i]];
        g(0, 4, 8, 12, w(0), w(1));
        g(1, 5, 9, 13, w(2), w(3));
        g(2, 6, 10, 14, w(4), w(5));
        g(3, 7, 11, 15, w(6), w(7));
        g(0, 5, 10, 15, w(8), w(9));
        g(1, 6, 11, 12, w(10), w(11));
        g(2, 7, 8, 13, w(12), w(13));
        g(3, 4, 9, 14, w(14), w(15));
    }
    for (let i = 0; i < 8; i++)
        h[i] = h[i] ^ v[i] ^ v[i + 8];
}
/** Unkeyed BLAKE2b of a small buffer with an `outLen`-byte digest (1–64). */
function blake2b(data, outLen) {
    const h = [...IV];
    h[0] = h[0] ^ BigInt(0x01010000 | outLen);
    const blocks = Math.max(1, Math.ceil(data.length / 128));
    for (let i = 0; i < blocks; i++) {
        const block = Buffer.alloc(128);
        data.copy(block, 0, i * 128, Math.min(data.length, (i + 1) * 128));
        const last = i === blocks - 1;
        compress(h, block, BigInt(last ? data.length : (i + 1) * 128), last);
    }
    const out = Buffer.alloc(64);
    h.forEach((w, i) => out.writeBigUInt64LE(w, i * 8));
    return out.subarray(0, outLen);
}

// EXTERNAL MODULE: ./src/formats/archive/io.ts
var io = __webpack_require__(30425);
// EXTERNAL MODULE: ./src/formats/rpm/header.ts
var header = __webpack_require__(36917);
// EXTERNAL MODULE: ./src/formats/rpm/read.ts
var read = __webpack_require__(60248);
// EXTERNAL MODULE: ./src/formats/rpm/tags.ts
var tags = __webpack_require__(21901);
;// CONCATENATED MODULE: ./src/sign/rpm.ts
/**
 * OpenPGP signatures of rpm packages, as `rpmsign --addsign` (rpm 4.18) makes them: a header-only
 * signature — a detached OpenPGP signature over the main header blob (its immutable region) — stored
 * in the signature header, in RPMSIGTAG_RSA (268) for an RSA key and RPMSIGTAG_DSA (267) for an
 * EdDSA key (sign/rpmgensig.c). The header, the payload and the digests and sizes of the signature
 * header stay as they are; older signatures are replaced, so signing again gives the same file.
 *
 * The new file is streamed (lead, new signature header, then header and payload copied unchanged)
 * into a temporary file next to the package and renamed over it: a failure leaves the original.
 */










/** Signature tags a new signature replaces (rpmgensig.c deleteSigs). */
const OLD_SIGNATURES = new Set([
    tags/* SIGTAG */.Me.GPG,
    tags/* SIGTAG */.Me.PGP,
    tags/* SIGTAG */.Me.DSA,
    tags/* SIGTAG */.Me.RSA,
    tags/* SIGTAG */.Me.PGP5,
]);
/** The signature tag rpm 4.18 uses for the signer's key algorithm. */
function signatureTag(signer) {
    switch (signer.algorithm) {
        case 'rsa':
            return tags/* SIGTAG */.Me.RSA;
        case 'eddsa':
            return tags/* SIGTAG */.Me.DSA;
        default:
            throw new errors/* DistroError */.Yt(`rpm signing: key ${signer.fingerprint} signs with ${signer.algorithm.toUpperCase()}, which rpm 4.18 and older (Debian 12, RHEL 9) cannot verify; set the signing key (input 'gpg-private-key') to an RSA (3072 bits or more) or Ed25519 key.`, { key: 'input: gpg-private-key' });
    }
}
/** Refuses a package whose header does not match its own digests or whose size is wrong (corrupt or cut). */
function checkIntact(rpm) {
    const sig = rpm.signature;
    const bad = (why) => {
        throw new errors/* DistroError */.Yt(`${rpm.file}: ${why}, so it is not signed; build the package again (or copy it again completely).`, { file: rpm.file });
    };
    if (rpm.header.region === undefined)
        bad('the package has no immutable header region (an rpm v3 package), which rpm cannot sign');
    for (const [tag, algo] of [
        [tags/* SIGTAG */.Me.SHA256, 'sha256'],
        [tags/* SIGTAG */.Me.SHA1, 'sha1'],
    ]) {
        const want = sig.string(tag);
        if (want !== undefined && (0,external_node_crypto_.createHash)(algo).update(rpm.headerBytes).digest('hex') !== want)
            bad(`the header's ${algo.toUpperCase()} digest does not match the one recorded in the package`);
    }
    const size = sig.number(tags/* SIGTAG */.Me.LONGSIZE) ?? sig.number(tags/* SIGTAG */.Me.SIZE);
    if (size !== undefined && size !== rpm.fileSize - rpm.headerStart)
        bad(`the package is ${rpm.fileSize - rpm.headerStart} bytes after its signature header, not ${size} as recorded`);
}
/** A value read from a header as the header builder takes it (signature headers hold no NULL or locale lists). */
function asTagValue(v) {
    switch (v.type) {
        case 0:
            return undefined;
        case header.T.I18NSTRING:
            return { type: header.T.I18NSTRING, value: v.value[0] ?? '' };
        default:
            return v;
    }
}
/**
 * The signature header with `signature` in `tag`: the old header's other tags kept, older
 * signatures dropped, and the space rpmbuild reserves shrunk by what the signature takes (as
 * rpmsign does), so the header keeps its size when the reserve allows.
 */
function newSignatureHeader(old, tag, signature) {
    const reserved = old.binary(tags/* SIGTAG */.Me.RESERVEDSPACE);
    const build = (reserve) => {
        const h = new header/* HeaderBuilder */.P6();
        for (const t of old.tags()) {
            const v = old.get(t);
            const value = asTagValue(v);
            if (OLD_SIGNATURES.has(t) || t === tags/* SIGTAG */.Me.RESERVEDSPACE || !value)
                continue;
            h.set(t, value);
        }
        h.set(tag, { type: header.T.BIN, value: signature });
        if (reserve !== undefined)
            h.set(tags/* SIGTAG */.Me.RESERVEDSPACE, { type: header.T.BIN, value: Buffer.alloc(reserve) });
        return h.build(header/* HEADER_SIGNATURES */.AQ);
    };
    let blob = build(reserved?.length);
    if (reserved) {
        const grown = blob.length - old.bytes.length;
        if (grown > 0 && grown < reserved.length)
            blob = build(reserved.length - grown);
    }
    return (0,header/* padTo8 */.py)(blob);
}
/** Copies bytes `start`…`end` (inclusive; to the end of the file when omitted) of `file` into `out`. */
async function copyRange(out, file, start, end) {
    const stream = (0,external_node_fs_.createReadStream)(file, { start, end, highWaterMark: 1024 * 1024 });
    try {
        await out.pipeFrom(stream);
    }
    finally {
        stream.destroy();
    }
}
/**
 * Signs the rpm package `file` in place with `signer` (a header-only OpenPGP signature that
 * `rpm -K`, dnf and zypper check). The signing time is the signer's (loadSigningKey's `now`).
 * Returns the new size and SHA-256. A package that is not an rpm, is corrupt, or a key rpm cannot
 * verify is one DistroError; on any failure the original file is left unchanged.
 */
async function signRpm(file, signer) {
    const tag = signatureTag(signer);
    const rpm = await (0,read/* readRpmHeaders */.iI)(file);
    checkIntact(rpm);
    const signature = Buffer.from(await signer.sign(rpm.headerBytes));
    const sigHeader = newSignatureHeader(rpm.signature, tag, signature);
    const target = external_node_path_default().resolve(file);
    const tmp = (0,atomic/* tempPath */.EZ)(target);
    const { mode } = await (0,promises_.stat)(target);
    const output = new io/* Output */.k7(tmp);
    try {
        try {
            await copyRange(output, target, 0, header/* LEAD_SIZE */.BC - 1);
            await output.put(sigHeader);
            await copyRange(output, target, rpm.headerStart);
            await output.finish();
        }
        catch (err) {
            await output.abandon();
            throw err;
        }
        const expected = header/* LEAD_SIZE */.BC + sigHeader.length + (rpm.fileSize - rpm.headerStart);
        if (output.size !== expected)
            throw new errors/* DistroError */.Yt(`${file} changed while it was being signed; sign it again.`, { file });
        await (0,promises_.chmod)(tmp, mode & 0o7777);
        await (0,promises_.rename)(tmp, target);
        return { file, size: output.size, sha256: output.digest() };
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}
/** Signs each of `files` in place, one after another; stops at the first failure (already signed ones stay signed). */
async function signRpms(files, signer) {
    const out = [];
    for (const f of files)
        out.push(await signRpm(f, signer));
    return out;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
;// CONCATENATED MODULE: ./src/sign/authenticode.ts
/**
 * Authenticode signatures of Windows executables and installers (`.exe`, `.msi`) with osslsigncode,
 * from a code-signing certificate and key given as a PFX (PKCS#12, base64) with its password.
 *
 * The PFX and the password go to files in a private temporary directory (mode 0700, files 0600,
 * through src/atomic.ts) and osslsigncode reads them with `-pkcs12` and `-readpass`: the password
 * never appears on a command line, where `ps` would show it. The directory is removed when
 * `dispose` is called, on success and failure alike.
 *
 * The key is checked before any file is signed: the PFX must decode and open with the password,
 * and its certificate must be valid now and allowed to sign code (extended key usage codeSigning).
 */







/** Extended key usage OID of code signing (RFC 5280 id-kp-codeSigning). */
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
/** File names Authenticode applies to. */
const AUTHENTICODE_EXTENSIONS = ['.exe', '.msi'];
/** Runs a tool and returns its output; the exit code and stderr on failure. Never logs. */
function capture(argv, env) {
    const exe = (0,exec/* which */.K7)(argv[0], env);
    if (!exe)
        throw (0,exec/* notInstalled */.YT)(argv[0], env);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(exe, argv.slice(1), { env: (0,exec/* cleanEnv */.JO)(env), maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
            resolve({ code, stdout: String(stdout), stderr: String(stderr) });
        });
    });
}
/** Decodes and checks the PFX and writes it and the password to a private temporary directory. */
async function loadAuthenticodeKey(o) {
    const compact = o.pfxBase64.replace(/\s+/g, '');
    const der = Buffer.from(compact, 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || der.length < 64 || der[0] !== 0x30) {
        throw new errors/* DistroError */.Yt(`${o.key}: this is not a base64-encoded PFX (PKCS#12) file; encode it with \`base64 -w0 cert.pfx\` and store the result as a secret.`, { key: o.key });
    }
    const dir = await (0,atomic/* makeTempDir */.mk)(o.tempParent, 'authenticode');
    try {
        await (0,promises_.chmod)(dir, 0o700);
        const pfxFile = external_node_path_default().join(dir, 'key.pfx');
        const passFile = external_node_path_default().join(dir, 'pass');
        await (0,atomic/* writeAtomic */.vZ)(pfxFile, der, 0o600);
        await (0,atomic/* writeAtomic */.vZ)(passFile, o.password, 0o600);
        const cert = await readCertificate(pfxFile, passFile, o);
        checkCertificate(cert, o);
        return {
            subject: cert.subject.replace(/\n/g, ', '),
            fingerprint: cert.fingerprint256,
            pfxFile,
            passFile,
            dir,
            key: o.key,
        };
    }
    catch (e) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw e;
    }
}
/** Removes the key's temporary files. */
async function disposeAuthenticodeKey(k) {
    if (k)
        await (0,promises_.rm)(k.dir, { recursive: true, force: true });
}
/** The leaf certificate of the PFX (the one with the private key), opened with the password. */
async function readCertificate(pfx, pass, o) {
    const base = ['openssl', 'pkcs12', '-in', pfx, '-passin', `file:${pass}`, '-nokeys', '-clcerts'];
    let r = await capture(base, o.env);
    // PFX files exported by Windows often use RC2/3DES, which OpenSSL 3 keeps in its legacy provider
    if (r.code !== 0 && /unsupported|legacy/i.test(r.stderr))
        r = await capture([...base, '-legacy'], o.env);
    if (r.code !== 0) {
        if (/mac verify|invalid password|bad decrypt/i.test(r.stderr)) {
            throw new errors/* DistroError */.Yt(`${o.passwordKey}: the password does not open the PFX given in ${o.key}; set ${o.passwordKey} to the password the PFX was exported with.`, { key: o.passwordKey });
        }
        throw new errors/* DistroError */.Yt(`${o.key}: the PFX (PKCS#12) file cannot be read (${r.stderr.trim().split('\n')[0] ?? 'openssl failed'}); export the code-signing certificate with its private key as a .pfx and base64-encode it.`, { key: o.key });
    }
    const pem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(r.stdout);
    if (!pem) {
        throw new errors/* DistroError */.Yt(`${o.key}: the PFX holds no certificate with a private key; export the code-signing certificate together with its private key.`, { key: o.key });
    }
    return new external_node_crypto_.X509Certificate(pem[0]);
}
function checkCertificate(cert, o) {
    const now = o.now ?? new Date();
    const subject = cert.subject.replace(/\n/g, ', ');
    if (new Date(cert.validTo) < now || new Date(cert.validFrom) > now) {
        throw new errors/* DistroError */.Yt(`${o.key}: the certificate '${subject}' is valid from ${cert.validFrom} to ${cert.validTo}, not now; renew it and export a new PFX.`, { key: o.key });
    }
    const eku = cert.keyUsage;
    if (eku && eku.length > 0 && !eku.includes(CODE_SIGNING)) {
        throw new errors/* DistroError */.Yt(`${o.key}: the certificate '${subject}' cannot sign code: its extended key usage (${eku.join(', ')}) lacks codeSigning (${CODE_SIGNING}); use a code-signing certificate.`, { key: o.key });
    }
}
/** Signs `input` (a PE or MSI) into `output` with SHA-256, timestamped when a URL is given. */
async function signAuthenticode(k, input, output, o) {
    const argv = ['osslsigncode', 'sign', '-pkcs12', k.pfxFile, '-readpass', k.passFile, '-h', 'sha256'];
    if (o.description)
        argv.push('-n', o.description);
    if (o.url)
        argv.push('-i', o.url);
    if (o.time !== undefined)
        argv.push('-time', String(o.time));
    if (o.timestampUrl)
        argv.push('-ts', o.timestampUrl);
    argv.push('-in', input, '-out', output);
    await (0,exec/* run */.eF)(argv, {
        cwd: o.cwd,
        env: o.env,
        log: o.log,
        key: k.key,
        advice: (out) => /timestamp|Curl|HTTP/i.test(out) && o.timestampUrl
            ? `The timestamp server ${o.timestampUrl} did not answer with an RFC 3161 timestamp; check the timestamp URL.`
            : undefined,
    });
}
/** Whether an artifact path is a file Authenticode signs. */
function isAuthenticodeTarget(p) {
    const lower = p.toLowerCase();
    return AUTHENTICODE_EXTENSIONS.some((e) => lower.endsWith(e));
}

// EXTERNAL MODULE: ./src/formats/oci/attach.ts
var attach = __webpack_require__(43545);
// EXTERNAL MODULE: ./src/formats/oci/reference.ts
var reference = __webpack_require__(25903);
// EXTERNAL MODULE: ./src/formats/registry.ts + 26 modules
var registry = __webpack_require__(15729);
// EXTERNAL MODULE: ./src/formats/contents.ts
var contents = __webpack_require__(78692);
;// CONCATENATED MODULE: ./src/sign/sbom/contents.ts
/**
 * What is inside a package or archive, for the SBOM. Each format reads its own files
 * (`Format.contents` in src/formats/registry.ts); the shared readers are in src/formats/contents.ts.
 */



/**
 * The files (and declared dependencies) inside `file`, an artifact of kind `deb`, `rpm`,
 * `archive` or another format with a reader (an archive's format told by `format`, else by the
 * file name). Sorted by path.
 */
async function readContents(file, kind, format) {
    let c;
    try {
        const reader = (0,registry/* readerFor */.d2)(kind, format);
        c = reader?.contents ? await reader.contents(file) : await (0,contents/* archiveContents */.NJ)(file, format);
    }
    catch (e) {
        if (e instanceof errors/* DistroError */.Yt)
            throw e;
        throw (0,contents/* bad */.MB)(file, `cannot read its contents (${e.message})`);
    }
    c.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return c;
}

;// CONCATENATED MODULE: ./src/sign/sbom/locks.ts
/**
 * Dependencies the build knew from the project's lock files: Cargo.lock (every crate from a
 * registry or git source: the workspace's own packages have no `source`) and go.sum (every module
 * whose content, not just its go.mod, was verified: what went into the build).
 */



async function readLock(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        throw new errors/* DistroError */.Yt(`${file} cannot be read (${code ?? e.message}); the SBOM lists the dependencies it locks. Fix its permissions, or remove it if it is not a lock file.`, { file, cause: e });
    }
}
function malformed(file, line, why) {
    return new errors/* DistroError */.Yt(`${external_node_path_default().basename(file)}:${line}: ${why}; regenerate the lock file (cargo generate-lockfile / go mod tidy).`, { file, line });
}
const enc = (s) => encodeURIComponent(s);
function cargoLock(text, file) {
    const out = [];
    let cur;
    const flush = () => {
        if (!cur)
            return;
        const name = cur.fields.get('name');
        const version = cur.fields.get('version');
        if (!name || !version)
            throw malformed(file, cur.line, '[[package]] without a name and a version');
        if (cur.fields.has('source'))
            out.push({
                ecosystem: 'cargo',
                name,
                version,
                purl: `pkg:cargo/${enc(name)}@${enc(version)}`,
                source: 'Cargo.lock',
            });
    };
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line.startsWith('[')) {
            flush();
            cur = line === '[[package]]' ? { line: i + 1, fields: new Map() } : undefined;
            return;
        }
        const m = /^([A-Za-z0-9_-]+)\s*=\s*"([^"]*)"\s*$/.exec(line);
        if (cur && m)
            cur.fields.set(m[1], m[2]);
    });
    flush();
    return out;
}
function goSum(text, file) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line)
            return;
        const parts = line.split(/\s+/);
        if (parts.length !== 3 || !parts[2].startsWith('h1:'))
            throw malformed(file, i + 1, `'${line}' is not a go.sum line (module version h1:hash)`);
        const [mod, version] = parts;
        if (version.endsWith('/go.mod'))
            return;
        const purlPath = mod.split('/').map(enc).join('/');
        out.push({
            ecosystem: 'golang',
            name: mod,
            version,
            purl: `pkg:golang/${purlPath}@${enc(version)}`,
            source: 'go.sum',
        });
    });
    return out;
}
/** Dependencies from `Cargo.lock` and `go.sum` in `projectDir` (absent files: none), sorted by purl. */
async function lockedDependencies(projectDir) {
    const out = [];
    const cargo = external_node_path_default().join(projectDir, 'Cargo.lock');
    const cargoText = await readLock(cargo);
    if (cargoText !== undefined)
        out.push(...cargoLock(cargoText, cargo));
    const sum = external_node_path_default().join(projectDir, 'go.sum');
    const sumText = await readLock(sum);
    if (sumText !== undefined)
        out.push(...goSum(sumText, sum));
    const seen = new Set();
    return out
        .filter((d) => !seen.has(d.purl) && seen.add(d.purl))
        .sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/sign/sbom.ts
/**
 * SBOMs for packages and archives: `<artifact>.spdx.json` (SPDX 2.3) and `<artifact>.cdx.json`
 * (CycloneDX 1.6), beside each artifact of a format with a contents reader (deb, rpm, archives, source).
 *
 * Each describes the artifact (name, version, SHA-256/SHA-512, purl: `pkg:deb/<vendor>/<name>@<v>
 * ?arch=`, `pkg:rpm/…`, `pkg:generic/<name>@<v>?download_url=<file>` for archives), the regular
 * files inside it (read from the artifact: path, SHA-1, SHA-256) and its dependencies: the
 * package's declared Depends/Requires and the crates and Go modules locked in the project
 * (Cargo.lock, go.sum). SPDX relates them with DESCRIBES, CONTAINS and DEPENDS_ON; CycloneDX lists
 * files and libraries as components and the dependencies in `dependencies`.
 *
 * Deterministic: the creation time is `now` (SOURCE_DATE_EPOCH), everything is sorted, and the
 * SPDX documentNamespace and the CycloneDX serialNumber end in a UUID (version 5 layout) made from
 * the SHA-1 of the document's own bytes written with that UUID left empty: same content, same UUID.
 */







/** SPDX's primaryPackagePurpose by manifest kind (a package installs). */
const PURPOSE = { archive: 'ARCHIVE', source: 'SOURCE' };
/** `pkg:` URL segments: percent-encoded except the characters purl keeps. */
const sbom_enc = (s) => encodeURIComponent(s).replace(/%3A/g, ':');
function purlOf(a, project, fileName) {
    const ns = sbom_enc((project.vendor ?? project.name).toLowerCase().replace(/[^a-z0-9.-]+/g, '-'));
    const at = `${sbom_enc(project.name)}@${sbom_enc(project.version)}`;
    const format = (0,registry/* getFormat */.gV)(a.kind);
    if (format?.kind === 'package') {
        const arch = typeof a.arch === 'string' ? a.arch : undefined;
        return `pkg:${format.purlType}/${ns}/${at}${arch ? `?arch=${sbom_enc(arch)}` : ''}`;
    }
    return `pkg:generic/${at}?download_url=${sbom_enc(fileName)}`;
}
/** A UUID with the version-5 layout from a SHA-1 digest. */
function uuidFromSha1(digest) {
    const b = Buffer.from(digest.subarray(0, 16));
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/** Serialises `make(uuid)`, where the UUID is derived from the bytes made with an empty one. */
function withContentUuid(make) {
    const draft = JSON.stringify(make(''), null, 2) + '\n';
    return JSON.stringify(make(uuidFromSha1((0,external_node_crypto_.createHash)('sha1').update(draft).digest())), null, 2) + '\n';
}
function isoTime(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A license string SPDX accepts as an expression, else NOASSERTION. */
function spdxLicense(license) {
    return license && /^[A-Za-z0-9.+\-:() ]+$/.test(license) ? license : 'NOASSERTION';
}
function depsOf(d) {
    const declared = d.contents.depends.map((text) => ({
        name: text.split(/[\s(]/)[0],
        declared: text,
    }));
    const locked = d.locked.map((l) => ({ name: l.name, version: l.version, purl: l.purl }));
    return [...declared, ...locked];
}
function spdxDocument(d, o, uuid) {
    const tool = o.tool ?? 'distro-actions';
    const main = 'SPDXRef-Artifact';
    const fileIds = d.contents.files.map((_, i) => `SPDXRef-File-${i + 1}`);
    const deps = depsOf(d);
    const depIds = deps.map((_, i) => `SPDXRef-Dependency-${i + 1}`);
    const verification = (0,external_node_crypto_.createHash)('sha1')
        .update(d.contents.files
        .map((f) => f.sha1)
        .sort()
        .join(''))
        .digest('hex');
    const supplier = `Organization: ${o.project.vendor ?? o.project.name}`;
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: d.fileName,
        documentNamespace: `https://spdx.org/spdxdocs/${sbom_enc(d.fileName)}-${uuid}`,
        creationInfo: { created: isoTime(o.now), creators: [`Tool: ${tool}`, supplier] },
        packages: [
            {
                SPDXID: main,
                name: d.name,
                versionInfo: d.version,
                packageFileName: d.fileName,
                supplier,
                downloadLocation: 'NOASSERTION',
                ...(o.project.homepage ? { homepage: o.project.homepage } : {}),
                filesAnalyzed: d.contents.files.length > 0,
                ...(d.contents.files.length > 0
                    ? { packageVerificationCode: { packageVerificationCodeValue: verification } }
                    : {}),
                checksums: [
                    { algorithm: 'SHA256', checksumValue: d.sha256 },
                    { algorithm: 'SHA512', checksumValue: d.sha512 },
                ],
                licenseConcluded: 'NOASSERTION',
                licenseDeclared: spdxLicense(o.project.license),
                copyrightText: 'NOASSERTION',
                primaryPackagePurpose: PURPOSE[d.artifact.kind] ?? 'INSTALL',
                externalRefs: [
                    { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: d.purl },
                ],
            },
            ...deps.map((dep, i) => ({
                SPDXID: depIds[i],
                name: dep.name,
                ...(dep.version ? { versionInfo: dep.version } : {}),
                downloadLocation: 'NOASSERTION',
                filesAnalyzed: false,
                licenseConcluded: 'NOASSERTION',
                licenseDeclared: 'NOASSERTION',
                copyrightText: 'NOASSERTION',
                primaryPackagePurpose: 'LIBRARY',
                ...(dep.declared ? { comment: `declared dependency: ${dep.declared}` } : {}),
                ...(dep.purl
                    ? {
                        externalRefs: [
                            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: dep.purl },
                        ],
                    }
                    : {}),
            })),
        ],
        files: d.contents.files.map((f, i) => ({
            SPDXID: fileIds[i],
            fileName: f.path,
            checksums: [
                { algorithm: 'SHA1', checksumValue: f.sha1 },
                { algorithm: 'SHA256', checksumValue: f.sha256 },
            ],
            licenseConcluded: 'NOASSERTION',
            copyrightText: 'NOASSERTION',
        })),
        relationships: [
            { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: main },
            ...fileIds.map((id) => ({ spdxElementId: main, relationshipType: 'CONTAINS', relatedSpdxElement: id })),
            ...depIds.map((id) => ({
                spdxElementId: main,
                relationshipType: 'DEPENDS_ON',
                relatedSpdxElement: id,
            })),
        ],
    };
}
function cdxDocument(d, o, uuid) {
    const deps = depsOf(d);
    const depRefs = deps.map((dep, i) => dep.purl ?? `dependency-${i + 1}:${dep.name}`);
    const vendor = o.project.vendor ?? o.project.name;
    return {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${uuid}`,
        version: 1,
        metadata: {
            timestamp: isoTime(o.now),
            tools: { components: [{ type: 'application', name: o.tool ?? 'distro-actions' }] },
            component: {
                type: 'application',
                'bom-ref': d.purl,
                supplier: { name: vendor },
                name: d.name,
                version: d.version,
                ...(o.project.license ? { licenses: [{ license: { name: o.project.license } }] } : {}),
                purl: d.purl,
                hashes: [
                    { alg: 'SHA-256', content: d.sha256 },
                    { alg: 'SHA-512', content: d.sha512 },
                ],
                ...(o.project.homepage ? { externalReferences: [{ type: 'website', url: o.project.homepage }] } : {}),
                properties: [{ name: 'distro-actions:artifact', value: d.fileName }],
            },
        },
        components: [
            ...d.contents.files.map((f) => ({
                type: 'file',
                'bom-ref': `file:${f.path}`,
                name: f.path,
                hashes: [
                    { alg: 'SHA-1', content: f.sha1 },
                    { alg: 'SHA-256', content: f.sha256 },
                ],
            })),
            ...deps.map((dep, i) => ({
                type: 'library',
                'bom-ref': depRefs[i],
                name: dep.name,
                ...(dep.version ? { version: dep.version } : {}),
                ...(dep.purl ? { purl: dep.purl } : {}),
                ...(dep.declared ? { description: `declared dependency: ${dep.declared}` } : {}),
            })),
        ],
        dependencies: [{ ref: d.purl, dependsOn: depRefs }, ...depRefs.map((ref) => ({ ref, dependsOn: [] }))],
    };
}
/**
 * Writes `<artifact>.spdx.json` and `<artifact>.cdx.json` beside every deb, rpm and archive of
 * `o.artifacts`, and returns them sorted by path. The artifacts are read (hashed, and their
 * contents listed) from `o.distDir`; all files are prepared before any is written.
 */
async function writeSboms(o) {
    const locked = o.projectDir ? await lockedDependencies(o.projectDir) : [];
    const targets = o.artifacts
        .filter((a) => (0,registry/* sbomKinds */.TI)().has(a.kind))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const pending = [];
    for (const a of targets) {
        const file = external_node_path_default().join(o.distDir, a.path);
        const fileName = external_node_path_default().posix.basename(a.path);
        const { sha256, sha512 } = await (0,manifest/* hashFile */.DC)(file, { sha512: true });
        const contents = await readContents(file, a.kind, typeof a.format === 'string' ? a.format : undefined);
        const d = {
            artifact: a,
            fileName,
            name: o.project.name,
            version: o.project.version,
            purl: purlOf(a, o.project, fileName),
            sha256,
            sha512: sha512,
            contents,
            locked,
        };
        const formats = o.formats ?? ['spdx', 'cyclonedx'];
        if (formats.includes('spdx'))
            pending.push([
                { path: `${a.path}.spdx.json`, format: 'spdx', artifact: a.path },
                withContentUuid((uuid) => spdxDocument(d, o, uuid)),
            ]);
        if (formats.includes('cyclonedx'))
            pending.push([
                { path: `${a.path}.cdx.json`, format: 'cyclonedx', artifact: a.path },
                withContentUuid((uuid) => cdxDocument(d, o, uuid)),
            ]);
    }
    for (const [f, text] of pending)
        await (0,atomic/* writeAtomic */.vZ)(external_node_path_default().join(o.distDir, f.path), text);
    return pending.map(([f]) => f);
}

// EXTERNAL MODULE: ./src/stages/common.ts + 1 modules
var common = __webpack_require__(85180);
;// CONCATENATED MODULE: ./src/stages/sign.ts
/**
 * The sign stage: rpm packages signed in place, SBOMs, checksum files, detached OpenPGP signatures
 * with a clearsigned SHA256SUMS, minisign signatures, Sigstore bundles and build provenance — in
 * that order, so each later step covers what the earlier ones wrote. Keys are read and checked
 * before anything is written; on any failure every file this run wrote is removed again (or, where
 * an earlier run had written it, put back as it was) and the rpm packages are left unsigned (they are signed as copies and renamed over the originals last).
 */


















/** Kinds that get signatures by default: what a user downloads, the bare binaries and the SBOMs. */
const SIGNED_KINDS = new Set([...manifest/* DOWNLOAD_KINDS */.jb, 'binary', 'sbom']);
function parseSbom(list, key) {
    const out = new Set();
    for (const raw of list) {
        const v = raw.trim().toLowerCase();
        if (v === 'none' || v === 'false')
            return [];
        if (v === 'spdx' || v === 'cyclonedx')
            out.add(v);
        else if (v === 'both' || v === 'true') {
            out.add('spdx');
            out.add('cyclonedx');
        }
        else
            throw new errors/* DistroError */.Yt(`${key}: unknown SBOM format '${raw}'; use spdx, cyclonedx, both or none.`, {
                key,
            });
    }
    return [...out];
}
/** Signature time: SOURCE_DATE_EPOCH when set (reproducible signatures), else the current time. */
function signingTime(env) {
    const s = env.SOURCE_DATE_EPOCH?.trim();
    if (!s)
        return undefined;
    if (!/^\d+$/.test(s)) {
        throw new errors/* DistroError */.Yt(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '${s}'.`, {
            key: 'SOURCE_DATE_EPOCH',
        });
    }
    return new Date(Number(s) * 1000);
}
/**
 * Tracks what a run writes so a failure can take it all back. A re-run overwrites the files an
 * earlier successful run wrote (and its manifest still lists): those are kept as hard links in the
 * staging directory first, and a failure puts them back instead of leaving them removed.
 */
class Written {
    files = [];
    kept = new Map();
    add(abs) {
        this.files.push(abs);
    }
    /** Keeps what is at each of `paths` now (those that exist) under `dir`, for undo. */
    async keep(paths, dir) {
        await (0,promises_.mkdir)(dir, { recursive: true });
        for (const [i, abs] of paths.entries()) {
            const copy = external_node_path_default().join(dir, String(i));
            try {
                await (0,promises_.link)(abs, copy);
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT')
                    continue;
                if (code !== 'EPERM' && code !== 'EXDEV' && code !== 'EMLINK')
                    throw e;
                await (0,promises_.copyFile)(abs, copy); // a filesystem without hard links
            }
            this.kept.set(abs, copy);
        }
    }
    async undo() {
        for (const f of this.files.reverse()) {
            const before = this.kept.get(f);
            if (before)
                await (0,promises_.rename)(before, f).catch(() => (0,promises_.rm)(f, { force: true }));
            else
                await (0,promises_.rm)(f, { force: true });
        }
    }
}
async function writeNew(w, abs, data) {
    await (0,atomic/* writeAtomic */.vZ)(abs, data);
    w.add(abs);
}
async function signStage(o) {
    const ctx = await (0,common/* openStage */.j$)(o, { stage: 'sign' });
    (0,config/* assertExpanded */.uZ)(ctx.config, ['sign']); // an unset ${VAR} in its own keys fails before any work
    const cfg = ctx.config.sign ?? {};
    const algorithms = o.checksums && o.checksums.length > 0
        ? parseAlgorithms(o.checksums, 'input: checksums')
        : parseAlgorithms(cfg.checksums ?? ['sha256', 'sha512'], 'sign.checksums');
    const perFile = o.perFile ?? cfg.per_file ?? false;
    const sbomFormats = o.sbom && o.sbom.length > 0
        ? parseSbom(o.sbom, 'input: sbom')
        : parseSbom(cfg.sbom === undefined ? ['both'] : [cfg.sbom].flat(), 'sign.sbom');
    const armor = (o.signatureFormat || cfg.signature_format || 'armor') !== 'binary';
    if (o.signatureFormat && !['armor', 'binary'].includes(o.signatureFormat)) {
        throw new errors/* DistroError */.Yt(`input 'signature-format': '${o.signatureFormat}' is not armor or binary.`, {
            key: 'input: signature-format',
        });
    }
    const patterns = o.signatures?.length
        ? o.signatures
        : cfg.artifacts
            ? [cfg.artifacts].flat().map(String)
            : [];
    const now = signingTime(ctx.env);
    if (o.ociImage)
        checkOciImage(o.ociImage, !!o.sigstore);
    if (ctx.manifest.artifacts.length === 0) {
        throw new errors/* DistroError */.Yt(`there is nothing to checksum or sign: ${external_node_path_default().join(ctx.distDir, 'manifest.json')} lists no artifacts; run build and package first, or download their artifacts with 'from'.`, { key: 'from' });
    }
    // Keys first: a wrong passphrase or an expired key fails before anything is written.
    // openpgp, like the Sigstore and attestation libraries below, loads only when used.
    const gpg = o.gpgPrivateKey
        ? await (await Promise.all(/* import() */[__webpack_require__.e(3074), __webpack_require__.e(8141)]).then(__webpack_require__.bind(__webpack_require__, 90522))).loadSigningKey(o.gpgPrivateKey, o.gpgPassphrase || undefined, { now, notBeforeKey: true })
        : undefined;
    if (!gpg && o.gpgPassphrase) {
        ctx.log.warn("input 'gpg-passphrase' is set but 'gpg-private-key' is empty; nothing is signed with OpenPGP.");
    }
    for (const w of gpg?.warnings ?? [])
        ctx.log.warn(w);
    const minisign = o.minisignKey
        ? loadMinisignKey(o.minisignKey, o.minisignPassword || undefined)
        : undefined;
    const authenticode = o.authenticodePfx
        ? await loadAuthenticodeKey({
            pfxBase64: o.authenticodePfx,
            password: o.authenticodePassword ?? '',
            tempParent: ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
            key: 'input: authenticode-pfx',
            passwordKey: 'input: authenticode-password',
            env: ctx.env,
            log: ctx.log,
        })
        : undefined;
    if (authenticode)
        ctx.log.info(`Authenticode certificate: ${authenticode.subject}`);
    else if (o.authenticodePassword) {
        ctx.log.warn("input 'authenticode-password' is set but 'authenticode-pfx' is empty; nothing is signed with Authenticode.");
    }
    if (o.provenance) {
        const { checkProvenanceEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(2830), __webpack_require__.e(1351), __webpack_require__.e(8275), __webpack_require__.e(2049), __webpack_require__.e(7981), __webpack_require__.e(8029), __webpack_require__.e(4476), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 476));
        checkProvenanceEnvironment(ctx.env);
    }
    const written = new Written();
    // the signed rpms are made here, then swapped in (src/atomic.ts: the unsigned originals stay
    // here until the run succeeds; a killed run's are put back by the next stage, see openStage)
    const stagingDir = await (0,atomic/* makeTempDir */.mk)(ctx.distDir, 'sign');
    try {
        // an earlier run's signatures, sums and SBOMs, which this run rewrites
        await written.keep(ctx.manifest.artifacts.filter((a) => a.stage === 'sign').map((a) => external_node_path_default().join(ctx.distDir, a.path)), external_node_path_default().join(stagingDir, 'before'));
        const added = await signAll(ctx, o, {
            algorithms,
            perFile,
            sbomFormats,
            armor,
            patterns,
            now,
            gpg,
            minisign,
            authenticode,
            timestampUrl: o.authenticodeTimestampUrl || cfg.authenticode?.timestamp_url || undefined,
            written,
            stagingDir,
        });
        // last, once every file is signed: the registry is the one thing a failed run cannot take back
        const ociSignature = o.ociImage ? await signImage(ctx, o, added.entries) : '';
        const res = await (0,common/* closeStage */.XA)(ctx, 'sign', undefined, added.entries);
        const first = algorithms[0] ? SUMS_FILE[algorithms[0]] : '';
        return {
            ...res,
            checksumsFile: first ? external_node_path_default().join(ctx.distDir, first) : '',
            publicKey: added.publicKey,
            fingerprint: gpg?.fingerprint ?? '',
            keyId: gpg?.signingKeyId ?? '',
            attestationUrl: added.attestationUrl,
            ociSignature,
        };
    }
    catch (e) {
        await written.undo();
        // The unsigned rpms go back where they were.
        await (0,atomic/* restoreSwapped */.Vr)(stagingDir);
        throw e;
    }
    finally {
        await (0,promises_.rm)(stagingDir, { recursive: true, force: true });
        await disposeAuthenticodeKey(authenticode);
    }
}
/** `oci-image` is checked before any work: a digest reference, and Sigstore to sign it with. */
function checkOciImage(image, sigstore) {
    const key = 'input: oci-image';
    (0,attach/* parseSignedImage */.TX)(image, key);
    if (!sigstore)
        throw new errors/* DistroError */.Yt(`${key}: an image is signed keylessly with Sigstore; set 'sigstore: true' (and give the job \`permissions: id-token: write\`).`, { key });
}
/** The provenance subject of a pushed image: its repository (as `oci://` names it) and index digest. */
function ociSubject(image) {
    const ref = (0,attach/* parseSignedImage */.TX)(image, 'input: oci-image');
    return { name: (0,reference/* formatRef */.rq)({ ...ref, tag: undefined, digest: undefined }), digest: ref.digest };
}
/** Signs the pushed image index and attaches this run's SPDX SBOMs to it; returns the signature's reference. */
async function signImage(ctx, o, entries) {
    const { signOciImage } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(8275), __webpack_require__.e(2049), __webpack_require__.e(8976)]).then(__webpack_require__.bind(__webpack_require__, 58976));
    const sboms = entries.filter((e) => e.kind === 'sbom' && e.format === 'spdx-2.3');
    return ctx.log.group(`Signing ${o.ociImage} and attaching ${sboms.length} SBOM(s)`, async () => {
        const r = await signOciImage({
            image: o.ociImage,
            credentials: o.ociCredentials,
            sigstore: o.sigstore,
            sboms: sboms.map((e) => external_node_path_default().join(ctx.distDir, e.path)),
            tempParent: ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        });
        ctx.log.info(`${r.signature}: ${r.signed ? 'signed' : 'already signed, left as it is'} (${r.scheme === 'tag' ? "cosign's tags: the registry has no referrers API" : 'OCI referrers'})${r.sbom ? `; SBOMs at ${r.sbom}` : ''}`);
        return r.signature;
    });
}
async function signAll(ctx, o, p) {
    const entries = [];
    const record = async (rel, kind, from, extra = {}) => {
        entries.push(await (0,manifest/* describe */.q0)(ctx.distDir, rel, { kind, stage: 'sign', from, ...extra }));
    };
    // Entries this stage writes are not signed again on a re-run; those it replaced (signed rpms,
    // signed Windows files: they carry `replaces`) are still release files.
    const own = new Set(ctx.manifest.artifacts.filter((a) => a.stage === 'sign' && a.replaces === undefined).map((a) => a.path));
    let release = ctx.manifest.artifacts.filter((a) => !own.has(a.path));
    // Signed copies of release files, swapped in for the originals at once (the originals are kept
    // aside and put back if any later step fails).
    const swaps = [];
    const replaceEntry = (a, signed, extra) => {
        const replaces = typeof a.replaces === 'string' ? a.replaces : a.sha256;
        const entry = { ...a, ...signed, stage: 'sign', replaces, ...extra };
        entries.push(entry);
        release = release.map((x) => (x.path === a.path ? entry : x));
    };
    // 1. Windows executables and installers: Authenticode.
    if (p.authenticode) {
        await signWindowsFiles(ctx, p, p.authenticode, release, swaps, replaceEntry);
    }
    // 2. rpm packages, signed as copies.
    const rpms = release.filter((a) => a.kind === 'rpm');
    if (p.gpg && (o.signPackages ?? true) && rpms.length) {
        await ctx.log.group(`Signing ${rpms.length} rpm package(s) with key ${p.gpg.signingKeyId}`, async () => {
            for (const a of rpms) {
                const target = external_node_path_default().join(ctx.distDir, a.path);
                const copy = external_node_path_default().join(p.stagingDir, `${swaps.length}-${external_node_path_default().basename(a.path)}`);
                await (0,promises_.copyFile)(target, copy);
                const signed = await signRpm(copy, p.gpg);
                swaps.push({ target, replacement: copy });
                replaceEntry(a, signed, { signed: p.gpg.signingKeyId });
                ctx.log.info(`${a.path}: signed`);
            }
        });
    }
    if (swaps.length)
        await (0,atomic/* swapIn */.zN)(p.stagingDir, swaps);
    // 3. SBOMs of packages and archives (of the signed rpms).
    if (p.sbomFormats.length) {
        const sbomSource = release.filter((a) => (0,registry/* sbomKinds */.TI)().has(a.kind));
        if (sbomSource.length) {
            const now = await (0,build/* resolveSourceDateEpoch */.BL)({ env: ctx.env, projectDir: ctx.projectDir, log: ctx.log });
            await ctx.log.group(`SBOMs (${p.sbomFormats.join(', ')}) for ${sbomSource.length} artifact(s)`, async () => {
                const files = await writeSboms({
                    project: {
                        name: ctx.config.name,
                        version: ctx.version,
                        vendor: ctx.config.vendor,
                        license: ctx.config.license,
                        homepage: ctx.config.homepage,
                    },
                    distDir: ctx.distDir,
                    artifacts: sbomSource,
                    projectDir: ctx.projectDir,
                    now,
                    formats: p.sbomFormats,
                });
                for (const f of files) {
                    p.written.add(external_node_path_default().join(ctx.distDir, f.path));
                    await record(f.path, 'sbom', [f.artifact], {
                        format: f.format === 'spdx' ? 'spdx-2.3' : 'cyclonedx-1.6',
                    });
                }
            });
        }
    }
    const sboms = entries.filter((e) => e.kind === 'sbom');
    const toSign = selectForSigning([...release, ...sboms], p.patterns);
    // 4. Checksums over every release file (signed rpms: their new bytes) and the SBOMs.
    const summed = [...release, ...sboms].filter((a) => a.kind !== 'checksums' && a.kind !== 'signature');
    const sums = await ctx.log.group(`Checksums (${p.algorithms.join(', ') || 'none'}) over ${summed.length} artifact(s)`, async () => {
        return await writeChecksums(ctx.distDir, summed, p.algorithms, { perFile: p.perFile });
    });
    for (const rel of sums.files)
        p.written.add(external_node_path_default().join(ctx.distDir, rel));
    const sumsFiles = Object.values(SUMS_FILE).filter((f) => sums.files.includes(f));
    for (const rel of sums.files) {
        const isSums = sumsFiles.includes(rel);
        await record(rel, 'checksums', isSums ? summed.map((a) => a.path) : [rel.replace(/\.sha256$/, '')]);
    }
    // 5. OpenPGP: detached signatures, clearsigned checksum files, the public key.
    let publicKey = '';
    if (p.gpg) {
        const gpg = p.gpg;
        const ext = p.armor ? '.asc' : '.sig';
        await ctx.log.group(`OpenPGP signatures (${gpg.algorithm}, key ${gpg.signingKeyId}) over ${toSign.length} artifact(s)`, async () => {
            for (const a of toSign) {
                const sig = await gpg.signFile(external_node_path_default().join(ctx.distDir, a.path), { armor: p.armor });
                await writeNew(p.written, external_node_path_default().join(ctx.distDir, a.path + ext), sig);
                await record(a.path + ext, 'signature', [a.path], { format: 'openpgp', key: gpg.signingKeyId });
            }
            for (const f of sumsFiles) {
                const text = await (0,promises_.readFile)(external_node_path_default().join(ctx.distDir, f), 'utf8');
                await writeNew(p.written, external_node_path_default().join(ctx.distDir, `${f}.asc`), await gpg.clearSign(text));
                await record(`${f}.asc`, 'signature', [f], {
                    format: 'openpgp-clearsigned',
                    key: gpg.signingKeyId,
                });
            }
            const { writeKeyFiles } = await Promise.all(/* import() */[__webpack_require__.e(3074), __webpack_require__.e(8141)]).then(__webpack_require__.bind(__webpack_require__, 90522));
            const keys = await writeKeyFiles(ctx.distDir, gpg);
            p.written.add(keys.asc);
            p.written.add(keys.gpg);
            await record('KEY.asc', 'signature', [], {
                format: 'openpgp-public-key',
                fingerprint: gpg.fingerprint,
            });
            await record('KEY.gpg', 'signature', [], { format: 'openpgp-keyring', fingerprint: gpg.fingerprint });
            publicKey = keys.asc;
            ctx.log.info(`Key ${gpg.fingerprint} (${gpg.userIds.join(', ')}), signing (sub)key ${gpg.signingKeyId}`);
        });
    }
    // 6. minisign.
    if (p.minisign) {
        const key = p.minisign;
        const time = p.now ? Math.floor(p.now.getTime() / 1000) : undefined;
        await ctx.log.group(`minisign signatures (key ${key.keyId}) over ${toSign.length} artifact(s)`, async () => {
            for (const a of toSign) {
                const text = await minisignFile(key, external_node_path_default().join(ctx.distDir, a.path), { time });
                await writeNew(p.written, external_node_path_default().join(ctx.distDir, `${a.path}.minisig`), text);
                await record(`${a.path}.minisig`, 'signature', [a.path], { format: 'minisign', key: key.keyId });
            }
            await writeNew(p.written, external_node_path_default().join(ctx.distDir, 'minisign.pub'), key.publicKeyFile);
            await record('minisign.pub', 'signature', [], { format: 'minisign-public-key', key: key.keyId });
        });
    }
    // 7. Sigstore bundles (keyless, on GitHub).
    if (o.sigstore) {
        const { signWithSigstore, SIGSTORE_BUNDLE_SUFFIX } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(8275), __webpack_require__.e(2049), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 40663));
        await ctx.log.group(`Sigstore bundles for ${toSign.length} artifact(s)`, async () => {
            const files = await signWithSigstore(toSign.map((a) => external_node_path_default().join(ctx.distDir, a.path)), o.sigstore);
            for (const f of files)
                p.written.add(f);
            for (const a of toSign) {
                await record(a.path + SIGSTORE_BUNDLE_SUFFIX, 'signature', [a.path], { format: 'sigstore-bundle' });
            }
        });
    }
    // 8. Build provenance (GitHub attestations).
    let attestationUrl = '';
    if (o.provenance) {
        const { attestBuildProvenance } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(2830), __webpack_require__.e(1351), __webpack_require__.e(8275), __webpack_require__.e(2049), __webpack_require__.e(7981), __webpack_require__.e(8029), __webpack_require__.e(4476), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 476));
        const subjects = [...release, ...sboms].filter((a) => SIGNED_KINDS.has(a.kind)).map((a) => a.path);
        await ctx.log.group(`Build provenance for ${subjects.length} artifact(s)`, async () => {
            const r = await attestBuildProvenance({
                distDir: ctx.distDir,
                artifacts: subjects,
                images: o.ociImage ? [ociSubject(o.ociImage)] : [],
                name: `${ctx.config.name}-${ctx.version}`,
                ...o.provenance,
            });
            p.written.add(r.bundlePath);
            attestationUrl = r.attestationUrl ?? '';
            await record(external_node_path_default().relative(ctx.distDir, r.bundlePath), 'attestation', subjects, {
                format: 'slsa-provenance-v1',
                ...(r.attestationUrl ? { url: r.attestationUrl } : {}),
            });
        });
    }
    return { entries, publicKey, attestationUrl };
}
/** The release files to sign: those matching `patterns`, else every downloadable kind. */
function selectForSigning(artifacts, patterns) {
    if (patterns.length === 0)
        return artifacts.filter((a) => SIGNED_KINDS.has(a.kind));
    const res = patterns.map((g) => (0,runner_artifacts/* globToRegExp */.tL)(g));
    return artifacts.filter((a) => a.kind !== 'checksums' && a.kind !== 'signature' && res.some((r) => r.test(a.path)));
}
/**
 * Signs the release's `.exe` and `.msi` files (or those `sign.authenticode.artifacts` selects) as
 * copies in the staging directory; files a previous run already signed are left as they are.
 */
async function signWindowsFiles(ctx, p, key, release, swaps, replaceEntry) {
    const cfg = ctx.config.sign?.authenticode ?? {};
    const globs = cfg.artifacts ? [cfg.artifacts].flat().map((g) => (0,runner_artifacts/* globToRegExp */.tL)(g)) : undefined;
    const files = release.filter((a) => a.kind !== 'signature' &&
        a.kind !== 'checksums' &&
        (globs ? globs.some((r) => r.test(a.path)) : isAuthenticodeTarget(a.path)) &&
        !(a.stage === 'sign' && a.authenticode === key.fingerprint));
    if (!files.length)
        return;
    const time = p.now ? Math.floor(p.now.getTime() / 1000) : undefined;
    await ctx.log.group(`Authenticode signatures over ${files.length} Windows file(s)`, async () => {
        for (const a of files) {
            const target = external_node_path_default().join(ctx.distDir, a.path);
            const copy = external_node_path_default().join(p.stagingDir, `${swaps.length}-${external_node_path_default().basename(a.path)}`);
            await signAuthenticode(key, target, copy, {
                timestampUrl: p.timestampUrl,
                time,
                description: cfg.description ?? (ctx.config.description || ctx.config.name),
                url: cfg.url ?? ctx.config.homepage,
                env: ctx.env,
                log: ctx.log,
                cwd: ctx.distDir,
            });
            swaps.push({ target, replacement: copy });
            const { size, sha256 } = await (0,manifest/* hashFile */.DC)(copy);
            replaceEntry(a, { size, sha256 }, { authenticode: key.fingerprint });
            ctx.log.info(`${a.path}: Authenticode-signed${p.timestampUrl ? ' and timestamped' : ''}`);
        }
    });
}


/***/ })

};
