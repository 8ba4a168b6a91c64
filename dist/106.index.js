export const id = 106;
export const ids = [106];
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

/***/ 50106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseVersionRefs: () => (/* binding */ parseVersionRefs),
  publishStage: () => (/* binding */ publishStage)
});

// UNUSED EXPORTS: releaseAssets

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/index.ts + 3 modules
var src_config = __webpack_require__(41687);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/manifest/index.ts
var manifest = __webpack_require__(34625);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/repos/lock.ts
/**
 * An exclusive lock on a repository directory, so that two publishers never read the same state
 * and write over each other's version. The lock is a file created in one step (written under a
 * temporary name, then hard-linked to the lock name, which fails when it exists), holding who took
 * it: pid, host, time and what for. A waiter says once who holds it, polls, and gives up after a
 * timeout with one error naming the holder and the file. A lock whose holder is a dead process on
 * this host is stale and is removed — under a second, short-lived guard (a directory), and only
 * when it still holds what was judged stale, so two waiters never remove a lock one of them has
 * just taken.
 */





/** The lock file's name inside the locked directory. */
const LOCK_FILE = '.distro-publish.lock';
const HOST = (0,external_node_os_.hostname)();
function describeHolder(h) {
    if (!h)
        return 'another publisher (the lock file is unreadable)';
    return `pid ${h.pid} on ${h.host} since ${h.since} (${h.purpose})`;
}
async function readHolder(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    if (text === undefined)
        return undefined;
    try {
        return { text, holder: JSON.parse(text) };
    }
    catch {
        return { text };
    }
}
/** Whether process `pid` of this host has ended (EPERM: it lives, as another user). */
function isDead(h) {
    if (h.host !== HOST || !Number.isInteger(h.pid) || h.pid <= 0)
        return false;
    try {
        process.kill(h.pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
/** Removes the lock if it still holds `text` (a dead holder's); under a guard, see the file comment. */
async function breakStale(file, text) {
    const guard = `${file}.break`;
    try {
        await (0,promises_.mkdir)(guard);
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            throw e;
        // a breaker killed while holding the guard: its work takes milliseconds
        const age = Date.now() - (await (0,promises_.stat)(guard).catch(() => undefined)).mtimeMs;
        if (age > 30_000)
            await (0,promises_.rmdir)(guard).catch(() => { });
        return;
    }
    try {
        if ((await readHolder(file))?.text === text)
            await (0,promises_.rm)(file, { force: true });
    }
    finally {
        await (0,promises_.rmdir)(guard).catch(() => { });
    }
}
/**
 * Takes the lock on `dir` (creating `dir`), runs `fn`, and releases the lock however `fn` ends
 * (and removes `dir` again when it made it and `fn` left it empty).
 */
async function withDirLock(dir, fn, o) {
    const created = await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, LOCK_FILE);
    const me = {
        pid: process.pid,
        host: HOST,
        since: new Date().toISOString(),
        purpose: o.purpose,
        token: (0,external_node_crypto_.randomBytes)(8).toString('hex'),
    };
    const mine = JSON.stringify(me);
    const tmp = `${file}.${me.token}`;
    await (0,promises_.writeFile)(tmp, mine);
    const timeout = o.timeoutMs ?? 600_000;
    const start = Date.now();
    let told = '';
    try {
        for (;;) {
            try {
                await (0,promises_.link)(tmp, file);
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
            }
            const seen = await readHolder(file);
            if (!seen)
                continue;
            if (seen.holder && isDead(seen.holder)) {
                o.log.info(`Removing the stale publish lock of ${describeHolder(seen.holder)}: that process has ended.`);
                await breakStale(file, seen.text);
                continue;
            }
            const who = describeHolder(seen.holder);
            if (Date.now() - start > timeout) {
                throw new errors/* DistroError */.Yt(`${dir}: another publish holds the repository (${who}) and did not finish within ${Math.round(timeout / 1000)} s. Let it finish and run again; if that process is gone (another machine sharing the directory), delete ${file}.`, { key: 'input: repo-dir', file });
            }
            if (who !== told) {
                o.log.info(`Waiting for ${who} to finish publishing into ${dir} (lock ${file}; gives up after ${Math.round(timeout / 1000)} s).`);
                told = who;
            }
            const poll = o.pollMs ?? 100;
            await new Promise((r) => setTimeout(r, poll / 2 + Math.random() * poll));
        }
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
    try {
        return await fn();
    }
    finally {
        // only our own lock: never one a waiter took after judging ours stale
        if ((await readHolder(file))?.text === mine)
            await (0,promises_.rm)(file, { force: true });
        // a directory made for a publish that was refused goes again (rmdir: only when empty)
        if (created)
            await (0,promises_.rmdir)(dir).catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/repos/storage.ts
/**
 * Where a published repository lives: a plain directory, or a branch of a git repository (gh-pages
 * of this repository, or of another one reached with a token). `withRepository` gives the
 * repository's files as a local directory to a function that updates them, then stores the result.
 * A directory is locked (lock.ts) while one publisher reads and writes it; the next one waits.
 * For a branch that is: fetch the branch's tip, apply, commit, push; when the push is rejected
 * because another job pushed meanwhile, fetch again, apply again on the new tip, and retry, so
 * concurrent publishers lose nothing.
 */






/** Environment that gives git the token as an https Authorization header, the way actions/checkout does, without argv or files. */
function gitEnv(s, base) {
    const env = {};
    for (const k of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT', 'LANG'])
        if (base[k])
            env[k] = base[k];
    env.GIT_TERMINAL_PROMPT = '0';
    env.LC_ALL = 'C';
    const author = s.author ?? { name: 'distro-actions', email: 'distro-actions@users.noreply.github.com' };
    env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = author.name;
    env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = author.email;
    if (s.token) {
        const basic = Buffer.from(`x-access-token:${s.token}`).toString('base64');
        env.GIT_CONFIG_COUNT = '1';
        env.GIT_CONFIG_KEY_0 = 'http.extraheader';
        env.GIT_CONFIG_VALUE_0 = `AUTHORIZATION: basic ${basic}`;
    }
    return env;
}
function git(args, cwd, env) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
            if (err && err.code === 'ENOENT') {
                reject(new errors/* DistroError */.Yt('git is not installed; install git to publish to a branch (input repo-branch).'));
                return;
            }
            const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
            resolve({ code, stdout, stderr });
        });
    });
}
/** The key errors name, and how a message spells it (`input 'repo-branch'`, `homebrew.tap`). */
function keyOf(s) {
    const key = s.key ?? 'input: repo-branch';
    return { key, label: key.startsWith('input: ') ? `input '${key.slice(7)}'` : key };
}
/** Removes the token, if it slipped into git's output, before anything is shown. */
function scrub(text, token) {
    return token ? text.split(token).join('***') : text;
}
async function mustGit(args, cwd, env, s, what) {
    const r = await git(args, cwd, env);
    if (r.code !== 0) {
        const { key, label } = keyOf(s);
        throw new errors/* DistroError */.Yt(`${label}: ${what} failed for branch '${s.branch}' of ${s.remote}: ${scrub(r.stderr.trim(), s.token)}`, { key });
    }
    return r.stdout.trim();
}
/** Whether a push failed because the remote branch moved (another publisher), not for another reason. */
function isRaceRejection(stderr) {
    return /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info/i.test(stderr);
}
/**
 * Runs `apply` on the repository's files and stores the result. `apply` must be safe to run more
 * than once (on a git branch it runs again on top of another publisher's push).
 */
async function withRepository(storage, apply, o) {
    if (storage.kind === 'dir') {
        // one publisher at a time: the next one reads what this one wrote
        const value = await withDirLock(storage.dir, () => apply({ dir: storage.dir, attempt: 1 }), {
            purpose: o.message,
            log: o.log,
            timeoutMs: storage.lockTimeoutMs,
        });
        return { value, commit: '', changed: true, createdBranch: false, attempts: 1 };
    }
    const s = storage;
    const { key, label } = keyOf(s);
    const env = gitEnv(s, o.env);
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempDir ?? (0,external_node_os_.tmpdir)(), 'distro-repo-'));
    try {
        await mustGit(['init', '--quiet', work], work, env, s, 'git init');
        await mustGit(['remote', 'add', 'origin', s.remote], work, env, s, 'git remote add');
        const ref = `refs/heads/${s.branch}`;
        const check = await git(['check-ref-format', ref], work, env);
        if (check.code !== 0) {
            throw new errors/* DistroError */.Yt(`${label}: '${s.branch}' is not a valid branch name.`, { key });
        }
        let createdBranch = false;
        const attempts = s.attempts ?? 8;
        for (let attempt = 1; attempt <= attempts; attempt++) {
            const listed = await mustGit(['ls-remote', '--heads', 'origin', ref], work, env, s, 'git ls-remote');
            const exists = listed.length > 0;
            if (exists) {
                await mustGit(['fetch', '--quiet', '--depth=1', 'origin', `+${ref}:refs/remotes/origin/${s.branch}`], work, env, s, 'git fetch');
                await mustGit(['checkout', '--quiet', '--force', '-B', s.branch, `refs/remotes/origin/${s.branch}`], work, env, s, 'git checkout');
                await mustGit(['clean', '-fdxq'], work, env, s, 'git clean');
            }
            else {
                if (attempt === 1)
                    o.log.info(`Branch '${s.branch}' does not exist in ${s.remote}; creating it.`);
                createdBranch = true;
                await mustGit(['checkout', '--quiet', '--orphan', s.branch], work, env, s, 'git checkout --orphan');
                await git(['rm', '-rfq', '--ignore-unmatch', '.'], work, env);
                await mustGit(['clean', '-fdxq'], work, env, s, 'git clean');
            }
            const value = await apply({ dir: work, attempt });
            await mustGit(['add', '--all', '.'], work, env, s, 'git add');
            const status = await mustGit(['status', '--porcelain'], work, env, s, 'git status');
            if (!status) {
                o.log.info(`Nothing changed on '${s.branch}'.`);
                return { value, commit: '', changed: false, createdBranch: false, attempts: attempt };
            }
            await mustGit(['commit', '--quiet', '--no-verify', '-m', o.message], work, env, s, 'git commit');
            const commit = await mustGit(['rev-parse', 'HEAD'], work, env, s, 'git rev-parse');
            const pushed = await git(['push', '--quiet', '--porcelain', 'origin', `HEAD:${ref}`], work, env);
            if (pushed.code === 0) {
                return { value, commit, changed: true, createdBranch, attempts: attempt };
            }
            const why = scrub(`${pushed.stdout}\n${pushed.stderr}`.trim(), s.token);
            if (/403|permission|denied|not allowed/i.test(why) && !isRaceRejection(why)) {
                throw new errors/* DistroError */.Yt(`${label}: pushing to '${s.branch}' of ${s.remote} was refused: ${why}\n${s.permissionHint ?? 'The token needs write access: give the workflow `permissions: contents: write` (or a token for the other repository).'}`, { key });
            }
            if (!isRaceRejection(why)) {
                throw new errors/* DistroError */.Yt(`${label}: git push to '${s.branch}' of ${s.remote} failed: ${why}`, { key });
            }
            o.log.info(`Another job pushed to '${s.branch}' meanwhile; fetching it and publishing again (attempt ${attempt + 1}).`);
            await new Promise((r) => setTimeout(r, Math.min(2000, 100 * attempt + Math.floor(Math.random() * 200))));
        }
        throw new errors/* DistroError */.Yt(`${label}: gave up after ${attempts} attempts to push to '${s.branch}' of ${s.remote}: other jobs kept pushing first. Serialize the publish jobs with a \`concurrency:\` group.`, { key });
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/repos/url.ts
var url = __webpack_require__(36088);
// EXTERNAL MODULE: ./src/stages/common.ts + 1 modules
var common = __webpack_require__(85180);
// EXTERNAL MODULE: ./src/formats/release-files/index.ts
var release_files = __webpack_require__(29000);
// EXTERNAL MODULE: ./src/formats/release-files/make.ts + 3 modules
var make = __webpack_require__(99332);
;// CONCATENATED MODULE: ./src/repos/channels.ts
/**
 * Package-manager channels kept in other git repositories: the Homebrew tap (`Formula/<name>.rb`)
 * and the Scoop bucket (`bucket/<name>.json`). Each push goes through the git storage the APT and
 * YUM branches use (storage.ts): fetch the branch, write the file, commit, push; a push another
 * publisher beat is fetched and applied again, and a re-run with the same release commits nothing.
 */




async function pushToChannel(p, o) {
    for (const f of p.files) {
        const n = external_node_path_default().posix.normalize(f.path);
        if (n.startsWith('../') || external_node_path_default().posix.isAbsolute(n)) {
            throw new errors/* DistroError */.Yt(`${p.key}: ${f.path} leaves the repository.`, { key: p.key });
        }
    }
    const hint = `The token (${p.tokenKey}) cannot push to ${p.repository}: it needs write access to that repository's contents — ` +
        `a fine-grained token with "Contents: Read and write" on ${p.repository}, or a classic token with the repo scope. ` +
        `The workflow's GITHUB_TOKEN cannot push to another repository.`;
    const stored = await withRepository({
        kind: 'git',
        remote: p.remote,
        branch: p.branch,
        token: p.token,
        key: p.key,
        permissionHint: hint,
    }, async ({ dir }) => {
        for (const f of p.files) {
            const abs = external_node_path_default().join(dir, f.path);
            const old = await (0,promises_.readFile)(abs, 'utf8').catch(() => undefined);
            if (old === f.text)
                continue;
            await (0,promises_.mkdir)(external_node_path_default().dirname(abs), { recursive: true });
            await (0,promises_.writeFile)(abs, f.text);
        }
    }, o);
    o.log.info(stored.changed
        ? `${p.what} ${p.repository}: pushed ${p.files.map((f) => f.path).join(', ')} (${stored.commit.slice(0, 12)})`
        : `${p.what} ${p.repository}: ${p.files.map((f) => f.path).join(', ')} already up to date`);
    return { repository: p.repository, commit: stored.commit, changed: stored.changed };
}

// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/formats/oci/index.ts + 2 modules
var oci = __webpack_require__(38936);
;// CONCATENATED MODULE: ./src/stages/publish-oci.ts
/**
 * publish-repo's container images: the `oci` artifact of the manifest (the layout `.tar` the
 * package stage wrote) pushed to `oci-repository` under the release's tags. Checked before any
 * other publishing work (repository, tags, the artifact), pushed after.
 */





/** What will be pushed, checked before any work; undefined when no repository is configured. */
function planOciPush(ctx, o, token, channel) {
    const key = o?.repository ? 'input: oci-repository' : 'oci.repository';
    const repository = o?.repository || ctx.config.oci?.repository;
    if (!repository)
        return undefined;
    const tags = (0,oci/* releaseTags */.dt)(ctx.version, channel);
    (0,oci/* checkPush */.LE)(repository, tags, key);
    const images = ctx.manifest.artifacts.filter((a) => a.kind === 'oci');
    if (images.length !== 1)
        throw new errors/* DistroError */.Yt(`${key}: the manifest has ${images.length} OCI image archives (kind oci); push needs exactly one. Package with formats: oci in one job over every target and download it with 'from'.`, { key });
    const password = o?.password || token;
    return {
        repository,
        key,
        tags,
        artifact: images[0],
        credentials: { username: o?.username, password },
    };
}
/** Pushes the planned image index; returns its reference with digest. */
async function pushOci(ctx, plan) {
    const dir = await (0,atomic/* makeTempDir */.mk)(ctx.env.RUNNER_TEMP || ctx.distDir, 'oci-push');
    try {
        const layout = await (0,oci/* extractLayoutTar */.rw)(external_node_path_default().join(ctx.distDir, plan.artifact.path), dir);
        const stats = {};
        const pushed = await ctx.log.group(`Pushing ${plan.artifact.path} to ${plan.repository} (${plan.tags.join(', ')})`, () => (0,oci/* pushLayout */.Bx)({
            layout,
            repository: plan.repository,
            tags: plan.tags,
            key: plan.key,
            credentials: plan.credentials,
            stats,
        }));
        ctx.log.info(`${pushed.reference}: ${stats.upload ?? 0} blob(s) uploaded, ${stats.mount ?? 0} mounted, ${stats.manifest ?? 0} manifest(s) put`);
        return pushed.reference;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/stages/publish.ts
/**
 * The publish stage: the deb, rpm and Arch Linux packages of the manifest into signed APT, YUM and
 * pacman repositories kept in a directory or a git branch (gh-pages), channels with promotion, retention
 * and retraction, and the release files onto the GitHub release of the tag. A re-run is safe: the
 * repositories take the same packages as no change, the release replaces nothing that is equal.
 */















const CHANNEL = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Parses `name=version` / `name@version` items of a list input. */
function parseVersionRefs(items, key) {
    return items.map((item) => {
        const m = /^([^=@\s]+)[=@](\S+)$/.exec(item.trim());
        if (!m) {
            throw new errors/* DistroError */.Yt(`${key}: '${item}' is not name=version (e.g. hello=1.2.3).`, { key });
        }
        return { name: m[1], version: m[2] };
    });
}
function githubPagesUrl(repository, serverUrl) {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo || new URL(serverUrl).hostname !== 'github.com')
        return undefined;
    return repo.toLowerCase() === `${owner.toLowerCase()}.github.io`
        ? `https://${owner.toLowerCase()}.github.io`
        : `https://${owner.toLowerCase()}.github.io/${repo}`;
}
/** Release assets: the downloads, the checksums, and the signatures, SBOMs and attestations of those. */
const RELEASE_KINDS = new Set([
    ...manifest/* DOWNLOAD_KINDS */.jb,
    'checksums',
    'signature',
    'sbom',
    'attestation',
]);
/**
 * The inputs that end up in URLs, files users install and log lines, checked before any work:
 * every URL parses as one (see checkUrl), the release tag is a tag name git accepts.
 */
function checkPublishInputs(o) {
    if (o.baseUrl !== undefined)
        (0,url/* checkUrl */.C)(o.baseUrl, 'input: base-url', ['http:', 'https:', 'file:']);
    if (o.serverUrl !== undefined)
        (0,url/* checkUrl */.C)(o.serverUrl, 'GITHUB_SERVER_URL', ['http:', 'https:']);
    if (o.githubRelease?.apiUrl !== undefined)
        (0,url/* checkUrl */.C)(o.githubRelease.apiUrl, 'GITHUB_API_URL', ['http:', 'https:']);
    if (o.repository && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(o.repository)) {
        throw new errors/* DistroError */.Yt(`input 'repository': ${(0,src_config/* showValue */.vp)(o.repository)} is not owner/name (letters, digits, . _ -); give it like octo/hello.`, { key: 'input: repository' });
    }
    const sha = o.githubRelease?.sha;
    if (sha && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
        throw new errors/* DistroError */.Yt(`GITHUB_SHA ${(0,src_config/* showValue */.vp)(sha)} is not a commit id (40 or 64 hex digits).`, {
            key: 'GITHUB_SHA',
        });
    }
    const refs = [
        ['tag', o.githubRelease?.tag, 'give the tag like v1.2.3'],
        ['repo-branch', o.repoBranch, 'give the branch like gh-pages'],
    ];
    for (const [name, value, fix] of refs) {
        const why = value !== undefined ? (0,src_config/* refNameProblem */.CY)(value) : undefined;
        if (why) {
            throw new errors/* DistroError */.Yt(`input '${name}': ${(0,src_config/* showValue */.vp)(value)} is not a name git accepts (${why}); ${fix}.`, {
                key: `input: ${name}`,
            });
        }
    }
}
async function publishStage(o) {
    checkPublishInputs(o);
    const ctx = await (0,common/* openStage */.j$)(o, { stage: 'publish' });
    (0,src_config/* assertExpanded */.uZ)(ctx.config, ['repos', 'oci']); // an unset ${VAR} in its own keys fails before any work
    const channel = o.channel || 'stable';
    if (!CHANNEL.test(channel)) {
        throw new errors/* DistroError */.Yt(`input 'channel': '${channel}' is not a channel name (letters, digits, . _ -).`, {
            key: 'input: channel',
        });
    }
    const debs = ctx.manifest.artifacts.filter((a) => a.kind === 'deb');
    const rpms = ctx.manifest.artifacts.filter((a) => a.kind === 'rpm');
    const arch = ctx.manifest.artifacts.filter((a) => a.kind === 'archlinux');
    const promoting = !!o.promoteFrom;
    const retracting = (o.retract ?? []).length > 0;
    const wantApt = o.apt ?? (debs.length > 0 || ((promoting || retracting) && !!(o.repoDir || o.repoBranch)));
    const wantYum = o.yum ?? (rpms.length > 0 || ((promoting || retracting) && !!(o.repoDir || o.repoBranch)));
    const wantPacman = o.archlinux ?? (arch.length > 0 || ((promoting || retracting) && !!(o.repoDir || o.repoBranch)));
    const repos = wantApt || wantYum || wantPacman;
    if (repos && !o.repoDir && !o.repoBranch) {
        throw new errors/* DistroError */.Yt(`the manifest has ${debs.length} deb, ${rpms.length} rpm and ${arch.length} Arch Linux package(s) to publish but no repository is given: set 'repo-branch' (e.g. gh-pages) or 'repo-dir', or set 'apt', 'yum' and 'archlinux' to false.`, { key: 'input: repo-branch' });
    }
    if (o.repoDir && o.repoBranch) {
        throw new errors/* DistroError */.Yt(`set one of 'repo-dir' and 'repo-branch', not both.`, { key: 'input: repo-dir' });
    }
    const channels = channelPlan(o, ctx.config);
    const ociPlan = planOciPush(ctx, o.oci, o.token, channel);
    if (!repos && !o.githubRelease && !channels.any && !ociPlan) {
        throw new errors/* DistroError */.Yt(`nothing to publish: the manifest has no deb, rpm or Arch Linux packages, 'github-release' is false and no Homebrew tap, Scoop bucket or winget and no 'oci-repository' is given. Download the packages with 'from', or turn on 'github-release'.`, { key: 'from' });
    }
    let signer;
    if (repos && o.gpgPrivateKey) {
        const { loadSigningKey } = await Promise.all(/* import() */[__webpack_require__.e(3074), __webpack_require__.e(8141)]).then(__webpack_require__.bind(__webpack_require__, 90522));
        signer = await loadSigningKey(o.gpgPrivateKey, o.gpgPassphrase || undefined);
    }
    else if (repos && !o.unsigned) {
        throw new errors/* DistroError */.Yt(`input 'gpg-private-key': APT, YUM and pacman repositories are signed, and no key is given. Pass the key (secrets.GPG_PRIVATE_KEY), or set 'unsigned: true' to publish a repository clients must trust blindly.`, { key: 'input: gpg-private-key' });
    }
    const repoName = ctx.config.name;
    const serverUrl = o.serverUrl ?? 'https://github.com';
    let baseUrl = o.baseUrl?.replace(/\/+$/, '');
    if (repos && !baseUrl && o.repoBranch && o.repository)
        baseUrl = githubPagesUrl(o.repository, serverUrl);
    if (repos && !baseUrl) {
        throw new errors/* DistroError */.Yt(`input 'base-url': the URL the repository will be served from is needed for the .sources and .repo files (e.g. https://<owner>.github.io/<repo>).`, { key: 'input: base-url' });
    }
    const out = {
        manifest: '',
        artifacts: [],
        artifactName: '',
        aptSource: '',
        aptList: '',
        aptInstall: '',
        yumRepoFile: '',
        yumInstall: '',
        pacmanConf: '',
        pacmanInstall: '',
        releaseUrl: '',
        ociImage: '',
        commit: '',
        added: [],
        removed: [],
        homebrewCommit: '',
        scoopCommit: '',
        wingetDir: '',
        wingetPr: '',
    };
    // The manifests are made again from this manifest (the Windows files may be signed since
    // package-format wrote them) before anything is published, so a bad one stops the run early.
    const made = channels.formats.length
        ? await (0,make/* makeReleaseManifests */.G)({
            config: ctx.config,
            loaded: ctx.loaded,
            version: ctx.version,
            artifacts: ctx.manifest.artifacts,
            distDir: ctx.distDir,
            env: { ...ctx.env, GITHUB_REPOSITORY: ctx.env.GITHUB_REPOSITORY || o.repository },
        }, channels.formats)
        : [];
    const projectVersion = ctx.version;
    const keep = o.keep || ctx.config.repos?.keep || 0;
    // Promotion copies the given versions, else this release's packages (as the manifest names them).
    const promoteRefs = (pkgs) => o.promote?.length
        ? o.promote
        : pkgs.length
            ? [
                ...new Map(pkgs.map((a) => [
                    `${a.package}=${a.package_version}`,
                    { name: String(a.package), version: String(a.package_version) },
                ])).values(),
            ]
            : [{ name: repoName, version: projectVersion }];
    // Everything is checked before anything is written: the release's local checks, then (in
    // withRepository) every package of both repositories, then the writes.
    const release = o.githubRelease
        ? await prepareGitHubRelease(ctx, o.githubRelease, channel, serverUrl)
        : undefined;
    if (repos) {
        const storage = o.repoDir
            ? { kind: 'dir', dir: (0,paths/* resolveInside */.L)(ctx.workspace, o.repoDir, { key: 'input: repo-dir' }) }
            : {
                kind: 'git',
                remote: o.repoRemote ?? `${serverUrl}/${o.repository ?? ''}.git`,
                branch: o.repoBranch,
                token: o.token,
            };
        const debFiles = debs.map((a) => external_node_path_default().join(ctx.distDir, a.path));
        const rpmFiles = rpms.map((a) => external_node_path_default().join(ctx.distDir, a.path));
        const archFiles = arch.map((a) => external_node_path_default().join(ctx.distDir, a.path));
        const what = [
            debs.length && `${debs.length} deb`,
            rpms.length && `${rpms.length} rpm`,
            arch.length && `${arch.length} Arch Linux`,
        ]
            .filter(Boolean)
            .join(', ');
        const stored = await ctx.log.group(`Publishing ${what || 'changes'} to channel '${channel}' of ${storage.kind === 'dir' ? storage.dir : `branch ${storage.branch}`}`, () => withRepository(storage, async ({ dir }) => {
            const added = [];
            const removed = [];
            const cfg = ctx.config.repos?.apt ?? {};
            const { prepareApt } = await __webpack_require__.e(/* import() */ 3177).then(__webpack_require__.bind(__webpack_require__, 93177));
            const { prepareYum } = await Promise.all(/* import() */[__webpack_require__.e(248), __webpack_require__.e(2113)]).then(__webpack_require__.bind(__webpack_require__, 82113));
            const { preparePacman } = await __webpack_require__.e(/* import() */ 9205).then(__webpack_require__.bind(__webpack_require__, 19205));
            const apt = wantApt
                ? await prepareApt({
                    root: external_node_path_default().join(dir, 'apt'),
                    name: repoName,
                    suite: channel,
                    origin: cfg.origin,
                    label: cfg.label,
                    description: cfg.description,
                    codename: cfg.codename,
                    component: cfg.component,
                    architectures: cfg.architectures,
                    validUntilDays: cfg.valid_until_days,
                    debs: debFiles,
                    signer,
                    unsigned: o.unsigned && !signer,
                    keep: keep || undefined,
                    retract: o.retract,
                    promote: promoting
                        ? promoteRefs(debs).map((p) => ({ ...p, from: o.promoteFrom }))
                        : undefined,
                    baseUrl: `${baseUrl}/apt`,
                    now: o.now,
                    log: ctx.log,
                })
                : undefined;
            const yum = wantYum
                ? await prepareYum({
                    root: external_node_path_default().join(dir, 'yum'),
                    name: repoName,
                    baseUrl: `${baseUrl}/yum`,
                    channel,
                    rpms: rpmFiles,
                    signer,
                    unsigned: o.unsigned && !signer,
                    keep: keep || undefined,
                    retract: o.retract,
                    compression: ctx.config.repos?.yum?.compression,
                    promote: promoting ? { from: o.promoteFrom, packages: promoteRefs(rpms) } : undefined,
                    now: o.now ? Math.floor(o.now.getTime() / 1000) : undefined,
                })
                : undefined;
            // promote/retract alone touch a pacman repository only where there is one (or when asked)
            const pacmanHere = o.archlinux === true || arch.length > 0 || (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'archlinux'));
            const pacman = wantPacman && pacmanHere
                ? await preparePacman({
                    root: external_node_path_default().join(dir, 'archlinux'),
                    name: repoName,
                    baseUrl: `${baseUrl}/archlinux`,
                    channel,
                    packages: archFiles,
                    signer,
                    unsigned: o.unsigned && !signer,
                    keep: keep || undefined,
                    retract: o.retract,
                    promote: promoting ? { from: o.promoteFrom, packages: promoteRefs(arch) } : undefined,
                    now: o.now ? Math.floor(o.now.getTime() / 1000) : undefined,
                })
                : undefined;
            if (apt) {
                const r = await apt.commit();
                for (const w of r.warnings)
                    ctx.log.warn(w);
                added.push(...r.added.map((p) => `apt ${channel}: ${p.name} ${p.version} ${p.arch}`));
                removed.push(...r.removed.map((p) => `apt ${channel}: ${p.name} ${p.version} ${p.arch}`));
                out.aptSource = r.snippets?.sources ?? '';
                out.aptList = r.snippets?.list ?? '';
                out.aptInstall = r.snippets?.install ?? '';
            }
            if (yum) {
                const r = await yum.commit();
                added.push(...r.added.map((n) => `yum ${channel}: ${n}`));
                removed.push(...r.removed.map((n) => `yum ${channel}: ${n}`));
                out.yumRepoFile = r.repoFile;
                out.yumInstall = r.installCommands.dnf;
            }
            if (pacman) {
                const r = await pacman.commit();
                added.push(...r.added.map((n) => `archlinux ${channel}: ${n}`));
                removed.push(...r.removed.map((n) => `archlinux ${channel}: ${n}`));
                out.pacmanConf = r.pacmanConf;
                out.pacmanInstall = r.install;
            }
            return { added, removed };
        }, {
            message: `Publish ${repoName} ${projectVersion} to ${channel}`,
            log: ctx.log,
            env: ctx.env,
            tempDir: ctx.env.RUNNER_TEMP,
        }));
        out.added = stored.value.added;
        out.removed = stored.value.removed;
        out.commit = stored.commit;
        for (const l of out.added)
            ctx.log.info(`added: ${l}`);
        for (const l of out.removed)
            ctx.log.info(`removed: ${l}`);
        if (stored.createdBranch)
            ctx.log.info(`Created branch '${o.repoBranch}'.`);
    }
    if (ociPlan)
        out.ociImage = await pushOci(ctx, ociPlan);
    if (release) {
        const r = await ctx.log.group(`GitHub release ${release.tag} of ${release.repository} (${release.assets} asset(s))`, () => release.prepared.publish());
        out.releaseUrl = r.url;
        ctx.log.info(`${r.url}: ${r.uploaded.length} uploaded, ${r.replaced.length} replaced, ${r.unchanged.length} unchanged`);
    }
    const added = [];
    if (made.length)
        await publishChannels(ctx, o, channels, made, serverUrl, out, added);
    // The snippets users copy are kept with the run's artifacts.
    const snippetDir = external_node_path_default().join(ctx.distDir, 'publish');
    const snippets = [
        [`${repoName}.sources`, out.aptSource],
        [`${repoName}.list`, out.aptList],
        [`${repoName}-${channel}.repo`, out.yumRepoFile],
        [`${repoName}-${channel}.pacman.conf`, out.pacmanConf],
    ];
    for (const [file, text] of snippets) {
        if (!text)
            continue;
        await (0,promises_.mkdir)(snippetDir, { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(snippetDir, file), text);
        added.push(await (0,manifest/* describe */.q0)(ctx.distDir, `publish/${file}`, { kind: 'repo', stage: 'publish', channel }));
    }
    const res = await (0,common/* closeStage */.XA)(ctx, 'publish', undefined, added);
    return { ...out, ...res };
}
/** The release's local checks (tag, repository, asset names and files, notes), before any write. */
async function prepareGitHubRelease(ctx, gh, channel, serverUrl) {
    const tag = gh.tag || (0,src_config/* tagFromRef */.q)(ctx.env.GITHUB_REF) || '';
    const rolling = channel === 'nightly';
    const releaseTag = tag || (rolling ? 'nightly' : '');
    if (!releaseTag) {
        throw new errors/* DistroError */.Yt(`input 'tag': no tag to release; run on a pushed tag (on: push: tags: ['v*']), or set 'tag'.`, { key: 'input: tag' });
    }
    const [owner, repo] = gh.repository.split('/');
    if (!owner || !repo) {
        throw new errors/* DistroError */.Yt(`GITHUB_REPOSITORY '${gh.repository}' is not owner/name.`, {
            key: 'GITHUB_REPOSITORY',
        });
    }
    const assets = releaseAssets(ctx.manifest.artifacts).map((a) => ({
        path: external_node_path_default().join(ctx.distDir, a.path),
    }));
    const { prepareRelease } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(3921)]).then(__webpack_require__.bind(__webpack_require__, 83921));
    const prepared = await prepareRelease({
        owner,
        repo,
        token: gh.token,
        apiUrl: gh.apiUrl,
        tag: releaseTag,
        draft: gh.draft,
        prerelease: rolling || gh.prerelease,
        makeLatest: gh.makeLatest,
        notes: gh.notesFile
            ? { file: external_node_path_default().resolve(ctx.projectDir, gh.notesFile) }
            : { generate: { dir: ctx.projectDir, repoUrl: `${serverUrl}/${gh.repository}` } },
        targetCommitish: gh.sha,
        assets,
        rolling,
        log: ctx.log,
    });
    return { prepared, tag: releaseTag, repository: gh.repository, assets: assets.length };
}
/** The manifest's release files, with one error when two share a base name (one asset name). */
function releaseAssets(artifacts) {
    // Signatures, SBOMs and attestations go along with what they are about (not a bare binary's).
    const derived = new Set(['signature', 'sbom', 'attestation']);
    const released = new Set(artifacts.filter((a) => RELEASE_KINDS.has(a.kind) && !derived.has(a.kind)).map((a) => a.path));
    for (const a of artifacts.filter((x) => x.kind === 'sbom'))
        if (a.from?.every((f) => released.has(f)))
            released.add(a.path);
    const chosen = artifacts.filter((a) => released.has(a.path) ||
        // a provenance attestation also names the bare binaries; it goes along when it covers any asset
        (a.kind === 'attestation' && (a.from ?? []).some((f) => released.has(f))) ||
        (derived.has(a.kind) && (a.from ?? []).every((f) => released.has(f))));
    const byName = new Map();
    for (const a of chosen) {
        const name = external_node_path_default().posix.basename(a.path);
        const other = byName.get(name);
        if (other) {
            throw new errors/* DistroError */.Yt(`${a.path} and ${other.path} would both be the release asset '${name}'; give them distinct names (archives.name_template).`, { key: 'github-release' });
        }
        byName.set(name, a);
    }
    return chosen;
}
const OWNER_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Which package-manager channels this run publishes to, from the inputs and the config. */
function channelPlan(o, config) {
    const pick = (input, inputKey, cfg, cfgKey) => {
        const repository = input || cfg;
        if (!repository)
            return undefined;
        const key = input ? `input: ${inputKey}` : cfgKey;
        if (!OWNER_NAME.test(repository)) {
            throw new errors/* DistroError */.Yt(`${key}: ${(0,src_config/* showValue */.vp)(repository)} is not owner/name (e.g. acme/homebrew-tap).`, {
                key,
            });
        }
        return { repository, key };
    };
    const tap = pick(o.homebrewTap, 'homebrew-tap', config.homebrew?.tap, 'homebrew.tap');
    const bucket = pick(o.scoopBucket, 'scoop-bucket', config.scoop?.bucket, 'scoop.bucket');
    const wingetFork = pick(o.wingetFork, 'winget-fork', config.winget?.fork, 'winget.fork');
    const winget = !!o.winget || !!wingetFork;
    const formats = [
        ...(tap ? ['homebrew'] : []),
        ...(bucket ? ['scoop'] : []),
        ...(winget ? ['winget'] : []),
    ];
    for (const [c, tokenKey] of [
        [tap, 'homebrew-tap-token'],
        [bucket, 'scoop-bucket-token'],
    ]) {
        if (c && !(tokenKey === 'homebrew-tap-token' ? o.homebrewTapToken : o.scoopBucketToken) && !o.remoteFor) {
            throw new errors/* DistroError */.Yt(`input '${tokenKey}': pushing to ${c.repository} (${c.key}) needs a token that can push there — the workflow's GITHUB_TOKEN cannot push to another repository; pass a token with "Contents: Read and write" on it as a secret.`, { key: `input: ${tokenKey}` });
        }
    }
    if (wingetFork && !o.wingetToken) {
        throw new errors/* DistroError */.Yt(`input 'winget-token': opening a pull request from ${wingetFork.repository} (input: winget-fork) needs a token that can push to that fork and open pull requests — the workflow's GITHUB_TOKEN cannot; pass a token with the 'public_repo' scope (or a fine-grained one with 'Contents: Read and write' on the fork) as a secret.`, { key: 'input: winget-token' });
    }
    return { tap, bucket, winget, wingetFork, formats, any: formats.length > 0 };
}
/** Pushes the formula and the Scoop manifest, and writes the winget directory. */
async function publishChannels(ctx, o, plan, made, serverUrl, out, added) {
    const remote = (repository) => o.remoteFor?.(repository) ?? `${serverUrl}/${repository}.git`;
    const push = { log: ctx.log, env: ctx.env, tempDir: ctx.env.RUNNER_TEMP };
    const version = (0,release_files/* plainVersion */.VY)(ctx.version);
    // each repository's own commit message style (brew bump-formula-pr, Scoop's excavator)
    const targets = [
        {
            format: 'homebrew',
            what: 'Homebrew tap',
            repo: plan.tap,
            dir: 'Formula',
            branch: ctx.config.homebrew?.branch,
            token: o.homebrewTapToken,
            tokenKey: "input 'homebrew-tap-token'",
            message: (n) => `${n}: update to ${version}`,
            done: (c) => (out.homebrewCommit = c),
        },
        {
            format: 'scoop',
            what: 'Scoop bucket',
            repo: plan.bucket,
            dir: 'bucket',
            branch: ctx.config.scoop?.branch,
            token: o.scoopBucketToken,
            tokenKey: "input 'scoop-bucket-token'",
            message: (n) => `${n}: Update to version ${version}`,
            done: (c) => (out.scoopCommit = c),
        },
    ];
    for (const t of targets) {
        const file = made.find((m) => m.format === t.format);
        if (!t.repo || !file)
            continue;
        const repo = t.repo;
        const r = await ctx.log.group(`${t.what} ${repo.repository}`, () => pushToChannel({
            what: t.what,
            repository: repo.repository,
            remote: remote(repo.repository),
            branch: t.branch ?? 'main',
            token: t.token,
            files: [{ path: `${t.dir}/${file.path}`, text: file.text }],
            key: repo.key,
            tokenKey: t.tokenKey,
        }, { ...push, message: t.message(file.path.replace(/\.(rb|json)$/, '')) }));
        t.done(r.commit);
    }
    const winget = made.filter((m) => m.format === 'winget');
    if (plan.winget && winget.length) {
        for (const m of winget)
            await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(ctx.distDir, m.path)), { recursive: true });
        await (0,atomic/* writeAllAtomic */.E0)(winget.map((m) => [external_node_path_default().join(ctx.distDir, m.path), m.text]));
        for (const m of winget) {
            added.push(await (0,manifest/* describe */.q0)(ctx.distDir, m.path, { kind: 'winget', stage: 'publish', format: 'winget-1.10.0' }));
        }
        out.wingetDir = external_node_path_default().join(ctx.distDir, 'winget', winget[0].wingetDir);
        ctx.log.info(`winget manifests: ${out.wingetDir}`);
        if (plan.wingetFork)
            out.wingetPr = await wingetPullRequest(ctx, o, plan.wingetFork.repository, winget);
    }
}
/** Opens (or finds) the pull request of the winget manifests against microsoft/winget-pkgs. */
async function wingetPullRequest(ctx, o, fork, files) {
    const { openWingetPr } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(5342)]).then(__webpack_require__.bind(__webpack_require__, 85342));
    const dir = files[0].wingetDir;
    const version = external_node_path_default().posix.basename(dir);
    const identifier = external_node_path_default().posix.basename(files.find((m) => m.path.endsWith('.installer.yaml')).path, '.installer.yaml');
    const r = await ctx.log.group(`winget pull request from ${fork}`, () => openWingetPr({
        fork,
        token: o.wingetToken,
        apiUrl: o.apiUrl,
        identifier,
        version,
        dir,
        files: files.map((m) => ({ name: external_node_path_default().posix.basename(m.path), text: m.text })),
        log: ctx.log,
    }));
    return r.url;
}


/***/ })

};
