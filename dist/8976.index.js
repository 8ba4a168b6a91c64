export const id = 8976;
export const ids = [8976,663];
export const modules = {

/***/ 38936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aj: () => (/* reexport */ attach/* attachToImage */.aj),
  LE: () => (/* reexport */ checkPush),
  rw: () => (/* reexport */ layout/* extractLayoutTar */.rw),
  FL: () => (/* reexport */ media/* parsePlatform */.FL),
  J5: () => (/* reexport */ media/* platformMatches */.J5),
  Bx: () => (/* reexport */ pushLayout),
  dt: () => (/* reexport */ releaseTags),
  m6: () => (/* reexport */ unpackImage)
});

// UNUSED EXPORTS: Layout, MANIFEST_ACCEPT, MT, Registry, SIGSTORE_BUNDLE, SIMPLE_SIGNING, SPDX_JSON, TAG_RE, buildImages, checkTag, chooseScheme, cosignAnnotations, cosignTag, formatRef, imageConfig, isIndex, layerEntries, manifestFor, ociMediaType, parseChallenge, parseImageRef, parseSignedImage, platformString, pullBase, sha256Digest, simpleSigningPayload, writeLayer

// EXTERNAL MODULE: ./src/formats/oci/base.ts
var base = __webpack_require__(63461);
// EXTERNAL MODULE: ./src/formats/oci/image.ts
var oci_image = __webpack_require__(92583);
// EXTERNAL MODULE: ./src/formats/oci/layer.ts
var oci_layer = __webpack_require__(69547);
// EXTERNAL MODULE: ./src/formats/oci/layout.ts
var layout = __webpack_require__(10954);
// EXTERNAL MODULE: ./src/formats/oci/media.ts
var media = __webpack_require__(95310);
// EXTERNAL MODULE: ./src/formats/oci/reference.ts
var reference = __webpack_require__(25903);
// EXTERNAL MODULE: ./src/formats/oci/registry.ts
var registry = __webpack_require__(43779);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
// EXTERNAL MODULE: ./src/config/version.ts
var config_version = __webpack_require__(98794);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/formats/oci/push.ts
/**
 * Pushing an image layout to a registry: every blob (HEAD first; a base layer mounted from its
 * repository when the base lives on the same registry), every platform manifest by digest, then
 * the index by digest and under each tag. What the registry already has is not sent again, so a
 * re-run uploads nothing.
 */






/**
 * The tags of a release: `1.2.3`, `1.2`, `1`, `latest` for a stable release; the version alone for a
 * pre-release; the version and `nightly` (or the channel's name) for another channel. `+build`
 * becomes `_build` (a tag has no `+`).
 */
function releaseTags(version, channel = 'stable') {
    const v = (0,config_version/* stripV */.tQ)(version);
    const tag = v.replace(/\+/g, '_');
    const parts = (0,config_version/* parseVersion */.ot)(v);
    if (channel !== 'stable')
        return [tag, channel];
    if (!parts || parts.pre || parts.build)
        return [tag];
    const nums = parts.core.split('.');
    const tags = nums.map((_, i) => nums.slice(0, nums.length - i).join('.'));
    return [...tags, 'latest'];
}
/** Checks the repository and the tags; throws before any request. */
function checkPush(repository, tags, key) {
    (0,reference/* parseImageRef */.Q)(repository, key, false);
    if (!tags.length)
        throw new errors/* DistroError */.Yt(`${key}: no tag to push; give a version or tags.`, { key });
    for (const t of tags)
        (0,reference/* checkTag */.Bs)(t, `${key} (tag)`);
}
async function pushLayout(o) {
    checkPush(o.repository, o.tags, o.key);
    const ref = (0,reference/* parseImageRef */.Q)(o.repository, o.key, false);
    const top = (await o.layout.readIndex()).manifests[0];
    if (!top || top.mediaType !== media.MT.index)
        throw new errors/* DistroError */.Yt(`${o.layout.dir}: index.json names no image index; write the images with the oci format first.`);
    const index = await o.layout.readJson(top.digest);
    const manifests = await Promise.all(index.manifests.map((m) => o.layout.readJson(m.digest)));
    const mountFrom = [...new Set(manifests.map((m) => mountSource(m, ref.registry, ref.repository)))];
    const reg = new registry/* Registry */.OR(ref, {
        key: o.key,
        credentials: o.credentials,
        stats: o.stats,
        mountFrom: mountFrom.filter((f) => !!f),
    });
    for (const [i, m] of index.manifests.entries()) {
        const man = manifests[i];
        const from = mountSource(man, ref.registry, ref.repository);
        const blobs = [man.config, ...man.layers];
        await (0,concurrency/* mapLimit */.sf)(blobs, 4, async (b, j) => reg.pushBlob(b.digest, () => o.layout.blobSource(b.digest), j > 0 ? from : undefined));
        await reg.putManifest(m.digest, await o.layout.readBlob(m.digest), media.MT.manifest);
    }
    const indexBytes = await o.layout.readBlob(top.digest);
    await reg.putManifest(top.digest, indexBytes, media.MT.index);
    for (const t of o.tags)
        await reg.putManifest(t, indexBytes, media.MT.index);
    return { reference: (0,reference/* formatRef */.rq)({ ...ref, digest: top.digest }), digest: top.digest, tags: o.tags };
}
/** The repository a base image's layers can be mounted from: on the same registry, another repository. */
function mountSource(man, registry, repository) {
    const base = man.annotations?.['org.opencontainers.image.base.name'];
    if (!base)
        return undefined;
    try {
        const b = (0,reference/* parseImageRef */.Q)(base, 'base');
        return b.registry === registry && b.repository !== repository ? b.repository : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/formats/oci/unpack.ts
/**
 * Unpacking one platform's image of a layout into a directory (what `umoci unpack` gives as
 * rootfs/): its layers applied in order, with the OCI whiteouts (`.wh.<name>` deletes a path of
 * the layers below, `.wh..wh..opq` empties a directory). Paths never leave the directory: a name
 * with `..`, or a parent that is a symlink, is refused.
 */








/** The manifest of `platform` in the layout's (first) image index. */
async function manifestFor(layout, platform) {
    const top = (await layout.readIndex()).manifests[0];
    if (!top)
        throw new errors/* DistroError */.Yt(`${layout.dir}: the image layout has no image.`);
    const index = top.mediaType === media.MT.index ? await layout.readJson(top.digest) : { manifests: [top] };
    const d = index.manifests.find((m) => (0,media/* platformMatches */.J5)(m.platform, platform));
    if (!d)
        throw new errors/* DistroError */.Yt(`${layout.dir}: the image has no ${(0,media/* platformString */.Fd)(platform)} image.`);
    return layout.readJson(d.digest);
}
function inside(root, name) {
    const clean = external_node_path_default().posix.normalize(`/${name}`).slice(1);
    if (name.split('/').includes('..'))
        throw new errors/* DistroError */.Yt(`image layer entry '${name}' leaves the root file system.`);
    return external_node_path_default().join(root, clean);
}
/** Refuses a path whose parent directories (below root) include a symlink. */
async function checkParents(root, file) {
    let dir = external_node_path_default().dirname(file);
    while (dir.length > root.length) {
        const st = await (0,promises_.lstat)(dir).catch(() => undefined);
        if (st?.isSymbolicLink())
            throw new errors/* DistroError */.Yt(`image layer entry ${external_node_path_default().relative(root, file)} lies below a symlink.`);
        dir = external_node_path_default().dirname(dir);
    }
}
async function applyLayer(file, root) {
    const ex = tar_stream.extract();
    ex.on('entry', (h, stream, next) => {
        // a file's bytes are piped to it; any other entry's (a whiteout's, a device's) are dropped
        if (h.type !== 'file')
            stream.resume();
        entry(h, stream).then(() => {
            stream.resume(); // not piped (a whiteout): drained, or the extraction would wait for it
            next();
        }, (err) => next(err));
    });
    const entry = async (h, data) => {
        const dst = inside(root, h.name.replace(/\/+$/, ''));
        if (dst === root)
            return;
        await checkParents(root, dst);
        const base = external_node_path_default().basename(dst);
        if (base === '.wh..wh..opq') {
            for (const n of await (0,promises_.readdir)(external_node_path_default().dirname(dst)).catch(() => []))
                await (0,promises_.rm)(external_node_path_default().join(external_node_path_default().dirname(dst), n), { recursive: true, force: true });
            return;
        }
        if (base.startsWith('.wh.')) {
            await (0,promises_.rm)(external_node_path_default().join(external_node_path_default().dirname(dst), base.slice(4)), { recursive: true, force: true });
            return;
        }
        await (0,promises_.mkdir)(external_node_path_default().dirname(dst), { recursive: true });
        const prev = await (0,promises_.lstat)(dst).catch(() => undefined);
        if (prev && !(prev.isDirectory() && h.type === 'directory'))
            await (0,promises_.rm)(dst, { recursive: true, force: true });
        const mode = (h.mode ?? 0o644) & 0o7777;
        if (h.type === 'directory')
            await (0,promises_.mkdir)(dst, { recursive: true });
        else if (h.type === 'file')
            await (0,external_node_stream_promises_.pipeline)(data, (0,external_node_fs_.createWriteStream)(dst));
        else if (h.type === 'symlink')
            return (0,promises_.symlink)(h.linkname ?? '', dst);
        else if (h.type === 'link')
            return (0,promises_.link)(inside(root, h.linkname ?? ''), dst);
        else
            return; // devices and fifos are not made here
        await (0,promises_.chmod)(dst, mode);
        if (h.mtime)
            await (0,promises_.utimes)(dst, h.mtime, h.mtime);
    };
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), external_node_zlib_default().createGunzip(), ex);
}
/** Applies the layers of `platform`'s image, in order, to the (new or empty) directory `root`. */
async function unpackImage(layout, platform, root) {
    const man = await manifestFor(layout, platform);
    await (0,promises_.mkdir)(root, { recursive: true });
    for (const l of man.layers) {
        if (!l.mediaType.endsWith('tar+gzip') && !l.mediaType.endsWith('tar.gzip'))
            throw new errors/* DistroError */.Yt(`${layout.dir}: layer ${l.digest} is ${l.mediaType}; only gzip'd tar layers are unpacked.`);
        await applyLayer(layout.blobPath(l.digest), external_node_path_default().resolve(root));
    }
    return man;
}

// EXTERNAL MODULE: ./src/formats/oci/attach.ts
var attach = __webpack_require__(43545);
;// CONCATENATED MODULE: ./src/formats/oci/index.ts
/**
 * Format `oci`: multi-platform OCI images of the built binaries, written without a container
 * daemon (layers written directly, as ko and jib do), an image layout directory and its `.tar`;
 * a small registry client to pull bases and push (see registry.ts).
 */












/***/ }),

/***/ 58976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signOciImage: () => (/* binding */ signOciImage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _formats_oci_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38936);
/* harmony import */ var _sigstore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40663);
/**
 * sign-artifacts for a pushed container image (`oci-image`): the index signed keylessly with the
 * same Sigstore signer as the files, and the run's SPDX SBOMs attached (src/formats/oci/attach.ts).
 */




/** Signs `payload` as a file with the keyless signer; returns its Sigstore bundle. */
async function signBytes(payload, o) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.tempParent, 'oci-sign-'));
    try {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'payload.json');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, payload);
        const [bundle] = await (0,_sigstore_js__WEBPACK_IMPORTED_MODULE_3__.signWithSigstore)([file], o.sigstore);
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(bundle, 'utf8'));
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
async function signOciImage(o) {
    const sboms = await Promise.all(o.sboms.map(async (f) => ({ name: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(f), bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(f) })));
    return (0,_formats_oci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .attachToImage */ .aj)({
        image: o.image,
        key: 'input: oci-image',
        credentials: o.credentials,
        sign: (payload) => signBytes(payload, o),
        sboms,
        stats: o.stats,
    });
}


/***/ }),

/***/ 40663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGSTORE_AUDIENCE: () => (/* binding */ SIGSTORE_AUDIENCE),
/* harmony export */   SIGSTORE_BUNDLE_SUFFIX: () => (/* binding */ SIGSTORE_BUNDLE_SUFFIX),
/* harmony export */   SIGSTORE_PUBLIC_GOOD: () => (/* binding */ SIGSTORE_PUBLIC_GOOD),
/* harmony export */   githubIdToken: () => (/* binding */ githubIdToken),
/* harmony export */   signWithSigstore: () => (/* binding */ signWithSigstore),
/* harmony export */   verifySigstoreBundle: () => (/* binding */ verifySigstoreBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84410);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15179);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83916);
/* harmony import */ var _manifest_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34625);
/**
 * Keyless Sigstore signatures: for each artifact a `<artifact>.sigstore.json` bundle (Sigstore
 * bundle v0.3, a message signature over the artifact's SHA-256 digest) signed by an ephemeral
 * P-256 key that Fulcio certifies for the workflow's OIDC identity, logged in Rekor and, when a
 * timestamp authority is set, counter-signed by it. `cosign verify-blob --bundle`, `sigstore-python`
 * and `verifySigstoreBundle` below check such a bundle.
 *
 * The pieces come from `@sigstore/sign` (Fulcio, Rekor, TSA clients) and `@sigstore/bundle`; the
 * artifact itself is signed here, streamed, because the library's bundle builders want the whole
 * artifact in memory.
 */











/** The public-good Sigstore instance (sigstore.dev). */
const SIGSTORE_PUBLIC_GOOD = {
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
    tsaUrl: 'https://timestamp.sigstore.dev',
};
/** Suffix of the bundle written beside each artifact. */
const SIGSTORE_BUNDLE_SUFFIX = '.sigstore.json';
/** The audience Fulcio expects in the OIDC identity token. */
const SIGSTORE_AUDIENCE = 'sigstore';
const KEY = 'input: sigstore';
const PERMISSION_HINT = 'On GitHub Actions add `permissions: id-token: write` to the job (or workflow) so the runner can issue one; elsewhere pass a token (SIGSTORE_ID_TOKEN)';
/**
 * A Fulcio certificate lives 10 minutes; one younger than this is reused for the next artifact
 * (its Rekor entry and timestamp are made within seconds), an older one is replaced.
 */
const CERTIFICATE_REUSE_MS = 5 * 60 * 1000;
/** What an HTTP failure inside `@sigstore/sign` was about, for the message. */
const SERVICE = {
    CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'fulcio',
    TLOG_CREATE_ENTRY_ERROR: 'rekor',
    TLOG_FETCH_ENTRY_ERROR: 'rekor',
    TSA_CREATE_TIMESTAMP_ERROR: 'tsa',
};
const SERVICE_NAME = { fulcio: 'Fulcio', rekor: 'Rekor', tsa: 'the timestamp authority' };
/** A DistroError about the identity token, with how to get one. */
function tokenError(why, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(`${KEY}: ${why}. ${PERMISSION_HINT}.`, {
        key: KEY,
        ...(cause === undefined ? {} : { cause }),
    });
}
/** Turns an error of `@sigstore/sign` into one DistroError naming the service and its URL. */
function sigstoreError(e, urls) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt)
        return e;
    if (e instanceof _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__/* .InternalError */ .Gd) {
        if (e.cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt)
            return e.cause; // from identityToken, through FulcioSigner
        // the library's message quotes the token: leave it (and the cause) out
        if (e.code === 'IDENTITY_TOKEN_PARSE_ERROR')
            return tokenError("the OIDC identity token is not a JWT with a 'sub' claim");
        const service = SERVICE[e.code];
        if (service) {
            const cause = e.cause;
            const status = cause?.statusCode ? `HTTP ${cause.statusCode}: ` : '';
            return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(`${KEY}: ${SERVICE_NAME[service]} at ${urls[service]} failed (${e.message}: ${status}${cause?.message ?? 'no response'}). ` +
                `Check that the URL is right and the service is up, then re-run.`, { key: KEY, cause: e });
        }
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(`${KEY}: Sigstore signing failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)}`, { key: KEY, cause: e });
}
/** The identity token from the options, with the fix in the error when there is none. */
async function identityToken(o) {
    if (o.identityToken)
        return o.identityToken;
    if (!o.getToken)
        throw tokenError('keyless signing needs an OIDC identity token and none is available');
    let token;
    try {
        token = await o.getToken();
    }
    catch (e) {
        throw tokenError(`could not get an OIDC identity token (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)})`, e);
    }
    if (!token)
        throw tokenError('the OIDC identity token is empty');
    return token;
}
/**
 * A `getToken` for the GitHub runner's OIDC endpoint: `request` is ACTIONS_ID_TOKEN_REQUEST_URL and
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN (set only when the job has `permissions: id-token: write`), passed
 * in by the caller; undefined when they are missing, which `signWithSigstore` reports.
 */
function githubIdToken(request, audience = SIGSTORE_AUDIENCE) {
    const { url, token } = request;
    if (!url || !token)
        return undefined;
    return async () => {
        const u = new URL(url);
        u.searchParams.set('audience', audience);
        const res = await fetch(u, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
        if (!res.ok)
            throw new Error(`the runner's token endpoint answered HTTP ${res.status}`);
        const body = (await res.json());
        if (typeof body.value !== 'string')
            throw new Error("the runner's token endpoint sent no 'value'");
        return body.value;
    };
}
/** An ephemeral P-256 key: the key holder Fulcio certifies, and the signer of the artifacts. */
class EphemeralKey {
    keys = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    publicKeyPem = this.keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    /** Signs bytes in memory (Fulcio's proof of possession over the token's subject). */
    async sign(data) {
        const s = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256');
        s.update(data);
        return {
            signature: s.sign(this.keys.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPem },
        };
    }
    /** SHA-256 digest and ECDSA signature of a file, in one streamed read. */
    async signFile(file) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const signer = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256');
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
            hash.update(chunk);
            signer.update(chunk);
        }
        return { digest: hash.digest(), signature: signer.sign(this.keys.privateKey) };
    }
}
/**
 * Signs each file keylessly and writes `<file>.sigstore.json` beside it. Returns the paths written,
 * in the order of `files`. Nothing is written unless every file was signed: the bundles are
 * written under temporary names and renamed at the end.
 */
async function signWithSigstore(files, o) {
    const urls = {
        fulcio: o.fulcioUrl || SIGSTORE_PUBLIC_GOOD.fulcioUrl,
        rekor: o.rekorUrl || SIGSTORE_PUBLIC_GOOD.rekorUrl,
        tsa: o.tsaUrl ?? SIGSTORE_PUBLIC_GOOD.tsaUrl,
    };
    const fetchOptions = { timeout: o.timeoutMs ?? 10_000, retry: 3 };
    // fail before reading any file when there is no token; the first certificate uses this one
    let firstToken = await identityToken(o);
    const nextToken = async () => {
        const token = firstToken ?? (await identityToken(o));
        firstToken = undefined;
        return token;
    };
    const key = new EphemeralKey();
    const fulcio = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__/* .FulcioSigner */ .$o({
        identityProvider: { getToken: nextToken },
        keyHolder: key,
        fulcioBaseURL: urls.fulcio,
        ...fetchOptions,
    });
    const witnesses = [
        new _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__/* .RekorWitness */ .fU({ rekorBaseURL: urls.rekor, fetchOnConflict: true, ...fetchOptions }),
    ];
    if (urls.tsa)
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__/* .TSAWitness */ .gs({ tsaBaseURL: urls.tsa, ...fetchOptions }));
    let certificate;
    const pending = [];
    try {
        for (const file of files) {
            const { digest, signature } = await key.signFile(file).catch((e) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(`${KEY}: cannot read ${file} to sign it (${e.code ?? e.message}).`, {
                    key: KEY,
                });
            });
            if (!certificate || Date.now() - certificate.at > CERTIFICATE_REUSE_MS) {
                // FulcioSigner proves possession of the key and returns its certificate; the signature
                // it also makes over its argument is not needed
                const issued = await fulcio.sign(Buffer.alloc(0));
                if (issued.key.$case !== 'x509Certificate')
                    throw new Error('Fulcio returned no certificate');
                certificate = { pem: issued.key.certificate, at: Date.now() };
            }
            const bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_5__.toMessageSignatureBundle)({
                digest,
                signature,
                certificate: Buffer.from(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certificate.pem).raw),
                certificateChain: false,
            });
            const material = await Promise.all(witnesses.map((w) => w.testify(bundle.content, certificate.pem)));
            bundle.verificationMaterial.tlogEntries = material.flatMap((m) => m.tlogEntries ?? []);
            bundle.verificationMaterial.timestampVerificationData = {
                rfc3161Timestamps: material.flatMap((m) => m.rfc3161Timestamps ?? []),
            };
            pending.push({ out: file + SIGSTORE_BUNDLE_SUFFIX, json: JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_5__.bundleToJSON)(bundle)) });
        }
    }
    catch (e) {
        throw sigstoreError(e, urls);
    }
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAllAtomic */ .E0)(pending.map((p) => [p.out, p.json]));
    return pending.map((p) => p.out);
}
/** DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * A message signature checked against a file without holding it in memory: the digest and the
 * signature under the certificate's key are computed in one streamed read before the verifier
 * asks, and it only ever asks with that key.
 */
async function streamedSignatureContent(file, bundle, entity) {
    if (bundle.content.$case !== 'messageSignature' || entity.key.$case !== 'certificate')
        return entity.signature;
    const expected = Buffer.from(bundle.content.messageSignature.messageDigest.digest);
    const signature = Buffer.from(bundle.content.messageSignature.signature);
    const certKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: entity.key.certificate.publicKey, format: 'der', type: 'spki' });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const verify = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
        hash.update(chunk);
        verify.update(chunk);
    }
    const digest = hash.digest();
    const valid = digest.equals(expected) && verify.verify(certKey, signature);
    return {
        signature,
        compareSignature: (s) => s.equals(signature),
        compareDigest: (d) => d.equals(expected) && d.equals(digest),
        compareSignedDigest: (d) => d.equals(expected) && d.equals(digest),
        verifySignature: (k) => valid && k.equals(certKey),
    };
}
/**
 * Verifies a Sigstore bundle for `file` against a trusted root and an expected identity: the
 * certificate chains to the root's CA, the transparency-log entry and timestamps check out, the
 * signer is `identity`, and the signature covers `file` — for a message signature its bytes
 * (streamed), for an attestation (DSSE) an in-toto statement that names `file`'s SHA-256 as a
 * subject. Throws one DistroError saying what failed.
 */
async function verifySigstoreBundle(file, bundlePath, o) {
    const fail = (why, cause) => {
        const message = `${bundlePath}: the Sigstore bundle does not verify ${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}: ${why}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(message, { file: bundlePath, cause });
    };
    let bundle;
    let root;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_5__.bundleFromJSON)(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(bundlePath, 'utf8')));
        const rootJson = typeof o.trustedRoot === 'string' ? JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(o.trustedRoot, 'utf8')) : o.trustedRoot;
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_6__.TrustedRoot.fromJSON(rootJson);
    }
    catch (e) {
        return fail(`it or the trusted root cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)})`, e);
    }
    const entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_8__/* .toSignedEntity */ .DC)(bundle);
    let statement;
    try {
        if (bundle.content.$case === 'dsseEnvelope') {
            const { payloadType, payload } = bundle.content.dsseEnvelope;
            if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
                return fail(`it signs a ${payloadType}, not an in-toto statement`);
            statement = JSON.parse(Buffer.from(payload).toString('utf8'));
            const { sha256 } = await (0,_manifest_index_js__WEBPACK_IMPORTED_MODULE_10__/* .hashFile */ .DC)(file);
            if (!statement.subject?.some((s) => s.digest?.sha256 === sha256))
                return fail(`its in-toto statement has no subject with the file's sha256 ${sha256}`);
        }
        else {
            entity.signature = await streamedSignatureContent(file, bundle, entity);
        }
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt)
            throw e;
        return fail(`cannot read the file or the statement (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)})`, e);
    }
    try {
        const signer = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_8__/* .Verifier */ .BL((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_8__/* .toTrustMaterial */ .jO)(root)).verify(entity, {
            subjectAlternativeName: o.identity.subjectAlternativeName,
            extensions: { issuer: o.identity.issuer },
        });
        return {
            subjectAlternativeName: signer.identity?.subjectAlternativeName,
            issuer: signer.identity?.extensions?.issuer,
            ...(statement ? { statement } : {}),
        };
    }
    catch (e) {
        const code = e.code;
        return fail(`${code ? `${code}: ` : ''}${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)}`, e);
    }
}


/***/ })

};
